import { Hypothesis, hypothesis } from '../checks';
import { benignAssumptions } from '../../papers/freiBenign/benign';
import { empiricalC1 } from '../../papers/freiBenign/benign';
import { ValidationError } from '../../core/errors';
import type { MixtureData } from '../../data/mixture';

/**
 * The setting of Frei, Chatterji & Bartlett 2022 (benign overfitting without linearity), §2: n samples in R^p of the
 * two-cluster mixture x = z + ỹμ with label-noise rate η, a width-m network with a γ-leaky, H-smooth activation
 * (the smoothed leaky ReLU, eq. 1), step size α, initialisation scale ω_init, failure probability δ.
 *
 * Reading of "C large": every assumption (A1)–(A4) is evaluated with C = `assumptionC` (default 1, the weakest
 * reading of C > 1), so a verdict `violated` means "the inequality fails although the sizes meet the assumptions
 * with C = assumptionC". (A5), α ≤ (C·max{1, H/√m}·p²)⁻¹, cannot be met by any runnable experiment (it would need
 * ~p² steps): it is relaxed project-wide to α = c·n/p, never listed as a met hypothesis, and its effective C is put in
 * every check's details. The proof conditions that follow from (A5) alone (eq. 18, eq. 34) are relaxed with it; the
 * other conditions of the proofs (step-size Case 1 and dimension Case 2 of Lemma 4.9, the noise conditions of
 * Lemmas 4.11 and 4.12, eq. 26) are evaluated from the measured constants.
 */
export interface BenignSetting {
  n: number;
  /** Input dimension p. */
  p: number;
  muNorm: number;
  /** Label-noise rate η claimed for the data. */
  eta: number;
  /** Width m. */
  width: number;
  /** Leak γ of the smoothed leaky ReLU. */
  gamma: number;
  /** Smoothness H. */
  H: number;
  /** Step size α. */
  alpha: number;
  /** Initialisation scale ω_init. */
  omega: number;
  /** Failure probability δ ∈ (0, ½). */
  delta: number;
  /** C used for (A1)–(A4) (default 1). */
  assumptionC?: number;
}

/** What the proofs use of the training sample: K = XXᵀ, labels, the noisy set N and ⟨μ, x_k⟩. */
export interface BenignSample {
  n: number;
  /** K = XXᵀ (n×n row-major). */
  K: ArrayLike<number>;
  /** Observed labels y_k. */
  labels: ArrayLike<number>;
  /** 1 where y_k ≠ ỹ_k (the set N). */
  noisy: ArrayLike<number>;
  /** ⟨μ, x_k⟩. */
  signal: ArrayLike<number>;
}

export const FREI_BENIGN = 'Frei, Chatterji & Bartlett 2022 (benign overfitting)';

/** The sample the proofs see, from a mixture (μ = ‖μ‖e1, so ⟨μ, x_k⟩ = ‖μ‖·x_k[0]) and K = XXᵀ. */
export function benignSample(data: MixtureData, K: ArrayLike<number>): BenignSample {
  const n = data.X.rows;
  if (K.length !== n * n) throw new ValidationError('K', `expected ${n}×${n} entries, got ${K.length}`);
  return { n, K, labels: data.labels, noisy: data.noisy, signal: Float64Array.from({ length: n }, (_, k) => data.muNorm * data.X.get(k, 0)) };
}

/** Constants of the proofs measured on the sample: C1 (Lemma 4.3), C_r = 16C1²/γ² (Lemma 4.9), C2 = √(3C1²C_r) (Lemma 4.10). */
export interface BenignConstants {
  C1: number;
  Cr: number;
  C2: number;
  noisyCount: number;
  noisyFraction: number;
  /** max_k |⟨μ, y_k x_k⟩ ∓ ‖μ‖²|/(‖μ‖²/2) (sign − for clean, + for noisy): ≤ 1 is E.3/E.4. */
  signalAlignment: number;
  /** Effective C of (A5), reported because (A5) is relaxed. */
  a5EffectiveC: number;
  /** R = n‖μ‖⁴/p, the exponent of Theorem 3.1. */
  R: number;
}

export function benignConstants(setting: BenignSetting, sample: BenignSample): BenignConstants {
  const { n, p, muNorm, gamma } = setting;
  if (sample.n !== n) throw new ValidationError('sample', `has ${sample.n} points, the setting ${n}`);
  const C1 = empiricalC1(sample.K, n, p, muNorm, setting.delta);
  const Cr = (16 * C1 * C1) / (gamma * gamma);
  let noisyCount = 0;
  let alignment = 0;
  const mu2 = muNorm * muNorm;
  for (let k = 0; k < n; k++) {
    noisyCount += sample.noisy[k] ? 1 : 0;
    const target = sample.noisy[k] ? -mu2 : mu2;
    alignment = Math.max(alignment, Math.abs(sample.labels[k] * sample.signal[k] - target) / (mu2 / 2));
  }
  const a5 = benignAssumptions(assumptionInput(setting)).constants.find((c) => c.id === 'A5')!.effectiveC;
  return {
    C1,
    Cr,
    C2: Math.sqrt(3 * C1 * C1 * Cr),
    noisyCount,
    noisyFraction: noisyCount / n,
    signalAlignment: alignment,
    a5EffectiveC: a5,
    R: (n * mu2 * mu2) / p,
  };
}

function assumptionInput(s: BenignSetting) {
  return { n: s.n, p: s.p, muNorm: s.muNorm, eta: s.eta, alpha: s.alpha, H: s.H, width: s.width, omega: s.omega, delta: s.delta };
}

/** (A1)–(A4) with C = assumptionC and (A6), from the sizes (Frei et al. 2022 §2.2). (A5) is relaxed (see BenignSetting). */
export function assumptionHypotheses(
  setting: BenignSetting,
  which: readonly ('A1' | 'A2' | 'A3' | 'A4' | 'A6')[] = ['A1', 'A2', 'A3', 'A4', 'A6'],
): Hypothesis[] {
  const C = setting.assumptionC ?? 1;
  const a = benignAssumptions(assumptionInput(setting));
  const out: Hypothesis[] = [];
  for (const c of a.constants) {
    if (c.id === 'A5' || !which.includes(c.id as 'A1')) continue;
    out.push(hypothesis(`(${c.id}) ${c.statement} with C = ${C}: effective C`, c.effectiveC, '>=', C));
  }
  if (which.includes('A6')) out.push(hypothesis('(A6) ω_init√(mp) ≤ α', a.a6.lhs, '<=', a.a6.rhs));
  return out;
}

/**
 * The good-run events the proofs use beyond the sizes (Lemma 4.3 E.3/E.4, and |N| ≤ 2ηn as used in eq. 24): labels
 * flipped beyond the claimed η, or a mean vector weaker than claimed, fail here.
 */
export function goodRunHypotheses(setting: BenignSetting, constants: BenignConstants): Hypothesis[] {
  return [
    hypothesis('Lemma 4.3 E.3/E.4: max_k |⟨μ, y_k x_k⟩ ∓ ‖μ‖²|/(‖μ‖²/2)', constants.signalAlignment, '<=', 1),
    hypothesis('|N| ≤ 2ηn (used in eq. 24)', constants.noisyCount, '<=', 2 * setting.eta * setting.n),
  ];
}

/** Details every check of this paper carries: the relaxed (A5) and the measured constants. */
export function settingDetails(constants: BenignConstants): Record<string, number | string> {
  return { '(A5) relaxed: effective C': constants.a5EffectiveC, C1_emp: constants.C1, 'R = n‖μ‖⁴/p': constants.R, '|N|': constants.noisyCount };
}
