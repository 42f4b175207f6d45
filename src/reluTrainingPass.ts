import { ValidationError } from './errors';
import { checkLength, reluForward, scaledTNAccumulate } from './kernels';
import { heapView, kernelBackend, PARALLEL_MIN_WORK, reserve, shareChunks, unreserve, wasmExports } from './wasm/runtime';

/**
 * The two halves of a training step of the ReLU network f = vᵀ·relu(W·x) on fixed inputs X (n×d), with X, W and the
 * activation pattern kept between them: `forward` writes the predictions and remembers, for every hidden unit, which
 * rows activate it; `backward` / `descend` turn ∂L/∂f into ∇_W L from those lists alone. On the wasm backend X, v, W and
 * the lists live in WebAssembly memory for the pass's life (a step copies 2n numbers, not an n×k φ′(Z) twice), and the
 * backward pass touches only the active (row, unit) pairs. Results equal reluForward and scaledTNAccumulate (and the JS
 * update w − η·g) bit for bit. Call `release` when done to hand the memory back.
 */
export interface ReluTrainingPass {
  /**
   * W (k×d row-major): the pass's own weights, which `forward` reads and `descend` updates; write into it to start from
   * other weights. On the wasm backend a view of kernel memory, valid until `release`.
   */
  readonly weights: Float64Array;
  /** f_i = Σ_l v_l·max(w_lᵀx_i, 0) into f (n). */
  forward(f: Float64Array): void;
  /** G = Σ_i (∂L/∂f_i)·(v_l·[w_lᵀx_i > 0])·x_iᵀ row by row (k×d), at the weights of the last `forward`; overwrites G. */
  backward(dLdf: Float64Array, G: Float64Array): void;
  /** weights ← weights − η·∇_W L, the gradient of `backward`, without handing it out. */
  descend(dLdf: Float64Array, stepSize: number): void;
  release(): void;
}

/** A pass on copies of X (n×d) and v (k); its weights start at zero. */
export function reluTrainingPass(x: Float64Array, v: Float64Array, n: number, k: number, d: number): ReluTrainingPass {
  checkLength(x, n * d, 'X');
  checkLength(v, k, 'v');
  return kernelBackend() === 'wasm' ? new WasmReluPass(x, v, n, k, d) : new JsReluPass(x, v, n, k, d);
}

/** The reference: the general kernels with an n×k φ′(Z) between the halves. */
class JsReluPass implements ReluTrainingPass {
  readonly weights: Float64Array;
  private dphi: Float64Array | null;
  private readonly gradient: Float64Array;
  private ready = false;

  private readonly x: Float64Array;
  private readonly v: Float64Array;

  constructor(x: Float64Array, v: Float64Array, private readonly n: number, private readonly k: number, private readonly d: number) {
    this.x = Float64Array.from(x); // copies, like the wasm pass: later changes to the caller's arrays do not leak in
    this.v = Float64Array.from(v);
    this.weights = new Float64Array(k * d);
    this.gradient = new Float64Array(k * d);
    this.dphi = new Float64Array(n * k);
  }

  forward(f: Float64Array): void {
    reluForward(this.x, this.weights, this.v, this.n, this.k, this.d, f, this.live());
    this.ready = true;
  }

  backward(dLdf: Float64Array, G: Float64Array): void {
    const dphi = this.live();
    if (!this.ready) throw new ValidationError('backward', 'call forward(f) first');
    checkLength(dLdf, this.n, 'dLdf');
    checkLength(G, this.k * this.d, 'G');
    G.fill(0);
    scaledTNAccumulate(dphi, dLdf, this.v, this.x, this.n, this.k, this.d, G);
  }

  descend(dLdf: Float64Array, stepSize: number): void {
    const { weights: W, gradient: G } = this;
    this.backward(dLdf, G);
    for (let p = 0; p < W.length; p++) W[p] -= stepSize * G[p];
  }

  release(): void {
    this.dphi = null;
  }

  private live(): Float64Array {
    if (this.dphi === null) throw new ValidationError('trainingPass', 'used after release()');
    return this.dphi;
  }
}

/** Row blocks of the forward pass (and list segments of the backward pass), unit blocks of the backward pass. */
const PASS_CHUNKS = 8;

class WasmReluPass implements ReluTrainingPass {
  readonly weights: Float64Array;
  private base: number | null;
  private readonly at: { x: number; v: number; w: number; f: number; g: number; grad: number; lists: number; counts: number };
  private ready = false;

  constructor(x: Float64Array, v: Float64Array, private readonly n: number, private readonly k: number, private readonly d: number) {
    // n·k i32 list slots take n·k/2 f64 slots, and so do the PASS_CHUNKS·k list lengths
    const o = reserve([n * d, k, k * d, n, n, k * d, Math.ceil((n * k) / 2), Math.ceil((PASS_CHUNKS * k) / 2)]);
    this.base = o[0];
    this.at = { x: o[0], v: o[1], w: o[2], f: o[3], g: o[4], grad: o[5], lists: o[6], counts: o[7] };
    const heap = heapView();
    heap.set(x, this.at.x / 8);
    heap.set(v, this.at.v / 8);
    heap.fill(0, this.at.w / 8, this.at.w / 8 + k * d);
    // a view stays valid when the memory grows: shared memory is never detached
    this.weights = new Float64Array(heap.buffer, this.at.w, k * d);
  }

  forward(f: Float64Array): void {
    const { n, k, d, at } = this;
    this.live();
    checkLength(f, n, 'f');
    const e = wasmExports();
    const run = (c: number) => e.relu_forward_lists(at.x, at.w, at.v, at.f, at.lists, at.counts, n, k, d, c, PASS_CHUNKS);
    if (n * k * d >= PARALLEL_MIN_WORK) shareChunks(4, [at.x, at.w, at.v, at.f, at.lists, at.counts, n, k, d, PASS_CHUNKS], PASS_CHUNKS, run);
    else for (let c = 0; c < PASS_CHUNKS; c++) run(c);
    f.set(heapView().subarray(at.f / 8, at.f / 8 + n));
    this.ready = true;
  }

  backward(dLdf: Float64Array, G: Float64Array): void {
    checkLength(G, this.k * this.d, 'G');
    this.gradientInPlace(dLdf);
    G.set(heapView().subarray(this.at.grad / 8, this.at.grad / 8 + this.k * this.d));
  }

  descend(dLdf: Float64Array, stepSize: number): void {
    this.gradientInPlace(dLdf);
    wasmExports().descend(this.at.w, this.at.grad, this.k * this.d, stepSize);
  }

  release(): void {
    if (this.base !== null) unreserve(this.base);
    this.base = null;
  }

  /** ∇_W L into the pass's gradient block. */
  private gradientInPlace(dLdf: Float64Array): void {
    const { n, k, d, at } = this;
    this.live();
    if (!this.ready) throw new ValidationError('backward', 'call forward(f) first');
    checkLength(dLdf, n, 'dLdf');
    const heap = heapView();
    heap.set(dLdf, at.g / 8);
    heap.fill(0, at.grad / 8, at.grad / 8 + k * d);
    const e = wasmExports();
    const run = (c: number) => e.relu_backward_lists(at.lists, at.counts, n, PASS_CHUNKS, at.g, at.v, at.x, at.grad, k, d, c, PASS_CHUNKS);
    if (n * k * d >= PARALLEL_MIN_WORK) shareChunks(5, [at.lists, at.counts, n, PASS_CHUNKS, at.g, at.v, at.x, at.grad, k, d, PASS_CHUNKS], PASS_CHUNKS, run);
    else for (let c = 0; c < PASS_CHUNKS; c++) run(c);
  }

  private live(): void {
    if (this.base === null) throw new ValidationError('trainingPass', 'used after release()');
  }
}
