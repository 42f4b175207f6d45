import { ValidationError } from '../core/errors';
import { fusedInWasm, kernelBackend, layout, native, OP, PARALLEL_MIN_WORK, split, wasmExports } from './wasm/runtime';

export { kernelBackend, kernelThreads, setKernelBackend, setKernelThreads, withKernelBackend, type KernelBackend } from './wasm/runtime';

/**
 * The dense products every hot loop reduces to, on row-major Float64Arrays:
 * - gemmNT: C = A·Bᵀ (forward passes Z = XWᵀ, JVPs, Gram matrices, XXᵀ);
 * - gemmTNAccumulate: G += Cᵀ·X (backward passes and VJPs), skipping zero coefficients (inactive ReLU units);
 * - reluForward / scaledTNAccumulate: the ReLU network's fused forward pass and its backward pass;
 * - gemmSequential: C = A·B summed in plain index order, for code whose results must equal a naive loop's (the MLP).
 * Backend `blas` runs the plain products (gemmNT, gemmTNAccumulate) as OpenBLAS dgemm/dsyrk and the fused ones
 * (reluForward, scaledTNAccumulate, gemmSequential, whose summation order is part of their contract) in WebAssembly.
 * Backend `wasm` (src/linalg/wasm/runtime.ts) runs them as WebAssembly SIMD (two doubles per instruction; src/linalg/wasm/kernels.wat)
 * on a shared memory, and large products are split with one helper thread (rows of A·Bᵀ, columns of Cᵀ·X). Backend `js`
 * is the plain-loop reference. Every output entry is summed in the same order whatever the split, so threaded and
 * single-threaded results are identical, and the two backends agree to round-off.
 */
/** A product by rows (C = A·Bᵀ for op 0, C = A·B for op 6): the helper takes the second half of A's and C's rows. */
function wasmByRows(op: typeof OP.gemmNT | typeof OP.gemmSequential, a: number, b: number, c: number, m: number, k: number, d: number): void {
  const w = wasmExports();
  const kernel = op === OP.gemmNT ? w.gemm_nt : w.gemm_seq;
  const half = m >> 1;
  if (m >= 2 && m * k * d >= PARALLEL_MIN_WORK && split(op, [a + half * d * 8, b, c + half * k * 8, m - half, k, d], () => kernel(a, b, c, half, k, d))) return;
  kernel(a, b, c, m, k, d);
}

function wasmGemmTN(c: number, x: number, g: number, n: number, k: number, d: number): void {
  const w = wasmExports();
  const half = k >> 1;
  if (
    k >= 2 &&
    n * k * d >= PARALLEL_MIN_WORK &&
    split(OP.gemmTNAccumulate, [c + half * 8, x, g + half * d * 8, n, k - half, d, k], () => w.gemm_tn_acc(c, x, g, n, half, d, k))
  )
    return;
  w.gemm_tn_acc(c, x, g, n, k, d, k);
}

function wasmReluForward(x: number, w: number, v: number, f: number, dm: number, m: number, k: number, d: number): void {
  const e = wasmExports();
  const half = m >> 1;
  if (
    m >= 2 &&
    m * k * d >= PARALLEL_MIN_WORK &&
    split(OP.reluForward, [x + half * d * 8, w, v, f + half * 8, dm + half * k * 8, m - half, k, d], () => e.relu_forward(x, w, v, f, dm, half, k, d))
  )
    return;
  e.relu_forward(x, w, v, f, dm, m, k, d);
}

/** `idx` is scratch for two lists of k column indices, one per thread. */
function wasmScaledTN(dm: number, gv: number, v: number, x: number, g: number, n: number, k: number, d: number, idx: number): void {
  const e = wasmExports();
  const half = k >> 1;
  if (
    k >= 2 &&
    n * k * d >= PARALLEL_MIN_WORK &&
    split(OP.scaledTNAccumulate, [dm + half * 8, gv, v + half * 8, x, g + half * d * 8, n, k - half, d, k, idx + k * 4], () =>
      e.scaled_tn_acc(dm, gv, v, x, g, n, half, d, k, idx),
    )
  )
    return;
  e.scaled_tn_acc(dm, gv, v, x, g, n, k, d, k, idx);
}

export function checkLength(array: ArrayLike<number>, length: number, field: string): void {
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
  const backend = kernelBackend();
  if (backend === 'wasm') {
    const { offsets, heap } = layout([m * d, k * d, m * k]);
    heap.set(a, offsets[0] / 8);
    heap.set(b, offsets[1] / 8);
    wasmByRows(OP.gemmNT, offsets[0], offsets[1], offsets[2], m, k, d);
    return use(heap.subarray(offsets[2] / 8, offsets[2] / 8 + m * k));
  }
  return use(gemmNT(a, b, m, k, d, scratchOf(m * k)));
}

/**
 * A two-layer network's forward pass f = φ(XWᵀ)·v: X n×d, W k×d and v of k read; f of n written, and φ′(Z) (n×k) when
 * `dphi` is given.
 */
export type ForwardPass = (
  x: Float64Array,
  w: Float64Array,
  v: Float64Array,
  n: number,
  k: number,
  d: number,
  f: Float64Array,
  dphi: Float64Array | null,
) => void;

/** The shapes a two-layer forward pass needs: X n×d, W k×d, v of k, f of n, φ′ n×k when asked for. */
const checkForwardShapes: ForwardPass = (x, w, v, n, k, d, f, dphi) => {
  checkLength(x, n * d, 'X');
  checkLength(w, k * d, 'W');
  checkLength(v, k, 'v');
  checkLength(f, n, 'f');
  if (dphi !== null) checkLength(dphi, n * k, 'dphi');
};

/**
 * The ReLU network's forward pass in one sweep: f_i = Σ_l v_l·max(z_il, 0) with Z = XWᵀ, and φ'(Z) = [Z > 0] into `dphi`
 * when given (n×k). No n×k array is walked by JavaScript, which matters on machines with slow memory.
 */
export const reluForward: ForwardPass = (x, w, v, n, k, d, f, dphi) => {
  checkForwardShapes(x, w, v, n, k, d, f, dphi);
  if (kernelBackend() === 'blas' && fusedInWasm()) {
    // Z = XWᵀ by dgemm into WebAssembly memory, then f and φ′ = [Z > 0] in one SIMD sweep over Z (relu_rows)
    const { offsets, heap } = layout([n * k, k, n]);
    const [z, vo, fo] = offsets;
    if (n > 0 && k > 0) native().dgemm(false, true, n, k, d, 1, x, d, w, d, 0, heap.subarray(z / 8, z / 8 + n * k), k);
    else heap.fill(0, z / 8, z / 8 + n * k);
    heap.set(v, vo / 8);
    wasmExports().relu_rows(z, vo, fo, n, k);
    f.set(heap.subarray(fo / 8, fo / 8 + n));
    if (dphi !== null) dphi.set(heap.subarray(z / 8, z / 8 + n * k));
    return;
  }
  if (fusedInWasm()) {
    const { offsets, heap } = layout([n * d, k * d, k, n, n * k]);
    heap.set(x, offsets[0] / 8);
    heap.set(w, offsets[1] / 8);
    heap.set(v, offsets[2] / 8);
    wasmReluForward(offsets[0], offsets[1], offsets[2], offsets[3], offsets[4], n, k, d);
    f.set(heap.subarray(offsets[3] / 8, offsets[3] / 8 + n));
    if (dphi !== null) dphi.set(heap.subarray(offsets[4] / 8, offsets[4] / 8 + n * k));
    return;
  }
  reluFromProduct(gemmNT(x, w, n, k, d, scratchOf(n * k)), v, n, k, f, dphi);
};

/** f_i = Σ_l v_l·max(z_il, 0) and φ′ = [Z > 0] from Z (n×k). */
function reluFromProduct(z: Float64Array, v: Float64Array, n: number, k: number, f: Float64Array, dphi: Float64Array | null): void {
  for (let i = 0; i < n; i++) {
    let fi = 0;
    const o = i * k;
    for (let l = 0; l < k; l++) {
      const zil = z[o + l];
      fi += v[l] * (zil > 0 ? zil : 0);
      if (dphi !== null) dphi[o + l] = zil > 0 ? 1 : 0;
    }
    f[i] = fi;
  }
}

/**
 * G += (diag(g)·D·diag(v))ᵀ·X, the backward pass of f = vᵀφ(WX) with D = φ'(Z) (n×k): coefficient (g_i·v_l)·D_il formed
 * on the fly, zero ones skipped.
 */
export function scaledTNAccumulate(
  dphi: Float64Array,
  g: Float64Array,
  v: Float64Array,
  x: Float64Array,
  n: number,
  k: number,
  d: number,
  out: Float64Array,
): void {
  checkLength(dphi, n * k, 'dphi');
  checkLength(g, n, 'g');
  checkLength(v, k, 'v');
  checkLength(x, n * d, 'X');
  checkLength(out, k * d, 'G');
  if (kernelBackend() === 'blas') {
    blasScaledTN({ dphi, g, v, x, n, k, d, out }, { gx: new Float64Array(n * d), product: new Float64Array(k * d) });
    return;
  }
  if (fusedInWasm()) {
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

/** out = diag(s)·X for the row-major n×d X (out_ij = s_i·x_ij; the products the WebAssembly scale_rows forms). */
export function scaleRows(x: Float64Array, s: Float64Array, n: number, d: number, out: Float64Array): Float64Array {
  for (let i = 0; i < n; i++) {
    const si = s[i];
    for (let j = i * d; j < (i + 1) * d; j++) out[j] = si * x[j];
  }
  return out;
}

/**
 * The backward pass G += (diag(g)·D·diag(v))ᵀ·X on blas, factored as G_lj += v_l·((diag(g)·X)ᵀ·D)_jl: the n×k
 * coefficients are never formed, only the n×d rows of X (scaled by g, into `gx`) and the d×k product (into `product`,
 * then scaled by v into G) are swept, and the n×k work is one dgemm. The standalone kernel and the blas training passes
 * both run this, so they agree bit for bit. When every array is a view of kernel memory, `offsets` names where, and the
 * two sweeps run as WebAssembly SIMD kernels (scale_rows, add_scaled_columns: the same products and sums as the JS
 * loops).
 */
export function blasScaledTN(
  operands: { dphi: Float64Array; g: Float64Array; v: Float64Array; x: Float64Array; n: number; k: number; d: number; out: Float64Array },
  work: { gx: Float64Array; product: Float64Array; offsets?: { g: number; v: number; x: number; out: number; gx: number; product: number } },
): void {
  const { dphi, g, v, x, n, k, d, out } = operands;
  const { gx, product, offsets } = work;
  if (n === 0 || k === 0 || d === 0) return;
  const wasm = offsets !== undefined && fusedInWasm() ? wasmExports() : null;
  if (wasm !== null && offsets !== undefined) wasm.scale_rows(offsets.x, offsets.g, offsets.gx, n, d);
  else scaleRows(x, g, n, d, gx);
  // Pᵀ = (diag(g)·X)ᵀ·D (d×k) rather than P = Dᵀ·(diag(g)·X) (k×d): the same sums, and OpenBLAS is faster with the
  // long side as the output's rows (≈ 0.33 against 0.47 ms for n = 400, k = 1000, d = 20 here)
  native().dgemm(true, false, d, k, n, 1, gx, d, dphi, k, 0, product, k);
  if (wasm !== null && offsets !== undefined) wasm.add_scaled_columns(offsets.out, offsets.v, offsets.product, k, d);
  else {
    for (let l = 0; l < k; l++) {
      const vl = v[l];
      const o = l * d;
      for (let j = 0; j < d; j++) out[o + j] += vl * product[j * k + l];
    }
  }
}

/** C = A·Bᵀ with A m×d and B k×d row-major; returns C (m×k), written into `out` when given. */
export function gemmNT(a: Float64Array, b: Float64Array, m: number, k: number, d: number, out: Float64Array = new Float64Array(m * k)): Float64Array {
  checkLength(a, m * d, 'A');
  checkLength(b, k * d, 'B');
  checkLength(out, m * k, 'out');
  const backend = kernelBackend();
  if (backend === 'blas') {
    if (a === b) mirrorUpper(symmetricProductUpper(a, m, d, out), m);
    else if (m > 0 && k > 0) native().dgemm(false, true, m, k, d, 1, a, d, b, d, 0, out, k);
    return out;
  }
  if (backend === 'wasm') {
    const same = a === b;
    const { offsets, heap } = layout(same ? [m * d, 0, m * k] : [m * d, k * d, m * k]);
    heap.set(a, offsets[0] / 8);
    if (!same) heap.set(b, offsets[1] / 8);
    wasmByRows(OP.gemmNT, offsets[0], same ? offsets[0] : offsets[1], offsets[2], m, k, d);
    out.set(heap.subarray(offsets[2] / 8, offsets[2] / 8 + m * k));
    return out;
  }
  const d4 = d - (d % 4);
  for (let i = 0; i < m; i++) {
    const ao = i * d;
    for (let l = 0; l < k; l++) {
      const bo = l * d;
      let s0 = 0,
        s1 = 0,
        s2 = 0,
        s3 = 0;
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
  const backend = kernelBackend();
  if (backend === 'blas') {
    if (n > 0 && k > 0 && d > 0) native().dgemm(true, false, k, d, n, 1, c, k, x, d, 1, g, d);
    return;
  }
  if (backend === 'wasm') {
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
 * C = A·B with A m×d and B d×k row-major (so B is, e.g., Wᵀ), every entry summed in order j = 0…d−1 exactly as the
 * naive loop `s += A[i][j]·B[j][l]` does: code written against such a loop keeps its bits. Returns C (m×k), written into
 * `out` when given.
 */
export function gemmSequential(a: Float64Array, b: Float64Array, m: number, k: number, d: number, out = new Float64Array(m * k)): Float64Array {
  checkLength(a, m * d, 'A');
  checkLength(b, d * k, 'B');
  checkLength(out, m * k, 'out');
  if (fusedInWasm()) {
    const { offsets, heap } = layout([m * d, d * k, m * k]);
    heap.set(a, offsets[0] / 8);
    heap.set(b, offsets[1] / 8);
    wasmByRows(OP.gemmSequential, offsets[0], offsets[1], offsets[2], m, k, d);
    out.set(heap.subarray(offsets[2] / 8, offsets[2] / 8 + m * k));
    return out;
  }
  for (let i = 0; i < m; i++) {
    const ao = i * d;
    for (let l = 0; l < k; l++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += a[ao + j] * b[j * k + l];
      out[i * k + l] = s;
    }
  }
  return out;
}

/** Tile edge of the mirror below: 64 doubles a row keep both tiles in L1/L2 while one is read by columns. */
const MIRROR_TILE = 64;

/**
 * Copies the upper triangle (j > i) of the row-major m×m `out` onto its lower triangle, tile by tile: reading the
 * upper triangle by columns one whole row at a time misses the cache on every read once m·8 bytes exceeds a page.
 */
export function mirrorUpper(out: Float64Array, m: number): void {
  checkLength(out, m * m, 'out');
  for (let bi = 0; bi < m; bi += MIRROR_TILE) {
    const iEnd = Math.min(m, bi + MIRROR_TILE);
    for (let bj = 0; bj <= bi; bj += MIRROR_TILE) {
      const jEnd = Math.min(m, bj + MIRROR_TILE);
      for (let i = bi; i < iEnd; i++) {
        const row = i * m;
        const last = Math.min(jEnd, i);
        for (let j = bj; j < last; j++) out[row + j] = out[j * m + i];
      }
    }
  }
}

/** Rows per block of hadamardSymmetricByGram: a block of X·Xᵀ stays in cache while it scales the same rows of `out`. */
const HADAMARD_BLOCK_ROWS = 64;
let hadamardScratch = new Float64Array(0);

/**
 * out_ij ← out_ij·(x_iᵀx_j) on the upper triangle (j ≥ i) of the row-major m×m `out`, X row-major m×d, then the
 * strictly lower triangle set to the mirror of the upper one (so `out` is exactly symmetric). The products come by
 * blocks of rows (gemmNT of a block of X against the rows from its first on), so the m×m X·Xᵀ is never allocated (a
 * fresh m×m array costs its page faults on every call, ≈ 2.5 ms for 1000×1000 here, more than the product itself when
 * d is small); each block is mirrored while its rows are still in cache (64 contiguous entries per lower row).
 */
export function hadamardSymmetricByGram(out: Float64Array, x: Float64Array, m: number, d: number): void {
  checkLength(out, m * m, 'out');
  checkLength(x, m * d, 'X');
  for (let i0 = 0; i0 < m; i0 += HADAMARD_BLOCK_ROWS) {
    const i1 = Math.min(m, i0 + HADAMARD_BLOCK_ROWS);
    const width = m - i0;
    const size = (i1 - i0) * width;
    if (hadamardScratch.length < size) hadamardScratch = new Float64Array(HADAMARD_BLOCK_ROWS * m);
    const block = gemmNT(x.subarray(i0 * d, i1 * d), x.subarray(i0 * d), i1 - i0, width, d, hadamardScratch.subarray(0, size));
    for (let i = i0; i < i1; i++) {
      const o = i * m;
      const b = (i - i0) * width - i0;
      for (let j = i; j < m; j++) out[o + j] *= block[b + j];
    }
    for (let j = i0 + 1; j < m; j++) {
      const row = j * m;
      const last = Math.min(i1, j);
      for (let i = i0; i < last; i++) out[row + i] = out[i * m + j];
    }
  }
}

/** Largest order formed in WebAssembly memory by symmetricHadamardGram (that memory never shrinks): 2048² doubles, 32 MB. */
const WASM_GRAM_MAX_ORDER = 2048;

/**
 * A new Float64Array of n entries whose memory is not cleared, for a result every entry of which is written: a cleared
 * array of several MB is a fresh mapping whose page faults cost more than the work written into it (2.6 ms for 8 MB
 * here), while an uncleared one reuses memory the allocator already holds. Node's Buffer.allocUnsafeSlow (its own
 * memory, never the shared pool); elsewhere a plain (cleared) array.
 */
export function uninitializedFloat64(n: number): Float64Array {
  if (typeof Buffer === 'undefined' || n < 1024) return new Float64Array(n);
  const bytes = Buffer.allocUnsafeSlow(n * 8);
  return new Float64Array(bytes.buffer, bytes.byteOffset, n);
}

/**
 * (A·Aᵀ) ⊙ (X·Xᵀ) for the row-major m×k A and m×d X, exactly symmetric, into `out` (m×m row-major; a new array when
 * not given): the Gram JJᵀ of a two-layer network's Jacobian by the Hadamard formula. On the blas backend (orders up
 * to 2048) it is formed in WebAssembly memory: dsyrk writes the upper triangle of A·Aᵀ there, each 64-row block of
 * X·Xᵀ comes by dgemm beside it, and one SIMD pass per block (hadamard_mirror_rows) multiplies the block's rows in
 * and mirrors them onto the lower triangle while they are in cache; the result is then copied out once. Elsewhere the
 * same products by symmetricProductUpper and hadamardSymmetricByGram. Both routes form each entry as the same
 * product of the same two numbers, so they agree bit for bit for the same A·Aᵀ and X·Xᵀ.
 */
export function symmetricHadamardGram(a: Float64Array, x: Float64Array, m: number, k: number, d: number, out?: Float64Array): Float64Array {
  checkLength(a, m * k, 'A');
  checkLength(x, m * d, 'X');
  if (out !== undefined) checkLength(out, m * m, 'out');
  if (kernelBackend() !== 'blas' || !fusedInWasm() || m > WASM_GRAM_MAX_ORDER || m === 0 || k === 0 || d === 0) {
    const g = symmetricProductUpper(a, m, k, out ?? uninitializedFloat64(m * m));
    hadamardSymmetricByGram(g, x, m, d);
    return g;
  }
  const result = out ?? uninitializedFloat64(m * m);
  const { offsets, heap } = layout([m * m, HADAMARD_BLOCK_ROWS * m]);
  const gOffset = offsets[0] / 8;
  const g = heap.subarray(gOffset, gOffset + m * m);
  const blas = native();
  blas.dsyrk(false, m, k, 1, a, k, 0, g, m);
  const wasm = wasmExports();
  for (let i0 = 0; i0 < m; i0 += HADAMARD_BLOCK_ROWS) {
    const i1 = Math.min(m, i0 + HADAMARD_BLOCK_ROWS);
    const block = heap.subarray(offsets[1] / 8, offsets[1] / 8 + (i1 - i0) * (m - i0));
    blas.dgemm(false, true, i1 - i0, m - i0, d, 1, x.subarray(i0 * d, i1 * d), d, x.subarray(i0 * d), d, 0, block, m - i0);
    wasm.hadamard_mirror_rows(offsets[0], offsets[1], m, i0, i1);
  }
  result.set(g);
  return result;
}

/**
 * The upper triangle (j ≥ i) of A·Aᵀ for the row-major m×d A into `out` (m×m; the strictly lower part is left as it
 * was): dsyrk on the blas backend, else the full product (whose upper triangle is the same numbers).
 */
export function symmetricProductUpper(a: Float64Array, m: number, d: number, out: Float64Array = new Float64Array(m * m)): Float64Array {
  checkLength(a, m * d, 'A');
  checkLength(out, m * m, 'out');
  if (kernelBackend() !== 'blas') return gemmNT(a, a, m, m, d, out);
  if (m === 0) return out;
  if (d === 0) out.fill(0);
  else native().dsyrk(false, m, d, 1, a, d, 0, out, m);
  return out;
}

/** out = f(x) elementwise through a WebAssembly array kernel, or Math's scalar function on the js backend. */
function elementwise(kernel: 'exp_f64' | 'log1p_f64', scalar: (x: number) => number, x: Float64Array, out: Float64Array): Float64Array {
  checkLength(out, x.length, 'out');
  if (!fusedInWasm()) {
    for (let p = 0; p < x.length; p++) out[p] = scalar(x[p]);
    return out;
  }
  const { offsets, heap } = layout([x.length, x.length]);
  heap.set(x, offsets[0] / 8);
  wasmExports()[kernel](offsets[0], offsets[1], x.length);
  out.set(heap.subarray(offsets[1] / 8, offsets[1] / 8 + x.length));
  return out;
}

/**
 * Σ_p c_p·Σ_q w_q/(1 + e_p·f_q): each inner sum as two partial sums (even and odd q, an odd last q into the even one)
 * added at the end, the outer sum in order of p, on every backend in the same order (so the same bits); in WebAssembly
 * the two partial sums are the lanes of one SIMD vector, two divisions per instruction. The inner terms of the
 * factored Gauss–Hermite rule for E[σ(u)σ(v)] (Σ(C) for softplus), whose cost is the divisions.
 */
export function reciprocalProductSum(e: Float64Array, c: Float64Array, f: Float64Array, w: Float64Array): number {
  checkLength(c, e.length, 'c');
  checkLength(w, f.length, 'w');
  const np = e.length;
  const nq = f.length;
  if (fusedInWasm()) {
    const { offsets, heap } = layout([np, np, nq, nq]);
    heap.set(e, offsets[0] / 8);
    heap.set(c, offsets[1] / 8);
    heap.set(f, offsets[2] / 8);
    heap.set(w, offsets[3] / 8);
    return wasmExports().reciprocal_product_sum(offsets[0], offsets[1], offsets[2], offsets[3], np, nq);
  }
  let total = 0;
  for (let p = 0; p < np; p++) {
    const ep = e[p];
    let even = 0;
    let odd = 0;
    let q = 0;
    for (; q + 1 < nq; q += 2) {
      even += w[q] / (1 + ep * f[q]);
      odd += w[q + 1] / (1 + ep * f[q + 1]);
    }
    if (q < nq) even += w[q] / (1 + ep * f[q]);
    total += c[p] * (even + odd);
  }
  return total;
}

/** e^x elementwise: the vectorised WebAssembly exp (within 2 ulp of Math.exp) on the blas and wasm backends, Math.exp on js. */
export function vectorExp(x: Float64Array, out = new Float64Array(x.length)): Float64Array {
  return elementwise('exp_f64', Math.exp, x, out);
}

/** log(1 + x) elementwise for x ≥ 0: the vectorised WebAssembly log1p (within 2 ulp of Math.log1p) on blas and wasm, Math.log1p on js. */
export function vectorLog1p(x: Float64Array, out = new Float64Array(x.length)): Float64Array {
  return elementwise('log1p_f64', Math.log1p, x, out);
}

/**
 * Entries of a softplus pass below which the helper thread is not worth waking: the pass takes ≈ 5 ns per entry on one
 * thread here, so 65,536 entries ≈ 0.3 ms, against a hand-off of tens of microseconds on a quiet machine (and a late
 * helper on a loaded one, which the caller then waits for).
 */
const SOFTPLUS_SPLIT_MIN = 65_536;

/**
 * Runs a pass over the `len` entries at WebAssembly offsets z and dz (`kernel(z, dz, len)`, the helper thread's operation
 * `op`), the second half on the helper thread when `len` is large enough to be worth waking it.
 */
function splitPairPass(
  op: typeof OP.softplusPass | typeof OP.softplusDerivativePass,
  kernel: (z: number, dz: number, len: number) => void,
  z: number,
  dz: number,
  len: number,
): void {
  const half = len >> 1;
  if (!(len >= SOFTPLUS_SPLIT_MIN && split(op, [z + half * 8, dz + half * 8, len - half], () => kernel(z, dz, half)))) kernel(z, dz, len);
}

/** φ(z) in place and φ′(z) at `dz` for the `len` entries at WebAssembly offset `z`, split with the helper thread when large. */
export function softplusPass(z: number, dz: number, len: number): void {
  splitPairPass(OP.softplusPass, wasmExports().softplus_pass, z, dz, len);
}

/**
 * dphi ← softplus′(z) (the sigmoid, the same bits as softplusPass's φ′) and z ← softplus′(z)² over `len` doubles at
 * byte offsets z and dz of WebAssembly memory, split with the helper thread like softplusPass.
 */
export function softplusDerivativePass(z: number, dz: number, len: number): void {
  splitPairPass(OP.softplusDerivativePass, wasmExports().softplus_derivative_pass, z, dz, len);
}

/**
 * The softplus network's forward pass: Z = XWᵀ (dgemm on blas, the SIMD kernel on wasm) written into WebAssembly
 * memory, φ(Z) and φ′(Z) by the vectorised softplus pass there (split with the helper thread), f = φ(Z)·v, and φ′(Z)
 * into `dphi` when given. Equal to the JS activation's results within a few ulp per entry. Only on the blas and wasm
 * backends (fusedInWasm()).
 */
export const softplusForward: ForwardPass = (x, w, v, n, k, d, f, dphi) => {
  checkForwardShapes(x, w, v, n, k, d, f, dphi);
  const backend = kernelBackend();
  const { offsets, heap } = layout(backend === 'blas' ? [n * k, n * k] : [n * k, n * k, n * d, k * d]);
  const [z, dz] = offsets;
  const zView = heap.subarray(z / 8, z / 8 + n * k);
  if (backend === 'blas') {
    if (n > 0 && k > 0) native().dgemm(false, true, n, k, d, 1, x, d, w, d, 0, zView, k);
  } else {
    heap.set(x, offsets[2] / 8);
    heap.set(w, offsets[3] / 8);
    wasmByRows(OP.gemmNT, offsets[2], offsets[3], z, n, k, d);
  }
  const len = n * k;
  softplusPass(z, dz, len);
  if (backend === 'blas') {
    if (n > 0 && k > 0) native().dgemv(false, n, k, 1, zView, k, v, 0, f);
    else f.fill(0);
  } else {
    for (let i = 0; i < n; i++) {
      const zo = i * k;
      let fi = 0;
      for (let l = 0; l < k; l++) fi += v[l] * zView[zo + l];
      f[i] = fi;
    }
  }
  if (dphi !== null) dphi.set(heap.subarray(dz / 8, dz / 8 + len));
};

/**
 * φ(z) over `z` in place and φ′(z) into `dphi` for softplus, by the vectorised WebAssembly pass on the blas and wasm
 * backends (within 2 ulp of the JS activation), else false (the caller runs the JS activation).
 */
export function softplusInPlace(z: Float64Array, dphi: Float64Array): boolean {
  checkLength(dphi, z.length, 'dphi');
  if (!fusedInWasm()) return false;
  const len = z.length;
  const { offsets, heap } = layout([len, len]);
  const [zo, dz] = offsets;
  heap.set(z, zo / 8);
  softplusPass(zo, dz, len);
  z.set(heap.subarray(zo / 8, zo / 8 + len));
  dphi.set(heap.subarray(dz / 8, dz / 8 + len));
  return true;
}

/**
 * The Monte Carlo moments of Σ(C) for softplus (Li et al. 2019 Def. 2.1, φ′ = sigmoid): with Z = G·Cᵀ (G rows×d, C K×d,
 * row-major) and D = φ′(Z), adds the upper triangles (j ≥ i) of DᵀD to `sum` and of (D⊙D)ᵀ(D⊙D) to `sumSq` (K×K).
 * Blas backend only (else false: the caller runs its generic route): dgemm writes Z into WebAssembly memory, one
 * vectorised pass writes D beside it and D⊙D over it (softplusDerivativePass), and dsyrk reads both there, so nothing
 * is copied.
 */
export function softplusDerivativeMoments(
  g: Float64Array,
  c: Float64Array,
  rows: number,
  K: number,
  d: number,
  sum: Float64Array,
  sumSq: Float64Array,
): boolean {
  checkLength(g, rows * d, 'G');
  checkLength(c, K * d, 'C');
  checkLength(sum, K * K, 'sum');
  checkLength(sumSq, K * K, 'sumSq');
  if (kernelBackend() !== 'blas' || !fusedInWasm()) return false;
  if (rows === 0 || K === 0) return true;
  const len = rows * K;
  const { offsets, heap } = layout([len, len]);
  const [z, dz] = offsets;
  const zView = heap.subarray(z / 8, z / 8 + len);
  const dView = heap.subarray(dz / 8, dz / 8 + len);
  if (d > 0) native().dgemm(false, true, rows, K, d, 1, g, d, c, d, 0, zView, K);
  else zView.fill(0);
  softplusDerivativePass(z, dz, len); // D beside Z, D⊙D over Z
  native().dsyrk(true, K, rows, 1, dView, K, 1, sum, K);
  native().dsyrk(true, K, rows, 1, zView, K, 1, sumSq, K);
  return true;
}
