import { Matrix } from 'ml-matrix';
import { BoundCheck, boundCheck, Hypothesis, hypothesis } from '../checks';
import { clopperPearson, probabilityCheck } from '../seeds';
import { XorData, xorBayesError } from '../../data/xor';
import { XOR_SOURCE } from './assumptions';
import { MeasuredError } from './theorem1';

/**
 * Figure 1 (§1): d = 2, σ² = 1/50, 15% i.i.d. flips, n = 5000, m = 500, α = 0.05, ω² = 1/(32m), T = 3000 steps. The
 * paper observes that "every noisy sample is incorrectly classified and every clean sample is correctly classified"
 * and that the boundary is "rather simple" (close to the ideal sgn(|x₁| − |x₂|)). Its setting is outside Theorem 1
 * ((A1) fails at d = 2 and T ≫ 1 + 1/(4α)): these are checks of the figure, kind `empirical`, one run.
 * `predictions` are f(x_i) on the training set at the last step; `predict` evaluates the trained network.
 */
export function figure1(params: {
  data: XorData;
  predictions: ArrayLike<number>;
  test: MeasuredError;
  predict: (X: Matrix) => Float64Array;
  gridSize?: number;
}): BoundCheck[] {
  const { data, predictions, test } = params;
  let cleanWrong = 0;
  let noisyFitted = 0;
  for (let i = 0; i < data.X.rows; i++) {
    const right = data.labels[i] * predictions[i] > 0;
    if (data.noisy[i]) noisyFitted += right ? 1 : 0;
    else cleanWrong += right ? 0 : 1;
  }
  const is2d = hypothesis("the figure's input dimension d", data.d, '<=', 2);
  // agreement with the ideal classifier on the grid points of the annulus 0.5 ≤ ‖x‖ ≤ 1.5, where the data lie
  const size = params.gridSize ?? 101;
  const points: number[][] = [];
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const x = -2 + (4 * c) / (size - 1);
      const y = -2 + (4 * r) / (size - 1);
      const radius = Math.hypot(x, y);
      if (radius >= 0.5 && radius <= 1.5 && Math.abs(x) !== Math.abs(y)) points.push([x, y]);
    }
  }
  let agree = 0;
  if (data.d === 2 && points.length) {
    const f = params.predict(new Matrix(points));
    points.forEach((p, q) => {
      if (Math.sign(f[q]) === Math.sign(Math.abs(p[0]) - Math.abs(p[1]))) agree++;
    });
  }
  const bayes = xorBayesError(data.sigma);
  return [
    boundCheck({
      id: 'freiXor.fig1.training-split',
      kind: 'empirical',
      source: `${XOR_SOURCE}, Fig. 1 ("every noisy sample is incorrectly classified")`,
      name: 'at the last step: clean training points misclassified + noisy ones fitted ≤ 0',
      hypotheses: [is2d],
      lhs: cleanWrong + noisyFitted,
      relation: '<=',
      rhs: 0,
      seeds: 1,
      threshold: 'none of ours: the paper states it for every training sample',
      details: { 'clean misclassified': cleanWrong, 'noisy fitted': noisyFitted },
    }),
    boundCheck({
      id: 'freiXor.fig1.test-error',
      kind: 'empirical',
      source: `${XOR_SOURCE}, Fig. 1 / Theorem 1(2) (error ≈ η)`,
      name: 'clean test error ≤ Bayes error ε*(σ) + 3 SE',
      hypotheses: [is2d],
      lhs: test.clean,
      relation: '<=',
      rhs: bayes + 3 * test.standardError + 1e-12,
      seeds: 1,
      threshold: '3 Monte Carlo standard errors √(p(1 − p)/N) of the test error',
      details: { 'ε*(σ)': bayes, 'error vs noisy labels (i.i.d.)': data.eta + (1 - 2 * data.eta) * test.clean },
    }),
    boundCheck({
      id: 'freiXor.fig1.ideal-boundary',
      kind: 'empirical',
      source: `${XOR_SOURCE}, Fig. 1 ("the decision boundary is rather simple")`,
      name: 'agreement of sgn f with sgn(|x₁| − |x₂|) on a grid of the annulus 0.5 ≤ ‖x‖ ≤ 1.5 ≥ 0.95',
      hypotheses: [is2d],
      lhs: points.length ? agree / points.length : NaN,
      relation: '>=',
      rhs: 0.95,
      seeds: 1,
      threshold:
        'ours: the paper gives no number; the annulus is where the data lie (elsewhere the data say nothing about the boundary), and an independent numpy reproduction of the figure agreed on 97.9% of it',
      details: { 'grid points': points.length },
    }),
  ];
}

/** Training and validation record of one Fig. 2 run at its checkpoints. */
export interface OverfitCurve {
  n: number;
  d: number;
  steps: number[];
  /** Training accuracy against the observed (noisy) labels. */
  trainAccuracy: number[];
  /** Fraction of the noisy training labels fitted. */
  noisyFit: number[];
  /** Per checkpoint, 1 where the validation point is classified as its (noisy) label. */
  valCorrect: Uint8Array[];
  /** Bayes accuracy against the noisy validation labels. */
  bayesAccuracy: number;
}

function accuracy(correct: Uint8Array): number {
  let s = 0;
  for (let i = 0; i < correct.length; i++) s += correct[i];
  return s / correct.length;
}

const FIG2 = `${XOR_SOURCE}, Fig. 2 / §5`;

/**
 * Fig. 2, high-dimensional panel (d > n): the network interpolates the noisy labels, and "in the high-dimensional
 * setting the test accuracy remains at the optimal 85% level even after reaching the point of interpolation".
 * Checked: training error 0 at the last checkpoint, and the smallest validation accuracy from the first interpolating
 * checkpoint on ≥ Bayes accuracy − 3 binomial standard errors √(p(1 − p)/N).
 */
export function figure2HighDimensional(curve: OverfitCurve): BoundCheck[] {
  const last = curve.steps.length - 1;
  const N = curve.valCorrect[last].length;
  const first = curve.trainAccuracy.findIndex((a) => a === 1);
  let worst = Infinity;
  let worstStep = NaN;
  for (let q = Math.max(first, 0); q <= last && first >= 0; q++) {
    const acc = accuracy(curve.valCorrect[q]);
    if (acc < worst) {
      worst = acc;
      worstStep = curve.steps[q];
    }
  }
  const p = curve.bayesAccuracy;
  const highDim = hypothesis('high-dimensional setting: d − n', curve.d - curve.n, '>', 0);
  return [
    boundCheck({
      id: 'freiXor.fig2.high.interpolates',
      kind: 'empirical',
      source: FIG2,
      name: 'd > n: training error against the noisy labels at the last step ≤ 0 (interpolation)',
      hypotheses: [highDim],
      lhs: 1 - curve.trainAccuracy[last],
      relation: '<=',
      rhs: 0,
      seeds: 1,
      threshold: 'none of ours: interpolation is exact',
      details: { 'first interpolating step': first >= 0 ? curve.steps[first] : 'never', 'noisy labels fitted at the end': curve.noisyFit[last] },
    }),
    boundCheck({
      id: 'freiXor.fig2.high.benign',
      kind: 'empirical',
      source: `${FIG2} ("remains at the optimal 85% level")`,
      name: 'd > n: min validation accuracy from interpolation on ≥ Bayes accuracy − 3 SE',
      hypotheses: [
        highDim,
        hypothesis('the network interpolated (train accuracy 1 at some checkpoint): checkpoints with accuracy 1', first >= 0 ? last - first + 1 : 0, '>=', 1),
      ],
      lhs: first >= 0 ? worst : NaN,
      relation: '>=',
      rhs: p - 3 * Math.sqrt((p * (1 - p)) / N),
      seeds: 1,
      threshold: `3 binomial standard errors √(p(1 − p)/N) of a validation accuracy at the Bayes level p, N = ${N}`,
      details: { 'Bayes accuracy': p, 'at step': worstStep, 'last validation accuracy': accuracy(curve.valCorrect[last]) },
    }),
  ];
}

/**
 * Fig. 2, low-dimensional panel (n > d): "the test accuracy decreases after the network overfits to the noisy
 * training data". Checked: best − last validation accuracy ≥ 3 paired standard errors (from the validation points on
 * which the best and the last checkpoint disagree, √(b + c − (b − c)²/N)/N, at least 1/N), under the hypothesis that
 * the network did start to overfit after its best checkpoint (more noisy labels fitted at the end than at the best).
 * With `requireInterpolation`, the network must also fit every training label by the end, so that the decline is
 * shown after overfitting rather than implied.
 */
export function figure2LowDimensional(curve: OverfitCurve, options: { requireInterpolation?: boolean; suffix?: string; label?: string } = {}): BoundCheck[] {
  const last = curve.steps.length - 1;
  const N = curve.valCorrect[last].length;
  let best = 0;
  curve.valCorrect.forEach((c, q) => {
    if (accuracy(c) > accuracy(curve.valCorrect[best])) best = q;
  });
  let onlyBest = 0;
  let onlyLast = 0;
  for (let i = 0; i < N; i++) {
    if (curve.valCorrect[best][i] && !curve.valCorrect[last][i]) onlyBest++;
    if (!curve.valCorrect[best][i] && curve.valCorrect[last][i]) onlyLast++;
  }
  const se = Math.max(Math.sqrt(onlyBest + onlyLast - (onlyBest - onlyLast) ** 2 / N) / N, 1 / N);
  const hyps: Hypothesis[] = [
    hypothesis('low-dimensional setting: n − d', curve.n - curve.d, '>', 0),
    hypothesis('overfitting after the best checkpoint: noisy fit at the end − at the best', curve.noisyFit[last] - curve.noisyFit[best], '>', 0),
  ];
  if (options.requireInterpolation)
    hyps.push(hypothesis('the network interpolates the noisy labels by the end: training accuracy', curve.trainAccuracy[last], '>=', 1));
  return [
    boundCheck({
      id: `freiXor.fig2.low.decline${options.suffix ?? ''}`,
      kind: 'empirical',
      source: `${FIG2} ("the test accuracy decreases")`,
      name: `${options.label ? `${options.label}: ` : ''}n > d: best − last validation accuracy ≥ 3 paired SE (harmful overfitting${options.requireInterpolation ? ', after interpolating' : ''})`,
      hypotheses: hyps,
      lhs: accuracy(curve.valCorrect[best]) - accuracy(curve.valCorrect[last]),
      relation: '>=',
      rhs: 3 * se,
      seeds: 1,
      threshold: '3 standard errors of a paired difference of accuracies on the same validation set (McNemar: √(b + c − (b − c)²/N)/N)',
      details: {
        'best at step': curve.steps[best],
        'best validation accuracy': accuracy(curve.valCorrect[best]),
        'last validation accuracy': accuracy(curve.valCorrect[last]),
        'noisy fit at best': curve.noisyFit[best],
        'noisy fit at the end': curve.noisyFit[last],
        'train accuracy at the end': curve.trainAccuracy[last],
        'Bayes accuracy': curve.bayesAccuracy,
      },
    }),
  ];
}

/**
 * The same statements over independent seeds: `perSeed[s]` are the checks of seed `seeds[s]` (same ids in each).
 * Probability statements become success fractions with a Clopper–Pearson interval (`probabilityCheck`, against the
 * probability each check states in details['claimed probability']); identities keep their worst case over seeds; a
 * hypothesis holds only if it held on every seed. One seed returns the checks unchanged (labelled `seeds: 1`).
 * `suffix` is appended to every id (e.g. "[eta=0.2]") and `label` put in front of every name.
 */
export function overSeedsChecks(perSeed: BoundCheck[][], seeds: readonly number[], options: { suffix?: string; label?: string } = {}): BoundCheck[] {
  const suffix = options.suffix ?? '';
  const label = options.label ? `${options.label}: ` : '';
  const order: string[] = [];
  const groups = new Map<string, BoundCheck[]>();
  perSeed.forEach((checks) =>
    checks.forEach((c) => {
      if (!groups.has(c.id)) {
        groups.set(c.id, []);
        order.push(c.id);
      }
      groups.get(c.id)!.push(c);
    }),
  );
  return order.map((id) => {
    const group = groups.get(id)!;
    const first = group[0];
    if (group.length === 1) return { ...first, id: id + suffix, name: label + first.name };
    const names = Array.from(new Set(group.flatMap((c) => c.hypotheses.map((h) => h.name))));
    const hypotheses: Hypothesis[] = names.map((name) => {
      const instances = group.map((c) => c.hypotheses.find((h) => h.name === name)).filter((h): h is Hypothesis => h !== undefined);
      const failed = instances.filter((h) => !h.holds);
      return {
        name,
        holds: failed.length === 0,
        detail: failed.length
          ? `failed on ${failed.length}/${instances.length} seeds, e.g. ${failed[0].detail}`
          : instances.length === group.length && new Set(instances.map((h) => h.detail)).size === 1
            ? instances[0].detail
            : `held on ${instances.length}/${group.length} seeds, e.g. ${instances[0].detail}`,
      };
    });
    const lhs = group.map((c) => c.lhs);
    const range = `${Math.min(...lhs).toPrecision(4)} … ${Math.max(...lhs).toPrecision(4)}`;
    if (first.kind === 'identity') {
      const worst = first.relation === '<=' ? Math.max(...lhs) : Math.min(...lhs);
      return boundCheck({
        id: id + suffix,
        kind: 'identity',
        name: `${label}${first.name} (worst over ${group.length} seeds)`,
        source: first.source,
        hypotheses,
        lhs: worst,
        relation: first.relation,
        rhs: first.relation === '<=' ? Math.min(...group.map((c) => c.rhs)) : Math.max(...group.map((c) => c.rhs)),
        seeds: group.length,
        details: { 'range over seeds': range },
      });
    }
    const failedSeeds = group.map((c, s) => (c.inequalityHolds ? -1 : (seeds[s] ?? s))).filter((s) => s >= 0);
    const successes = group.length - failedSeeds.length;
    const claimed = Number(first.details['claimed probability'] ?? 1);
    return probabilityCheck({
      id: id + suffix,
      kind: first.kind,
      name: label + first.name,
      source: first.source,
      hypotheses,
      claimed,
      result: {
        successes,
        trials: group.length,
        fraction: successes / group.length,
        interval: clopperPearson(successes, group.length),
        confidence: 0.95,
        failedSeeds,
      },
      details: { 'measured range over seeds': range, ...(first.threshold ? { threshold: first.threshold } : {}) },
    });
  });
}
