import { ValidationError } from '../core/errors';
import { Rng } from '../core/random';
import { inRange } from '../core/validate';
import { ClusterableData } from './clusterable';

/**
 * - `reassign`: each chosen label moves to a different class, uniformly (every chosen label flips);
 * - `resample`: each chosen label is redrawn uniformly from all classes and may stay (Li et al. 2019 Fig. 6:
 *   30% chosen, about 15% actually flipped with two classes).
 */
export const CORRUPTION_SCHEMES = ['reassign', 'resample'] as const;
export type CorruptionScheme = (typeof CORRUPTION_SCHEMES)[number];

export interface CorruptionSpec {
  /** ρ ∈ [0, 1]: ⌊ρ·n_ℓ⌋ labels are chosen in each cluster ℓ. */
  fraction: number;
  scheme: CorruptionScheme;
}

/** A (ρ, ε0, δ) corrupted dataset (Def. 1.2): the clean data plus noisy labels and the corruption masks. */
export interface CorruptedData extends ClusterableData {
  readonly rho: number;
  readonly scheme: CorruptionScheme;
  /** Observed (possibly corrupted) class index of each point. */
  readonly noisyClass: Int32Array;
  /** Observed labels y_i = α_{noisyClass}. */
  readonly labels: Float64Array;
  /** 1 where the index was chosen for corruption (it may have kept its label under `resample`). */
  readonly selected: Uint8Array;
  /** 1 where y_i ≠ ỹ_i. */
  readonly corrupted: Uint8Array;
  /** Number of corrupted labels in each cluster (≤ ρ·n_ℓ). */
  readonly corruptedPerCluster: readonly number[];
  /** Fraction of all labels with y_i ≠ ỹ_i. */
  readonly flippedFraction: number;
}

/** Corrupts at most ρ·n_ℓ labels per cluster (Def. 1.2); the ground truth is kept alongside. */
export function corruptLabels(data: ClusterableData, spec: CorruptionSpec, rng: Rng): CorruptedData {
  const rho = inRange(spec.fraction, 'corruption.fraction', 0, 1);
  if (!CORRUPTION_SCHEMES.includes(spec.scheme)) {
    throw new ValidationError('corruption.scheme', `unknown scheme "${spec.scheme}"; known: ${CORRUPTION_SCHEMES.join(', ')}`);
  }
  const classes = data.classLabels.length;
  const n = data.trueClass.length;
  const noisyClass = Int32Array.from(data.trueClass);
  const selected = new Uint8Array(n);
  const corrupted = new Uint8Array(n);
  const corruptedPerCluster: number[] = [];
  let start = 0;
  for (let l = 0; l < data.clusterSizes.length; l++) {
    const size = data.clusterSizes[l];
    // the 1e-9 keeps e.g. 0.29·100 = 28.999… from losing a label to round-off
    const count = Math.floor(rho * size + 1e-9);
    let flipped = 0;
    for (const offset of rng.choice(size, count)) {
      const i = start + offset;
      selected[i] = 1;
      const truth = data.trueClass[i];
      if (spec.scheme === 'reassign') {
        const other = rng.int(classes - 1);
        noisyClass[i] = other >= truth ? other + 1 : other;
      } else {
        noisyClass[i] = rng.int(classes);
      }
      if (noisyClass[i] !== truth) {
        corrupted[i] = 1;
        flipped++;
      }
    }
    corruptedPerCluster.push(flipped);
    start += size;
  }
  const labels = Float64Array.from(noisyClass, (c) => data.classLabels[c]);
  const flippedFraction = corruptedPerCluster.reduce((a, b) => a + b, 0) / n;
  return { ...data, rho, scheme: spec.scheme, noisyClass, labels, selected, corrupted, corruptedPerCluster, flippedFraction };
}
