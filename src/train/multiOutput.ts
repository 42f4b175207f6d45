import { Matrix } from 'ml-matrix';
import { Activation } from '../models/activations';
import { DivergenceError } from './gd';
import { JacobianOperator, multiOutputJacobian } from '../jacobian/operator';
import { balancedOutputLayer } from '../models/twoLayerNet';
import { Rng } from '../core/random';
import { integer, positiveNumber } from '../core/validate';

/**
 * The fixed output layer of a K̄-output network f_c(W, x) = V_cᵀφ(Wx): each row is the balanced
 * ±1/√k vector of the scalar network in its own random order, so the outputs see different hidden units.
 */
export function balancedOutputMatrix(classes: number, width: number, rng: Rng): Matrix {
  integer(classes, 'classes', 1);
  const base = balancedOutputLayer(width);
  const V = new Matrix(classes, width);
  for (let c = 0; c < classes; c++) {
    const order = rng.permutation(width);
    for (let l = 0; l < width; l++) V.set(c, l, base[order[l]]);
  }
  return V;
}

/** One-hot targets, sample-major (the row order of the `allClasses` Jacobian). */
export function oneHotTargets(classes: ArrayLike<number>, count: number): Float64Array {
  const Y = new Float64Array(classes.length * count);
  for (let i = 0; i < classes.length; i++) Y[i * count + classes[i]] = 1;
  return Y;
}

/**
 * Full-batch GD on ½‖F(W) − Y‖² for the K̄-output network with V fixed: W ← W − η·J_allᵀ(F − Y).
 * The gradient is the VJP of the all-classes Jacobian, the same operator the spectrum is taken from.
 */
export function multiOutputGradientDescent(params: {
  activation: Activation;
  W0: Matrix;
  X: Matrix;
  outputs: Matrix;
  targets: Float64Array;
  stepSize: number;
  steps: number;
}): { weights: Matrix; loss: number[] } {
  const { activation, X, outputs, targets } = params;
  const eta = positiveNumber(params.stepSize, 'stepSize');
  integer(params.steps, 'steps', 0);
  let W = params.W0.clone();
  const loss: number[] = [];
  for (let t = 0; ; t++) {
    const op: JacobianOperator = multiOutputJacobian({ activation, W, X, outputs, rows: 'allClasses' });
    const residual = op.predictions().map((f, r) => f - targets[r]);
    const value = 0.5 * residual.reduce((s, x) => s + x * x, 0);
    if (!Number.isFinite(value)) throw new DivergenceError(t, value, eta);
    loss.push(value);
    if (t === params.steps) break;
    const G = op.rmatvec(residual);
    const next = W.clone();
    for (let l = 0; l < W.rows; l++) for (let j = 0; j < W.columns; j++) next.set(l, j, W.get(l, j) - eta * G[l * W.columns + j]);
    W = next;
  }
  return { weights: W, loss };
}
