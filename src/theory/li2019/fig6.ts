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
    // which labels the network fits at an iteration: its error against those labels at most half the flipped fraction
    ...[
      {
        id: 'early-fits-truth',
        step: early,
        reaches: reachesEarly,
        fits: 'ỹ',
        errors: input.errorTrue,
        other: 'y',
        others: input.errorNoisy,
        panel: '6b',
        what: 'fits the true labels early',
      },
      {
        id: 'late-memorises',
        step: late,
        reaches: reachesLate,
        fits: 'y',
        errors: input.errorNoisy,
        other: 'ỹ',
        others: input.errorTrue,
        panel: '6c',
        what: 'memorises the flips late',
      },
    ].map((claim) =>
      boundCheck({
        id: `li2019.fig6.${claim.id}`,
        kind: 'empirical',
        name: `error vs ${claim.fits} at iteration ${claim.step} ≤ ½·flipped fraction (${claim.what})`,
        source: `${PAPER}, Fig. 6a/${claim.panel}`,
        hypotheses: [claim.reaches, someFlipped],
        threshold: midpoint,
        seeds: 1,
        lhs: at(claim.errors, claim.step),
        relation: '<=',
        rhs: flipped / 2,
        details: { [`error vs ${claim.other}`]: at(claim.others, claim.step), 'flipped fraction': flipped },
      }),
    ),
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
