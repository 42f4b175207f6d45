import { Matrix } from 'ml-matrix';
import { ValidationError } from '../core/errors';
import { gaussLegendre } from '../core/quadrature';
import { Rng } from '../core/random';
import { normalSurvival } from '../core/special';
import { inRange, integer, positiveNumber } from '../core/validate';

/**
 * The noisy XOR cluster distribution of Frei et al. 2022 (XOR) §1.1: four clusters at +μ1, −μ1 (clean label +1) and +μ2, −μ2
 * (clean label −1), μ1 ⊥ μ2 unit vectors (here e1, e2: the Gaussian model is rotation invariant), in-cluster noise
 * of covariance σ²I from a log-concave law, and a fraction η of labels flipped.
 */
export const XOR_NOISE = ['gaussian', 'uniform', 'laplace'] as const;
export type XorNoise = (typeof XOR_NOISE)[number];
/** `iid`: each label flips with probability η (Fig. 1); `perCluster`: exactly round(η·n_k) flips in each cluster (Fig. 2). */
export const XOR_FLIPS = ['iid', 'perCluster'] as const;
export type XorFlips = (typeof XOR_FLIPS)[number];

export interface XorSpec {
  n: number;
  d: number;
  /** In-cluster standard deviation σ (per coordinate). */
  sigma: number;
  /** Label-noise rate η ∈ [0, ½). */
  eta: number;
  noise?: XorNoise;
  flips?: XorFlips;
}

export interface XorData {
  X: Matrix;
  /** 0: +μ1, 1: −μ1, 2: +μ2, 3: −μ2. */
  cluster: Int32Array;
  /** Clean labels ỹ ∈ {±1}. */
  cleanLabels: Float64Array;
  /** Observed labels y ∈ {±1}. */
  labels: Float64Array;
  /** 1 where y ≠ ỹ (the set N of Frei et al. 2022 (XOR)). */
  noisy: Uint8Array;
  sigma: number;
  eta: number;
  d: number;
}

export const XOR_CLUSTER_LABELS = [1, 1, -1, -1] as const;

/** Mean of cluster k: ±e1 or ±e2. */
export function xorMean(k: number, d: number): Float64Array {
  const mu = new Float64Array(d);
  mu[k < 2 ? 0 : 1] = k % 2 === 0 ? 1 : -1;
  return mu;
}

function noiseSample(kind: XorNoise, sigma: number, rng: Rng): number {
  switch (kind) {
    case 'gaussian':
      return sigma * rng.normal();
    case 'uniform':
      return Math.sqrt(3) * sigma * (2 * rng.uniform() - 1); // variance σ²
    case 'laplace': {
      const u = rng.uniform() - 0.5; // scale b = σ/√2 gives variance 2b² = σ²
      return -(sigma / Math.SQRT2) * Math.sign(u) * Math.log(1 - 2 * Math.abs(u));
    }
  }
}

/** Draws n points: cluster index uniform on {0,1,2,3}, x = mean + z, then the label noise. */
export function makeXor(spec: XorSpec, rng: Rng): XorData {
  const n = integer(spec.n, 'n', 1);
  const d = integer(spec.d, 'd', 2);
  const sigma = positiveNumber(spec.sigma, 'sigma');
  const eta = inRange(spec.eta, 'eta', 0, 0.5, { maxOpen: true });
  const noise = spec.noise ?? 'gaussian';
  const flips = spec.flips ?? 'iid';
  if (!XOR_NOISE.includes(noise)) throw new ValidationError('noise', `unknown noise "${noise}"; known: ${XOR_NOISE.join(', ')}`);
  if (!XOR_FLIPS.includes(flips)) throw new ValidationError('flips', `unknown flip rule "${flips}"; known: ${XOR_FLIPS.join(', ')}`);
  const points = rng.fork('points');
  const X = new Matrix(n, d);
  const cluster = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    cluster[i] = points.int(4);
    const mu = xorMean(cluster[i], d);
    for (let j = 0; j < d; j++) X.set(i, j, mu[j] + noiseSample(noise, sigma, points));
  }
  const cleanLabels = Float64Array.from(cluster, (k) => XOR_CLUSTER_LABELS[k]);
  const noisy = new Uint8Array(n);
  const flipRng = rng.fork('flips');
  if (flips === 'iid') {
    for (let i = 0; i < n; i++) noisy[i] = flipRng.uniform() < eta ? 1 : 0;
  } else {
    for (let k = 0; k < 4; k++) {
      const members = Array.from(cluster.keys()).filter((i) => cluster[i] === k);
      for (const pick of flipRng.choice(members.length, Math.round(eta * members.length))) noisy[members[pick]] = 1;
    }
  }
  const labels = Float64Array.from(cleanLabels, (y, i) => (noisy[i] ? -y : y));
  return { X, cluster, cleanLabels, labels, noisy, sigma, eta, d };
}

/**
 * Clean Bayes error of Gaussian XOR clusters, ε*(σ) = P(|1 + σg1| < σ|g2|) = E_{g1}[2Φ̄(|1 + σg1|/σ)] (Frei et al. 2022 (XOR) §4.7),
 * independent of d. Gauss–Legendre on [−12, 12] split at the kink g1 = −1/σ.
 */
export function xorBayesError(sigma: number): number {
  positiveNumber(sigma, 'sigma');
  const { nodes, weights } = gaussLegendre(64);
  const integrand = (g: number) => (Math.exp(-0.5 * g * g) / Math.sqrt(2 * Math.PI)) * 2 * normalSurvival(Math.abs(1 + sigma * g) / sigma);
  const integrate = (a: number, b: number) => {
    let s = 0;
    for (let q = 0; q < nodes.length; q++) s += weights[q] * integrand(a + (b - a) * nodes[q]);
    return s * (b - a);
  };
  const kink = -1 / sigma;
  if (kink <= -12) return integrate(-12, 12);
  // several panels per side keep the Gaussian weight well resolved
  let total = 0;
  const edges = [-12, kink, 12];
  for (let p = 0; p < 2; p++) {
    const [a, b] = [edges[p], edges[p + 1]];
    const panels = 8;
    for (let q = 0; q < panels; q++) total += integrate(a + ((b - a) * q) / panels, a + ((b - a) * (q + 1)) / panels);
  }
  return total;
}

/** Bayes error against noisy labels under i.i.d. flips: η + (1 − 2η)·ε*(σ). */
export function xorNoisyBayesError(sigma: number, eta: number): number {
  inRange(eta, 'eta', 0, 0.5, { maxOpen: true });
  return eta + (1 - 2 * eta) * xorBayesError(sigma);
}
