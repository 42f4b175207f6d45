import { Matrix } from 'ml-matrix';
import { CorruptedData } from '../../data/corruption';
import { networkJacobian, JacobianOperator } from '../../jacobian/operator';
import { clusterSubspace, bimodalConstants, noiseBound, signalBounds } from '../../jacobian/subspaces';
import { weightedSum } from '../../linalg/linearOperator';
import { topSingularTriplets } from '../../linalg/spectrum';
import { gaussLegendre } from '../../core/quadrature';
import { norm2, normInf } from '../../core/vector';
import { ValidationError } from '../../core/errors';
import { TwoLayerNet } from '../../models/twoLayerNet';
import { Tracker } from '../../train/gd';
import { spectralNorm } from '../../train/stepSize';
import { BoundCheck, boundCheck, hypothesis } from '../checks';
import { overSeeds, probabilityCheck } from '../seeds';
import { PAPER, measureClusters, smoothActivationHypothesis, corruptionHypothesis } from './common';
import { cleanInputs } from './perturbation';

/**
 * The Jacobian facts of §6 along a GD trajectory: Theorem 6.7 (noisy inputs X) and Theorem 6.8 (clean inputs X̃)
 * — top singular value and smoothness with their explicit constants —, Lemma 6.2 (the residual recursion
 * r_{τ+1} = (I − ηJ̄(W_{τ+1}, W_τ)J(W_τ)ᵀ)r_τ, exact), and Assumption 1 (α, β, ε measured).
 */
export interface JacobianSample {
  step: number;
  /** ‖J(W_τ, X)‖ and ‖J(W_τ, X̃)‖. */
  top: number;
  topClean: number;
  /** α, β, ε of Assumption 1 for J(W_τ, X) and S+ (Def. 6.5). */
  alpha: number;
  beta: number;
  epsilon: number;
  /** ‖Π_{S−}J(W_τ, X̃)‖ (Theorem 6.8: range J(W, X̃) ⊂ S+). */
  cleanNoise: number;
  /** Pair (τ, τ + 1): ‖W_{τ+1} − W_τ‖_F, ‖J(W_{τ+1}, X) − J(W_τ, X)‖, the same on X̃. */
  stepLength: number;
  jacobianChange: number;
  jacobianChangeClean: number;
  /** ‖r_{τ+1} − (r_τ − ηJ̄(W_{τ+1}, W_τ)J(W_τ)ᵀr_τ)‖ / ‖r_{τ+1} − r_τ‖ for the η given to the probe (Lemma 6.2). */
  recursionError: number;
}

export interface JacobianFactsProbe {
  trackers: Tracker[];
  samples(): JacobianSample[];
}

/**
 * Measures, every `every` steps (pairs (τ, τ+1) with τ a multiple of `every`), what §6 says about J along the run.
 * `eta` is the step size GD is reported to use (Lemma 6.2 is tested against it). Every step must be recorded.
 */
export function jacobianFactsProbe(params: {
  net: TwoLayerNet;
  data: CorruptedData;
  eta: number;
  steps: number;
  every?: number;
  quadratureNodes?: number;
}): JacobianFactsProbe {
  const { net, data, eta, steps } = params;
  const every = params.every ?? Math.max(1, Math.floor(steps / 8));
  const rule = gaussLegendre(params.quadratureNodes ?? 8);
  const X = data.X;
  const Xc = cleanInputs(data);
  const S = clusterSubspace(data.cluster);
  const y = data.labels;
  const out: JacobianSample[] = [];
  let pending: {
    step: number;
    W: Matrix;
    r: Float64Array;
    J: JacobianOperator;
    Jc: JacobianOperator;
    partial: Omit<JacobianSample, 'stepLength' | 'jacobianChange' | 'jacobianChangeClean' | 'recursionError'>;
  } | null = null;
  const norm = (op: { rows: number; columns: number; matvec: (x: Float64Array) => Float64Array; rmatvec: (y: Float64Array) => Float64Array }, seed: string) =>
    topSingularTriplets(op, 1, { seed }).values[0];
  const tracker: Tracker = {
    name: 'li2019.jacobianFacts',
    measure: (s) => {
      const r = Float64Array.from(s.predictions, (f, i) => f - y[i]);
      if (pending !== null && s.step === pending.step + 1) {
        const W1 = s.weights();
        const J1 = networkJacobian(net, W1, X);
        const J1c = networkJacobian(net, W1, Xc);
        const dW = W1.clone().sub(pending.W);
        // J̄(W_{τ+1}, W_τ)·u by Gauss–Legendre on the segment (Def. 6.1)
        const u = pending.J.rmatvec(pending.r);
        const averaged = new Float64Array(X.rows);
        for (let q = 0; q < rule.nodes.length; q++) {
          const Jq = networkJacobian(net, pending.W.clone().add(dW.clone().mul(rule.nodes[q])), X);
          const v = Jq.matvec(u);
          for (let i = 0; i < v.length; i++) averaged[i] += rule.weights[q] * v[i];
        }
        let err = 0;
        let change = 0;
        for (let i = 0; i < r.length; i++) {
          err += (r[i] - (pending.r[i] - eta * averaged[i])) ** 2;
          change += (r[i] - pending.r[i]) ** 2;
        }
        out.push({
          ...pending.partial,
          stepLength: dW.norm('frobenius'),
          jacobianChange: norm(weightedSum([J1, pending.J], [1, -1]), `dJ${pending.step}`),
          jacobianChangeClean: norm(weightedSum([J1c, pending.Jc], [1, -1]), `dJc${pending.step}`),
          recursionError: Math.sqrt(err) / Math.max(Math.sqrt(change), 1e-300),
        });
        pending = null;
      }
      if (s.step < steps && s.step % every === 0) {
        const W = s.weights();
        const J = networkJacobian(net, W, X);
        const Jc = networkJacobian(net, W, Xc);
        const bimodal = bimodalConstants(J, S, { seed: `eps${s.step}` });
        pending = {
          step: s.step,
          W,
          r,
          J,
          Jc,
          partial: {
            step: s.step,
            top: norm(J, `top${s.step}`),
            topClean: norm(Jc, `topc${s.step}`),
            alpha: bimodal.alpha,
            beta: bimodal.beta,
            epsilon: bimodal.epsilon,
            cleanNoise: noiseBound(Jc, S, { seed: `cn${s.step}` }),
          },
        };
      }
      return 0;
    },
  };
  return { trackers: [tracker], samples: () => out };
}

/** Theorems 6.7 and 6.8 (top singular value, smoothness, range), Lemma 6.2 and Assumption 1 on the probe's samples. */
export function jacobianFactsChecks(input: {
  data: CorruptedData;
  net: TwoLayerNet;
  samples: JacobianSample[];
  idSuffix?: string;
  label?: string;
}): BoundCheck[] {
  const { data, net, samples } = input;
  if (samples.length === 0) throw new ValidationError('samples', 'no Jacobian samples: run GD with jacobianFactsProbe (at least one step pair)');
  const m = measureClusters(data);
  const gamma = net.activation.gamma;
  const smooth = smoothActivationHypothesis(net.activation);
  const suffix = input.idSuffix ? `.${input.idSuffix}` : '';
  const label = input.label ?? '';
  const Xnorm = spectralNorm(data.X);
  const maxSize = Math.max(...m.sizes);
  const max = (f: (s: JacobianSample) => number) => samples.reduce((a, s) => Math.max(a, f(s)), -Infinity);
  const min = (f: (s: JacobianSample) => number) => samples.reduce((a, s) => Math.min(a, f(s)), Infinity);
  const moved = samples.filter((s) => s.stepLength > 0);
  const details = { samples: samples.length };
  return [
    boundCheck({
      id: `li2019.thm6.7.top${suffix}`,
      kind: 'bound',
      name: `max_τ ‖J(W_τ, X)‖ ≤ Γ‖X‖${label}`,
      source: `${PAPER}, Theorem 6.7 (spectral norm)`,
      hypotheses: [smooth],
      lhs: max((s) => s.top),
      relation: '<=',
      rhs: gamma * Xnorm,
      details: { ...details, '‖X‖': Xnorm },
    }),
    boundCheck({
      id: `li2019.thm6.7.smoothness${suffix}`,
      kind: 'bound',
      name: `max_τ ‖J(W_{τ+1}, X) − J(W_τ, X)‖/‖W_{τ+1} − W_τ‖_F ≤ Γ‖X‖/√k${label}`,
      source: `${PAPER}, Theorem 6.7 (smoothness)`,
      hypotheses: [smooth, hypothesis('step pairs that moved', moved.length, '>=', 1)],
      lhs: moved.reduce((a, s) => Math.max(a, s.jacobianChange / s.stepLength), 0),
      relation: '<=',
      rhs: (gamma * Xnorm) / Math.sqrt(net.k),
      details,
    }),
    boundCheck({
      id: `li2019.thm6.8.top${suffix}`,
      kind: 'bound',
      name: `max_τ ‖J(W_τ, X̃)‖ ≤ √(max n_ℓ)·Γ‖C‖${label}`,
      source: `${PAPER}, Theorem 6.8 (spectral norm; c_up n/K = max n_ℓ)`,
      hypotheses: [smooth],
      lhs: max((s) => s.topClean),
      relation: '<=',
      rhs: Math.sqrt(maxSize) * gamma * m.centerNorm,
      details,
    }),
    boundCheck({
      id: `li2019.thm6.8.smoothness${suffix}`,
      kind: 'bound',
      name: `max_τ ‖J(W_{τ+1}, X̃) − J(W_τ, X̃)‖/‖ΔW‖_F ≤ Γ√(max n_ℓ)‖C‖/√k${label}`,
      source: `${PAPER}, Theorem 6.8 (smoothness)`,
      hypotheses: [smooth, hypothesis('step pairs that moved', moved.length, '>=', 1)],
      lhs: moved.reduce((a, s) => Math.max(a, s.jacobianChangeClean / s.stepLength), 0),
      relation: '<=',
      rhs: (gamma * Math.sqrt(maxSize) * m.centerNorm) / Math.sqrt(net.k),
      details,
    }),
    boundCheck({
      id: `li2019.thm6.8.range${suffix}`,
      kind: 'identity',
      name: `max_τ ‖Π_S− J(W_τ, X̃)‖ ≤ 1e-8 (rows of a cluster coincide on X̃)${label}`,
      source: `${PAPER}, Theorem 6.8 (range J(W, X̃) ⊂ S+)`,
      lhs: max((s) => s.cleanNoise),
      relation: '<=',
      rhs: 1e-8,
      details,
    }),
    boundCheck({
      id: `li2019.lemma6.2.residual-recursion${suffix}`,
      kind: 'invariant',
      name: `max_τ ‖r_{τ+1} − (I − ηJ̄(W_{τ+1}, W_τ)J(W_τ)ᵀ)r_τ‖ / ‖r_{τ+1} − r_τ‖ ≤ 1e-6 (J̄ by 8-node Gauss–Legendre)${label}`,
      source: `${PAPER}, Lemma 6.2`,
      hypotheses: [smooth, hypothesis('step pairs that moved', moved.length, '>=', 1)],
      lhs: moved.reduce((a, s) => Math.max(a, s.recursionError), 0),
      relation: '<=',
      rhs: 1e-6,
      details,
    }),
    boundCheck({
      id: `li2019.assumption1.bimodal${suffix}`,
      kind: 'empirical',
      name: `Assumption 1 along the run: max_τ ε(W_τ) ≤ min_τ α(W_τ) (ε = ‖Π_S− J‖, α = σ_min over S+)${label}`,
      source: `${PAPER}, Assumption 1 (bimodal Jacobian), claimed for clusterable data (§1.2, §3)`,
      threshold: "the assumption's own inequality α ≥ ε over the measured steps; no threshold of ours",
      seeds: 1,
      lhs: max((s) => s.epsilon),
      relation: '<=',
      rhs: min((s) => s.alpha),
      details: { ...details, 'β max': max((s) => s.beta), 'ε/α': max((s) => s.epsilon) / min((s) => s.alpha) },
    }),
  ];
}

/**
 * Theorem 6.8's minimum singular value at initialisation, over independent W0: σ_min(J(W0, X̃), S+) ≥
 * √(c_low·n·λ(C)/(2K)) with probability ≥ 1 − 1/K^100 when k ≥ C·Γ² log K·‖C‖²/λ(C) (C taken as 1).
 */
export function theorem68MinSingularSeedCheck(params: {
  data: CorruptedData;
  net: TwoLayerNet;
  lambdaC: number;
  initialisations: { seed: number; W0: Matrix }[];
}): BoundCheck {
  const { data, net, lambdaC } = params;
  const m = measureClusters(data);
  const S = clusterSubspace(data.cluster);
  const Xc = cleanInputs(data);
  const floor = Math.sqrt((m.cLow * m.n * lambdaC) / (2 * m.K));
  const alphas = new Map<number, number>();
  const result = overSeeds(
    params.initialisations.map((i) => i.seed),
    (seed) => {
      const init = params.initialisations.find((i) => i.seed === seed)!;
      const a = signalBounds(networkJacobian(net, init.W0, Xc), S).alpha;
      alphas.set(seed, a);
      return a >= floor;
    },
  );
  const gamma = net.activation.gamma;
  return probabilityCheck({
    id: 'li2019.thm6.8.min-singular',
    name: `σ_min(J(W0, X̃), S+) ≥ √(c_low·n·λ(C)/(2K)) = ${floor.toPrecision(4)}`,
    source: `${PAPER}, Theorem 6.8 (minimum singular value at initialisation, probability ≥ 1 − 1/K^100)`,
    result,
    claimed: 1 - 1 / m.K ** 100,
    hypotheses: [
      smoothActivationHypothesis(net.activation),
      hypothesis('k ≥ Γ² log K·‖C‖²/λ(C) (width; constant taken as 1)', net.k, '>=', (gamma ** 2 * Math.log(m.K) * m.centerNorm ** 2) / lambdaC),
      hypothesis('λ(C) > 0', lambdaC, '>', 0),
    ],
    details: { 'smallest σ_min measured': Math.min(...alphas.values()) },
  });
}

/**
 * Lemma 6.3 on the corruption vector e = y − ỹ (s nonzeros, S+ γ-diffused with the tight γ = n/min n_ℓ):
 * ‖Π_{S+}(e)‖∞ ≤ (γ√s/n)‖e‖₂; and Theorem 3.2 (iii) as printed, 2‖Π_{S+}(e)‖∞ ≤ (γ√s/n)‖e‖₂, which drops a factor 2
 * (an erratum: it fails when the corruption sits in one cluster).
 */
export function diffusednessChecks(data: CorruptedData, options: { rho?: number; idSuffix?: string; label?: string } = {}): BoundCheck[] {
  const m = measureClusters(data);
  const S = clusterSubspace(data.cluster);
  const e = Float64Array.from(data.labels, (yi, i) => yi - data.trueLabels[i]);
  const s = e.reduce((a, x) => a + (x !== 0 ? 1 : 0), 0);
  const nu = normInf(S.project(e));
  const gamma = S.diffusedness();
  const bound = (gamma * Math.sqrt(s) * norm2(e)) / m.n;
  const suffix = options.idSuffix ? `.${options.idSuffix}` : '';
  const label = options.label ?? '';
  const sparse = hypothesis('e has a nonzero entry (s ≥ 1)', s, '>=', 1);
  const details = { s, gamma, nu, '‖e‖': norm2(e) };
  return [
    boundCheck({
      id: `li2019.lemma6.3.diffused${suffix}`,
      kind: 'bound',
      name: `‖Π_S+(e)‖∞ ≤ (γ√s/n)‖e‖₂, γ = n/min n_ℓ${label}`,
      source: `${PAPER}, Lemma 6.3 (eq. 6.3)`,
      hypotheses: [sparse, ...(options.rho !== undefined ? [corruptionHypothesis(m, options.rho)] : [])],
      lhs: nu,
      relation: '<=',
      rhs: bound,
      details,
    }),
    boundCheck({
      id: `li2019.thm3.2.iii-as-printed${suffix}`,
      kind: 'bound',
      name: `2‖Π_S+(e)‖∞ ≤ (γ√s/n)‖e‖₂ (Theorem 3.2 (iii) as printed; it drops the factor 2 of Lemma 6.3 — erratum)${label}`,
      source: `${PAPER}, Theorem 3.2 (iii) (erratum: the honest bound is 2γ√s‖e‖₂/n)`,
      hypotheses: [sparse],
      lhs: 2 * nu,
      relation: '<=',
      rhs: bound,
      details,
    }),
  ];
}

/** A copy of clean data whose corruption is concentrated in one cluster: ⌊ρ·n_ℓ⌋ labels of cluster `cluster` flipped to the next class. */
export function concentratedCorruption(data: CorruptedData, cluster: number): CorruptedData {
  const classes = data.classLabels.length;
  const noisyClass = Int32Array.from(data.trueClass);
  const corrupted = new Uint8Array(noisyClass.length);
  const selected = new Uint8Array(noisyClass.length);
  const idx = Array.from({ length: noisyClass.length }, (_, i) => i).filter((i) => data.cluster[i] === cluster);
  const count = Math.floor(data.rho * idx.length + 1e-9);
  for (const i of idx.slice(0, count)) {
    noisyClass[i] = (data.trueClass[i] + 1) % classes;
    corrupted[i] = 1;
    selected[i] = 1;
  }
  const corruptedPerCluster = data.clusterSizes.map((_, l) => (l === cluster ? count : 0));
  return {
    ...data,
    noisyClass,
    labels: Float64Array.from(noisyClass, (c) => data.classLabels[c]),
    corrupted,
    selected,
    corruptedPerCluster,
    flippedFraction: count / noisyClass.length,
  };
}
