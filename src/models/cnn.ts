import { Matrix } from 'ml-matrix';
import { join, dirname } from 'node:path';
import type * as TfModule from '@tensorflow/tfjs';
import { ValidationError } from '../core/errors';
import { requireOptional, resolveOptional } from '../core/optional';
import { Rng } from '../core/random';
import { finiteMatrix, integer, positiveNumber, inRange } from '../core/validate';

/**
 * A small convolutional classifier for square grey-scale images — two 3×3 convolutions ('same' padding, ReLU, 2×2
 * max-pooling each), a fully-connected ReLU layer and a linear output — trained by minibatch SGD with momentum on
 * softmax cross-entropy: the scaled-down form of the 4-layer CNN (two convolutions, two fully-connected layers) of
 * Li, Soltanolkotabi & Oymak 2019, Figs. 1 and 3.
 *
 * Convolutions and gradients come from TensorFlow.js (`@tensorflow/tfjs` with `@tensorflow/tfjs-backend-wasm`, whose
 * WebAssembly binary ships in the npm package; both optional peer dependencies, loaded on first use). Version 3.21's
 * WebAssembly backend has the forward convolution and its input gradient but no filter-gradient or max-pool-gradient
 * kernel, so the filter gradient is written as a convolution of the inputs with the output gradient
 * (dK[a,b,i,o] = Σ_{n,h,w} x[n,h+a,w+b,i]·dy[n,h,w,o], `tf.customGrad`) and pooling as a reshape and a max, whose
 * gradients the backend has.
 */
export interface CnnArchitecture {
  /** Image side (inputs are side × side pixels, one row of the data matrix per image, row-major). */
  side: number;
  /** Channels of the two convolutions (the paper: 64 and 128). */
  channels: [number, number];
  /** Units of the fully-connected hidden layer (the paper: 256). */
  hidden: number;
  /** Output classes (10 for digits). */
  classes: number;
}

/** The weights of every layer, flat in TensorFlow.js's layouts (filters [3, 3, in, out], dense [in, out]). */
export interface CnnWeights {
  architecture: CnnArchitecture;
  conv1: Float32Array;
  bias1: Float32Array;
  conv2: Float32Array;
  bias2: Float32Array;
  dense1: Float32Array;
  biasDense1: Float32Array;
  dense2: Float32Array;
  biasDense2: Float32Array;
}

type Tf = typeof TfModule;
type Tensor = TfModule.Tensor;
type Variable = TfModule.Variable;

const LAYERS = ['conv1', 'bias1', 'conv2', 'bias2', 'dense1', 'biasDense1', 'dense2', 'biasDense2'] as const;
type Layer = (typeof LAYERS)[number];

/** Spatial sizes after each pooling (floor halving) and the width of the flattened features. */
function shapes(a: CnnArchitecture): Record<Layer, number[]> & { pooled1: number; pooled2: number; features: number } {
  const pooled1 = Math.floor(a.side / 2);
  const pooled2 = Math.floor(pooled1 / 2);
  const features = pooled2 * pooled2 * a.channels[1];
  return {
    pooled1,
    pooled2,
    features,
    conv1: [3, 3, 1, a.channels[0]],
    bias1: [a.channels[0]],
    conv2: [3, 3, a.channels[0], a.channels[1]],
    bias2: [a.channels[1]],
    dense1: [features, a.hidden],
    biasDense1: [a.hidden],
    dense2: [a.hidden, a.classes],
    biasDense2: [a.classes],
  };
}

function checkArchitecture(a: CnnArchitecture): CnnArchitecture {
  integer(a.side, 'architecture.side', 4);
  if (!Array.isArray(a.channels) || a.channels.length !== 2) throw new ValidationError('architecture.channels', 'expected two channel counts');
  integer(a.channels[0], 'architecture.channels[0]', 1);
  integer(a.channels[1], 'architecture.channels[1]', 1);
  integer(a.hidden, 'architecture.hidden', 1);
  integer(a.classes, 'architecture.classes', 2);
  return { side: a.side, channels: [a.channels[0], a.channels[1]], hidden: a.hidden, classes: a.classes };
}

const size = (shape: number[]) => shape.reduce((p, s) => p * s, 1);

/** Number of trainable parameters. */
export function cnnParameterCount(architecture: CnnArchitecture): number {
  const s = shapes(checkArchitecture(architecture));
  return LAYERS.reduce((total, layer) => total + size(s[layer]), 0);
}

/** He initialisation from the project's seeded generator (so W0 does not depend on TensorFlow.js): N(0, 2/fan-in) weights, zero biases. */
export function initCnn(architecture: CnnArchitecture, rng: Rng): CnnWeights {
  const a = checkArchitecture(architecture);
  const s = shapes(a);
  const he = (layer: Layer, fanIn: number) => Float32Array.from(rng.fork(layer).normalVector(size(s[layer]), Math.sqrt(2 / fanIn)));
  return {
    architecture: a,
    conv1: he('conv1', 9),
    bias1: new Float32Array(size(s.bias1)),
    conv2: he('conv2', 9 * a.channels[0]),
    bias2: new Float32Array(size(s.bias2)),
    dense1: he('dense1', s.features),
    biasDense1: new Float32Array(size(s.biasDense1)),
    dense2: he('dense2', a.hidden),
    biasDense2: new Float32Array(size(s.biasDense2)),
  };
}

export function cloneCnn(w: CnnWeights): CnnWeights {
  const out = { architecture: { ...w.architecture, channels: [...w.architecture.channels] as [number, number] } } as CnnWeights;
  for (const layer of LAYERS) out[layer] = Float32Array.from(w[layer]);
  return out;
}

function sameArchitecture(a: CnnWeights, b: CnnWeights): void {
  for (const layer of LAYERS) {
    if (a[layer].length !== b[layer].length)
      throw new ValidationError(layer, `weights of different architectures (${a[layer].length} vs ${b[layer].length} entries)`);
  }
}

/** ‖θ_a − θ_b‖ over all layers combined (the distance of Li et al. 2019 Fig. 3), in double precision. */
export function cnnDistance(a: CnnWeights, b: CnnWeights): number {
  sameArchitecture(a, b);
  let s = 0;
  for (const layer of LAYERS) {
    const x = a[layer];
    const y = b[layer];
    for (let i = 0; i < x.length; i++) s += (x[i] - y[i]) * (x[i] - y[i]);
  }
  return Math.sqrt(s);
}

/** ‖θ‖ over all layers combined. */
export function cnnNorm(w: CnnWeights): number {
  let s = 0;
  for (const layer of LAYERS) for (const v of w[layer]) s += v * v;
  return Math.sqrt(s);
}

let ready: Promise<Tf> | undefined;

/**
 * Loads TensorFlow.js on its WebAssembly backend (single-threaded, SIMD when the runtime has it) once, and resolves
 * to the backend's name. The .wasm binaries are read from the installed `@tensorflow/tfjs-backend-wasm` package —
 * never fetched. A missing package is a MissingPackageError that names it.
 */
export async function loadTensorflowWasm(): Promise<string> {
  return (await tensorflow()).getBackend();
}

function tensorflow(): Promise<Tf> {
  if (!ready) {
    const purpose = 'The convolutional network (Li et al. 2019 Figs. 1 and 3)';
    ready = (async () => {
      const tf = requireOptional<Tf>('@tensorflow/tfjs', purpose);
      const wasm = requireOptional<{ setWasmPaths(prefix: string): void }>('@tensorflow/tfjs-backend-wasm', purpose);
      const binary = resolveOptional('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm', '@tensorflow/tfjs-backend-wasm', purpose);
      wasm.setWasmPaths(join(dirname(binary), '/'));
      if (!(await tf.setBackend('wasm'))) throw new Error('TensorFlow.js could not initialise its WebAssembly backend');
      await tf.ready();
      return tf;
    })();
    ready.catch(() => {
      ready = undefined;
    });
  }
  return ready;
}

/** The 3×3 convolution, stride 1, no padding, with both gradients from kernels the WebAssembly backend has. */
function convolution(tf: Tf): (x: Tensor, k: Tensor) => Tensor {
  return tf.customGrad((x, k, save) => {
    (save as TfModule.GradSaveFunc)([x as Tensor, k as Tensor]);
    return {
      value: tf.conv2d(x as TfModule.Tensor4D, k as TfModule.Tensor4D, 1, 'valid'),
      gradFunc: (dy, saved) => {
        const [xs, ks] = saved as [TfModule.Tensor4D, TfModule.Tensor4D];
        const g = dy as TfModule.Tensor4D;
        const dx = tf.conv2dTranspose(g, ks, xs.shape, 1, 'valid');
        // dK[a,b,i,o] = Σ_{n,h,w} x[n,h+a,w+b,i]·dy[n,h,w,o]: x as [in, H, W, batch] convolved with dy as filters [h, w, batch, out]
        const dk = tf.transpose(
          tf.conv2d(tf.transpose(xs, [3, 1, 2, 0]) as TfModule.Tensor4D, tf.transpose(g, [1, 2, 0, 3]) as TfModule.Tensor4D, 1, 'valid'),
          [1, 2, 0, 3],
        );
        return [dx, dk];
      },
    };
  }) as (x: Tensor, k: Tensor) => Tensor;
}

/** Per-sample results of `ConvNet.evaluate`. */
export interface CnnEvaluation {
  accuracy: number;
  meanLoss: number;
  /** Cross-entropy of each sample against its label. */
  losses: Float64Array;
  /** Predicted class of each sample. */
  predictions: Int32Array;
}

/** Options of one training epoch. */
export interface CnnEpochOptions {
  batchSize: number;
  learningRate: number;
  /** Heavy-ball momentum of 'sgd' (0 = plain SGD). */
  momentum?: number;
  /** Orders the minibatches (a fresh permutation per epoch). */
  rng: Rng;
}

/**
 * A `CnnArchitecture` with live TensorFlow.js variables. Create with `await ConvNet.create(weights)`; call `dispose()`
 * when done (the tensors live in WebAssembly memory).
 */
export class ConvNet {
  private readonly variables: Record<Layer, Variable>;
  private readonly conv: (x: Tensor, k: Tensor) => Tensor;
  private optimizer: TfModule.Optimizer | undefined;
  private optimizerKey = '';
  private readonly inputs = new WeakMap<Matrix, Tensor>();
  private readonly held: Tensor[] = [];
  readonly architecture: CnnArchitecture;

  private constructor(
    private readonly tf: Tf,
    weights: CnnWeights,
  ) {
    this.architecture = checkArchitecture(weights.architecture);
    const s = shapes(this.architecture);
    this.variables = {} as Record<Layer, Variable>;
    for (const layer of LAYERS) {
      if (weights[layer].length !== size(s[layer])) throw new ValidationError(layer, `expected ${size(s[layer])} entries, got ${weights[layer].length}`);
      this.variables[layer] = tf.variable(tf.tensor(weights[layer], s[layer], 'float32'), true);
    }
    this.conv = convolution(tf);
  }

  /** Loads TensorFlow.js and its WebAssembly backend on first use (a MissingPackageError names a missing package). */
  static async create(weights: CnnWeights): Promise<ConvNet> {
    return new ConvNet(await tensorflow(), weights);
  }

  /** Trainable parameters. */
  get parameterCount(): number {
    return LAYERS.reduce((t, layer) => t + this.variables[layer].size, 0);
  }

  /** A copy of the current weights. */
  weights(): CnnWeights {
    const out = { architecture: { ...this.architecture, channels: [...this.architecture.channels] as [number, number] } } as CnnWeights;
    for (const layer of LAYERS) out[layer] = Float32Array.from(this.variables[layer].dataSync() as Float32Array);
    return out;
  }

  private images(X: Matrix): Tensor {
    let t = this.inputs.get(X);
    if (!t) {
      finiteMatrix(X, 'X');
      const side = this.architecture.side;
      if (X.columns !== side * side) throw new ValidationError('X', `expected ${side * side} pixels per row (side ${side}), got ${X.columns}`);
      const flat = new Float32Array(X.rows * X.columns);
      for (let i = 0; i < X.rows; i++) flat.set(X.getRow(i), i * X.columns);
      t = this.tf.tensor4d(flat, [X.rows, side, side, 1]);
      this.inputs.set(X, t);
      this.held.push(t);
    }
    return t;
  }

  private logits(x: Tensor): Tensor {
    const tf = this.tf;
    const v = this.variables;
    const block = (input: Tensor, kernel: Variable, bias: Variable) => {
      const padded = tf.pad(input, [
        [0, 0],
        [1, 1],
        [1, 1],
        [0, 0],
      ]);
      const z = tf.relu(tf.add(this.conv(padded, kernel), bias));
      const [n, h, w, c] = z.shape as number[];
      const p = Math.floor(h / 2);
      const q = Math.floor(w / 2);
      const cropped = h === 2 * p && w === 2 * q ? z : tf.slice(z, [0, 0, 0, 0], [n, 2 * p, 2 * q, c]);
      return tf.max(tf.reshape(cropped, [n, p, 2, q, 2, c]), [2, 4]);
    };
    const z1 = block(x, v.conv1, v.bias1);
    const z2 = block(z1, v.conv2, v.bias2);
    const flat = tf.reshape(z2, [x.shape[0], -1]);
    const h = tf.relu(tf.add(tf.matMul(flat as TfModule.Tensor2D, v.dense1 as TfModule.Tensor2D), v.biasDense1));
    return tf.add(tf.matMul(h as TfModule.Tensor2D, v.dense2 as TfModule.Tensor2D), v.biasDense2);
  }

  /** One epoch of minibatch SGD (with momentum) on the mean softmax cross-entropy; the momentum carries over between epochs while the settings stay the same. Returns the mean minibatch loss. */
  trainEpoch(X: Matrix, labels: Int32Array, options: CnnEpochOptions): number {
    const tf = this.tf;
    const batchSize = integer(options.batchSize, 'batchSize', 1);
    const learningRate = positiveNumber(options.learningRate, 'learningRate');
    const momentum = inRange(options.momentum ?? 0, 'momentum', 0, 1, { maxOpen: true });
    this.checkLabels(X, labels);
    const key = `${learningRate}/${momentum}`;
    if (!this.optimizer || key !== this.optimizerKey) {
      this.optimizer?.dispose();
      this.optimizer = momentum > 0 ? tf.train.momentum(learningRate, momentum) : tf.train.sgd(learningRate);
      this.optimizerKey = key;
    }
    const images = this.images(X);
    const order = options.rng.permutation(X.rows);
    let total = 0;
    let batches = 0;
    for (let start = 0; start < X.rows; start += batchSize) {
      const rows = order.subarray(start, Math.min(start + batchSize, X.rows));
      const loss = tf.tidy(() => {
        const index = tf.tensor1d(rows, 'int32');
        const xb = tf.gather(images, index);
        const yb = tf.oneHot(tf.gather(tf.tensor1d(labels, 'int32'), index), this.architecture.classes);
        const value = this.optimizer!.minimize(() => tf.losses.softmaxCrossEntropy(yb, this.logits(xb)) as TfModule.Scalar, true);
        return value!.dataSync()[0];
      });
      total += loss;
      batches++;
    }
    return total / batches;
  }

  /** The gradient of the mean softmax cross-entropy over (X, labels) w.r.t. every layer, in the weights' layout. */
  gradient(X: Matrix, labels: Int32Array): CnnWeights {
    const tf = this.tf;
    this.checkLabels(X, labels);
    const images = this.images(X);
    const { grads, value } = tf.tidy(() => {
      const y = tf.oneHot(tf.tensor1d(labels, 'int32'), this.architecture.classes);
      return tf.variableGrads(
        () => tf.losses.softmaxCrossEntropy(y, this.logits(images)) as TfModule.Scalar,
        LAYERS.map((l) => this.variables[l]),
      );
    });
    value.dispose();
    const out = { architecture: { ...this.architecture, channels: [...this.architecture.channels] as [number, number] } } as CnnWeights;
    for (const layer of LAYERS) {
      const g = grads[this.variables[layer].name];
      out[layer] = Float32Array.from(g.dataSync() as Float32Array);
      g.dispose();
    }
    return out;
  }

  /** Accuracy, per-sample cross-entropy (in double precision from the float32 logits) and predictions against `labels`. */
  evaluate(X: Matrix, labels: Int32Array, batchSize = 500): CnnEvaluation {
    const tf = this.tf;
    this.checkLabels(X, labels);
    const classes = this.architecture.classes;
    const images = this.images(X);
    const losses = new Float64Array(X.rows);
    const predictions = new Int32Array(X.rows);
    let correct = 0;
    for (let start = 0; start < X.rows; start += batchSize) {
      const count = Math.min(batchSize, X.rows - start);
      const logits = tf.tidy(() => this.logits(tf.slice(images, [start, 0, 0, 0], [count, -1, -1, -1])).dataSync() as Float32Array);
      for (let b = 0; b < count; b++) {
        const row = logits.subarray(b * classes, (b + 1) * classes);
        let best = 0;
        for (let c = 1; c < classes; c++) if (row[c] > row[best]) best = c;
        let sum = 0;
        for (let c = 0; c < classes; c++) sum += Math.exp(row[c] - row[best]);
        const i = start + b;
        losses[i] = Math.log(sum) - (row[labels[i]] - row[best]);
        predictions[i] = best;
        if (best === labels[i]) correct++;
      }
    }
    let lossSum = 0;
    for (const l of losses) lossSum += l;
    return { accuracy: correct / X.rows, meanLoss: lossSum / X.rows, losses, predictions };
  }

  private checkLabels(X: Matrix, labels: Int32Array): void {
    if (labels.length !== X.rows) throw new ValidationError('labels', `expected ${X.rows} labels, got ${labels.length}`);
    for (let i = 0; i < labels.length; i++) {
      if (!(labels[i] >= 0 && labels[i] < this.architecture.classes))
        throw new ValidationError(`labels[${i}]`, `expected a class in [0, ${this.architecture.classes}), got ${labels[i]}`);
    }
  }

  /** Frees the variables, the optimizer's slots and the cached input tensors. */
  dispose(): void {
    for (const layer of LAYERS) this.variables[layer].dispose();
    this.optimizer?.dispose();
    for (const t of this.held) t.dispose();
    this.held.length = 0;
  }
}
