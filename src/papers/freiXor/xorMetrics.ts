import { Matrix } from 'ml-matrix';
import { makeXor, XorNoise } from '../../data/xor';
import { multiplyTransposed } from '../../linalg/flat';
import { Rng } from '../../core/random';
import { integer } from '../../core/validate';

/** Normalised correlation ⟨w_j/‖w_j‖, μ⟩ of every neuron with a unit direction μ (Frei et al. 2022 (XOR) §1.5). */
export function normalizedCorrelations(W: Matrix, direction: ArrayLike<number>): Float64Array {
  return Float64Array.from({ length: W.rows }, (_, j) => {
    let dot = 0;
    let norm = 0;
    for (let c = 0; c < W.columns; c++) {
      dot += W.get(j, c) * direction[c];
      norm += W.get(j, c) ** 2;
    }
    return norm === 0 ? 0 : dot / Math.sqrt(norm);
  });
}

/** cap_j(k): fraction of cluster k's samples on which neuron j is active, ⟨w_j, x_i⟩ > 0 (k × 4, row-major). */
export function captureFractions(W: Matrix, X: Matrix, cluster: ArrayLike<number>): Float64Array {
  const Z = multiplyTransposed(X, W);
  const counts = new Float64Array(4);
  for (let i = 0; i < cluster.length; i++) counts[cluster[i]]++;
  const out = new Float64Array(W.rows * 4);
  for (let i = 0; i < X.rows; i++) for (let j = 0; j < W.rows; j++) if (Z.get(i, j) > 0) out[j * 4 + cluster[i]] += 1 / counts[cluster[i]];
  return out;
}

/**
 * Clean test error by Monte Carlo on fresh XOR samples (f = 0 counts as an error), with its standard error, and the
 * error against noisy labels under i.i.d. flips, η + (1 − 2η)·clean (Frei et al. 2022 (XOR) §4.6).
 */
export function xorTestError(
  predict: (X: Matrix) => Float64Array,
  spec: { d: number; sigma: number; eta: number; noise?: XorNoise },
  samples: number,
  rng: Rng,
): { clean: number; standardError: number; noisy: number } {
  integer(samples, 'samples', 1);
  const test = makeXor({ n: samples, d: spec.d, sigma: spec.sigma, eta: 0, noise: spec.noise }, rng);
  const f = predict(test.X);
  let wrong = 0;
  for (let i = 0; i < samples; i++) if (test.cleanLabels[i] * f[i] <= 0) wrong++;
  const clean = wrong / samples;
  return { clean, standardError: Math.sqrt((clean * (1 - clean)) / samples), noisy: spec.eta + (1 - 2 * spec.eta) * clean };
}
