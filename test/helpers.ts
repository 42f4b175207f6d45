import assert from 'node:assert/strict';
import type { Matrix } from 'ml-matrix';
import { leastSquares, type Loss } from '../src/models/losses';
import type { TwoLayerNet } from '../src/models/twoLayerNet';
import type { BoundCheck } from '../src/theory/checks';
import { reluForward, scaledTNAccumulate } from '../src/linalg/kernels';

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

/**
 * (rows, columns, inner size) triples for the kernel tests: odd and even sizes, every remainder of the inner size mod 4
 * and of the SIMD kernels' 8·a + 2·b + 1 column blocks, small ones and ones above the size at which work is split.
 */
// prettier-ignore
export const KERNEL_SHAPES: readonly (readonly [number, number, number])[] = [
  [1, 1, 1], [2, 3, 2], [3, 8, 5], [5, 7, 3], [5, 11, 7], [4, 19, 3], [9, 4, 5],
  [17, 13, 20], [50, 33, 33], [63, 129, 40], [64, 300, 17], [301, 257, 20], [301, 257, 40],
];

/**
 * The fused ReLU forward (f, φ′) and the scaled backward G += (φ′ ⊙ v·gᵀ)ᵀX with G starting at `gStart`, on the
 * backend in use: one step's kernels, for the cross-backend and thread-split tests.
 */
export function reluKernelsRun(x: Float64Array, w: Float64Array, v: Float64Array, g: Float64Array, n: number, k: number, d: number, gStart: number) {
  const f = new Float64Array(n);
  const D = new Float64Array(n * k);
  reluForward(x, w, v, n, k, d, f, D);
  const G = new Float64Array(k * d).fill(gStart);
  scaledTNAccumulate(D, g, v, x, n, k, d, G);
  return { f, D, G };
}
