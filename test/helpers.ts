import assert from 'node:assert/strict';
import type { Matrix } from 'ml-matrix';
import { leastSquares, type Loss } from '../src/models/losses';
import type { TwoLayerNet } from '../src/models/twoLayerNet';
import type { BoundCheck } from '../src/theory/checks';

/** max |a − b| / max(1, max |b|): a relative error that does not blow up near zero. */
export function relativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  assert.equal(a.length, b.length, 'length mismatch');
  let diff = 0;
  let scale = 1;
  for (let i = 0; i < a.length; i++) {
    diff = Math.max(diff, Math.abs(a[i] - b[i]));
    scale = Math.max(scale, Math.abs(b[i]));
  }
  return diff / scale;
}

export function assertClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number, what: string): void {
  const err = relativeError(actual, expected);
  assert.ok(err <= tolerance, `${what}: relative error ${err.toExponential(3)} > ${tolerance}`);
}

/** Every check holds; a failure names the check, both sides and its unmet hypotheses. */
export function assertAllHold(checks: readonly BoundCheck[]): void {
  for (const c of checks) {
    const unmet = c.hypotheses
      .filter((h) => !h.holds)
      .map((h) => `${h.name} ${h.detail}`)
      .join('; ');
    assert.equal(c.verdict, 'holds', `${c.id}: ${c.lhs} ${c.relation} ${c.rhs}; ${unmet}`);
  }
}

/** What GD needs to train `net` on `data` from W0 under `loss` (default: the sum least squares of Li et al. 2019 eq. 1.3); the step size and steps are the caller's. */
export function gdProblem(net: TwoLayerNet, data: { X: Matrix; labels: ArrayLike<number> }, W0: Matrix, loss: Loss = leastSquares()) {
  return { net, X: data.X, labels: data.labels, loss, initialWeights: W0 };
}
