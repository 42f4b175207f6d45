import assert from 'node:assert/strict';

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
