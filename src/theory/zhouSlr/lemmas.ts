import { Matrix } from 'ml-matrix';
import { ValidationError } from '../../core/errors';
import { maxOf, minOf, norm2, normInf } from '../../core/vector';
import { GroupSubspace } from '../../jacobian/subspaces';
import { symmetricEigenvalues } from '../../linalg/dense';
import { TwoLayerNet } from '../../models/twoLayerNet';
import { Activation } from '../../models/activations';
import { BoundCheck, boundCheck, hypothesis } from '../checks';
import { assumptionGamma, cleanInputsHypothesis, ClusteredSetting, sizes, smoothnessHypothesis, source } from './common';
import { MeasuredJacobianBounds } from './refinery';

/**
 * Lemmas 4, 5, 7, Theorem 5 and the ψ₁/ψ₂ bookkeeping of Assumption 2 (Zhou et al. 2021, App. D, most of them from Li et al. 2019):
 * each a function of what a run measured, with the hypotheses evaluated from the same numbers.
 */

/**
 * Def. 4: the smallest ζ for which S+ is ζ-diffused, ‖v‖∞ ≤ √(ζ/n)‖v‖₂ for all v ∈ S+: ζ = n·max_i (P_{S+})_ii, which for the
 * cluster subspace is n/min n_ℓ (the extraction's tight value ≤ K/c_l).
 */
export function diffusedness(subspace: GroupSubspace): number {
  const U = subspace.basis();
  let worst = 0;
  for (let i = 0; i < U.rows; i++) {
    let p = 0;
    for (let g = 0; g < U.columns; g++) p += U.get(i, g) ** 2;
    worst = Math.max(worst, p);
  }
  return U.rows * worst;
}

/**
 * Lemma 4 (from Li et al. 2019): an s-sparse r has ‖P_{S+}r‖∞ ≤ (ζ√s/n)‖r‖₂ when S+ is ζ-diffused (Def. 4). Cauchy–Schwarz on a
 * cluster mean, so true for every vector once ζ is at least the measured diffusedness: an identity (a test of the projection and of
 * ζ). The lemma as printed assumes Assumption 4; what its proof uses is Def. 4, the hypothesis evaluated here.
 */
export function lemma4SparseProjection(subspace: GroupSubspace, r: ArrayLike<number>, zeta: number): BoundCheck {
  const n = r.length;
  if (n !== subspace.basis().rows) throw new ValidationError('r', `expected ${subspace.basis().rows} entries, got ${n}`);
  let s = 0;
  for (let i = 0; i < n; i++) if (r[i] !== 0) s++;
  const measured = diffusedness(subspace);
  return boundCheck({
    id: 'zhouSlr.lemma4.sparse-projection',
    kind: 'identity',
    name: `Lemma 4: ‖P_{S+}r‖∞ ≤ (ζ√s/n)‖r‖₂ for the ${s}-sparse r = y − y* (ζ = ${zeta.toPrecision(4)}; Cauchy–Schwarz on cluster means)`,
    source: source('Lemma 4 (App. D.1.3, from Li et al. 2019); hypothesis Def. 4, not Assumption 4 as printed'),
    hypotheses: [hypothesis('S+ is ζ-diffused (Def. 4): n·max_i (P_{S+})_ii ≤ ζ', measured, '<=', zeta * (1 + 1e-12))],
    lhs: normInf(subspace.project(r)),
    relation: '<=',
    rhs: ((zeta * Math.sqrt(s)) / n) * norm2(r),
    details: { s, n, '‖r‖₂': norm2(r), 'measured diffusedness n·max P_ii': measured },
  });
}

/** One GD step of an ε = 0 run: ‖w_t − w0‖, ‖w_{t+1} − w0‖, ‖w_{t+1} − w_t‖ and ‖r̂_t‖ = ‖P_{S+}(f(w_t) − ỹ^t)‖. */
export interface BallStep {
  step: number;
  distance: number;
  nextDistance: number;
  move: number;
  signalResidual: number;
}

/**
 * Lemma 5 (App. D.1.3): with Assumption 4 and η ≤ 1/β², if ‖w_t − w0‖ + ‖r̂_t‖/α ≤ R = 4(1+ψ)‖r0‖/α then w_{t+1} is in the ball
 * of radius R. α, β are the measured α_J, β_J; r0 = f(w0) − ỹ^0 as in Theorem 6. lhs = max over the steps that meet the premise of
 * ‖w_{t+1} − w0‖/R; the proof's step ‖w_{t+1} − w_t‖ ≤ ηβ‖r̂_t‖ ≤ ‖r̂_t‖/α is in the details (largest ‖w_{t+1} − w_t‖·α/‖r̂_t‖).
 */
export function lemma5Ball(
  setting: ClusteredSetting,
  m: { alpha: number; stepSize: number; jacobian: MeasuredJacobianBounds; initialResidualNorm: number; psi?: number; steps: readonly BallStep[] },
): BoundCheck {
  if (m.steps.length === 0) throw new ValidationError('steps', 'expected at least one step');
  const aJ = m.jacobian.alpha;
  const bJ = m.jacobian.beta;
  const psi = m.psi ?? 0;
  const R = (4 * (1 + psi) * m.initialResidualNorm) / aJ;
  let premised = 0;
  let worst = 0;
  let worstStep = -1;
  let proofStep = 0;
  for (const s of m.steps) {
    if (s.signalResidual > 0) proofStep = Math.max(proofStep, (s.move * aJ) / s.signalResidual);
    if (s.distance + s.signalResidual / aJ > R) continue;
    premised++;
    if (s.nextDistance / R > worst) {
      worst = s.nextDistance / R;
      worstStep = s.step;
    }
  }
  return boundCheck({
    id: `zhouSlr.lemma5.ball.alpha-${m.alpha}`,
    kind: 'bound',
    name: `Lemma 5 at α = ${m.alpha}: ‖w_t − w0‖ + ‖r̂_t‖/α_J ≤ 4(1+ψ)‖r0‖/α_J ⇒ ‖w_{t+1} − w0‖ ≤ 4(1+ψ)‖r0‖/α_J (max ratio over the ${premised} of ${m.steps.length} steps meeting the premise)`,
    source: source('Lemma 5 (App. D.1.3)'),
    hypotheses: [
      cleanInputsHypothesis(setting),
      hypothesis('η ≤ 1/β_J²', m.stepSize, '<=', 1 / (bJ * bJ)),
      hypothesis('some step meets the premise', premised, '>=', 1),
    ],
    lhs: worst,
    relation: '<=',
    rhs: 1,
    details: {
      R,
      ψ: psi,
      α_J: aJ,
      β_J: bJ,
      'worst step': worstStep,
      "proof's step: max ‖w_{t+1} − w_t‖·α_J/‖r̂_t‖ (≤ 1)": proofStep,
      'ηβ_J·α_J (its bound)': m.stepSize * bJ * aJ,
    },
  });
}

/**
 * Lemma 7 (from Li et al. 2019): for |φ(0)|, |φ′| ≤ Γ, v with ±1/√k entries, unit inputs and labels in [−1, 1],
 * ‖f(W0, X) − y‖₂ ≤ O(Γ√(n log K)) with probability ≥ 1 − K^{−100}. The constant is unspecified: it is read off the smallest n
 * (the largest ratio ‖r0‖/(Γ√(n log K)) over its W0 draws) and the claim is that twice it covers every draw at every n (the same
 * tolerance as for Theorem 7's t0). A misfit that grows faster than √n breaks it.
 */
export function lemma7InitialMisfit(m: {
  activation: Activation;
  clusters: number;
  outputLayer: ArrayLike<number>;
  maxInputNormDeviation: number;
  maxAbsLabel: number;
  samples: readonly { n: number; misfit: readonly number[] }[];
}): BoundCheck {
  if (m.samples.length < 2) throw new ValidationError('samples', 'expected misfits at two or more sample sizes n');
  const gamma = Math.max(1, m.activation.phiAtZero, m.activation.dphiBound);
  const scale = (n: number) => gamma * Math.sqrt(n * Math.log(m.clusters));
  const sorted = [...m.samples].sort((a, b) => a.n - b.n);
  const ratios = sorted.map((s) => maxOf(s.misfit.map((r) => r / scale(s.n))));
  const calibration = ratios[0];
  const worst = ratios.reduce((w, x, q) => (x > ratios[w] ? q : w), 0);
  const k = m.outputLayer.length;
  let vDeviation = 0;
  for (let l = 0; l < k; l++) vDeviation = Math.max(vDeviation, Math.abs(Math.abs(m.outputLayer[l]) - 1 / Math.sqrt(k)));
  const details: Record<string, number | string> = { 'calibration n': sorted[0].n, 'worst n': sorted[worst].n, Γ: gamma };
  sorted.forEach((s, q) => (details[`n = ${s.n}: max ‖r0‖/(Γ√(n log K)) over ${s.misfit.length} W0`] = ratios[q]));
  return boundCheck({
    id: 'zhouSlr.lemma7.initial-misfit',
    kind: 'empirical',
    name: `Lemma 7: ‖f(W0, X) − y‖ ≤ c·Γ√(n log K) with one c for n = ${sorted.map((s) => s.n).join(', ')} (max ratio ÷ ratio at the smallest n ≤ 2)`,
    source: source('Lemma 7 (App. D.2.6, from Li et al. 2019)'),
    hypotheses: [
      hypothesis('v has entries ±1/√k: max ||v_l| − 1/√k|', vDeviation, '<=', 1e-12),
      hypothesis('unit inputs: max |‖x_i‖ − 1|', m.maxInputNormDeviation, '<=', 1e-9),
      hypothesis('labels in [−1, 1]: max |y_i|', m.maxAbsLabel, '<=', 1),
    ],
    lhs: ratios[worst] / calibration,
    relation: '<=',
    rhs: 2,
    threshold: 'the O(·) constant is unspecified: calibrated on the smallest n; a factor 2 allows for the spread of the W0 draws',
    seeds: sorted.reduce((a, s) => a + s.misfit.length, 0),
    details,
  });
}

/** Spectral norm of W (k×d) from the d×d Gram WᵀW. */
function spectralNorm(W: Matrix): number {
  return Math.sqrt(Math.max(0, maxOf(symmetricEigenvalues(W.transpose().mmul(W)))));
}

/**
 * The largest |f(W, x) − f(W, x̃)| over pairs x = c + εu, x̃ = c − εu around every center c (rows of `centers`), for u the unit
 * input gradient ∇ₓf(W, c) (the first-order maximiser) and `directions` further random unit u; with ‖W‖₂ for the mean-value bound.
 */
export function lipschitzNearCenters(
  net: TwoLayerNet,
  W: Matrix,
  centers: Matrix,
  epsilon: number,
  uniform: () => number,
  directions = 4,
): { supGap: number; weightNorm: number } {
  const { d, k } = net;
  const rows: number[][] = [];
  const pairs: number[][] = [];
  for (let c = 0; c < centers.rows; c++) {
    const x = centers.getRow(c);
    const z = W.mmul(Matrix.columnVector(x)).getColumn(0);
    const g = new Array<number>(d).fill(0);
    for (let l = 0; l < k; l++) {
      const w = net.v[l] * net.activation.dphi(z[l]);
      for (let j = 0; j < d; j++) g[j] += w * W.get(l, j);
    }
    const us = [g];
    for (let q = 0; q < directions; q++) us.push(Array.from({ length: d }, () => uniform() - 0.5));
    for (const u of us) {
      const size = Math.hypot(...u) || 1;
      pairs.push([rows.length, rows.length + 1]);
      rows.push(x.map((xj, j) => xj + (epsilon * u[j]) / size));
      rows.push(x.map((xj, j) => xj - (epsilon * u[j]) / size));
    }
  }
  const f = net.predict(W, new Matrix(rows));
  return { supGap: maxOf(pairs.map(([a, b]) => Math.abs(f[a] - f[b]))), weightNorm: spectralNorm(W) };
}

/** One measurement for Theorem 5: the width, ‖W − W0‖_F and what lipschitzNearCenters found at W. */
export interface LipschitzPoint {
  width: number;
  distance: number;
  supGap: number;
  weightNorm: number;
  /** ‖v‖₂ of that network (1 for the ±1/√k layer). */
  outputNorm: number;
}

/**
 * Theorem 5 (from Li et al. 2019): for |φ′|, |φ″| ≤ Γ, k ≳ d and ‖W − W0‖_F ≲ √k, sup over x, x̃ in the ε-ball of a center of
 * |f(W, x) − f(W, x̃)| ≤ CΓε(‖W − W0‖ + √d) with C unspecified. Two checks:
 * - `mean-value` (bound): |f(W, x) − f(W, x̃)| ≤ ‖v‖₂·Γ‖W‖₂‖x − x̃‖ = 2Γε‖v‖‖W‖₂, explicit, for every W (it catches an activation steeper than its Γ);
 * - `width-free` (empirical): the content of Theorem 5 beyond it is that no √k appears (‖W0‖₂ ≈ √k + √d): the ratio
 *   sup|Δf|/(Γε(‖W − W0‖_F + √d)) is calibrated at the narrowest W0 and must stay within a factor 2 at every width and along the path.
 */
export function theorem5LocalLipschitz(m: { activation: Activation; epsilon: number; d: number; points: readonly LipschitzPoint[] }): BoundCheck[] {
  if (m.points.length < 2) throw new ValidationError('points', 'expected two or more measurements');
  const gamma = assumptionGamma(m.activation);
  const eps = m.epsilon;
  const meanValue = m.points.map((p) => p.supGap / (2 * gamma * eps * p.weightNorm * p.outputNorm));
  const ratio = m.points.map((p) => p.supGap / (gamma * eps * (p.distance + Math.sqrt(m.d))));
  const calibrationIndex = m.points.reduce(
    (w, p, q) => (p.width < m.points[w].width || (p.width === m.points[w].width && p.distance < m.points[w].distance) ? q : w),
    0,
  );
  const scaled = ratio.map((r) => r / ratio[calibrationIndex]);
  const worst = scaled.reduce((w, x, q) => (x > scaled[w] ? q : w), 0);
  const minWidth = minOf(m.points.map((p) => p.width));
  const details: Record<string, number | string> = { 'calibration width': m.points[calibrationIndex].width, 'calibration ratio': ratio[calibrationIndex] };
  m.points.forEach(
    (p, q) =>
      (details[`k = ${p.width}, ‖W − W0‖_F = ${p.distance.toPrecision(3)}: ratio / mean-value ratio`] =
        `${ratio[q].toPrecision(3)} / ${meanValue[q].toPrecision(3)}`),
  );
  return [
    boundCheck({
      id: 'zhouSlr.thm5.mean-value',
      kind: 'bound',
      name: `Thm 5, explicit mean-value form: sup |f(W, x) − f(W, x̃)| ≤ 2Γε‖v‖‖W‖₂ over ${m.points.length} (k, W) (ε = ${eps})`,
      source: source('Theorem 5 (App. D.1.3), its mean-value step'),
      hypotheses: [hypothesis('|φ′| ≤ Γ', m.activation.dphiBound, '<=', gamma)],
      lhs: maxOf(meanValue),
      relation: '<=',
      rhs: 1,
      details,
    }),
    boundCheck({
      id: 'zhouSlr.thm5.width-free',
      kind: 'empirical',
      name: `Thm 5: sup |f(W, x) − f(W, x̃)| ≤ CΓε(‖W − W0‖_F + √d) with one C over widths ${[...new Set(m.points.map((p) => p.width))].join(', ')} and along the path (ratio ÷ ratio at the narrowest W0 ≤ 2)`,
      source: source('Theorem 5 (App. D.1.3, from Li et al. 2019)'),
      hypotheses: [
        smoothnessHypothesis(m.activation),
        hypothesis('k ≳ d (constant 1): smallest width', minWidth, '>=', m.d),
        hypothesis('‖W − W0‖_F ≲ √k (constant 1): max ‖W − W0‖_F/√k', maxOf(m.points.map((p) => p.distance / Math.sqrt(p.width))), '<=', 1),
      ],
      lhs: scaled[worst],
      relation: '<=',
      rhs: 2,
      threshold:
        'C is unspecified: calibrated at the narrowest network at W0; a factor 2 allows for sampling the sup; a √k dependence (what ‖W‖₂ alone gives) exceeds it once k/d is large',
      details,
    }),
  ];
}

/** ψ₁, ψ₂ of Assumption 2 for a weight schedule α_0 … α_{t0}, and ψ′ = 1 + ψ₁/2 + √ψ₂ (Theorems 2, 8). */
export function assumption2Psi(m: { n: number; alphas: ArrayLike<number>; stepSize: number; jacobianAlpha: number; initialMisfit: number; factor?: number }): {
  psi1: number;
  psi2: number;
  psiPrime: number;
  variation: number;
} {
  const t0 = m.alphas.length - 1;
  if (t0 < 1) throw new ValidationError('alphas', 'expected α_t for t = 0 … t0 with t0 ≥ 1');
  const factor = (m.factor ?? 3) * Math.sqrt(m.n);
  const rate = 1 - (m.stepSize * m.jacobianAlpha ** 2) / 4;
  let variation = 0;
  let discounted = 0;
  for (let t = 0; t < t0; t++) {
    const step = Math.abs(m.alphas[t] - m.alphas[t + 1]);
    variation += step;
    discounted += Math.pow(rate, t0 - t) * step;
  }
  const psi1 = (factor * variation) / m.initialMisfit;
  const psi2 = (factor * discounted) / m.initialMisfit ** 2;
  return { psi1, psi2, psiPrime: 1 + psi1 / 2 + Math.sqrt(psi2), variation };
}

/**
 * The ψ₁/ψ₂ bookkeeping of Assumption 2: ψ₁ = 3√n·Σ_{t<t0}|α_t − α_{t+1}|/‖f(W0, X) − y*‖ and ψ₂ = 3√n·Σ(1 − ηα²/4)^{t0−t}|Δα_t|/‖f(W0, X) − y*‖².
 * For a monotone schedule Σ|Δα| = |α_{t0} − α_0| (a constant α gives ψ₁ = ψ₂ = 0, ψ′ = 1): the identity below compares the
 * definitional sum with that closed form. The numbers (and the Theorem 6/8 variant with 2√n, erratum 17) are in the details;
 * Assumption 2 states no bound on ψ₁, ψ₂, so there is nothing else to check: they only rescale the width and error terms.
 */
export function assumption2Bookkeeping(
  setting: ClusteredSetting,
  m: { label: string; alphas: ArrayLike<number>; stepSize: number; jacobianAlpha: number; initialMisfit: number },
): BoundCheck {
  const { n, K } = sizes(setting);
  const a = assumption2Psi({ n, ...m });
  const b = assumption2Psi({ n, ...m, factor: 2 });
  const t0 = m.alphas.length - 1;
  let up = true;
  let down = true;
  for (let t = 0; t < t0; t++) {
    if (m.alphas[t + 1] < m.alphas[t]) up = false;
    if (m.alphas[t + 1] > m.alphas[t]) down = false;
  }
  const closed = (3 * Math.sqrt(n) * Math.abs(m.alphas[t0] - m.alphas[0])) / m.initialMisfit;
  const gamma = assumptionGamma(setting.activation);
  return boundCheck({
    id: `zhouSlr.assumption2.psi.${m.label}`,
    kind: 'identity',
    name: `Assumption 2 (${m.label}): ψ₁ = 3√n·Σ|Δα_t|/‖f(W0) − y*‖ equals 3√n|α_t0 − α_0|/‖f(W0) − y*‖ for a monotone schedule (ψ₁ = ${a.psi1.toPrecision(3)}, ψ₂ = ${a.psi2.toPrecision(3)}, ψ′ = ${a.psiPrime.toPrecision(4)})`,
    source: source('Assumption 2 (ψ₁, ψ₂) and ψ′ of Theorems 2, 8'),
    hypotheses: [{ name: 'α_t monotone for t ≤ t0', holds: up || down, detail: up ? 'non-decreasing' : down ? 'non-increasing' : 'not monotone' }],
    lhs: Math.abs(a.psi1 - closed),
    relation: '<=',
    rhs: 1e-12 * Math.max(1, closed),
    details: {
      t0,
      'Σ|Δα|': a.variation,
      ψ1: a.psi1,
      ψ2: a.psi2,
      'ψ′': a.psiPrime,
      'ψ1 with 2√n (Thms 6, 8)': b.psi1,
      '‖f(W0, X) − y*‖': m.initialMisfit,
      "extraction's estimate 3|α_t0 − α_0|/(Γ√log K)": (3 * Math.abs(m.alphas[t0] - m.alphas[0])) / (gamma * Math.sqrt(Math.log(K))),
      'Thm 7 width (1+ψ1)²Γ⁴K log K‖C‖²/λ(C)² at C = 1': ((1 + a.psi1) ** 2 * gamma ** 4 * K * Math.log(K) * setting.centerNorm ** 2) / setting.lambdaC ** 2,
    },
  });
}
