import assert from 'node:assert/strict';
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
