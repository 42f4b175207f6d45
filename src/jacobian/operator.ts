import { Matrix } from 'ml-matrix';
import { Activation } from '../models/activations';
import { ValidationError } from '../core/errors';
import { toFlat } from '../linalg/flat';
import { gemmNT, gemmTNAccumulate, mirrorUpper, scaleRows, symmetricHadamardGram, symmetricProductUpper } from '../linalg/kernels';
import { fusedInWasm, kernelBackend, layoutKept, native, wasmExports } from '../linalg/wasm/runtime';
import { singularValuesFromGram } from '../linalg/spectrum';
import { TwoLayerNet } from '../models/twoLayerNet';
import { finiteMatrix, finiteVector } from '../core/validate';
import { LinearOperator } from '../linalg/linearOperator';

/** Largest n·d whose JVP/VJP run in WebAssembly memory (two n×d blocks, 64 MB: that memory never shrinks). */
const KERNEL_MEMORY_MAX_ENTRIES = 1 << 22;

/**
 * Which outputs of a K̄-output network f_c(W, x) = V_cᵀφ(Wx) form the rows of the Jacobian (Li et al. 2019 Fig. 5/Table 1):
 * - `allClasses`: one row per (sample, class), n·K̄ rows, sample-major;
 * - `correctClass`: one row per sample, the derivative of its labelled class's output.
 */
export type MultiOutputRows = 'allClasses' | 'correctClass';

/**
 * The Jacobian of two-layer-network outputs w.r.t. vec(W) (row-major, index l·d + j) at a fixed W.
 * Row r belongs to sample i_r and output weights u_r (a row of `outputs`):
 * J[r, l·d + j] = u_r[l]·φ'(w_lᵀx_{i_r})·x_{i_r, j} (Li et al. 2019 §4.4). φ(Z) and φ'(Z) are computed once here,
 * so every product costs O(n·k·d) and nothing of size rows × k·d is stored.
 */
export class JacobianOperator implements LinearOperator {
  readonly rows: number;
  readonly columns: number;
  readonly n: number;
  readonly d: number;
  readonly k: number;
  /** Sample index of each row. */
  readonly rowSample: Int32Array;
  /** Output (row of `outputs`) of each row. */
  readonly rowOutput: Int32Array;
  private readonly X: Float64Array;
  private readonly U: Float64Array;
  private readonly phiZ: Float64Array;
  private readonly dphiZ: Float64Array;
  /** A[i, l] = u_i[l]·φ'(z_il) when every row is its own sample (row i = sample i), for the BLAS products; else null. */
  private coefficients: Float64Array | null | undefined;
  /** Row r is sample r (one output per sample, in order): the layout the BLAS products and the blocked Gram use. */
  private readonly sampleOrder: boolean;
  /** n×d work array of the blas JVP and VJP (A·Δ, diag(y)·X), kept between calls: a fresh one per call costs its page faults (Lanczos calls each twice per step). */
  private productScratch: Float64Array | undefined;

  constructor(params: { activation: Activation; W: Matrix; X: Matrix; outputs: Matrix; rowSample: Int32Array; rowOutput: Int32Array }) {
    const { W, X, outputs, rowSample, rowOutput, activation } = params;
    finiteMatrix(W, 'W');
    finiteMatrix(X, 'X', undefined, W.columns);
    finiteMatrix(outputs, 'outputs', undefined, W.rows);
    if (rowSample.length !== rowOutput.length) throw new ValidationError('rowOutput', `expected ${rowSample.length} entries, got ${rowOutput.length}`);
    rowSample.forEach((i, r) => {
      if (!(i >= 0 && i < X.rows)) throw new ValidationError(`rowSample[${r}]`, `sample ${i} out of range 0..${X.rows - 1}`);
    });
    rowOutput.forEach((o, r) => {
      if (!(o >= 0 && o < outputs.rows)) throw new ValidationError(`rowOutput[${r}]`, `output ${o} out of range 0..${outputs.rows - 1}`);
    });
    this.n = X.rows;
    this.d = W.columns;
    this.k = W.rows;
    this.rows = rowSample.length;
    this.columns = this.k * this.d;
    this.rowSample = rowSample;
    this.rowOutput = rowOutput;
    this.sampleOrder = this.rows === X.rows && rowSample.every((i, r) => i === r);
    this.X = toFlat(X);
    this.U = toFlat(outputs);
    const Wf = toFlat(W);
    const { n, d, k } = this;
    this.phiZ = gemmNT(this.X, Wf, n, k, d); // Z = XWᵀ, then φ(Z) in place
    this.dphiZ = new Float64Array(n * k);
    activation.evaluate(this.phiZ, this.phiZ, this.dphiZ);
  }

  /** The network outputs f_r = u_rᵀφ(W x_{i_r}) for every row. */
  predictions(): Float64Array {
    const { k } = this;
    const f = new Float64Array(this.rows);
    for (let r = 0; r < this.rows; r++) {
      const zo = this.rowSample[r] * k;
      const uo = this.rowOutput[r] * k;
      let s = 0;
      for (let l = 0; l < k; l++) s += this.U[uo + l] * this.phiZ[zo + l];
      f[r] = s;
    }
    return f;
  }

  /** A (n×k) on the blas backend when row r is sample r, so that J·vec(Δ) = rowsum(X ⊙ (A·Δ)) and Jᵀy = Aᵀ·(diag(y)·X) are dgemm calls. */
  private rowCoefficients(): Float64Array | null {
    if (kernelBackend() !== 'blas') return null;
    if (this.coefficients === undefined) this.coefficients = this.sampleOrder ? this.buildRowCoefficients() : null;
    return this.coefficients;
  }

  /** A_rl = u_r[l]·φ′(z_{i_r,l}) (rows×k), the coefficients of row r of J. */
  private buildRowCoefficients(): Float64Array {
    const { k, rows, U, dphiZ, rowSample, rowOutput } = this; // locals: through `this` each entry reloads the fields
    const A = new Float64Array(rows * k);
    for (let r = 0; r < rows; r++) {
      const zo = rowSample[r] * k;
      const uo = rowOutput[r] * k;
      for (let l = 0; l < k; l++) A[r * k + l] = U[uo + l] * dphiZ[zo + l];
    }
    return A;
  }

  /**
   * Blocks in the kernels' memory for the JVP and VJP (n·d up to KERNEL_MEMORY_MAX_ENTRIES; a larger X stays in JS
   * memory): X (copied there unless this operator's previous call left it and nothing was laid out since, as between
   * the steps of Lanczos), an n×d product and an n-vector.
   */
  /** Whether the JVP and VJP run in the kernels' memory: a non-empty X of at most KERNEL_MEMORY_MAX_ENTRIES, with the kernels loaded. */
  private inKernelMemory(): boolean {
    const { n, d, k } = this;
    return n > 0 && k > 0 && d > 0 && n * d <= KERNEL_MEMORY_MAX_ENTRIES && fusedInWasm();
  }

  private kernelMemory(): { offsets: number[]; heap: Float64Array } {
    const { n, d } = this;
    const { offsets, heap, kept } = layoutKept(this, [n * d, n * d, n]);
    if (!kept) heap.set(this.X, offsets[0] / 8);
    return { offsets, heap };
  }

  private scratch(): Float64Array {
    this.productScratch ??= new Float64Array(this.n * this.d);
    return this.productScratch;
  }

  /** JVP: (J·vec(Δ))_r = Σ_l u_r[l] φ'(z_{i_r,l}) (Δ x_{i_r})_l. */
  matvec(x: Float64Array): Float64Array {
    if (x.length !== this.columns) throw new ValidationError('x', `expected length ${this.columns} (k·d), got ${x.length}`);
    const { n, d, k } = this;
    const A = this.rowCoefficients();
    if (A !== null && this.inKernelMemory()) {
      // in the kernels' memory: X beside A·Δ (dgemm writes it there), then the row sums of X ⊙ A·Δ in one SIMD pass
      const { offsets, heap } = this.kernelMemory();
      native().dgemm(false, false, n, d, k, 1, A, k, x, d, 0, heap.subarray(offsets[1] / 8, offsets[1] / 8 + n * d), d); // A·Δ, n×d
      wasmExports().row_dots(offsets[0], offsets[1], offsets[2], n, d);
      return heap.slice(offsets[2] / 8, offsets[2] / 8 + n);
    }
    if (A !== null) {
      const AD = this.scratch();
      if (n > 0 && k > 0 && d > 0) native().dgemm(false, false, n, d, k, 1, A, k, x, d, 0, AD, d); // A·Δ, n×d
      const out = new Float64Array(n);
      const X = this.X; // a local: through `this` every iteration reloads the field
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let j = i * d; j < (i + 1) * d; j++) s += X[j] * AD[j];
        out[i] = s;
      }
      return out;
    }
    const P = gemmNT(this.X, x, n, k, d); // P = X Δᵀ
    const out = new Float64Array(this.rows);
    for (let r = 0; r < this.rows; r++) {
      const zo = this.rowSample[r] * k;
      const uo = this.rowOutput[r] * k;
      let s = 0;
      for (let l = 0; l < k; l++) s += this.U[uo + l] * this.dphiZ[zo + l] * P[zo + l];
      out[r] = s;
    }
    return out;
  }

  /** VJP: Jᵀy as vec of the k×d matrix Σ_r y_r (u_r ⊙ φ'(W x_{i_r})) x_{i_r}ᵀ. */
  rmatvec(y: Float64Array): Float64Array {
    if (y.length !== this.rows) throw new ValidationError('y', `expected length ${this.rows} (rows), got ${y.length}`);
    const { n, d, k } = this;
    const A = this.rowCoefficients();
    if (A !== null && this.inKernelMemory()) {
      // diag(y)·X formed in the kernels' memory (scale_rows), where dgemm reads it
      const { offsets, heap } = this.kernelMemory();
      heap.set(y, offsets[2] / 8);
      wasmExports().scale_rows(offsets[0], offsets[2], offsets[1], n, d);
      const out = new Float64Array(this.columns);
      native().dgemm(true, false, k, d, n, 1, A, k, heap.subarray(offsets[1] / 8, offsets[1] / 8 + n * d), d, 0, out, d); // Aᵀ·(diag(y)·X)
      return out;
    }
    if (A !== null) {
      const Xy = scaleRows(this.X, y, n, d, this.scratch());
      const out = new Float64Array(this.columns);
      if (n > 0 && k > 0 && d > 0) native().dgemm(true, false, k, d, n, 1, A, k, Xy, d, 0, out, d); // Aᵀ·(diag(y)·X)
      return out;
    }
    const Cw = new Float64Array(n * k); // per-sample coefficients of x_i in each row of the result
    for (let r = 0; r < this.rows; r++) {
      const yr = y[r];
      if (yr === 0) continue;
      const zo = this.rowSample[r] * k;
      const uo = this.rowOutput[r] * k;
      for (let l = 0; l < k; l++) Cw[zo + l] += yr * this.U[uo + l] * this.dphiZ[zo + l];
    }
    const out = new Float64Array(this.columns);
    gemmTNAccumulate(Cw, this.X, n, k, d, out);
    return out;
  }

  /** JJᵀ = (x_{i_r}ᵀx_{i_s}) · Σ_l u_r[l]u_s[l] φ'(z_{i_r,l})φ'(z_{i_s,l}), without forming J: O(rows²·k). */
  gram(): Matrix {
    const G = this.gramFlat();
    const rows = this.rows;
    const out = new Matrix(rows, rows);
    for (let r = 0; r < rows; r++) out.setRow(r, G.subarray(r * rows, (r + 1) * rows));
    return out;
  }

  /**
   * The Gram JJᵀ as a row-major rows×rows array (for spectra of large Grams: no ml-matrix copy), written into `out`
   * when given (e.g. one array reused along a trajectory) and then returned.
   */
  gramFlat(out?: Float64Array): Float64Array {
    const { d, k, rows } = this;
    if (out !== undefined && out.length !== rows * rows)
      throw new ValidationError('out', `expected ${rows}×${rows} = ${rows * rows} entries, got ${out.length}`);
    const A = this.rowCoefficients() ?? this.buildRowCoefficients();
    const n = this.n;
    // both factors are symmetric: the Hadamard product is formed on the upper triangle and mirrored once
    if (this.sampleOrder) return symmetricHadamardGram(A, this.X, n, k, d, out); // rows are the samples, in order
    const G = symmetricProductUpper(A, rows, k, out); // Σ_l A_rl A_sl
    const sample = this.rowSample;
    const inner = symmetricProductUpper(this.X, n, d); // x_iᵀx_j for i ≤ j
    for (let r = 0; r < rows; r++) {
      const i = sample[r];
      const o = r * rows;
      for (let q = r; q < rows; q++) {
        const j = sample[q];
        G[o + q] *= i <= j ? inner[i * n + j] : inner[j * n + i];
      }
    }
    mirrorUpper(G, rows);
    return G;
  }

  /** J as a row-major rows × k·d array (rows·k·d numbers: for spectra, not for large products). */
  explicitFlat(): Float64Array {
    const { d, k, columns } = this;
    const J = new Float64Array(this.rows * columns);
    for (let r = 0; r < this.rows; r++) {
      const i = this.rowSample[r];
      const zo = i * k;
      const uo = this.rowOutput[r] * k;
      const o = r * columns;
      for (let l = 0; l < k; l++) {
        const c = this.U[uo + l] * this.dphiZ[zo + l];
        for (let j = 0; j < d; j++) J[o + l * d + j] = c * this.X[i * d + j];
      }
    }
    return J;
  }

  /**
   * All singular values of J, descending, one per row: what singularValuesFromGram(this.gram()) gives, from the
   * smaller of the two Grams. With more rows than columns (e.g. 10,000 samples, k·d = 2000) the eigenvalues of JᵀJ
   * (columns × columns, by dsyrk on the blas backend) are the nonzero ones of JJᵀ and the other rows − columns are
   * exactly 0 (rank J ≤ columns), so the n×n eigenproblem is never formed.
   */
  gramSingularValues(): number[] {
    const { rows, columns } = this;
    if (rows <= columns) return singularValuesFromGram(this.gramFlat(), rows);
    const J = this.explicitFlat();
    let JtJ: Float64Array;
    if (kernelBackend() === 'blas') {
      JtJ = new Float64Array(columns * columns);
      native().dsyrk(true, columns, rows, 1, J, columns, 0, JtJ, columns); // upper triangle of JᵀJ
      mirrorUpper(JtJ, columns);
    } else {
      const Jt = new Float64Array(columns * rows);
      for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) Jt[c * rows + r] = J[r * columns + c];
      JtJ = gemmNT(Jt, Jt, columns, columns, rows);
    }
    const values = singularValuesFromGram(JtJ, columns);
    while (values.length < rows) values.push(0);
    return values;
  }

  /** J itself (rows × k·d). Only for small sizes. */
  explicit(): Matrix {
    const { d, k } = this;
    const J = new Matrix(this.rows, this.columns);
    for (let r = 0; r < this.rows; r++) {
      const i = this.rowSample[r];
      const zo = i * k;
      const uo = this.rowOutput[r] * k;
      for (let l = 0; l < k; l++) {
        const c = this.U[uo + l] * this.dphiZ[zo + l];
        for (let j = 0; j < d; j++) J.set(r, l * d + j, c * this.X[i * d + j]);
      }
    }
    return J;
  }
}

/** The Jacobian of the scalar network f(W, x) = vᵀφ(Wx): one row per sample. */
export function networkJacobian(net: TwoLayerNet, W: Matrix, X: Matrix): JacobianOperator {
  net.checkWeights(W);
  net.checkInputs(X);
  const rowSample = Int32Array.from({ length: X.rows }, (_, i) => i);
  return new JacobianOperator({ activation: net.activation, W, X, outputs: Matrix.rowVector(Array.from(net.v)), rowSample, rowOutput: new Int32Array(X.rows) });
}

/**
 * The Jacobian of a K̄-output network with fixed output layer `outputs` (K̄×k), in the `allClasses` or
 * `correctClass` layout; `labels` (class index per sample) is needed for `correctClass`.
 */
export function multiOutputJacobian(params: {
  activation: Activation;
  W: Matrix;
  X: Matrix;
  outputs: Matrix;
  rows: MultiOutputRows;
  labels?: ArrayLike<number>;
}): JacobianOperator {
  const { X, outputs } = params;
  const n = X.rows;
  const classes = outputs.rows;
  let rowSample: Int32Array;
  let rowOutput: Int32Array;
  if (params.rows === 'allClasses') {
    rowSample = Int32Array.from({ length: n * classes }, (_, r) => Math.floor(r / classes));
    rowOutput = Int32Array.from({ length: n * classes }, (_, r) => r % classes);
  } else if (params.rows === 'correctClass') {
    if (params.labels === undefined) throw new ValidationError('labels', 'the correctClass Jacobian needs the class index of every sample');
    finiteVector(params.labels, 'labels', n);
    rowSample = Int32Array.from({ length: n }, (_, i) => i);
    rowOutput = Int32Array.from(params.labels);
  } else {
    throw new ValidationError('rows', `unknown layout "${params.rows}"; expected allClasses or correctClass`);
  }
  return new JacobianOperator({ activation: params.activation, W: params.W, X, outputs, rowSample, rowOutput });
}
