import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundCheck, clopperPearson, overMeasurements, overSeeds, probabilityCheck, wilson } from '../src/index';

test('Clopper–Pearson intervals equal scipy.stats.beta quantiles', () => {
  // beta.ppf(0.025, s, n−s+1) and beta.ppf(0.975, s+1, n−s), computed independently with scipy.
  const expected: [number, number, number, number][] = [
    [7, 10, 0.3475471499400027, 0.9332604888222655],
    [0, 10, 0, 0.3084971078187607],
    [10, 10, 0.6915028921812392, 1],
    [50, 100, 0.39832112950330095, 0.601678870496699],
  ];
  for (const [s, n, lo, hi] of expected) {
    const [a, b] = clopperPearson(s, n);
    assert.ok(Math.abs(a - lo) < 1e-12 && Math.abs(b - hi) < 1e-12, `${s}/${n}: [${a}, ${b}]`);
  }
  const [wl, wh] = wilson(7, 10);
  assert.ok(wl > 0.3475 && wh < 0.9333, 'Wilson is inside Clopper–Pearson here');
  assert.throws(() => clopperPearson(11, 10), /successes ≤ trials/);
});

test('probabilityCheck holds when the seeds are consistent with 1 − δ and is violated when they contradict it', () => {
  const allGood = overSeeds([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], () => true);
  assert.equal(probabilityCheck({ id: 'p', name: 'p', source: 's', result: allGood, claimed: 0.9 }).verdict, 'holds');
  // 3 successes in 10 seeds: the upper 95% bound is 0.65 < 0.9, so the claim "≥ 0.9" is contradicted.
  const mostlyBad = overSeeds([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], (seed) => seed <= 3);
  const check = probabilityCheck({ id: 'p', name: 'p', source: 's', result: mostlyBad, claimed: 0.9 });
  assert.equal(check.verdict, 'violated');
  assert.equal(check.details.failedSeeds, '4 5 6 7 8 9 10');
  // One failure in ten is within sampling error of 0.9.
  const oneBad = overSeeds([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], (seed) =>
    boundCheck({ id: 'x', kind: 'bound', name: 'x', source: 's', lhs: seed, relation: '<=', rhs: 9 }),
  );
  assert.equal(probabilityCheck({ id: 'p', name: 'p', source: 's', result: oneBad, claimed: 0.9 }).verdict, 'holds');
  const broken = probabilityCheck({
    id: 'p',
    name: 'p',
    source: 's',
    result: allGood,
    claimed: 0.9,
    hypotheses: [{ name: 'width ≥ bound', holds: false, detail: '10 ≥ 1e6' }],
  });
  assert.equal(broken.verdict, 'not-applicable');
});

test('an empirical check must say why its threshold is what it is', () => {
  assert.throws(() => boundCheck({ id: 'e', kind: 'empirical', name: 'acc ≥ 0.8', source: 's', lhs: 0.9, relation: '>=', rhs: 0.8 }), /threshold/);
  assert.equal(
    boundCheck({
      id: 'e',
      kind: 'empirical',
      name: 'acc ≥ 0.8',
      source: 's',
      lhs: 0.9,
      relation: '>=',
      rhs: 0.8,
      threshold: 'paper Table 1 minus 2 standard errors',
    }).verdict,
    'holds',
  );
});

test('overMeasurements counts one trial per measurement and names a failure by its index', () => {
  const result = overMeasurements([0.5, 2, 0.9, 3], (x) => x <= 1);
  assert.equal(result.successes, 2);
  assert.equal(result.trials, 4);
  assert.deepEqual(result.failedSeeds, [1, 3]);
});
