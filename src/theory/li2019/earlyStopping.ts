import { CorruptedData } from '../../data/corruption';
import { TwoLayerNet } from '../../models/twoLayerNet';
import { ValidationError } from '../../core/errors';
import { minOf } from '../../core/vector';
import { BoundCheck, boundCheck, hypothesis, Hypothesis } from '../checks';
import { meanAndStandardError, overSeeds, probabilityCheck } from '../seeds';
import { PAPER, measureClusters, smoothActivationHypothesis, unitInputsHypothesis, clusterStepHypothesis } from './common';

/**
 * Theorem 2.2 (and its precise form 6.13): early-stopped GD on (ρ, ε0, δ) corrupted clusterable data classifies
 * every training point by its true label. The constants c̄_Γ, C_Γ, c̃_Γ, c_Γ are unspecified, so the theorem's
 * hypotheses are evaluated in the explicit forms the paper gives elsewhere, each labelled: the step size of
 * Theorem 6.13 (η ≤ K/(2c_up nΓ²‖C‖²)), and the conference version's width k ≳ K²‖C‖⁴/λ(C)⁴ and input noise
 * ε0 ≲ δλ(C)²/K² with the constants of ≳, ≲ taken as 1.
 */
export interface Theorem22Input {
  data: CorruptedData;
  net: TwoLayerNet;
  eta: number;
  /** λ(C) for the network's activation (Def. 2.1). */
  lambdaC: number;
  /** Training error against the true labels ỹ (decision rule (2.1)) at every recorded step. */
  errorTrue: readonly number[];
  idSuffix?: string;
  label?: string;
}

export function theorem22Hypotheses(input: Omit<Theorem22Input, 'errorTrue'>): Hypothesis[] {
  const m = measureClusters(input.data);
  const act = input.net.activation;
  const gamma = act.gamma;
  return [
    unitInputsHypothesis(m),
    hypothesis('ρ ≤ δ/8 (ρ = max_ℓ corrupted/n_ℓ, measured)', m.corruptedFraction, '<=', m.delta / 8),
    smoothActivationHypothesis(act),
    // the theorem's Γ may be taken ≥ 1, so Γ = max(Γ_φ, 1) and what remains to check is |φ(0)| ≤ Γ
    hypothesis('|φ(0)| ≤ Γ = max(Γ_φ, 1)', Math.abs(act.phiAtZero), '<=', Math.max(gamma, 1)),
    clusterStepHypothesis(m, Number.isFinite(gamma) ? Math.max(gamma, 1) : 1, input.eta),
    hypothesis('k ≥ K²‖C‖⁴/λ(C)⁴ (width; constant taken as 1)', input.net.k, '>=', (m.K ** 2 * m.centerNorm ** 4) / input.lambdaC ** 4),
    hypothesis('ε0 ≤ δλ(C)²/K² (input noise; constant taken as 1)', m.epsilon0, '<=', (m.delta * input.lambdaC ** 2) / m.K ** 2),
  ];
}

/** Theorem 2.2 (2.1): some iterate of the run misclassifies no training point w.r.t. ỹ (one seed). */
export function theorem22Checks(input: Theorem22Input): BoundCheck[] {
  if (input.errorTrue.length === 0) throw new ValidationError('errorTrue', 'empty trajectory');
  const n = input.data.X.rows;
  const best = minOf(input.errorTrue);
  const window = input.errorTrue.filter((e) => e === 0).length;
  return [
    boundCheck({
      id: `li2019.thm2.2.all-correct${input.idSuffix ? `.${input.idSuffix}` : ''}`,
      kind: 'bound',
      name: `early-stopped GD misclassifies no training point w.r.t. ỹ: min_τ #misclassified ≤ 0${input.label ?? ''}`,
      source: `${PAPER}, Theorem 2.2 (eq. 2.1) / Theorem 6.13 (3)`,
      hypotheses: theorem22Hypotheses(input),
      seeds: 1,
      lhs: Math.round(best * n),
      relation: '<=',
      rhs: 0,
      details: { 'recorded steps with no error': window, eta: input.eta },
    }),
  ];
}

/** Theorem 2.2's "with probability ≥ 1 − 3/K^100": the fraction of seeds whose theorem22Checks hold. */
export function theorem22SeedCheck(perSeed: { seed: number; checks: BoundCheck[] }[], K: number, idSuffix?: string): BoundCheck {
  const pick = (checks: BoundCheck[]) => {
    const c = checks.find((ch) => ch.id.startsWith('li2019.thm2.2.all-correct'));
    if (!c) throw new ValidationError('perSeed', 'each seed needs the checks of theorem22Checks');
    return c;
  };
  const inapplicable = perSeed.filter((s) => pick(s.checks).verdict === 'not-applicable');
  const result = overSeeds(
    perSeed.map((s) => s.seed),
    (seed) => pick(perSeed.find((s) => s.seed === seed)!.checks),
  );
  const unmet = inapplicable.length ? pick(inapplicable[0].checks).hypotheses.filter((h) => !h.holds) : [];
  return probabilityCheck({
    id: `li2019.thm2.2.probability${idSuffix ? `.${idSuffix}` : ''}`,
    name: 'early-stopped GD classifies every training point by ỹ',
    source: `${PAPER}, Theorem 2.2 (probability ≥ 1 − 3/K^100)`,
    result,
    claimed: 1 - 3 / K ** 100,
    hypotheses: [hypothesis('seeds whose run meets the hypotheses (all must)', perSeed.length - inapplicable.length, '>=', perSeed.length), ...unmet],
  });
}

/** One GD run of an ε0 sweep, summarised. */
export interface SweepRun {
  epsilon0: number;
  seed: number;
  /** Number of recorded steps at which no point is misclassified w.r.t. ỹ. */
  window: number;
  /** min_τ training error against ỹ. */
  bestErrorTrue: number;
  /** Training error against ỹ at the end of the drift window. */
  errorTrueAtDriftEnd: number;
  /** min over τ ≤ end of the drift window of the training error against ỹ (default bestErrorTrue). */
  bestErrorTrueUntilDriftEnd?: number;
  /** (‖W_b − W0‖_F − ‖W_a − W0‖_F)/(b − a) over the drift window [a, b]. */
  drift: number;
  /** Number of training points (1/n is one misclassified point). */
  n: number;
}

/** One measured value of a sweep: the swept quantity x (e.g. ε0), the seed, and the value. */
export interface TrendPoint {
  x: number;
  seed: number;
  value: number;
}

/**
 * A monotone trend of a measured value in a swept quantity, as an empirical check: the number of steps between
 * consecutive x values where the means over seeds move the wrong way by more than 2 standard errors of their
 * difference (any wrong-way step with one seed) must be 0. `hypotheses` say when the trend is measurable at all.
 */
export function monotoneTrendCheck(params: {
  id: string;
  name: string;
  source: string;
  points: readonly TrendPoint[];
  direction: 'up' | 'down';
  hypotheses?: Hypothesis[];
  xName?: string;
}): BoundCheck {
  if (params.points.length === 0) throw new ValidationError('points', 'no points');
  const xs = [...new Set(params.points.map((p) => p.x))].sort((a, b) => a - b);
  const stats = xs.map((x) => ({ x, ...meanAndStandardError(params.points.filter((p) => p.x === x).map((p) => p.value)) }));
  const seeds = minOf(stats.map((s) => s.n));
  let against = 0;
  for (let j = 1; j < stats.length; j++) {
    const step = stats[j].mean - stats[j - 1].mean;
    // a point with a single seed has no standard error: count it as 0 so that any wrong-way step there counts
    const pointSe = (x: { n: number; standardError: number }) => (x.n > 1 ? x.standardError : 0);
    const se = Math.hypot(pointSe(stats[j]), pointSe(stats[j - 1]));
    const wrong = params.direction === 'up' ? -step : step;
    if (wrong > 2 * se) against++;
  }
  const xName = params.xName ?? 'x';
  return boundCheck({
    id: params.id,
    kind: 'empirical',
    name: params.name,
    source: params.source,
    hypotheses: [hypothesis(`${xName} values in the sweep`, stats.length, '>=', 3), ...(params.hypotheses ?? [])],
    lhs: against,
    relation: '<=',
    rhs: 0,
    seeds,
    threshold:
      seeds > 1
        ? `a step between consecutive ${xName} values counts against the trend only when the means over ${seeds} seeds move the wrong way by more than 2 standard errors of their difference`
        : `one seed: any step the wrong way between consecutive ${xName} values counts against the trend`,
    details: {
      means: stats.map((s) => `${s.x.toPrecision(3)}: ${s.mean.toPrecision(3)}${seeds > 1 ? ` ± ${s.standardError.toPrecision(2)}` : ''}`).join(' / '),
    },
  });
}

function trendCheck(params: {
  id: string;
  name: string;
  source: string;
  runs: SweepRun[];
  value: (r: SweepRun) => number;
  direction: 'up' | 'down';
  hypotheses: Hypothesis[];
}): BoundCheck {
  return monotoneTrendCheck({
    id: params.id,
    name: params.name,
    source: params.source,
    direction: params.direction,
    hypotheses: params.hypotheses,
    xName: 'ε0',
    points: params.runs.map((r) => ({ x: r.epsilon0, seed: r.seed, value: params.value(r) })),
  });
}

/**
 * The ε0-dependence of Theorems 2.2 and 6.13 as trends (their constants are unspecified): the all-correct window
 * shrinks as ε0 grows, the best error against ỹ grows with ε0 (Theorem 6.13 (2): err/n ≲ ε0·K/δ·…), and the
 * distance drifts faster for larger ε0 (the K²τε0/‖C‖² term). A trend the sweep cannot show (all windows equal,
 * all errors zero, a run already memorising inside the drift window) makes its check not applicable.
 */
export function epsilonSweepChecks(runs: SweepRun[], options: { driftFrom: number; driftTo: number; idSuffix?: string; label?: string }): BoundCheck[] {
  const suffix = options.idSuffix ? `.${options.idSuffix}` : '';
  const label = options.label ?? '';
  if (runs.length === 0) throw new ValidationError('runs', 'no runs');
  const windows = runs.map((r) => r.window);
  const errors = runs.map((r) => r.bestErrorTrue);
  // the distance bound is about τ ≤ τ0: the drift is compared over the ε0 whose runs are not yet memorising at driftTo
  // memorising: the error against ỹ has risen again (by more than one point) from its best so far
  const memorising = runs.filter((r) => r.errorTrueAtDriftEnd > (r.bestErrorTrueUntilDriftEnd ?? r.bestErrorTrue) + 1 / r.n);
  const excluded = new Set(memorising.map((r) => r.epsilon0));
  const driftRuns = runs.filter((r) => !excluded.has(r.epsilon0));
  const excludedNote = excluded.size
    ? ` (ε0 = ${[...excluded].sort((x, y) => x - y).join(', ')} left out: a run there has already begun to memorise by τ = ${options.driftTo})`
    : '';
  return [
    trendCheck({
      id: `li2019.thm2.2.window-trend${suffix}`,
      name: `all-correct window non-increasing in ε0 (steps against the trend ≤ 0)${label}`,
      source: `${PAPER}, Theorem 2.2 (the window's ε0-dependence, trend)`,
      runs,
      value: (r) => r.window,
      direction: 'down',
      hypotheses: [hypothesis('the windows differ across the sweep (max − min)', Math.max(...windows) - Math.min(...windows), '>', 0)],
    }),
    trendCheck({
      id: `li2019.thm6.13.error-trend${suffix}`,
      name: `best training error vs ỹ non-decreasing in ε0 (steps against the trend ≤ 0)${label}`,
      source: `${PAPER}, Theorem 6.13 (2) (error rate ∝ ε0, trend)`,
      runs,
      value: (r) => r.bestErrorTrue,
      direction: 'up',
      hypotheses: [hypothesis('some run has a nonzero best error (else the trend cannot fail): max best error', Math.max(...errors), '>', 0)],
    }),
    trendCheck({
      id: `li2019.thm2.2.drift-trend${suffix}`,
      name: `distance drift over τ ∈ [${options.driftFrom}, ${options.driftTo}] non-decreasing in ε0 (steps against the trend ≤ 0)${excludedNote}${label}`,
      source: `${PAPER}, Theorem 2.2 (distance bound √K + K²τε0/‖C‖², trend)`,
      runs: driftRuns.length ? driftRuns : runs,
      value: (r) => r.drift,
      direction: 'up',
      hypotheses: driftRuns.length ? [] : [hypothesis(`ε0 values whose runs are not memorising at τ = ${options.driftTo}`, 0, '>=', 3)],
    }),
  ];
}

/**
 * The constant the distance bound of Theorem 2.2 needs on one run: max_τ ‖W_τ − W0‖_F / (√K + K²τε0/‖C‖²). The
 * theorem says a K-independent C̄_Γ bounds it; monotoneTrendCheck over K tests that it does not grow with K.
 */
export function theorem22DistanceConstant(params: {
  steps: readonly number[];
  distance: readonly number[];
  K: number;
  epsilon0: number;
  centerNorm: number;
}): number {
  const { steps, distance, K, epsilon0, centerNorm } = params;
  let ratio = 0;
  for (let j = 0; j < steps.length; j++) ratio = Math.max(ratio, distance[j] / (Math.sqrt(K) + (K * K * steps[j] * epsilon0) / (centerNorm * centerNorm)));
  return ratio;
}

/** First recorded step at which no point is misclassified w.r.t. ỹ (NaN if none). */
export function allCorrectStart(steps: readonly number[], errorTrue: readonly number[]): number {
  const j = errorTrue.findIndex((e) => e === 0);
  return j < 0 ? NaN : steps[j];
}

/**
 * The same constant for the precise distance bound of Theorem 6.13 (4), eq. (6.75):
 * max_t ‖W_t − W0‖_F / (Γ√(K log K/λ(C)) + t·η·ε0·Γ⁴·(K n/λ(C))·log(Γ√(n log K)/ρ)²).
 */
export function theorem613DistanceConstant(params: {
  steps: readonly number[];
  distance: readonly number[];
  K: number;
  n: number;
  epsilon0: number;
  eta: number;
  lambdaC: number;
  gamma: number;
  rho: number;
}): number {
  const { steps, distance, K, n, epsilon0, eta, lambdaC, gamma, rho } = params;
  const logK = Math.log(Math.max(K, 2));
  const first = gamma * Math.sqrt((K * logK) / lambdaC);
  const slope = eta * epsilon0 * gamma ** 4 * ((K * n) / lambdaC) * Math.log((gamma * Math.sqrt(n * logK)) / rho) ** 2;
  let ratio = 0;
  for (let j = 0; j < steps.length; j++) ratio = Math.max(ratio, distance[j] / (first + steps[j] * slope));
  return ratio;
}
