import { Matrix } from 'ml-matrix';
import { symmetricEigen } from '../../linalg/dense';
import { BoundCheck, boundCheck, hypothesis } from '../checks';
import { norm2, subtract } from '../../core/vector';
import { ValidationError } from '../../core/errors';
import { classificationError } from '../../models/decision';

/**
 * Gradient descent against its linearisation at W0 (beyond Li, Soltanolkotabi & Oymak 2019, whose proofs run GD
 * through the linearised residual r_{τ+1} = (I − ηC_τ)r_τ, Lemma 6.2): the kernel model f_lin(W) = f(W0) + J0(W − W0)
 * trained by GD on ½‖f − y‖² with step η has the closed form
 *   f_lin(τ) = f0 + (I − (I − ηJ0J0ᵀ)^τ)(y − f0),
 * so in the eigenbasis J0J0ᵀ = QΛQᵀ every residual coordinate decays as (1 − ηλ_i)^τ: large-eigenvalue (signal)
 * directions are fit first, small-eigenvalue (noise) directions late, which is the mechanism behind early stopping.
 */

const PAPER = 'Li, Soltanolkotabi & Oymak 2019';

export interface LinearisedDynamics {
  /** Eigenvalues of J0J0ᵀ, descending. */
  eigenvalues: number[];
  /** Q: column i is the eigenvector of eigenvalues[i]. */
  eigenvectors: Matrix;
  eta: number;
  f0: Float64Array;
  labels: Float64Array;
  /** Qᵀ(f0 − y): the initial residual in the eigenbasis. */
  initialCoefficients: Float64Array;
}

/** The eigendecomposition of the Gram J0J0ᵀ at W0 and the initial residual in its basis. */
export function linearisedDynamics(gram: Matrix, f0: ArrayLike<number>, labels: ArrayLike<number>, eta: number): LinearisedDynamics {
  const n = gram.rows;
  if (gram.columns !== n || f0.length !== n || labels.length !== n)
    throw new ValidationError('gram', `expected an n×n Gram and n predictions and labels (n = ${n})`);
  if (!(eta > 0)) throw new ValidationError('eta', `expected a positive step size, got ${eta}`);
  // ascending from the backend's symmetric eigensolver; the dynamics list directions from the largest eigenvalue down
  const ascending = symmetricEigen(gram);
  const Q = new Matrix(n, n);
  for (let dst = 0; dst < n; dst++) {
    const src = n - 1 - dst;
    for (let r = 0; r < n; r++) Q.set(r, dst, ascending.vectors.get(r, src));
  }
  const eigenvalues = Array.from({ length: n }, (_, dst) => ascending.values[n - 1 - dst]);
  const r0 = subtract(f0, labels);
  const c = Float64Array.from({ length: n }, (_, i) => {
    let s = 0;
    for (let r = 0; r < n; r++) s += Q.get(r, i) * r0[r];
    return s;
  });
  return { eigenvalues, eigenvectors: Q, eta, f0: Float64Array.from(f0), labels: Float64Array.from(labels), initialCoefficients: c };
}

/** Coefficients of the linearised residual f_lin(τ) − y in the eigenbasis: (1 − ηλ_i)^τ·c_i. */
export function linearisedCoefficients(dyn: LinearisedDynamics, tau: number): Float64Array {
  return Float64Array.from(dyn.initialCoefficients, (c, i) => c * Math.pow(1 - dyn.eta * Math.max(0, dyn.eigenvalues[i]), tau));
}

/** f_lin(τ) = f0 + (I − (I − ηJ0J0ᵀ)^τ)(y − f0) = y + Q·diag((1 − ηλ)^τ)·Qᵀ(f0 − y). */
export function linearisedPrediction(dyn: LinearisedDynamics, tau: number): Float64Array {
  const c = linearisedCoefficients(dyn, tau);
  const n = dyn.labels.length;
  const out = Float64Array.from(dyn.labels);
  for (let i = 0; i < n; i++) {
    if (c[i] === 0) continue;
    for (let r = 0; r < n; r++) out[r] += dyn.eigenvectors.get(r, i) * c[i];
  }
  return out;
}

/** (Qᵀ v)_i² for each eigen-direction i (energy of a residual per direction). */
export function energyByDirection(dyn: LinearisedDynamics, v: ArrayLike<number>): Float64Array {
  const n = dyn.labels.length;
  if (v.length !== n) throw new ValidationError('v', `expected length ${n}, got ${v.length}`);
  return Float64Array.from({ length: n }, (_, i) => {
    let s = 0;
    for (let r = 0; r < n; r++) s += dyn.eigenvectors.get(r, i) * v[r];
    return s * s;
  });
}

const sumRange = (x: Float64Array, from: number, to: number) => {
  let s = 0;
  for (let i = from; i < to; i++) s += x[i];
  return s;
};

export interface LinearisationMeasurement {
  steps: number[];
  /** ‖f(W_τ) − f_lin(τ)‖/‖r0‖ per recorded step. */
  deviation: number[];
  /** Training error w.r.t. the true labels: GD and the linearised model. */
  trueErrorGd: number[];
  trueErrorLinear: number[];
  /** Fraction of the initial residual energy left in the top-G eigen-directions and in the rest (GD's residual). */
  signalEnergyLeft: number[];
  noiseEnergyLeft: number[];
  /** Same fractions for the linearised model. */
  signalEnergyLeftLinear: number[];
  noiseEnergyLeftLinear: number[];
}

/** f_lin at the recorded steps against GD's f(W_τ); errors w.r.t. the true classes; energies per eigen-direction. */
export function measureLinearisation(params: {
  dynamics: LinearisedDynamics;
  steps: readonly number[];
  predictions: readonly ArrayLike<number>[];
  classLabels: readonly number[];
  trueClasses: ArrayLike<number>;
  signalDimension: number;
}): LinearisationMeasurement {
  const { dynamics: dyn, steps, predictions } = params;
  if (steps.length !== predictions.length || steps.length === 0) throw new ValidationError('predictions', 'one prediction vector per recorded step');
  const G = params.signalDimension;
  const n = dyn.labels.length;
  if (!(G >= 1 && G < n)) throw new ValidationError('signalDimension', `expected 1 ≤ G < n = ${n}`);
  const r0Norm = Math.max(norm2(dyn.initialCoefficients), 1e-300);
  const e0 = Float64Array.from(dyn.initialCoefficients, (c) => c * c);
  const s0 = Math.max(sumRange(e0, 0, G), 1e-300);
  const z0 = Math.max(sumRange(e0, G, n), 1e-300);
  const m: LinearisationMeasurement = {
    steps: [...steps],
    deviation: [],
    trueErrorGd: [],
    trueErrorLinear: [],
    signalEnergyLeft: [],
    noiseEnergyLeft: [],
    signalEnergyLeftLinear: [],
    noiseEnergyLeftLinear: [],
  };
  steps.forEach((tau, q) => {
    const lin = linearisedPrediction(dyn, tau);
    const gd = predictions[q];
    m.deviation.push(norm2(subtract(gd, lin)) / r0Norm);
    m.trueErrorGd.push(classificationError(Float64Array.from(gd), params.classLabels, params.trueClasses));
    m.trueErrorLinear.push(classificationError(lin, params.classLabels, params.trueClasses));
    const e = energyByDirection(dyn, subtract(gd, dyn.labels));
    m.signalEnergyLeft.push(sumRange(e, 0, G) / s0);
    m.noiseEnergyLeft.push(sumRange(e, G, n) / z0);
    const cl = linearisedCoefficients(dyn, tau);
    const el = Float64Array.from(cl, (c) => c * c);
    m.signalEnergyLeftLinear.push(sumRange(el, 0, G) / s0);
    m.noiseEnergyLeftLinear.push(sumRange(el, G, n) / z0);
  });
  return m;
}

/** The recorded steps where an error curve is at its minimum: [first, last] of that set, and the minimum. */
export function errorWindow(steps: readonly number[], errors: readonly number[]): { start: number; end: number; minimum: number } {
  const minimum = Math.min(...errors);
  const at = steps.filter((_, q) => errors[q] <= minimum + 1e-12);
  return { start: at[0], end: at[at.length - 1], minimum };
}

/**
 * Checks of GD against its linearisation:
 * - `li2019.linearisation.closed-form` (identity): the eigen closed form equals T steps of the linear recursion
 *   f ← f − ηJ0J0ᵀ(f − y) (a test of the code);
 * - `li2019.linearisation.deviation` (empirical): max over recorded τ ≤ horizon of ‖f(W_τ) − f_lin(τ)‖/‖r0‖ ≤ `tolerance`;
 * - `li2019.linearisation.signal-first` (empirical): at GD's best stopping step, GD's residual keeps a smaller fraction
 *   of its initial energy in the top-G eigen-directions of J0J0ᵀ than in the rest (signal fitted first);
 * - `li2019.linearisation.window` (empirical): GD's true-label error at the linearisation's predicted stopping step
 *   (first step of its minimum-error window) is within `slack` samples of GD's own minimum.
 * - `li2019.linearisation.window-end` (empirical): the step where overfitting starts (last step of the minimum-error
 *   window) agrees between GD and the linearisation within a factor `endRatio`; hypothesis: both windows close before
 *   the last recorded step (else the end is censored).
 * Hypothesis for the empirical checks: η < 2/λ_max (the linear dynamics contract).
 */
export function linearisationChecks(params: {
  dynamics: LinearisedDynamics;
  measurement: LinearisationMeasurement;
  samples: number;
  tolerance?: number;
  slack?: number;
  recursionSteps?: number;
  endRatio?: number;
}): BoundCheck[] {
  const endRatio = params.endRatio ?? 1.5;
  const { dynamics: dyn, measurement: m } = params;
  const tolerance = params.tolerance ?? 0.1;
  const slack = params.slack ?? 1;
  const n = dyn.labels.length;
  // closed form vs recursion (via the eigenbasis-free product ηG(f − y), G = QΛQᵀ rebuilt from the decomposition)
  const T = Math.min(params.recursionSteps ?? 200, Math.max(...m.steps, 1));
  const Q = dyn.eigenvectors;
  const Gram = Q.mmul(Matrix.diag(dyn.eigenvalues)).mmul(Q.transpose());
  let f = Float64Array.from(dyn.f0);
  for (let t = 0; t < T; t++) {
    const r = subtract(f, dyn.labels);
    const g = Gram.mmul(Matrix.columnVector(Array.from(r))).to1DArray();
    f = Float64Array.from(f, (fi, i) => fi - dyn.eta * g[i]);
  }
  const closedError = norm2(subtract(f, linearisedPrediction(dyn, T))) / Math.max(norm2(dyn.initialCoefficients), 1e-300);
  const stable = hypothesis('linear dynamics contract: η·λ_max < 2', dyn.eta * dyn.eigenvalues[0], '<', 2);
  const gdWindow = errorWindow(m.steps, m.trueErrorGd);
  const linWindow = errorWindow(m.steps, m.trueErrorLinear);
  const best = m.steps.indexOf(gdWindow.start);
  const lastStep = Math.max(...m.steps);
  const predicted = m.steps.indexOf(linWindow.start);
  const source = `${PAPER}, Lemma 6.2 and the proof of Theorem 3.2 (GD follows the linearised residual); closed form of the linearised model at W0`;
  return [
    boundCheck({
      id: 'li2019.linearisation.closed-form',
      kind: 'identity',
      name: `‖f_lin(${T}) closed form − ${T} steps of f ← f − ηJ0J0ᵀ(f − y)‖/‖r0‖ ≤ 1e-9 (a test of the code)`,
      source,
      lhs: closedError,
      relation: '<=',
      rhs: 1e-9,
    }),
    boundCheck({
      id: 'li2019.linearisation.deviation',
      kind: 'empirical',
      name: `max over recorded τ ≤ ${Math.max(...m.steps)} of ‖f(W_τ) − f_lin(τ)‖/‖r0‖ ≤ ${tolerance}`,
      source,
      hypotheses: [stable],
      lhs: Math.max(...m.deviation),
      relation: '<=',
      rhs: tolerance,
      threshold: `${Math.round(100 * tolerance)}% of the initial residual: the linearisation "describes" GD when its error is small against what GD fits (our choice); a GD run at another step size than the model's deviates by O(1)`,
      seeds: 1,
      details: { 'deviation at the last step': m.deviation[m.deviation.length - 1] },
    }),
    boundCheck({
      id: 'li2019.linearisation.signal-first',
      kind: 'empirical',
      name: `at GD's best step (τ = ${gdWindow.start}), fraction of initial residual energy left in the top eigen-directions ≤ that in the rest`,
      source: `${PAPER}, Theorem 3.2 mechanism (fast fit on S+, slow on S−), measured in the eigenbasis of J0J0ᵀ`,
      hypotheses: [stable, hypothesis('GD changed the residual by its best step', gdWindow.start, '>', 0)],
      lhs: m.signalEnergyLeft[best],
      relation: '<=',
      rhs: m.noiseEnergyLeft[best],
      threshold: 'an ordering of two measured fractions (no tolerance)',
      seeds: 1,
      details: { 'linearised: signal left': m.signalEnergyLeftLinear[best], 'linearised: noise left': m.noiseEnergyLeftLinear[best] },
    }),
    boundCheck({
      id: 'li2019.linearisation.window',
      kind: 'empirical',
      name: `GD's true-label error at the spectrum-predicted stopping step (τ = ${linWindow.start}) ≤ GD's minimum + ${slack} sample(s)`,
      source: `${PAPER}, early stopping (Thm 2.2) predicted from the spectrum of J0J0ᵀ`,
      hypotheses: [stable],
      lhs: m.trueErrorGd[predicted] * params.samples,
      relation: '<=',
      rhs: gdWindow.minimum * params.samples + slack,
      threshold: `${slack} sample(s) of slack: the windows are read on the recorded grid of steps`,
      seeds: 1,
      details: {
        'GD window start': gdWindow.start,
        'GD window end': gdWindow.end,
        'GD min error': gdWindow.minimum,
        'linearised window start': linWindow.start,
        'linearised window end': linWindow.end,
        'linearised min error': linWindow.minimum,
      },
    }),
    boundCheck({
      id: 'li2019.linearisation.window-end',
      kind: 'empirical',
      name: `overfitting onset: max/min of (GD window end ${gdWindow.end}, linearised window end ${linWindow.end}) ≤ ${endRatio}`,
      source: `${PAPER}, early stopping (Thm 2.2): when GD starts fitting the noise, predicted from the spectrum of J0J0ᵀ`,
      hypotheses: [
        stable,
        hypothesis('both windows close before the last recorded step: later end', Math.max(gdWindow.end, linWindow.end), '<', lastStep),
        hypothesis('windows start before they end (GD)', gdWindow.end, '>', 0),
      ],
      lhs: Math.max(gdWindow.end, linWindow.end) / Math.max(Math.min(gdWindow.end, linWindow.end), 1e-300),
      relation: '<=',
      rhs: endRatio,
      threshold: `a factor ${endRatio}: a few steps of the recorded geometric grid (our choice); a GD run at twice the model's step ends its window about twice as early`,
      seeds: 1,
      details: { 'GD window end': gdWindow.end, 'linearised window end': linWindow.end },
    }),
  ];
}
