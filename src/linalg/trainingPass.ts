import { ValidationError } from '../core/errors';
import { blasScaledTN, checkLength, reluForward, scaledTNAccumulate, softplusPass } from './kernels';
import { fusedInWasm, heapView, kernelBackend, native, OP, PARALLEL_MIN_WORK, reserve, shareChunks, unreserve, wasmExports } from './wasm/runtime';

/**
 * Forward and backward passes on fixed training inputs X (n×d) that keep, between the two, what the backward pass needs,
 * with weights of their own. Gradient-descent loops make one per run (`TwoLayerNet.trainingPass`), step it with
 * `forward` and `descend`, and `release` it.
 */
export interface TrainingPass {
  /**
   * W (k×d row-major): the pass's own weights, which `forward` reads and `descend` updates; write into it to start from
   * other weights. On the wasm backend a view of kernel memory, valid until `release`.
   */
  readonly weights: Float64Array;
  /** Predictions f(W, x_i) into f (n). */
  forward(f: Float64Array): void;
  /** G = ∇_W L (k×d) from ∂L/∂f, at the weights of the last `forward`; overwrites G. */
  backward(dLdf: Float64Array, G: Float64Array): void;
  /** weights ← weights − η·∇_W L, the gradient of `backward`, without handing it out. */
  descend(dLdf: Float64Array, stepSize: number): void;
  /** Hands back the memory the pass holds. */
  release(): void;
}

/**
 * The general pass: `forward(W, f, dphi)` writes the predictions and φ′(Z) (n×k), `backward(dLdf, dphi, G)` adds the
 * gradient into G from it. Any activation; ReLU on the js backend.
 */
export function bufferedTrainingPass(
  n: number,
  k: number,
  d: number,
  forward: (W: Float64Array, f: Float64Array, dphi: Float64Array) => void,
  backward: (dLdf: Float64Array, dphi: Float64Array, G: Float64Array) => void,
): TrainingPass {
  const weights = new Float64Array(k * d);
  const gradient = new Float64Array(k * d);
  let dphi: Float64Array | null = new Float64Array(n * k);
  let ready = false;
  const live = (): Float64Array => {
    if (dphi === null) throw new ValidationError('trainingPass', 'used after release()');
    return dphi;
  };
  const pass: TrainingPass = {
    weights,
    forward: (f) => {
      checkLength(f, n, 'f');
      forward(weights, f, live());
      ready = true;
    },
    backward: (dLdf, G) => {
      const buffer = live();
      if (!ready) throw new ValidationError('backward', 'call forward(f) first');
      checkLength(dLdf, n, 'dLdf');
      checkLength(G, k * d, 'G');
      G.fill(0);
      backward(dLdf, buffer, G);
    },
    descend: (dLdf, stepSize) => {
      pass.backward(dLdf, gradient);
      for (let p = 0; p < weights.length; p++) weights[p] -= stepSize * gradient[p];
    },
    release: () => {
      dphi = null;
    },
  };
  return pass;
}

/**
 * A training step of the ReLU network f = vᵀ·relu(W·x) on copies of X (n×d) and v (k); its weights start at zero.
 * On the wasm backend X, v, W and the activation pattern live in WebAssembly memory for the pass's life: the forward
 * pass records, for every hidden unit, the list of rows that activate it, and the backward pass touches only those
 * (row, unit) pairs (a step copies 2n numbers, not an n×k φ′(Z) twice). Results equal reluForward and
 * scaledTNAccumulate (and the JS update w − η·g) bit for bit. On the blas backend Z = XWᵀ and G = CᵀX are dgemm calls
 * with the ReLU sweeps between them in WebAssembly (BlasReluPass, again equal to reluForward / scaledTNAccumulate bit
 * for bit); on the js backend it is the buffered pass over them.
 */
export function reluTrainingPass(x: Float64Array, v: Float64Array, n: number, k: number, d: number): TrainingPass {
  checkLength(x, n * d, 'X');
  checkLength(v, k, 'v');
  if (kernelBackend() === 'wasm') return new WasmReluPass(x, v, n, k, d);
  if (kernelBackend() === 'blas' && fusedInWasm()) return new BlasReluPass(x, v, n, k, d);
  const X = Float64Array.from(x); // copies, like the wasm pass: later changes to the caller's arrays do not leak in
  const V = Float64Array.from(v);
  return bufferedTrainingPass(
    n,
    k,
    d,
    (W, f, dphi) => reluForward(X, W, V, n, k, d, f, dphi),
    (dLdf, dphi, G) => scaledTNAccumulate(dphi, dLdf, V, X, n, k, d, G),
  );
}

/** Row blocks of the forward pass (and list segments of the backward pass), unit blocks of the backward pass. */
const PASS_CHUNKS = 8;

/** Offsets (bytes) of the blocks every fused pass keeps in reserved WebAssembly memory. */
interface ReservedPassLayout {
  x: number;
  v: number;
  w: number;
  f: number;
  g: number;
  grad: number;
}

/**
 * What the fused passes (ReLU on wasm and blas, softplus on blas) share: X, v, W, f, the loss gradient g and ∇_W L in
 * reserved WebAssembly memory, W descended in place; each pass says how it computes f and ∇_W L.
 */
abstract class ReservedPass implements TrainingPass {
  readonly weights: Float64Array;
  private base: number | null;
  protected ready = false;

  protected constructor(
    protected readonly n: number,
    protected readonly k: number,
    protected readonly d: number,
    protected readonly at: ReservedPassLayout,
    x: Float64Array,
    v: Float64Array,
  ) {
    // the block reserved first (X) is where the reservation starts
    this.base = at.x;
    const heap = heapView();
    heap.set(x, at.x / 8);
    heap.set(v, at.v / 8);
    heap.fill(0, at.w / 8, at.w / 8 + k * d);
    // a view stays valid when the memory grows: shared memory is never detached
    this.weights = new Float64Array(heap.buffer, at.w, k * d);
  }

  abstract forward(f: Float64Array): void;

  /** ∇_W L into the gradient block, from dLdf already copied into g. */
  protected abstract gradient(): void;

  backward(dLdf: Float64Array, G: Float64Array): void {
    checkLength(G, this.k * this.d, 'G');
    this.gradientInPlace(dLdf);
    G.set(this.view(this.at.grad, this.k * this.d));
  }

  descend(dLdf: Float64Array, stepSize: number): void {
    this.gradientInPlace(dLdf);
    wasmExports().descend(this.at.w, this.at.grad, this.k * this.d, stepSize);
  }

  release(): void {
    if (this.base !== null) unreserve(this.base);
    this.base = null;
  }

  protected view(offset: number, length: number): Float64Array {
    return new Float64Array(heapView().buffer, offset, length);
  }

  protected live(): void {
    if (this.base === null) throw new ValidationError('trainingPass', 'used after release()');
  }

  private gradientInPlace(dLdf: Float64Array): void {
    this.live();
    if (!this.ready) throw new ValidationError('backward', 'call forward(f) first');
    checkLength(dLdf, this.n, 'dLdf');
    this.view(this.at.g, this.n).set(dLdf);
    this.view(this.at.grad, this.k * this.d).fill(0);
    this.gradient();
  }
}

/** The ReLU pass on the wasm backend: per hidden unit the list of inputs that activate it, walked by the backward pass. */
class WasmReluPass extends ReservedPass {
  private readonly lists: number;
  private readonly counts: number;

  constructor(x: Float64Array, v: Float64Array, n: number, k: number, d: number) {
    // n·k i32 list slots take n·k/2 f64 slots, and so do the PASS_CHUNKS·k list lengths
    const o = reserve([n * d, k, k * d, n, n, k * d, Math.ceil((n * k) / 2), Math.ceil((PASS_CHUNKS * k) / 2)]);
    super(n, k, d, { x: o[0], v: o[1], w: o[2], f: o[3], g: o[4], grad: o[5] }, x, v);
    this.lists = o[6];
    this.counts = o[7];
  }

  forward(f: Float64Array): void {
    const { n, k, d, at, lists, counts } = this;
    this.live();
    checkLength(f, n, 'f');
    const e = wasmExports();
    const run = (c: number) => e.relu_forward_lists(at.x, at.w, at.v, at.f, lists, counts, n, k, d, c, PASS_CHUNKS);
    if (n * k * d >= PARALLEL_MIN_WORK) shareChunks(OP.reluForwardLists, [at.x, at.w, at.v, at.f, lists, counts, n, k, d, PASS_CHUNKS], PASS_CHUNKS, run);
    else for (let c = 0; c < PASS_CHUNKS; c++) run(c);
    f.set(this.view(at.f, n));
    this.ready = true;
  }

  protected gradient(): void {
    const { n, k, d, at, lists, counts } = this;
    const e = wasmExports();
    const run = (c: number) => e.relu_backward_lists(lists, counts, n, PASS_CHUNKS, at.g, at.v, at.x, at.grad, k, d, c, PASS_CHUNKS);
    if (n * k * d >= PARALLEL_MIN_WORK)
      shareChunks(OP.reluBackwardLists, [lists, counts, n, PASS_CHUNKS, at.g, at.v, at.x, at.grad, k, d, PASS_CHUNKS], PASS_CHUNKS, run);
    else for (let c = 0; c < PASS_CHUNKS; c++) run(c);
  }
}

/**
 * What the blas passes share: X, v, W, Z, f, g and ∇_W L in WebAssembly memory; Z = XWᵀ by dgemm, an activation sweep
 * over it that writes f, then ∇_W L = diag(v)·φ′(Z)ᵀ·(diag(g)·X) by blasScaledTN (one dgemm, no n×k coefficient matrix):
 * the same operations as reluForward / softplusForward and scaledTNAccumulate on this backend, so the same bits. Each
 * pass says how it sweeps Z and where φ′ lies.
 */
abstract class BlasPass extends ReservedPass {
  protected readonly z: number;
  /** diag(g)·X (n×d), a factor of the backward product, and that product (diag(g)·X)ᵀ·φ′(Z) (d×k). */
  private readonly gx: number;
  private readonly product: number;
  /** Offsets of the pass's own extra n×k blocks. */
  protected readonly extra: number[];

  protected constructor(x: Float64Array, v: Float64Array, n: number, k: number, d: number, extraBlocks: number) {
    const o = reserve([n * d, k, k * d, n * k, n, n, n * d, k * d, k * d, ...Array.from({ length: extraBlocks }, () => n * k)]);
    super(n, k, d, { x: o[0], v: o[1], w: o[2], f: o[4], g: o[5], grad: o[7] }, x, v);
    this.z = o[3];
    this.gx = o[6];
    this.product = o[8];
    this.extra = o.slice(9);
  }

  /** f into the f block from Z (the z block, n×k, written by the forward product). */
  protected abstract activate(z: Float64Array): void;

  /** Offset of the n×k block that holds φ′(Z) after `activate`. */
  protected abstract derivative(): number;

  forward(f: Float64Array): void {
    const { n, k, d, at } = this;
    this.live();
    checkLength(f, n, 'f');
    const z = this.view(this.z, n * k);
    if (n > 0 && k > 0) native().dgemm(false, true, n, k, d, 1, this.view(at.x, n * d), d, this.view(at.w, k * d), d, 0, z, k);
    else z.fill(0);
    this.activate(z);
    f.set(this.view(at.f, n));
    this.ready = true;
  }

  protected gradient(): void {
    const { n, k, d, at } = this;
    const dphi = this.view(this.derivative(), n * k);
    // added into the zero-filled gradient block, exactly as scaledTNAccumulate adds into a zeroed G
    blasScaledTN(
      { dphi, g: this.view(at.g, n), v: this.view(at.v, k), x: this.view(at.x, n * d), n, k, d, out: this.view(at.grad, k * d) },
      {
        gx: this.view(this.gx, n * d),
        product: this.view(this.product, k * d),
        offsets: { g: at.g, v: at.v, x: at.x, out: at.grad, gx: this.gx, product: this.product },
      },
    );
  }
}

/** ReLU on blas: relu_rows writes f and leaves φ′ = [Z > 0] in Z. */
class BlasReluPass extends BlasPass {
  constructor(x: Float64Array, v: Float64Array, n: number, k: number, d: number) {
    super(x, v, n, k, d, 0);
  }

  protected activate(): void {
    wasmExports().relu_rows(this.z, this.at.v, this.at.f, this.n, this.k);
  }

  protected derivative(): number {
    return this.z;
  }
}

/**
 * A training step of the softplus network f = vᵀ·softplus(W·x) on the blas backend with X, v, W, Z = XWᵀ and φ′(Z)
 * kept in WebAssembly memory between the passes: dgemm for Z, the vectorised softplus pass in place (φ(Z) over Z, φ′
 * beside it), dgemv for f, then the factored backward product for ∇_W L, so a step copies no n×k array. The same kernels
 * as softplusForward and scaledTNAccumulate in the same order, so the same numbers bit for bit. Elsewhere null (the
 * caller runs the buffered pass).
 */
export function softplusTrainingPass(x: Float64Array, v: Float64Array, n: number, k: number, d: number): TrainingPass | null {
  checkLength(x, n * d, 'X');
  checkLength(v, k, 'v');
  return kernelBackend() === 'blas' && fusedInWasm() ? new BlasSoftplusPass(x, v, n, k, d) : null;
}

class BlasSoftplusPass extends BlasPass {
  constructor(x: Float64Array, v: Float64Array, n: number, k: number, d: number) {
    super(x, v, n, k, d, 1); // the extra block holds φ′(Z)
  }

  protected activate(z: Float64Array): void {
    const { n, k, at } = this;
    softplusPass(this.z, this.extra[0], n * k); // φ(Z) over Z, φ′(Z) into the extra block
    const out = this.view(at.f, n);
    if (n > 0 && k > 0) native().dgemv(false, n, k, 1, z, k, this.view(at.v, k), 0, out);
    else out.fill(0);
  }

  protected derivative(): number {
    return this.extra[0];
  }
}
