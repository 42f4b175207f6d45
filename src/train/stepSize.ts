import { Matrix } from 'ml-matrix';
import { spectralNormOf } from '../linalg/dense';
import { jacobianNormSquared } from '../jacobian/explicit';
import { TwoLayerNet } from '../models/twoLayerNet';
import { positiveNumber, integer } from '../core/validate';

/** Spectral norm ‖C‖ of a matrix (largest singular value). */
export function spectralNorm(C: Matrix): number {
  return spectralNormOf(C); // LAPACK (the smaller Gram's top eigenvalue) on the blas backend
}

/** η = c·K/(n‖C‖²), the step-size scale of Li et al. 2019 Thm 2.2/2.3 (Thm 2.3 admits c ≤ 1/(2·c_up·Γ²)). */
export function clusterStepSize(params: { c: number; centers: Matrix; n: number }): number {
  const c = positiveNumber(params.c, 'stepSize.c');
  const n = integer(params.n, 'n', 1);
  const norm = spectralNorm(params.centers);
  return (c * params.centers.rows) / (n * norm * norm);
}

/** η = c/‖J(W0, X)‖², the rule of Li et al.'s (2019) Fig. 6 pilot (GD on the quadratic model is stable for c < 2). */
export function jacobianStepSize(params: { c: number; net: TwoLayerNet; W0: Matrix; X: Matrix }): number {
  const c = positiveNumber(params.c, 'stepSize.c');
  return c / jacobianNormSquared(params.net, params.W0, params.X);
}
