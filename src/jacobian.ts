import { Matrix, EigenvalueDecomposition } from 'ml-matrix';
import { TwoLayerNet } from './network';
import { toFlat } from './flat';

/**
 * Explicit Jacobian J ∈ R^{n×kd} of f(W, x_i) w.r.t. vec(W) in row-major order:
 * J[i, l·d + j] = v_l φ'(w_lᵀx_i) x_ij (seed 000 §4.4). Only for small sizes: it has n·k·d entries.
 */
export function jacobian(net: TwoLayerNet, W: Matrix, X: Matrix): Matrix {
  net.checkWeights(W);
  net.checkInputs(X);
  const { d, k, v } = net;
  const n = X.rows;
  const Z = X.mmul(W.transpose());
  const J = new Matrix(n, k * d);
  for (let i = 0; i < n; i++) {
    for (let l = 0; l < k; l++) {
      const c = v[l] * net.activation.dphi(Z.get(i, l));
      for (let j = 0; j < d; j++) J.set(i, l * d + j, c * X.get(i, j));
    }
  }
  return J;
}

/**
 * Gram matrix JJᵀ = (XXᵀ) ⊙ (φ'(Z) diag(v)² φ'(Z)ᵀ) (seed 000 §4.5), without forming J:
 * cost O(n²k + n²d) instead of O(n²kd).
 */
export function jacobianGram(net: TwoLayerNet, W: Matrix, X: Matrix): Matrix {
  net.checkWeights(W);
  net.checkInputs(X);
  const { d, k, v } = net;
  const n = X.rows;
  const Xf = toFlat(X);
  const dphiZ = new Float64Array(n * k);
  net.forwardFlat(toFlat(W), Xf, n, new Float64Array(n), dphiZ);
  const v2 = Float64Array.from(v, (x) => x * x);
  const G = new Matrix(n, n);
  for (let a = 0; a < n; a++) {
    for (let b = a; b < n; b++) {
      let act = 0;
      const ao = a * k;
      const bo = b * k;
      for (let l = 0; l < k; l++) act += v2[l] * dphiZ[ao + l] * dphiZ[bo + l];
      let inner = 0;
      for (let j = 0; j < d; j++) inner += Xf[a * d + j] * Xf[b * d + j];
      G.set(a, b, inner * act);
      G.set(b, a, inner * act);
    }
  }
  return G;
}

/** ‖J(W, X)‖² = λ_max(JJᵀ), from the symmetric eigendecomposition of the Gram. */
export function jacobianNormSquared(net: TwoLayerNet, W: Matrix, X: Matrix): number {
  const eig = new EigenvalueDecomposition(jacobianGram(net, W, X), { assumeSymmetric: true });
  return Math.max(...eig.realEigenvalues);
}
