import { Matrix } from 'ml-matrix';
import { ValidationError } from '../../core/errors';
import { gaussLegendre } from '../../core/quadrature';
import { maxOf, minOf, norm2, normInf } from '../../core/vector';
import { networkJacobian } from '../../jacobian/operator';
import { GroupSubspace } from '../../jacobian/subspaces';
import { symmetricEigenvalues } from '../../linalg/dense';
import { toFlat } from '../../linalg/flat';
import { Activation } from '../../models/activations';
import { TwoLayerNet } from '../../models/twoLayerNet';
import { BoundCheck, boundCheck, Hypothesis, hypothesis } from '../checks';
import { clopperPearson } from '../seeds';
import {
  assumptionGamma,
  cleanInputsHypothesis,
  ClusteredSetting,
  corruptionHypothesis,
  sizes,
  smoothnessHypothesis,
  source,
  stepSizeHypothesis,
  theoremStepSize,
} from './common';

/**
 * The theory of Zhou et al. 2021 (§3.1, App. D) on (ρ, ε, δ)-corrupted clusterable data: GD on ½‖ỹ^t − f(W, X)‖² with
 * the refined label ỹ^t = (1 − α_t)y + α_t·p^t. Every function takes what a run measured and evaluates the theorem's
 * hypotheses itself; statements that hold by construction are returned as `identity`.
 */

/** One run of the own-prediction refinery (or plain GD, α = 0) at ε = 0: ‖f(W_t, X) − y*‖∞ at every step t = 0…T. */
export interface SupErrorRun {
  alpha: number;
  /** The step size the run reports (what the theorem's t0 is computed with). */
  stepSize: number;
  supError: ArrayLike<number>;
}

/** First step from which ‖f − y*‖∞ ≤ target for the rest of the run; undefined when the run ends above it. */
export function holdingFrom(values: ArrayLike<number>, target: number): number | undefined {
  if (values.length === 0 || !(values[values.length - 1] <= target)) return undefined;
  let t = values.length - 1;
  while (t > 0 && values[t - 1] <= target) t--;
  return t;
}

/**
 * Own-prediction SLR is GD on the noisy labels with step η(1 − α): at W_t the residual is
 * f − (1−α)y − αf = (1 − α)(f − y). An algebraic identity, hence a correctness test of the refinery code.
 */
export function ownPredictionEquivalence(m: { alpha: number; steps: number; maxPredictionGap: number; maxWeightGap: number }): BoundCheck {
  return boundCheck({
    id: 'zhouSlr.own-slr-is-slowed-gd',
    kind: 'identity',
    name: `own-prediction SLR (α = ${m.alpha}) equals GD with step η(1 − α): max over ${m.steps} steps of ‖Δf‖∞`,
    source: source('App. D.1.1 (the label every proof uses), algebra'),
    lhs: m.maxPredictionGap,
    relation: '<=',
    rhs: 1e-10,
    details: { 'max |ΔW| at the end': m.maxWeightGap },
  });
}

function logFactor(setting: ClusteredSetting): number {
  const { n, K } = sizes(setting);
  return (assumptionGamma(setting.activation) * Math.sqrt(n * Math.log(K))) / setting.rho;
}

function timeHypotheses(setting: ClusteredSetting, runs: readonly SupErrorRun[]): Hypothesis[] {
  return [
    cleanInputsHypothesis(setting),
    corruptionHypothesis(setting),
    smoothnessHypothesis(setting.activation),
    stepSizeHypothesis(
      setting,
      runs.map((r) => r.stepSize),
    ),
  ];
}

/**
 * Theorem 7 (2) (and Theorem 2's t0): after t ≥ t0 = c·K/(ηnλ(C))·log(Γ√(n log K)/((1 − α_max)ρ)), ‖f(W_t) − y*‖∞ ≤ 4ρ.
 * The constant c is not given, so it is read off the run with the smallest α (the first t from which the bound holds
 * for the rest of that run) and the statement is that the same c works at every other α: the constant each run
 * needs, divided by the calibration run's, is at most 2 (our tolerance for the discreteness of t and for the
 * calibration run being one sample). Two forms:
 * - `printed`: t0 as printed, ∝ log(1/(1 − α)) (an erratum: the time grows like 1/(1 − α) since own-SLR is GD with step η(1 − α));
 * - `corrected`: t0′ = c′·K/(ηnλ(C)(1 − α))·log(Γ√(n log K)/ρ), the restatement the algebra supports.
 * A run that ends above 4ρ, or runs with too large a step, ε > 0, more corruption than ρ or ReLU make it not-applicable.
 */
export function theorem7Time(setting: ClusteredSetting, runs: readonly SupErrorRun[]): BoundCheck[] {
  if (runs.length < 2) throw new ValidationError('runs', 'expected runs at two or more values of α');
  const { n, K } = sizes(setting);
  const target = 4 * setting.rho;
  const sorted = [...runs].sort((a, b) => a.alpha - b.alpha);
  const holding = sorted.map((r) => holdingFrom(r.supError, target));
  const reached = holding.every((t) => t !== undefined);
  const base = {
    printed: (r: SupErrorRun) => (K / (r.stepSize * n * setting.lambdaC)) * Math.log(logFactor(setting) / (1 - r.alpha)),
    corrected: (r: SupErrorRun) => (K / (r.stepSize * n * setting.lambdaC * (1 - r.alpha))) * Math.log(logFactor(setting)),
  };
  const hypotheses = [
    ...timeHypotheses(setting, runs),
    {
      name: 'every run ends with ‖f − y*‖∞ ≤ 4ρ (long enough to see t0)',
      holds: reached,
      detail: sorted.map((r, q) => `α = ${r.alpha}: ${holding[q] ?? 'never'}`).join(', '),
    },
  ];
  return (['printed', 'corrected'] as const).map((form) => {
    // max(1, t): a bound that already holds at t = 0 needs no time; the constant is at least what t = 1 needs
    const needed = sorted.map((r, q) => Math.max(1, holding[q] ?? NaN) / base[form](r));
    const ratios = needed.map((c) => c / needed[0]);
    const worst = ratios.reduce((w, x, q) => (x > ratios[w] ? q : w), 0);
    const details: Record<string, number | string | boolean> = { 'calibration α': sorted[0].alpha, 'worst α': sorted[worst].alpha, '4ρ': target };
    sorted.forEach(
      (r, q) =>
        (details[`α = ${r.alpha}: steps until ≤ 4ρ / needed c ratio`] =
          `${holding[q] ?? 'never'} / ${Number.isFinite(ratios[q]) ? ratios[q].toPrecision(3) : 'n/a'}`),
    );
    return boundCheck({
      id: `zhouSlr.thm7.t0-${form}`,
      kind: 'bound',
      name:
        form === 'printed'
          ? 'Thm 2/7 t0 as printed, ∝ log(Γ√(n log K)/((1−α)ρ)) (erratum: the time grows like 1/(1−α)): one constant c makes ‖f(W_t) − y*‖∞ ≤ 4ρ for t ≥ t0 at every α (needed-c ratio to the smallest α ≤ 2)'
          : 'Thm 7 (2) with the corrected t0′ ∝ log(Γ√(n log K)/ρ)/(1−α): one constant makes ‖f(W_t) − y*‖∞ ≤ 4ρ for t ≥ t0′ at every α (needed-c ratio ≤ 2)',
      source: source(
        form === 'printed' ? 'Theorem 7 (2) and Theorem 2 (t0)' : 'Theorem 7 (2), t0 restated from App. D.1.1 (own-prediction SLR = GD with step η(1 − α))',
      ),
      hypotheses,
      lhs: ratios[worst],
      relation: '<=',
      rhs: 2,
      threshold:
        'c is unspecified: it is calibrated on the smallest α; a factor 2 allows for integer steps and discrete-time GD (whose time ratio exceeds 1/(1−α) by up to (1 + ηλ/2))',
      details,
    });
  });
}

/** The bimodal constants of Assumption 4 measured along a run: α = min σ_min(Uᵀ J(W_t)), β = max ‖J(W_t)‖ on S+, over the sampled t. */
export interface MeasuredJacobianBounds {
  alpha: number;
  beta: number;
  /** Steps they were measured at. */
  steps: readonly number[];
}

/**
 * σ_min and σ_max of Uᵀ·J(W, X) for the cluster subspace S+ (U an orthonormal basis): the square roots of the extreme
 * eigenvalues of the K×K compression Uᵀ(JJᵀ)U.
 */
export function signalSingularValues(net: TwoLayerNet, W: Matrix, X: Matrix, subspace: GroupSubspace): { min: number; max: number } {
  const op = networkJacobian(net, W, X);
  const U = subspace.basis();
  const K = U.columns;
  const G = new Matrix(K, K);
  const cols: Float64Array[] = [];
  for (let a = 0; a < K; a++) cols.push(op.rmatvec(Float64Array.from(U.getColumn(a))));
  for (let a = 0; a < K; a++)
    for (let b = a; b < K; b++) {
      let s = 0;
      for (let p = 0; p < cols[a].length; p++) s += cols[a][p] * cols[b][p];
      G.set(a, b, s);
      G.set(b, a, s);
    }
  const eig = symmetricEigenvalues(G);
  return { min: Math.sqrt(Math.max(0, minOf(eig))), max: Math.sqrt(Math.max(0, maxOf(eig))) };
}

/**
 * Theorem 6's conditions from the measured α_J, β_J: α ≥ 1 − α_J²/(4β_J²) and η ≤ (1/(2β_J²))·min(1, α_Jβ_J/(L‖r0‖))
 * with L = Γ√(max n_ℓ/k)‖C‖ (Theorem 4 (1)), on clean inputs with a Γ-smooth activation.
 */
function theorem6Conditions(
  setting: ClusteredSetting,
  run: { alpha: number; stepSize: number },
  jacobian: MeasuredJacobianBounds,
  initialResidualNorm: number,
): { L: number; hypotheses: Hypothesis[] } {
  const { maxCluster } = sizes(setting);
  const { alpha: aJ, beta: bJ } = jacobian;
  const L = assumptionGamma(setting.activation) * Math.sqrt(maxCluster / setting.width) * setting.centerNorm;
  const etaLimit = (1 / (2 * bJ * bJ)) * Math.min(1, (aJ * bJ) / (L * initialResidualNorm));
  return {
    L,
    hypotheses: [
      cleanInputsHypothesis(setting),
      smoothnessHypothesis(setting.activation),
      hypothesis('α_t ≥ 1 − α_J²/(4β_J²) (α_J, β_J measured along the path)', run.alpha, '>=', 1 - (aJ * aJ) / (4 * bJ * bJ)),
      hypothesis('η ≤ (1/(2β_J²))·min(1, α_Jβ_J/(L‖r0‖))', run.stepSize, '<=', etaLimit),
    ],
  };
}

/**
 * Theorem 6 (meta-theorem, App. D.2.2) for a constant α: with ν ≥ ‖P_{S+}(y − y*)‖∞, after
 * t ≥ (5/(ηα_J²))·log(‖f(w0) − ỹ^0‖/((1 − α)ν)) iterations ‖f(w_t) − y*‖∞ ≤ 2ν (the Σ|Δα| term vanishes). Every
 * constant is explicit, so nothing is calibrated. Hypotheses from the measured α_J, β_J: α ≥ 1 − α_J²/(4β_J²), and
 * η ≤ (1/(2β_J²))·min(1, α_Jβ_J/(L‖f(w0) − ỹ^0‖)) with L = Γ√(max n_ℓ/k)‖C‖ (Theorem 4 (1)); ε = 0 (Assumption 4).
 */
export function theorem6(
  setting: ClusteredSetting,
  run: SupErrorRun,
  m: { jacobian: MeasuredJacobianBounds; initialResidualNorm: number; nu: number; noiseProjection: number },
): BoundCheck {
  const { alpha: aJ, beta: bJ } = m.jacobian;
  const { L, hypotheses } = theorem6Conditions(setting, run, m.jacobian, m.initialResidualNorm);
  const tStart = Math.ceil((5 / (run.stepSize * aJ * aJ)) * Math.log(m.initialResidualNorm / ((1 - run.alpha) * m.nu)));
  const T = run.supError.length - 1;
  let worst = -Infinity;
  for (let t = Math.max(0, tStart); t <= T; t++) worst = Math.max(worst, run.supError[t]);
  return boundCheck({
    id: `zhouSlr.thm6.sup-error.alpha-${run.alpha}`,
    kind: 'bound',
    name: `Thm 6 at α = ${run.alpha}: ‖f(w_t) − y*‖∞ ≤ 2ν for all t ≥ (5/(ηα_J²))·log(‖r0‖/((1−α)ν)) = ${tStart}`,
    source: source('Theorem 6 (App. D.2.2)'),
    hypotheses: [
      ...hypotheses,
      hypothesis('ν ≥ ‖P_{S+}(y − y*)‖∞', m.nu, '>=', m.noiseProjection - 1e-12),
      hypothesis('the run reaches t = 5/(ηα_J²)·log(…)', T, '>=', tStart),
    ],
    lhs: worst,
    relation: '<=',
    rhs: 2 * m.nu,
    details: { α_J: aJ, β_J: bJ, 'L (Thm 4 (1))': L, '‖r0‖': m.initialResidualNorm, ν: m.nu, 'steps run': T },
  });
}

/**
 * Theorem 6's proof bounds α_t‖f(w_t) − f(w_{t+1})‖ using α_t ≤ α²/(4β²), while the theorem assumes α_t ≥ 1 − α²/(4β²).
 * Both can hold only if α²/(4β²) ≥ ½, i.e. α ≥ √2·β, impossible since α ≤ β: the hypothesis and the proof step are
 * incompatible for every network. A documented erratum; it cannot come out otherwise (identity).
 */
export function theorem6Contradiction(jacobian: MeasuredJacobianBounds): BoundCheck {
  const ratio = (jacobian.alpha * jacobian.alpha) / (4 * jacobian.beta * jacobian.beta);
  return boundCheck({
    id: 'zhouSlr.thm6.proof-contradiction',
    kind: 'identity',
    name: 'Thm 6 erratum: its proof needs α_t ≤ α²/(4β²) while its hypothesis is α_t ≥ 1 − α²/(4β²); both need α²/(4β²) ≥ ½ (impossible, α ≤ β)',
    source: source('Theorem 6, proof (App. D.2.5)'),
    lhs: ratio,
    relation: '>=',
    rhs: 0.5,
    details: { α_J: jacobian.alpha, β_J: jacobian.beta, 'hypothesis asks α_t ≥': 1 - ratio, 'proof uses α_t ≤': ratio },
  });
}

/** A GD step recorded along a refinery run: W_t and W_{t+1}, f at both, and the refined labels used at t and t+1. */
export interface RecordedStep {
  step: number;
  weights: Matrix;
  nextWeights: Matrix;
  predictions: ArrayLike<number>;
  nextPredictions: ArrayLike<number>;
  refined: ArrayLike<number>;
  nextRefined: ArrayLike<number>;
}

/**
 * Lemma 3 (App. D.1.3): r_{t+1} = (I − ηJ̄(W_{t+1}, W_t)J(W_t)ᵀ)r_t + ȳ^t − ȳ^{t+1}, r_t = f(W_t) − ȳ^t, with the
 * average Jacobian J̄ = ∫₀¹ J(W_t + s(W_{t+1} − W_t))ds by Gauss–Legendre quadrature. It ties the recorded iterates
 * to GD with the reported step η on the refined loss: a run with another step or a perturbed gradient breaks it.
 */
export function lemma3Recursion(net: TwoLayerNet, X: Matrix, stepSize: number, steps: readonly RecordedStep[], nodes = 8): BoundCheck {
  if (steps.length === 0) throw new ValidationError('steps', 'expected at least one recorded step');
  const rule = gaussLegendre(nodes);
  let worst = 0;
  let worstStep = steps[0].step;
  for (const s of steps) {
    const r = Float64Array.from(s.predictions, (f, i) => f - s.refined[i]);
    const rNext = Float64Array.from(s.nextPredictions, (f, i) => f - s.nextRefined[i]);
    const direction = networkJacobian(net, s.weights, X).rmatvec(r); // J(W_t)ᵀ r_t
    const W = toFlat(s.weights);
    const delta = toFlat(s.nextWeights);
    for (let p = 0; p < delta.length; p++) delta[p] -= W[p];
    const averaged = new Float64Array(r.length);
    for (let q = 0; q < rule.nodes.length; q++) {
      const sq = rule.nodes[q]; // the rule is on [0, 1]
      const Wq = new Matrix(net.k, net.d);
      for (let a = 0; a < net.k; a++) for (let b = 0; b < net.d; b++) Wq.set(a, b, W[a * net.d + b] + sq * delta[a * net.d + b]);
      const jv = networkJacobian(net, Wq, X).matvec(direction);
      for (let i = 0; i < r.length; i++) averaged[i] += rule.weights[q] * jv[i];
    }
    const predicted = Float64Array.from(r, (ri, i) => ri - stepSize * averaged[i] + s.refined[i] - s.nextRefined[i]);
    const error = norm2(Float64Array.from(predicted, (x, i) => x - rNext[i])) / Math.max(norm2(r), 1e-300);
    if (error > worst) {
      worst = error;
      worstStep = s.step;
    }
  }
  return boundCheck({
    id: 'zhouSlr.lemma3.residual-recursion',
    kind: 'invariant',
    name: `Lemma 3: ‖r_{t+1} − [(I − ηJ̄J_tᵀ)r_t + ȳ^t − ȳ^{t+1}]‖/‖r_t‖, max over ${steps.length} recorded steps`,
    source: source('Lemma 3 (App. D.1.3)'),
    hypotheses: [smoothnessHypothesis(net.activation)],
    lhs: worst,
    relation: '<=',
    rhs: 1e-8,
    threshold: `${nodes}-node Gauss–Legendre on the smooth path s ↦ J(W_t + sΔW) errs by ≪ 1e-10 relative; a step with another η or a perturbed gradient errs by the relative size of the fault`,
    details: { 'worst step': worstStep, 'reported η': stepSize },
  });
}

/**
 * The frozen noise component of the Thm 6 proof ((24)–(28)) at ε = 0: P_{S−}(f(W_t) − ỹ^t) = −(1 − α_t)P_{S−}y. At ε = 0 the
 * inputs of a cluster coincide, so f ∈ S+ for every W: true by construction (identity).
 */
export function frozenNoiseGap(
  subspace: GroupSubspace,
  labels: ArrayLike<number>,
  predictions: ArrayLike<number>,
  refined: ArrayLike<number>,
  alpha: number,
): number {
  const r = Float64Array.from(predictions, (f, i) => f - refined[i]);
  const noise = subspace.projectComplement(r);
  const yNoise = subspace.projectComplement(labels);
  return normInf(Float64Array.from(noise, (x, i) => x + (1 - alpha) * yNoise[i]));
}

export function frozenNoiseComponent(setting: ClusteredSetting, maxGap: number, stepsChecked: number): BoundCheck {
  return boundCheck({
    id: 'zhouSlr.thm6.frozen-noise',
    kind: 'identity',
    name: `frozen noise at ε = 0: max over ${stepsChecked} steps of ‖P_{S−}(f − ỹ) + (1 − α)P_{S−}y‖∞ (f ∈ S+ for every W when ε = 0)`,
    source: source('Theorem 6, proof (24)–(28)'),
    hypotheses: [cleanInputsHypothesis(setting)],
    lhs: maxGap,
    relation: '<=',
    rhs: 1e-10,
  });
}

/** Lemma 8: ‖P_{S+}(y − y*)‖∞ ≤ 2ρ when at most ρn_ℓ labels of each cluster are wrong (|y − y*| ≤ 2): arithmetic, so an identity. */
export function lemma8(setting: ClusteredSetting, subspace: GroupSubspace, labels: ArrayLike<number>, trueLabels: ArrayLike<number>): BoundCheck {
  const e = Float64Array.from(labels, (y, i) => y - trueLabels[i]);
  const value = normInf(subspace.project(e));
  return boundCheck({
    id: 'zhouSlr.lemma8.noise-projection',
    kind: 'identity',
    name: '‖P_{S+}(y − y*)‖∞ ≤ 2ρ (a cluster mean of at most ρn_ℓ errors of size ≤ 2)',
    source: source('Lemma 8'),
    hypotheses: [corruptionHypothesis(setting), hypothesis('labels in [−1, 1]: max |y − y*| ≤ 2', normInf(e), '<=', 2)],
    lhs: value,
    relation: '<=',
    rhs: 2 * setting.rho,
  });
}

/** One ε = 0 own-prediction run to the limit f = P_{S+}y: the rates of the nearest-label rule on ỹ and f against y*. */
export interface RecoveryRun {
  rho: number;
  alpha: number;
  refinedError: number;
  predictionError: number;
  /** ‖f − P_{S+}y‖∞ at the end (how close to the limit the run stopped). */
  distanceToLimit: number;
  /** Largest fraction of corrupted labels in a cluster (the ρ the limit actually sees; ⌊ρn_ℓ⌋/n_ℓ). */
  corruptedFraction: number;
}

/**
 * Theorem 2 (1′): if ρ ≤ δ/32, ε ≤ c6δ·min(…) and 1 − 3δ/4 ≤ α_t, then the refined label of every crop rounds to its
 * true class after t ≥ t0. Evaluated at the limit t → ∞ (which is ≥ t0 for every c), on the runs that meet the printed
 * hypotheses; lhs = the worst refined-label error. Erratum: with ±1 labels the printed condition reads α ≥ −0.5,
 * while exact recovery needs α > 1/(2(1 − ρ)).
 */
export function theorem2Recovery(setting: ClusteredSetting, runs: readonly RecoveryRun[], limitTolerance = 1e-4): BoundCheck[] {
  const printed = 1 - (3 * setting.delta) / 4;
  const eligible = runs.filter((r) => r.rho <= setting.delta / 32 && r.alpha >= printed);
  const worst = eligible.reduce<RecoveryRun | undefined>((w, r) => (w === undefined || r.refinedError > w.refinedError ? r : w), undefined);
  const smallestRho = minOf(runs.map((r) => r.rho));
  const printedCheck = boundCheck({
    id: 'zhouSlr.thm2.1prime.printed-condition',
    kind: 'bound',
    name: `Thm 2 (1′) as printed (erratum: the printed condition is not sufficient): α ≥ 1 − 3δ/4 = ${printed} and ρ ≤ δ/32 ⇒ every refined label rounds to y* (worst run: ρ = ${worst?.rho ?? 'none'}, α = ${worst?.alpha ?? 'none'})`,
    source: source('Theorem 2 (1′)'),
    hypotheses: [
      cleanInputsHypothesis(setting),
      hypothesis('some run has ρ ≤ δ/32', smallestRho, '<=', setting.delta / 32),
      hypothesis('some run with ρ ≤ δ/32 has α ≥ 1 − 3δ/4', eligible.length, '>=', 1),
      hypothesis('runs reached the limit: max ‖f − P_{S+}y‖∞', eligible.length ? maxOf(eligible.map((r) => r.distanceToLimit)) : NaN, '<=', limitTolerance),
    ],
    lhs: worst?.refinedError ?? NaN,
    relation: '<=',
    rhs: 0,
    details: {
      'corrected threshold 1/(2(1−ρ)) at that ρ': worst ? setting.delta / (2 * (setting.delta - 2 * worst.rho)) : NaN,
      'error of f in that run': worst?.predictionError ?? NaN,
      'runs meeting the printed hypotheses': eligible.length,
    },
  });
  // the corrected threshold: at the limit f = P_{S+}y the refined label of a flipped point is (1−α)(−y*) + α(1−2ρ)y*
  const mismatches = runs.filter((r) => {
    if (r.corruptedFraction === 0) return r.refinedError !== 0; // nothing to recover
    const threshold = setting.delta / (2 * (setting.delta - 2 * r.corruptedFraction));
    if (Math.abs(r.alpha - threshold) < 1e-9) return false; // an exact tie: the tie-break decides
    return r.alpha > threshold ? r.refinedError !== 0 : r.refinedError === 0;
  });
  const corrected = boundCheck({
    id: 'zhouSlr.thm2.1prime.corrected-threshold',
    kind: 'identity',
    name: 'corrected recovery threshold α > δ/(2(δ − 2ρ)) (ρ the planted per-cluster fraction) at the limit f = P_{S+}y: runs whose refined-label error disagrees (ties excluded)',
    source: source('Theorem 2 (1′), threshold derived from App. D.1.1 at the ε = 0 limit'),
    hypotheses: [
      cleanInputsHypothesis(setting),
      hypothesis('runs reached the limit: max ‖f − P_{S+}y‖∞', maxOf(runs.map((r) => r.distanceToLimit)), '<=', limitTolerance),
    ],
    lhs: mismatches.length,
    relation: '<=',
    rhs: 0,
    details: { runs: runs.length },
  });
  return [printedCheck, corrected];
}

/**
 * Theorem 4 (3): if k ≥ CΓ² log K‖C‖²/λ(C), then with probability ≥ 1 − 1/K¹⁰⁰ over W0,
 * σ_min(J(W0, X̃) on S+) ≥ √(c_l·n·λ(C)/(2K)) = √(min n_ℓ·λ(C)/2). C is unspecified: the success fraction over seeds is
 * reported for every width, and the claim is checked at the widest (Clopper–Pearson upper end ≥ 1 − 1/K¹⁰⁰).
 */
export function theorem4MinSingularValue(setting: ClusteredSetting, sweep: readonly { width: number; sigmaMin: readonly number[] }[]): BoundCheck {
  if (sweep.length === 0) throw new ValidationError('sweep', 'expected at least one width');
  const { K, minCluster } = sizes(setting);
  const bound = Math.sqrt((minCluster * setting.lambdaC) / 2);
  const widest = sweep.reduce((w, s) => (s.width > w.width ? s : w), sweep[0]);
  const successes = widest.sigmaMin.filter((s) => s >= bound).length;
  const trials = widest.sigmaMin.length;
  const [lower, upper] = clopperPearson(successes, trials);
  const claimed = 1 - Math.pow(K, -100);
  const gamma = assumptionGamma(setting.activation);
  const details: Record<string, number | string | boolean> = {
    bound,
    successes,
    trials,
    lower,
    upper,
    'k·λ(C)/(Γ² log K ‖C‖²) at the widest': (widest.width * setting.lambdaC) / (gamma ** 2 * Math.log(K) * setting.centerNorm ** 2),
  };
  for (const s of sweep)
    details[`k = ${s.width}: holds / min σ_min`] = `${s.sigmaMin.filter((x) => x >= bound).length}/${s.sigmaMin.length} / ${minOf(s.sigmaMin).toPrecision(4)}`;
  return boundCheck({
    id: 'zhouSlr.thm4.3.min-singular-value',
    kind: 'bound',
    name: `Thm 4 (3) at k = ${widest.width}: σ_min(J(W0, X̃) on S+) ≥ √(min n_ℓ·λ(C)/2) in a fraction ≥ 1 − 1/K¹⁰⁰ of W0 draws (upper 95% Clopper–Pearson)`,
    source: source('Theorem 4 (3)'),
    hypotheses: [
      smoothnessHypothesis(setting.activation),
      hypothesis(
        'k ≥ Γ² log K‖C‖²/λ(C) (C = 1: necessary only, C is unspecified)',
        widest.width,
        '>=',
        (gamma ** 2 * Math.log(K) * setting.centerNorm ** 2) / setting.lambdaC,
      ),
    ],
    lhs: upper,
    relation: '>=',
    rhs: claimed,
    seeds: trials,
    details,
  });
}

/**
 * The proof of Theorem 7 (App. D.2.6) runs Theorem 6 with α = α′/2, α′ = √(c_l·n·λ(C)/(2K)): σ_min(J(W_t) on S+) must stay
 * ≥ ½√(min n_ℓ·λ(C)/2) along the whole path (the iterates stay in the ball where the Jacobian is bimodal).
 */
export function theorem7SignalAlongPath(setting: ClusteredSetting, path: readonly { step: number; sigmaMin: number }[]): BoundCheck {
  if (path.length === 0) throw new ValidationError('path', 'expected at least one measurement');
  const { minCluster } = sizes(setting);
  const bound = 0.5 * Math.sqrt((minCluster * setting.lambdaC) / 2);
  const worst = path.reduce((w, p) => (p.sigmaMin < w.sigmaMin ? p : w), path[0]);
  return boundCheck({
    id: 'zhouSlr.thm7.proof.signal-along-path',
    kind: 'invariant',
    name: `Thm 7 proof: σ_min(J(W_t, X̃) on S+) ≥ α′/2 = ½√(min n_ℓ·λ(C)/2) at ${path.length} points of the path (worst t = ${worst.step})`,
    source: source('Theorem 7, proof (App. D.2.6)'),
    hypotheses: [cleanInputsHypothesis(setting), smoothnessHypothesis(setting.activation)],
    lhs: worst.sigmaMin,
    relation: '>=',
    rhs: bound,
    details: { 'σ_min at the first point': path[0].sigmaMin },
  });
}

/** Theorem 4 (4): range(J(W, X̃)) ⊂ S+ so JJᵀ has rank ≤ K at ε = 0, for every W: the (K+1)-th over the K-th eigenvalue. Identity. */
export function theorem4Rank(setting: ClusteredSetting, eigenvaluesDescending: readonly number[]): BoundCheck {
  const { K } = sizes(setting);
  return boundCheck({
    id: 'zhouSlr.thm4.4.rank',
    kind: 'identity',
    name: `Thm 4 (4): J J ᵀ at the centers has rank K = ${K} (eigenvalue ${K + 1} / eigenvalue ${K}); inputs of a cluster coincide`,
    source: source('Theorem 4 (4)'),
    hypotheses: [cleanInputsHypothesis(setting)],
    lhs: eigenvaluesDescending[K] / eigenvaluesDescending[K - 1],
    relation: '<=',
    rhs: 1e-10,
  });
}

/** Errors of one ε > 0 method over its run: at the last step, and the minimum over the logged steps. */
export interface MemorisationRun {
  final: { trainTrue: number; testError: number; refinedError: number; distance: number };
  bestTrainTrue: number;
}

/**
 * The ε > 0 behaviour of App. D's refinery variants (one seed, a Γ-smooth activation such as softplus): (A) GD on y memorises the corrupted
 * labels (the error against y* rises from its minimum), (C) the fresh-positive refinery with α above 1/(2(1−ρ)) does
 * not, (C′) below the threshold its refined labels stay wrong on the corrupted points. These are claims about the method
 * as run (not a theorem: Thm 2 is an early-stopping statement; as printed it would forbid memorisation, an erratum); thresholds count misclassified points.
 */
export function memorisation(m: {
  n: number;
  steps: number;
  rho: number;
  gd: MemorisationRun;
  positive: MemorisationRun;
  positiveBelowThreshold: MemorisationRun;
  alphaBelow: number;
  /** The network's activation: the checks ask for Assumption 1's Γ-smoothness (softplus); a ReLU run is a contrast (not-applicable). */
  activation: Activation;
  seeds?: number;
}): BoundCheck[] {
  const point = 1 / m.n;
  const seeds = m.seeds ?? 1;
  const hypotheses = [smoothnessHypothesis(m.activation)];
  return [
    boundCheck({
      id: 'zhouSlr.eps-refinery.gd-memorises',
      hypotheses,
      kind: 'empirical',
      name: `(A) GD on y memorises: train error vs y* at T = ${m.steps} minus its minimum ≥ 4/n`,
      source: source('Theorem 2, erratum (GD and own-SLR memorise for ε > 0)'),
      lhs: m.gd.final.trainTrue - m.gd.bestTrainTrue,
      relation: '>=',
      rhs: 4 * point,
      threshold: '4 training points (4/n) more misclassified than at the best step: more than a couple of borderline points flipping',
      seeds,
      details: { minimum: m.gd.bestTrainTrue, final: m.gd.final.trainTrue },
    }),
    boundCheck({
      id: 'zhouSlr.eps-refinery.positive-resists',
      hypotheses,
      kind: 'empirical',
      name: `(C) fresh-positive SLR resists memorisation: max(train error vs y*, test error) at T = ${m.steps} ≤ 2/n`,
      source: source("§3.1 (SLR with the positive's prediction, the method as run)"),
      lhs: Math.max(m.positive.final.trainTrue, m.positive.final.testError),
      relation: '<=',
      rhs: 2 * point,
      threshold: 'at most 2 of n training points (and that rate on the test crops): GD on y at this T misclassifies many more',
      seeds,
      details: { '‖W − W0‖_F (C)': m.positive.final.distance, '‖W − W0‖_F (A)': m.gd.final.distance, 'GD final train error vs y*': m.gd.final.trainTrue },
    }),
    boundCheck({
      id: 'zhouSlr.eps-refinery.positive-below-threshold',
      hypotheses,
      kind: 'empirical',
      name: `(C′) fresh-positive SLR at α = ${m.alphaBelow} < 1/(2(1−ρ)): refined-label error at T ≥ ρ/2 (the corrupted labels stay wrong)`,
      source: source('Theorem 2 (1′), erratum (threshold α > 1/(2(1−ρ)))'),
      lhs: m.positiveBelowThreshold.final.refinedError,
      relation: '>=',
      rhs: m.rho / 2,
      threshold: 'half the planted corruption rate ρ: above it most corrupted labels were not recovered',
      seeds,
      details: { 'train error vs y* of f': m.positiveBelowThreshold.final.trainTrue },
    }),
  ];
}

/**
 * Theorem 6, distance part (App. D.2.2): ‖w_t − w0‖₂ ≤ 4‖r0‖₂/α + 2√n·Σ|α_t − α_{t+1}| for all t, r0 = f(w0) − ỹ^0 as printed
 * (the Σ term lacks the 1/α of the proof's chain, erratum 10, and vanishes for a constant α). Same hypotheses as `theorem6`,
 * from the measured α_J, β_J. For the own-prediction label r0 = (1 − α)(f(w0) − y) while the iterates follow GD's path (with step
 * η(1 − α)), so the distance travelled does not shrink with 1 − α: the printed bound rests on the contraction rate 1 − ηα²/4
 * that the proof gets from α_t ≤ α²/(4β²), incompatible with its hypothesis (see theorem6Contradiction).
 */
export function theorem6Distance(
  setting: ClusteredSetting,
  run: { alpha: number; stepSize: number },
  m: { jacobian: MeasuredJacobianBounds; maxDistance: number; initialResidualNorm: number; alphaVariation?: number },
): BoundCheck {
  const { n } = sizes(setting);
  const aJ = m.jacobian.alpha;
  const variation = m.alphaVariation ?? 0;
  const { hypotheses } = theorem6Conditions(setting, run, m.jacobian, m.initialResidualNorm);
  return boundCheck({
    id: `zhouSlr.thm6.distance.alpha-${run.alpha}`,
    kind: 'bound',
    name: `Thm 6 at α = ${run.alpha}: max_t ‖W_t − W0‖_F ≤ 4‖f(w0) − ỹ^0‖/α_J + 2√n·Σ|Δα_t| (with ‖f(w0) − ỹ^0‖ = (1−α)‖f(w0) − y‖ this inherits the contradicted contraction step: own-SLR walks GD's path)`,
    source: source('Theorem 6 (App. D.2.2), distance'),
    hypotheses,
    lhs: m.maxDistance,
    relation: '<=',
    rhs: (4 * m.initialResidualNorm) / aJ + 2 * Math.sqrt(n) * variation,
    details: { '‖r0‖ = ‖f(w0) − ỹ^0‖': m.initialResidualNorm, α_J: aJ, 'Σ|Δα|': variation },
  });
}

/**
 * Theorem 8 (App. D.2.7) with the explicit internal constants (55)–(56): GD with the same refinery rule on X (radius ε)
 * and on the clean inputs X̃ from the same W0, for t ≤ t0 = K/(ηnλ(C))·log(Γ√(n log K)/ρ) (C₁ = 1, the shortest the theorem
 * allows). With Θ ≥ ‖r0‖ (Θ = ‖r0‖ measured, the tightest admissible) and ψ′ = 1 + ψ₁/2 + √ψ₂:
 * p_t = ‖f(W_t, X) − f(W̃_t, X̃)‖ ≤ 8t(1+ψ′)ηΓ√n·εΘβ and d_t = ‖W_t − W̃_t‖_F ≤ 2tηΓ√n·εΘ(ψ′ + 8ηt0β²),
 * under ε ≤ 1/(8t0ηβΓ√n) and L ≤ 2/(5t0ηΘ(1 + 8ηt0β²)) with L = Γ√(max n_ℓ/k)‖C‖ (Theorem 4 (1)). Returns the p_t and d_t checks
 * (lhs = max over t ≤ t0 of measured/bound).
 */
export function theorem8Coupling(
  setting: ClusteredSetting,
  m: { stepSize: number; beta: number; initialResidualNorm: number; psiPrime?: number; predictionGap: ArrayLike<number>; weightGap: ArrayLike<number> },
): BoundCheck[] {
  const { n, K, maxCluster } = sizes(setting);
  const gamma = assumptionGamma(setting.activation);
  const eta = m.stepSize;
  const t0 = Math.ceil((K / (eta * n * setting.lambdaC)) * Math.log((gamma * Math.sqrt(n * Math.log(K))) / setting.rho));
  const theta = m.initialResidualNorm;
  const psi = m.psiPrime ?? 1;
  const L = gamma * Math.sqrt(maxCluster / setting.width) * setting.centerNorm;
  const T = Math.min(t0, m.predictionGap.length - 1, m.weightGap.length - 1);
  const eps = setting.epsilon;
  let worstP = 0;
  let worstD = 0;
  for (let t = 1; t <= T; t++) {
    worstP = Math.max(worstP, m.predictionGap[t] / (8 * t * (1 + psi) * eta * gamma * Math.sqrt(n) * eps * theta * m.beta));
    worstD = Math.max(worstD, m.weightGap[t] / (2 * t * eta * gamma * Math.sqrt(n) * eps * theta * (psi + 8 * eta * t0 * m.beta ** 2)));
  }
  const hypotheses = [
    smoothnessHypothesis(setting.activation),
    corruptionHypothesis(setting),
    stepSizeHypothesis(setting, [eta]),
    hypothesis('ε > 0 (a perturbation to couple)', eps, '>', 0),
    hypothesis('(55) ε ≤ 1/(8t0ηβΓ√n)', eps, '<=', 1 / (8 * t0 * eta * m.beta * gamma * Math.sqrt(n))),
    hypothesis('(55) L ≤ 2/(5t0ηΘ(1 + 8ηt0β²)), L = Γ√(max n_ℓ/k)‖C‖', L, '<=', 2 / (5 * t0 * eta * theta * (1 + 8 * eta * t0 * m.beta ** 2))),
    hypothesis('the runs reach t0', T, '>=', t0),
  ];
  const details = { t0, 'Θ = ‖r0‖': theta, β: m.beta, L, ε: eps, p_t0: m.predictionGap[T], d_t0: m.weightGap[T] };
  return [
    boundCheck({
      id: 'zhouSlr.thm8.prediction-coupling',
      kind: 'bound',
      name: 'Thm 8 (56): max_{t ≤ t0} ‖f(W_t, X) − f(W̃_t, X̃)‖ / (8t(1+ψ′)ηΓ√n·εΘβ) ≤ 1',
      source: source('Theorem 8, (55)–(56) (App. D.2.7)'),
      hypotheses,
      lhs: worstP,
      relation: '<=',
      rhs: 1,
      details,
    }),
    boundCheck({
      id: 'zhouSlr.thm8.weight-coupling',
      kind: 'bound',
      name: 'Thm 8 (56): max_{t ≤ t0} ‖W_t − W̃_t‖_F / (2tηΓ√n·εΘ(ψ′ + 8ηt0β²)) ≤ 1',
      source: source('Theorem 8, (55)–(56) (App. D.2.7)'),
      hypotheses,
      lhs: worstD,
      relation: '<=',
      rhs: 1,
      details,
    }),
  ];
}

/**
 * Lemma 6 (App. D.1.3, from Li et al. 2019): with η ≤ α/(Lβ‖r̂0‖), G(w_t) = J̄(w_{t+1}, w_t)J(w_t)ᵀ satisfies on S+
 * β²P ⪰ G ⪰ ½JJᵀ ⪰ (α²/2)P (G non-symmetric: uᵀ(A − B)u ≥ 0 for u ∈ S+). Checked through K×K compressions with U an
 * orthonormal basis of S+ at the recorded steps: lhs = min over steps of λ_min(sym UᵀGU − ½UᵀJJᵀU); the upper side in details.
 * Needs ε = 0 (Assumption 4: range J ⊂ S+).
 */
export function lemma6Sandwich(
  net: TwoLayerNet,
  X: Matrix,
  subspace: GroupSubspace,
  setting: ClusteredSetting,
  m: { stepSize: number; jacobian: MeasuredJacobianBounds; initialSignalResidual: number; steps: readonly RecordedStep[]; nodes?: number },
): BoundCheck {
  if (m.steps.length === 0) throw new ValidationError('steps', 'expected at least one recorded step');
  const rule = gaussLegendre(m.nodes ?? 8);
  const U = subspace.basis();
  const K = U.columns;
  const columns = Array.from({ length: K }, (_, a) => Float64Array.from(U.getColumn(a)));
  let worstLower = Infinity;
  let worstUpper = Infinity;
  for (const s of m.steps) {
    const op = networkJacobian(net, s.weights, X);
    const JtU = columns.map((u) => op.rmatvec(u)); // J(w_t)ᵀu_a
    const W = toFlat(s.weights);
    const delta = toFlat(s.nextWeights);
    for (let p = 0; p < delta.length; p++) delta[p] -= W[p];
    const GU = columns.map(() => new Float64Array(X.rows)); // J̄·J(w_t)ᵀu_a
    for (let q = 0; q < rule.nodes.length; q++) {
      const Wq = new Matrix(net.k, net.d);
      for (let a = 0; a < net.k; a++) for (let b = 0; b < net.d; b++) Wq.set(a, b, W[a * net.d + b] + rule.nodes[q] * delta[a * net.d + b]);
      const opq = networkJacobian(net, Wq, X);
      JtU.forEach((v, a) => {
        const jv = opq.matvec(v);
        for (let i = 0; i < jv.length; i++) GU[a][i] += rule.weights[q] * jv[i];
      });
    }
    const lower = new Matrix(K, K);
    const upper = new Matrix(K, K);
    for (let a = 0; a < K; a++)
      for (let b = 0; b < K; b++) {
        let g = 0;
        let gt = 0;
        for (let i = 0; i < X.rows; i++) {
          g += columns[a][i] * GU[b][i];
          gt += columns[b][i] * GU[a][i];
        }
        let jj = 0;
        for (let p = 0; p < JtU[a].length; p++) jj += JtU[a][p] * JtU[b][p];
        const sym = (g + gt) / 2;
        lower.set(a, b, sym - jj / 2);
        upper.set(a, b, (a === b ? m.jacobian.beta ** 2 : 0) - sym);
      }
    worstLower = Math.min(worstLower, minOf(symmetricEigenvalues(lower)));
    worstUpper = Math.min(worstUpper, minOf(symmetricEigenvalues(upper)));
  }
  const { maxCluster } = sizes(setting);
  const L = assumptionGamma(setting.activation) * Math.sqrt(maxCluster / setting.width) * setting.centerNorm;
  return boundCheck({
    id: 'zhouSlr.lemma6.psd-sandwich',
    kind: 'invariant',
    name: `Lemma 6: G(w_t) ⪰ ½J(w_t)J(w_t)ᵀ on S+ at ${m.steps.length} recorded steps: min λ_min(sym UᵀGU − ½UᵀJJᵀU)`,
    source: source('Lemma 6 (App. D.1.3)'),
    hypotheses: [
      cleanInputsHypothesis(setting),
      smoothnessHypothesis(setting.activation),
      hypothesis('η ≤ α/(Lβ‖r̂0‖) (L = Γ√(max n_ℓ/k)‖C‖)', m.stepSize, '<=', m.jacobian.alpha / (L * m.jacobian.beta * m.initialSignalResidual)),
    ],
    lhs: worstLower,
    relation: '>=',
    rhs: -1e-9 * m.jacobian.beta ** 2,
    threshold: 'round-off of K×K eigenvalues of quadrature-averaged Jacobian products, relative to β²',
    details: { 'min λ_min(β²I − sym UᵀGU) (upper side)': worstUpper, α_J: m.jacobian.alpha, β_J: m.jacobian.beta },
  });
}

/** Largest singular value of J(W̃, X) − J(W, X) (or of J(W, X) alone) by power iteration on the matrix-free operators. */
function jacobianDifferenceNorm(net: TwoLayerNet, X: Matrix, W: Matrix, Wtilde: Matrix | null, iterations = 60): number {
  const a = networkJacobian(net, W, X);
  const b = Wtilde === null ? null : networkJacobian(net, Wtilde, X);
  let u = new Float64Array(X.rows).fill(1 / Math.sqrt(X.rows));
  let sigma = 0;
  for (let it = 0; it < iterations; it++) {
    const v = a.rmatvec(u);
    if (b) {
      const w = b.rmatvec(u);
      for (let p = 0; p < v.length; p++) v[p] = w[p] - v[p];
    }
    const nv = norm2(v);
    if (nv === 0) return 0;
    for (let p = 0; p < v.length; p++) v[p] /= nv;
    const next = a.matvec(v);
    if (b) {
      const w = b.matvec(v);
      for (let i = 0; i < next.length; i++) next[i] = w[i] - next[i];
    }
    sigma = norm2(next);
    if (sigma === 0) return 0;
    u = Float64Array.from(next, (x) => x / sigma);
  }
  return sigma;
}

/**
 * Theorem 3 (1)–(2) (from Oymak & Soltanolkotabi, via Li et al. 2019): ‖J(W, X)‖ ≤ Γ‖X‖ and
 * ‖J(W̃, X) − J(W, X)‖ ≤ (Γ/√k)‖X‖·‖W̃ − W‖_F, for |φ′|, |φ″| ≤ Γ and v = ±1/√k; at ε = 0 (X = X̃) also Theorem 4 (1)–(2) with
 * the cluster constants: ‖J(W, X̃)‖ ≤ √(max n_ℓ)·Γ‖C‖ and the smoothness bound with √(max n_ℓ/k)Γ‖C‖. They follow from the
 * activation bounds for every W, so they catch a wrong activation derivative; ReLU (no bounded φ″) is not-applicable.
 */
export function jacobianBounds(net: TwoLayerNet, X: Matrix, W: Matrix, Wtilde: Matrix, setting: ClusteredSetting): BoundCheck[] {
  const gamma = assumptionGamma(net.activation);
  const xNorm = topSingularValue(X);
  const top = jacobianDifferenceNorm(net, X, W, null);
  const diff = jacobianDifferenceNorm(net, X, W, Wtilde);
  const distance = norm2(Float64Array.from(toFlat(Wtilde), (x, p) => x - toFlat(W)[p]));
  const smooth = smoothnessHypothesis(net.activation);
  const { maxCluster } = sizes(setting);
  const out = [
    boundCheck({
      id: 'zhouSlr.thm3.2.top-singular-value',
      kind: 'bound',
      name: '‖J(W, X)‖ ≤ Γ‖X‖',
      source: source('Theorem 3 (2)'),
      hypotheses: [hypothesis('|φ′| ≤ Γ', net.activation.dphiBound, '<=', gamma)],
      lhs: top,
      relation: '<=',
      rhs: gamma * xNorm,
      details: { '‖X‖': xNorm },
    }),
    boundCheck({
      id: 'zhouSlr.thm3.1.smoothness',
      kind: 'bound',
      name: '‖J(W̃, X) − J(W, X)‖ ≤ (Γ/√k)‖X‖‖W̃ − W‖_F',
      source: source('Theorem 3 (1)'),
      hypotheses: [smooth],
      lhs: diff,
      relation: '<=',
      rhs: (gamma / Math.sqrt(net.k)) * xNorm * distance,
      details: { '‖W̃ − W‖_F': distance },
    }),
  ];
  if (setting.epsilon === 0) {
    out.push(
      boundCheck({
        id: 'zhouSlr.thm4.2.top-singular-value',
        kind: 'bound',
        name: '‖J(W, X̃)‖ ≤ √(c_up·n/K)·Γ‖C‖ = √(max n_ℓ)·Γ‖C‖',
        source: source('Theorem 4 (2)'),
        hypotheses: [cleanInputsHypothesis(setting), hypothesis('|φ′| ≤ Γ', net.activation.dphiBound, '<=', gamma)],
        lhs: top,
        relation: '<=',
        rhs: Math.sqrt(maxCluster) * gamma * setting.centerNorm,
      }),
      boundCheck({
        id: 'zhouSlr.thm4.1.smoothness',
        kind: 'bound',
        name: '‖J(W̃, X̃) − J(W, X̃)‖ ≤ Γ√(c_up·n/(kK))‖C‖‖W̃ − W‖_F',
        source: source('Theorem 4 (1)'),
        hypotheses: [cleanInputsHypothesis(setting), smooth],
        lhs: diff,
        relation: '<=',
        rhs: gamma * Math.sqrt(maxCluster / net.k) * setting.centerNorm * distance,
      }),
    );
  }
  return out;
}

function topSingularValue(X: Matrix): number {
  const G = X.transpose().mmul(X);
  return Math.sqrt(Math.max(0, maxOf(symmetricEigenvalues(G))));
}
