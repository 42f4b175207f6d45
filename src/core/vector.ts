/**
 * Small reductions over numeric arrays. Each is a plain loop: `Math.max(...xs)` spreads its argument onto the
 * call stack and throws a RangeError past ~10⁵ elements, so nothing in the toolkit or its notebooks uses it.
 */

/** Euclidean norm ‖x‖₂. */
export function norm2(x: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += x[i] * x[i];
  return Math.sqrt(sum);
}

/** Maximum norm ‖x‖∞ (0 for an empty array). */
export function normInf(x: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < x.length; i++) max = Math.max(max, Math.abs(x[i]));
  return max;
}

/** Arithmetic mean (NaN for an empty array). */
export function mean(x: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += x[i];
  return sum / x.length;
}

/** Largest element (−∞ for an empty array; NaN if any element is NaN). */
export function maxOf(x: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i])) return NaN;
    if (x[i] > max) max = x[i];
  }
  return max;
}

/** Smallest element (+∞ for an empty array; NaN if any element is NaN). */
export function minOf(x: ArrayLike<number>): number {
  let min = Infinity;
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i])) return NaN;
    if (x[i] < min) min = x[i];
  }
  return min;
}

/** x − y elementwise (same length required). */
export function subtract(x: ArrayLike<number>, y: ArrayLike<number>): Float64Array {
  if (x.length !== y.length) throw new RangeError(`subtract: lengths differ (${x.length} vs ${y.length})`);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i] - y[i];
  return out;
}
