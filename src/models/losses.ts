import { ValidationError } from '../core/errors';
import { finiteVector, describe } from '../core/validate';

/**
 * A loss on predictions f against labels y. `reduction` says whether the total is a sum
 * (Li et al. 2019: L = ½Σ(y−f)², no 1/n, so step sizes scale like K/n) or a mean (Frei, Chatterji & Bartlett 2022 (both papers): (1/n)Σℓ).
 */
export interface Loss {
  readonly name: LossName;
  readonly reduction: Reduction;
  /** Unreduced per-sample losses ℓ_i. */
  perSample(f: ArrayLike<number>, y: ArrayLike<number>): Float64Array;
  /** The reduced total L. */
  value(f: ArrayLike<number>, y: ArrayLike<number>): number;
  /** ∂L/∂f_i (reduction included), written into `out` when given. */
  gradient(f: ArrayLike<number>, y: ArrayLike<number>, out?: Float64Array): Float64Array;
  /** Throws a ValidationError naming `field` if y is not a valid label vector for this loss. */
  checkLabels(y: ArrayLike<number>, field: string): void;
}

export type Reduction = 'sum' | 'mean';
export const LOSS_NAMES = ['leastSquares', 'logistic'] as const;
export type LossName = (typeof LOSS_NAMES)[number];

function reduce(values: Float64Array, reduction: Reduction): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return reduction === 'sum' ? s : s / values.length;
}

function sameLength(f: ArrayLike<number>, y: ArrayLike<number>): void {
  if (f.length !== y.length) throw new ValidationError('labels', `expected ${f.length} labels (one per prediction), got ${y.length}`);
}

/**
 * A loss that is a sum or mean of one per-sample term ℓ(f_i, y_i): the per-sample losses, their reduced total and the
 * gradient scale·∂ℓ/∂f_i with scale = 1 (sum) or 1/n (mean), which `scaledDerivative(f_i, y_i, scale)` returns.
 */
function pointwiseLoss(
  name: LossName,
  reduction: Reduction,
  term: (f: number, y: number) => number,
  scaledDerivative: (f: number, y: number, scale: number) => number,
  checkLabels: (y: ArrayLike<number>, field: string) => void,
): Loss {
  return {
    name,
    reduction,
    perSample(f, y) {
      sameLength(f, y);
      const out = new Float64Array(f.length);
      for (let i = 0; i < f.length; i++) out[i] = term(f[i], y[i]);
      return out;
    },
    value(f, y) {
      return reduce(this.perSample(f, y), reduction);
    },
    gradient(f, y, out = new Float64Array(f.length)) {
      sameLength(f, y);
      const scale = reduction === 'sum' ? 1 : 1 / f.length;
      for (let i = 0; i < f.length; i++) out[i] = scaledDerivative(f[i], y[i], scale);
      return out;
    },
    checkLabels,
  };
}

/** ½(f − y)² per sample; default reduction 'sum' as in Li et al. 2019 eq. (1.3). */
export function leastSquares(reduction: Reduction = 'sum'): Loss {
  return pointwiseLoss(
    'leastSquares',
    reduction,
    (f, y) => 0.5 * (f - y) ** 2,
    (f, y, scale) => scale * (f - y),
    (y, field) => finiteVector(y, field),
  );
}

/** log(1 + e^{−x}) without overflow. */
function softplusNeg(x: number): number {
  return x > 0 ? Math.log1p(Math.exp(-x)) : -x + Math.log1p(Math.exp(x));
}

/** ℓ(y f) = log(1 + e^{−y f}) for y ∈ {−1, +1}; default reduction 'mean' as in Frei, Chatterji & Bartlett 2022 (both papers). */
export function logistic(reduction: Reduction = 'mean'): Loss {
  return pointwiseLoss(
    'logistic',
    reduction,
    (f, y) => softplusNeg(y * f),
    scaledLogisticDerivative,
    (y, field) => {
      for (let i = 0; i < y.length; i++) {
        if (y[i] !== 1 && y[i] !== -1) throw new ValidationError(`${field}[${i}]`, `the logistic loss needs labels in {-1, +1}, got ${y[i]}`);
      }
    },
  );
}

/** scale·∂ℓ/∂f = −scale·y·g(m) with m = y f and g(m) = 1/(1+e^m), written to stay finite for large |m|. */
function scaledLogisticDerivative(f: number, y: number, scale: number): number {
  const m = y * f;
  const g = m > 0 ? Math.exp(-m) / (1 + Math.exp(-m)) : 1 / (1 + Math.exp(m));
  return -scale * y * g;
}

export type LossSpec = LossName | { name: LossName; reduction?: Reduction } | Loss;

export function loss(spec: LossSpec | string, field = 'loss'): Loss {
  if (typeof spec === 'object' && spec !== null && 'gradient' in spec) return spec;
  const name = typeof spec === 'string' ? spec : typeof spec === 'object' && spec !== null ? spec.name : undefined;
  const reduction = typeof spec === 'object' && spec !== null ? spec.reduction : undefined;
  if (reduction !== undefined && reduction !== 'sum' && reduction !== 'mean') {
    throw new ValidationError(`${field}.reduction`, `expected "sum" or "mean", got ${describe(reduction)}`);
  }
  switch (name) {
    case 'leastSquares':
      return leastSquares(reduction);
    case 'logistic':
      return logistic(reduction);
    default:
      throw new ValidationError(field, `unknown loss ${describe(name)}; known: ${LOSS_NAMES.join(', ')}`);
  }
}
