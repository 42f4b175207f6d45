/**
 * A numerical check of one statement from a paper, with both sides, the hypotheses it needs and what kind of
 * evidence it is. The verdict is never 'holds' when a hypothesis failed: the statement is then not claimed, and
 * the measured numbers are still reported.
 */

/**
 * What a check is evidence of:
 * - `bound`: a theorem's, lemma's or proposition's inequality, evaluated on measured quantities;
 * - `invariant`: a step of a proof (a monotone potential, a frozen component, a per-step contraction) checked
 *   along a trajectory;
 * - `empirical`: a claim of the paper's experiments; any threshold the project chose says why in `threshold`;
 * - `identity`: true by construction (an algebraic identity, a property of the generator). A correctness test of
 *   the code, shown in reports but never counted as evidence.
 */
export type CheckKind = 'bound' | 'invariant' | 'empirical' | 'identity';

export const CHECK_KINDS: readonly CheckKind[] = ['bound', 'invariant', 'empirical', 'identity'];

/** Kinds whose verdicts count as evidence about a paper. */
export const EVIDENCE_KINDS: readonly CheckKind[] = ['bound', 'invariant', 'empirical'];

export interface BoundCheck {
  /** Stable identifier, unique within a notebook, e.g. "li2019.thm2.3.noise-residual-frozen"; pinned verdicts are keyed by it. */
  id: string;
  kind: CheckKind;
  /** Short statement, e.g. "λ(C) ≥ ν/(100K²)". */
  name: string;
  /** Where the statement comes from, readable: paper (authors, year), item, equation, e.g. "Li, Soltanolkotabi & Oymak 2019, Theorem 2.3 (eq. 2.5)". */
  source: string;
  /** Hypotheses evaluated from measured numbers by the theory function that built the check. */
  hypotheses: Hypothesis[];
  lhs: number;
  relation: '<=' | '>=';
  rhs: number;
  /** Whether lhs relation rhs holds numerically (regardless of hypotheses). */
  inequalityHolds: boolean;
  verdict: Verdict;
  /** For `empirical` checks with a threshold of the project's choosing: why that threshold. */
  threshold?: string;
  /** How many independent seeds the numbers come from (1 = a single run, labelled as such in reports). */
  seeds?: number;
  /** Extra measured quantities worth showing next to the verdict. */
  details: Record<string, number | string | boolean>;
}

export interface Hypothesis {
  name: string;
  holds: boolean;
  /** What was measured, e.g. "max |‖c_ℓ‖ − 1| = 3e-16". */
  detail: string;
}

/** holds: hypotheses met and inequality true; violated: hypotheses met, inequality false; not-applicable: a hypothesis failed. */
export type Verdict = 'holds' | 'violated' | 'not-applicable';

export interface BoundCheckInput {
  id: string;
  kind: CheckKind;
  name: string;
  source: string;
  hypotheses?: Hypothesis[];
  lhs: number;
  relation: '<=' | '>=';
  rhs: number;
  threshold?: string;
  seeds?: number;
  details?: Record<string, number | string | boolean>;
}

/** Builds a check from its two sides; theory functions call this, notebooks call the theory functions. */
export function boundCheck(params: BoundCheckInput): BoundCheck {
  if (!CHECK_KINDS.includes(params.kind)) throw new Error(`boundCheck ${params.id}: unknown kind "${params.kind}"`);
  if (params.kind === 'empirical' && params.threshold === undefined && params.seeds === undefined) {
    throw new Error(`boundCheck ${params.id}: an empirical check states why its threshold is what it is (threshold)`);
  }
  const hypotheses = params.hypotheses ?? [];
  const { lhs, rhs, relation } = params;
  // NaN on either side fails the comparison, so it can only yield 'violated' or 'not-applicable'.
  const inequalityHolds = relation === '<=' ? lhs <= rhs : lhs >= rhs;
  const verdict: Verdict = hypotheses.some((h) => !h.holds) ? 'not-applicable' : inequalityHolds ? 'holds' : 'violated';
  const check: BoundCheck = {
    id: params.id,
    kind: params.kind,
    name: params.name,
    source: params.source,
    hypotheses,
    lhs,
    relation,
    rhs,
    inequalityHolds,
    verdict,
    details: params.details ?? {},
  };
  if (params.threshold !== undefined) check.threshold = params.threshold;
  if (params.seeds !== undefined) check.seeds = params.seeds;
  return check;
}

/** A hypothesis `value relation limit`, with the numbers in its detail. */
export function hypothesis(name: string, value: number, relation: '<=' | '>=' | '<' | '>', limit: number, digits = 4): Hypothesis {
  const holds = relation === '<=' ? value <= limit : relation === '>=' ? value >= limit : relation === '<' ? value < limit : value > limit;
  const show = (x: number) => (Number.isInteger(x) && Math.abs(x) < 1e15 ? String(x) : x.toPrecision(digits));
  return { name, holds, detail: `${show(value)} ${relation.replace('<=', '≤').replace('>=', '≥')} ${show(limit)}` };
}
