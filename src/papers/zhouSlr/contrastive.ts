import { ValidationError } from '../../core/errors';
import { Rng } from '../../core/random';
import { inRange, integer, nonNegativeNumber, positiveNumber } from '../../core/validate';
import { maxOf } from '../../core/vector';
import { cloneMlp, initMlp, mlpBackward, mlpForward, MlpWeights } from '../../models/mlp';

/**
 * A small MoCo-style contrastive learner for a synthetic analogue of Zhou et al.'s (2021) experiments: the MLP of src/models/mlp.ts (d → h (ReLU) → e, no biases) as encoder with
 * ℓ2-normalised output, an EMA target encoder for the keys, a FIFO queue of negatives, similarity exp(+cos/τ) (the
 * paper's minus sign is an erratum), and the two SANE modules: SLR soft labels over the shared key set (eq. 5, with the
 * cosine μ ramp) and momentum mixup x′ = θx_i + (1−θ)x̃_π(i), θ ~ Beta(κ, κ) (eq. 8). The ground-truth soft label y*_i is
 * uniform over the keys of the query's class (the paper never defines it; Zhou et al. 2021 §4.5).
 */

/** ℓ(h, y) = −Σ_t y_t log h_t (the contrastive cross-entropy of Thm 1; linear in the label y). */
export function crossEntropy(h: ArrayLike<number>, y: ArrayLike<number>): number {
  if (h.length !== y.length) throw new ValidationError('y', `expected ${h.length} entries (one per key), got ${y.length}`);
  let s = 0;
  for (let t = 0; t < h.length; t++) {
    if (!(h[t] > 0)) throw new ValidationError(`h[${t}]`, `probabilities must be positive, got ${h[t]}`);
    s -= y[t] * Math.log(h[t]);
  }
  return s;
}

/**
 * The encoder x ↦ normalise(V·relu(Wx)): the one-hidden-layer ReLU MLP of src/models/mlp.ts (W: hidden×d, V: out×hidden, no
 * biases) with a unit-norm output of dimension `classes` (= out).
 */
export type Encoder = MlpWeights;

/** He-style initialisation of the encoder (initMlp: W ~ N(0, 2/d), V ~ N(0, 1/hidden)). */
export function initEncoder(d: number, hidden: number, out: number, rng: Rng): Encoder {
  integer(out, 'out', 2);
  return initMlp(d, integer(hidden, 'hidden', 1), out, rng);
}

export const cloneEncoder: (e: Encoder) => Encoder = cloneMlp;

/** target ← (1 − ι)·target + ι·online, every parameter (ι = 1 − MoCo's momentum). */
export function emaUpdate(target: Encoder, online: Encoder, rate: number): void {
  for (const key of ['W', 'V'] as const) {
    const t = target[key];
    const o = online[key];
    for (let p = 0; p < t.length; p++) t[p] = (1 - rate) * t[p] + rate * o[p];
  }
}

interface Forward {
  /** Normalised embeddings, n×out. */
  embeddings: Float64Array;
  hidden: Float64Array;
  norms: Float64Array;
  inputs: Float64Array;
  n: number;
}

/** Embeddings of n row-major inputs, with what the backward pass needs. */
export function encode(e: Encoder, inputs: Float64Array, n: number): Forward {
  if (inputs.length !== n * e.d) throw new ValidationError('inputs', `expected ${n}×${e.d} values, got ${inputs.length}`);
  const out = e.classes;
  const { H, logits: embeddings } = mlpForward(e, inputs, n);
  const norms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let norm = 0;
    for (let c = 0; c < out; c++) norm += embeddings[i * out + c] ** 2;
    norms[i] = Math.sqrt(norm) || 1e-300;
    for (let c = 0; c < out; c++) embeddings[i * out + c] /= norms[i];
  }
  return { embeddings, hidden: H, norms, inputs, n };
}

/** Accumulates weight·∂L/∂θ into `grad` from ∂L/∂(normalised embeddings): through z/‖z‖ as (I − ẑẑᵀ)·g/‖z‖, then the MLP. */
function backward(e: Encoder, f: Forward, dEmb: Float64Array, weight: number, grad: Encoder): void {
  const out = e.classes;
  const dz = new Float64Array(f.n * out);
  for (let i = 0; i < f.n; i++) {
    let dot = 0;
    for (let c = 0; c < out; c++) dot += f.embeddings[i * out + c] * dEmb[i * out + c];
    for (let c = 0; c < out; c++) dz[i * out + c] = (weight * (dEmb[i * out + c] - dot * f.embeddings[i * out + c])) / f.norms[i];
  }
  mlpBackward(e, f.inputs, f.hidden, dz, f.n, grad.W, grad.V);
}

/** Softmax of one row of logits, max-subtracted. `skip` leaves that entry at 0 (the q of SLR, positive removed). */
function softmaxRow(logits: Float64Array, skip = -1): Float64Array {
  let max = -Infinity;
  for (let k = 0; k < logits.length; k++) if (k !== skip) max = Math.max(max, logits[k]);
  const out = new Float64Array(logits.length);
  let sum = 0;
  for (let k = 0; k < logits.length; k++) {
    if (k === skip) continue;
    out[k] = Math.exp(logits[k] - max);
    sum += out[k];
  }
  for (let k = 0; k < out.length; k++) out[k] /= sum;
  return out;
}

/** logits_k = ⟨u, key_k⟩/temperature over the key matrix (m×e). */
function logitsAgainst(u: Float64Array, uOffset: number, keys: Float64Array, m: number, e: number, temperature: number): Float64Array {
  const out = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    let s = 0;
    for (let c = 0; c < e; c++) s += u[uOffset + c] * keys[k * e + c];
    out[k] = s / temperature;
  }
  return out;
}

/**
 * Eq. (4): L = −(1/s)Σ_i Σ_k Y_ik log softmax_k(⟨q̂_i, k̂_k⟩/τ), with ∂L/∂q̂_i = Σ_k (h_ik − Y_ik)k̂_k/(τs) (valid for
 * any label rows that sum to 1). Returns the loss and the gradient with respect to the normalised queries.
 */
export function contrastiveLoss(
  queries: Float64Array,
  s: number,
  keys: Float64Array,
  m: number,
  e: number,
  labels: Float64Array[],
  temperature: number,
): { loss: number; gradient: Float64Array } {
  if (labels.length !== s) throw new ValidationError('labels', `expected ${s} label rows, got ${labels.length}`);
  const gradient = new Float64Array(s * e);
  let loss = 0;
  for (let i = 0; i < s; i++) {
    if (labels[i].length !== m) throw new ValidationError(`labels[${i}]`, `expected ${m} entries (one per key), got ${labels[i].length}`);
    const h = softmaxRow(logitsAgainst(queries, i * e, keys, m, e, temperature));
    for (let k = 0; k < m; k++) {
      if (labels[i][k] > 0) loss -= labels[i][k] * Math.log(h[k]);
      const w = (h[k] - labels[i][k]) / (temperature * s);
      if (w !== 0) for (let c = 0; c < e; c++) gradient[i * e + c] += w * keys[k * e + c];
    }
  }
  return { loss: loss / s, gradient };
}

/**
 * SLR soft labels of eq. (5) with the experiments' weights: p_i = softmax over keys of ⟨p̂_i, k̂⟩/(ττ′) for the positive's
 * embedding p̂_i, q_i the same without key i, and ỹ_i = (e_i + μ·max p_i·p_i + μ·max q_i·q_i)/z, z = 1 + μ max p_i + μ max q_i.
 */
export function refinedContrastiveLabels(
  positives: Float64Array,
  s: number,
  keys: Float64Array,
  m: number,
  e: number,
  temperature: number,
  sharpen: number,
  mu: number,
): { labels: Float64Array[]; q: Float64Array[]; onehotWeight: Float64Array } {
  const labels: Float64Array[] = [];
  const qs: Float64Array[] = [];
  const onehotWeight = new Float64Array(s);
  for (let i = 0; i < s; i++) {
    const logits = logitsAgainst(positives, i * e, keys, m, e, temperature * sharpen);
    const p = softmaxRow(logits);
    const q = softmaxRow(logits, i);
    const mp = maxOf(p);
    const mq = maxOf(q);
    const z = 1 + mu * mp + mu * mq;
    onehotWeight[i] = 1 / z;
    const y = new Float64Array(m);
    for (let k = 0; k < m; k++) y[k] = (mu * mp * p[k] + mu * mq * q[k]) / z;
    y[i] += 1 / z;
    labels.push(y);
    qs.push(q);
  }
  return { labels, q: qs, onehotWeight };
}

/** An encoder-shaped buffer of zeros, for accumulating gradients. */
export function zeroEncoder(like: Encoder): Encoder {
  return { ...like, W: new Float64Array(like.W.length), V: new Float64Array(like.V.length) };
}

/** Eq. (4) for n inputs through the encoder against fixed keys; adds weight·∂L/∂θ to `grad` and returns L. */
export function accumulateContrastiveGradient(
  encoder: Encoder,
  inputs: Float64Array,
  n: number,
  keys: Float64Array,
  m: number,
  labels: Float64Array[],
  temperature: number,
  weight: number,
  grad: Encoder,
): number {
  const forward = encode(encoder, inputs, n);
  const { loss, gradient } = contrastiveLoss(forward.embeddings, n, keys, m, encoder.classes, labels, temperature);
  backward(encoder, forward, gradient, weight, grad);
  return loss;
}

/** The mixup term of eq. (9): none (MoCo or SLR alone), momentum mixup (eq. 8) or vanilla mixup of two queries (Table 6's baseline). */
export type Mixup = 'none' | 'momentum' | 'vanilla';
export const MIXUPS: readonly Mixup[] = ['none', 'momentum', 'vanilla'];

export interface ContrastiveOptions {
  /** Vanilla samples (n×d row-major) and their semantic classes. */
  samples: Float64Array;
  classes: Int32Array;
  d: number;
  /** Standard deviation of the additive Gaussian "augmentation" (used when `augment` is not given). */
  augmentation: number;
  /** A view of sample i written into out[offset … offset + d) (e.g. imageAugmentation); replaces the additive noise. */
  augment?: ViewAugmentation;
  /**
   * Strong views for the mixup term only (Algorithm 1 step 6, "replace x̃_i with T2(c_i)"): momentum mixup mixes the weak query
   * x_i with a strong view of the partner in place of its positive x̃_k; vanilla mixup mixes strong views of both queries. The
   * keys, the one-hot term and SLR's p and q keep the weak `augment` views.
   */
  mixAugment?: ViewAugmentation;
  hidden?: number;
  out?: number;
  epochs: number;
  batch: number;
  queue: number;
  temperature: number;
  /** τ′ ∈ (0, 1]. */
  sharpen: number;
  learningRate: number;
  /** ι of the EMA target. */
  ema: number;
  /** Use the SLR labels ỹ (in eq. (4) without mixup, in the mixup term with it). */
  slr: boolean;
  mixup: Mixup;
  /** SANE's λ (weight of the mixup term). */
  lambda: number;
  /** κ of Beta(κ, κ). */
  kappa: number;
  /** μ_t by training step (see muSchedule). */
  mu: (step: number) => number;
  rng: Rng;
}

export interface ContrastiveEpoch {
  epoch: number;
  loss: number;
  /** E‖ỹ − y*‖₂ of the SLR labels (measured in every variant, used only when slr is on). */
  refinedLabelError: number;
  /** E‖onehot − y*‖₂, MoCo's label. */
  onehotLabelError: number;
  /** Mass of q_i on other keys of the query's class, and that mass under uniform q (chance). */
  qPrecision: number;
  qChance: number;
}

type View = (i: number, out: Float64Array, offset: number) => void;

/** A random view of sample i into out[offset …]: the `augment` hook, or the sample plus N(0, augmentation²) noise. */
function viewSampler(o: { samples: Float64Array; d: number; augmentation: number; augment?: ViewAugmentation }, rng: Rng): View {
  const { samples, d, augment } = o;
  if (augment) return (i, out, offset) => augment(samples, i, out, offset, rng);
  return (i, out, offset) => {
    for (let j = 0; j < d; j++) out[offset + j] = samples[i * d + j] + o.augmentation * rng.normal();
  };
}

/** The query view x_i and the key (positive) view x̃_i of every sample of the batch, row by row; only queries when `pairs` is false. */
function batchViews(view: View, idx: Int32Array, d: number, pairs = true): { xq: Float64Array; xk: Float64Array } {
  const xq = new Float64Array(idx.length * d);
  const xk = new Float64Array(pairs ? idx.length * d : 0);
  idx.forEach((i, r) => {
    view(i, xq, r * d);
    if (pairs) view(i, xk, r * d);
  });
  return { xq, xk };
}

/**
 * The key set one batch is contrasted against (MoCo): the target encoder's embeddings of the batch's key views, then
 * the queue, with the class of each key.
 */
function keySet(
  target: Encoder,
  keyViews: Float64Array,
  idx: Int32Array,
  classes: Int32Array,
  queueKeys: Float64Array,
  queueClasses: Int32Array,
): { keys: Float64Array; keyClasses: Int32Array; m: number } {
  const s = idx.length;
  const e = target.classes;
  const m = s + queueClasses.length;
  const keys = new Float64Array(m * e);
  keys.set(encode(target, keyViews, s).embeddings);
  keys.set(queueKeys, s * e);
  const keyClasses = new Int32Array(m);
  idx.forEach((i, r) => (keyClasses[r] = classes[i]));
  keyClasses.set(queueClasses, s);
  return { keys, keyClasses, m };
}

/** Trains one variant; returns the online encoder and per-epoch label-quality measurements. */
export function trainContrastive(o: ContrastiveOptions): { encoder: Encoder; target: Encoder; initial: Encoder; history: ContrastiveEpoch[] } {
  const { d, classes, rng } = o;
  const n = classes.length;
  if (o.samples.length !== n * d) throw new ValidationError('samples', `expected ${n}×${d} values, got ${o.samples.length}`);
  for (const [field, value] of [
    ['epochs', o.epochs],
    ['batch', o.batch],
    ['queue', o.queue],
  ] as const)
    integer(value, field, 1);
  if (o.batch > n) throw new ValidationError('batch', `expected at most ${n} (the number of samples), got ${o.batch}`);
  if (o.augment === undefined) positiveNumber(o.augmentation, 'augmentation');
  positiveNumber(o.temperature, 'temperature');
  inRange(o.sharpen, 'sharpen', 0, 1, { minOpen: true });
  positiveNumber(o.learningRate, 'learningRate');
  inRange(o.ema, 'ema', 0, 1, { minOpen: true });
  inRange(o.lambda, 'lambda', 0, 1);
  positiveNumber(o.kappa, 'kappa');
  if (!MIXUPS.includes(o.mixup)) throw new ValidationError('mixup', `unknown mixup "${o.mixup}"; known: ${MIXUPS.join(', ')}`);
  const online = initEncoder(d, o.hidden ?? 64, o.out ?? 16, rng.fork('init'));
  const target = cloneEncoder(online);
  const initial = cloneEncoder(online);
  const e = online.classes;
  const s = o.batch;
  let queueKeys = new Float64Array(0);
  let queueClasses = new Int32Array(0);
  const history: ContrastiveEpoch[] = [];
  const batchesPerEpoch = Math.floor(n / s);
  let step = 0;
  const view = viewSampler(o, rng);
  const strongView = o.mixAugment ? viewSampler({ ...o, augment: o.mixAugment }, rng) : undefined;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const order = rng.permutation(n);
    const sums = { loss: 0, refined: 0, onehot: 0, q: 0, chance: 0 };
    for (let b = 0; b < batchesPerEpoch; b++, step++) {
      const idx = order.subarray(b * s, (b + 1) * s);
      const { xq, xk } = batchViews(view, idx, d);
      const { keys, keyClasses, m } = keySet(target, xk, idx, classes, queueKeys, queueClasses);
      // SLR labels from the positive's online embedding, stop-gradient
      const positives = encode(online, xk, s).embeddings;
      const { labels: refined, q } = refinedContrastiveLabels(positives, s, keys, m, e, o.temperature, o.sharpen, o.mu(step));
      const onehot = Array.from({ length: s }, (_, r) => {
        const y = new Float64Array(m);
        y[r] = 1;
        return y;
      });
      // label quality against y* (uniform over same-class keys)
      for (let r = 0; r < s; r++) {
        const c = keyClasses[r];
        let same = 0;
        for (let k = 0; k < m; k++) if (keyClasses[k] === c) same++;
        let errRefined = 0;
        let errOnehot = 0;
        let qMass = 0;
        for (let k = 0; k < m; k++) {
          const star = keyClasses[k] === c ? 1 / same : 0;
          errRefined += (refined[r][k] - star) ** 2;
          errOnehot += (onehot[r][k] - star) ** 2;
          if (k !== r && keyClasses[k] === c) qMass += q[r][k];
        }
        sums.refined += Math.sqrt(errRefined);
        sums.onehot += Math.sqrt(errOnehot);
        sums.q += qMass;
        sums.chance += (same - 1) / (m - 1);
      }
      const grad = zeroEncoder(online);
      const mixWeight = o.mixup === 'none' ? 0 : o.lambda;
      let loss =
        (1 - mixWeight) *
        accumulateContrastiveGradient(online, xq, s, keys, m, o.slr && o.mixup === 'none' ? refined : onehot, o.temperature, 1 - mixWeight, grad);
      if (o.mixup !== 'none') {
        const perm = rng.permutation(s);
        const xm = new Float64Array(s * d);
        const base = o.slr ? refined : onehot;
        const mixedLabels: Float64Array[] = [];
        // Algorithm 1 step 6: with strong views only the mixing views change (keys, the one-hot term and p, q stay weak)
        const strong = strongView ? batchViews(strongView, idx, d, false).xq : undefined;
        // another sample's positive crop (momentum) or query (vanilla); strong: a strong view of that sample, and for vanilla the query too
        const partner = strong ?? (o.mixup === 'momentum' ? xk : xq);
        const own = strong && o.mixup === 'vanilla' ? strong : xq;
        for (let r = 0; r < s; r++) {
          const theta = rng.beta(o.kappa, o.kappa);
          for (let j = 0; j < d; j++) xm[r * d + j] = theta * own[r * d + j] + (1 - theta) * partner[perm[r] * d + j];
          mixedLabels.push(Float64Array.from(base[r], (y, k) => theta * y + (1 - theta) * base[perm[r]][k]));
        }
        loss += mixWeight * accumulateContrastiveGradient(online, xm, s, keys, m, mixedLabels, o.temperature, mixWeight, grad);
      }
      for (const key of ['W', 'V'] as const) for (let p = 0; p < online[key].length; p++) online[key][p] -= o.learningRate * grad[key][p];
      emaUpdate(target, online, o.ema);
      // FIFO queue: the key set is the batch's keys then the old queue, so its first `queue` keys are the next queue
      const keep = Math.min(o.queue, m);
      queueKeys = keys.slice(0, keep * e);
      queueClasses = keyClasses.slice(0, keep);
      sums.loss += loss;
    }
    const count = batchesPerEpoch * s;
    history.push({
      epoch,
      loss: sums.loss / batchesPerEpoch,
      refinedLabelError: sums.refined / count,
      onehotLabelError: sums.onehot / count,
      qPrecision: sums.q / count,
      qChance: sums.chance / count,
    });
  }
  return { encoder: online, target, initial, history };
}

/** Weighted kNN (score_c = Σ_{top-k, class c} exp(cos/T)) accuracy of test embeddings against train embeddings (unit rows). */
export function knnAccuracy(
  train: Float64Array,
  trainClasses: Int32Array,
  test: Float64Array,
  testClasses: Int32Array,
  e: number,
  k = 20,
  temperature = 0.05,
): number {
  const nTrain = trainClasses.length;
  const nTest = testClasses.length;
  integer(k, 'k', 1);
  if (train.length !== nTrain * e || test.length !== nTest * e) throw new ValidationError('embeddings', 'sizes do not match the class arrays');
  let right = 0;
  const sims = new Float64Array(nTrain);
  for (let t = 0; t < nTest; t++) {
    for (let j = 0; j < nTrain; j++) {
      let s = 0;
      for (let c = 0; c < e; c++) s += test[t * e + c] * train[j * e + c];
      sims[j] = s;
    }
    const top = Array.from(sims.keys())
      .sort((a, b) => sims[b] - sims[a])
      .slice(0, Math.min(k, nTrain));
    const scores = new Map<number, number>();
    for (const j of top) scores.set(trainClasses[j], (scores.get(trainClasses[j]) ?? 0) + Math.exp(sims[j] / temperature));
    let best = -1;
    let bestScore = -Infinity;
    for (const [c, score] of scores)
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    if (best === testClasses[t]) right++;
  }
  return right / nTest;
}

/** K̄ Gaussian classes in R^d: means ~ meanScale·N(0, I), samples mean + noise·N(0, I), the synthetic analogue's data (Zhou et al. 2021). */
export function makeGaussianClasses(
  spec: { classes: number; d: number; perClass: number; meanScale: number; noise: number },
  rng: Rng,
  means?: Float64Array,
): { samples: Float64Array; classes: Int32Array; means: Float64Array } {
  const K = integer(spec.classes, 'classes', 2);
  const d = integer(spec.d, 'd', 1);
  const per = integer(spec.perClass, 'perClass', 1);
  positiveNumber(spec.noise, 'noise');
  const mu = means ?? rng.fork('means').normalVector(K * d, positiveNumber(spec.meanScale, 'meanScale'));
  if (mu.length !== K * d) throw new ValidationError('means', `expected ${K}×${d} values, got ${mu.length}`);
  const points = rng.fork('samples');
  const samples = new Float64Array(K * per * d);
  const classes = new Int32Array(K * per);
  for (let c = 0, i = 0; c < K; c++) {
    for (let r = 0; r < per; r++, i++) {
      classes[i] = c;
      for (let j = 0; j < d; j++) samples[i * d + j] = mu[c * d + j] + spec.noise * points.normal();
    }
  }
  return { samples, classes, means: mu };
}

/** Label quality of one encoder pair at a fixed μ, measured on fresh batches against its own key queue (no training). */
export interface RefinedLabelQuality {
  /** E‖ỹ − y*‖₂ of the SLR label. */
  refinedError: number;
  /** E‖ỹ_blind − y*‖₂ of class-blind smoothing that keeps SLR's weight ỹ_ii on the positive and spreads 1 − ỹ_ii uniformly over the other keys. */
  blindError: number;
  /** E‖ỹ_flat − y*‖₂ of smoothing with SLR's one-hot weight 1/z on e_i and 1 − 1/z uniform over all keys. */
  flatError: number;
  /** E‖one-hot − y*‖₂. */
  onehotError: number;
  /** E Σ_{k ≠ i, class k = class i} ỹ_ik: the same-class mass SLR puts off the positive. */
  sameClassOffPositive: number;
  /** The same for the class-blind label (= (1 − ỹ_ii)·(same − 1)/(m − 1) per query). */
  blindSameClassOffPositive: number;
  /** E(1 − ỹ_ii): all the mass off the positive. */
  offPositiveMass: number;
  /** E Σ_{k ≠ i, same class} q_ik and its chance level E (same − 1)/(m − 1). */
  qPrecision: number;
  qChance: number;
  queries: number;
}

/**
 * Measures the SLR labels (eq. 5) that `online` (positives) and `target` (keys) would give at weight μ: `warmup`
 * batches fill the FIFO queue with target keys, then `batches` batches are scored against y* (uniform over the
 * query's class among the keys). Nothing is trained; the same routine scores a trained pair and an untrained one.
 */
export function measureRefinedLabels(o: {
  online: Encoder;
  target: Encoder;
  samples: Float64Array;
  classes: Int32Array;
  d: number;
  augmentation: number;
  augment?: ViewAugmentation;
  batch: number;
  queue: number;
  temperature: number;
  sharpen: number;
  mu: number;
  batches: number;
  rng: Rng;
  warmup?: number;
}): RefinedLabelQuality {
  const { d, classes, rng, online, target } = o;
  const n = classes.length;
  if (o.samples.length !== n * d) throw new ValidationError('samples', `expected ${n}×${d} values, got ${o.samples.length}`);
  integer(o.batch, 'batch', 1);
  integer(o.batches, 'batches', 1);
  if (o.batch > n) throw new ValidationError('batch', `expected at most ${n} (the number of samples), got ${o.batch}`);
  nonNegativeNumber(o.mu, 'mu');
  const warmup = o.warmup ?? Math.ceil(o.queue / o.batch);
  const view = viewSampler(o, rng);
  const s = o.batch;
  const e = online.classes;
  let queueKeys = new Float64Array(0);
  let queueClasses = new Int32Array(0);
  const sums = { refined: 0, blind: 0, flat: 0, onehot: 0, same: 0, blindSame: 0, off: 0, q: 0, chance: 0 };
  let count = 0;
  for (let b = 0; b < warmup + o.batches; b++) {
    const idx = rng.permutation(n).subarray(0, s);
    const { xq, xk } = batchViews(view, idx, d);
    const { keys, keyClasses, m } = keySet(target, xk, idx, classes, queueKeys, queueClasses);
    if (b >= warmup) {
      const positives = encode(online, xk, s).embeddings;
      const { labels, q, onehotWeight } = refinedContrastiveLabels(positives, s, keys, m, e, o.temperature, o.sharpen, o.mu);
      for (let r = 0; r < s; r++) {
        const c = keyClasses[r];
        let same = 0;
        for (let k = 0; k < m; k++) if (keyClasses[k] === c) same++;
        const onPositive = labels[r][r];
        const blindOther = (1 - onPositive) / (m - 1);
        const w = onehotWeight[r];
        let errRefined = 0,
          errBlind = 0,
          errFlat = 0,
          errOnehot = 0,
          sameMass = 0,
          qMass = 0;
        for (let k = 0; k < m; k++) {
          const star = keyClasses[k] === c ? 1 / same : 0;
          const blind = k === r ? onPositive : blindOther;
          const flat = (k === r ? w : 0) + (1 - w) / m;
          errRefined += (labels[r][k] - star) ** 2;
          errBlind += (blind - star) ** 2;
          errFlat += (flat - star) ** 2;
          errOnehot += ((k === r ? 1 : 0) - star) ** 2;
          if (k !== r && keyClasses[k] === c) {
            sameMass += labels[r][k];
            qMass += q[r][k];
          }
        }
        sums.refined += Math.sqrt(errRefined);
        sums.blind += Math.sqrt(errBlind);
        sums.flat += Math.sqrt(errFlat);
        sums.onehot += Math.sqrt(errOnehot);
        sums.same += sameMass;
        sums.blindSame += ((1 - onPositive) * (same - 1)) / (m - 1);
        sums.off += 1 - onPositive;
        sums.q += qMass;
        sums.chance += (same - 1) / (m - 1);
        count++;
      }
    }
    // FIFO queue: the key set is the batch's keys then the old queue, so its first `queue` keys are the next queue
    const keep = Math.min(o.queue, m);
    queueKeys = keys.slice(0, keep * e);
    queueClasses = keyClasses.slice(0, keep);
  }
  return {
    refinedError: sums.refined / count,
    blindError: sums.blind / count,
    flatError: sums.flat / count,
    onehotError: sums.onehot / count,
    sameClassOffPositive: sums.same / count,
    blindSameClassOffPositive: sums.blindSame / count,
    offPositiveMass: sums.off / count,
    qPrecision: sums.q / count,
    qChance: sums.chance / count,
    queries: count,
  };
}

/**
 * Linear-probe accuracy: multinomial logistic regression (weights and bias, full-batch GD from zero, fixed step)
 * on frozen train embeddings, scored on test embeddings. Deterministic.
 */
export function linearProbeAccuracy(
  train: Float64Array,
  trainClasses: Int32Array,
  test: Float64Array,
  testClasses: Int32Array,
  e: number,
  options: { epochs?: number; learningRate?: number } = {},
): number {
  const nTrain = trainClasses.length;
  const nTest = testClasses.length;
  if (train.length !== nTrain * e || test.length !== nTest * e) throw new ValidationError('embeddings', 'sizes do not match the class arrays');
  const epochs = integer(options.epochs ?? 300, 'epochs', 1);
  const lr = positiveNumber(options.learningRate ?? 1, 'learningRate');
  let C = 0;
  for (const c of trainClasses) C = Math.max(C, c + 1);
  for (const c of testClasses) C = Math.max(C, c + 1);
  const W = new Float64Array(C * e);
  const bias = new Float64Array(C);
  const logits = new Float64Array(C);
  const scores = (x: Float64Array, i: number) => {
    for (let c = 0; c < C; c++) {
      let s = bias[c];
      for (let j = 0; j < e; j++) s += W[c * e + j] * x[i * e + j];
      logits[c] = s;
    }
  };
  const gW = new Float64Array(C * e);
  const gb = new Float64Array(C);
  for (let epoch = 0; epoch < epochs; epoch++) {
    gW.fill(0);
    gb.fill(0);
    for (let i = 0; i < nTrain; i++) {
      scores(train, i);
      let max = -Infinity;
      for (let c = 0; c < C; c++) max = Math.max(max, logits[c]);
      let sum = 0;
      for (let c = 0; c < C; c++) {
        logits[c] = Math.exp(logits[c] - max);
        sum += logits[c];
      }
      for (let c = 0; c < C; c++) {
        const g = logits[c] / sum - (c === trainClasses[i] ? 1 : 0);
        gb[c] += g;
        for (let j = 0; j < e; j++) gW[c * e + j] += g * train[i * e + j];
      }
    }
    for (let p = 0; p < W.length; p++) W[p] -= (lr * gW[p]) / nTrain;
    for (let c = 0; c < C; c++) bias[c] -= (lr * gb[c]) / nTrain;
  }
  let right = 0;
  for (let i = 0; i < nTest; i++) {
    scores(test, i);
    let best = 0;
    for (let c = 1; c < C; c++) if (logits[c] > logits[best]) best = c;
    if (best === testClasses[i]) right++;
  }
  return right / nTest;
}

/** Writes a random view of sample `index` (row-major samples, d values each) into out[offset … offset + d). */
export type ViewAugmentation = (samples: Float64Array, index: number, out: Float64Array, offset: number, rng: Rng) => void;

/**
 * Crop-like views of side×side images: a random translation by up to `maxShift` pixels in each direction (zero fill,
 * i.e. a crop of a zero-padded image), then with probability `eraseProbability` a random erase×erase square set to 0
 * (cutout), then additive pixel noise. Unlike additive noise alone, a shift plus an erase can hide what identifies a digit.
 */
export function imageAugmentation(o: { side: number; maxShift: number; erase?: number; eraseProbability?: number; noise?: number }): ViewAugmentation {
  const side = integer(o.side, 'side', 1);
  const maxShift = integer(o.maxShift, 'maxShift', 0);
  const erase = integer(o.erase ?? 0, 'erase', 0);
  const pErase = inRange(o.eraseProbability ?? (erase > 0 ? 1 : 0), 'eraseProbability', 0, 1);
  const noise = o.noise ?? 0;
  const d = side * side;
  return (samples, index, out, offset, rng) => {
    const dr = rng.int(2 * maxShift + 1) - maxShift;
    const dc = rng.int(2 * maxShift + 1) - maxShift;
    for (let r = 0; r < side; r++) {
      for (let c = 0; c < side; c++) {
        const sr = r - dr;
        const sc = c - dc;
        out[offset + r * side + c] = sr >= 0 && sr < side && sc >= 0 && sc < side ? samples[index * d + sr * side + sc] : 0;
      }
    }
    if (erase > 0 && rng.uniform() < pErase) {
      const r0 = rng.int(side - erase + 1);
      const c0 = rng.int(side - erase + 1);
      for (let r = r0; r < r0 + erase; r++) for (let c = c0; c < c0 + erase; c++) out[offset + r * side + c] = 0;
    }
    if (noise > 0) for (let j = 0; j < d; j++) out[offset + j] += noise * rng.normal();
  };
}
