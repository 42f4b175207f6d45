import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ValidationError } from '../../core/errors';
import { KERNELS_WASM_BASE64 } from './kernelsBinary';
import { loadNative, nativeFailure, type NativeBlas, type NativeLibraryInfo } from '../native/blas';

/**
 * Where the kernels run: choosing the backend, loading the WebAssembly module (kernels.wat, shipped as base64), the
 * module's shared memory (scratch laid out per call, blocks reserved across calls) and the one helper thread that runs
 * the same kernels on another part of the same arrays. src/linalg/kernels.ts and src/linalg/trainingPass.ts call them.
 *
 * Backends: `blas` = the system's OpenBLAS/LAPACKE through koffi (src/linalg/native/blas.ts) for every product and
 * decomposition, with the fused passes BLAS cannot express (ReLU activation lists, softplus over Z) in WebAssembly;
 * `wasm` = WebAssembly SIMD for everything, ml-matrix for decompositions; `js` = the plain-loop reference.
 * Chosen once at start-up: LABELNOISE_KERNELS=blas|wasm|js forces one, else blas when the libraries load, else wasm
 * when the engine has WebAssembly SIMD, else js.
 */
export type KernelBackend = 'blas' | 'wasm' | 'js';
export const KERNEL_BACKENDS: readonly KernelBackend[] = ['blas', 'wasm', 'js'];

/**
 * Operation codes of the helper thread (the worker's switch below and the callers in kernels.ts/trainingPass.ts share
 * these names, so a code means one thing in both).
 */
export const OP = {
  gemmNT: 0,
  gemmTNAccumulate: 1,
  reluForward: 2,
  scaledTNAccumulate: 3,
  reluForwardLists: 4,
  reluBackwardLists: 5,
  gemmSequential: 6,
  softplusPass: 7,
  softplusDerivativePass: 8,
} as const;
export type OpCode = (typeof OP)[keyof typeof OP];

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

export interface WasmExports {
  gemm_nt(a: number, b: number, c: number, m: number, k: number, d: number): void;
  gemm_tn_acc(c: number, x: number, g: number, n: number, k: number, d: number, ldc: number): void;
  relu_forward(x: number, w: number, v: number, f: number, dm: number, m: number, k: number, d: number): void;
  scaled_tn_acc(dm: number, gv: number, v: number, x: number, g: number, n: number, k: number, d: number, ldd: number, idx: number): void;
  relu_forward_lists(
    x: number,
    w: number,
    v: number,
    f: number,
    lists: number,
    counts: number,
    n: number,
    k: number,
    d: number,
    chunk: number,
    chunks: number,
  ): void;
  relu_backward_lists(
    lists: number,
    counts: number,
    n: number,
    segments: number,
    gv: number,
    v: number,
    x: number,
    g: number,
    k: number,
    d: number,
    chunk: number,
    chunks: number,
  ): void;
  descend(w: number, g: number, len: number, eta: number): void;
  reciprocal_product_sum(e: number, c: number, f: number, w: number, np: number, nq: number): number;
  scale_rows(x: number, s: number, out: number, n: number, d: number): void;
  add_scaled_columns(out: number, s: number, pt: number, k: number, d: number): void;
  hadamard_mirror_rows(g: number, blk: number, m: number, i0: number, i1: number): void;
  relu_in_place(x: number, len: number): void;
  row_dots(x: number, y: number, out: number, n: number, d: number): void;
  all_finite(x: number, len: number): number;
  gemm_seq(a: number, bt: number, c: number, m: number, k: number, d: number): void;
  softplus_pass(z: number, dphi: number, len: number): void;
  softplus_derivative_pass(z: number, dphi: number, len: number): void;
  relu_rows(z: number, v: number, f: number, n: number, k: number): void;
  exp_f64(x: number, out: number, len: number): void;
  log1p_f64(x: number, out: number, len: number): void;
  /** The first byte above the module's constant tables (the exp and log1p tables at the bottom of its memory). */
  heap_base: { value: number };
}

interface Wasm {
  memory: WasmMemory;
  exports: WasmExports;
  bytes: Uint8Array;
}

/** Products smaller than this many multiply-adds stay on one thread (a hand-off costs tens of microseconds). */
export const PARALLEL_MIN_WORK = 200_000;
const PAGE = 65536;

let wasm: Wasm | null | undefined;
/** Below heapBase sit the module's constant tables (its data segments); no array is laid out there. */
let heapBase = 0;
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
      heapBase = reservedEnd = exports.heap_base.value;
    }
  } catch {
    wasm = null; // an engine without SIMD or threads: the JS loops serve
  }
  return wasm;
}

function chooseBackend(): KernelBackend {
  const forced = process.env.LABELNOISE_KERNELS;
  if (forced === undefined || forced === '') return loadNative() !== null ? 'blas' : loadWasm() !== null ? 'wasm' : 'js';
  if (forced === 'js') return 'js';
  if (forced === 'wasm') return loadWasm() !== null ? 'wasm' : 'js';
  if (forced === 'blas') {
    if (loadNative() === null) throw new Error(`LABELNOISE_KERNELS=blas, but the native backend does not load: ${nativeFailure()}`);
    return 'blas';
  }
  throw new ValidationError('LABELNOISE_KERNELS', `expected blas, wasm or js, got ${JSON.stringify(forced)}`);
}

/**
 * The backend in use: `blas` when koffi and the system's OpenBLAS/LAPACKE load, else `wasm` when the engine supports
 * WebAssembly SIMD, else `js`; LABELNOISE_KERNELS=blas|wasm|js forces one (forcing blas where it cannot load throws,
 * naming what was searched).
 */
export function kernelBackend(): KernelBackend {
  if (backend === undefined) {
    backend = chooseBackend();
    if (backend === 'blas') applyNativeThreads(); // LABELNOISE_THREADS=1 holds for OpenBLAS from the first call on
  }
  return backend;
}

/** Chooses the backend (benchmarks and tests compare them). */
export function setKernelBackend(choice: KernelBackend): void {
  if (!KERNEL_BACKENDS.includes(choice)) throw new ValidationError('backend', `expected "blas", "wasm" or "js", got ${JSON.stringify(choice)}`);
  if (choice === 'wasm' && loadWasm() === null) throw new ValidationError('backend', 'this engine has no WebAssembly SIMD');
  if (choice === 'blas' && loadNative() === null) throw new ValidationError('backend', `the native backend does not load: ${nativeFailure()}`);
  if (choice === 'blas') applyNativeThreads();
  backend = choice;
}

/** Runs `work` on the given backend and restores the previous one (tests and benchmarks compare them). */
export function withKernelBackend<T>(choice: KernelBackend, work: () => T): T {
  const before = kernelBackend();
  setKernelBackend(choice);
  try {
    return work();
  } finally {
    backend = before;
  }
}

/** Which backends load here (the js loops always do). */
export function availableKernelBackends(): KernelBackend[] {
  return KERNEL_BACKENDS.filter((b) => (b === 'blas' ? loadNative() !== null : b === 'wasm' ? loadWasm() !== null : true));
}

/** Whether the fused passes (ReLU activation lists, softplus over Z, the MLP's ordered products) run in WebAssembly. */
export function fusedInWasm(): boolean {
  return kernelBackend() !== 'js' && loadWasm() !== null;
}

/** The native routines; only for a caller on the blas backend. */
export function native(): NativeBlas {
  return loadNative() as NativeBlas;
}

export interface LinalgBackendInfo {
  backend: KernelBackend;
  threads: number;
  /** The native libraries in use (blas backend), else why they are not (empty when not tried). */
  library?: NativeLibraryInfo;
  unavailable?: string;
}

/** What runs the linear algebra, for provenance: the backend, its threads and (blas) the libraries and OpenBLAS core. */
export function linalgBackend(): LinalgBackendInfo {
  const b = kernelBackend();
  const lib = b === 'blas' ? loadNative() : null;
  return {
    backend: b,
    threads: kernelThreads(),
    ...(lib !== null ? { library: lib.info } : {}),
    ...(b !== 'blas' && nativeFailure() !== '' ? { unavailable: nativeFailure() } : {}),
  };
}

/**
 * The native libraries in one line, for `labelnoise --version` and report provenance: e.g. "libopenblas.so.0 + liblapacke.so.3,
 * OpenBLAS SkylakeX" or "libmkl_rt.so, MKL"; null off the blas backend.
 */
export function linalgLibraryText(): string | null {
  const lib = linalgBackend().library;
  if (lib === undefined) return null;
  const files = lib.lapack === lib.blas ? lib.blas : `${lib.blas} + ${lib.lapack}`;
  return `${files}, ${lib.core === 'MKL' ? 'MKL' : `OpenBLAS ${lib.core}`}`;
}

// ---- the helper thread --------------------------------------------------------------------------------------------

/**
 * Control words shared with the helper: [0] task number, [1] last task done, [2] op, [3..13] arguments, [14] the next
 * chunk of a chunked op (both threads take chunks until none is left), [15] failed.
 */
const HELPER_SOURCE = `
const OP = ${JSON.stringify(OP)};
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
        case OP.gemmNT: kernels.gemm_nt(a[3], a[4], a[5], a[6], a[7], a[8]); break;
        case OP.gemmTNAccumulate: kernels.gemm_tn_acc(a[3], a[4], a[5], a[6], a[7], a[8], a[9]); break;
        case OP.reluForward: kernels.relu_forward(a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10]); break;
        case OP.scaledTNAccumulate: kernels.scaled_tn_acc(a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12]); break;
        case OP.reluForwardLists:
          for (let c; (c = Atomics.add(a, 14, 1)) < a[12]; ) kernels.relu_forward_lists(a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], c, a[12]);
          break;
        case OP.reluBackwardLists:
          for (let c; (c = Atomics.add(a, 14, 1)) < a[13]; ) kernels.relu_backward_lists(a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], c, a[13]);
          break;
        case OP.gemmSequential: kernels.gemm_seq(a[3], a[4], a[5], a[6], a[7], a[8]); break;
        case OP.softplusPass: kernels.softplus_pass(a[3], a[4], a[5]); break;
        case OP.softplusDerivativePass: kernels.softplus_derivative_pass(a[3], a[4], a[5]); break;
        default: throw new Error('unknown op ' + a[2]);
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

let nativeThreadsDefault: number | undefined;

function wantThreads(): boolean {
  threadsWanted ??= process.env.LABELNOISE_THREADS !== '1' && availableParallelism() >= 2;
  return threadsWanted;
}

/** OpenBLAS's threads follow LABELNOISE_THREADS=1 and setKernelThreads(1); else its own count (OPENBLAS_NUM_THREADS or the cores). */
function applyNativeThreads(): void {
  const lib = loadNative();
  if (lib === null) return;
  nativeThreadsDefault ??= lib.threads();
  lib.setThreads(wantThreads() ? Math.max(1, nativeThreadsDefault) : 1);
}

/**
 * Threads of the kernels: on wasm, 2 (a helper thread) on machines with ≥ 2 cores unless LABELNOISE_THREADS=1; on blas,
 * OpenBLAS's thread count (1 with LABELNOISE_THREADS=1); on js, 1.
 */
export function kernelThreads(): number {
  const b = kernelBackend();
  if (b === 'blas') {
    if (nativeThreadsDefault === undefined) applyNativeThreads();
    return native().threads();
  }
  return wantThreads() && b === 'wasm' ? 2 : 1;
}

/** Turns the helper thread (and OpenBLAS's threads) to one or back on (benchmarks compare one and two threads). */
export function setKernelThreads(threads: 1 | 2): void {
  if (threads !== 1 && threads !== 2) throw new ValidationError('threads', `expected 1 or 2, got ${JSON.stringify(threads)}`);
  threadsWanted = threads === 2;
  if (loadNative() !== null && nativeThreadsDefault !== undefined) applyNativeThreads();
}

/** Whether the WebAssembly helper thread is used (wasm and blas backends, ≥ 2 cores, not LABELNOISE_THREADS=1). */
function helperWanted(): boolean {
  return wantThreads() && fusedInWasm();
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
export function split(op: OpCode, args: number[], mine: () => void): boolean {
  const h = helperWanted() ? startHelper(wasm as Wasm) : null;
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
export function shareChunks(op: typeof OP.reluForwardLists | typeof OP.reluBackwardLists, args: number[], chunks: number, run: (chunk: number) => void): void {
  const h = helperWanted() ? startHelper(wasm as Wasm) : null;
  if (h === null) {
    for (let c = 0; c < chunks; c++) run(c);
    return;
  }
  Atomics.store(h.words, 14, 0);
  post(h, op, args);
  for (let c; (c = Atomics.add(h.words, 14, 1)) < chunks;) run(c);
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

// ---- memory -----------------------------------------------------------------------------------------------------------

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

export function heapView(): Float64Array {
  return new Float64Array((wasm as Wasm).memory.buffer as ArrayBuffer);
}

/** The caller of layoutKept whose blocks nothing has been laid over since (null after any other layout or reservation). */
let keptOwner: object | null = null;
let keptKey = '';

/** Byte offsets of consecutive f64 blocks in the scratch area, for the duration of one call. */
export function layout(sizes: number[]): { offsets: number[]; heap: Float64Array } {
  keptOwner = null;
  const { offsets } = blocksFrom(reservedEnd, sizes);
  return { offsets, heap: heapView() };
}

/**
 * layout() for a caller that leaves data in its blocks for its own next call (an operator's X between the JVPs and
 * VJPs of an iterative solver): `kept` is true when the previous layout of the scratch area was this owner's, with the
 * same sizes at the same place, so the blocks still hold what it left there.
 */
export function layoutKept(owner: object, sizes: number[]): { offsets: number[]; heap: Float64Array; kept: boolean } {
  const key = `${reservedEnd}:${sizes.join(',')}`;
  const kept = keptOwner === owner && keptKey === key;
  const { offsets } = blocksFrom(reservedEnd, sizes);
  keptOwner = owner;
  keptKey = key;
  return { offsets, heap: heapView(), kept };
}

/** Reserves blocks that later calls must not overwrite, until `unreserve(offsets[0])`. */
export function reserve(sizes: number[]): number[] {
  keptOwner = null;
  const { offsets, end } = blocksFrom(reservedEnd, sizes);
  reservations.set(offsets[0], end);
  reservedEnd = end;
  return offsets;
}

export function unreserve(offset: number): void {
  keptOwner = null;
  reservations.delete(offset);
  reservedEnd = Math.max(heapBase, ...reservations.values());
}

/** The kernels' exports; only for a caller for whom fusedInWasm() (or kernelBackend() === 'wasm') holds. */
export function wasmExports(): WasmExports {
  return (wasm as Wasm).exports;
}
