import { EigenvalueDecomposition } from 'ml-matrix';
import { ValidationError } from '../../core/errors';
import { Rng } from '../../core/random';
import type { MixtureData, MixtureFlips } from '../../data/mixture';
import type { TwoLayerNet } from '../../models/twoLayerNet';
import type { SpanGeometry, SpanState } from '../../train/spanGd';
import { gaussianMixtureTestError, logisticGradientNorm, logisticSurrogate } from '../../papers/freiBenign/benign';
import { BenignSetting } from './setting';

/**
 * What the proofs of Frei, Chatterji & Bartlett 2022 (benign overfitting) track along gradient descent, measured at
 * every step of a span-form run (W_t = W0 + B_t·X). The recorder also re-derives each update from its own copy of
 * the paper's GD step (mean logistic loss, the smoothed leaky ReLU of eq. 1 with the setting's γ and H, step α), so a
 * trajectory that is not the one the theorems are about — a different step size, a perturbed gradient, another
 * activation derivative — shows up as a non-zero update residual, which every trajectory check takes as a hypothesis.
 */
export interface BenignStep {
  t: number;
  /** L̂(W_t). */
  loss: number;
  /** Ĝ(W_t) = (1/n)Σ g_i, g_i = −ℓ'(y_i f_i). */
  G: number;
  trainError: number;
  /** Fraction of the noisy points with y_i f_i > 0 (1 when there are none). */
  noisyFit: number;
  /** r_t = max_i g_i / min_j g_j (Lemma 4.9). */
  ratio: number;
  /** max_i g_i. */
  maxG: number;
  /** ‖∇L̂(W_t)‖_F. */
  gradNorm: number;
  /** ‖W_t‖_F. */
  normW: number;
  /** ‖W_t − W0‖_F. */
  distance: number;
  /** Lemma 4.5 on this step's update at the training points: max_i |f_t − f_{t−1} − ⟨∇f(x_i; W_{t−1}), ΔW⟩| / (H‖x_i‖²s²/(2√m)), s² = max_j ‖ΔW x_j‖²/‖x_j‖² ≤ ‖ΔW‖₂² (NaN at t = 0). */
  taylorRatio: number;
  /** Lemma 4.8 at the training points: min_k {y_k(f_t − f_{t−1})(x_k) − (α/n)Σ_i g_i ξ_ik⟨y_i x_i, y_k x_k⟩} at W_{t−1} (NaN at t = 0). */
  marginStepSlack: number;
  /** Lemma 4.7: max_{i≠k} |⟨∇f(x_i), ∇f(x_k)⟩|, max_i and min_i ‖∇f(x_i)‖_F² at W_t (identity (8): ⟨x_i, x_k⟩·(1/m)Σ_j φ'φ'). */
  gradientCross: number;
  gradientNormMax: number;
  gradientNormMin: number;
  /** ‖(B_t − B_{t−1}) − (−α∇_B L̂(W_{t−1}))‖/max(‖α∇_B L̂(W_{t−1})‖, 10⁻¹²‖B_t‖) (NaN at t = 0). */
  updateResidual: number;
}

export interface BenignCheckpoint {
  t: number;
  clean: number;
  cleanSE: number;
  /** P(y ≠ sgn f) measured under the data's flip rule. */
  noisy: number;
  noisySE: number;
  /** Class-conditional mean margins m_s = E[s f(z + sμ)] (Lemma 4.1, per class). */
  marginPlus: number;
  marginMinus: number;
  /** E[ỹ f] and the standard error of its Monte Carlo estimate. */
  margin: number;
  marginSE: number;
  /** ‖W_t‖₂. */
  spectral: number;
  normW: number;
}

export interface BenignTrajectory {
  setting: BenignSetting;
  steps: BenignStep[];
  checkpoints: BenignCheckpoint[];
  /** ‖W0‖_F. */
  initialNorm: number;
  /** max_i |f(x_i; W0)| (eq. 11). */
  initialOutputs: number;
  /** Whether the net's output weights are ±1/√m (the paper's second layer). */
  outputWeightsValid: boolean;
}

/** φ' of the smoothed leaky ReLU, eq. (1), written here independently of the library's activation. */
export function slreluDerivative(gamma: number, H: number): (z: number) => number {
  return (z) => (z >= 1 / H ? 1 : z <= -1 / H ? gamma : ((1 - gamma) / 2) * H * z + (1 + gamma) / 2);
}

export interface BenignRecorder {
  /** Pass as spanGradientDescent's onStep. */
  onStep(state: SpanState): void;
  trajectory(): BenignTrajectory;
}

/**
 * Records a span-GD run for the theory functions. Test errors (exact in distribution for Gaussian clusters) are
 * measured at `checkpoints` with common random numbers (`testSeed`).
 */
export function benignRecorder(options: {
  setting: BenignSetting;
  net: TwoLayerNet;
  data: MixtureData;
  geometry: SpanGeometry;
  checkpoints?: readonly number[];
  testSamples?: number;
  testSeed?: number;
  /** Flip rule of the test labels for the Gaussian test error (default 'random'). */
  flips?: MixtureFlips;
  /** σ of Gaussian clusters N(±μ, σ²I) for the test error (default 1). */
  noiseStd?: number;
  /** Another test-error estimate (e.g. direct Monte Carlo for non-Gaussian clusters) from the coefficients B_t. */
  testError?: (coefficients: Float64Array) => Omit<BenignCheckpoint, 't' | 'spectral' | 'normW'>;
}): BenignRecorder {
  const { setting, net, data, geometry } = options;
  const { n, alpha } = setting;
  const k = net.k;
  if (data.X.rows !== n || geometry.n !== n) throw new ValidationError('data', `expected ${n} points`);
  if (k !== setting.width) throw new ValidationError('net', `width ${k}, the setting says ${setting.width}`);
  const labels = data.labels;
  const dphi = slreluDerivative(setting.gamma, setting.H);
  const checkpoints = new Set(options.checkpoints ?? []);
  const testSamples = options.testSamples ?? 20000;
  const alongMu = checkpoints.size > 0 ? geometry.along(data.mu) : null;
  const noisyCount = data.noisy.reduce((s, x) => s + x, 0);
  const a = net.v;
  const outputWeightsValid = Array.from(a).every((x) => Math.abs(Math.abs(x) * Math.sqrt(k) - 1) < 1e-12);
  const steps: BenignStep[] = [];
  const points: BenignCheckpoint[] = [];
  let previous: { U: Float64Array; f: Float64Array; g: Float64Array; dphi: Float64Array } | null = null;
  let previousB: Float64Array | null = null;
  let expectedDelta: Float64Array | null = null;
  let initialNorm = NaN;
  let initialOutputs = NaN;
  return {
    onStep(s: SpanState) {
      const B = s.coefficients;
      let residual = NaN;
      if (previousB !== null && expectedDelta !== null) {
        let diff = 0;
        let size = 0;
        let scale = 0;
        for (let q = 0; q < B.length; q++) {
          diff += (B[q] - previousB[q] - expectedDelta[q]) ** 2;
          size += expectedDelta[q] ** 2;
          scale += B[q] ** 2;
        }
        // an update below the float resolution of B cannot be taken: measure against max(‖update‖, 1e-12‖B‖)
        residual = Math.sqrt(diff / Math.max(size, 1e-24 * scale));
      }
      const f = s.predictions;
      const U = s.preActivations;
      const K = geometry.K;
      let taylor = NaN;
      let marginSlack = NaN;
      if (previous !== null) {
        let s2 = 0;
        for (let i = 0; i < n; i++) {
          let row = 0;
          for (let l = 0; l < k; l++) row += (U[i * k + l] - previous.U[i * k + l]) ** 2;
          s2 = Math.max(s2, row / K[i * n + i]);
        }
        taylor = 0;
        marginSlack = Infinity;
        for (let i = 0; i < n; i++) {
          let first = 0;
          for (let l = 0; l < k; l++) first += a[l] * previous.dphi[i * k + l] * (U[i * k + l] - previous.U[i * k + l]);
          const remainder = Math.abs(f[i] - previous.f[i] - first);
          const bound = (setting.H * K[i * n + i] * s2) / (2 * Math.sqrt(k));
          taylor = Math.max(taylor, bound > 0 ? remainder / bound : remainder > 0 ? Infinity : 0);
          // the first-order term of GD at x_i: (α/n)Σ_q g_q ξ_qi y_q y_i K_qi, ξ_qi = (1/m)Σ_l φ'(U_ql)φ'(U_il)
          let predicted = 0;
          for (let q = 0; q < n; q++) {
            let xi = 0;
            for (let l = 0; l < k; l++) xi += previous.dphi[q * k + l] * previous.dphi[i * k + l];
            predicted += previous.g[q] * (xi / k) * labels[q] * labels[i] * K[q * n + i];
          }
          marginSlack = Math.min(marginSlack, labels[i] * (f[i] - previous.f[i]) - (alpha / n) * predicted);
        }
      }
      const dphiNow = Float64Array.from(U, dphi);
      let cross = 0,
        gradMax = 0,
        gradMin = Infinity;
      for (let i = 0; i < n; i++) {
        for (let q = i; q < n; q++) {
          let xi = 0;
          for (let l = 0; l < k; l++) xi += a[l] * a[l] * dphiNow[i * k + l] * dphiNow[q * k + l];
          const inner = xi * K[i * n + q];
          if (q === i) {
            gradMax = Math.max(gradMax, inner);
            gradMin = Math.min(gradMin, inner);
          } else cross = Math.max(cross, Math.abs(inner));
        }
      }
      const g = logisticSurrogate(f, labels);
      let G = 0,
        maxG = 0,
        minG = Infinity,
        wrong = 0,
        noisyFitted = 0;
      for (let i = 0; i < n; i++) {
        G += g[i];
        maxG = Math.max(maxG, g[i]);
        minG = Math.min(minG, g[i]);
        const z = labels[i] * f[i];
        if (z <= 0) wrong++;
        else if (data.noisy[i]) noisyFitted++;
      }
      if (s.step === 0) {
        initialNorm = s.weightsNorm();
        initialOutputs = f.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
      }
      const normW = s.weightsNorm();
      steps.push({
        t: s.step,
        loss: s.loss,
        G: G / n,
        trainError: wrong / n,
        noisyFit: noisyCount === 0 ? 1 : noisyFitted / noisyCount,
        ratio: maxG / minG,
        maxG,
        gradNorm: logisticGradientNorm(net, geometry.K, U, f, labels),
        normW,
        distance: s.distanceFromInit(),
        updateResidual: residual,
        taylorRatio: taylor,
        marginStepSlack: marginSlack,
        gradientCross: cross,
        gradientNormMax: gradMax,
        gradientNormMin: gradMin,
      });
      previous = { U: Float64Array.from(U), f: Float64Array.from(f), g, dphi: dphiNow };
      // the paper's GD step in span form: B ← B − α·C, C[l, i] = a_l φ'(U_il)·(−y_i g_i/n)
      previousB = Float64Array.from(B);
      expectedDelta = new Float64Array(B.length);
      for (let l = 0; l < k; l++) for (let i = 0; i < n; i++) expectedDelta[l * n + i] = (alpha * a[l] * dphi(U[i * k + l]) * labels[i] * g[i]) / n;
      if (checkpoints.has(s.step) && alongMu !== null) {
        const gram = geometry.gram(B);
        const test = options.testError
          ? options.testError(B)
          : gaussianMixtureTestError({
              net,
              gram,
              alongMu: alongMu(B),
              muNorm: data.muNorm,
              eta: data.eta,
              flips: options.flips,
              noiseStd: options.noiseStd,
              samples: testSamples,
              rng: new Rng(options.testSeed ?? 0).fork('benign-test'),
            });
        const top = new EigenvalueDecomposition(gram, { assumeSymmetric: true }).realEigenvalues.reduce((m, x) => Math.max(m, x), 0);
        points.push({
          t: s.step,
          clean: test.clean,
          cleanSE: test.cleanSE,
          noisy: test.noisy,
          noisySE: test.noisySE,
          marginPlus: test.marginPlus,
          marginMinus: test.marginMinus,
          margin: test.margin,
          marginSE: test.marginSE,
          spectral: Math.sqrt(top),
          normW,
        });
      }
    },
    trajectory: () => ({ setting, steps: steps.slice(), checkpoints: points.slice(), initialNorm, initialOutputs, outputWeightsValid }),
  };
}
