import { CorruptedData } from '../../data/corruption';
import { lossSeparation } from './realData';
import { ValidationError } from '../../core/errors';
import { BoundCheck, boundCheck, hypothesis } from '../checks';
import { PAPER } from './common';

/**
 * The qualitative claims of Fig. 6 (conference version Fig. 5): GD "achieves good classification in the first few
 * iterations and ends up overfitting later on", and the clean/corrupted loss distributions, separated at iteration 80,
 * overlap at 4500. Our thresholds sit at the midpoint between the two behaviours the figure contrasts: a network that
 * fits ỹ exactly has error 0 against ỹ and error = flipped fraction against y; one that fits y has the reverse.
 */
export interface Fig6Input {
  data: CorruptedData;
  /** Recorded steps and, at each, the training errors against y and against ỹ. */
  steps: readonly number[];
  errorNoisy: readonly number[];
  errorTrue: readonly number[];
  /** Per-sample losses at the early and late steps (GdResult.perSampleLoss). */
  perSampleLoss: readonly { step: number; values: Float64Array }[];
  earlyStep?: number;
  lateStep?: number;
}

/** AUC of the corrupted samples' losses against the clean ones' (the masked form of realData's lossSeparation). */
function separationByMask(losses: ArrayLike<number>, corrupted: ArrayLike<number>): number {
  const clean: number[] = [];
  const bad: number[] = [];
  for (let i = 0; i < losses.length; i++) (corrupted[i] ? bad : clean).push(losses[i]);
  return clean.length === 0 || bad.length === 0 ? NaN : lossSeparation(clean, bad).auc;
}

export function fig6Checks(input: Fig6Input): BoundCheck[] {
  const early = input.earlyStep ?? 80;
  const late = input.lateStep ?? 4500;
  const at = (values: readonly number[], step: number) => {
    const j = input.steps.indexOf(step);
    return j < 0 ? NaN : values[j];
  };
  const lossesAt = (step: number) => input.perSampleLoss.find((s) => s.step === step)?.values;
  const flipped = input.data.flippedFraction;
  if (input.steps.length !== input.errorNoisy.length || input.steps.length !== input.errorTrue.length) {
    throw new ValidationError('errorNoisy', 'steps, errorNoisy and errorTrue must have one entry per recorded step');
  }
  const last = input.steps[input.steps.length - 1];
  const reachesEarly = hypothesis(`the run records iteration ${early}`, input.steps.includes(early) ? 1 : 0, '>=', 1);
  const reachesLate = hypothesis(`the run reaches iteration ${late}: last step`, last, '>=', late);
  const someFlipped = hypothesis('some labels flipped: flipped fraction', flipped, '>', 0);
  const midpoint = 'midpoint ½·(flipped fraction) between fitting ỹ exactly (error 0 vs ỹ, flipped fraction vs y) and fitting y exactly (the reverse)';
  const earlyLosses = lossesAt(early);
  const lateLosses = lossesAt(late);
  const separationEarly = earlyLosses ? separationByMask(earlyLosses, input.data.corrupted) : NaN;
  const separationLate = lateLosses ? separationByMask(lateLosses, input.data.corrupted) : NaN;
  return [
    boundCheck({
      id: 'li2019.fig6.early-fits-truth',
      kind: 'empirical',
      name: `error vs ỹ at iteration ${early} ≤ ½·flipped fraction (fits the true labels early)`,
      source: `${PAPER}, Fig. 6a/6b`,
      hypotheses: [reachesEarly, someFlipped],
      threshold: midpoint,
      seeds: 1,
      lhs: at(input.errorTrue, early),
      relation: '<=',
      rhs: flipped / 2,
      details: { 'error vs y': at(input.errorNoisy, early), 'flipped fraction': flipped },
    }),
    boundCheck({
      id: 'li2019.fig6.late-memorises',
      kind: 'empirical',
      name: `error vs y at iteration ${late} ≤ ½·flipped fraction (memorises the flips late)`,
      source: `${PAPER}, Fig. 6a/6c`,
      hypotheses: [reachesLate, someFlipped],
      threshold: midpoint,
      seeds: 1,
      lhs: at(input.errorNoisy, late),
      relation: '<=',
      rhs: flipped / 2,
      details: { 'error vs ỹ': at(input.errorTrue, late), 'flipped fraction': flipped },
    }),
    boundCheck({
      id: 'li2019.fig6.loss-gap-closes',
      kind: 'empirical',
      name: `clean/corrupted loss separation (AUC) at iteration ${late} < at iteration ${early} (the histograms come to overlap)`,
      source: `${PAPER}, Fig. 6b/6c`,
      hypotheses: [reachesLate, hypothesis(`per-sample losses kept at ${early} and ${late}`, earlyLosses && lateLosses ? 1 : 0, '>=', 1), someFlipped],
      threshold: 'no threshold of ours: the late panel is compared with the early one (AUC 1 = separated, ½ = indistinguishable)',
      seeds: 1,
      lhs: separationLate,
      relation: '<=',
      rhs: separationEarly * (1 - 1e-12),
      details: { [`AUC at ${early}`]: separationEarly, [`AUC at ${late}`]: separationLate },
    }),
  ];
}
