import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { MixtureData, MixtureFlips, MixtureNoise, makeMixture, MIXTURE_FLIPS } from '../../data/mixture';
import { ValidationError } from '../../core/errors';
import { TwoLayerNet } from '../../models/twoLayerNet';
import { Rng } from '../../core/random';
import { normalCdf, normalQuantile } from '../../core/special';
import { inRange, integer, positiveNumber } from '../../core/validate';

/**
 * Frei, Chatterji & Bartlett 2022 (benign overfitting): the quantities its proofs track, computed exactly
 * from span-form GD (W_t = W0 + B_t·X), and the test error of a trained network on the two-cluster mixture.
 */

/** g_i = −ℓ'(y_i f_i) = 1/(1 + e^{y_i f_i}), the surrogate of the 0-1 loss (finite for any margin). */
export function logisticSurrogate(f: ArrayLike<number>, labels: ArrayLike<number>): Float64Array {
  if (f.length !== labels.length) throw new ValidationError('labels', `expected ${f.length} labels, got ${labels.length}`);
  return Float64Array.from({ length: f.length }, (_, i) => {
    const z = labels[i] * f[i];
    return z > 0 ? Math.exp(-z) / (1 + Math.exp(-z)) : 1 / (1 + Math.exp(z));
  });
}

/**
 * ‖∇L̂(W)‖_F of the mean logistic loss from the pre-activations U = XWᵀ (n×k) and K = XXᵀ: ∇L̂ = −(1/n)MᵀX with
 * M_ij = g_i y_i a_j φ'(U_ij), so ‖∇L̂‖_F² = (1/n²) Σ_j M_{:j}ᵀ K M_{:j} (Frei et al. 2022 (benign overfitting) §4.3). O(n²k), independent of d.
 */
export function logisticGradientNorm(net: TwoLayerNet, K: ArrayLike<number>, U: ArrayLike<number>, f: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = f.length;
  const { k, v } = net;
  if (K.length !== n * n) throw new ValidationError('K', `expected ${n}×${n} entries, got ${K.length}`);
  if (U.length !== n * k) throw new ValidationError('U', `expected ${n}×${k} entries, got ${U.length}`);
  const g = logisticSurrogate(f, labels);
  const { dphi } = net.activation;
  const column = new Float64Array(n);
  let total = 0;
  for (let j = 0; j < k; j++) {
    for (let i = 0; i < n; i++) column[i] = g[i] * labels[i] * v[j] * dphi(U[i * k + j]);
    for (let i = 0; i < n; i++) {
      if (column[i] === 0) continue;
      let s = 0;
      for (let m = 0; m < n; m++) s += K[i * n + m] * column[m];
      total += column[i] * s;
    }
  }
  return Math.sqrt(Math.max(0, total)) / n;
}

/** Bayes error against noisy labels under random flips with N(0, I) clusters: η + (1 − 2η)Φ(−‖μ‖) (Frei et al. 2022 (benign overfitting) §4.7). */
export function mixtureBayesError(muNorm: number, eta: number): number {
  positiveNumber(muNorm, 'muNorm');
  inRange(eta, 'eta', 0, 0.5, { maxOpen: true });
  return eta + (1 - 2 * eta) * normalCdf(-muNorm);
}

export interface MixtureTestError {
  /** P_clean(ỹ f ≤ 0) and its standard error. */
  clean: number;
  cleanSE: number;
  /** P(y ≠ sgn f) under the flip rule, measured on test labels drawn by that rule, and its standard error. */
  noisy: number;
  noisySE: number;
  /** η + (1 − 2η)·clean: the value P(y ≠ sgn f) has for flips independent of x (random, fixed-count); NaN for the adversary. */
  noisyFromClean: number;
  /** Class-conditional mean margins m_s = E[s·f(z + sμ)] (both ≥ 0 when each class is classified better than chance) and E[ỹ f]. */
  marginPlus: number;
  marginMinus: number;
  margin: number;
  /** Standard error of the Monte Carlo estimate of E[ỹ f]. */
  marginSE: number;
  samples: number;
}

/**
 * Test error on Gaussian clusters N(±μ, I), exact in distribution and m-dimensional (Frei et al. 2022 (benign overfitting) §4.6): Wx = ỹWμ + Wz with
 * Wz = (Wμ̂)s + R^{1/2}g, s ~ N(0,1) the coordinate along μ̂ and R = WWᵀ − (Wμ̂)(Wμ̂)ᵀ, so the cost is O(samples·k²)
 * whatever p is. s also decides the margin-targeted adversary's flips (ỹs ≤ Φ⁻¹(η)). Pass a fresh Rng with the same
 * seed at every call for common random numbers across steps.
 */
export function gaussianMixtureTestError(options: {
  net: TwoLayerNet;
  /** W Wᵀ (k×k). */
  gram: Matrix;
  /** W μ (length k). */
  alongMu: ArrayLike<number>;
  muNorm: number;
  eta: number;
  flips?: MixtureFlips;
  samples: number;
  rng: Rng;
  /** σ of the clusters N(±μ, σ²I) (default 1; random or fixed-count flips only when σ ≠ 1). */
  noiseStd?: number;
}): MixtureTestError {
  const { net, gram, alongMu, rng } = options;
  const { k, v } = net;
  const { phi } = net.activation;
  const muNorm = positiveNumber(options.muNorm, 'muNorm');
  const eta = inRange(options.eta, 'eta', 0, 0.5, { maxOpen: true });
  const samples = integer(options.samples, 'samples', 2);
  const flips = options.flips ?? 'random';
  if (!MIXTURE_FLIPS.includes(flips)) throw new ValidationError('flips', `unknown flip rule "${flips}"; known: ${MIXTURE_FLIPS.join(', ')}`);
  const sigma = positiveNumber(options.noiseStd ?? 1, 'noiseStd');
  if (sigma !== 1 && flips === 'marginTargeted') throw new ValidationError('noiseStd', 'the margin-targeted adversary is defined for σ = 1');
  if (gram.rows !== k || gram.columns !== k) throw new ValidationError('gram', `expected ${k}×${k}, got ${gram.rows}×${gram.columns}`);
  if (alongMu.length !== k) throw new ValidationError('alongMu', `expected length ${k}, got ${alongMu.length}`);
  const hat = Float64Array.from(alongMu, (x) => x / muNorm); // W μ̂
  const residual = new Matrix(k, k);
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) residual.set(a, b, 0.5 * (gram.get(a, b) + gram.get(b, a)) - hat[a] * hat[b]);
  // R^{1/2} by the symmetric eigendecomposition, round-off negatives clipped to 0
  const evd = new EigenvalueDecomposition(residual, { assumeSymmetric: true });
  const V = evd.eigenvectorMatrix;
  const root = new Float64Array(k * k);
  evd.realEigenvalues.forEach((lambda, c) => {
    const s = Math.sqrt(Math.max(0, lambda));
    for (let a = 0; a < k; a++) root[a * k + c] = V.get(a, c) * s;
  });
  const threshold = flips === 'marginTargeted' && eta > 0 ? normalQuantile(eta) : -Infinity;
  // test labels of the independent flip rules, from their own stream so the clean draws do not move
  const labelFlips = rng.fork('test-label-flips');
  const g = new Float64Array(k);
  let wrong = 0;
  let noisyWrong = 0;
  const sums = { plus: 0, minus: 0, nPlus: 0, nMinus: 0, squares: 0 };
  for (let q = 0; q < samples; q++) {
    const y = rng.uniform() < 0.5 ? 1 : -1;
    const s = rng.normal();
    for (let c = 0; c < k; c++) g[c] = rng.normal();
    let f = 0;
    for (let a = 0; a < k; a++) {
      let noise = hat[a] * s;
      for (let c = 0; c < k; c++) noise += root[a * k + c] * g[c];
      const u = y * alongMu[a] + sigma * noise;
      f += v[a] * phi(u);
    }
    const cleanWrong = y * f <= 0;
    if (cleanWrong) wrong++;
    const flipped = flips === 'marginTargeted' ? y * s <= threshold : labelFlips.uniform() < eta;
    noisyWrong += flipped ? (cleanWrong ? 0 : 1) : cleanWrong ? 1 : 0;
    if (y > 0) {
      sums.plus += f;
      sums.nPlus++;
    } else {
      sums.minus -= f;
      sums.nMinus++;
    }
    sums.squares += f * f;
  }
  const clean = wrong / samples;
  const marginMean = (sums.plus + sums.minus) / samples;
  const cleanSE = Math.sqrt((clean * (1 - clean)) / samples);
  const noisyRate = noisyWrong / samples;
  return {
    clean,
    cleanSE,
    noisy: noisyRate,
    noisySE: Math.sqrt((noisyRate * (1 - noisyRate)) / samples),
    // random (and fixed-count) flips are independent of x: P(y ≠ sgn f) = η + (1 − 2η)·clean exactly
    noisyFromClean: flips === 'marginTargeted' ? NaN : eta + (1 - 2 * eta) * clean,
    marginPlus: sums.plus / Math.max(1, sums.nPlus),
    marginMinus: sums.minus / Math.max(1, sums.nMinus),
    margin: marginMean,
    marginSE: Math.sqrt(Math.max(0, sums.squares / samples - marginMean * marginMean) / (samples - 1)),
    samples,
  };
}

/**
 * Clean test error of any predictor by Monte Carlo on fresh clean mixture samples (for non-Gaussian clusters), in
 * batches, with the class-conditional mean margins m_± from the same draws.
 */
export function mixtureTestError(
  predict: (X: Matrix) => Float64Array,
  spec: { p: number; muNorm: number; noise?: MixtureNoise; skew?: number; gaussianStd?: number },
  samples: number,
  rng: Rng,
  batch = 1000,
): { clean: number; cleanSE: number; marginPlus: number; marginMinus: number } {
  integer(samples, 'samples', 1);
  integer(batch, 'batch', 1);
  let wrong = 0;
  const sum = { plus: 0, minus: 0, nPlus: 0, nMinus: 0 };
  for (let done = 0, b = 0; done < samples; b++) {
    const size = Math.min(batch, samples - done);
    const test: MixtureData = makeMixture(
      { n: size, p: spec.p, muNorm: spec.muNorm, eta: 0, noise: spec.noise, skew: spec.skew, gaussianStd: spec.gaussianStd },
      rng.fork(`batch-${b}`),
    );
    const f = predict(test.X);
    for (let i = 0; i < size; i++) {
      const y = test.cleanLabels[i];
      if (y * f[i] <= 0) wrong++;
      if (y > 0) {
        sum.plus += f[i];
        sum.nPlus++;
      } else {
        sum.minus -= f[i];
        sum.nMinus++;
      }
    }
    done += size;
  }
  const clean = wrong / samples;
  return {
    clean,
    cleanSE: Math.sqrt((clean * (1 - clean)) / samples),
    marginPlus: sum.plus / Math.max(1, sum.nPlus),
    marginMinus: sum.minus / Math.max(1, sum.nMinus),
  };
}

/**
 * C1_emp of Lemma 4.3 from K = XXᵀ: max(max‖x_k‖²/p, p/min‖x_k‖², max_{i≠j}|⟨x_i,x_j⟩|/(‖μ‖² + √(p log(n/δ)))) (Frei et al. 2022 (benign overfitting), Lemma 4.3).
 */
export function empiricalC1(K: ArrayLike<number>, n: number, p: number, muNorm: number, delta: number): number {
  if (K.length !== n * n) throw new ValidationError('K', `expected ${n}×${n} entries, got ${K.length}`);
  inRange(delta, 'delta', 0, 0.5, { minOpen: true, maxOpen: true });
  let maxNorm = 0;
  let minNorm = Infinity;
  let cross = 0;
  for (let i = 0; i < n; i++) {
    maxNorm = Math.max(maxNorm, K[i * n + i]);
    minNorm = Math.min(minNorm, K[i * n + i]);
    for (let j = 0; j < n; j++) if (i !== j) cross = Math.max(cross, Math.abs(K[i * n + j]));
  }
  return Math.max(maxNorm / p, p / minNorm, cross / (muNorm ** 2 + Math.sqrt(p * Math.log(n / delta))));
}

export interface AssumptionConstant {
  id: string;
  statement: string;
  /** The largest C for which the assumption holds at these sizes (≥ 1 needed; "C large" in the theorem). */
  effectiveC: number;
}

/** Effective constants of (A1)–(A5) and whether (A6) holds, at the sizes used (Frei et al. 2022 (benign overfitting) §3.1). */
export function benignAssumptions(s: {
  n: number;
  p: number;
  muNorm: number;
  eta: number;
  alpha: number;
  H: number;
  width: number;
  omega: number;
  delta: number;
}): { constants: AssumptionConstant[]; a6: { holds: boolean; lhs: number; rhs: number } } {
  const { n, p, muNorm, eta, alpha, H, width, omega, delta } = s;
  const mu2 = muNorm ** 2;
  const log = Math.log(n / delta);
  return {
    constants: [
      { id: 'A1', statement: 'n ≥ C log(1/δ)', effectiveC: n / Math.log(1 / delta) },
      { id: 'A2', statement: 'p ≥ C max{n‖μ‖², n² log(n/δ)}', effectiveC: p / Math.max(n * mu2, n * n * log) },
      { id: 'A3', statement: '‖μ‖² ≥ C log(n/δ)', effectiveC: mu2 / log },
      { id: 'A4', statement: 'η < 1/C', effectiveC: eta === 0 ? Infinity : 1 / eta },
      { id: 'A5', statement: 'α ≤ (C max{1, H/√m} p²)⁻¹', effectiveC: 1 / (alpha * Math.max(1, H / Math.sqrt(width)) * p * p) },
    ],
    a6: { holds: omega * Math.sqrt(width * p) <= alpha, lhs: omega * Math.sqrt(width * p), rhs: alpha },
  };
}

/** The paper's second layer (§1.2): a_j drawn i.i.d. from Unif{±1/√m}, fixed (not the balanced split of Li et al. 2019). */
export function iidOutputLayer(width: number, rng: Rng): Float64Array {
  integer(width, 'width', 1);
  const s = 1 / Math.sqrt(width);
  return Float64Array.from({ length: width }, () => (rng.uniform() < 0.5 ? s : -s));
}
