import { maxOf, minOf } from '../../core/vector';
import { BoundCheck, boundCheck, CheckKind, Hypothesis, hypothesis } from '../checks';
import { toFlat } from '../../linalg/flat';
import { XorRun, xorStoppingTime } from '../../papers/freiXor/xorRun';
import { analyse, AXIS, condition9Violations, meanProjection, OPPOSITE, perpendicularProjection, XorAnalysis } from './analysis';
import { gdTrajectoryHypothesis, settingOf, XOR_SOURCE, xorAssumptions, XorSetting } from './assumptions';

/**
 * The lemmas of Frei, Chatterji & Bartlett 2022 (XOR), §4 and App. A, each as a function of one measured run.
 * Every check's hypotheses are (A1)–(A7) at the run's sizes (see `xorAssumptions`), the side conditions the lemma's
 * proof states explicitly, and — for statements about the trajectory — that the trajectory is GD with the reported
 * step. Random events the lemma builds on ("on a good run", Definition 7) are not hypotheses: they are themselves
 * checked (Lemmas 3–6) and the probability statement is tested as a success fraction over seeds (`overSeedsChecks`).
 * Statements that the run's parameters imply whatever the data (a priori bounds from ‖x_i‖, |ℓ′| ≤ 1 and the
 * initial norms) are reported as `identity`, with the a priori bound in their details.
 */
export interface XorCheckOptions {
  /** Failure probability δ of the statements (default 0.1). */
  delta?: number;
  /** Constant C₀ of the candidate sets J_μ (Lemma 4; default 2; the proof's value 2³⁰e⁴ ≈ 5.9·10¹⁰ makes the threshold ≈ 0). */
  C0?: number;
  /** Smallest effective constant accepted for each of (A1)–(A7) (default 2). */
  minC?: number;
}

interface Resolved {
  delta: number;
  C0: number;
  minC: number;
  setting: XorSetting;
  A: XorAnalysis;
}

function resolve(run: XorRun, options: XorCheckOptions): Resolved {
  const delta = options.delta ?? 0.1;
  const C0 = options.C0 ?? 2;
  const minC = options.minC ?? 2;
  return { delta, C0, minC, setting: settingOf(run, delta), A: analyse(run, C0) };
}

const PAPER = XOR_SOURCE;
const E2 = Math.exp(-2);

/** Picks the named assumptions (e.g. '(A1)', '(A2)') out of the full list. */
function only(all: Hypothesis[], names: string[]): Hypothesis[] {
  return all.filter((h) => h.name.startsWith('δ') || names.some((p) => h.name.startsWith(p)));
}

function check(params: {
  id: string;
  kind: CheckKind;
  name: string;
  item: string;
  hypotheses: Hypothesis[];
  lhs: number;
  relation: '<=' | '>=';
  rhs: number;
  claimed: number;
  details?: Record<string, number | string | boolean>;
}): BoundCheck {
  return boundCheck({
    id: params.id,
    kind: params.kind,
    name: params.name,
    source: `${PAPER}, ${params.item}`,
    hypotheses: params.hypotheses,
    lhs: params.lhs,
    relation: params.relation,
    rhs: params.rhs,
    seeds: 1,
    details: { 'claimed probability': params.claimed, ...params.details },
  });
}

/** Largest / smallest of an iterable (NaN if any value is NaN), through the toolkit's loops. */
const maxOver = (values: Iterable<number>): number => maxOf(Array.from(values));
const minOver = (values: Iterable<number>): number => minOf(Array.from(values));

function* range(from: number, to: number): Generator<number> {
  for (let t = from; t <= to; t++) yield t;
}

/**
 * Lemma 3 (initial norms and counts; holds with probability ≥ 1 − δ over the initialisation):
 * (i) ½ω√d ≤ ‖w_j^(0)‖ ≤ (3/2)ω√d for every j, checked as max_j |‖w_j^(0)‖/(ω√d) − 1| ≤ ½, under the proof's use of
 * (A1), √(8 log(4m/δ)/d) ≤ ½; (ii) #{j : |⟨w_j^(0), μ⟩| ≥ ω/(2C₀)} ≥ m(1 − 1/(2C₀) − √(2 log(4/δ)/m)), for μ = μ₁
 * and μ₂ (so 1 − 2δ for both). A run whose initial scale is not the reported ω violates them.
 */
export function lemma3(run: XorRun, options: XorCheckOptions = {}): BoundCheck[] {
  const { delta, C0, setting } = resolve(run, options);
  const { m, d, omega } = setting;
  const W0 = toFlat(run.snapshots[0]);
  const ratios = Array.from({ length: m }, (_, j) => {
    let s = 0;
    for (let c = 0; c < d; c++) s += W0[j * d + c] ** 2;
    return Math.sqrt(s) / (omega * Math.sqrt(d));
  });
  const counts = [0, 2].map((k) => {
    let count = 0;
    for (let j = 0; j < m; j++) if (Math.abs(meanProjection(W0, d, j, k)) >= omega / (2 * C0)) count++;
    return count;
  });
  return [
    check({
      id: 'freiXor.lemma3.i.initial-norms',
      // a concentration property of the Gaussian initialisation: a test of the generator, not evidence
      kind: 'identity',
      item: 'Lemma 3(i)',
      name: 'max_j |‖w_j⁽⁰⁾‖/(ω√d) − 1| ≤ ½',
      hypotheses: [
        hypothesis('δ ∈ (0, ½)', delta, '<', 0.5),
        hypothesis('(A1) as the proof uses it: √(8 log(4m/δ)/d) ≤ ½', Math.sqrt((8 * Math.log((4 * m) / delta)) / d), '<=', 0.5),
      ],
      lhs: maxOver(ratios.map((r) => Math.abs(r - 1))),
      relation: '<=',
      rhs: 0.5,
      claimed: 1 - delta,
      details: { 'min ratio': minOver(ratios), 'max ratio': maxOver(ratios) },
    }),
    check({
      id: 'freiXor.lemma3.ii.correlated-count',
      kind: 'bound',
      item: 'Lemma 3(ii)',
      name: `min over μ ∈ {μ1, μ2} of #{j : |⟨w_j⁽⁰⁾, μ⟩| ≥ ω/(2C₀)}/m ≥ 1 − 1/(2C₀) − √(2 log(4/δ)/m) (C₀ = ${C0})`,
      hypotheses: [hypothesis('δ ∈ (0, ½)', delta, '<', 0.5), hypothesis('C₀ > 1', C0, '>', 1)],
      lhs: Math.min(...counts) / m,
      relation: '>=',
      rhs: 1 - 1 / (2 * C0) - Math.sqrt((2 * Math.log(4 / delta)) / m),
      claimed: 1 - 2 * delta,
      details: { 'count for μ1': counts[0], 'count for μ2': counts[1], m },
    }),
  ];
}

/**
 * Lemma 4 (probability ≥ 1 − δ): every candidate set J_μ has |J_μ| ≥ (m/4)(1 − 1/C₀)². The proof needs the width
 * in the form m ≥ 16C₀² log(32/δ) (its use of (A5)), which is a hypothesis here.
 */
export function lemma4(run: XorRun, options: XorCheckOptions = {}): BoundCheck[] {
  const { delta, C0, setting, A } = resolve(run, options);
  const sizes = A.J.map((s) => s.length);
  return [
    check({
      id: 'freiXor.lemma4.candidate-sets',
      kind: 'bound',
      item: 'Lemma 4',
      name: `min_μ |J_μ| ≥ (m/4)(1 − 1/C₀)² (C₀ = ${C0})`,
      hypotheses: [
        hypothesis('δ ∈ (0, ½)', delta, '<', 0.5),
        hypothesis('C₀ > 1', C0, '>', 1),
        hypothesis('(A5) as the proof uses it: m ≥ 16C₀² log(32/δ)', setting.m, '>=', 16 * C0 * C0 * Math.log(32 / delta)),
      ],
      lhs: Math.min(...sizes),
      relation: '>=',
      rhs: (setting.m / 4) * (1 - 1 / C0) ** 2,
      claimed: 1 - delta,
      details: { '|J_μ| (+μ1 −μ1 +μ2 −μ2)': sizes.join(' / '), '|J|/m': sizes.reduce((s, v) => s + v, 0) / setting.m },
    }),
  ];
}

/**
 * Lemma 5 (sample geometry; probability ≥ 1 − δ), with the universal constant C₁ > 2 taken at its smallest, 2:
 * (a)/(b) every sample lies within 1/C₁ < ½ of its mean: max_i max{1 − ⟨x_i, μ(i)⟩, |⟨x_i, μ⊥⟩|, ‖x_i − μ(i)‖²} ≤ ½
 * (μ⊥ the other class's mean); (c) |N|/n ≤ η + C₁√(log(1/δ)/n); (d) | |I_μ|/n − ¼ | ≤ C₁√(log(1/δ)/n) for every μ.
 * The measured C₁ (max ‖x_i − μ(i)‖/(σ√d)) is in the details.
 */
export function lemma5(run: XorRun, options: XorCheckOptions = {}): BoundCheck[] {
  const { delta, minC, setting, A } = resolve(run, options);
  const { n, d, sigma, eta } = setting;
  const all = xorAssumptions(setting, minC);
  const X = toFlat(run.data.X);
  let geometry = 0;
  let c1b = 0;
  let c1a = 0;
  for (let i = 0; i < n; i++) {
    const k = run.data.cluster[i];
    const axis = AXIS[k];
    const along = (k % 2 === 0 ? 1 : -1) * X[i * d + axis];
    const across = Math.abs(X[i * d + (axis === 0 ? 1 : 0)]);
    let dist2 = 0;
    for (let c = 0; c < d; c++) dist2 += (X[i * d + c] - (c === axis ? (k % 2 === 0 ? 1 : -1) : 0)) ** 2;
    geometry = Math.max(geometry, 1 - along, across, dist2);
    c1b = Math.max(c1b, Math.sqrt(dist2) / (sigma * Math.sqrt(d)));
    c1a = Math.max(c1a, across / (sigma * Math.sqrt(d)));
  }
  const width = 2 * Math.sqrt(Math.log(1 / delta) / n);
  const shares = A.members.map((s) => s.length / n);
  return [
    check({
      id: 'freiXor.lemma5.ab.geometry',
      kind: 'bound',
      item: 'Lemma 5(a),(b)',
      name: 'max_i max{1 − ⟨x_i, μ(i)⟩, |⟨x_i, μ⊥⟩|, ‖x_i − μ(i)‖²} ≤ 1/C₁ < ½',
      hypotheses: only(all, ['(A1)', '(A2)']),
      lhs: geometry,
      relation: '<=',
      rhs: 0.5,
      claimed: 1 - delta,
      details: { 'C₁,emp (b) = max ‖x_i − μ(i)‖/(σ√d)': c1b, 'C₁,emp (a) = max |⟨x_i, μ⊥⟩|/(σ√d)': c1a, 'max ‖x_i‖': maxOver(A.inputNorms) },
    }),
    check({
      id: 'freiXor.lemma5.c.noise-fraction',
      kind: 'bound',
      item: 'Lemma 5(c)',
      name: '|N|/n ≤ η + C₁√(log(1/δ)/n) (C₁ = 2)',
      hypotheses: only(all, ['(A3)', '(A4)']),
      lhs: A.noisy.length / n,
      relation: '<=',
      rhs: eta + width,
      claimed: 1 - delta,
      details: { η: eta },
    }),
    check({
      id: 'freiXor.lemma5.d.cluster-shares',
      kind: 'bound',
      item: 'Lemma 5(d)',
      name: 'max_μ | |I_μ|/n − ¼ | ≤ C₁√(log(1/δ)/n) (C₁ = 2)',
      hypotheses: only(all, ['(A3)']),
      lhs: maxOver(shares.map((s) => Math.abs(s - 0.25))),
      relation: '<=',
      rhs: width,
      claimed: 1 - delta,
      details: { '|I_μ|/n (+μ1 −μ1 +μ2 −μ2)': shares.map((s) => s.toFixed(3)).join(' / ') },
    }),
  ];
}

/** D_j = Σ_{I^C_μ} 1(⟨w_j^(0), x_i⟩ > 0) − Σ_{I^C_{−μ}} 1(⟨w_j^(0), x_i⟩ > 0) for j ∈ J_μ (Lemma 6), min over J, divided by n. */
export function lemma6Edge(run: XorRun, C0 = 2): number {
  const A = analyse(run, C0);
  const z = A.Z[0];
  let worst = Infinity;
  for (let k = 0; k < 4; k++) {
    for (const j of A.J[k]) {
      let s = 0;
      for (const i of A.members[k]) if (!run.data.noisy[i] && z[i * A.m + j] > 0) s++;
      for (const i of A.members[OPPOSITE[k]]) if (!run.data.noisy[i] && z[i * A.m + j] > 0) s--;
      worst = Math.min(worst, s);
    }
  }
  return worst / A.n;
}

/**
 * Lemma 6 (the edge; probability ≥ 1 − 2δ): for j ∈ J_μ, D_j ≥ n/C₂ with a universal C₂ > 1. C₂ is unspecified, so
 * the measurable content is min_{j∈J} D_j ≥ 1 (an edge exists); 1/C₂,emp = min D_j/n is in the details. The proof
 * needs σ√d ≤ 3/C₀ (the inclusion [−1/9, 0] ⊂ [−1/(3C₀σ√d), 0]), a hypothesis here.
 */
export function lemma6(run: XorRun, options: XorCheckOptions = {}): BoundCheck[] {
  const { delta, C0, minC, setting, A } = resolve(run, options);
  const edge = lemma6Edge(run, C0);
  return [
    check({
      id: 'freiXor.lemma6.edge',
      kind: 'bound',
      item: 'Lemma 6',
      name: 'min_{j∈J} D_j ≥ 1, i.e. an edge n/C₂ > 0 exists',
      hypotheses: [
        ...only(xorAssumptions(setting, minC), ['(A1)', '(A2)', '(A3)', '(A4)', '(A5)']),
        hypothesis("the proof's σ√d ≤ 3/C₀", setting.sigma * Math.sqrt(setting.d), '<=', 3 / C0),
        hypothesis(
          'J is non-empty: |J|',
          A.inJ.reduce((s, v) => s + v, 0),
          '>=',
          1,
        ),
      ],
      lhs: edge * setting.n,
      relation: '>=',
      rhs: 1,
      claimed: 1 - 2 * delta,
      details: { '1/C₂,emp = min D_j/n': edge, 'C₂,emp': edge > 0 ? 1 / edge : Infinity },
    }),
  ];
}

/** Hypotheses of every statement about the trajectory: (A1)–(A7) and "this is GD with the reported step". */
function trajectoryHypotheses(run: XorRun, r: Resolved, upTo?: number): Hypothesis[] {
  return [...xorAssumptions(r.setting, r.minC), gdTrajectoryHypothesis(run, upTo)];
}

/**
 * Lemma 12 (one step amplifies; on a good run, probability ≥ 1 − 4δ): Condition 9 holds at t = 1, and
 * ⟨ŵ_j^(1), μ⟩ ≥ 1/(16C₂) for j ∈ J_μ, with C₂ the measured Lemma 6 constant.
 */
export function lemma12(run: XorRun, options: XorCheckOptions = {}): BoundCheck[] {
  const r = resolve(run, options);
  const { A, delta } = r;
  const hyps = [...trajectoryHypotheses(run, r, 1), hypothesis('the run has a step 1: T', A.T, '>=', 1)];
  if (A.T < 1) return [];
  const edge = lemma6Edge(run, r.C0);
  const W1 = toFlat(run.snapshots[1]);
  const corr = (t: number, W: Float64Array) => minOver(A.J.flatMap((set, k) => set.map((j) => meanProjection(W, A.d, j, k) / A.rowNorms[t][j])));
  const sideNoise = A.noisy.length / A.n;
  return [
    check({
      id: 'freiXor.lemma12.alignment-t1',
      kind: 'invariant',
      item: 'Lemma 12 (Condition 9 at t = 1)',
      name: 'Condition 9 violations at t = 1 ≤ 0 (one step aligns every j ∈ J_μ with its cluster)',
      hypotheses: hyps,
      lhs: condition9Violations(A, 1),
      relation: '<=',
      rhs: 0,
      claimed: 1 - 4 * delta,
      details: { 'violations at t = 0': condition9Violations(A, 0) },
    }),
    check({
      id: 'freiXor.lemma12.amplification',
      kind: 'invariant',
      item: 'Lemma 12 (eq. 35)',
      name: 'min_{j∈J_μ} ⟨ŵ_j⁽¹⁾, μ⟩ ≥ 1/(16 C₂,emp)',
      hypotheses: [...hyps, hypothesis('Lemma 6 edge exists (C₂,emp defined): min D_j/n', edge, '>', 0)],
      lhs: corr(1, W1),
      relation: '>=',
      rhs: edge / 16,
      claimed: 1 - 4 * delta,
      details: {
        'min over J at t = 0': corr(0, toFlat(run.snapshots[0])),
        'proof side condition |N|/n ≤ 1/(2C₂)': `${sideNoise.toFixed(3)} vs ${(edge / 2).toFixed(3)}`,
      },
    }),
  ];
}

/** A priori bound on max_{t ≤ T−1, j ∈ J} |⟨w_j^(t), μ⊥⟩|/(α|a_j|): each step moves it by at most (1/n)Σ_i |⟨x_i, μ⊥⟩| (g ≤ 1, φ′ ≤ 1). */
function condition10APriori(run: XorRun, A: XorAnalysis): number {
  const X = toFlat(run.data.X);
  const d = A.d;
  const spread = [0, 1].map((axis) => {
    let s = 0;
    for (let i = 0; i < A.n; i++) s += Math.abs(X[i * d + axis]);
    return s / A.n;
  });
  const W0 = toFlat(run.snapshots[0]);
  let worst = 0;
  for (let k = 0; k < 4; k++) {
    const perpAxis = AXIS[k] === 0 ? 1 : 0;
    for (const j of A.J[k])
      worst = Math.max(worst, Math.abs(perpendicularProjection(W0, d, j, k)) / (run.alpha * Math.abs(run.a[j])) + (A.T - 1) * spread[perpAxis]);
  }
  return worst;
}

/**
 * Lemma 13 (on a good run, probability ≥ 1 − 4δ), for t = 1, …, T − 1 = 1/(4α): Condition 9 holds at every t;
 * Condition 10, |⟨w_j^(t), μ⊥⟩| ≤ 3α|a_j| for j ∈ J (an identity when the a priori bound already gives it, e.g.
 * T − 1 = 5 steps with ‖x‖ ≈ 1; evidence only when T is large); the per-step increment of eq. (39),
 * ⟨w_j^(τ+1) − w_j^(τ), μ⟩ ≥ α|a_j|e⁻²/64 for τ ∈ [1, T − 1]; and eq. (40), ⟨ŵ_j^(t), μ⟩ ≥ e⁻²/256 for t ∈ [2, T].
 */
export function lemma13(run: XorRun, options: XorCheckOptions = {}): BoundCheck[] {
  const r = resolve(run, options);
  const { A, delta } = r;
  const T = A.T;
  const hyps = [...trajectoryHypotheses(run, r), hypothesis('the run reaches t = 2: T', T, '>=', 2)];
  const flat = run.snapshots.map((W) => toFlat(W));
  const over = (from: number, to: number, f: (t: number, j: number, k: number) => number, pick: typeof minOver) =>
    pick(Array.from(range(from, to)).flatMap((t) => A.J.flatMap((set, k) => set.map((j) => f(t, j, k)))));
  const cond10 = T >= 2 ? over(0, T - 1, (t, j, k) => Math.abs(perpendicularProjection(flat[t], A.d, j, k)) / (run.alpha * Math.abs(run.a[j])), maxOver) : NaN;
  const cond10Prior = condition10APriori(run, A);
  const increments =
    T >= 2
      ? over(1, T - 1, (t, j, k) => (meanProjection(flat[t + 1], A.d, j, k) - meanProjection(flat[t], A.d, j, k)) / (run.alpha * Math.abs(run.a[j])), minOver)
      : NaN;
  const correlation = T >= 2 ? over(2, T, (t, j, k) => meanProjection(flat[t], A.d, j, k) / A.rowNorms[t][j], minOver) : NaN;
  let violations = 0;
  for (let t = 1; t <= T - 1; t++) violations += condition9Violations(A, t);
  return [
    check({
      id: 'freiXor.lemma13.alignment',
      kind: 'invariant',
      item: 'Lemma 13 (Condition 9)',
      name: 'Condition 9 violations summed over t = 1, …, T − 1 ≤ 0',
      hypotheses: hyps,
      lhs: violations,
      relation: '<=',
      rhs: 0,
      claimed: 1 - 4 * delta,
    }),
    check({
      id: 'freiXor.lemma13.almost-orthogonal',
      kind: cond10Prior <= 3 ? 'identity' : 'invariant',
      item: 'Lemma 13 (Condition 10)',
      name: `max_{t<T} max_{j∈J} |⟨w_j⁽ᵗ⁾, μ⊥⟩|/(α|a_j|) ≤ 3${cond10Prior <= 3 ? ' (implied by T and ‖x‖ alone: identity)' : ''}`,
      hypotheses: hyps,
      lhs: cond10,
      relation: '<=',
      rhs: 3,
      claimed: 1 - 4 * delta,
      details: { 'a priori bound (init + (T − 1)·mean |⟨x_i, μ⊥⟩|)': cond10Prior, 'T − 1': T - 1 },
    }),
    check({
      id: 'freiXor.lemma13.increment',
      kind: 'invariant',
      item: 'Lemma 13 (eq. 39)',
      name: 'min over j ∈ J_μ, τ ∈ [1, T − 1] of ⟨w_j⁽ᵗ⁺¹⁾ − w_j⁽ᵗ⁾, μ⟩/(α|a_j|) ≥ e⁻²/64',
      hypotheses: hyps,
      lhs: increments,
      relation: '>=',
      rhs: E2 / 64,
      claimed: 1 - 4 * delta,
    }),
    check({
      id: 'freiXor.lemma13.correlation',
      kind: 'invariant',
      item: 'Lemma 13 (eq. 40)',
      name: 'min over t ∈ [2, T], j ∈ J_μ of ⟨ŵ_j⁽ᵗ⁾, μ⟩ ≥ e⁻²/256',
      hypotheses: hyps,
      lhs: correlation,
      relation: '>=',
      rhs: E2 / 256,
      claimed: 1 - 4 * delta,
    }),
  ];
}

/**
 * The norm statements the proof uses along the way, which the run's parameters imply a priori when ‖x_i‖ ≈ 1 and the
 * initialisation is small (each step moves w_j by ≤ α|a_j|·mean‖x_i‖, W by ≤ α‖a‖·mean‖x_i‖ in Frobenius norm):
 * Lemma 14 (‖w_j^(t)‖ ≤ 2|a_j|αt, t ≥ 1), Lemma 11's ‖W^(T)‖_F ≤ 1, and eq. (19), −ℓ′(y_i f(x_i; W_t)) ≥ e⁻²/2 for
 * t ≤ T − 1. Each is `identity` when its a priori bound already satisfies it (shown in the details), else `invariant`
 * (a lazy initialisation, ω√(md) of order 1 or more, is where they carry information — and where (A6) fails).
 */
export function normBounds(run: XorRun, options: XorCheckOptions = {}): BoundCheck[] {
  const r = resolve(run, options);
  const { A, delta, setting } = r;
  const T = A.T;
  const meanNorm = A.inputNorms.reduce((s, v) => s + v, 0) / A.n;
  const maxNorm = maxOver(A.inputNorms);
  const aNorm = Math.sqrt(run.a.reduce((s, v) => s + v * v, 0));
  const W0F = Math.sqrt(A.rowNorms[0].reduce((s, v) => s + v * v, 0));
  const hyps = trajectoryHypotheses(run, r);
  const lemma14Hyp = hypothesis('(A6)/(A7) as Lemma 14 uses them: ω√(md) ≤ α/3', setting.omega * Math.sqrt(setting.m * setting.d), '<=', setting.alpha / 3);
  let ratio = -Infinity;
  let ratioPrior = -Infinity;
  for (let t = 1; t <= T; t++) {
    for (let j = 0; j < A.m; j++) {
      if (run.a[j] === 0) continue;
      const scale = 2 * Math.abs(run.a[j]) * run.alpha * t;
      ratio = Math.max(ratio, A.rowNorms[t][j] / scale);
      ratioPrior = Math.max(ratioPrior, (A.rowNorms[0][j] + t * run.alpha * Math.abs(run.a[j]) * meanNorm) / scale);
    }
  }
  const normT = Math.sqrt(A.rowNorms[T].reduce((s, v) => s + v * v, 0));
  const normTPrior = W0F + run.alpha * T * aNorm * meanNorm;
  let gMin = Infinity;
  for (let t = 0; t <= Math.max(0, T - 1); t++) {
    for (let i = 0; i < A.n; i++) {
      const margin = run.data.labels[i] * A.f[t][i];
      gMin = Math.min(gMin, 1 / (1 + Math.exp(margin)));
    }
  }
  const outputPrior = aNorm * (W0F + run.alpha * Math.max(0, T - 1) * aNorm * meanNorm) * maxNorm;
  const gPrior = 1 / (1 + Math.exp(outputPrior));
  // each bound is an identity when its a-priori value (from the parameters alone) already satisfies it
  const implied = ' (implied by the parameters: identity)';
  const bounds = [
    { id: 'freiXor.lemma14.neuron-norms', item: 'Lemma 14', statement: 'max_{t≥1} max_j ‖w_j⁽ᵗ⁾‖/(2|a_j|αt) ≤ 1', hypotheses: [...hyps, lemma14Hyp] },
    { id: 'freiXor.lemma11.frobenius', item: 'Lemma 11 (‖W⁽ᵀ⁾‖_F ≤ 1)', statement: '‖W⁽ᵀ⁾‖_F ≤ 1', hypotheses: hyps },
    { id: 'freiXor.eq19.loss-derivative', item: 'eq. (19)/(37)', statement: 'min_{t<T} min_i −ℓ′(y_i f(x_i; W_t)) ≥ e⁻²/2', hypotheses: hyps },
  ];
  const sides: { lhs: number; relation: '<=' | '>='; rhs: number; prior: number; priorName: string }[] = [
    { lhs: ratio, relation: '<=', rhs: 1, prior: ratioPrior, priorName: 'a priori bound' },
    { lhs: normT, relation: '<=', rhs: 1, prior: normTPrior, priorName: 'a priori bound ‖W0‖_F + αT‖a‖·mean‖x‖' },
    { lhs: gMin, relation: '>=', rhs: E2 / 2, prior: gPrior, priorName: 'a priori bound 1/(1 + e^{max |f|})' },
  ];
  return bounds.map((b, q) => {
    const { lhs, relation, rhs, prior, priorName } = sides[q];
    const byParameters = relation === '<=' ? prior <= rhs : prior >= rhs;
    const kind: CheckKind = byParameters ? 'identity' : 'invariant';
    return check({
      ...b,
      kind,
      name: `${b.statement}${byParameters ? implied : ''}`,
      lhs,
      relation,
      rhs,
      claimed: 1 - 4 * delta,
      details: { [priorName]: prior },
    });
  });
}

/** f^J(x_i; W_t) = Σ_{j∈J} a_j φ(⟨w_j^(t), x_i⟩) from the analysis. */
function subnetworkOutput(A: XorAnalysis, a: ArrayLike<number>, t: number, i: number, inSet: boolean): number {
  let s = 0;
  const z = A.Z[t];
  for (let j = 0; j < A.m; j++) if ((A.inJ[j] === 1) === inSet && z[i * A.m + j] > 0) s += a[j] * z[i * A.m + j];
  return s;
}

/**
 * Lemma 11 (on a good run, after Conditions 9 and 10 held at τ = 1, …, T − 1): at T, y_i f^J(x_i; W^(T)) ≥ 1/C₃ for
 * every clean i and ≤ −1/C₃ for every noisy i, C₃ = 4096e²/(1 − 1/C₀)². Checked as the minimum over i of the
 * signed margin (clean: y f^J, noisy: −y f^J). The proof's step-size condition α ≤ e⁻²(1 − 1/C₀)²/(6·1024) is far
 * from any run here; it is shown in the details, not required.
 */
export function lemma11(run: XorRun, options: XorCheckOptions = {}): BoundCheck[] {
  const r = resolve(run, options);
  const { A, delta, C0 } = r;
  const T = A.T;
  const C3 = (4096 * Math.exp(2)) / (1 - 1 / C0) ** 2;
  let worst = Infinity;
  for (let i = 0; i < A.n; i++) {
    const margin = run.data.labels[i] * subnetworkOutput(A, run.a, T, i, true);
    worst = Math.min(worst, run.data.noisy[i] ? -margin : margin);
  }
  return [
    check({
      id: 'freiXor.lemma11.subnetwork-margins',
      kind: 'bound',
      item: 'Lemma 11',
      name: `min over clean i of y_i f^J(x_i; W⁽ᵀ⁾) and over noisy i of −y_i f^J ≥ 1/C₃ (C₃ at C₀ = ${C0})`,
      hypotheses: [...trajectoryHypotheses(run, r), hypothesis('the run stops at T = 1 + 1/(4α): last step', T, '>=', xorStoppingTime(run.alpha))],
      lhs: worst,
      relation: '>=',
      rhs: 1 / C3,
      claimed: 1 - 4 * delta,
      details: { 'C₃': C3, 'proof step-size condition α ≤ e⁻²(1 − 1/C₀)²/6144': `${run.alpha} vs ${((E2 * (1 - 1 / C0) ** 2) / 6144).toExponential(2)}` },
    }),
  ];
}

/**
 * Lemma 8's Cauchy–Schwarz step, |f^{J^c}(x; W)| ≤ √(|J^c|/m)·‖W_{J^c}‖_F·‖x‖, at every t and training sample. It
 * holds for any W (φ is 1-Lipschitz with φ(0) = 0): an `identity`, a test of the code.
 */
export function lemma8(run: XorRun, options: XorCheckOptions = {}): BoundCheck[] {
  const r = resolve(run, options);
  const { A } = r;
  const outside = A.m - A.inJ.reduce((s, v) => s + v, 0);
  let worst = 0;
  for (let t = 0; t <= A.T; t++) {
    let frob = 0;
    for (let j = 0; j < A.m; j++) if (!A.inJ[j]) frob += A.rowNorms[t][j] ** 2;
    const scale = Math.sqrt(outside / A.m) * Math.sqrt(frob);
    for (let i = 0; i < A.n; i++) {
      const value = Math.abs(subnetworkOutput(A, run.a, t, i, false));
      if (value > 0) worst = Math.max(worst, value / (scale * A.inputNorms[i]));
    }
  }
  return [
    check({
      id: 'freiXor.lemma8.cauchy-schwarz',
      kind: 'identity',
      item: 'Lemma 8 (proof)',
      name: 'max_{t,i} |f^{Jᶜ}(x_i; W_t)| / (√(|Jᶜ|/m)·‖W_{Jᶜ}‖_F·‖x_i‖) ≤ 1',
      hypotheses: [],
      lhs: worst,
      relation: '<=',
      rhs: 1,
      claimed: 1,
      details: { '|Jᶜ|/m': outside / A.m },
    }),
  ];
}
