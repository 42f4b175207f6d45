import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ValidationError } from './errors';
import { KERNELS_WASM_BASE64 } from './wasm/kernelsBinary';

/**
 * The two dense products every hot loop reduces to, on row-major Float64Arrays:
 * - gemmNT: C = A·Bᵀ (forward passes Z = XWᵀ, JVPs, Gram matrices, XXᵀ);
 * - gemmTNAccumulate: G += Cᵀ·X (backward passes and VJPs), skipping zero coefficients (inactive ReLU units).
 * Backend `wasm` runs them as WebAssembly SIMD (two doubles per instruction; src/wasm/kernels.wat) on a shared memory,
 * and large products are split with one helper thread (rows of A·Bᵀ, columns of Cᵀ·X). Backend `js` is the plain-loop
 * reference. Every output entry is summed in the same order whatever the split, so threaded and single-threaded results
 * are identical, and the two backends agree to round-off.
 */
export type KernelBackend = 'wasm' | 'js';

/** The parts of the WebAssembly JS API used here (this project's TypeScript lib set does not declare them). */
interface WasmMemory {
  readonly buffer: ArrayBufferLike;
  grow(pages: number): number;
}
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
  Memory: new (descriptor: { initial: number; maximum: number; shared: boolean }) => WasmMemory;
}
const WebAssemblyApi = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

interface WasmExports {
  gemm_nt(a: number, b: number, c: number, m: number, k: number, d: number): void;
  gemm_tn_acc(c: number, x: number, g: number, n: number, k: number, d: number, ldc: number): void;
  relu_forward(x: number, w: number, v: number, f: number, dm: number, m: number, k: number, d: number): void;
  scaled_tn_acc(dm: number, gv: number, v: number, x: number, g: number, n: number, k: number, d: number, ldd: number, idx: number): void;
  relu_forward_lists(x: number, w: number, v: number, f: number, lists: number, counts: number, n: number, k: number, d: number, chunk: number, chunks: number): void;
  relu_backward_lists(lists: number, counts: number, n: number, segments: number, gv: number, v: number, x: number, g: number, k: number, d: number, chunk: number, chunks: number): void;
  descend(w: number, g: number, len: number, eta: number): void;
}

interface Wasm {
  memory: WasmMemory;
  exports: WasmExports;
  bytes: Uint8Array;
}

/** Products smaller than this many multiply-adds stay on one thread (a hand-off costs tens of microseconds). */
const PARALLEL_MIN_WORK = 200_000;
const PAGE = 65536;

let wasm: Wasm | null | undefined;
let backend: KernelBackend | undefined;

function loadWasm(): Wasm | null {
  if (wasm !== undefined) return wasm;
  try {
    const bytes = Buffer.from(KERNELS_WASM_BASE64, 'base64');
    const api = WebAssemblyApi;
    if (api === undefined || !api.validate(bytes)) {
      wasm = null;
    } else {
      const memory = new api.Memory({ initial: 1, maximum: 65536, shared: true });
      const exports = new api.Instance(new api.Module(bytes), { env: { memory } }).exports as WasmExports;
      wasm = { memory, exports, bytes };
    }
  } catch {
    wasm = null; // an engine without SIMD or threads: the JS loops serve
  }
  return wasm;
}

/** The backend in use: `wasm` when the engine supports WebAssembly SIMD, else `js`; LABELNOISE_KERNELS=js forces the loops. */
export function kernelBackend(): KernelBackend {
  backend ??= process.env.LABELNOISE_KERNELS === 'js' || loadWasm() === null ? 'js' : 'wasm';
  return backend;
}

/** Chooses the backend (benchmarks and tests compare the two). */
export function setKernelBackend(choice: KernelBackend): void {
  if (choice !== 'js' && choice !== 'wasm') throw new ValidationError('backend', `expected "wasm" or "js", got ${JSON.stringify(choice)}`);
  if (choice === 'wasm' && loadWasm() === null) throw new ValidationError('backend', 'this engine has no WebAssembly SIMD');
  backend = choice;
}

/** Runs `work` on the given backend and restores the previous one (tests and benchmarks compare the two). */
export function withKernelBackend<T>(choice: KernelBackend, work: () => T): T {
  const before = kernelBackend();
  setKernelBackend(choice);
  try {
    return work();
  } finally {
    backend = before;
  }
}

// ---- the helper thread --------------------------------------------------------------------------------------------

/**
 * Control words shared with the helper: [0] task number, [1] last task done, [2] op, [3..13] arguments, [14] the next
 * chunk of a chunked op (both threads take chunks until none is left), [15] failed.
 */
const HELPER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { bytes, memory, control } = workerData;
const kernels = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } }).exports;
const words = new Int32Array(control);
function serve() {
  let seen = 0;
  for (;;) {
    Atomics.wait(words, 0, seen);
    seen = Atomics.load(words, 0);
    const a = words;
    try {
      switch (a[2]) {
        case 0: kernels.gemm_nt(a[3], a[4], a[5], a[6], a[7], a[8]); break;
        case 1: kernels.gemm_tn_acc(a[3], a[4], a[5], a[6], a[7], a[8], a[9]); break;
        case 2: kernels.relu_forward(a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10]); break;
        case 3: kernels.scaled_tn_acc(a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12]); break;
        case 4:
          for (let c; (c = Atomics.add(a, 14, 1)) < a[12]; ) kernels.relu_forward_lists(a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], c, a[12]);
          break;
        default:
          for (let c; (c = Atomics.add(a, 14, 1)) < a[13]; ) kernels.relu_backward_lists(a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], c, a[13]);
      }
    } catch {
      Atomics.store(words, 15, 1); // the waiting thread throws instead of waiting forever
    }
    Atomics.store(words, 1, seen);
    Atomics.notify(words, 1);
  }
}
serve();
`;

let helper: { words: Int32Array; task: number } | null | undefined;
let threadsWanted: boolean | undefined;

/** Whether large products use a second thread: yes on machines with ≥ 2 cores unless LABELNOISE_THREADS=1. */
export function kernelThreads(): number {
  threadsWanted ??= process.env.LABELNOISE_THREADS !== '1' && availableParallelism() >= 2;
  return threadsWanted && kernelBackend() === 'wasm' ? 2 : 1;
}

/** Turns the helper thread on or off (benchmarks compare one and two threads). */
export function setKernelThreads(threads: 1 | 2): void {
  if (threads !== 1 && threads !== 2) throw new ValidationError('threads', `expected 1 or 2, got ${JSON.stringify(threads)}`);
  threadsWanted = threads === 2;
}

function startHelper(w: Wasm): { words: Int32Array; task: number } | null {
  if (helper !== undefined) return helper;
  try {
    const control = new SharedArrayBuffer(16 * 4);
    const worker = new Worker(HELPER_SOURCE, { eval: true, workerData: { bytes: w.bytes, memory: w.memory, control } });
    worker.unref(); // an idle helper never keeps the process alive
    worker.on('error', () => (helper = null));
    helper = { words: new Int32Array(control), task: 0 };
  } catch {
    helper = null;
  }
  return helper;
}

/** Runs `mine` here while the helper runs its op with `args`, and returns when both are done. */
function split(op: 0 | 1 | 2 | 3, args: number[], mine: () => void): boolean {
  const h = kernelThreads() === 2 ? startHelper(wasm as Wasm) : null;
  if (h === null) return false;
  post(h, op, args);
  mine();
  waitFor(h);
  return true;
}

/**
 * Runs chunks 0…chunks−1 of a chunked op (args ending in the chunk count), taken by whichever thread is free next: a
 * thread slowed by the machine gets fewer chunks instead of holding the other up. Chunks write disjoint memory, so who
 * runs which changes no result.
 */
function shareChunks(op: 4 | 5, args: number[], chunks: number, run: (chunk: number) => void): void {
  const h = kernelThreads() === 2 ? startHelper(wasm as Wasm) : null;
  if (h === null) {
    for (let c = 0; c < chunks; c++) run(c);
    return;
  }
  Atomics.store(h.words, 14, 0);
  post(h, op, args);
  for (let c; (c = Atomics.add(h.words, 14, 1)) < chunks; ) run(c);
  waitFor(h);
}

function post(h: { words: Int32Array; task: number }, op: number, args: number[]): void {
  Atomics.store(h.words, 2, op);
  args.forEach((x, i) => Atomics.store(h.words, 3 + i, x));
  h.task++;
  Atomics.store(h.words, 0, h.task);
  Atomics.notify(h.words, 0);
}

function waitFor(h: { words: Int32Array; task: number }): void {
  for (let done = Atomics.load(h.words, 1); done !== h.task; done = Atomics.load(h.words, 1)) Atomics.wait(h.words, 1, done, 1000);
  if (Atomics.load(h.words, 15) !== 0) {
    helper = null;
    throw new Error('the kernel helper thread failed; set LABELNOISE_THREADS=1 to run on one thread');
  }
}

// ---- memory and the kernels -----------------------------------------------------------------------------------------

/**
 * Blocks kept in wasm memory across calls (a training pass's X and activation lists) sit below the scratch area that
 * every other call lays its arrays out in; `reservedEnd` is where the scratch area starts.
 */
const reservations = new Map<number, number>(); // offset → end, in bytes
let reservedEnd = 0;

function growTo(end: number): void {
  const w = wasm as Wasm;
  const have = w.memory.buffer.byteLength;
  if (end > have) w.memory.grow(Math.ceil((end - have) / PAGE));
}

/** Byte offsets of consecutive blocks of `sizes[b]` f64 slots from `start`, 16-byte aligned, growing the memory to fit. */
function blocksFrom(start: number, sizes: number[]): { offsets: number[]; end: number } {
  const offsets: number[] = [];
  let end = start;
  for (const size of sizes) {
    end = Math.ceil(end / 16) * 16;
    offsets.push(end);
    end += size * 8;
  }
  growTo(end);
  return { offsets, end };
}

function heapView(): Float64Array {
  return new Float64Array((wasm as Wasm).memory.buffer as ArrayBuffer);
}

/** Byte offsets of consecutive f64 blocks in the scratch area, for the duration of one call. */
function layout(sizes: number[]): { offsets: number[]; heap: Float64Array } {
  const { offsets } = blocksFrom(reservedEnd, sizes);
  return { offsets, heap: heapView() };
}

/** Reserves blocks that later calls must not overwrite, until `unreserve(offsets[0])`. */
function reserve(sizes: number[]): number[] {
  const { offsets, end } = blocksFrom(reservedEnd, sizes);
  reservations.set(offsets[0], end);
  reservedEnd = end;
  return offsets;
}

function unreserve(offset: number): void {
  reservations.delete(offset);
  reservedEnd = Math.max(0, ...reservations.values());
}

function wasmGemmNT(a: number, b: number, c: number, m: number, k: number, d: number): void {
  const w = (wasm as Wasm).exports;
  const half = m >> 1;
  if (m >= 2 && m * k * d >= PARALLEL_MIN_WORK && split(0, [a + half * d * 8, b, c + half * k * 8, m - half, k, d], () => w.gemm_nt(a, b, c, half, k, d))) return;
  w.gemm_nt(a, b, c, m, k, d);
}

function wasmGemmTN(c: number, x: number, g: number, n: number, k: number, d: number): void {
  const w = (wasm as Wasm).exports;
  const half = k >> 1;
  if (k >= 2 && n * k * d >= PARALLEL_MIN_WORK && split(1, [c + half * 8, x, g + half * d * 8, n, k - half, d, k], () => w.gemm_tn_acc(c, x, g, n, half, d, k))) return;
  w.gemm_tn_acc(c, x, g, n, k, d, k);
}

function wasmReluForward(x: number, w: number, v: number, f: number, dm: number, m: number, k: number, d: number): void {
  const e = (wasm as Wasm).exports;
  const half = m >> 1;
  if (m >= 2 && m * k * d >= PARALLEL_MIN_WORK && split(2, [x + half * d * 8, w, v, f + half * 8, dm + half * k * 8, m - half, k, d], () => e.relu_forward(x, w, v, f, dm, half, k, d))) return;
  e.relu_forward(x, w, v, f, dm, m, k, d);
}

/** `idx` is scratch for two lists of k column indices, one per thread. */
function wasmScaledTN(dm: number, gv: number, v: number, x: number, g: number, n: number, k: number, d: number, idx: number): void {
  const e = (wasm as Wasm).exports;
  const half = k >> 1;
  if (k >= 2 && n * k * d >= PARALLEL_MIN_WORK && split(3, [dm + half * 8, gv, v + half * 8, x, g + half * d * 8, n, k - half, d, k, idx + k * 4], () => e.scaled_tn_acc(dm, gv, v, x, g, n, half, d, k, idx))) return;
  e.scaled_tn_acc(dm, gv, v, x, g, n, k, d, k, idx);
}

function checkLength(array: ArrayLike<number>, length: number, field: string): void {
  if (array.length !== length) throw new ValidationError(field, `expected ${length} entries, got ${array.length}`);
}

let scratch = new Float64Array(0);
/** A reusable JS buffer for gemmNTInto on the js backend. */
function scratchOf(size: number): Float64Array {
  if (scratch.length < size) scratch = new Float64Array(size);
  return scratch.subarray(0, size);
}

/**
 * C = A·Bᵀ handed to `use` where it was computed (WebAssembly memory or a scratch buffer), so a forward pass can apply
 * its activation in place without copying m×k numbers out. The view is valid only during `use`, which must not call
 * another kernel.
 */
export function gemmNTInto<T>(a: Float64Array, b: Float64Array, m: number, k: number, d: number, use: (product: Float64Array) => T): T {
  checkLength(a, m * d, 'A');
  checkLength(b, k * d, 'B');
  if (kernelBackend() === 'wasm') {
    const { offsets, heap } = layout([m * d, k * d, m * k]);
    heap.set(a, offsets[0] / 8);
    heap.set(b, offsets[1] / 8);
    wasmGemmNT(offsets[0], offsets[1], offsets[2], m, k, d);
    return use(heap.subarray(offsets[2] / 8, offsets[2] / 8 + m * k));
  }
  return use(gemmNT(a, b, m, k, d, scratchOf(m * k)));
}

/**
 * The ReLU network's forward pass in one sweep: f_i = Σ_l v_l·max(z_il, 0) with Z = XWᵀ, and φ'(Z) = [Z > 0] into `dphi`
 * when given (n×k). No n×k array is walked by JavaScript, which matters on machines with slow memory.
 */
export function reluForward(x: Float64Array, w: Float64Array, v: Float64Array, n: number, k: number, d: number, f: Float64Array, dphi: Float64Array | null): void {
  checkLength(x, n * d, 'X');
  checkLength(w, k * d, 'W');
  checkLength(v, k, 'v');
  checkLength(f, n, 'f');
  if (dphi !== null) checkLength(dphi, n * k, 'dphi');
  if (kernelBackend() === 'wasm') {
    const { offsets, heap } = layout([n * d, k * d, k, n, n * k]);
    heap.set(x, offsets[0] / 8);
    heap.set(w, offsets[1] / 8);
    heap.set(v, offsets[2] / 8);
    wasmReluForward(offsets[0], offsets[1], offsets[2], offsets[3], offsets[4], n, k, d);
    f.set(heap.subarray(offsets[3] / 8, offsets[3] / 8 + n));
    if (dphi !== null) dphi.set(heap.subarray(offsets[4] / 8, offsets[4] / 8 + n * k));
    return;
  }
  const z = gemmNT(x, w, n, k, d, scratchOf(n * k));
  for (let i = 0; i < n; i++) {
    let fi = 0;
    for (let l = 0; l < k; l++) {
      const zil = z[i * k + l];
      fi += v[l] * (zil > 0 ? zil : 0);
      if (dphi !== null) dphi[i * k + l] = zil > 0 ? 1 : 0;
    }
    f[i] = fi;
  }
}

/**
 * G += (diag(g)·D·diag(v))ᵀ·X, the backward pass of f = vᵀφ(WX) with D = φ'(Z) (n×k): coefficient (g_i·v_l)·D_il formed
 * on the fly, zero ones skipped.
 */
export function scaledTNAccumulate(dphi: Float64Array, g: Float64Array, v: Float64Array, x: Float64Array, n: number, k: number, d: number, out: Float64Array): void {
  checkLength(dphi, n * k, 'dphi');
  checkLength(g, n, 'g');
  checkLength(v, k, 'v');
  checkLength(x, n * d, 'X');
  checkLength(out, k * d, 'G');
  if (kernelBackend() === 'wasm') {
    const { offsets, heap } = layout([n * k, n, k, n * d, k * d, k]); // the last block: 2k i32 index slots
    heap.set(dphi, offsets[0] / 8);
    heap.set(g, offsets[1] / 8);
    heap.set(v, offsets[2] / 8);
    heap.set(x, offsets[3] / 8);
    heap.set(out, offsets[4] / 8);
    wasmScaledTN(offsets[0], offsets[1], offsets[2], offsets[3], offsets[4], n, k, d, offsets[5]);
    out.set(heap.subarray(offsets[4] / 8, offsets[4] / 8 + k * d));
    return;
  }
  for (let i = 0; i < n; i++) {
    const gi = g[i];
    const xo = i * d;
    for (let l = 0; l < k; l++) {
      const coef = gi * v[l] * dphi[i * k + l];
      if (coef === 0) continue;
      const go = l * d;
      for (let j = 0; j < d; j++) out[go + j] += coef * x[xo + j];
    }
  }
}

/** C = A·Bᵀ with A m×d and B k×d row-major; returns C (m×k), written into `out` when given. */
export function gemmNT(a: Float64Array, b: Float64Array, m: number, k: number, d: number, out = new Float64Array(m * k)): Float64Array {
  checkLength(a, m * d, 'A');
  checkLength(b, k * d, 'B');
  checkLength(out, m * k, 'out');
  if (kernelBackend() === 'wasm') {
    const same = a === b;
    const { offsets, heap } = layout(same ? [m * d, 0, m * k] : [m * d, k * d, m * k]);
    heap.set(a, offsets[0] / 8);
    if (!same) heap.set(b, offsets[1] / 8);
    wasmGemmNT(offsets[0], same ? offsets[0] : offsets[1], offsets[2], m, k, d);
    out.set(heap.subarray(offsets[2] / 8, offsets[2] / 8 + m * k));
    return out;
  }
  const d4 = d - (d % 4);
  for (let i = 0; i < m; i++) {
    const ao = i * d;
    for (let l = 0; l < k; l++) {
      const bo = l * d;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      let j = 0;
      for (; j < d4; j += 4) {
        s0 += a[ao + j] * b[bo + j];
        s1 += a[ao + j + 1] * b[bo + j + 1];
        s2 += a[ao + j + 2] * b[bo + j + 2];
        s3 += a[ao + j + 3] * b[bo + j + 3];
      }
      let s = s0 + s1 + (s2 + s3);
      for (; j < d; j++) s += a[ao + j] * b[bo + j];
      out[i * k + l] = s;
    }
  }
  return out;
}

/** G += Cᵀ·X with C n×k, X n×d and G k×d row-major; zero entries of C cost nothing. */
export function gemmTNAccumulate(c: Float64Array, x: Float64Array, n: number, k: number, d: number, g: Float64Array): void {
  checkLength(c, n * k, 'C');
  checkLength(x, n * d, 'X');
  checkLength(g, k * d, 'G');
  if (kernelBackend() === 'wasm') {
    const { offsets, heap } = layout([n * k, n * d, k * d]);
    heap.set(c, offsets[0] / 8);
    heap.set(x, offsets[1] / 8);
    heap.set(g, offsets[2] / 8);
    wasmGemmTN(offsets[0], offsets[1], offsets[2], n, k, d);
    g.set(heap.subarray(offsets[2] / 8, offsets[2] / 8 + k * d));
    return;
  }
  for (let i = 0; i < n; i++) {
    const xo = i * d;
    const co = i * k;
    for (let l = 0; l < k; l++) {
      const coef = c[co + l];
      if (coef === 0) continue;
      const go = l * d;
      for (let j = 0; j < d; j++) g[go + j] += coef * x[xo + j];
    }
  }
}

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

  constructor(private readonly x: Float64Array, private readonly v: Float64Array, private readonly n: number, private readonly k: number, private readonly d: number) {
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
    const e = (wasm as Wasm).exports;
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
    (wasm as Wasm).exports.descend(this.at.w, this.at.grad, this.k * this.d, stepSize);
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
    const e = (wasm as Wasm).exports;
    const run = (c: number) => e.relu_backward_lists(at.lists, at.counts, n, PASS_CHUNKS, at.g, at.v, at.x, at.grad, k, d, c, PASS_CHUNKS);
    if (n * k * d >= PARALLEL_MIN_WORK) shareChunks(5, [at.lists, at.counts, n, PASS_CHUNKS, at.g, at.v, at.x, at.grad, k, d, PASS_CHUNKS], PASS_CHUNKS, run);
    else for (let c = 0; c < PASS_CHUNKS; c++) run(c);
  }

  private live(): void {
    if (this.base === null) throw new ValidationError('trainingPass', 'used after release()');
  }
}
