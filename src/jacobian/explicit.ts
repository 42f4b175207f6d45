import { Matrix } from 'ml-matrix';
import { symmetricEigenvalues } from '../linalg/dense';
import { networkJacobian } from './operator';
import { TwoLayerNet } from '../models/twoLayerNet';

/**
 * Explicit Jacobian J ∈ R^{n×kd} of f(W, x_i) w.r.t. vec(W) in row-major order:
 * J[i, l·d + j] = v_l φ'(w_lᵀx_i) x_ij (Li et al. 2019 §4.4). Only for small sizes: it has n·k·d entries.
 */
export function jacobian(net: TwoLayerNet, W: Matrix, X: Matrix): Matrix {
  return networkJacobian(net, W, X).explicit();
}

/** Gram matrix JJᵀ = (XXᵀ) ⊙ (φ'(Z) diag(v)² φ'(Z)ᵀ) (Li et al. 2019 §4.5), without forming J. */
export function jacobianGram(net: TwoLayerNet, W: Matrix, X: Matrix): Matrix {
  return networkJacobian(net, W, X).gram();
}

/** ‖J(W, X)‖² = λ_max(JJᵀ), from the symmetric eigendecomposition of the Gram. */
export function jacobianNormSquared(net: TwoLayerNet, W: Matrix, X: Matrix): number {
  const op = networkJacobian(net, W, X);
  const values = symmetricEigenvalues(op.gramFlat(), op.rows); // ascending; LAPACK dsyevd on the blas backend
  return values.length === 0 ? -Infinity : values[values.length - 1];
}
