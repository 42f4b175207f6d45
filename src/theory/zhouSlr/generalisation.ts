import { ValidationError } from '../../core/errors';
import { norm2 } from '../../core/vector';
import { crossEntropy } from '../../papers/zhouSlr/contrastive';
import type { FiniteClassSample } from '../../papers/zhouSlr/generalisation';
import { clopperPearson } from '../seeds';
import { BoundCheck, boundCheck, hypothesis } from '../checks';
import { source } from './common';

/**
 * Theorem 1 of Zhou et al. 2021 on the proof's two-point construction (App. C.1, step 2): sample types i = 1, 2 with
 * training labels y_i, true labels y_i* and network outputs h_i; Q_e − Q̃ = mean_i ℓ(h_i, y_i*) − ℓ(h_i, y_i).
 */
export interface ToyExample {
  y: readonly (readonly number[])[];
  yStar: readonly (readonly number[])[];
  /** The network's probabilities h_i; the construction fits h = y exactly. */
  h: readonly (readonly number[])[];
}

/** The paper's toy: y1 = (0.4, 0.4, 0.2), y2 = (0.4, 0.2, 0.4), y1* = (0.45, 0.45, 0.1), y2* = (0.45, 0.1, 0.45), h = y. */
export function paperToyExample(): ToyExample {
  const y = [
    [0.4, 0.4, 0.2],
    [0.4, 0.2, 0.4],
  ];
  return {
    y,
    yStar: [
      [0.45, 0.45, 0.1],
      [0.45, 0.1, 0.45],
    ],
    h: y,
  };
}

export interface ToyNumbers {
  gap: number;
  labelDistance: number;
  lipschitz: number;
  displayed: number;
}

/** Q_e − Q̃, E‖y − y*‖₂, L_y = max‖log h‖₂, and the proof's displayed (1/3)[(y*₁₀ − y₁₀)log(y₁₀/(1−2y₁₀)) + (y*₂₀ − y₂₀)log(y₂₀/(1−2y₂₀))]. */
export function toyNumbers(toy: ToyExample): ToyNumbers {
  const m = toy.y.length;
  if (toy.yStar.length !== m || toy.h.length !== m) throw new ValidationError('toy', 'y, yStar and h need one row per sample type');
  let gap = 0;
  let labelDistance = 0;
  let lipschitz = 0;
  for (let i = 0; i < m; i++) {
    gap += (crossEntropy(toy.h[i], toy.yStar[i]) - crossEntropy(toy.h[i], toy.y[i])) / m;
    labelDistance += norm2(toy.y[i].map((x, t) => x - toy.yStar[i][t])) / m;
    lipschitz = Math.max(lipschitz, norm2(toy.h[i].map(Math.log)));
  }
  const term = (i: number) => (toy.yStar[i][0] - toy.y[i][0]) * Math.log(toy.y[i][0] / (1 - 2 * toy.y[i][0]));
  return { gap, labelDistance, lipschitz, displayed: (term(0) + term(1)) / 3 };
}

/**
 * - the exact value |Q_e − Q̃| = 0.1·ln 2 of the paper's toy and the Lipschitz step |Q_e − Q̃| ≤ L_y·E‖y − y*‖₂
 *   (Cauchy–Schwarz on a loss linear in y) and the linearity in y_λ = (1−λ)y + λy*: identities;
 * - the proof's displayed value equals the exact |Q_e − Q̃|: a bound on the paper's text, violated (erratum: the sign
 *   is dropped and 1/6 should be 1/2, so the display is a third of the magnitude). Needs the construction's h = y.
 */
export function theorem1Toy(toy: ToyExample = paperToyExample()): BoundCheck[] {
  const num = toyNumbers(toy);
  const perfectFit = Math.max(...toy.h.flatMap((row, i) => row.map((x, t) => Math.abs(x - toy.y[i][t]))));
  const lambdas = [0, 0.25, 0.5, 0.75, 1];
  const linearity = Math.max(
    ...lambdas.map((l) => {
      const mixed: ToyExample = { ...toy, y: toy.y.map((row, i) => row.map((x, t) => (1 - l) * x + l * toy.yStar[i][t])) };
      return Math.abs(toyNumbers(mixed).gap - (1 - l) * num.gap);
    }),
  );
  return [
    boundCheck({
      id: 'zhouSlr.thm1.toy-gap',
      kind: 'identity',
      name: 'Thm 1 (2) toy: |Q_e − Q̃| = 0.1·ln 2 (absolute difference)',
      source: source('Theorem 1 (2), proof App. C.1'),
      lhs: Math.abs(Math.abs(num.gap) - 0.1 * Math.LN2),
      relation: '<=',
      rhs: 1e-12,
      details: { 'Q_e − Q̃': num.gap, 'E‖y − y*‖₂': num.labelDistance, 'c0 = |Q_e − Q̃|/E‖y − y*‖₂': Math.abs(num.gap) / num.labelDistance },
    }),
    boundCheck({
      id: 'zhouSlr.thm1.toy-displayed-erratum',
      kind: 'bound',
      name: "Thm 1 (2) proof's displayed gap equals the exact Q_e − Q̃: |displayed − exact| (erratum: sign dropped, 1/6 should be 1/2)",
      source: source('Theorem 1, proof of (2) (App. C.1)'),
      hypotheses: [hypothesis('the construction fits h = y: max |h − y|', perfectFit, '<=', 1e-12)],
      lhs: Math.abs(num.displayed - num.gap),
      relation: '<=',
      rhs: 1e-12,
      details: { displayed: num.displayed, 'exact Q_e − Q̃': num.gap, 'displayed / exact magnitude': num.displayed / Math.abs(num.gap) },
    }),
    boundCheck({
      id: 'zhouSlr.thm1.lipschitz-step',
      kind: 'identity',
      name: 'Thm 1 (1) Lipschitz step on the toy: |Q_e − Q̃| ≤ L_y·E‖y − y*‖₂ (Cauchy–Schwarz)',
      source: source('Theorem 1 (1), proof step 1'),
      lhs: Math.abs(num.gap),
      relation: '<=',
      rhs: num.lipschitz * num.labelDistance,
    }),
    boundCheck({
      id: 'zhouSlr.thm1.linear-in-label',
      kind: 'identity',
      name: 'Thm 1: the gap is linear in the label, max_λ |Q_e − Q̃(y_λ) − (1−λ)(Q_e − Q̃(y_0))|',
      source: source('Theorem 1, cross-entropy linear in y'),
      lhs: linearity,
      relation: '<=',
      rhs: 1e-12,
    }),
  ];
}

/**
 * Theorem 1 (1) with a finite class F (|F| = M encoders): with probability ≥ 1 − ν over the draw of D (n pairs),
 * for every f ∈ F, |Q(f) − Q̃(f)| ≤ L_y·E‖y − y*‖₂ + √(2(a₂−a₁)²V_D ln(2|F|/ν)/n) + 7(a₂−a₁)² ln(2|F|/ν)/(3(n−1)),
 * with ℓ ∈ [a₁, a₂] = [0, 2/τ + ln(b+1)] for cosine logits, L_y = sup‖log h‖₂ (measured over the draw) and V_D the sample
 * variance of the loss with the true labels. Q is a Monte Carlo estimate from a large independent sample. One success per
 * draw of D ("for all f" at once); verdict from the Clopper–Pearson upper end (probabilityCheck).
 */
export function theorem1FiniteClass(m: {
  population: FiniteClassSample;
  draws: readonly FiniteClassSample[];
  n: number;
  temperature: number;
  keys: number;
  nu: number;
  /** Override of E‖y − y*‖₂ (a negative control passes 0: the label error left out of the bound). */
  labelError?: number;
}): BoundCheck {
  const M = m.population.lossTrue.length;
  const a2 = 2 / m.temperature + Math.log(m.keys + 1);
  const log = Math.log((2 * M) / m.nu);
  let successes = 0;
  let worstRatio = 0;
  let lossRangeOk = true;
  for (const draw of m.draws) {
    const E = m.labelError ?? draw.labelError;
    const Ly = Math.max(...draw.lipschitz);
    let ok = true;
    for (let f = 0; f < M; f++) {
      const gap = Math.abs(m.population.lossTrue[f] - draw.lossNoisy[f]);
      const rhs = Ly * E + Math.sqrt((2 * a2 * a2 * draw.varianceTrue[f] * log) / m.n) + (7 * a2 * a2 * log) / (3 * (m.n - 1));
      worstRatio = Math.max(worstRatio, gap / rhs);
      if (!(gap <= rhs)) ok = false;
      if (!(draw.lossNoisy[f] >= 0 && draw.lossNoisy[f] <= a2 && draw.lossTrue[f] <= a2)) lossRangeOk = false;
    }
    if (ok) successes++;
  }
  const trials = m.draws.length;
  const [lower, upper] = clopperPearson(successes, trials);
  return boundCheck({
    id: `zhouSlr.thm1.1.finite-class.n-${m.n}`,
    kind: 'bound',
    name: `Thm 1 (1), n = ${m.n}, |F| = ${M}: |Q − Q̃| ≤ L_y·E‖y − y*‖ + Bernstein terms for all f, in a fraction ≥ 1 − ν = ${1 - m.nu} of ${trials} draws of D (upper 95% Clopper–Pearson)`,
    source: source('Theorem 1 (1) with Lemma 1 (empirical Bernstein)'),
    hypotheses: [
      { name: 'ℓ ∈ [a₁, a₂] = [0, 2/τ + ln(b+1)]', holds: lossRangeOk, detail: `a₂ = ${a2.toPrecision(4)}` },
      hypothesis('at least 10 draws of D', trials, '>=', 10),
    ],
    lhs: upper,
    relation: '>=',
    rhs: 1 - m.nu,
    seeds: trials,
    details: { successes, trials, lower, upper, 'max |Q − Q̃|/RHS': worstRatio, 'E‖y − y*‖₂': m.labelError ?? m.draws[0]?.labelError ?? NaN },
  });
}
