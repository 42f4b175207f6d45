import { Matrix } from 'ml-matrix';
import { storedRows } from '../core/matrixRows';
import { ValidationError } from '../core/errors';
import { gemmNT } from './kernels';

/**
 * Hot loops work on one row-major Float64Array per matrix (cache-friendly, no per-element objects);
 * the public API speaks ml-matrix. toFlat, fromFlat and adoptFlat are the only crossing points. toFlat gives the row-major
 * entries of m, into `out` (rows·columns entries) when given.
 */
export function toFlat(m: Matrix, out: Float64Array = new Float64Array(m.rows * m.columns)): Float64Array {
  const { rows, columns } = m;
  if (out.length !== rows * columns) throw new RangeError(`toFlat: expected an out array of ${rows * columns} entries, got ${out.length}`);
  return copyRows(m, 0, rows, out);
}

/** Rows first..first+count−1 of m, row-major, into `out` from its start (through ml-matrix's own rows when it keeps them). */
export function copyRows(m: Matrix, first: number, count: number, out: Float64Array): Float64Array {
  const columns = m.columns;
  const stored = storedRows(m);
  if (stored !== undefined) for (let i = 0; i < count; i++) out.set(stored[first + i], i * columns);
  else for (let i = 0; i < count; i++) for (let j = 0; j < columns; j++) out[i * columns + j] = m.get(first + i, j);
  return out;
}

export function fromFlat(data: ArrayLike<number>, rows: number, columns: number): Matrix {
  const m = new Matrix(rows, columns);
  const stored = storedRows(m);
  if (stored !== undefined && data instanceof Float64Array) {
    for (let i = 0; i < rows; i++) stored[i].set(data.subarray(i * columns, (i + 1) * columns));
  } else {
    for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) m.set(i, j, data[i * columns + j]);
  }
  return m;
}

/**
 * A Matrix whose rows are views of the row-major `data` (no copy, and no 100 small row allocations as in fromFlat): the
 * caller hands `data` over and must not write it afterwards (the Matrix keeps the whole array alive; methods that
 * rebuild rows, e.g. addColumn, end the sharing). For arrays the toolkit has just computed (eigenvectors, Σ(C)). Falls
 * back to fromFlat's copy when ml-matrix does not keep its rows as the `data` array storedRows expects.
 */
export function adoptFlat(data: Float64Array, rows: number, columns: number): Matrix {
  if (data.length !== rows * columns) throw new ValidationError('data', `expected ${rows}×${columns} values, got ${data.length}`);
  const m = new Matrix(0, 0);
  if (storedRows(m) === undefined) return fromFlat(data, rows, columns);
  const fields = m as unknown as { data: Float64Array[]; rows: number; columns: number };
  fields.data = Array.from({ length: rows }, (_, i) => data.subarray(i * columns, (i + 1) * columns));
  fields.rows = rows;
  fields.columns = columns;
  return m;
}

/** A·Bᵀ (rows(A) × rows(B)) by the SIMD kernel (faster than Matrix.mmul, which walks B's columns); equal to mmul within round-off. */
export function multiplyTransposed(A: Matrix, B: Matrix): Matrix {
  if (A.columns !== B.columns) throw new RangeError(`A·Bᵀ needs equal column counts, got ${A.columns} and ${B.columns}`);
  const a = toFlat(A);
  const c = gemmNT(a, A === B ? a : toFlat(B), A.rows, B.rows, A.columns);
  return fromFlat(c, A.rows, B.rows);
}
