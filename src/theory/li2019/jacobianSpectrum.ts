import { BoundCheck, boundCheck, hypothesis } from '../checks';
import { countAbove } from '../../linalg/spectrum';
import { ValidationError } from '../../core/errors';

/**
 * The clusterable analogue of Fig. 5 / Table 1 (Li, Soltanolkotabi & Oymak 2019): on (ε0, δ)-clusterable data the
 * Jacobian is bimodal (Assumption 1) with a signal subspace S+ of dimension K (scalar network; K·K̄ for the rows of
 * K̄ outputs), so "only a few singular values are large" becomes a count. Weyl's inequality makes it a bound: with
 * J = Π+J + Π−J, rank(Π+J) ≤ dim S+ = G and ‖Π−J‖ = ε,
 *   σ_{G+1}(J) ≤ ε      ⇒ #{σ_i > t} ≤ G when ε ≤ t,
 *   σ_G(J) ≥ α − ε      ⇒ #{σ_i > t} ≥ G when α − ε > t,
 * for the threshold t = 0.1·σ_max. α, β, ε are measured on the same Jacobian (`bimodalConstants`).
 */

const PAPER = 'Li, Soltanolkotabi & Oymak 2019';

export interface ClusterSpectrumInput {
  /** Every singular value of J, descending (the full spectrum, e.g. from the Gram). */
  singularValues: readonly number[];
  /** J's shape. */
  shape: [number, number];
  /** Assumption 1's constants for J and S+ (α = min, β = max of ‖Jᵀv‖ over unit v ∈ S+; ε = ‖Π−J‖). */
  alpha: number;
  beta: number;
  epsilon: number;
  /** dim S+: K for the scalar network, K·K̄ for K̄ stacked outputs. */
  dimension: number;
  /** Short tag for ids and names, e.g. "scalar" or "3-output". */
  label: string;
}

export function clusterSpectrumChecks(input: ClusterSpectrumInput, fraction = 0.1): BoundCheck[] {
  const { singularValues: s, alpha, epsilon, dimension: G } = input;
  if (s.length === 0) throw new ValidationError('singularValues', 'empty spectrum');
  const full = Math.min(input.shape[0], input.shape[1]);
  const complete = { name: 'complete spectrum (count exact)', holds: s.length >= full, detail: `${s.length} of ${full} singular values` };
  const top = s[0];
  const t = fraction * top;
  const count = countAbove(s, fraction);
  const source = `${PAPER}, Assumption 1 and Fig. 5 / Table 1 (clusterable analogue), via Weyl's inequality`;
  const details = { count, 'dim S+': G, σ_max: top, threshold: t, α: alpha, ε: epsilon, [`σ_${G}`]: s[G - 1] ?? 0, [`σ_${G + 1}`]: s[G] ?? 0 };
  return [
    boundCheck({
      id: `li2019.fig5.cluster-count.${input.label}.upper`,
      kind: 'bound',
      name: `# σ > ${fraction}·σ_max ≤ dim S+ = ${G} (${input.label}; ε = ‖Π−J‖ ≤ ${fraction}·σ_max)`,
      source,
      hypotheses: [complete, hypothesis(`noise level ε ≤ ${fraction}·σ_max`, epsilon, '<=', t)],
      lhs: count,
      relation: '<=',
      rhs: G,
      details,
    }),
    boundCheck({
      id: `li2019.fig5.cluster-count.${input.label}.lower`,
      kind: 'bound',
      name: `# σ > ${fraction}·σ_max ≥ dim S+ = ${G} (${input.label}; α − ε > ${fraction}·σ_max)`,
      source,
      hypotheses: [complete, hypothesis(`signal gap α − ε > ${fraction}·σ_max`, alpha - epsilon, '>', t)],
      lhs: count,
      relation: '>=',
      rhs: G,
      details,
    }),
  ];
}
