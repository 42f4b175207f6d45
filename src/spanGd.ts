import { Matrix } from 'ml-matrix';
import { checkProblem, DivergenceError, GdProblem } from './gd';
import { ValidationError } from './errors';
import { fromFlat, toFlat } from './flat';
import { TwoLayerNet } from './network';

/**
 * Gradient descent in the span of the data, exact for any d: every gradient row is a combination of the inputs, so
 * W_t = W0 + B_t·X with B_t ∈ R^{k×n}, B_0 = 0 (seed 001 §4.8, seed 002). With K = XXᵀ and U0 = XW0ᵀ precomputed,
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

export function spanGradientDescent(options: GdProblem & {
  /** Called at every step (after the forward pass of W_t, before the update). */
  onStep?: (state: SpanState) => void;
}): SpanRun {
  checkProblem(options);
  const { net, X, labels, loss, stepSize: eta, steps } = options;
  const n = X.rows;
  const { k, v } = net;
  const { phi, dphi } = net.activation;
  const K = toFlat(X.mmul(X.transpose()));
  const U0 = toFlat(X.mmul(options.initialWeights.transpose())); // n×k
  const B = new Float64Array(k * n);
  const U = new Float64Array(n * k);
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
    for (let i = 0; i < n; i++) {
      const ko = i * n;
      let fi = 0;
      for (let l = 0; l < k; l++) {
        const bo = l * n;
        let u = U0[i * k + l];
        for (let m = 0; m < n; m++) u += K[ko + m] * B[bo + m];
        U[i * k + l] = u;
        fi += v[l] * phi(u);
      }
      f[i] = fi;
    }
    const value = loss.value(f, labels);
    if (!Number.isFinite(value)) throw new DivergenceError(t, value, eta);
    stepsRun = t;
    options.onStep?.({
      step: t, predictions: f, loss: value, coefficients: B, preActivations: U,
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
      for (let l = 0; l < k; l++) B[l * n + i] -= eta * v[l] * dphi(U[i * k + l]) * gi;
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
  const { phi } = net.activation;
  const n = X.rows;
  const rows = inputs.rows;
  const P0 = toFlat(inputs.mmul(W0.transpose())); // rows×k
  const G = toFlat(inputs.mmul(X.transpose())); // rows×n
  return (B) => {
    if (B.length !== k * n) throw new ValidationError('coefficients', `expected ${k}×${n} = ${k * n} entries, got ${B.length}`);
    const out = new Float64Array(rows);
    for (let i = 0; i < rows; i++) {
      let s = 0;
      for (let l = 0; l < k; l++) {
        let u = P0[i * k + l];
        for (let m = 0; m < n; m++) u += G[i * n + m] * B[l * n + m];
        s += v[l] * phi(u);
      }
      out[i] = s;
    }
    return out;
  };
}
