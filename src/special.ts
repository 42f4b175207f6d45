/** Special functions that JavaScript's Math lacks. */

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

/**
 * Error function to about 1e-16 relative. Uses the all-positive series
 * erf(x) = (2/√π) e^{−x²} Σ_n 2ⁿ x^{2n+1} / (1·3·…·(2n+1)),
 * which has no cancellation (unlike the Maclaurin series), so derivatives by finite differences stay exact.
 * Beyond |x| = 6, 1 − erf(x) < 3e-17 and the result is ±1.
 */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const ax = Math.abs(x);
  if (ax >= 6) return Math.sign(x);
  const x2 = ax * ax;
  let term = ax;
  let sum = ax;
  for (let n = 1; n < 200; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  const value = TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
  return x < 0 ? -value : value;
}

/** Standard normal CDF Φ(x). */
export function normalCdf(x: number): number {
  return 0.5 * (1 + erf(x / Math.SQRT2));
}
