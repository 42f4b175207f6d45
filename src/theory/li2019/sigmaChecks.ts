import { Matrix } from 'ml-matrix';
import { BoundCheck, boundCheck, hypothesis } from '../checks';
import { SigmaResult } from '../sigma';
import { Activation, ActivationSpec, activation as resolveActivation } from '../../models/activations';
import { normalQuantile } from '../../core/special';
import { ValidationError } from '../../core/errors';

/**
 * Checks around Σ(C) of Li, Soltanolkotabi & Oymak 2019, Definition 2.1: agreement of the three ways the project
 * computes it (a consistency test of the code: `identity`), and the identity E_{W0}[J(W0,C)J(W0,C)ᵀ] = Σ(C) that makes
 * Σ(C) the covariance of the network's Jacobian at the centers, tested against Monte Carlo standard errors (`bound`).
 */

const PAPER = 'Li, Soltanolkotabi & Oymak 2019';
/** Family-wise false-alarm rate of the Monte Carlo tests (Bonferroni over the entries compared). */
export const MONTE_CARLO_FALSE_ALARM = 1e-3;

/** The two-sided z a family of `m` comparisons must stay under so all pass with probability ≥ 1 − `alpha` when the formula is right. */
export function bonferroniZ(m: number, alpha = MONTE_CARLO_FALSE_ALARM): number {
  return normalQuantile(1 - alpha / (2 * m));
}

function maxAbsGap(a: Matrix, b: Matrix): number {
  let gap = 0;
  for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.columns; j++) gap = Math.max(gap, Math.abs(a.get(i, j) - b.get(i, j)));
  return gap;
}

/**
 * Σ(C) by two methods for the same centers and activation:
 * - against quadrature: max |Σ_ref − Σ_quad| ≤ the quadrature's own error estimate (`identity`);
 * - against Monte Carlo: max_ij |Σ_ref − Σ_MC|/SE_ij ≤ z, z Bonferroni over the K(K+1)/2 entries at false-alarm
 *   rate 10⁻³ (`identity`: a wrong closed form moves the gap by many standard errors; a right one passes with
 *   probability ≥ 0.999).
 * Both are tests of the code, not evidence about the paper.
 */
export function sigmaAgreementCheck(reference: SigmaResult, other: SigmaResult): BoundCheck {
  if (reference.sigma.rows !== other.sigma.rows) throw new ValidationError('other', 'Σ(C) of different sizes');
  const K = reference.sigma.rows;
  const gap = maxAbsGap(reference.sigma, other.sigma);
  const same = hypothesis('same activation', reference.activation === other.activation ? 1 : 0, '>=', 1);
  same.detail = `${reference.activation} vs ${other.activation}`;
  if (other.method === 'montecarlo') {
    if (!other.standardErrors) throw new ValidationError('other.standardErrors', 'a Monte Carlo result carries its standard errors');
    let worst = 0;
    for (let i = 0; i < K; i++) {
      for (let j = i; j < K; j++) {
        const se = other.standardErrors.get(i, j);
        const g = Math.abs(reference.sigma.get(i, j) - other.sigma.get(i, j));
        worst = Math.max(worst, se > 0 ? g / se : g <= 1e-12 ? 0 : Infinity);
      }
    }
    const m = (K * (K + 1)) / 2;
    const z = bonferroniZ(m);
    return boundCheck({
      id: `sigma.${reference.method}-vs-montecarlo.${reference.activation}`,
      kind: 'identity',
      name: `max_ij |Σ_${reference.method} − Σ_MC|/SE ≤ ${z.toFixed(2)} (${reference.activation}; Bonferroni over ${m} entries at 10⁻³; a consistency test of the code)`,
      source: `${PAPER}, Definition 2.1 (Σ(C) by ${reference.method} vs Monte Carlo)`,
      hypotheses: [same],
      lhs: worst,
      relation: '<=',
      rhs: z,
      details: { samples: other.samples ?? 0, 'max |gap|': gap, 'largest SE': other.errorEstimate },
    });
  }
  return boundCheck({
    id: `sigma.${reference.method}-vs-${other.method}.${reference.activation}`,
    kind: 'identity',
    name: `max_ij |Σ_${reference.method} − Σ_${other.method}| ≤ stated error (${reference.activation}; a consistency test of the code)`,
    source: `${PAPER}, Definition 2.1 (Σ(C) by ${reference.method} vs ${other.method})`,
    hypotheses: [same],
    lhs: gap,
    relation: '<=',
    rhs: Math.max(other.errorEstimate, reference.errorEstimate, 1e-14),
    details: { nodes: other.nodes ?? 0 },
  });
}

/** One width's measured Gram at the centers, with the weights it came from. */
export interface CenterGram {
  /** The k × d first-layer weights W0 (rows i.i.d. N(0, I)). */
  W0: Matrix;
  /** The output layer v (the theory: v_l = ±1/√k). */
  v: ArrayLike<number>;
  /** J(W0, C)J(W0, C)ᵀ as the library's Jacobian code computed it. */
  gram: Matrix;
}

export interface GramExpectationMeasurement {
  width: number;
  /** max_ij |G_ij − Σ_ij|. */
  maxGap: number;
  /** max_ij |G_ij − Σ_ij| / SE_ij. */
  maxZ: number;
  /** Largest per-entry standard error of G over the k hidden units. */
  maxStandardError: number;
}

/**
 * E_{W0}[J(W0,C)J(W0,C)ᵀ] = Σ(C) (Li, Soltanolkotabi & Oymak 2019, Def. 2.1 with §4.5's Gram formula): with v_l² = 1/k,
 * G_ij = (1/k)Σ_l (CCᵀ)_ij φ'(c_iᵀw_l)φ'(c_jᵀw_l) is a mean of k i.i.d. terms with mean Σ_ij. The standard error of
 * each entry is estimated from those k terms (recomputed from W0 and the activation, independently of the Jacobian
 * code that produced G), and the check asks max over entries and widths of |G_ij − Σ_ij|/SE_ij ≤ z with z Bonferroni
 * at family-wise false-alarm rate 10⁻³: a Jacobian with a wrong φ' or a wrong Σ(C) fails by many standard errors.
 * Hypotheses: v_l² = 1/k for every l; the centers are the rows whose Gram was measured.
 */
export function gramExpectationCheck(params: { centers: Matrix; activation: ActivationSpec | Activation; sigma: SigmaResult; grams: readonly CenterGram[] }): {
  check: BoundCheck;
  measurements: GramExpectationMeasurement[];
} {
  const { centers: C, grams } = params;
  if (grams.length === 0) throw new ValidationError('grams', 'need at least one width');
  const act = resolveActivation(params.activation as ActivationSpec);
  const K = C.rows;
  const CCt = C.mmul(C.transpose());
  const S = params.sigma.sigma;
  let worstV = 0;
  const measurements = grams.map(({ W0, v, gram }) => {
    const k = W0.rows;
    for (let l = 0; l < k; l++) worstV = Math.max(worstV, Math.abs(v[l] * v[l] * k - 1));
    const Z = C.mmul(W0.transpose()); // K × k
    const D = new Float64Array(K * k);
    for (let i = 0; i < K; i++) for (let l = 0; l < k; l++) D[i * k + l] = act.dphi(Z.get(i, l));
    let maxGap = 0;
    let maxZ = 0;
    let maxSe = 0;
    for (let i = 0; i < K; i++) {
      for (let j = i; j < K; j++) {
        let sum = 0;
        let sumSq = 0;
        for (let l = 0; l < k; l++) {
          const t = CCt.get(i, j) * D[i * k + l] * D[j * k + l];
          sum += t;
          sumSq += t * t;
        }
        const meanT = sum / k;
        const variance = Math.max(0, (sumSq / k - meanT * meanT) * (k / Math.max(1, k - 1)));
        const se = Math.sqrt(variance / k);
        const g = Math.abs(gram.get(i, j) - S.get(i, j));
        maxGap = Math.max(maxGap, g);
        maxSe = Math.max(maxSe, se);
        maxZ = Math.max(maxZ, se > 0 ? g / se : g <= 1e-12 ? 0 : Infinity);
      }
    }
    return { width: k, maxGap, maxZ, maxStandardError: maxSe };
  });
  const m = (grams.length * K * (K + 1)) / 2;
  const z = bonferroniZ(m);
  const activationMatch = {
    name: 'Σ(C) computed for the same activation',
    holds: params.sigma.activation === act.name,
    detail: `Σ for ${params.sigma.activation}, Gram for ${act.name}`,
  };
  const check = boundCheck({
    id: `sigma.gram-expectation.${act.name}`,
    kind: 'bound',
    name: `max over entries and widths of |J(W0,C)J(W0,C)ᵀ − Σ(C)|/SE ≤ ${z.toFixed(2)} (${act.name}; Bonferroni over ${m} entries at 10⁻³)`,
    source: `${PAPER}, Definition 2.1 with the Gram formula of §4.5 (E[J(W0,C)J(W0,C)ᵀ] = Σ(C))`,
    hypotheses: [
      hypothesis('v_l² = 1/k: max |k·v_l² − 1|', worstV, '<=', 1e-9),
      activationMatch,
      { name: 'Gram of the given centers', holds: grams.every((g) => g.gram.rows === K && g.gram.columns === K), detail: `${K} centers` },
    ],
    lhs: Math.max(...measurements.map((x) => x.maxZ)),
    relation: '<=',
    rhs: z,
    details: Object.fromEntries(measurements.map((x) => [`max gap at k = ${x.width}`, x.maxGap])),
  });
  return { check, measurements };
}
