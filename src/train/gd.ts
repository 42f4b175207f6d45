import { Matrix } from 'ml-matrix';
import { classificationError } from '../models/decision';
import { ValidationError } from '../core/errors';
import { toFlat, fromFlat } from '../linalg/flat';
import { Loss } from '../models/losses';
import { TwoLayerNet } from '../models/twoLayerNet';
import { integer, nonNegativeNumber, positiveNumber } from '../core/validate';

/** What trackers, early-stopping rules and callbacks see after the forward pass of step t (before update t+1). */
export interface StepState {
  /** Number of GD updates applied so far (0 = initialisation). */
  readonly step: number;
  /** Predictions f(W_t, x_i) on the training inputs. Read-only. */
  readonly predictions: Float64Array;
  /** Training loss L(W_t). */
  readonly loss: number;
  /**
   * W_t as a row-major k×d array. Read-only, and only for the duration of the callback: GD keeps updating it in place,
   * and its memory (kernel memory on the wasm backend) is handed back when the run ends. Keep a copy with weights().
   */
  readonly weightsView: Float64Array;
  /** ‖W_t − W0‖_F (computed once per step on demand). */
  distanceFromInit(): number;
  /** A copy of W_t. */
  weights(): Matrix;
  /** Predictions of W_t on other inputs (e.g. a held-out set). */
  predict(X: Matrix): Float64Array;
}

/** A named scalar measured at every recorded step. */
export interface Tracker {
  readonly name: string;
  measure(state: StepState): number;
}

export function lossTracker(name = 'loss'): Tracker {
  return { name, measure: (s) => s.loss };
}

export function distanceTracker(name = 'distance'): Tracker {
  return { name, measure: (s) => s.distanceFromInit() };
}

/** Training classification error against the given class indices (noisy labels, or the ground truth). */
export function errorTracker(name: string, classLabels: readonly number[], classes: ArrayLike<number>): Tracker {
  return { name, measure: (s) => classificationError(s.predictions, classLabels, classes) };
}

/** Classification error on another set of inputs, e.g. a held-out or test set. */
export function inputsErrorTracker(name: string, X: Matrix, classLabels: readonly number[], classes: ArrayLike<number>): Tracker {
  return { name, measure: (s) => classificationError(s.predict(X), classLabels, classes) };
}

/**
 * - `fixed`: keep W at the given step (e.g. 80 in Li et al. 2019 Fig. 6);
 * - `heldOut`: keep W with the lowest held-out classification error (earliest on ties); with `patience`,
 *   stop looking after that many steps without improvement.
 * With `halt`, training ends at the stopping step instead of running all `steps`.
 */
export type EarlyStoppingRule =
  | { rule: 'fixed'; step: number; halt?: boolean }
  | { rule: 'heldOut'; X: Matrix; classes: ArrayLike<number>; classLabels: readonly number[]; patience?: number; halt?: boolean };

export interface EarlyStop {
  rule: 'fixed' | 'heldOut';
  step: number;
  weights: Matrix;
  /** Held-out error at the chosen step (heldOut rule only). */
  heldOutError?: number;
}

export interface Progress {
  step: number;
  steps: number;
  loss: number;
}

/** What every gradient-descent solver needs: the network, data, loss, W0, a constant step and a step budget. */
export interface GdProblem {
  net: TwoLayerNet;
  X: Matrix;
  labels: ArrayLike<number>;
  loss: Loss;
  initialWeights: Matrix;
  stepSize: number;
  steps: number;
  /** Stop as soon as the loss is at or below this value (training to interpolation). */
  lossTolerance?: number;
  /**
   * Stop with a DivergenceError as soon as the loss exceeds this factor times its initial value (and 1), instead
   * of running on until it overflows. Default Infinity (only a non-finite loss stops the run); the experiments
   * use DEFAULT_DIVERGENCE_FACTOR.
   */
  divergenceFactor?: number;
}

export interface GdOptions extends GdProblem {
  trackers?: Tracker[];
  /** Record trackers every this many steps (the last step is always recorded). Default 1. */
  recordEvery?: number;
  /** Further steps to record whatever recordEvery says (e.g. the checkpoints a report prints). */
  recordAt?: number[];
  /** Steps at which to keep every sample's loss (for clean-vs-corrupted histograms). */
  perSampleLossAt?: number[];
  earlyStopping?: EarlyStoppingRule;
  onProgress?: (progress: Progress) => void;
  /** Call onProgress every this many steps. Default: about 100 calls per run. */
  progressEvery?: number;
}

export interface Trajectory {
  step: number[];
  values: Record<string, number[]>;
}

export interface GdResult {
  /** W after the last step run. */
  weights: Matrix;
  stepsRun: number;
  trajectory: Trajectory;
  perSampleLoss: { step: number; values: Float64Array }[];
  earlyStop?: EarlyStop;
}

/** Growth of the loss over its initial value that the experiments (labelnoise gd, spectrum) treat as divergence. */
export const DEFAULT_DIVERGENCE_FACTOR = 1e6;

/**
 * Thrown when the loss blows up: it stops being finite, or grows by more than the divergence factor over its
 * initial value (the step size is too large for this problem). At step 0 (loss already infinite at the initial
 * weights) the step size is not the cause: the message says so and blames the initial weights or inputs.
 */
export class DivergenceError extends Error {
  constructor(
    readonly step: number,
    readonly loss: number,
    readonly stepSize: number,
    readonly initialLoss?: number,
  ) {
    super(
      step === 0
        ? `the loss is ${loss} at the initial weights, before any step: the initial weights (initScale) or the inputs are too large for double precision; the step size is not the cause`
        : initialLoss !== undefined && Number.isFinite(loss)
          ? `gradient descent diverged at step ${step}: the loss grew from ${initialLoss.toPrecision(4)} to ${loss.toPrecision(4)} (${(loss / initialLoss).toExponential(1)}×) with step size ${stepSize}; use a smaller step size`
          : `gradient descent diverged at step ${step} (loss = ${loss}) with step size ${stepSize}; use a smaller step size`,
    );
    this.name = 'DivergenceError';
  }
}

/** Validates the part every solver shares; each error names its field. */
export function checkProblem(o: GdProblem): void {
  o.net.checkWeights(o.initialWeights, 'initialWeights');
  o.net.checkInputs(o.X, 'X');
  if (o.labels.length !== o.X.rows) throw new ValidationError('labels', `expected ${o.X.rows} labels (one per row of X), got ${o.labels.length}`);
  o.loss.checkLabels(o.labels, 'labels');
  positiveNumber(o.stepSize, 'stepSize');
  integer(o.steps, 'steps', 0);
  if (o.lossTolerance !== undefined) nonNegativeNumber(o.lossTolerance, 'lossTolerance');
  if (o.divergenceFactor !== undefined && !(typeof o.divergenceFactor === 'number' && o.divergenceFactor > 1)) {
    throw new ValidationError('divergenceFactor', `expected a number > 1 (or Infinity), got ${o.divergenceFactor}`);
  }
}

function checkOptions(o: GdOptions): void {
  checkProblem(o);
  if (o.recordEvery !== undefined) integer(o.recordEvery, 'recordEvery', 1);
  if (o.progressEvery !== undefined) integer(o.progressEvery, 'progressEvery', 1);
  for (const key of ['perSampleLossAt', 'recordAt'] as const) {
    (o[key] ?? []).forEach((t, i) => {
      integer(t, `${key}[${i}]`, 0);
      if (t > o.steps) throw new ValidationError(`${key}[${i}]`, `step ${t} is beyond the last step ${o.steps}`);
    });
  }
  const names = new Set<string>();
  for (const t of o.trackers ?? []) {
    if (names.has(t.name)) throw new ValidationError('trackers', `two trackers are named "${t.name}"`);
    names.add(t.name);
  }
  const es = o.earlyStopping;
  if (es?.rule === 'fixed') {
    integer(es.step, 'earlyStopping.step', 0);
    if (es.step > o.steps) throw new ValidationError('earlyStopping.step', `step ${es.step} is beyond the last step ${o.steps}`);
  } else if (es?.rule === 'heldOut') {
    o.net.checkInputs(es.X, 'earlyStopping.X');
    if (es.classes.length !== es.X.rows) throw new ValidationError('earlyStopping.classes', `expected ${es.X.rows} class indices, got ${es.classes.length}`);
    if (es.patience !== undefined) integer(es.patience, 'earlyStopping.patience', 1);
  } else if (es !== undefined) {
    throw new ValidationError('earlyStopping.rule', `unknown rule "${(es as { rule: unknown }).rule}"; known: fixed, heldOut`);
  }
}

/** Full-batch gradient descent W ← W − η∇L(W) with constant step (Li et al. 2019 eq. 1.4), v fixed. */
export function gradientDescent(options: GdOptions): GdResult {
  checkOptions(options);
  const { net, X, labels, loss, stepSize, steps } = options;
  const trackers = options.trackers ?? [];
  const recordEvery = options.recordEvery ?? 1;
  const progressEvery = options.progressEvery ?? Math.max(1, Math.floor(steps / 100));
  const snapshotSteps = new Set(options.perSampleLossAt ?? []);
  const extraRecords = new Set(options.recordAt ?? []);
  const es = options.earlyStopping;

  const n = X.rows;
  const { k, d } = net;
  const Xf = toFlat(X);
  const W0 = toFlat(options.initialWeights);
  const f = new Float64Array(n);
  const dLdf = new Float64Array(n);

  const trajectory: Trajectory = { step: [], values: Object.fromEntries(trackers.map((t) => [t.name, [] as number[]])) };
  const perSampleLoss: GdResult['perSampleLoss'] = [];
  let earlyStop: EarlyStop | undefined;
  let bestStep = -1;
  let stepsRun = 0;
  let initialLoss: number | undefined;
  const divergenceFactor = options.divergenceFactor ?? Infinity;

  const pass = net.trainingPass(Xf, n);
  const W = pass.weights; // updated in place by pass.descend
  W.set(W0);
  try {
    for (let t = 0; t <= steps; t++) {
      pass.forward(f);
      const lossValue = loss.value(f, labels);
      if (!Number.isFinite(lossValue)) throw new DivergenceError(t, lossValue, stepSize, initialLoss);
      if (t === 0) initialLoss = lossValue;
      else if (lossValue > 1 && lossValue > divergenceFactor * (initialLoss as number)) throw new DivergenceError(t, lossValue, stepSize, initialLoss);
      let distance: number | undefined;
      const state: StepState = {
        step: t,
        predictions: f,
        loss: lossValue,
        weightsView: W,
        distanceFromInit: () => (distance ??= frobeniusDistance(W, W0)),
        weights: () => fromFlat(W, k, d),
        predict: (inputs: Matrix) => {
          net.checkInputs(inputs, 'inputs');
          const out = new Float64Array(inputs.rows);
          net.forwardFlat(W, toFlat(inputs), inputs.rows, out, null);
          return out;
        },
      };
      stepsRun = t;

      const converged = options.lossTolerance !== undefined && lossValue <= options.lossTolerance;
      if (t % recordEvery === 0 || t === steps || extraRecords.has(t) || converged) {
        trajectory.step.push(t);
        for (const tracker of trackers) trajectory.values[tracker.name].push(tracker.measure(state));
      }
      if (snapshotSteps.has(t)) perSampleLoss.push({ step: t, values: loss.perSample(f, labels) });
      if (options.onProgress && (t % progressEvery === 0 || t === steps || converged)) options.onProgress({ step: t, steps, loss: lossValue });

      let halt = false;
      if (es?.rule === 'fixed' && t === es.step) {
        earlyStop = { rule: 'fixed', step: t, weights: state.weights() };
        halt = es.halt === true;
      } else if (es?.rule === 'heldOut' && (es.patience === undefined || bestStep < 0 || t - bestStep <= es.patience)) {
        const error = classificationError(state.predict(es.X), es.classLabels, es.classes);
        if (earlyStop === undefined || error < (earlyStop.heldOutError as number)) {
          earlyStop = { rule: 'heldOut', step: t, weights: state.weights(), heldOutError: error };
          bestStep = t;
        }
        halt = es.halt === true && es.patience !== undefined && t - bestStep >= es.patience;
      }
      if (halt || converged || t === steps) break;

      loss.gradient(f, labels, dLdf);
      pass.descend(dLdf, stepSize);
    }
    return { weights: fromFlat(W, k, d), stepsRun, trajectory, perSampleLoss, earlyStop };
  } finally {
    pass.release();
  }
}

/** ‖a − b‖ of two flat weight arrays (‖W_t − W0‖_F). */
export function frobeniusDistance(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let p = 0; p < a.length; p++) s += (a[p] - b[p]) ** 2;
  return Math.sqrt(s);
}
