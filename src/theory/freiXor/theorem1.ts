import { BoundCheck, boundCheck, Hypothesis, hypothesis } from '../checks';
import { meanAndStandardError } from '../seeds';
import { xorBayesError } from '../../data/xor';
import { XorRun, xorStoppingTime } from '../../papers/freiXor/xorRun';
import { analyse } from './analysis';
import { gdTrajectoryHypothesis, settingOf, XOR_SOURCE, xorAssumptions, XorSetting } from './assumptions';
import { XorCheckOptions } from './mechanism';

const E2 = Math.exp(-2);

function runHypotheses(run: XorRun, options: XorCheckOptions): { hyps: Hypothesis[]; setting: XorSetting; delta: number } {
  const delta = options.delta ?? 0.1;
  const setting = settingOf(run, delta);
  const T = run.snapshots.length - 1;
  return {
    delta,
    setting,
    hyps: [
      ...xorAssumptions(setting, options.minC ?? 2),
      gdTrajectoryHypothesis(run),
      hypothesis('the run stops at T = 1 + 1/(4α): last step', T, '>=', xorStoppingTime(run.alpha)),
      hypothesis('and not later: last step', T, '<=', xorStoppingTime(run.alpha)),
    ],
  };
}

/**
 * Theorem 1(1) (probability ≥ 1 − 4δ): at T = 1 + 1/(4α), every clean training point is classified correctly and
 * every noisy one incorrectly, checked as #(clean misclassified) + #(noisy fitted) ≤ 0 (f = 0 counts as a mistake).
 */
export function theorem1Training(run: XorRun, options: XorCheckOptions = {}): BoundCheck[] {
  const { hyps, delta } = runHypotheses(run, options);
  const A = analyse(run, options.C0 ?? 2);
  const f = A.f[A.T];
  let cleanWrong = 0;
  let noisyFitted = 0;
  for (let i = 0; i < A.n; i++) {
    const right = run.data.labels[i] * f[i] > 0;
    if (run.data.noisy[i]) noisyFitted += right ? 1 : 0;
    else cleanWrong += right ? 0 : 1;
  }
  return [
    boundCheck({
      id: 'freiXor.thm1.training-split',
      kind: 'bound',
      source: `${XOR_SOURCE}, Theorem 1(1)`,
      name: 'at T: clean training points misclassified + noisy ones fitted ≤ 0',
      hypotheses: hyps,
      lhs: cleanWrong + noisyFitted,
      relation: '<=',
      rhs: 0,
      seeds: 1,
      details: {
        'claimed probability': 1 - 4 * delta,
        'clean misclassified': cleanWrong,
        'noisy fitted': noisyFitted,
        '|C|': A.clean.length,
        '|N|': A.noisy.length,
      },
    }),
  ];
}

/**
 * Proposition 2 (probability ≥ 1 − 4δ), in the explicit form its proof ends with (App. C; the printed statement is
 * garbled): for every i, ‖φ(W^(T)x_i) − φ(W^(0)x_i)‖/‖φ(W^(0)x_i)‖ ≥ e⁻²/(16384·ω√(md)).
 */
export function proposition2(run: XorRun, options: XorCheckOptions = {}): BoundCheck[] {
  const { hyps, delta, setting } = runHypotheses(run, options);
  const change = relativeFeatureChange(run);
  const scale = setting.omega * Math.sqrt(setting.m * setting.d);
  let worst = Infinity;
  for (const v of change) worst = Math.min(worst, v);
  return [
    boundCheck({
      id: 'freiXor.prop2.feature-change',
      kind: 'bound',
      source: `${XOR_SOURCE}, Proposition 2 (App. C, explicit form)`,
      name: 'min_i ‖φ(W⁽ᵀ⁾x_i) − φ(W⁽⁰⁾x_i)‖/‖φ(W⁽⁰⁾x_i)‖ ≥ e⁻²/(16384·ω√(md))',
      hypotheses: hyps,
      lhs: worst,
      relation: '>=',
      rhs: E2 / (16384 * scale),
      seeds: 1,
      details: { 'claimed probability': 1 - 4 * delta, 'ω√(md)': scale, 'min change × ω√(md)': worst * scale },
    }),
  ];
}

/** ‖φ(W^(T)x_i) − φ(W^(0)x_i)‖/‖φ(W^(0)x_i)‖ for every training sample (Proposition 2). */
export function relativeFeatureChange(run: XorRun): Float64Array {
  const A = analyse(run, 2);
  const z0 = A.Z[0];
  const zT = A.Z[A.T];
  return Float64Array.from({ length: A.n }, (_, i) => {
    let num = 0;
    let den = 0;
    for (let j = 0; j < A.m; j++) {
      const before = Math.max(0, z0[i * A.m + j]);
      num += (Math.max(0, zT[i * A.m + j]) - before) ** 2;
      den += before * before;
    }
    return Math.sqrt(num / den);
  });
}

/** A clean test error with its Monte Carlo standard error (as `xorTestError` returns). */
export interface MeasuredError {
  clean: number;
  standardError: number;
}

/**
 * Theorem 1(2): the test error against noisy labels is ≤ η + C√(log(1/δ)/n). C is unspecified and with the proof's
 * constants the term is ≥ 4γ⁻¹/√n ≈ 4.8·10⁵/√n (vacuous), so what is tested is the consequence the paper draws: the
 * clean test error is at the Bayes level ε*(σ) (for i.i.d. flips, noisy error = η + (1 − 2η)·clean, so this is
 * "error ≈ η"). The mean over seeds must be ≤ ε*(σ) + 3 standard errors; the standard error combines the spread over
 * seeds with each estimate's Monte Carlo error. `hypotheses` are the setting's (e.g. `xorAssumptions`).
 */
export function theorem1TestError(params: {
  errors: MeasuredError[];
  sigma: number;
  eta: number;
  hypotheses?: Hypothesis[];
  id?: string;
  label?: string;
}): BoundCheck[] {
  const { errors, sigma, eta } = params;
  const stats = meanAndStandardError(errors.map((e) => e.clean));
  const monteCarlo = Math.sqrt(errors.reduce((s, e) => s + e.standardError ** 2, 0)) / errors.length;
  const spread = Number.isFinite(stats.standardError) ? stats.standardError : 0;
  const se = Math.sqrt(spread * spread + monteCarlo * monteCarlo);
  const bayes = xorBayesError(sigma);
  return [
    boundCheck({
      id: params.id ?? 'freiXor.thm1.test-error',
      kind: 'empirical',
      source: `${XOR_SOURCE}, Theorem 1(2) ("test error ≈ η")`,
      name: `${params.label ? `${params.label}: ` : ''}mean clean test error over ${errors.length} seed${errors.length === 1 ? '' : 's'} ≤ Bayes error ε*(σ) + 3 SE`,
      hypotheses: params.hypotheses ?? [],
      lhs: stats.mean,
      relation: '<=',
      rhs: bayes + 3 * se + 1e-12,
      seeds: errors.length,
      threshold: "3 standard errors of the mean: √(spread over seeds² / k + mean Monte Carlo variance / k); the bound's own C√(log(1/δ)/n) has no known C",
      details: { 'mean clean error': stats.mean, SE: se, 'ε*(σ)': bayes, 'mean error vs noisy labels (i.i.d. flips)': eta + (1 - 2 * eta) * stats.mean },
    }),
  ];
}

/**
 * "Linear classifiers are no better than random guessing for the distribution we consider" (§1): for a homogeneous
 * sgn⟨w, x⟩ and a symmetric cluster law (z and −z equal in law, as all laws of src/data/xor.ts are), x ↦ −x maps each
 * class to itself and flips the prediction, so the clean error is exactly ½ whatever w: an `identity`; the measured
 * error of a fitted homogeneous classifier is the code test.
 */
export function linearAtChance(error: MeasuredError): BoundCheck[] {
  return [
    boundCheck({
      id: 'freiXor.linear-at-chance',
      kind: 'identity',
      source: `${XOR_SOURCE}, §1 (linear classifiers at chance)`,
      name: '|clean test error of a homogeneous linear classifier − ½| ≤ 4 SE (exact ½ by symmetry)',
      lhs: Math.abs(error.clean - 0.5),
      relation: '<=',
      rhs: 4 * Math.max(error.standardError, 1e-9),
      seeds: 1,
      details: { 'clean test error': error.clean, SE: error.standardError },
    }),
  ];
}

/**
 * Proposition 2's rate over a sweep of the initialisation scale: the bound is ∝ 1/(ω√(md)) ("as ω√(md) → 0 the
 * relative change in each sample's feature map is unbounded"), so the least-squares slope of log(min_i relative
 * change) against log(ω√(md)) must be ≤ −1 + 3 SE (the change grows at least as fast as the bound's rate), SE the
 * regression's standard error over all (scale, seed) points. Hypothesis: at least three distinct scales, all inside
 * (A6) at C ≥ minC (ω√(md) ≤ 1/minC). A lazy scale range, or a change that does not grow, fails it.
 */
export function proposition2Slope(points: { omegaSqrtMd: number; minChange: number }[], minC = 2): BoundCheck[] {
  const x = points.map((p) => Math.log(p.omegaSqrtMd));
  const y = points.map((p) => Math.log(p.minChange));
  const k = points.length;
  const mx = x.reduce((s, v) => s + v, 0) / k;
  const my = y.reduce((s, v) => s + v, 0) / k;
  let sxx = 0;
  let sxy = 0;
  for (let q = 0; q < k; q++) {
    sxx += (x[q] - mx) ** 2;
    sxy += (x[q] - mx) * (y[q] - my);
  }
  const slope = sxy / sxx;
  let rss = 0;
  for (let q = 0; q < k; q++) rss += (y[q] - my - slope * (x[q] - mx)) ** 2;
  const se = k > 2 ? Math.sqrt(rss / (k - 2) / sxx) : NaN;
  const scales = Array.from(new Set(points.map((p) => p.omegaSqrtMd)));
  return [
    boundCheck({
      id: 'freiXor.prop2.slope',
      kind: 'bound',
      source: `${XOR_SOURCE}, Proposition 2 (rate 1/(ω√(md)))`,
      name: 'slope of log(min_i relative feature change) against log(ω√(md)) ≤ −1 + 3 SE',
      hypotheses: [
        hypothesis('distinct initialisation scales', scales.length, '>=', 3),
        hypothesis(`largest ω√(md) inside (A6) at C ≥ ${minC}`, Math.max(...scales), '<=', 1 / minC),
      ],
      lhs: slope,
      relation: '<=',
      rhs: -1 + 3 * (Number.isFinite(se) ? se : 0),
      seeds: k,
      details: { 'slope SE': se, scales: scales.map((s) => s.toExponential(0)).join(' '), points: k },
    }),
  ];
}

/**
 * Proposition 15 (App. B): for the class F_R = {f(·; W) : ‖W‖_F ≤ R} with |a_j| = 1/√m, R̂_S(F_R) ≤ 2R√(E‖x‖²)/√n.
 * The supremum over the class is not computable, so the left side is a lower estimate, which is valid evidence
 * against the bound (never for it beyond the estimate): for each of `draws` Rademacher sign vectors ε, all norm on the
 * m/2 neurons of one sign along one direction u gives (R/√2)·max_u ±(1/n)Σ ε_i φ(⟨u, x_i⟩); u is taken as the best of
 * ±Σε_ix_i/‖·‖ and ±μ₁, ±μ₂ refined by projected gradient ascent. E‖x‖² is replaced by the sample mean of ‖x_i‖².
 */
export function proposition15(params: {
  X: { rows: number; columns: number; get(i: number, j: number): number };
  a: ArrayLike<number>;
  R?: number;
  draws?: number;
  rng: { uniform(): number };
}): BoundCheck[] {
  const { X, a, rng } = params;
  const R = params.R ?? 1;
  const draws = params.draws ?? 20;
  const n = X.rows;
  const d = X.columns;
  const m = a.length;
  const rows = Array.from({ length: n }, (_, i) => Float64Array.from({ length: d }, (_, c) => X.get(i, c)));
  const h = (u: Float64Array, eps: Float64Array) => {
    let s = 0;
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (let c = 0; c < d; c++) z += u[c] * rows[i][c];
      if (z > 0) s += eps[i] * z;
    }
    return s / n;
  };
  const normalise = (u: Float64Array) => {
    let s = 0;
    for (const v of u) s += v * v;
    const norm = Math.sqrt(s) || 1;
    return u.map((v) => v / norm);
  };
  let total = 0;
  for (let draw = 0; draw < draws; draw++) {
    const eps = Float64Array.from({ length: n }, () => (rng.uniform() < 0.5 ? -1 : 1));
    const v = new Float64Array(d);
    for (let i = 0; i < n; i++) for (let c = 0; c < d; c++) v[c] += eps[i] * rows[i][c];
    let best = 0;
    for (const sign of [1, -1]) {
      const e = eps.map((x) => sign * x);
      const starts = [
        normalise(v.map((x) => sign * x)),
        ...[0, 1].flatMap((axis) => [1, -1].map((s) => Float64Array.from({ length: d }, (_, c) => (c === axis ? s : 0)))),
      ];
      for (let u of starts) {
        for (let it = 0; it < 30; it++) {
          const g = new Float64Array(d);
          for (let i = 0; i < n; i++) {
            let z = 0;
            for (let c = 0; c < d; c++) z += u[c] * rows[i][c];
            if (z > 0) for (let c = 0; c < d; c++) g[c] += e[i] * rows[i][c];
          }
          const next = normalise(u.map((x, c) => x + g[c] / n));
          if (h(next, e) <= h(u, e)) break;
          u = next;
        }
        best = Math.max(best, h(u, e));
      }
    }
    total += (R / Math.SQRT2) * best;
  }
  let meanSquare = 0;
  for (const r of rows) for (const v of r) meanSquare += (v * v) / n;
  const aHyp = Math.max(...Array.from(a, (v) => Math.abs(Math.abs(v) - 1 / Math.sqrt(m))));
  return [
    boundCheck({
      id: 'freiXor.prop15.rademacher',
      kind: 'bound',
      source: `${XOR_SOURCE}, Proposition 15 (App. B)`,
      name: 'lower estimate of R̂_S(F_R) ≤ 2R√(E‖x‖²)/√n',
      hypotheses: [
        hypothesis('|a_j| = 1/√m for every j: max deviation', aHyp, '<=', 1e-12),
        hypothesis('neurons of each sign (for the estimate): m', m, '>=', 2),
      ],
      lhs: total / draws,
      relation: '<=',
      rhs: (2 * R * Math.sqrt(meanSquare)) / Math.sqrt(n),
      seeds: 1,
      details: { 'Rademacher draws': draws, R, 'mean ‖x‖²': meanSquare },
    }),
  ];
}
