import { Matrix } from 'ml-matrix';
import { ValidationError } from './errors';
import { storedRows } from './matrixRows';

/** Argument checks shared by every public function. Each throws a ValidationError naming `field`. */

export function finiteNumber(value: unknown, field: string): number {
  if (typeof value !== 'number') throw new ValidationError(field, `expected a number, got ${describe(value)}`);
  if (!Number.isFinite(value)) throw new ValidationError(field, `expected a finite number, got ${value}`);
  return value;
}

export function inRange(value: unknown, field: string, min: number, max: number, opts: { minOpen?: boolean; maxOpen?: boolean } = {}): number {
  const x = finiteNumber(value, field);
  const lowOk = opts.minOpen ? x > min : x >= min;
  const highOk = opts.maxOpen ? x < max : x <= max;
  if (!lowOk || !highOk) {
    throw new ValidationError(field, `expected a number in ${opts.minOpen ? '(' : '['}${min}, ${max}${opts.maxOpen ? ')' : ']'}, got ${x}`);
  }
  return x;
}

export function positiveNumber(value: unknown, field: string): number {
  const x = finiteNumber(value, field);
  if (x <= 0) throw new ValidationError(field, `expected a positive number, got ${x}`);
  return x;
}

export function nonNegativeNumber(value: unknown, field: string): number {
  const x = finiteNumber(value, field);
  if (x < 0) throw new ValidationError(field, `expected a non-negative number, got ${x}`);
  return x;
}

export function integer(value: unknown, field: string, min = -Infinity): number {
  const x = finiteNumber(value, field);
  if (!Number.isInteger(x)) throw new ValidationError(field, `expected an integer, got ${x}`);
  if (x < min) throw new ValidationError(field, `expected an integer >= ${min}, got ${x}`);
  return x;
}

/** Every entry of a vector must be finite; NaN is never silently carried into a computation. */
export function finiteVector(values: ArrayLike<number>, field: string, length?: number): void {
  if (length !== undefined && values.length !== length) {
    throw new ValidationError(field, `expected length ${length}, got ${values.length}`);
  }
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) throw new ValidationError(`${field}[${i}]`, `expected a finite number, got ${values[i]}`);
  }
}

/** Checks shape (when given) and that every entry is finite. */
export function finiteMatrix(m: Matrix, field: string, rows?: number, columns?: number): void {
  if (!(m instanceof Matrix)) throw new ValidationError(field, `expected an ml-matrix Matrix, got ${describe(m)}`);
  if (rows !== undefined && m.rows !== rows) throw new ValidationError(field, `expected ${rows} rows, got ${m.rows}`);
  if (columns !== undefined && m.columns !== columns) {
    throw new ValidationError(field, `expected ${columns} columns, got ${m.columns}`);
  }
  const stored = storedRows(m);
  for (let i = 0; i < m.rows; i++) {
    const row = stored?.[i];
    if (row !== undefined && allFinite(row)) continue;
    for (let j = 0; j < m.columns; j++) {
      const x = row === undefined ? m.get(i, j) : row[j];
      if (!Number.isFinite(x)) throw new ValidationError(`${field}[${i}][${j}]`, `expected a finite number, got ${x}`);
    }
  }
}

/**
 * Whether every entry is finite, without a branch per entry: x·0 is 0 for a finite x and NaN for ±∞ and NaN, so the
 * sums stay 0 exactly when all are finite (two sums, so the additions do not wait on each other).
 */
export function allFinite(values: Float64Array): boolean {
  let s0 = 0;
  let s1 = 0;
  const even = values.length - (values.length % 2);
  for (let p = 0; p < even; p += 2) {
    s0 += values[p] * 0;
    s1 += values[p + 1] * 0;
  }
  if (even < values.length) s0 += values[even] * 0;
  return s0 + s1 === 0;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
