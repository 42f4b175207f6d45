import { Matrix } from 'ml-matrix';
import { checkProblem, DivergenceError, GdProblem } from './gd';
import { ValidationError } from '../core/errors';
import { fromFlat, multiplyTransposed, toFlat } from '../linalg/flat';
import { gemmNT } from '../linalg/kernels';
import { TwoLayerNet } from '../models/twoLayerNet';

/**
 * Gradient descent in the span of the data, exact for any d: every gradient row is a combination of the inputs, so
 * W_t = W0 + B_t·X with B_t ∈ R^{k×n}, B_0 = 0 (Frei et al. 2022 (XOR) §4.8, Frei et al. 2022 (benign overfitting)). With K = XXᵀ and U0 = XW0ᵀ precomputed,
 * a step costs O(n²k) instead of O(nkd): p = 10^5 inputs cost no more than p = n.
 */
export interface SpanState {
  step: number;
  /** Training predictions f(W_t, x_i). Read-only. */
  predictions: Float64Array;
  loss: number;
  /** B_t, k×n row-major. Read-only. */
  coefficients: Float64Array;
  /** Pre-activations U_t = X W_tᵀ (n×k row-major). Read-only. */
  preActivations: Float64Array;
  /** ‖W_t − W0‖_F = √tr(B K Bᵀ), O(nk) since K Bᵀ = U_t − U0. */
  distanceFromInit(): number;
  /** ‖W_t‖_F from ‖W0‖_F² + 2 tr(B U0) + tr(B K Bᵀ), O(nk). */
  weightsNorm(): number;
}

export interface SpanRun {
  stepsRun: number;
  coefficients: Float64Array;
  /** W = W0 + B·X (k×d): O(knd), call once at the end rather than per step. */
  weights(): Matrix;
  /** f(W, x) for new inputs through the span: X_new W0ᵀ + (X_new Xᵀ) Bᵀ, never forming W. */
  predict(inputs: Matrix): Float64Array;
}

/**
 * The fixed products every span computation needs: K = XXᵀ (n×n) and U0 = XW0ᵀ (n×k), formed once (O(n(n+k)d)).
 * From them and B_t: W_tW_tᵀ and W_t·v without forming W_t (Frei et al. 2022 (benign overfitting) §4.5).
 */
export class SpanGeometry {
  readonly n: number;
  readonly k: number;
  /** XXᵀ, n×n row-major. */
  readonly K: Float64Array;
  /** XW0ᵀ, n×k row-major. */
  readonly U0: Float64Array;
  private S00?: Float64Array;

  constructor(
    readonly X: Matrix,
    readonly W0: Matrix,
  ) {
    if (W0.columns !== X.columns) throw new ValidationError('initialWeights', `expected ${X.columns} columns (the inputs' dimension), got ${W0.columns}`);
    this.n = X.rows;
    this.k = W0.rows;
    this.K = toFlat(multiplyTransposed(X, X));
    this.U0 = toFlat(multiplyTransposed(X, W0));
  }

  private checkCoefficients(B: ArrayLike<number>): void {
    if (B.length !== this.k * this.n) throw new ValidationError('coefficients', `expected ${this.k}×${this.n} = ${this.k * this.n} entries, got ${B.length}`);
  }

  /** W_tW_tᵀ = W0W0ᵀ + BU0 + (BU0)ᵀ + BKBᵀ (k×k). W0W0ᵀ (O(k²d)) is formed on the first call. */
  gram(B: ArrayLike<number>): Matrix {
    this.checkCoefficients(B);
    const { n, k, K, U0 } = this;
    this.S00 ??= toFlat(multiplyTransposed(this.W0, this.W0));
    const BU0 = new Float64Array(k * k);
    const BK = new Float64Array(k * n);
    for (let l = 0; l < k; l++) {
      for (let i = 0; i < n; i++) {
        const b = B[l * n + i];
        if (b === 0) continue;
        for (let c = 0; c < k; c++) BU0[l * k + c] += b * U0[i * k + c];
        for (let m = 0; m < n; m++) BK[l * n + m] += b * K[i * n + m];
      }
    }
    const G = new Matrix(k, k);
    for (let l = 0; l < k; l++) {
      for (let c = 0; c < k; c++) {
        let quad = 0;
        for (let m = 0; m < n; m++) quad += BK[l * n + m] * B[c * n + m];
        G.set(l, c, this.S00[l * k + c] + BU0[l * k + c] + BU0[c * k + l] + quad);
      }
    }
    return G;
  }

  /** W_t·v = W0·v + B(X·v) for a fixed direction v: W0·v and X·v (O((k + n)d)) are formed once. */
  along(direction: ArrayLike<number>): (B: ArrayLike<number>) => Float64Array {
    const column = Matrix.columnVector(Array.from(direction));
    if (column.rows !== this.X.columns) throw new ValidationError('direction', `expected length ${this.X.columns}, got ${column.rows}`);
    const W0v = this.W0.mmul(column).getColumn(0);
    const Xv = this.X.mmul(column).getColumn(0);
    return (B) => {
      this.checkCoefficients(B);
      const out = Float64Array.from(W0v);
      for (let l = 0; l < this.k; l++) for (let i = 0; i < this.n; i++) out[l] += B[l * this.n + i] * Xv[i];
      return out;
    };
  }
}

export function spanGradientDescent(
  options: GdProblem & {
    /** Called at every step (after the forward pass of W_t, before the update). */
    onStep?: (state: SpanState) => void;
    /** K and U0 already formed for these X and W0 (they cost O(n(n+k)d), the bulk of a short run at large d). */
    geometry?: SpanGeometry;
  },
): SpanRun {
  checkProblem(options);
  const { net, X, labels, loss, stepSize: eta, steps } = options;
  const n = X.rows;
  const { k, v } = net;
  const { evaluate } = net.activation;
  const geometry = options.geometry ?? new SpanGeometry(X, options.initialWeights);
  if (geometry.X !== X || geometry.W0 !== options.initialWeights) throw new ValidationError('geometry', 'was built for other inputs or initial weights');
  const { K, U0 } = geometry;
  const B = new Float64Array(k * n);
  const U = new Float64Array(n * k);
  const phiU = new Float64Array(n * k);
  const dphiU = new Float64Array(n * k);
  const f = new Float64Array(n);
  const g = new Float64Array(n);
  const w0Squared = options.initialWeights.norm('frobenius') ** 2;
  /** [tr(B U0), tr(B K Bᵀ)] at the current step. */
  const traces = (): [number, number] => {
    let cross = 0;
    let quad = 0;
    for (let i = 0; i < n; i++) {
      for (let l = 0; l < k; l++) {
        const b = B[l * n + i];
        cross += b * U0[i * k + l];
        quad += b * (U[i * k + l] - U0[i * k + l]);
      }
    }
    return [cross, quad];
  };
  let stepsRun = 0;
  for (let t = 0; t <= steps; t++) {
    gemmNT(K, B, n, k, n, U); // K·Bᵀ
    for (let p = 0; p < U.length; p++) U[p] += U0[p];
    evaluate(U, phiU, dphiU);
    for (let i = 0; i < n; i++) {
      let fi = 0;
      for (let l = 0; l < k; l++) fi += v[l] * phiU[i * k + l];
      f[i] = fi;
    }
    const value = loss.value(f, labels);
    if (!Number.isFinite(value)) throw new DivergenceError(t, value, eta);
    stepsRun = t;
    options.onStep?.({
      step: t,
      predictions: f,
      loss: value,
      coefficients: B,
      preActivations: U,
      distanceFromInit: () => Math.sqrt(Math.max(0, traces()[1])),
      weightsNorm: () => {
        const [cross, quad] = traces();
        return Math.sqrt(Math.max(0, w0Squared + 2 * cross + quad));
      },
    });
    if (t === steps || (options.lossTolerance !== undefined && value <= options.lossTolerance)) break;
    loss.gradient(f, labels, g);
    // ∇_W L = C·X with C[l, i] = v_l φ'(u_il) ∂L/∂f_i, so B ← B − η·C
    for (let i = 0; i < n; i++) {
      const gi = g[i];
      if (gi === 0) continue;
      for (let l = 0; l < k; l++) B[l * n + i] -= eta * v[l] * dphiU[i * k + l] * gi;
    }
  }
  const W0 = options.initialWeights;
  return {
    stepsRun,
    coefficients: B,
    weights: () => W0.clone().add(fromFlat(B, k, n).mmul(X)),
    predict: (inputs: Matrix) => spanPredictor(net, X, W0, inputs)(B),
  };
}

/**
 * f(W_t, ·) on fixed inputs for any coefficients B_t of W_t = W0 + B_t·X: X_new W0ᵀ and X_new Xᵀ are formed once
 * (O(n_new·d·(k + n))), so each later call costs O(n_new·n·k) whatever d is — for tracking a validation set.
 */
export function spanPredictor(net: TwoLayerNet, X: Matrix, W0: Matrix, inputs: Matrix): (coefficients: ArrayLike<number>) => Float64Array {
  net.checkInputs(inputs, 'inputs');
  const { k, v } = net;
  const n = X.rows;
  const rows = inputs.rows;
  const P0 = toFlat(multiplyTransposed(inputs, W0)); // rows×k
  const G = toFlat(multiplyTransposed(inputs, X)); // rows×n
  return (B) => {
    if (B.length !== k * n) throw new ValidationError('coefficients', `expected ${k}×${n} = ${k * n} entries, got ${B.length}`);
    const U = gemmNT(G, Float64Array.from(B), rows, k, n); // (X_new Xᵀ)·Bᵀ
    for (let p = 0; p < U.length; p++) U[p] += P0[p];
    net.activation.evaluate(U, U, null);
    const out = new Float64Array(rows);
    for (let i = 0; i < rows; i++) {
      let s = 0;
      for (let l = 0; l < k; l++) s += v[l] * U[i * k + l];
      out[i] = s;
    }
    return out;
  };
}
