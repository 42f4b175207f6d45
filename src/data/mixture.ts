import { Matrix } from 'ml-matrix';
import { ValidationError } from '../core/errors';
import { Rng } from '../core/random';
import { normalQuantile } from '../core/special';
import { inRange, integer, positiveNumber } from '../core/validate';

/**
 * The two-cluster data of Frei, Chatterji & Bartlett 2022 (benign overfitting), §2.2: x = z + ỹμ with ỹ uniform on {±1}, μ = ‖μ‖·e1 and z from a product law whose
 * marginals are mean-zero and λ-strongly log-concave, then a fraction η of labels corrupted.
 * - `gaussian`: z ~ N(0, I_p) (Example 2.1: λ = κ = 1);
 * - `skewed`: each coordinate has density ∝ exp(−U(z)), U(z) = z²/2 + β·log(1 + e^z) minus its mean: U'' ≥ 1,
 *   so λ = 1, but the law is not symmetric, where the proof's step (22) is not argued.
 * Flips: `random` flips each label with probability η (Example 2.1); `fixedCount` flips exactly round(ηn) labels chosen
 * uniformly (so a small sample cannot end up with none); `marginTargeted` is an adversary that flips exactly the points
 * with ỹ⟨μ, z⟩/‖μ‖ ≤ Φ⁻¹(η) (probability η, Gaussian clusters only). On fresh test points the first two are the same
 * label noise.
 */
export const MIXTURE_NOISE = ['gaussian', 'skewed'] as const;
export type MixtureNoise = (typeof MIXTURE_NOISE)[number];
export const MIXTURE_FLIPS = ['random', 'fixedCount', 'marginTargeted'] as const;
export type MixtureFlips = (typeof MIXTURE_FLIPS)[number];

export interface MixtureSpec {
  n: number;
  /** Input dimension p. */
  p: number;
  /** ‖μ‖ > 0. */
  muNorm: number;
  /** Label-noise rate η ∈ [0, ½). */
  eta: number;
  noise?: MixtureNoise;
  /** β of the skewed marginal (default 2). */
  skew?: number;
  /** Standard deviation σ of the gaussian marginal (default 1): N(0, σ²I), λ = 1/σ² (a twin of equal variance for the skewed law). */
  gaussianStd?: number;
  flips?: MixtureFlips;
}

export interface MixtureData {
  X: Matrix;
  cleanLabels: Float64Array;
  labels: Float64Array;
  /** 1 where y ≠ ỹ (the set N). */
  noisy: Uint8Array;
  /** μ = ‖μ‖·e1. */
  mu: Float64Array;
  muNorm: number;
  eta: number;
  p: number;
  noise: MixtureNoise;
}

/** A sampler of one coordinate of z, with its variance (κ of the paper when all coordinates share it). */
export interface MarginalSampler {
  sample(rng: Rng): number;
  variance: number;
}

/** Mean and variance of the density ∝ φ(z)(1 + e^z)^{−β}, by the trapezoid rule on [−14, 14] (spectrally accurate here). */
function skewedMoments(beta: number): { mean: number; variance: number } {
  const h = 1e-3;
  let mass = 0;
  let first = 0;
  let second = 0;
  for (let z = -14; z <= 14 + 1e-12; z += h) {
    const w = Math.exp(-0.5 * z * z - beta * Math.log1p(Math.exp(z)));
    mass += w;
    first += w * z;
    second += w * z * z;
  }
  const mean = first / mass;
  return { mean, variance: second / mass - mean * mean };
}

export function marginalSampler(noise: MixtureNoise, skew = 2, gaussianStd = 1): MarginalSampler {
  if (noise === 'gaussian') {
    const sd = positiveNumber(gaussianStd, 'gaussianStd');
    return { sample: sd === 1 ? (rng) => rng.normal() : (rng) => sd * rng.normal(), variance: sd * sd };
  }
  if (noise !== 'skewed') throw new ValidationError('noise', `unknown noise "${noise}"; known: ${MIXTURE_NOISE.join(', ')}`);
  const beta = positiveNumber(skew, 'skew');
  const { mean, variance } = skewedMoments(beta);
  // Rejection from N(z*, 1) at the mode z* (U'(z*) = z* + β·sigmoid(z*) = 0): U'' ≥ 1 gives
  // U(z) − U(z*) ≥ (z − z*)²/2, so the acceptance probability exp(−[U(z) − U(z*) − (z − z*)²/2]) is ≤ 1 and high.
  const U = (z: number) => 0.5 * z * z + beta * (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
  let mode = 0;
  for (let iter = 0; iter < 100; iter++) {
    const sig = 1 / (1 + Math.exp(-mode));
    const step = (mode + beta * sig) / (1 + beta * sig * (1 - sig));
    mode -= step;
    if (Math.abs(step) < 1e-15) break;
  }
  const Umode = U(mode);
  return {
    sample: (rng) => {
      for (;;) {
        const z = mode + rng.normal();
        if (rng.uniform() < Math.exp(-(U(z) - Umode - 0.5 * (z - mode) ** 2))) return z - mean;
      }
    },
    variance,
  };
}

export function makeMixture(spec: MixtureSpec, rng: Rng): MixtureData {
  const n = integer(spec.n, 'n', 1);
  const p = integer(spec.p, 'p', 1);
  const muNorm = positiveNumber(spec.muNorm, 'muNorm');
  const eta = inRange(spec.eta, 'eta', 0, 0.5, { maxOpen: true });
  const noise = spec.noise ?? 'gaussian';
  const flips = spec.flips ?? 'random';
  if (!MIXTURE_FLIPS.includes(flips)) throw new ValidationError('flips', `unknown flip rule "${flips}"; known: ${MIXTURE_FLIPS.join(', ')}`);
  if (flips === 'marginTargeted' && noise !== 'gaussian')
    throw new ValidationError('flips', 'marginTargeted flips are defined for gaussian clusters only (the threshold is Φ⁻¹(η))');
  if (spec.gaussianStd !== undefined && spec.gaussianStd !== 1 && (noise !== 'gaussian' || flips === 'marginTargeted'))
    throw new ValidationError('gaussianStd', 'applies to gaussian clusters with random or fixed-count flips only');
  const sampler = marginalSampler(noise, spec.skew, spec.gaussianStd);
  const points = rng.fork('points');
  const labelRng = rng.fork('labels');
  const flipRng = rng.fork('flips');
  const X = new Matrix(n, p);
  const cleanLabels = new Float64Array(n);
  const labels = new Float64Array(n);
  const noisy = new Uint8Array(n);
  const threshold = flips === 'marginTargeted' && eta > 0 ? normalQuantile(eta) : -Infinity;
  for (let i = 0; i < n; i++) {
    const y = labelRng.uniform() < 0.5 ? 1 : -1;
    const row = X.getRow(i);
    for (let j = 0; j < p; j++) row[j] = sampler.sample(points);
    const z1 = row[0];
    row[0] += y * muNorm;
    X.setRow(i, row);
    cleanLabels[i] = y;
    if (flips === 'random') noisy[i] = flipRng.uniform() < eta ? 1 : 0;
    else if (flips === 'marginTargeted') noisy[i] = y * z1 <= threshold ? 1 : 0;
  }
  if (flips === 'fixedCount') for (const i of flipRng.choice(n, Math.round(eta * n))) noisy[i] = 1;
  for (let i = 0; i < n; i++) labels[i] = noisy[i] ? -cleanLabels[i] : cleanLabels[i];
  const mu = new Float64Array(p);
  mu[0] = muNorm;
  return { X, cleanLabels, labels, noisy, mu, muNorm, eta, p, noise };
}
