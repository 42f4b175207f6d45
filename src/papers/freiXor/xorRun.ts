import { Matrix } from 'ml-matrix';
import { ValidationError } from '../../core/errors';
import { Rng } from '../../core/random';
import { integer, inRange, positiveNumber } from '../../core/validate';
import { toFlat, fromFlat, multiplyTransposed } from '../../linalg/flat';
import { XorData } from '../../data/xor';
import { logistic } from '../../models/losses';
import { TwoLayerNet } from '../../models/twoLayerNet';
import { gradientDescent } from '../../train/gd';

/**
 * One gradient-descent run of Frei, Chatterji & Bartlett 2022 (XOR), §2: the two-layer ReLU net with fixed balanced
 * second layer a, first layer W from N(0, ω²), logistic loss, full-batch GD with step α. `snapshots[t]` is W_t for
 * t = 0, …, T. The theory functions of `labelnoise/theory` (freiXor) take this record: what was measured, plus
 * the step size and initialisation scale the run claims to have used (they check the claim).
 */
export interface XorRun {
  data: XorData;
  /** Second-layer weights a_j (fixed). */
  a: Float64Array;
  /** W_0, W_1, …, W_T. */
  snapshots: Matrix[];
  /** The step size α the run reports. */
  alpha: number;
  /** The initialisation standard deviation ω_init the run reports. */
  omega: number;
}

/** T = 1 + 1/(4α), the paper's early-stopping time (Theorem 1), rounded to the nearest step. */
export function xorStoppingTime(alpha: number): number {
  positiveNumber(alpha, 'alpha');
  return Math.round(1 + 1 / (4 * alpha));
}

/**
 * Runs GD for `steps` steps (default T = 1 + 1/(4α)) from W_0 ~ N(0, ω²) and keeps every W_t (meant for the short
 * runs of Theorem 1, T of order 10).
 */
export function xorTrajectory(params: { data: XorData; width: number; alpha: number; omega: number; rng: Rng; steps?: number }): XorRun {
  const { data } = params;
  const width = integer(params.width, 'width', 2);
  const alpha = positiveNumber(params.alpha, 'alpha');
  const omega = positiveNumber(params.omega, 'omega');
  const steps = integer(params.steps ?? xorStoppingTime(alpha), 'steps', 1);
  const net = new TwoLayerNet({ inputDim: data.d, width: width, activation: 'relu' });
  const W0 = net.initialWeights(params.rng, omega);
  const snapshots: Matrix[] = [];
  gradientDescent({
    net,
    X: data.X,
    labels: data.labels,
    loss: logistic(),
    initialWeights: W0,
    stepSize: alpha,
    steps,
    trackers: [
      {
        name: 'snapshot',
        measure: (s) => {
          snapshots.push(s.weights());
          return 0;
        },
      },
    ],
  });
  return { data, a: Float64Array.from(net.v), snapshots, alpha, omega };
}

/**
 * The exact GD update of the paper's §2, W_{t+1} − W_t = −α∇L̂(W_t) = (α/n)·Mᵀ X with M_ij = g_i y_i a_j 1(⟨w_j, x_i⟩ > 0)
 * and g_i = −ℓ′(y_i f(x_i; W_t)) = 1/(1 + e^{y_i f_i}). Written independently of the GD engine, so that a theory
 * function can tell whether a trajectory is the one the theorem is about. Returns the update as a flat m×d array.
 */
export function xorGdUpdate(W: Matrix, X: Matrix, labels: ArrayLike<number>, a: ArrayLike<number>, alpha: number): Float64Array {
  const m = W.rows;
  const n = X.rows;
  if (X.columns !== W.columns) throw new ValidationError('X', `expected ${W.columns} columns, got ${X.columns}`);
  const z = toFlat(multiplyTransposed(X, W)); // n×m pre-activations
  const M = new Matrix(m, n); // Mᵀ, scaled by α/n
  for (let i = 0; i < n; i++) {
    let f = 0;
    for (let j = 0; j < m; j++) if (z[i * m + j] > 0) f += a[j] * z[i * m + j];
    const margin = labels[i] * f;
    const g = margin > 0 ? Math.exp(-margin) / (1 + Math.exp(-margin)) : 1 / (1 + Math.exp(margin));
    const scale = (alpha / n) * g * labels[i];
    for (let j = 0; j < m; j++) if (z[i * m + j] > 0) M.set(j, i, scale * a[j]);
  }
  return toFlat(multiplyTransposed(M, X.transpose()));
}

/**
 * Moves a fraction `rate` of cluster `cluster`'s points to the flipped label, leaving the other clusters clean: the
 * label noise concentrated in one cluster that the paper's oblivious adversary η(x) allows (§2), with overall rate
 * η = E η(x) = rate·|cluster|/n recorded in `eta`.
 */
export function concentrateXorNoise(data: XorData, cluster: number, rate: number, rng: Rng): XorData {
  inRange(integer(cluster, 'cluster', 0), 'cluster', 0, 3);
  inRange(rate, 'rate', 0, 1);
  const members = Array.from(data.cluster.keys()).filter((i) => data.cluster[i] === cluster);
  const noisy = new Uint8Array(data.X.rows);
  for (const pick of rng.choice(members.length, Math.round(rate * members.length))) noisy[members[pick]] = 1;
  const labels = Float64Array.from(data.cleanLabels, (y, i) => (noisy[i] ? -y : y));
  const flipped = noisy.reduce((s, v) => s + v, 0);
  return { ...data, labels, noisy, eta: flipped / data.X.rows };
}

/**
 * Homogeneous linear classifier x ↦ sgn⟨w, x⟩ fitted by GD on the mean logistic loss (no bias), the class the paper
 * says is "no better than random guessing" on this distribution (§1). With `bias`, a constant feature is appended
 * (a halfspace with offset), which the statement does not cover.
 */
export function fitLinearClassifier(data: XorData, options: { steps?: number; stepSize?: number; bias?: boolean } = {}): (X: Matrix) => Float64Array {
  const steps = integer(options.steps ?? 500, 'steps', 1);
  const stepSize = positiveNumber(options.stepSize ?? 1, 'stepSize');
  const bias = options.bias === true;
  const { X, labels } = data;
  const n = X.rows;
  const d = X.columns;
  const p = d + (bias ? 1 : 0);
  const w = new Float64Array(p);
  const feature = (row: ArrayLike<number>, c: number) => (c < d ? row[c] : 1);
  const rows = Array.from({ length: n }, (_, i) => X.getRow(i));
  for (let t = 0; t < steps; t++) {
    const grad = new Float64Array(p);
    for (let i = 0; i < n; i++) {
      let f = 0;
      for (let c = 0; c < p; c++) f += w[c] * feature(rows[i], c);
      const margin = labels[i] * f;
      const g = margin > 0 ? Math.exp(-margin) / (1 + Math.exp(-margin)) : 1 / (1 + Math.exp(margin));
      for (let c = 0; c < p; c++) grad[c] -= (g * labels[i] * feature(rows[i], c)) / n;
    }
    for (let c = 0; c < p; c++) w[c] -= stepSize * grad[c];
  }
  return (inputs: Matrix) =>
    Float64Array.from({ length: inputs.rows }, (_, i) => {
      let f = 0;
      for (let c = 0; c < d; c++) f += w[c] * inputs.get(i, c);
      return f + (bias ? w[d] : 0);
    });
}

/** A copy of a run whose snapshots are rebuilt from flat arrays (used to plant faults in tests and controls). */
export function mapSnapshots(run: XorRun, change: (W: Float64Array, t: number) => Float64Array): XorRun {
  const m = run.a.length;
  const d = run.data.d;
  return { ...run, snapshots: run.snapshots.map((W, t) => fromFlat(change(Float64Array.from(toFlat(W)), t), m, d)) };
}
