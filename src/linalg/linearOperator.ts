import { ValidationError } from '../core/errors';

/** A matrix known only through products: J·x (JVP) and Jᵀ·y (VJP). */
export interface LinearOperator {
  readonly rows: number;
  readonly columns: number;
  matvec(x: Float64Array): Float64Array;
  rmatvec(y: Float64Array): Float64Array;
}

/** Σ_q w_q·op_q as one operator (e.g. the average Jacobian along a segment by quadrature). */
export function weightedSum(ops: LinearOperator[], weights: ArrayLike<number>): LinearOperator {
  if (ops.length === 0 || ops.length !== weights.length)
    throw new ValidationError('weights', `expected one weight per operator (${ops.length}), got ${weights.length}`);
  const { rows, columns } = ops[0];
  if (ops.some((op) => op.rows !== rows || op.columns !== columns)) throw new ValidationError('ops', 'operators must share one shape');
  const combine = (parts: Float64Array[]) => {
    const out = new Float64Array(parts[0].length);
    parts.forEach((part, q) => {
      for (let i = 0; i < out.length; i++) out[i] += weights[q] * part[i];
    });
    return out;
  };
  return { rows, columns, matvec: (x) => combine(ops.map((op) => op.matvec(x))), rmatvec: (y) => combine(ops.map((op) => op.rmatvec(y))) };
}
