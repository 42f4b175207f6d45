import { Matrix } from 'ml-matrix';
import { ValidationError } from '../../core/errors';
import { fromFlat, toFlat } from '../../linalg/flat';
import { DivergenceError, frobeniusDistance } from '../../train/gd';
import { TwoLayerNet } from '../../models/twoLayerNet';
import { GroupSubspace } from '../../jacobian/subspaces';
import { finiteVector, inRange, integer, nonNegativeNumber, positiveNumber } from '../../core/validate';

/**
 * Self-labeling refinery on the theory network (Zhou et al. 2021 §1.7, §4.3): GD on L_t(W) = ½‖ỹ^t − f(W, X)‖² with the refined
 * label ỹ^t = (1 − α_t)·y + α_t·p^t held fixed during the step (stop-gradient), where the prediction p^t is
 * - `own`: f(W_t, x_i), the query's own prediction (what every proof analyses; it is exactly GD on y with step η(1 − α_t));
 * - `positive`: f(W_t, x̃_i^t) on a positive crop of the same center (the method as run; fresh crops each step);
 * - `clusterMean`: the mean of f(W_t, ·) over the query's cluster (the "expected positive");
 * - `none`: plain GD on y (α ignored).
 */
export const REFINERIES = ['none', 'own', 'positive', 'clusterMean'] as const;
export type Refinery = (typeof REFINERIES)[number];

export interface RefineryState {
  step: number;
  /** f(W_t, X). Read-only. */
  predictions: Float64Array;
  /** ỹ^t used for the update of step t (equals y for `none`). Read-only. */
  refined: Float64Array;
  /** p^t: the predictions mixed into ỹ^t (f on the positives, own predictions or cluster means). Read-only. */
  mixed: Float64Array;
  alpha: number;
  /** ½‖ỹ^t − f‖². */
  loss: number;
  weights(): Matrix;
  distanceFromInit(): number;
  predict(X: Matrix): Float64Array;
}

export interface RefineryOptions {
  net: TwoLayerNet;
  X: Matrix;
  /** Observed (possibly corrupted) labels y. */
  labels: ArrayLike<number>;
  initialWeights: Matrix;
  stepSize: number;
  steps: number;
  refinery: Refinery;
  /** α_t ∈ [0, 1): a constant or a schedule t ↦ α_t. Required unless refinery is `none`. */
  alpha?: number | ((t: number) => number);
  /** `positive`: the positive crop of every training point at step t, rows in the order of X. */
  positives?: (t: number) => Matrix;
  /** `clusterMean`: cluster index of every training point. */
  cluster?: ArrayLike<number>;
  onStep?: (state: RefineryState) => void;
  /** Stop after this step's callback when it returns true (e.g. once converged). */
  stopWhen?: (state: RefineryState) => boolean;
}

export function refineryGradientDescent(o: RefineryOptions): { weights: Matrix; stepsRun: number } {
  const { net, X } = o;
  net.checkWeights(o.initialWeights, 'initialWeights');
  net.checkInputs(X, 'X');
  const n = X.rows;
  finiteVector(o.labels, 'labels', n);
  positiveNumber(o.stepSize, 'stepSize');
  integer(o.steps, 'steps', 0);
  if (!REFINERIES.includes(o.refinery)) throw new ValidationError('refinery', `unknown refinery "${o.refinery}"; known: ${REFINERIES.join(', ')}`);
  if (o.refinery !== 'none' && o.alpha === undefined) throw new ValidationError('alpha', `the ${o.refinery} refinery needs α`);
  if (o.refinery === 'positive' && o.positives === undefined) throw new ValidationError('positives', 'the positive refinery needs a positive-crop sampler');
  const groups = o.refinery === 'clusterMean' ? clusterGroups(o.cluster, n) : undefined;
  const alphaAt = (t: number) => {
    if (o.refinery === 'none') return 0;
    const a = typeof o.alpha === 'function' ? o.alpha(t) : (o.alpha as number);
    return inRange(a, `alpha(${t})`, 0, 1, { maxOpen: true });
  };
  const { k, d } = net;
  const Xf = toFlat(X);
  const W0 = toFlat(o.initialWeights);
  const f = new Float64Array(n);
  const residual = new Float64Array(n);
  const y = Float64Array.from(o.labels);
  let stepsRun = 0;
  const pass = net.trainingPass(Xf, n);
  const W = pass.weights; // updated in place by pass.descend
  W.set(W0);
  try {
    for (let t = 0; t <= o.steps; t++) {
      pass.forward(f);
      const alpha = alphaAt(t);
      let mixed: Float64Array;
      if (o.refinery === 'positive') {
        const P = (o.positives as (t: number) => Matrix)(t);
        if (P.rows !== n || P.columns !== d) throw new ValidationError('positives', `expected ${n}×${d} crops at step ${t}, got ${P.rows}×${P.columns}`);
        mixed = new Float64Array(n);
        net.forwardFlat(W, toFlat(P), n, mixed, null);
      } else if (o.refinery === 'clusterMean') {
        mixed = (groups as GroupSubspace).project(f);
      } else {
        mixed = o.refinery === 'own' ? Float64Array.from(f) : Float64Array.from(y);
      }
      const refined = Float64Array.from(y, (yi, i) => (1 - alpha) * yi + alpha * mixed[i]);
      let loss = 0;
      for (let i = 0; i < n; i++) {
        residual[i] = f[i] - refined[i];
        loss += 0.5 * residual[i] ** 2;
      }
      if (!Number.isFinite(loss)) throw new DivergenceError(t, loss, o.stepSize);
      stepsRun = t;
      const state: RefineryState = {
        step: t,
        predictions: f,
        refined,
        mixed,
        alpha,
        loss,
        weights: () => fromFlat(W, k, d),
        distanceFromInit: () => frobeniusDistance(W, W0),
        predict: (inputs) => net.predict(fromFlat(W, k, d), inputs),
      };
      o.onStep?.(state);
      if (t === o.steps || o.stopWhen?.(state)) break;
      pass.descend(residual, o.stepSize); // ∇ of ½‖f − ỹ‖² with ỹ held fixed
    }
    return { weights: fromFlat(W, k, d), stepsRun };
  } finally {
    pass.release();
  }
}

function clusterGroups(cluster: ArrayLike<number> | undefined, n: number): GroupSubspace {
  if (cluster === undefined) throw new ValidationError('cluster', 'the clusterMean refinery needs the cluster index of every point');
  if (cluster.length !== n) throw new ValidationError('cluster', `expected ${n} cluster indices, got ${cluster.length}`);
  return new GroupSubspace(Int32Array.from(cluster));
}

/** α_t = α0 + (α1 − α0)(1 − cos(πt/T))/2: the scalar analogue of the paper's cosine μ ramp (Zhou et al. 2021 §4.3). */
export function cosineRamp(from: number, to: number, total: number): (t: number) => number {
  integer(total, 'total', 1);
  return (t) => from + ((to - from) * (1 - Math.cos((Math.PI * Math.min(t, total)) / total))) / 2;
}

/** The paper's μ_t = m2 − (m2 − m1)(cos(πt/T) + 1)/2 (§4.1): μ_0 = m1, μ_T = m2. */
export function muSchedule(m1: number, m2: number, total: number): (t: number) => number {
  nonNegativeNumber(m1, 'm1');
  nonNegativeNumber(m2, 'm2');
  integer(total, 'total', 1);
  return (t) => m2 - ((m2 - m1) * (Math.cos((Math.PI * Math.min(t, total)) / total) + 1)) / 2;
}

/**
 * The α above which every refined label of a corrupted ±1-labelled point keeps its true sign once f has reached the
 * cluster mean of the noisy labels (ε = 0 own prediction, or the positive refinery's fixed point): α > δ/(2(δ − 2ρ)),
 * i.e. 1/(2(1 − ρ)) for ±1 labels (an erratum of Zhou et al. 2021, Theorem 2 (1′): the paper's 1 − 3δ/4 is not sufficient).
 */
export function refinedRecoveryThreshold(rho: number, delta = 2): number {
  inRange(rho, 'rho', 0, 0.5, { maxOpen: true });
  positiveNumber(delta, 'delta');
  if (2 * rho >= delta) throw new ValidationError('rho', `needs 2ρ < δ, got ρ = ${rho}, δ = ${delta}`);
  return delta / (2 * (delta - 2 * rho));
}

/** The paper's sufficient condition of Thm 2 (1′) as printed: α_t ≥ 1 − 3δ/4 (with ρ ≤ δ/32). */
export function paperRecoveryCondition(delta: number): number {
  positiveNumber(delta, 'delta');
  return 1 - (3 * delta) / 4;
}

/** W_t, W_{t+1}, f and ỹ at both: one GD step of a refinery run, for Lemma 3's residual recursion. */
export interface RecordedRefineryStep {
  step: number;
  weights: Matrix;
  nextWeights: Matrix;
  predictions: Float64Array;
  nextPredictions: Float64Array;
  refined: Float64Array;
  nextRefined: Float64Array;
}

/** An onStep callback that keeps the steps t ∈ `at` together with step t + 1 (copies: the run reuses its buffers). */
export function stepRecorder(at: readonly number[]): { onStep: (state: RefineryState) => void; steps: RecordedRefineryStep[] } {
  const wanted = new Set(at);
  const steps: RecordedRefineryStep[] = [];
  let pending: { step: number; weights: Matrix; predictions: Float64Array; refined: Float64Array } | undefined;
  return {
    steps,
    onStep: (s) => {
      if (pending !== undefined && s.step === pending.step + 1) {
        steps.push({ ...pending, nextWeights: s.weights(), nextPredictions: Float64Array.from(s.predictions), nextRefined: Float64Array.from(s.refined) });
        pending = undefined;
      }
      if (wanted.has(s.step))
        pending = { step: s.step, weights: s.weights(), predictions: Float64Array.from(s.predictions), refined: Float64Array.from(s.refined) };
    },
  };
}
