import { Matrix } from 'ml-matrix';
import { ValidationError } from '../core/errors';
import { Rng } from '../core/random';
import { integer, inRange, nonNegativeNumber, finiteMatrix } from '../core/validate';

/**
 * How inputs are placed around their center c (all satisfy ‖x − c‖ ≤ ε0):
 * - `center`: x = c (the perfectly clustered case ε0 = 0 of Thm 2.3);
 * - `sphere`: x = c + ε0·u, u uniform on the unit sphere (Li et al. 2019 Fig. 6; inputs are NOT unit-norm);
 * - `ball`: x = c + ε0·r·u with r = U^{1/d}, uniform in the ball (not unit-norm);
 * - `unitSphere`: x = cos θ·c + sin θ·u⊥ with ‖x − c‖ = 2 sin(θ/2) = ε0 exactly and ‖x‖ = 1 (Def. 1.1's unit inputs).
 */
export const INPUT_MODES = ['center', 'sphere', 'ball', 'unitSphere'] as const;
export type InputMode = (typeof INPUT_MODES)[number];

export interface ClusterableSpec {
  /** Input dimension d (ignored when `centers` is given). */
  d?: number;
  /** Number of clusters K (ignored when `centers` is given); centers are then uniform on the unit sphere. */
  clusters?: number;
  /** Explicit K×d unit-norm, distinct centers. */
  centers?: Matrix | number[][];
  /** Points per cluster: one number for all clusters, or one per cluster. */
  perCluster: number | number[];
  /** Class labels α_1..α_K̄ in [−1, 1], distinct (δ = min |α_r − α_s|). */
  classLabels: number[];
  /** Class index of each cluster; default ℓ mod K̄. */
  clusterClasses?: number[];
  /** Input noise radius ε0 ≥ 0. */
  epsilon0: number;
  /** Placement of inputs around centers; default `unitSphere` (or `center` when ε0 = 0). */
  inputs?: InputMode;
}

/** An (ε0, δ) clusterable dataset of Def. 1.1, points stored cluster by cluster. */
export interface ClusterableData {
  readonly centers: Matrix;
  readonly X: Matrix;
  /** Cluster index of each point. */
  readonly cluster: Int32Array;
  readonly clusterSizes: readonly number[];
  readonly classLabels: readonly number[];
  /** Class index of each cluster. */
  readonly clusterClasses: Int32Array;
  /** Ground-truth class index of each point. */
  readonly trueClass: Int32Array;
  /** Ground-truth labels ỹ_i = α_{class}. */
  readonly trueLabels: Float64Array;
  readonly epsilon0: number;
  readonly inputs: InputMode;
  /** Class separation δ = min_{r≠s} |α_r − α_s|. */
  readonly delta: number;
}

const UNIT_TOLERANCE = 1e-9;

function centersFrom(spec: ClusterableSpec, rng: Rng): Matrix {
  if (spec.centers !== undefined) {
    const C = spec.centers instanceof Matrix ? spec.centers.clone() : toMatrix(spec.centers, 'centers');
    finiteMatrix(C, 'centers');
    if (C.rows < 1) throw new ValidationError('centers', 'expected at least one center');
    for (let l = 0; l < C.rows; l++) {
      const norm = C.getRowVector(l).norm();
      if (Math.abs(norm - 1) > UNIT_TOLERANCE) {
        throw new ValidationError(`centers[${l}]`, `Def. 1.1 needs unit-norm centers, got norm ${norm}`);
      }
    }
    return C;
  }
  const K = integer(spec.clusters, 'clusters', 1);
  const d = integer(spec.d, 'd', 1);
  const C = new Matrix(K, d);
  for (let l = 0; l < K; l++) C.setRow(l, Array.from(rng.unitSphere(d)));
  return C;
}

export function toMatrix(rows: unknown, field: string): Matrix {
  if (!Array.isArray(rows) || rows.length === 0) throw new ValidationError(field, 'expected a non-empty array of rows');
  const width = Array.isArray(rows[0]) ? rows[0].length : -1;
  rows.forEach((row, i) => {
    if (!Array.isArray(row)) throw new ValidationError(`${field}[${i}]`, 'expected an array of numbers');
    if (row.length !== width) throw new ValidationError(`${field}[${i}]`, `ragged rows: expected ${width} entries, got ${row.length}`);
    row.forEach((x, j) => {
      if (typeof x !== 'number' || !Number.isFinite(x)) throw new ValidationError(`${field}[${i}][${j}]`, `expected a finite number, got ${JSON.stringify(x)}`);
    });
  });
  if (width === 0) throw new ValidationError(`${field}[0]`, 'rows must not be empty');
  return new Matrix(rows as number[][]);
}

function checkDistinct(C: Matrix): void {
  for (let a = 0; a < C.rows; a++) {
    for (let b = a + 1; b < C.rows; b++) {
      let dist2 = 0;
      for (let j = 0; j < C.columns; j++) dist2 += (C.get(a, j) - C.get(b, j)) ** 2;
      if (dist2 === 0) throw new ValidationError(`centers[${b}]`, `coincides with centers[${a}]; Def. 1.1 needs distinct centers`);
    }
  }
}

function classSeparation(labels: number[]): number {
  let delta = Infinity;
  for (let r = 0; r < labels.length; r++) for (let s = r + 1; s < labels.length; s++) delta = Math.min(delta, Math.abs(labels[r] - labels[s]));
  return delta;
}

/** Places one input around center c according to `mode` (see INPUT_MODES). */
function placeInput(c: Float64Array, epsilon0: number, mode: InputMode, rng: Rng): Float64Array {
  const d = c.length;
  const x = new Float64Array(c);
  if (mode === 'center' || epsilon0 === 0) return x;
  if (mode === 'sphere' || mode === 'ball') {
    const u = rng.unitSphere(d);
    const radius = mode === 'sphere' ? epsilon0 : epsilon0 * Math.pow(rng.uniform(), 1 / d);
    for (let j = 0; j < d; j++) x[j] += radius * u[j];
    return x;
  }
  // unitSphere: rotate c towards a random direction orthogonal to it by the angle giving chord length ε0.
  const u = rng.unitSphere(d);
  let dot = 0;
  for (let j = 0; j < d; j++) dot += u[j] * c[j];
  let norm = 0;
  for (let j = 0; j < d; j++) {
    u[j] -= dot * c[j];
    norm += u[j] * u[j];
  }
  norm = Math.sqrt(norm);
  if (norm < 1e-12) return placeInput(c, epsilon0, mode, rng); // u was parallel to c: redraw (probability 0)
  const theta = 2 * Math.asin(epsilon0 / 2);
  for (let j = 0; j < d; j++) x[j] = Math.cos(theta) * c[j] + Math.sin(theta) * (u[j] / norm);
  return x;
}

/** Draws fresh inputs from the clusters of `centers` (used for training sets and held-out sets alike). */
export function sampleInputs(centers: Matrix, sizes: readonly number[], epsilon0: number, mode: InputMode, rng: Rng): { X: Matrix; cluster: Int32Array } {
  const n = sizes.reduce((a, b) => a + b, 0);
  const X = new Matrix(n, centers.columns);
  const cluster = new Int32Array(n);
  let i = 0;
  for (let l = 0; l < centers.rows; l++) {
    const c = Float64Array.from(centers.getRow(l));
    for (let m = 0; m < sizes[l]; m++, i++) {
      X.setRow(i, Array.from(placeInput(c, epsilon0, mode, rng)));
      cluster[i] = l;
    }
  }
  return { X, cluster };
}

function clusterSizesFrom(perCluster: number | number[], K: number): number[] {
  if (Array.isArray(perCluster)) {
    if (perCluster.length !== K) throw new ValidationError('perCluster', `expected ${K} sizes (one per cluster), got ${perCluster.length}`);
    return perCluster.map((m, l) => integer(m, `perCluster[${l}]`, 1));
  }
  const m = integer(perCluster, 'perCluster', 1);
  return new Array<number>(K).fill(m);
}

/** Builds an (ε0, δ) clusterable dataset (Def. 1.1) with validated parameters. */
export function makeClusterable(spec: ClusterableSpec, rng: Rng): ClusterableData {
  const epsilon0 = nonNegativeNumber(spec.epsilon0, 'epsilon0');
  const inputs: InputMode = spec.inputs ?? (epsilon0 === 0 ? 'center' : 'unitSphere');
  if (!INPUT_MODES.includes(inputs)) throw new ValidationError('inputs', `unknown input mode "${inputs}"; known: ${INPUT_MODES.join(', ')}`);
  if (inputs === 'unitSphere' && epsilon0 > 2)
    throw new ValidationError('epsilon0', `unitSphere inputs need epsilon0 <= 2 (a chord of the unit sphere), got ${epsilon0}`);
  if (!Array.isArray(spec.classLabels) || spec.classLabels.length < 2) throw new ValidationError('classLabels', 'expected at least two class labels');
  const classLabels = spec.classLabels.map((a, r) => inRange(a, `classLabels[${r}]`, -1, 1));
  const delta = classSeparation(classLabels);
  if (delta === 0) throw new ValidationError('classLabels', 'class labels must be distinct (separation δ > 0)');

  const centers = centersFrom(spec, rng.fork('centers'));
  checkDistinct(centers);
  const K = centers.rows;
  const clusterSizes = clusterSizesFrom(spec.perCluster, K);
  const classes = spec.clusterClasses ?? Array.from({ length: K }, (_, l) => l % classLabels.length);
  if (classes.length !== K) throw new ValidationError('clusterClasses', `expected ${K} entries (one per cluster), got ${classes.length}`);
  const clusterClasses = Int32Array.from(classes, (c, l) => {
    integer(c, `clusterClasses[${l}]`, 0);
    if (c >= classLabels.length) throw new ValidationError(`clusterClasses[${l}]`, `class index ${c} out of range (there are ${classLabels.length} classes)`);
    return c;
  });

  return drawPoints({ centers, clusterSizes, classLabels, clusterClasses, epsilon0, inputs, delta }, rng.fork('inputs'));
}

type ClusterModel = Omit<ClusterableData, 'X' | 'cluster' | 'trueClass' | 'trueLabels'>;

function drawPoints(model: ClusterModel, rng: Rng): ClusterableData {
  const { X, cluster } = sampleInputs(model.centers, model.clusterSizes, model.epsilon0, model.inputs, rng);
  const trueClass = Int32Array.from(cluster, (l) => model.clusterClasses[l]);
  const trueLabels = Float64Array.from(trueClass, (c) => model.classLabels[c]);
  return { ...model, X, cluster, trueClass, trueLabels };
}

/** A fresh dataset from the same model (centers, classes, ε0, input mode): held-out and test sets. */
export function resampleClusterable(data: ClusterableData, perCluster: number | number[], rng: Rng): ClusterableData {
  const clusterSizes = clusterSizesFrom(perCluster, data.centers.rows);
  const { centers, classLabels, clusterClasses, epsilon0, inputs, delta } = data;
  return drawPoints({ centers, clusterSizes, classLabels, clusterClasses, epsilon0, inputs, delta }, rng);
}
