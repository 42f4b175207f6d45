import { Matrix } from 'ml-matrix';
import { Activation, ActivationSpec, activation as resolveActivation } from './activations';
import { ValidationError } from '../core/errors';
import { Loss } from './losses';
import { Rng } from '../core/random';
import { toFlat, fromFlat } from '../linalg/flat';
import { gemmNTInto, reluForward, scaledTNAccumulate, softplusForward } from '../linalg/kernels';
import { fusedInWasm } from '../linalg/wasm/runtime';
import { bufferedTrainingPass, reluTrainingPass, softplusTrainingPass, type TrainingPass } from '../linalg/trainingPass';
import { integer, finiteMatrix, finiteVector, positiveNumber } from '../core/validate';

export interface TwoLayerNetOptions {
  /** Input dimension d. */
  inputDim: number;
  /** Hidden width k. */
  width: number;
  activation: ActivationSpec;
  /** Fixed output layer v; default `balancedOutputLayer(width)`. */
  outputLayer?: ArrayLike<number>;
}

/**
 * v with half its entries +1/√k and half −1/√k (Li et al. 2019 footnotes 2–3: for odd k, ⌊(k−1)/2⌋ of each
 * sign and one zero), so 1ᵀv = 0 and ‖v‖ = 1 for even k.
 */
export function balancedOutputLayer(k: number): Float64Array {
  integer(k, 'width', 1);
  const v = new Float64Array(k);
  const half = Math.floor(k / 2);
  const s = 1 / Math.sqrt(k);
  for (let l = 0; l < half; l++) {
    v[l] = s;
    v[half + l] = -s;
  }
  return v; // for odd k the last entry stays 0
}

/**
 * The one-hidden-layer network f(W, x) = vᵀφ(Wx) with W ∈ R^{k×d} trained and v fixed (Li et al. 2019 eq. 1.2).
 * The `*Flat` methods are the allocation-free kernels used by GD and the Jacobian code.
 */
export class TwoLayerNet {
  readonly d: number;
  readonly k: number;
  readonly activation: Activation;
  readonly v: Float64Array;

  constructor(options: TwoLayerNetOptions) {
    this.d = integer(options.inputDim, 'inputDim', 1);
    this.k = integer(options.width, 'width', 1);
    this.activation = resolveActivation(options.activation);
    if (options.outputLayer !== undefined) {
      finiteVector(options.outputLayer, 'outputLayer', this.k);
      this.v = Float64Array.from(options.outputLayer);
    } else {
      this.v = balancedOutputLayer(this.k);
    }
  }

  /** W0 with i.i.d. N(0, scale²) entries (Li et al. 2019: scale 1). */
  initialWeights(rng: Rng, scale = 1): Matrix {
    positiveNumber(scale, 'initScale');
    return rng.normalMatrix(this.k, this.d, scale);
  }

  checkWeights(W: Matrix, field = 'W'): void {
    finiteMatrix(W, field, this.k, this.d);
  }

  checkInputs(X: Matrix, field = 'X'): void {
    finiteMatrix(X, field, undefined, this.d);
  }

  /** Predictions f(W, x_i) for every row of X. */
  predict(W: Matrix, X: Matrix): Float64Array {
    this.checkWeights(W);
    this.checkInputs(X);
    const f = new Float64Array(X.rows);
    this.forwardFlat(toFlat(W), toFlat(X), X.rows, f, null);
    return f;
  }

  /** Loss value, predictions and ∇_W L = diag(v)·φ'(WXᵀ)·diag(∂L/∂f)·X (Li et al. 2019 §4.3). */
  lossAndGradient(W: Matrix, X: Matrix, y: ArrayLike<number>, loss: Loss): { loss: number; predictions: Float64Array; gradient: Matrix } {
    this.checkWeights(W);
    this.checkInputs(X);
    if (y.length !== X.rows) throw new ValidationError('labels', `expected ${X.rows} labels (one per row of X), got ${y.length}`);
    loss.checkLabels(y, 'labels');
    const n = X.rows;
    const Xf = toFlat(X);
    const f = new Float64Array(n);
    const dphiZ = new Float64Array(n * this.k);
    this.forwardFlat(toFlat(W), Xf, n, f, dphiZ);
    const G = new Float64Array(this.k * this.d);
    this.backwardFlat(Xf, n, loss.gradient(f, y), dphiZ, G);
    return { loss: loss.value(f, y), predictions: f, gradient: fromFlat(G, this.k, this.d) };
  }

  /**
   * f_i = Σ_l v_l φ(w_lᵀx_i) into `f`; when `dphiZ` is given, also φ'(Z) (n×k row-major) for the backward pass.
   * ReLU on the SIMD backend runs as one fused kernel; otherwise Z = XWᵀ by the kernel, then φ and φ' in one pass over Z
   * where the kernel left it.
   */
  forwardFlat(W: Float64Array, X: Float64Array, n: number, f: Float64Array, dphiZ: Float64Array | null): void {
    const { d, k, v } = this;
    if (this.activation.name === 'relu' && fusedInWasm()) {
      reluForward(X, W, v, n, k, d, f, dphiZ);
      return;
    }
    if (this.activation.name === 'softplus' && fusedInWasm()) {
      softplusForward(X, W, v, n, k, d, f, dphiZ); // the vectorised exp/log1p over Z (within a few ulp of Math.exp)
      return;
    }
    gemmNTInto(X, W, n, k, d, (Z) => {
      this.activation.evaluate(Z, Z, dphiZ); // φ(Z) overwrites Z
      for (let i = 0; i < n; i++) {
        const zo = i * k;
        let fi = 0;
        for (let l = 0; l < k; l++) fi += v[l] * Z[zo + l];
        f[i] = fi;
      }
    });
  }

  /**
   * A training pass on the n rows of X (row-major). ReLU gets the fused kernels of `reluTrainingPass` (activation lists
   * instead of an n×k φ′(Z), inputs kept in kernel memory), softplus on the blas backend those of `softplusTrainingPass`
   * (Z and φ′(Z) kept in kernel memory); other activations run forwardFlat / backwardFlat with one φ′(Z) buffer. All
   * give the same numbers as those two methods.
   */
  trainingPass(X: Float64Array, n: number): TrainingPass {
    const { d, k, v } = this;
    if (X.length !== n * d) throw new ValidationError('X', `expected ${n}×${d} = ${n * d} entries, got ${X.length}`);
    if (this.activation.name === 'relu') return reluTrainingPass(X, v, n, k, d);
    const fused = this.activation.name === 'softplus' ? softplusTrainingPass(X, v, n, k, d) : null;
    if (fused) return fused;
    return bufferedTrainingPass(
      n,
      k,
      d,
      (W, f, dphi) => this.forwardFlat(W, X, n, f, dphi),
      (dLdf, dphi, G) => this.backwardFlat(X, n, dLdf, dphi, G),
    );
  }

  /** G = ∇_W L: row l = v_l Σ_i (∂L/∂f_i) φ'(z_il) x_iᵀ, i.e. G = Cᵀ X with C_il = (∂L/∂f_i)·v_l·φ'(z_il). Overwrites G (k×d). */
  backwardFlat(X: Float64Array, n: number, dLdf: Float64Array, dphiZ: Float64Array, G: Float64Array): void {
    const { d, k, v } = this;
    G.fill(0);
    scaledTNAccumulate(dphiZ, dLdf, v, X, n, k, d, G);
  }
}
