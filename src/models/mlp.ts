import { Matrix } from 'ml-matrix';
import { ValidationError } from '../core/errors';
import { copyRows, fromFlat, toFlat } from '../linalg/flat';
import { gemmNT, gemmSequential, gemmTNAccumulate } from '../linalg/kernels';
import { fusedInWasm, kernelBackend, layout, native, wasmExports } from '../linalg/wasm/runtime';
import { Rng } from '../core/random';
import { finiteMatrix, integer, positiveNumber, inRange } from '../core/validate';

/**
 * A one-hidden-layer ReLU classifier F(x) = V·relu(Wx) with both layers trained, by minibatch SGD with momentum on
 * softmax cross-entropy: the small fully-connected stand-in for the deep nets of Li et al.'s (2019) MNIST experiments.
 * Weights live in flat row-major arrays (W: k×d, V: classes×k).
 */
export interface MlpWeights {
  W: Float64Array;
  V: Float64Array;
  d: number;
  k: number;
  classes: number;
}

/** He-style initialisation: W ~ N(0, 2/d), V ~ N(0, 1/k), W's draws then V's from one fast normal stream of `rng`. */
export function initMlp(d: number, k: number, classes: number, rng: Rng): MlpWeights {
  integer(d, 'd', 1);
  integer(k, 'width', 1);
  integer(classes, 'classes', 2);
  const draws = rng.normalStream();
  const W = draws.fill(new Float64Array(k * d), Math.sqrt(2 / d));
  const V = draws.fill(new Float64Array(classes * k), Math.sqrt(1 / k));
  return { W, V, d, k, classes };
}

export function cloneMlp(w: MlpWeights): MlpWeights {
  return { ...w, W: Float64Array.from(w.W), V: Float64Array.from(w.V) };
}

/**
 * Outputs (B × classes, row-major) and hidden activations (B × k) of the B row-major inputs (B × d). Both layers go
 * through the kernels: on the blas backend as dgemm (round-off differs from the plain loops), else summed in the order
 * of the plain loops z += W[l][j]·x[j] and s += V[c][l]·h[l]. Shared with other heads on the same MLP (e.g. the
 * normalised contrastive encoder of Zhou et al. 2021). On the blas backend H is written into `hidden` (B×k) and the
 * logits into `logits` (B×classes) when given; elsewhere they are new arrays.
 */
export function mlpForward(
  w: MlpWeights,
  inputs: Float64Array,
  B: number,
  hidden?: Float64Array,
  logits?: Float64Array,
): { H: Float64Array; logits: Float64Array } {
  const { d, k, classes } = w;
  if (inputs.length !== B * d) throw new ValidationError('inputs', `expected ${B}×${d} values, got ${inputs.length}`);
  if (kernelBackend() === 'blas') {
    const H = reluInPlace(gemmNT(inputs, w.W, B, k, d, hidden));
    return { H, logits: gemmNT(H, w.V, B, classes, k, logits) };
  }
  const Wt = new Float64Array(d * k); // Wᵀ, so that each z is one column sum
  for (let l = 0; l < k; l++) for (let j = 0; j < d; j++) Wt[j * k + l] = w.W[l * d + j];
  const H = gemmSequential(inputs, Wt, B, k, d);
  reluInPlace(H);
  const Vt = new Float64Array(k * classes);
  for (let c = 0; c < classes; c++) for (let l = 0; l < k; l++) Vt[l * classes + c] = w.V[c * k + l];
  return { H, logits: gemmSequential(H, Vt, B, classes, k) }; // s += V[c][l]·h[l] in order of l
}

/**
 * max(h, 0) in place without a branch per entry (hidden units have random signs, so a branch mispredicts about half
 * the time: ten times slower here). (h + |h|)/2 is exactly max(h, 0) for |h| ≤ DBL_MAX/2 and +0 for every h ≤ 0; a NaN
 * stays NaN.
 */
function reluInPlace(H: Float64Array): Float64Array {
  for (let p = 0; p < H.length; p++) {
    const h = H[p];
    H[p] = (h + Math.abs(h)) * 0.5;
  }
  return H;
}

/**
 * dZ ← dZ ⊙ [H > 0] for ReLU outputs H (+0 or positive, or NaN): H > 0 exactly when its bits are not all zero, and
 * (x | −x) >>> 31 turns that into 1 or 0 with integer operations, so there is no branch per entry (see reluInPlace).
 */
function maskByActive(dZ: Float64Array, H: Float64Array): void {
  const bits = new Int32Array(H.buffer, H.byteOffset, 2 * H.length);
  for (let p = 0; p < dZ.length; p++) {
    const x = bits[2 * p] | bits[2 * p + 1];
    dZ[p] *= (x | -x) >>> 31;
  }
}

/**
 * Adds to gradW, gradV the gradient of Σ_b ⟨G_b, F(x_b)⟩ for an upstream gradient G (B × classes) at the inputs and hidden
 * activations H of mlpForward: ∂/∂V = GᵀH, ∂/∂W = (GV ⊙ 1{H > 0})ᵀ·inputs.
 */
export function mlpBackward(w: MlpWeights, inputs: Float64Array, H: Float64Array, G: Float64Array, B: number, gradW: Float64Array, gradV: Float64Array): void {
  const { d, k, classes } = w;
  if (kernelBackend() === 'blas') {
    gemmTNAccumulate(G, H, B, classes, k, gradV); // ∂/∂V = Gᵀ·H
    const dZ = new Float64Array(B * k);
    native().dgemm(false, false, B, k, classes, 1, G, classes, w.V, k, 0, dZ, k); // ∂/∂H = G·V
    maskByActive(dZ, H);
    gemmTNAccumulate(dZ, inputs, B, k, d, gradW);
    return;
  }
  const dH = new Float64Array(k);
  const dZ = new Float64Array(B * k); // ∂/∂z: dH where relu'(z) = 1, else 0
  for (let b = 0; b < B; b++) {
    dH.fill(0);
    for (let c = 0; c < classes; c++) {
      const g = G[b * classes + c];
      const vo = c * k;
      for (let l = 0; l < k; l++) {
        gradV[vo + l] += g * H[b * k + l];
        dH[l] += g * w.V[vo + l];
      }
    }
    for (let l = 0; l < k; l++) dZ[b * k + l] = H[b * k + l] > 0 ? dH[l] : 0;
  }
  gemmTNAccumulate(dZ, inputs, B, k, d, gradW); // gradW[l] += dZ[b][l]·x_b, b in order, as the plain loop did
}

/**
 * Work arrays of one training run on the blas backend (a batch's inputs, hidden layer, logits and ∂/∂H), sized for the
 * largest batch: fresh arrays per batch cost more than the small products between them.
 */
interface BatchWork {
  inputs: Float64Array;
  hidden: Float64Array;
  logits: Float64Array;
  dZ: Float64Array;
}

function batchWork(w: MlpWeights, batchSize: number): BatchWork {
  return {
    inputs: new Float64Array(batchSize * w.d),
    hidden: new Float64Array(batchSize * w.k),
    logits: new Float64Array(batchSize * w.classes),
    dZ: new Float64Array(batchSize * w.k),
  };
}

/** Logits, hidden activations and the inputs themselves (B × d) of the rows `rows` of X (flat n×d), in `work` when given. */
function forward(w: MlpWeights, X: Float64Array, rows: ArrayLike<number>, work?: BatchWork): { H: Float64Array; logits: Float64Array; inputs: Float64Array } {
  const { d, k, classes } = w;
  const B = rows.length;
  const inputs = work === undefined ? new Float64Array(B * d) : work.inputs.subarray(0, B * d);
  for (let b = 0; b < B; b++) {
    const from = rows[b] * d;
    const to = b * d;
    for (let j = 0; j < d; j++) inputs[to + j] = X[from + j];
  }
  return { ...mlpForward(w, inputs, B, work?.hidden.subarray(0, B * k), work?.logits.subarray(0, B * classes)), inputs };
}

/** Per-sample cross-entropy and the softmax probabilities, in place of the logits. */
function softmaxCrossEntropy(logits: Float64Array, classes: number, labels: ArrayLike<number>): Float64Array {
  const B = labels.length;
  const losses = new Float64Array(B);
  for (let b = 0; b < B; b++) {
    const o = b * classes;
    let max = -Infinity;
    for (let c = 0; c < classes; c++) max = Math.max(max, logits[o + c]);
    let sum = 0;
    const target = logits[o + labels[b]];
    for (let c = 0; c < classes; c++) {
      const e = Math.exp(logits[o + c] - max);
      logits[o + c] = e; // each exponential once: kept, then normalised
      sum += e;
    }
    losses[b] = Math.log(sum) + max - target;
    for (let c = 0; c < classes; c++) logits[o + c] /= sum;
  }
  return losses;
}

/** X (finite unless `finite` is false, for a caller that checks it itself) and labels in 0..classes−1 for X's rows. */
function checkData(w: MlpWeights, X: Matrix, labels: ArrayLike<number>, finite = true): void {
  if (finite) finiteMatrix(X, 'X', undefined, w.d);
  else if (!(X instanceof Matrix) || X.columns !== w.d) finiteMatrix(X, 'X', undefined, w.d); // throws: the type or shape is wrong
  if (labels.length !== X.rows) throw new ValidationError('labels', `expected ${X.rows} labels, got ${labels.length}`);
  for (let i = 0; i < labels.length; i++) {
    if (!(Number.isInteger(labels[i]) && labels[i] >= 0 && labels[i] < w.classes))
      throw new ValidationError(`labels[${i}]`, `expected a class index in 0..${w.classes - 1}, got ${labels[i]}`);
  }
}

/** Arrays up to this many entries (32 MB) are kept between evaluations; larger ones are allocated per call. */
const EVALUATION_BUFFER_LIMIT = 1 << 22;
const evaluationBuffers = { inputs: new Float64Array(0), hidden: new Float64Array(0) };

/**
 * A work array of evaluateMlp: a fresh array of several MB costs its page faults on every call (about as long as the
 * evaluation's first product here), so the last one is reused when large enough.
 */
function evaluationBuffer(name: keyof typeof evaluationBuffers, size: number): Float64Array {
  if (size > EVALUATION_BUFFER_LIMIT) return new Float64Array(size);
  if (evaluationBuffers[name].length < size) evaluationBuffers[name] = new Float64Array(size);
  return evaluationBuffers[name].subarray(0, size);
}

/** Class predictions, per-sample losses and accuracy against `labels`. */
export function evaluateMlp(
  w: MlpWeights,
  X: Matrix,
  labels: ArrayLike<number>,
): { accuracy: number; meanLoss: number; losses: Float64Array; predictions: Int32Array } {
  if (kernelBackend() === 'blas' && fusedInWasm()) {
    checkData(w, X, labels, false);
    return evaluateInKernelMemory(w, X, labels);
  }
  checkData(w, X, labels);
  const n = X.rows;
  // every row in order (no gather), the inputs and hidden layer in work arrays kept between calls
  const { logits } = mlpForward(w, toFlat(X, evaluationBuffer('inputs', n * w.d)), n, evaluationBuffer('hidden', n * w.k));
  const losses = softmaxCrossEntropy(logits, w.classes, labels);
  const predictions = new Int32Array(X.rows);
  let correct = 0;
  for (let i = 0; i < X.rows; i++) {
    let best = 0;
    for (let c = 1; c < w.classes; c++) if (logits[i * w.classes + c] > logits[i * w.classes + best]) best = c;
    predictions[i] = best;
    if (best === labels[i]) correct++;
  }
  return { accuracy: correct / X.rows, meanLoss: losses.reduce((a, b) => a + b, 0) / X.rows, losses, predictions };
}

/** Doubles of WebAssembly memory one chunk of evaluateInKernelMemory may use (32 MB: that memory never shrinks). */
const EVALUATION_CHUNK_DOUBLES = 1 << 22;

/**
 * evaluateMlp on the blas backend, by chunks of rows in the WebAssembly kernels' memory (no array allocated per call,
 * so no page faults): the chunk's rows are copied there and checked finite in one SIMD pass, then Hᵀ = W·Xᵀ by dgemm
 * (the transposed layout is the faster one for OpenBLAS at these shapes), the ReLU in place (relu_in_place: the same
 * operations as reluInPlace), the logits as Lᵀ = V·Hᵀ, and softmax, losses and predictions read Lᵀ by columns. The same
 * numbers as the row-major route up to the summation order of the products.
 */
function evaluateInKernelMemory(
  w: MlpWeights,
  X: Matrix,
  labels: ArrayLike<number>,
): { accuracy: number; meanLoss: number; losses: Float64Array; predictions: Int32Array } {
  const { d, k, classes } = w;
  const n = X.rows;
  const losses = new Float64Array(n);
  const predictions = new Int32Array(n);
  const chunk = Math.max(1, Math.min(n, Math.floor(EVALUATION_CHUNK_DOUBLES / (d + k + classes))));
  const blas = native();
  const wasm = wasmExports();
  let correct = 0;
  let lossSum = 0;
  for (let r0 = 0; r0 < n; r0 += chunk) {
    const B = Math.min(chunk, n - r0);
    const { offsets, heap } = layout([B * d, k * B, classes * B]);
    const inputs = copyRows(X, r0, B, heap.subarray(offsets[0] / 8, offsets[0] / 8 + B * d));
    if (wasm.all_finite(offsets[0], B * d) !== 1) finiteMatrix(X, 'X', undefined, d); // throws, naming the entry
    const Ht = heap.subarray(offsets[1] / 8, offsets[1] / 8 + k * B);
    const Lt = heap.subarray(offsets[2] / 8, offsets[2] / 8 + classes * B);
    blas.dgemm(false, true, k, B, d, 1, w.W, d, inputs, d, 0, Ht, B); // Hᵀ = W·Xᵀ
    wasm.relu_in_place(offsets[1], k * B);
    blas.dgemm(false, false, classes, B, k, 1, w.V, k, Ht, B, 0, Lt, B); // Lᵀ = V·Hᵀ
    for (let b = 0; b < B; b++) {
      let max = -Infinity;
      let best = 0;
      for (let c = 0; c < classes; c++) {
        const s = Lt[c * B + b];
        max = Math.max(max, s);
        if (s > Lt[best * B + b]) best = c;
      }
      let sum = 0;
      for (let c = 0; c < classes; c++) sum += Math.exp(Lt[c * B + b] - max);
      const label = labels[r0 + b];
      const loss = Math.log(sum) + max - Lt[label * B + b];
      losses[r0 + b] = loss;
      lossSum += loss;
      predictions[r0 + b] = best;
      if (best === label) correct++;
    }
  }
  return { accuracy: correct / n, meanLoss: lossSum / n, losses, predictions };
}

/** ‖θ − θ0‖ over both layers. */
export function mlpDistance(a: MlpWeights, b: MlpWeights): number {
  let s = 0;
  for (let p = 0; p < a.W.length; p++) s += (a.W[p] - b.W[p]) ** 2;
  for (let p = 0; p < a.V.length; p++) s += (a.V[p] - b.V[p]) ** 2;
  return Math.sqrt(s);
}

export function mlpNorm(a: MlpWeights): number {
  let s = 0;
  for (const x of a.W) s += x * x;
  for (const x of a.V) s += x * x;
  return Math.sqrt(s);
}

/** The layers as ml-matrix matrices (W: k×d, V: classes×k), e.g. for the Jacobian of the outputs w.r.t. W. */
export function mlpMatrices(w: MlpWeights): { W: Matrix; V: Matrix } {
  return { W: fromFlat(w.W, w.k, w.d), V: fromFlat(w.V, w.classes, w.k) };
}

/** Mean cross-entropy over the rows `batch` and its gradient, written into gradW and gradV. */
function batchGradient(w: MlpWeights, Xf: Float64Array, batch: ArrayLike<number>, labels: ArrayLike<number>, gradW: Float64Array, gradV: Float64Array): number {
  const { H, G, inputs, losses } = outputGradient(w, Xf, batch, labels);
  gradW.fill(0);
  gradV.fill(0);
  mlpBackward(w, inputs, H, G, batch.length, gradW, gradV);
  return losses.reduce((a, b) => a + b, 0) / batch.length;
}

/**
 * The forward pass over the rows `batch` and ∂(mean loss)/∂logits = (p − onehot)/B (G, B × classes, written over the
 * probabilities), with the per-sample losses.
 */
function outputGradient(
  w: MlpWeights,
  Xf: Float64Array,
  batch: ArrayLike<number>,
  labels: ArrayLike<number>,
  work?: BatchWork,
): { H: Float64Array; G: Float64Array; inputs: Float64Array; losses: Float64Array } {
  const { classes } = w;
  const B = batch.length;
  const { H, logits: G, inputs } = forward(w, Xf, batch, work);
  const losses = softmaxCrossEntropy(
    G,
    classes,
    Array.from(batch, (i) => labels[i]),
  );
  for (let b = 0; b < B; b++) {
    G[b * classes + labels[batch[b]]] -= 1;
    for (let c = 0; c < classes; c++) G[b * classes + c] /= B;
  }
  return { H, G, inputs, losses };
}

/**
 * One minibatch step of SGD with momentum on the blas backend, with the gradient never stored: the momentum update
 * v ← μv − η·∇ is each layer's gradient product itself (dgemm with α = −η, β = μ into v), then θ ← θ + v. The same
 * update as batchGradient + momentumStep, rounded in BLAS's order.
 */
function blasMomentumBatch(
  w: MlpWeights,
  Xf: Float64Array,
  batch: ArrayLike<number>,
  labels: ArrayLike<number>,
  velocityW: Float64Array,
  velocityV: Float64Array,
  mu: number,
  lr: number,
  work: BatchWork,
): void {
  const { classes, k, d } = w;
  const B = batch.length;
  const { H, G, inputs } = outputGradient(w, Xf, batch, labels, work);
  const blas = native();
  const dZ = work.dZ.subarray(0, B * k);
  blas.dgemm(false, false, B, k, classes, 1, G, classes, w.V, k, 0, dZ, k); // ∂/∂H = G·V, at the V of the forward pass
  maskByActive(dZ, H);
  blas.dgemm(true, false, classes, k, B, -lr, G, classes, H, k, mu, velocityV, k); // v_V ← μ·v_V − η·GᵀH
  blas.dgemm(true, false, k, d, B, -lr, dZ, k, inputs, d, mu, velocityW, d); // v_W ← μ·v_W − η·dZᵀ·inputs
  blas.daxpy(w.W.length, 1, velocityW, w.W); // θ ← θ + v (a JS loop is ~10× slower: no SIMD)
  blas.daxpy(w.V.length, 1, velocityV, w.V);
}

/** Mean cross-entropy over all rows and its gradient w.r.t. W and V (flat, like the weights). */
export function mlpGradient(w: MlpWeights, X: Matrix, labels: ArrayLike<number>): { loss: number; gradW: Float64Array; gradV: Float64Array } {
  checkData(w, X, labels);
  const gradW = new Float64Array(w.W.length);
  const gradV = new Float64Array(w.V.length);
  const loss = batchGradient(
    w,
    toFlat(X),
    Int32Array.from({ length: X.rows }, (_, i) => i),
    labels,
    gradW,
    gradV,
  );
  return { loss, gradW, gradV };
}

/** v ← μv − ηg, θ ← θ + v, entry by entry (locals, so the loop touches only the three arrays). */
function momentumStep(theta: Float64Array, velocity: Float64Array, gradient: Float64Array, mu: number, lr: number): void {
  for (let p = 0; p < theta.length; p++) {
    const v = mu * velocity[p] - lr * gradient[p];
    velocity[p] = v;
    theta[p] += v;
  }
}

/**
 * Trains in place for `epochs` passes of minibatch SGD with momentum (shuffled by `rng` each epoch), calling
 * `onEpoch(epoch)` after each pass (epoch 0 = before training).
 */
export function trainMlp(
  w: MlpWeights,
  X: Matrix,
  labels: ArrayLike<number>,
  options: {
    epochs: number;
    batchSize: number;
    learningRate: number;
    momentum: number;
    rng: Rng;
    onEpoch?: (epoch: number) => void;
  },
): void {
  checkData(w, X, labels);
  const epochs = integer(options.epochs, 'epochs', 0);
  const batchSize = integer(options.batchSize, 'batchSize', 1);
  const lr = positiveNumber(options.learningRate, 'learningRate');
  const mu = inRange(options.momentum, 'momentum', 0, 1, { maxOpen: true });
  const Xf = toFlat(X);
  const velocityW = new Float64Array(w.W.length);
  const velocityV = new Float64Array(w.V.length);
  const blas = kernelBackend() === 'blas';
  const gradW = new Float64Array(blas ? 0 : w.W.length);
  const gradV = new Float64Array(blas ? 0 : w.V.length);
  const work = blas ? batchWork(w, Math.min(batchSize, X.rows)) : undefined;
  options.onEpoch?.(0);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const order = options.rng.permutation(X.rows);
    for (let start = 0; start < order.length; start += batchSize) {
      const batch = order.subarray(start, Math.min(order.length, start + batchSize));
      if (work !== undefined) blasMomentumBatch(w, Xf, batch, labels, velocityW, velocityV, mu, lr, work);
      else {
        batchGradient(w, Xf, batch, labels, gradW, gradV);
        momentumStep(w.W, velocityW, gradW, mu, lr);
        momentumStep(w.V, velocityV, gradV, mu, lr);
      }
    }
    options.onEpoch?.(epoch);
  }
}
