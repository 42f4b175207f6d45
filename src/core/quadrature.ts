import { integer } from './validate';

export interface QuadratureRule {
  nodes: Float64Array;
  weights: Float64Array;
}

const cache = new Map<number, QuadratureRule>();

/**
 * Gauss–Hermite rule for ∫ e^{−t²} f(t) dt with n nodes, by Newton iteration on the orthonormal Hermite
 * recurrence (Numerical Recipes `gauher`), accurate to ~1e-14 in the nodes for n up to several hundred.
 */
export function gaussHermite(n: number): QuadratureRule {
  integer(n, 'nodes', 1);
  const hit = cache.get(n);
  if (hit) return hit;
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  const PIM4 = Math.pow(Math.PI, -0.25);
  const m = Math.floor((n + 1) / 2);
  let z = 0;
  for (let i = 0; i < m; i++) {
    if (i === 0) z = Math.sqrt(2 * n + 1) - 1.85575 * Math.pow(2 * n + 1, -0.16667);
    else if (i === 1) z -= (1.14 * Math.pow(n, 0.426)) / z;
    else if (i === 2) z = 1.86 * z - 0.86 * nodes[0];
    else if (i === 3) z = 1.91 * z - 0.91 * nodes[1];
    else z = 2 * z - nodes[i - 2];
    let pp = 0;
    for (let iter = 0; iter < 100; iter++) {
      let p1 = PIM4;
      let p2 = 0;
      for (let j = 1; j <= n; j++) {
        const p3 = p2;
        p2 = p1;
        p1 = z * Math.sqrt(2 / j) * p2 - Math.sqrt((j - 1) / j) * p3;
      }
      pp = Math.sqrt(2 * n) * p2;
      const previous = z;
      z = previous - p1 / pp;
      if (Math.abs(z - previous) <= 1e-15 * Math.max(1, Math.abs(z))) break;
    }
    nodes[i] = z;
    nodes[n - 1 - i] = -z;
    weights[i] = 2 / (pp * pp);
    weights[n - 1 - i] = weights[i];
  }
  const rule = { nodes, weights };
  cache.set(n, rule);
  return rule;
}

/** The Cholesky factor of [[su², m], [m, sv²]] as u = su·z1, v = a·z1 + b·z2 (the radicand clamped at 0 against round-off). */
function choleskyCoefficients(su: number, sv: number, m: number): { a: number; b: number } {
  const a = m / su;
  return { a, b: Math.sqrt(Math.max(0, sv * sv - a * a)) };
}

/**
 * E[g(u, v)] for (u, v) ~ N(0, [[su², m], [m, sv²]]) by 2-D Gauss–Hermite on the Cholesky factor:
 * u = su·z1, v = (m/su)·z1 + √(sv² − m²/su²)·z2 with z1, z2 ~ N(0,1) and z = √2·t.
 */
export function bivariateNormalExpectation(g: (u: number, v: number) => number, su: number, sv: number, m: number, n: number): number {
  const { nodes, weights } = gaussHermite(n);
  const { a, b } = choleskyCoefficients(su, sv, m);
  let total = 0;
  for (let p = 0; p < n; p++) {
    const z1 = Math.SQRT2 * nodes[p];
    const u = su * z1;
    let inner = 0;
    for (let q = 0; q < n; q++) inner += weights[q] * g(u, a * z1 + b * Math.SQRT2 * nodes[q]);
    total += weights[p] * inner;
  }
  return total / Math.PI;
}

/**
 * E[h(u)·h(v)] for the same (u, v) as bivariateNormalExpectation: the product form lets h(u) leave the inner sum,
 * so h is evaluated n(n + 1) times instead of 2n² (Σ(C)'s E[φ'(u)φ'(v)] is of this form). Same rule; the sums are only
 * reassociated, so it equals bivariateNormalExpectation(h(u)·h(v)) to round-off.
 */
export function bivariateProductExpectation(h: (x: number) => number, su: number, sv: number, m: number, n: number): number {
  const { nodes, weights } = gaussHermite(n);
  const { a, b } = choleskyCoefficients(su, sv, m);
  let total = 0;
  for (let p = 0; p < n; p++) {
    const z1 = Math.SQRT2 * nodes[p];
    let inner = 0;
    for (let q = 0; q < n; q++) inner += weights[q] * h(a * z1 + b * Math.SQRT2 * nodes[q]);
    total += weights[p] * h(su * z1) * inner;
  }
  return total / Math.PI;
}

/**
 * Gauss–Legendre rule on [0, 1] with n nodes (exact for polynomials of degree ≤ 2n − 1), by Newton iteration on
 * the Legendre recurrence. Used for the average Jacobian J̄(θ, θ0) = ∫₀¹ J(θ0 + t(θ − θ0)) dt (Li et al. 2019 Def. 6.1).
 */
export function gaussLegendre(n: number): QuadratureRule {
  integer(n, 'nodes', 1);
  const nodes = new Float64Array(n);
  const weights = new Float64Array(n);
  for (let i = 0; i < Math.ceil(n / 2); i++) {
    let x = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let derivative = 0;
    for (let iter = 0; iter < 100; iter++) {
      let p0 = 1;
      let p1 = x;
      for (let j = 2; j <= n; j++) {
        const p2 = ((2 * j - 1) * x * p1 - (j - 1) * p0) / j;
        p0 = p1;
        p1 = p2;
      }
      // p1 = P_n(x), p0 = P_{n−1}(x) (for n = 1 the loop is skipped and they are x and 1)
      derivative = (n * (x * p1 - p0)) / (x * x - 1);
      const step = p1 / derivative;
      x -= step;
      if (Math.abs(step) < 1e-16) break;
    }
    // map [−1, 1] → [0, 1]
    const w = 2 / ((1 - x * x) * derivative * derivative);
    nodes[i] = (1 - x) / 2;
    nodes[n - 1 - i] = (1 + x) / 2;
    weights[i] = w / 2;
    weights[n - 1 - i] = w / 2;
  }
  return { nodes, weights };
}
