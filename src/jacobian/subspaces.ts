import { Matrix } from 'ml-matrix';
import { symmetricEigenvalues } from '../linalg/dense';
import { ValidationError } from '../core/errors';
import { LinearOperator } from '../linalg/linearOperator';
import { JacobianOperator } from './operator';
import { topSingularTriplets } from '../linalg/spectrum';

/**
 * The signal subspace S+ ⊂ R^rows of vectors constant on each group of rows (Li et al. 2019 Def. 6.5: the groups
 * are the clusters), and its complement S−. Π_{S+} replaces each entry by its group mean.
 */
export class GroupSubspace {
  readonly sizes: number[];

  constructor(readonly groups: Int32Array) {
    const count = groups.reduce((m, g) => Math.max(m, g + 1), 0);
    this.sizes = new Array<number>(count).fill(0);
    groups.forEach((g, r) => {
      if (!Number.isInteger(g) || g < 0) throw new ValidationError(`groups[${r}]`, `expected a non-negative group index, got ${g}`);
      this.sizes[g]++;
    });
    // Empty groups would make the basis singular; renumbering keeps the dimension honest.
    if (this.sizes.some((s) => s === 0)) throw new ValidationError('groups', 'group indices must be 0..G−1 with no empty group');
  }

  get dimension(): number {
    return this.sizes.length;
  }

  /** Π_{S+} y: the group mean of y at every row. */
  project(y: ArrayLike<number>): Float64Array {
    if (y.length !== this.groups.length) throw new ValidationError('y', `expected length ${this.groups.length}, got ${y.length}`);
    const sums = new Float64Array(this.dimension);
    this.groups.forEach((g, r) => (sums[g] += y[r]));
    return Float64Array.from(this.groups, (g) => sums[g] / this.sizes[g]);
  }

  /** Π_{S−} y = y − Π_{S+} y. */
  projectComplement(y: ArrayLike<number>): Float64Array {
    const p = this.project(y);
    return Float64Array.from(p, (pi, r) => y[r] - pi);
  }

  /** Orthonormal basis M·diag(n_g^{−1/2}) of S+ (rows × G). */
  basis(): Matrix {
    const B = new Matrix(this.groups.length, this.dimension);
    this.groups.forEach((g, r) => B.set(r, g, 1 / Math.sqrt(this.sizes[g])));
    return B;
  }

  /** The tight diffusedness constant of Def. 3.1: ‖v‖∞ ≤ √(γ/rows)·‖v‖ on S+ with γ = rows / min group size. */
  diffusedness(): number {
    return this.groups.length / Math.min(...this.sizes);
  }
}

/** S+ by cluster of the sample (scalar network: Li et al. 2019 Def. 6.5). */
export function clusterSubspace(cluster: ArrayLike<number>): GroupSubspace {
  return new GroupSubspace(Int32Array.from(cluster));
}

/**
 * S+ for the rows of a (multi-output) Jacobian: rows are grouped by (cluster of their sample, output), so
 * with ε0 = 0 rows of a group are identical and rank J ≤ dimension of S+. For one output this is clusterSubspace.
 */
export function jacobianRowSubspace(op: JacobianOperator, cluster: ArrayLike<number>): GroupSubspace {
  if (cluster.length !== op.n) throw new ValidationError('cluster', `expected ${op.n} cluster indices (one per sample), got ${cluster.length}`);
  const outputs = op.rowOutput.reduce((m, o) => Math.max(m, o + 1), 0);
  const raw = Int32Array.from(op.rowSample, (i, r) => cluster[i] * outputs + op.rowOutput[r]);
  // renumber the (cluster, output) pairs that occur to 0..G−1
  const ids = new Map<number, number>();
  return new GroupSubspace(Int32Array.from(raw, (g) => ids.get(g) ?? (ids.set(g, ids.size), ids.size - 1)));
}

export interface BimodalConstants {
  /** α = min over unit v ∈ S+ of ‖Jᵀv‖ = √λ_min(Uᵀ JJᵀ U). */
  alpha: number;
  /** β = max over unit v ∈ S+ of ‖Jᵀv‖. */
  beta: number;
  /** ε = max over unit v ∈ S− of ‖Jᵀv‖ = ‖Π_{S−} J‖. */
  epsilon: number;
  /** Diffusedness γ of S+ (Def. 3.1). */
  gamma: number;
  dimension: number;
}

/**
 * α = min and β = max of ‖Jᵀv‖ over unit v ∈ S+, i.e. the extreme singular values of UᵀJ (U an orthonormal basis
 * of S+): dim S+ VJPs and a small eigendecomposition, cheap enough to track along a GD run.
 */
export function signalBounds(op: LinearOperator, subspace: GroupSubspace): { alpha: number; beta: number } {
  if (subspace.groups.length !== op.rows) throw new ValidationError('subspace', `expected a subspace of R^${op.rows}, got R^${subspace.groups.length}`);
  const basis = subspace.basis();
  const JtU = Array.from({ length: subspace.dimension }, (_, g) => op.rmatvec(Float64Array.from(basis.getColumn(g))));
  const small = new Matrix(subspace.dimension, subspace.dimension);
  for (let a = 0; a < JtU.length; a++) {
    for (let b = a; b < JtU.length; b++) {
      let s = 0;
      for (let p = 0; p < JtU[a].length; p++) s += JtU[a][p] * JtU[b][p];
      small.set(a, b, s);
      small.set(b, a, s);
    }
  }
  const eig = symmetricEigenvalues(small); // ascending
  return { alpha: Math.sqrt(Math.max(0, eig[0])), beta: Math.sqrt(Math.max(0, eig[eig.length - 1])) };
}

/** Π·J for Π = Π_{S+} (`signal`) or Π_{S−} (`noise`), matrix-free. */
export function projectedRows(op: LinearOperator, subspace: GroupSubspace, part: 'signal' | 'noise'): LinearOperator {
  if (subspace.groups.length !== op.rows) throw new ValidationError('subspace', `expected a subspace of R^${op.rows}, got R^${subspace.groups.length}`);
  const project = (y: Float64Array) => (part === 'signal' ? subspace.project(y) : subspace.projectComplement(y));
  return { rows: op.rows, columns: op.columns, matvec: (x) => project(op.matvec(x)), rmatvec: (y) => op.rmatvec(project(y)) };
}

/** ε = max over unit v ∈ S− of ‖Jᵀv‖ = ‖Π_{S−}J‖, by Lanczos on the projected operator. */
export function noiseBound(op: LinearOperator, subspace: GroupSubspace, options: { seed?: number | string } = {}): number {
  if (subspace.dimension >= op.rows) return 0;
  return topSingularTriplets(projectedRows(op, subspace, 'noise'), 1, { seed: options.seed }).values[0];
}

/** Measured Assumption-1 constants of Li et al. 2019 (§1.6) for the Jacobian `op` and subspace S+. */
export function bimodalConstants(op: LinearOperator, subspace: GroupSubspace, options: { seed?: number | string } = {}): BimodalConstants {
  return { ...signalBounds(op, subspace), epsilon: noiseBound(op, subspace, options), gamma: subspace.diffusedness(), dimension: subspace.dimension };
}

/** E+ = ‖Π_{S+} r‖ and E− = ‖Π_{S−} r‖ (Li et al. 2019 Thm 3.3). */
export function residualEnergies(subspace: GroupSubspace, residual: ArrayLike<number>): { ePlus: number; eMinus: number } {
  const norm = (x: Float64Array) => Math.sqrt(x.reduce((s, xi) => s + xi * xi, 0));
  return { ePlus: norm(subspace.project(residual)), eMinus: norm(subspace.projectComplement(residual)) };
}
