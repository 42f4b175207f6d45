import { CorruptedData } from '../../data/corruption';
import { networkJacobian, JacobianOperator } from '../../jacobian/operator';
import { clusterSubspace, signalBounds } from '../../jacobian/subspaces';
import { nearestClass } from '../../models/decision';
import { TwoLayerNet } from '../../models/twoLayerNet';
import { Tracker } from '../../train/gd';
import { norm2, normInf } from '../../core/vector';
import { ValidationError } from '../../core/errors';
import { BoundCheck, boundCheck, hypothesis, Hypothesis } from '../checks';
import { overSeeds, probabilityCheck } from '../seeds';
import {
  PAPER,
  measureClusters,
  MeasuredClusters,
  smoothActivationHypothesis,
  exactClustersHypothesis,
  corruptionHypothesis,
  clusterStepHypothesis,
  clusterStepBound,
  maxOver,
} from './common';

/**
 * Theorem 2.3 (perfectly clustered data, ε0 = 0) and the low-rank meta-theorem 3.2 behind it, checked along a GD
 * trajectory. The probe measures the trajectory independently of what GD was told (it recomputes J(W_τ)ᵀr_τ and the
 * step W_{τ+1} − W_τ itself), so a run that is not the GD the theorem is about — a different step than the η passed
 * to the checks, a perturbed gradient, a wrong φ′ — makes an invariant fail.
 */

/** What the probe measured along one run: per recorded step τ = 0..T (the step arrays have one entry fewer). */
export interface ClusteredTrajectory {
  steps: number[];
  /** ‖Π_{S+} r_τ‖, r_τ = f(W_τ) − y. */
  signal: number[];
  /** ‖Π_{S−} r_τ − Π_{S−} r_0‖∞. */
  noiseDrift: number[];
  /** ‖W_τ − W0‖_F. */
  distance: number[];
  /** ‖f(W_τ) − ỹ‖∞. */
  errorToTruth: number[];
  /** #{i : nearest class label of f(W_τ, x_i) ≠ ỹ_i} (decision rule (2.2)). */
  misclassified: number[];
  /** The steps τ of the measured pairs (τ, τ + 1) below: every `invariantEvery`-th step (none in the light probe). */
  pairSteps: number[];
  /** ‖W_{τ+1} − W_τ‖_F. */
  stepLength: number[];
  /** ‖J(W_τ)ᵀ r_τ‖ = ‖∇L(W_τ)‖, recomputed from the true residual r_τ = f(W_τ) − y. */
  gradientNorm: number[];
  /** ‖f(W_{τ+1}) − f(W_τ) − J(W_τ)(W_{τ+1} − W_τ)‖. */
  linearisationRemainder: number[];
  /** α(W_τ) = σ_min(UᵀJ(W_τ)) and β(W_τ) = ‖UᵀJ(W_τ)‖ (U a basis of S+), every `alphaEvery` steps and at the last. */
  alphaBeta: { step: number; alpha: number; beta: number }[];
  /** ‖r_0‖. */
  initialResidual: number;
}

export interface ClusteredProbe {
  trackers: Tracker[];
  /** The measurements, once the run has ended. */
  trajectory(): ClusteredTrajectory;
}

/**
 * Trackers for `gradientDescent` that measure what Theorems 2.3 and 3.2 speak about. Every step must be recorded
 * (recordEvery 1). The step pairs (τ, τ + 1) with τ a multiple of `invariantEvery` (default 1) get the Jacobian
 * products (step length, recomputed gradient, linearisation remainder); α, β every `alphaEvery` steps (default 10).
 * `light` skips both beyond α, β at τ = 0: enough for Theorem 2.3's conclusions over many seeds.
 */
export function clusteredProbe(params: {
  net: TwoLayerNet;
  data: CorruptedData;
  steps: number;
  alphaEvery?: number;
  invariantEvery?: number;
  light?: boolean;
}): ClusteredProbe {
  const { net, data, steps } = params;
  const alphaEvery = params.alphaEvery ?? 10;
  const invariantEvery = params.invariantEvery ?? 1;
  const light = params.light ?? false;
  const S = clusterSubspace(data.cluster);
  const y = data.labels;
  const truth = data.trueLabels;
  const n = data.X.rows;
  const out: ClusteredTrajectory = {
    steps: [],
    signal: [],
    noiseDrift: [],
    distance: [],
    errorToTruth: [],
    misclassified: [],
    pairSteps: [],
    stepLength: [],
    gradientNorm: [],
    linearisationRemainder: [],
    alphaBeta: [],
    initialResidual: NaN,
  };
  let noise0: Float64Array | null = null;
  let lastStep = -1;
  // W_τ, f(W_τ), J(W_τ) and ‖J(W_τ)ᵀr_τ‖ kept at a pair's first step, to be compared with W_{τ+1} at the next
  let pending: { step: number; W: Float64Array; f: Float64Array; J: JacobianOperator; gradientNorm: number } | null = null;
  const tracker: Tracker = {
    name: 'li2019.clustered',
    measure: (s) => {
      if (s.step !== lastStep + 1) throw new ValidationError('recordEvery', 'the clustered probe needs every step recorded (recordEvery 1)');
      lastStep = s.step;
      const r = Float64Array.from(s.predictions, (f, i) => f - y[i]);
      const noise = S.projectComplement(r);
      if (noise0 === null) {
        noise0 = noise;
        out.initialResidual = norm2(r);
      }
      out.steps.push(s.step);
      out.signal.push(norm2(S.project(r)));
      let drift = 0;
      for (let i = 0; i < n; i++) drift = Math.max(drift, Math.abs(noise[i] - noise0[i]));
      out.noiseDrift.push(drift);
      out.distance.push(s.distanceFromInit());
      let wrong = 0;
      let err = 0;
      for (let i = 0; i < n; i++) {
        err = Math.max(err, Math.abs(s.predictions[i] - truth[i]));
        if (data.classLabels[nearestClass(s.predictions[i], data.classLabels)] !== truth[i]) wrong++;
      }
      out.errorToTruth.push(err);
      out.misclassified.push(wrong);

      if (pending !== null && pending.step === s.step - 1) {
        const dW = new Float64Array(s.weightsView.length);
        for (let p = 0; p < dW.length; p++) dW[p] = s.weightsView[p] - pending.W[p];
        const linear = pending.J.matvec(dW);
        let rem = 0;
        for (let i = 0; i < n; i++) rem += (s.predictions[i] - pending.f[i] - linear[i]) ** 2;
        out.pairSteps.push(pending.step);
        out.stepLength.push(norm2(dW));
        out.gradientNorm.push(pending.gradientNorm);
        out.linearisationRemainder.push(Math.sqrt(rem));
        pending = null;
      }
      const wantAlpha = s.step === 0 || (!light && (s.step % alphaEvery === 0 || s.step === steps));
      const wantPair = !light && s.step < steps && s.step % invariantEvery === 0;
      if (!wantAlpha && !wantPair) return err;
      const J = networkJacobian(net, s.weights(), data.X);
      if (wantAlpha) out.alphaBeta.push({ step: s.step, ...signalBounds(J, S) });
      if (wantPair) pending = { step: s.step, W: Float64Array.from(s.weightsView), f: Float64Array.from(s.predictions), J, gradientNorm: norm2(J.rmatvec(r)) };
      return err;
    },
  };
  return { trackers: [tracker], trajectory: () => out };
}

/**
 * Claim 1 / eq. (1.4): the step GD took has length η‖J(W_τ)ᵀ r_τ‖; the largest relative deviation over the measured
 * pairs, compared while the step is ≥ 1e-6 of the first (below that, the difference W_{τ+1} − W_τ of two O(1)
 * matrices carries relative round-off above 1e-6).
 */
function stepDeviationOf(t: Pick<ClusteredTrajectory, 'stepLength' | 'gradientNorm'>, eta: number): { deviation: number; compared: number } {
  const first = t.gradientNorm[0] ?? 0;
  let deviation = 0;
  let compared = 0;
  for (let j = 0; j < t.stepLength.length; j++) {
    const expected = eta * t.gradientNorm[j];
    if (!(expected >= 1e-6 * eta * first)) continue;
    compared++;
    deviation = Math.max(deviation, Math.abs(t.stepLength[j] - expected) / expected);
  }
  return { deviation, compared };
}

/**
 * The runs are gradient descent W_{τ+1} = W_τ − η∇L(W_τ) (eq. 1.4) with the η each reports: ‖W_{τ+1} − W_τ‖_F =
 * η‖J(W_τ)ᵀr_τ‖ at the probe's measured pairs, on any data (a half step, a perturbed gradient or a rescaled loss
 * breaks it). One check over all the runs given.
 */
export function gradientStepCheck(params: { runs: { trajectory: ClusteredTrajectory; eta: number }[]; id?: string; label?: string }): BoundCheck {
  let deviation = 0;
  let compared = 0;
  for (const r of params.runs) {
    const d = stepDeviationOf(r.trajectory, r.eta);
    deviation = Math.max(deviation, d.deviation);
    compared += d.compared;
  }
  return boundCheck({
    id: params.id ?? 'li2019.gd.step',
    kind: 'invariant',
    name: `‖W_{τ+1} − W_τ‖_F = η‖J(W_τ)ᵀr_τ‖ (the runs are GD with the stated η): max relative deviation ≤ 1e-6${params.label ?? ''}`,
    source: `${PAPER}, eq. (1.4) (the gradient descent the theorems are about)`,
    hypotheses: [hypothesis('step pairs compared', compared, '>=', 1)],
    lhs: deviation,
    relation: '<=',
    rhs: 1e-6,
    details: { runs: params.runs.length, 'pairs compared': compared },
  });
}

export interface ClusteredChecksInput {
  data: CorruptedData;
  net: TwoLayerNet;
  /** The step size GD was run with, as reported (the checks test that the trajectory is GD with this η). */
  eta: number;
  trajectory: ClusteredTrajectory;
  /** λ(C) = λ_min(Σ(C)) for the network's activation (Def. 2.1), e.g. sigma(C, activation).lambda. */
  lambdaC: number;
  /** The corruption level ρ the statement is about (Def. 1.2); default the data's ρ. */
  rho?: number;
  /** Appended to every id (e.g. "outside-eta") so two runs can sit in one notebook. */
  idSuffix?: string;
  /** Appended to every name, e.g. " (η = 3× Theorem 2.3's bound)". */
  label?: string;
}

interface Derived {
  m: MeasuredClusters;
  rho: number;
  gamma: number;
  nu: number;
  alphaMin: number;
  betaMax: number;
  lipschitz: number;
  r0: number;
  T: number;
  /** ".idSuffix" (or empty) for the check ids, and the label appended to their names. */
  suffix: string;
  label: string;
}

function derive(input: ClusteredChecksInput): Derived {
  const { data, net, trajectory: t } = input;
  if (t.steps.length === 0) throw new ValidationError('trajectory', 'empty trajectory: run gradient descent with the probe first');
  const m = measureClusters(data);
  const S = clusterSubspace(data.cluster);
  const e = Float64Array.from(data.labels, (yi, i) => yi - data.trueLabels[i]);
  const gamma = net.activation.gamma;
  return {
    suffix: input.idSuffix ? `.${input.idSuffix}` : '',
    label: input.label ?? '',
    m,
    rho: input.rho ?? data.rho,
    gamma,
    nu: normInf(S.project(e)),
    alphaMin: Math.min(...t.alphaBeta.map((a) => a.alpha)),
    betaMax: Math.max(...t.alphaBeta.map((a) => a.beta)),
    // Theorem 6.8 (clean inputs): ‖J(W̃, X̃) − J(W, X̃)‖ ≤ Γ√(max_ℓ n_ℓ)·‖C‖/√k·‖W̃ − W‖_F
    lipschitz: ((Number.isFinite(gamma) ? gamma : Infinity) * Math.sqrt(Math.max(...m.sizes)) * m.centerNorm) / Math.sqrt(net.k),
    r0: t.initialResidual,
    T: t.steps[t.steps.length - 1],
  };
}

const ROUND_OFF = 1e-9;

/**
 * Lemma 6.10 and Theorem 3.2 along the run (ε0 = 0): ν = ‖Π_{S+}(y − ỹ)‖∞ ≤ 2ρ; the proof's invariants (Claim 1's
 * step, the average-Jacobian smoothness (6.21), the signal decay (6.5), the potential (6.6)); conclusions (i) and
 * (ii) with the measured α = min_τ α(W_τ), β = max_τ β(W_τ) and L of Theorem 6.8. The frozen noise residual (6.4) is
 * reported as an identity: at ε0 = 0 the inputs of a cluster coincide, so Π_{S−}J(W) = 0 for every W.
 */
export function lowRankTheorem32Checks(input: ClusteredChecksInput): BoundCheck[] {
  const { eta, trajectory: t } = input;
  const x = derive(input);
  const { suffix, label } = x;
  const thm = `${PAPER}, Theorem 3.2`;
  const smooth = smoothActivationHypothesis(input.net.activation);
  const exact = exactClustersHypothesis(x.m);
  const etaBound = (1 / (2 * x.betaMax ** 2)) * Math.min(1, (x.alphaMin * x.betaMax) / (x.lipschitz * x.r0));
  const stepHyp = hypothesis('η ≤ (1/2β²)·min(1, αβ/(L‖r0‖)) with measured α, β and L of Theorem 6.8', eta, '<=', etaBound * (1 + 1e-12));
  const assumption2 = [exact, smooth, stepHyp];

  const { deviation: stepDeviation, compared: stepsCompared } = stepDeviationOf(t, eta);
  // (6.21): ‖f(W_{τ+1}) − f(W_τ) − J(W_τ)ΔW‖ = ‖(J(W_{τ+1}, W_τ) − J(W_τ))ΔW‖ ≤ (L/2)‖ΔW‖², where the bound is above round-off.
  let remainderRatio = 0;
  let remaindersCompared = 0;
  for (let j = 0; j < t.linearisationRemainder.length; j++) {
    const bound = (x.lipschitz / 2) * t.stepLength[j] ** 2;
    if (!(bound > 1e-10)) continue;
    remaindersCompared++;
    remainderRatio = Math.max(remainderRatio, t.linearisationRemainder[j] / bound);
  }
  // (6.5) for τ ≥ 1 (τ = 0 is 1 by definition) while ‖Π_{S+} r_τ‖ is above the round-off floor of f.
  const rate = 1 - (eta * x.alphaMin ** 2) / 2;
  let decayRatio = -Infinity;
  let decayCompared = 0;
  for (let j = 1; j < t.signal.length; j++) {
    if (!(t.signal[j] > 1e-12 * t.signal[0])) continue;
    decayCompared++;
    decayRatio = Math.max(decayRatio, t.signal[j] ** 2 / (rate ** t.steps[j] * t.signal[0] ** 2));
  }
  const potential = t.signal.map((s, j) => 0.25 * x.alphaMin * t.distance[j] + s);
  let potentialRise = -Infinity;
  for (let j = 1; j < potential.length; j++) potentialRise = Math.max(potentialRise, potential[j] - potential[j - 1]);
  const tauStar = Math.ceil((5 / (eta * x.alphaMin ** 2)) * Math.log(x.r0 / x.nu));
  const firstAfter = t.steps.findIndex((s) => s >= tauStar);
  const afterTauStar = firstAfter < 0 ? NaN : maxOver(t.errorToTruth, firstAfter);

  return [
    boundCheck({
      id: `li2019.lemma6.10.noise-projection${suffix}`,
      kind: 'bound',
      name: `ν = ‖Π_S+(y − ỹ)‖∞ ≤ 2ρ${label}`,
      source: `${PAPER}, Lemma 6.10`,
      hypotheses: [corruptionHypothesis(x.m, x.rho), hypothesis('labels in [−1, 1]: max |y_i|', normInf(input.data.labels), '<=', 1)],
      lhs: x.nu,
      relation: '<=',
      rhs: 2 * x.rho,
      details: { rho: x.rho },
    }),
    boundCheck({
      id: `li2019.thm3.2.noise-frozen${suffix}`,
      kind: 'identity',
      name: `max_τ ‖Π_S− r_τ − Π_S− r_0‖∞ ≤ 1e-10·max(1, ‖r0‖) (identity at ε0 = 0: f is constant on each cluster for every W)${label}`,
      source: `${thm}, eq. (6.4)`,
      hypotheses: [exact],
      lhs: maxOver(t.noiseDrift),
      relation: '<=',
      rhs: 1e-10 * Math.max(1, x.r0),
    }),
    boundCheck({
      id: `li2019.thm3.2.step-is-gd${suffix}`,
      kind: 'invariant',
      name: `‖W_{τ+1} − W_τ‖_F = η‖J(W_τ)ᵀr_τ‖ (the run is GD with the stated η): max relative deviation ≤ 1e-6${label}`,
      source: `${thm}, proof, Claim 1 (GD step (1.4))`,
      hypotheses: [hypothesis('steps compared', stepsCompared, '>=', 1)],
      lhs: stepDeviation,
      relation: '<=',
      rhs: 1e-6,
      details: { eta, 'steps compared': stepsCompared },
    }),
    boundCheck({
      id: `li2019.thm3.2.linearisation${suffix}`,
      kind: 'invariant',
      name: `max_τ ‖f(W_{τ+1}) − f(W_τ) − J(W_τ)ΔW_τ‖ / ((L/2)‖ΔW_τ‖²) ≤ 1, L = Γ√(max n_ℓ)‖C‖/√k${label}`,
      source: `${thm}, proof, eq. (6.21), with L of Theorem 6.8`,
      hypotheses: [smooth, hypothesis('steps compared', remaindersCompared, '>=', 1)],
      lhs: remainderRatio,
      relation: '<=',
      rhs: 1,
      details: { L: x.lipschitz, 'steps compared': remaindersCompared },
    }),
    boundCheck({
      id: `li2019.thm3.2.signal-decay${suffix}`,
      kind: 'invariant',
      name: `max_{τ ≥ 1} ‖Π_S+ r_τ‖² / ((1 − ηα²/2)^τ ‖Π_S+ r_0‖²) ≤ 1 (steps above the round-off floor)${label}`,
      source: `${thm}, proof, eq. (6.5)`,
      hypotheses: [...assumption2, hypothesis('steps compared', decayCompared, '>=', 1)],
      lhs: decayRatio,
      relation: '<=',
      rhs: 1 + ROUND_OFF,
      details: { alpha: x.alphaMin, beta: x.betaMax, 'steps compared': decayCompared, 'η bound': etaBound },
    }),
    boundCheck({
      id: `li2019.thm3.2.potential${suffix}`,
      kind: 'invariant',
      name: `max_τ (Φ_{τ+1} − Φ_τ) ≤ 0, Φ_τ = ¼α‖W_τ − W0‖_F + ‖Π_S+ r_τ‖${label}`,
      source: `${thm}, proof, eq. (6.6)`,
      hypotheses: assumption2,
      lhs: potentialRise,
      relation: '<=',
      rhs: ROUND_OFF * potential[0],
      details: { Φ_0: potential[0] },
    }),
    boundCheck({
      id: `li2019.thm3.2.distance${suffix}`,
      kind: 'bound',
      name: `max_τ ‖W_τ − W0‖_F ≤ 4‖r0‖/α${label}`,
      source: `${thm} (i)`,
      hypotheses: assumption2,
      lhs: maxOver(t.distance),
      relation: '<=',
      rhs: (4 * x.r0) / x.alphaMin,
      details: { alpha: x.alphaMin, r0: x.r0 },
    }),
    boundCheck({
      id: `li2019.thm3.2.after-tau-star${suffix}`,
      kind: 'bound',
      name: `max_{τ* ≤ τ ≤ T} ‖f(W_τ) − ỹ‖∞ ≤ 2ν, τ* = ⌈(5/(ηα²))·log(‖r0‖/ν)⌉${label}`,
      source: `${thm} (ii)`,
      hypotheses: [...assumption2, hypothesis('the run reaches τ*: T ≥ τ*', x.T, '>=', tauStar)],
      lhs: afterTauStar,
      relation: '<=',
      rhs: 2 * x.nu,
      details: { 'τ*': tauStar, T: x.T, 'first τ with ‖f − ỹ‖∞ ≤ 2ν': t.steps[t.errorToTruth.findIndex((v) => v <= 2 * x.nu)] ?? 'none' },
    }),
  ];
}

/** τ0 of Theorem 2.3 with the proof's explicit constants (§6.2.1): 40K/(c_low·η·n·λ(C))·log(‖r0‖/(2ρ)). */
export function theorem23StoppingTime(params: { m: MeasuredClusters; eta: number; lambdaC: number; r0: number; rho: number }): number {
  const { m, eta, lambdaC, r0, rho } = params;
  return Math.ceil(((40 * m.K) / (m.cLow * eta * m.n * lambdaC)) * Math.log(Math.max(1, r0 / (2 * rho))));
}

/** The width condition of Theorem 2.3, kd ≥ CΓ⁴κ²(C)K², i.e. k ≥ C·Γ⁴K‖C‖²/λ(C)², with the unspecified C taken as 1. */
export function theorem23Width(m: MeasuredClusters, gamma: number, lambdaC: number): number {
  return (gamma ** 4 * m.K * m.centerNorm ** 2) / lambdaC ** 2;
}

function theorem23Hypotheses(input: ClusteredChecksInput, x: Derived): Hypothesis[] {
  return [
    exactClustersHypothesis(x.m),
    smoothActivationHypothesis(input.net.activation),
    clusterStepHypothesis(x.m, x.gamma, input.eta),
    hypothesis("k ≥ Γ⁴K‖C‖²/λ(C)² (width; the paper's constant C taken as 1)", input.net.k, '>=', theorem23Width(x.m, x.gamma, input.lambdaC)),
    hypothesis('λ(C) > 0', input.lambdaC, '>', 0),
    corruptionHypothesis(x.m, x.rho),
  ];
}

/**
 * Theorem 2.3 as stated, with its own hypotheses (ε0 = 0, η ≤ K/(2c_up nΓ²‖C‖²), the width condition, smooth φ)
 * and the proof's explicit constants: the distance R = 4‖r0‖/α with α = α0/2, α0 = √(c_low nλ(C)/(2K)); every
 * prediction within 4ρ of its true label for τ0 ≤ τ ≤ T, τ0 = 40K/(c_low η n λ(C))·log(‖r0‖/(2ρ)); all points
 * correctly classified (2.2) when ρ ≤ δ/8. One run: seeds 1 (theorem23SeedCheck makes the probability claim).
 */
export function clusteredTheorem23Checks(input: ClusteredChecksInput): BoundCheck[] {
  const { eta, trajectory: t } = input;
  const x = derive(input);
  const { suffix, label } = x;
  const source = `${PAPER}, Theorem 2.3`;
  const hyps = theorem23Hypotheses(input, x);
  const tau0 = theorem23StoppingTime({ m: x.m, eta, lambdaC: input.lambdaC, r0: x.r0, rho: x.rho });
  const reaches = hypothesis('the run reaches τ0: T ≥ τ0', x.T, '>=', tau0);
  const from = t.steps.findIndex((s) => s >= tau0);
  const alpha0 = Math.sqrt((x.m.cLow * x.m.n * input.lambdaC) / (2 * x.m.K));
  const common = { 'η bound': clusterStepBound(x.m, x.gamma), τ0: tau0, T: x.T };
  return [
    boundCheck({
      id: `li2019.thm2.3.distance${suffix}`,
      kind: 'bound',
      name: `max_τ ‖W_τ − W0‖_F ≤ 8‖r0‖/α0, α0 = √(c_low·n·λ(C)/(2K)) (the proof's radius 4‖r0‖/α, α = α0/2)${label}`,
      source: `${source} (distance; explicit constants of §6.2.1)`,
      hypotheses: hyps,
      seeds: 1,
      lhs: maxOver(t.distance),
      relation: '<=',
      rhs: (8 * x.r0) / alpha0,
      details: { alpha0, r0: x.r0, ...common },
    }),
    boundCheck({
      id: `li2019.thm2.3.within-4rho${suffix}`,
      kind: 'bound',
      name: `max_{τ0 ≤ τ ≤ T} max_i |f(W_τ, x_i) − ỹ_i| ≤ 4ρ${label}`,
      source: `${source} (τ0 = 40K/(c_low·η·n·λ(C))·log(‖r0‖/2ρ), §6.2.1)`,
      hypotheses: [...hyps, reaches],
      seeds: 1,
      lhs: from < 0 ? NaN : maxOver(t.errorToTruth, from),
      relation: '<=',
      rhs: 4 * x.rho,
      details: { ...common, 'first τ within 4ρ': t.steps[t.errorToTruth.findIndex((v) => v <= 4 * x.rho)] ?? 'none' },
    }),
    boundCheck({
      id: `li2019.thm2.3.all-correct${suffix}`,
      kind: 'bound',
      name: `max_{τ0 ≤ τ ≤ T} #{i misclassified w.r.t. ỹ} ≤ 0 (ρ ≤ δ/8)${label}`,
      source: `${source}, eq. (2.2)`,
      hypotheses: [...hyps, reaches, hypothesis('ρ ≤ δ/8', x.rho, '<=', x.m.delta / 8)],
      seeds: 1,
      lhs: from < 0 ? NaN : maxOver(t.misclassified, from),
      relation: '<=',
      rhs: 0,
      details: common,
    }),
  ];
}

/**
 * Theorem 2.3's "with probability ≥ 1 − 2/K^100" over independent seeds: the fraction of seeds whose
 * `li2019.thm2.3.within-4rho` check holds, with its Clopper–Pearson interval. Not applicable when a seed's
 * hypotheses fail (the statement is then not about that run).
 */
export function theorem23SeedCheck(perSeed: { seed: number; checks: BoundCheck[] }[], K: number, idSuffix?: string): BoundCheck {
  const pick = (checks: BoundCheck[]) => {
    const c = checks.find((ch) => ch.id.startsWith('li2019.thm2.3.within-4rho'));
    if (!c) throw new ValidationError('perSeed', 'each seed needs the checks of clusteredTheorem23Checks');
    return c;
  };
  const inapplicable = perSeed.filter((s) => pick(s.checks).verdict === 'not-applicable').map((s) => s.seed);
  const result = overSeeds(
    perSeed.map((s) => s.seed),
    (seed) => pick(perSeed.find((s) => s.seed === seed)!.checks),
  );
  return probabilityCheck({
    id: `li2019.thm2.3.probability${idSuffix ? `.${idSuffix}` : ''}`,
    name: 'max_{τ ≥ τ0} ‖f(W_τ) − ỹ‖∞ ≤ 4ρ',
    source: `${PAPER}, Theorem 2.3 (probability ≥ 1 − 2/K^100 over W0)`,
    result,
    claimed: 1 - 2 / K ** 100,
    hypotheses: [hypothesis('seeds whose run meets the hypotheses (all must)', perSeed.length - inapplicable.length, '>=', perSeed.length)],
    details: inapplicable.length ? { 'seeds not meeting the hypotheses': inapplicable.join(' ') } : {},
  });
}
