import { ValidationError } from '../../core/errors';
import { norm2 } from '../../core/vector';
import { crossEntropy } from '../../papers/zhouSlr/contrastive';
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
  const y = [[0.4, 0.4, 0.2], [0.4, 0.2, 0.4]];
  return { y, yStar: [[0.45, 0.45, 0.1], [0.45, 0.1, 0.45]], h: y };
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
  const linearity = Math.max(...lambdas.map((l) => {
    const mixed: ToyExample = { ...toy, y: toy.y.map((row, i) => row.map((x, t) => (1 - l) * x + l * toy.yStar[i][t])) };
    return Math.abs(toyNumbers(mixed).gap - (1 - l) * num.gap);
  }));
  return [
    boundCheck({
      id: 'zhouSlr.thm1.toy-gap', kind: 'identity',
      name: 'Thm 1 (2) toy: |Q_e − Q̃| = 0.1·ln 2 (absolute difference)', source: source('Theorem 1 (2), proof App. C.1'),
      lhs: Math.abs(Math.abs(num.gap) - 0.1 * Math.LN2), relation: '<=', rhs: 1e-12,
      details: { 'Q_e − Q̃': num.gap, 'E‖y − y*‖₂': num.labelDistance, 'c0 = |Q_e − Q̃|/E‖y − y*‖₂': Math.abs(num.gap) / num.labelDistance },
    }),
    boundCheck({
      id: 'zhouSlr.thm1.toy-displayed-erratum', kind: 'bound',
      name: "Thm 1 (2) proof's displayed gap equals the exact Q_e − Q̃: |displayed − exact| (erratum: sign dropped, 1/6 should be 1/2)",
      source: source('Theorem 1, proof of (2) (App. C.1)'),
      hypotheses: [hypothesis('the construction fits h = y: max |h − y|', perfectFit, '<=', 1e-12)],
      lhs: Math.abs(num.displayed - num.gap), relation: '<=', rhs: 1e-12,
      details: { displayed: num.displayed, 'exact Q_e − Q̃': num.gap, 'displayed / exact magnitude': num.displayed / Math.abs(num.gap) },
    }),
    boundCheck({
      id: 'zhouSlr.thm1.lipschitz-step', kind: 'identity',
      name: 'Thm 1 (1) Lipschitz step on the toy: |Q_e − Q̃| ≤ L_y·E‖y − y*‖₂ (Cauchy–Schwarz)', source: source('Theorem 1 (1), proof step 1'),
      lhs: Math.abs(num.gap), relation: '<=', rhs: num.lipschitz * num.labelDistance,
    }),
    boundCheck({
      id: 'zhouSlr.thm1.linear-in-label', kind: 'identity',
      name: 'Thm 1: the gap is linear in the label, max_λ |Q_e − Q̃(y_λ) − (1−λ)(Q_e − Q̃(y_0))|', source: source('Theorem 1, cross-entropy linear in y'),
      lhs: linearity, relation: '<=', rhs: 1e-12,
    }),
  ];
}
