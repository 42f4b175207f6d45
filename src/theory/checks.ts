/**
 * A numerical check of one inequality from a paper, with both sides and the hypotheses it needs.
 * The verdict is never 'holds' when a hypothesis failed: the bound is then not claimed, and the
 * measured numbers are still reported.
 */
export interface BoundCheck {
  /** Short name, e.g. "λ(C) ≥ ν/(100K²)". */
  name: string;
  /** Where the bound comes from, e.g. "seed 000 Def. 2.1 fact (i) [Oymak & Soltanolkotabi 2019]". */
  source: string;
  hypotheses: Hypothesis[];
  lhs: number;
  relation: '<=' | '>=';
  rhs: number;
  /** Whether lhs relation rhs holds numerically (regardless of hypotheses). */
  inequalityHolds: boolean;
  verdict: Verdict;
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

export function boundCheck(params: {
  name: string;
  source: string;
  hypotheses?: Hypothesis[];
  lhs: number;
  relation: '<=' | '>=';
  rhs: number;
  details?: Record<string, number | string | boolean>;
}): BoundCheck {
  const hypotheses = params.hypotheses ?? [];
  const { lhs, rhs, relation } = params;
  // NaN on either side fails the comparison, so it can only yield 'violated' or 'not-applicable'.
  const inequalityHolds = relation === '<=' ? lhs <= rhs : lhs >= rhs;
  const verdict: Verdict = hypotheses.some((h) => !h.holds) ? 'not-applicable' : inequalityHolds ? 'holds' : 'violated';
  return { name: params.name, source: params.source, hypotheses, lhs, relation, rhs, inequalityHolds, verdict, details: params.details ?? {} };
}
