import { Matrix } from 'ml-matrix';
import { ValidationError } from '../core/errors';
import { LinearOperator } from './linearOperator';
import { Rng } from '../core/random';
import { inRange, integer } from '../core/validate';
import { symmetricEigenvalues, thinSvd } from './dense';
import { kernelBackend, native } from './wasm/runtime';

/**
 * All singular values of J, descending, from the eigenvalues of its Gram JJᵀ (negative round-off clipped to 0).
 * Squaring costs precision: values below ~1e-8·σ_max are round-off (√ of eigenvalue noise ≈ 1e-16·σ_max²).
 */
export function singularValuesFromGram(gram: Matrix | Float64Array, n?: number): number[] {
  const values = symmetricEigenvalues(gram, n); // LAPACK dsyevd on the blas backend, values only
  return Array.from(values, (x) => Math.sqrt(Math.max(0, x))).sort((a, b) => b - a);
}

/** How many singular values exceed `fraction` × the largest (Li et al. 2019 Table 1 uses 0.1). */
export function countAbove(values: readonly number[], fraction = 0.1): number {
  inRange(fraction, 'fraction', 0, 1);
  const top = Math.max(0, ...values);
  return values.filter((s) => s > fraction * top).length;
}

export interface SingularTriplets {
  /** Largest singular values, descending. */
  values: number[];
  /** Left singular vectors (length rows) and right ones (length columns), one per value. */
  left: Float64Array[];
  right: Float64Array[];
  /** ‖Jᵀu_i − σ_i v_i‖ for each triplet (‖Jv_i − σ_i u_i‖ is zero by construction). */
  residuals: number[];
  /** True when every residual ≤ tolerance·σ_1 (or the Krylov space became exact). */
  converged: boolean;
  /** Lanczos steps taken (= matvec and rmatvec calls). */
  steps: number;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

function norm(a: Float64Array): number {
  return Math.sqrt(dot(a, a));
}

/**
 * An orthonormal set of vectors of one length, stored one after another in one buffer, so that on the blas backend
 * the projections onto all of them are two dgemv calls (classical Gram–Schmidt, twice: CGS2).
 */
class Basis {
  private buffer: Float64Array;
  count = 0;

  constructor(
    readonly length: number,
    capacity: number,
  ) {
    this.buffer = new Float64Array(Math.max(1, capacity) * length);
  }

  push(x: Float64Array): void {
    if ((this.count + 1) * this.length > this.buffer.length) {
      const grown = new Float64Array(2 * this.buffer.length);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer.set(x, this.count * this.length);
    this.count++;
  }

  at(i: number): Float64Array {
    return this.buffer.subarray(i * this.length, (i + 1) * this.length);
  }

  /** The first `count` vectors as one row-major count×length block. */
  block(): Float64Array {
    return this.buffer.subarray(0, this.count * this.length);
  }
}

/** Removes the components along an orthonormal set, twice, which keeps orthogonality to round-off. */
function orthogonalize(x: Float64Array, basis: Basis): void {
  const count = basis.count;
  if (count === 0) return;
  if (kernelBackend() === 'blas') {
    const blas = native();
    const c = new Float64Array(count);
    for (let pass = 0; pass < 2; pass++) {
      blas.dgemv(false, count, basis.length, 1, basis.block(), basis.length, x, 0, c); // c = B·x
      blas.dgemv(true, count, basis.length, -1, basis.block(), basis.length, c, 1, x); // x −= Bᵀ·c
    }
    return;
  }
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < count; j++) {
      const b = basis.at(j);
      const c = dot(x, b);
      for (let i = 0; i < x.length; i++) x[i] -= c * b[i];
    }
  }
}

/** A unit vector orthogonal to `basis`, or null when the basis already spans the space (numerically). */
function freshDirection(length: number, basis: Basis, rng: Rng): Float64Array | null {
  for (let attempt = 0; attempt < 3; attempt++) {
    const x = rng.normalVector(length);
    const before = norm(x);
    orthogonalize(x, basis);
    const after = norm(x);
    if (after > 1e-8 * before) return x.map((xi) => xi / after);
  }
  return null;
}

/**
 * The next Lanczos vector x/‖x‖ with coefficient ‖x‖; on breakdown (‖x‖ round-off small against `scale`, the
 * largest coefficient so far) coefficient 0 and a fresh unit direction orthogonal to `basis`, or null when the
 * basis already spans the space.
 */
function extendBasis(x: Float64Array, scale: number, basis: Basis, rng: Rng): { coefficient: number; vector: Float64Array | null } {
  const size = norm(x);
  if (size > 1e-13 * Math.max(scale, size, 1e-300)) {
    for (let i = 0; i < x.length; i++) x[i] /= size; // x is the caller's own vector
    return { coefficient: size, vector: x };
  }
  return { coefficient: 0, vector: freshDirection(x.length, basis, rng) };
}

/**
 * Top singular triplets of a matrix-free operator by Golub–Kahan–Lanczos bidiagonalisation with full
 * reorthogonalisation, growing the Krylov space until the top `count` residuals fall below tolerance·σ_1.
 * Uses only J·x and Jᵀ·y; memory is O(steps·(rows + columns)).
 */
export function topSingularTriplets(
  op: LinearOperator,
  count: number,
  options: { tolerance?: number; maxSteps?: number; seed?: number | string } = {},
): SingularTriplets {
  const minDim = Math.min(op.rows, op.columns);
  integer(count, 'count', 1);
  if (count > minDim) throw new ValidationError('count', `asked for ${count} singular values of a ${op.rows}×${op.columns} operator`);
  const tolerance = options.tolerance ?? 1e-10;
  const maxSteps = Math.min(minDim, options.maxSteps ?? Math.max(4 * count + 40, 100));
  const rng = new Rng(options.seed ?? 0).fork('lanczos');
  const capacity = Math.min(maxSteps, Math.max(2 * count + 10, 30)) + 1;
  const U = new Basis(op.rows, capacity);
  const V = new Basis(op.columns, capacity);
  const alphas: number[] = [];
  const betas: number[] = []; // betas[j] couples step j and j+1
  let v = freshDirection(op.columns, V, rng) as Float64Array;
  let target = Math.min(maxSteps, Math.max(2 * count + 10, 30));
  let exhausted = false;
  let scale = 0;
  // One half-step of the bidiagonalisation: x made orthogonal to `basis`, extended from it (scale = the largest coefficient
  // so far) and its coefficient appended to `coefficients`.
  const extend = (x: Float64Array, basis: Basis, coefficients: number[]) => {
    orthogonalize(x, basis);
    const step = extendBasis(x, scale, basis, rng);
    scale = Math.max(scale, step.coefficient);
    coefficients.push(step.coefficient);
    return step;
  };

  for (;;) {
    // Once the target reaches the full dimension, run on until the Krylov space is exhausted: then the
    // (possibly m×(m+1)) bidiagonal B is an exact factor, J = U·B·Vᵀ.
    while (!exhausted && (V.count < target || target >= minDim)) {
      V.push(v);
      const j = V.count - 1;
      const u = op.matvec(v);
      if (j > 0) {
        const previous = U.at(j - 1);
        for (let i = 0; i < u.length; i++) u[i] -= betas[j - 1] * previous[i];
      }
      // α = 0 when J v_j lies in span(U): continue from a new left direction
      const { coefficient: alpha, vector: uj } = extend(u, U, alphas);
      if (uj === null) {
        exhausted = true;
        break;
      }
      U.push(uj);
      const w = op.rmatvec(uj);
      for (let i = 0; i < w.length; i++) w[i] -= alpha * v[i];
      // β = 0 when an invariant subspace is found: restart from a fresh right direction
      const { vector: next } = extend(w, V, betas);
      if (next === null) {
        exhausted = true;
        break;
      }
      v = next;
    }
    const m = U.count;
    const B = new Matrix(m, V.count); // V has one vector more than U only when the left space was exhausted
    for (let j = 0; j < m; j++) {
      B.set(j, j, alphas[j]);
      if (j + 1 < V.count) B.set(j, j + 1, betas[j]);
    }
    const svd = m > 0 ? thinSvd(B) : { values: new Float64Array(0), left: new Matrix(0, 0), right: new Matrix(0, 0) }; // σ descending
    const sigma = svd.values;
    const lastBeta = exhausted || m === 0 ? 0 : (betas[m - 1] ?? 0);
    const take = Array.from({ length: Math.min(count, m) }, (_, i) => i);
    const residuals = take.map((i) => Math.abs(lastBeta * svd.left.get(m - 1, i)));
    const top = m > 0 ? sigma[0] : 0;
    const converged = take.length === count && residuals.every((r) => r <= tolerance * Math.max(top, 1e-300));
    if (converged || exhausted || target >= maxSteps) {
      const left = take.map((i) => combine(U, svd.left, i));
      const right = take.map((i) => combine(V, svd.right, i));
      const values = take.map((i) => sigma[i]);
      // If the Krylov space was exhausted before `count` values appeared, the rest are exact zeros.
      while (values.length < count) {
        values.push(0);
        residuals.push(0);
        left.push(new Float64Array(op.rows));
        right.push(new Float64Array(op.columns));
      }
      return { values, left, right, residuals, converged: converged || exhausted, steps: V.count };
    }
    target = Math.min(maxSteps, 2 * target);
  }
}

/** Σ_j coefficients[j, column]·basis_j. */
function combine(basis: Basis, coefficients: Matrix, column: number): Float64Array {
  const out = new Float64Array(basis.length);
  const c = Float64Array.from({ length: basis.count }, (_, j) => coefficients.get(j, column));
  if (kernelBackend() === 'blas' && basis.count > 0) {
    native().dgemv(true, basis.count, basis.length, 1, basis.block(), basis.length, c, 0, out);
    return out;
  }
  for (let j = 0; j < basis.count; j++) {
    const b = basis.at(j);
    for (let i = 0; i < out.length; i++) out[i] += c[j] * b[i];
  }
  return out;
}
