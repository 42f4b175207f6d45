import { ValidationError } from '../../core/errors';
import { Activation } from '../../models/activations';
import { Hypothesis, hypothesis } from '../checks';

export const PAPER = 'Zhou, Xiong, Yuan & Hoi 2021';

/** Where a statement comes from, readable: "Zhou, Xiong, Yuan & Hoi 2021, Theorem 7 (2)". */
export function source(item: string): string {
  return `${PAPER}, ${item}`;
}

/**
 * What the clustered-data theorems (Thms 2, 4, 6, 7, Lemma 8) need to know about a (ρ, ε, δ)-corrupted dataset and
 * the network f(W, x) = vᵀφ(Wx) trained on it: sizes, the measured λ(C) and ‖C‖, the corruption actually planted,
 * and the activation (for Assumption 1's Γ).
 */
export interface ClusteredSetting {
  /** Cluster sizes n_ℓ (n = Σ n_ℓ, K = their count). */
  clusterSizes: readonly number[];
  /** λ(C) = λ_min(Σ(C)) for this activation (Assumption 2). */
  lambdaC: number;
  /** ‖C‖, the spectral norm of the centers. */
  centerNorm: number;
  /** The ρ the theorem is applied with. */
  rho: number;
  /** Labels actually corrupted in each cluster (Def. 1 allows at most ρ·n_ℓ). */
  corruptedPerCluster: readonly number[];
  /** Class separation δ = min |γ_i − γ_k|. */
  delta: number;
  /** Input radius ε (0: every crop is its center). */
  epsilon: number;
  activation: Activation;
  /** Hidden width k. */
  width: number;
}

export function sizes(setting: ClusteredSetting): { n: number; K: number; minCluster: number; maxCluster: number } {
  const K = setting.clusterSizes.length;
  if (K < 1) throw new ValidationError('clusterSizes', 'expected at least one cluster');
  let n = 0;
  let minCluster = Infinity;
  let maxCluster = 0;
  for (const s of setting.clusterSizes) {
    n += s;
    minCluster = Math.min(minCluster, s);
    maxCluster = Math.max(maxCluster, s);
  }
  if (setting.corruptedPerCluster.length !== K)
    throw new ValidationError('corruptedPerCluster', `expected ${K} counts, got ${setting.corruptedPerCluster.length}`);
  return { n, K, minCluster, maxCluster };
}

/** Γ of Assumption 1: max(1, |φ(0)|, sup|φ′|, sup|φ″|) (Γ ≥ 1). For ReLU, whose φ″ is no function, the φ″ part is left out (smoothnessHypothesis fails instead). */
export function assumptionGamma(act: Activation): number {
  return Math.max(1, act.phiAtZero, act.dphiBound, act.smooth && Number.isFinite(act.ddphiBound) ? act.ddphiBound : 1);
}

/** The step-size condition of Thms 2, 7, 8: η ≤ K/(2·c_up·n·Γ²‖C‖²), with c_up = K·max n_ℓ/n, i.e. 1/(2·max n_ℓ·Γ²‖C‖²). */
export function theoremStepSize(setting: ClusteredSetting): number {
  const { maxCluster } = sizes(setting);
  const gamma = assumptionGamma(setting.activation);
  return 1 / (2 * maxCluster * gamma ** 2 * setting.centerNorm ** 2);
}

/** Assumption 1: |φ(0)|, |φ′|, |φ″| ≤ Γ with φ″ a bounded function. ReLU fails it (φ″ is a Dirac mass). */
export function smoothnessHypothesis(act: Activation): Hypothesis {
  return {
    name: 'Assumption 1: |φ(0)|, |φ′|, |φ″| ≤ Γ (φ″ bounded)',
    holds: act.smooth && Number.isFinite(act.ddphiBound),
    detail: `${act.name}: sup|φ″| = ${act.smooth ? act.ddphiBound.toPrecision(3) : '∞ (not a function)'}`,
  };
}

/** Def. 1: at most ρ·n_ℓ labels corrupted in every cluster. */
export function corruptionHypothesis(setting: ClusteredSetting): Hypothesis {
  let worst = 0;
  setting.clusterSizes.forEach((s, l) => (worst = Math.max(worst, setting.corruptedPerCluster[l] / s)));
  return hypothesis('Def. 1: corrupted labels per cluster ≤ ρ·n_ℓ (max fraction ≤ ρ)', worst, '<=', setting.rho + 1e-12);
}

export function stepSizeHypothesis(setting: ClusteredSetting, stepSizes: readonly number[]): Hypothesis {
  const largest = Math.max(...stepSizes);
  return hypothesis('η ≤ K/(2c_up·n·Γ²‖C‖²)', largest, '<=', theoremStepSize(setting) * (1 + 1e-12));
}

export function cleanInputsHypothesis(setting: ClusteredSetting): Hypothesis {
  return hypothesis('ε = 0 (every crop is its center)', setting.epsilon, '<=', 0);
}

/** Lower end of a two-sided 95% Student-t interval: t_{0.975, ν} for ν = 1…30, normal beyond. */
export function studentT975(dof: number): number {
  const table = [
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074,
    2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
  ];
  if (!(dof >= 1)) return NaN;
  return dof <= 30 ? table[Math.floor(dof) - 1] : 1.96;
}
