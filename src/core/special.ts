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

/**
 * Complementary error function 1 − erf(x) without cancellation: the series above for x < 3, and for x ≥ 3 the
 * continued fraction erfc(x) = e^{−x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))) by the modified Lentz method.
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 3) return 1 - erf(x);
  // K = x + a1/(x + a2/(x + …)) with a_n = n/2
  const tiny = 1e-300;
  let f = x;
  let C = x;
  let D = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    D = x + a * D;
    D = Math.abs(D) < tiny ? tiny : D;
    C = x + a / C;
    C = Math.abs(C) < tiny ? tiny : C;
    D = 1 / D;
    const delta = C * D;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (Math.sqrt(Math.PI) * f);
}

/** Standard normal CDF Φ(x). */
export function normalCdf(x: number): number {
  return x < 0 ? 0.5 * erfc(-x / Math.SQRT2) : 1 - 0.5 * erfc(x / Math.SQRT2);
}

/** Upper tail Φ̄(x) = 1 − Φ(x), accurate far into the tail. */
export function normalSurvival(x: number): number {
  return normalCdf(-x);
}

/** Standard normal quantile Φ⁻¹(q) for q ∈ (0, 1), by bisection on Φ (to round-off; used for thresholds, not in loops). */
export function normalQuantile(q: number): number {
  if (!(q > 0 && q < 1)) throw new RangeError(`normalQuantile needs q in (0, 1), got ${q}`);
  let lo = -40;
  let hi = 40;
  for (let iter = 0; iter < 200 && hi - lo > 1e-15 * Math.max(1, Math.abs(lo)); iter++) {
    const mid = 0.5 * (lo + hi);
    if (normalCdf(mid) < q) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}
