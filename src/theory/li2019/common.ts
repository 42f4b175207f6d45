import { maxOf } from '../../core/vector';
import { CorruptedData } from '../../data/corruption';
import { Activation } from '../../models/activations';
import { spectralNorm } from '../../train/stepSize';
import { Hypothesis, hypothesis } from '../checks';

/** The paper, as every source string of this folder starts. */
export const PAPER = 'Li, Soltanolkotabi & Oymak 2019';

/** Quantities of Def. 1.1/1.2 measured on a data set (never read back from the generator's parameters). */
export interface MeasuredClusters {
  n: number;
  K: number;
  sizes: number[];
  /** c_low = K·min n_ℓ/n and c_up = K·max n_ℓ/n (Def. 1.1, read as c_low ≤ 1 ≤ c_up). */
  cLow: number;
  cUp: number;
  /** ‖C‖, spectral norm of the K×d center matrix. */
  centerNorm: number;
  /** max_i ‖x_i − c_ℓ(i)‖ (the ε0 the data actually have). */
  epsilon0: number;
  /** max_i |‖x_i‖ − 1|. */
  inputNormGap: number;
  /** max_ℓ (# i in cluster ℓ with y_i ≠ ỹ_i)/n_ℓ (the ρ the labels actually have). */
  corruptedFraction: number;
  /** min_{r≠s} |α_r − α_s| over the class labels. */
  delta: number;
}

export function measureClusters(data: CorruptedData): MeasuredClusters {
  const n = data.X.rows;
  const K = data.centers.rows;
  const sizes = new Array<number>(K).fill(0);
  const wrong = new Array<number>(K).fill(0);
  let epsilon0 = 0;
  let inputNormGap = 0;
  for (let i = 0; i < n; i++) {
    const l = data.cluster[i];
    sizes[l]++;
    if (data.labels[i] !== data.trueLabels[i]) wrong[l]++;
    let dist2 = 0;
    let norm2 = 0;
    for (let j = 0; j < data.X.columns; j++) {
      const x = data.X.get(i, j);
      dist2 += (x - data.centers.get(l, j)) ** 2;
      norm2 += x * x;
    }
    epsilon0 = Math.max(epsilon0, Math.sqrt(dist2));
    inputNormGap = Math.max(inputNormGap, Math.abs(Math.sqrt(norm2) - 1));
  }
  const labels = data.classLabels;
  let delta = Infinity;
  for (let r = 0; r < labels.length; r++) for (let s = r + 1; s < labels.length; s++) delta = Math.min(delta, Math.abs(labels[r] - labels[s]));
  const minSize = Math.min(...sizes);
  const maxSize = Math.max(...sizes);
  return {
    n,
    K,
    sizes,
    cLow: (K * minSize) / n,
    cUp: (K * maxSize) / n,
    centerNorm: spectralNorm(data.centers),
    epsilon0,
    inputNormGap,
    corruptedFraction: Math.max(...wrong.map((w, l) => w / sizes[l])),
    delta,
  };
}

/** |φ′|, |φ″| ≤ Γ with Γ finite (fails for ReLU, whose φ″ is a Dirac mass). */
export function smoothActivationHypothesis(activation: Activation): Hypothesis {
  return {
    name: '|φ′|, |φ″| ≤ Γ (smooth activation)',
    holds: activation.smooth,
    detail: `${activation.name}: sup|φ′| = ${activation.dphiBound}, sup|φ″| = ${activation.ddphiBound}`,
  };
}

export function exactClustersHypothesis(m: MeasuredClusters): Hypothesis {
  return hypothesis('ε0 = 0: every input equals its center (max ‖x_i − c_ℓ‖)', m.epsilon0, '<=', 1e-12);
}

export function corruptionHypothesis(m: MeasuredClusters, rho: number): Hypothesis {
  return hypothesis('at most ρ·n_ℓ labels corrupted per cluster (Def. 1.2): max_ℓ corrupted/n_ℓ ≤ ρ', m.corruptedFraction, '<=', rho + 1e-12);
}

export function unitInputsHypothesis(m: MeasuredClusters): Hypothesis {
  return hypothesis('unit-norm inputs (Def. 1.1): max |‖x_i‖ − 1|', m.inputNormGap, '<=', 1e-9);
}

/** The step-size condition η ≤ K/(2c_up·n·Γ²‖C‖²) of Theorems 2.3, 6.12 and 6.13. */
export function clusterStepBound(m: MeasuredClusters, gamma: number): number {
  return m.K / (2 * m.cUp * m.n * gamma * gamma * m.centerNorm * m.centerNorm);
}

export function clusterStepHypothesis(m: MeasuredClusters, gamma: number, eta: number): Hypothesis {
  return hypothesis('η ≤ K/(2c_up·n·Γ²‖C‖²)', eta, '<=', clusterStepBound(m, gamma) * (1 + 1e-12));
}

/** Largest entry of a list, as a plain loop (no spreading into Math.max). */
export function maxOver(values: readonly number[], from = 0, to = values.length): number {
  return maxOf(values.slice(from, to));
}
