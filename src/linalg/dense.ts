import { EigenvalueDecomposition, Matrix, SingularValueDecomposition } from 'ml-matrix';
import { ValidationError } from '../core/errors';
import { adoptFlat, fromFlat, toFlat } from './flat';
import { kernelBackend, native } from './wasm/runtime';

/**
 * Dense decompositions of the hot paths, on the backend in use: LAPACK (dsyevd, dgesdd) on `blas`, ml-matrix's
 * JavaScript (EigenvalueDecomposition, SingularValueDecomposition) on `wasm` and `js`. Inputs are row-major flat arrays
 * or ml-matrix matrices and are never modified. The backends agree to round-off, not bit for bit.
 */

function squareFlat(a: Matrix | Float64Array, n: number | undefined, field: string): { flat: Float64Array; n: number } {
  if (a instanceof Matrix) {
    if (a.rows !== a.columns) throw new ValidationError(field, `expected a square matrix, got ${a.rows}×${a.columns}`);
    return { flat: toFlat(a), n: a.rows };
  }
  const size = n ?? Math.round(Math.sqrt(a.length));
  if (size * size !== a.length) throw new ValidationError(field, `expected ${size}×${size} = ${size * size} entries, got ${a.length}`);
  return { flat: Float64Array.from(a), n: size };
}

function lapackFailed(routine: string, info: number): never {
  throw new Error(`LAPACK ${routine} failed (info ${info})`);
}

/** Eigenvalues of the symmetric matrix A (its upper triangle is read on blas), ascending. */
export function symmetricEigenvalues(a: Matrix | Float64Array, n?: number): Float64Array {
  const { flat, n: size } = squareFlat(a, n, 'A');
  if (size === 0) return new Float64Array(0);
  if (kernelBackend() === 'blas') {
    const w = new Float64Array(size);
    const info = native().dsyevd(false, size, flat, w);
    if (info !== 0) lapackFailed('dsyevd', info);
    return w;
  }
  const eig = new EigenvalueDecomposition(a instanceof Matrix ? a : fromFlat(flat, size, size), { assumeSymmetric: true });
  return Float64Array.from(eig.realEigenvalues).sort();
}

export interface SymmetricEigen {
  /** Ascending. */
  values: Float64Array;
  /** n×n, column j the unit eigenvector of values[j]. */
  vectors: Matrix;
}

/** Eigenvalues (ascending) and orthonormal eigenvectors (columns) of the symmetric A. */
export function symmetricEigen(a: Matrix | Float64Array, n?: number): SymmetricEigen {
  const { flat, n: size } = squareFlat(a, n, 'A');
  if (kernelBackend() === 'blas' && size > 0) {
    const w = new Float64Array(size);
    const info = native().dsyevd(true, size, flat, w);
    if (info !== 0) lapackFailed('dsyevd', info);
    return { values: w, vectors: adoptFlat(flat, size, size) }; // flat is squareFlat's own copy, overwritten by dsyevd
  }
  const eig = new EigenvalueDecomposition(a instanceof Matrix ? a : fromFlat(flat, size, size), { assumeSymmetric: true });
  const values = eig.realEigenvalues;
  const order = values.map((_, i) => i).sort((p, q) => values[p] - values[q]);
  const V = eig.eigenvectorMatrix;
  const vectors = new Matrix(size, size);
  order.forEach((from, to) => {
    for (let i = 0; i < size; i++) vectors.set(i, to, V.get(i, from));
  });
  return { values: Float64Array.from(order, (i) => values[i]), vectors };
}

/** Singular values of the m×n A, descending. */
export function singularValues(a: Matrix): Float64Array {
  const m = a.rows;
  const n = a.columns;
  if (m === 0 || n === 0) return new Float64Array(0);
  if (kernelBackend() === 'blas') {
    const s = new Float64Array(Math.min(m, n));
    const info = native().dgesdd(false, m, n, toFlat(a), s, new Float64Array(0), new Float64Array(0));
    if (info !== 0) lapackFailed('dgesdd', info);
    return s;
  }
  const svd = new SingularValueDecomposition(a, { computeLeftSingularVectors: false, computeRightSingularVectors: false, autoTranspose: true });
  return Float64Array.from(svd.diagonal).sort().reverse();
}

export interface ThinSvd {
  /** Descending, r = min(m, n) of them. */
  values: Float64Array;
  /** m×r, column i the left singular vector of values[i]. */
  left: Matrix;
  /** n×r, column i the right singular vector of values[i]. */
  right: Matrix;
}

/** The thin SVD A = U·diag(σ)·Vᵀ of the m×n A, σ descending. */
export function thinSvd(a: Matrix): ThinSvd {
  const m = a.rows;
  const n = a.columns;
  const r = Math.min(m, n);
  if (kernelBackend() === 'blas' && r > 0) {
    const s = new Float64Array(r);
    const u = new Float64Array(m * r);
    const vt = new Float64Array(r * n);
    const info = native().dgesdd(true, m, n, toFlat(a), s, u, vt);
    if (info !== 0) lapackFailed('dgesdd', info);
    return { values: s, left: fromFlat(u, m, r), right: fromFlat(vt, r, n).transpose() };
  }
  const svd = new SingularValueDecomposition(a, { autoTranspose: true });
  const sigma = svd.diagonal;
  const order = sigma
    .map((_, i) => i)
    .sort((p, q) => sigma[q] - sigma[p])
    .slice(0, r);
  const U = svd.leftSingularVectors;
  const V = svd.rightSingularVectors;
  const left = new Matrix(m, r);
  const right = new Matrix(n, r);
  order.forEach((from, to) => {
    for (let i = 0; i < m; i++) left.set(i, to, U.get(i, from));
    for (let j = 0; j < n; j++) right.set(j, to, V.get(j, from));
  });
  return { values: Float64Array.from(order, (i) => sigma[i]), left, right };
}

/**
 * The spectral norm ‖A‖ = σ_max. On blas it is √λ_max of the smaller Gram matrix (AᵀA or AAᵀ by dsyrk, values only by
 * dsyevd): LAPACK finds the top eigenvalue to within about ε·λ_max, so σ_max keeps full relative accuracy (squaring
 * loses only the small singular values), at less than dgesdd's cost (≈ 0.13 against 0.18 ms for 100×50 here). A
 * is first scaled by a power of two (exact) so that no square over- or underflows; a non-finite A goes to dgesdd.
 */
export function spectralNormOf(a: Matrix): number {
  const m = a.rows;
  const n = a.columns;
  if (m === 0 || n === 0) return 0;
  if (kernelBackend() !== 'blas') return singularValues(a)[0];
  const flat = toFlat(a);
  let largest = 0;
  for (let p = 0; p < flat.length; p++) largest = Math.max(largest, Math.abs(flat[p]));
  if (largest === 0) return 0;
  if (!Number.isFinite(largest)) return singularValues(a)[0];
  // entries of A/scale below 2 in magnitude (the largest in [1, 2)): squares far from over- and underflow
  const scale = 2 ** Math.min(1023, Math.max(-1074, Math.floor(Math.log2(largest))));
  for (let p = 0; p < flat.length; p++) flat[p] /= scale;
  const order = Math.min(m, n);
  const gram = new Float64Array(order * order);
  if (order === m)
    native().dsyrk(false, m, n, 1, flat, n, 0, gram, m); // A·Aᵀ (upper triangle)
  else native().dsyrk(true, n, m, 1, flat, n, 0, gram, n); // Aᵀ·A (upper triangle)
  const values = new Float64Array(order);
  const info = native().dsyevd(false, order, gram, values);
  if (info !== 0) lapackFailed('dsyevd', info);
  return scale * Math.sqrt(Math.max(0, values[order - 1]));
}
