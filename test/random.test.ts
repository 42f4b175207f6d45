import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Rng } from '../src/index';

test('the same seed gives bit-identical draws across generators', () => {
  const draw = (rng: Rng) => [
    ...Array.from({ length: 50 }, () => rng.uniform()),
    ...rng.normalVector(51),
    ...rng.unitSphere(7),
    ...rng.permutation(20),
    ...rng.choice(30, 10),
    ...rng.normalMatrix(3, 4, 2).to1DArray(),
  ];
  const a = draw(new Rng(42));
  const b = draw(new Rng(42));
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, draw(new Rng(43)));
  assert.deepEqual(draw(new Rng('42')), a, 'numeric and string seeds name the same stream');
});

test('forks are reproducible and independent of draws on the parent', () => {
  const parent = new Rng(5);
  const before = parent.fork('data').normalVector(10);
  parent.normalVector(1000);
  assert.deepEqual(parent.fork('data').normalVector(10), before);
  assert.notDeepEqual(parent.fork('init').normalVector(10), before);
});

test('normal draws have mean 0 and variance 1 (within 5 standard errors)', () => {
  const rng = new Rng(1);
  const n = 200_000;
  const z = rng.normalVector(n);
  const mean = z.reduce((a, b) => a + b, 0) / n;
  const variance = z.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1);
  assert.ok(Math.abs(mean) < 5 / Math.sqrt(n), `mean ${mean}`);
  assert.ok(Math.abs(variance - 1) < 5 * Math.sqrt(2 / n), `variance ${variance}`);
});

test('uniform draws lie in [0, 1) and unit-sphere draws have norm 1 with mean near 0', () => {
  const rng = new Rng(2);
  for (let i = 0; i < 10_000; i++) {
    const u = rng.uniform();
    assert.ok(u >= 0 && u < 1);
  }
  const d = 5;
  const sum = new Float64Array(d);
  const m = 20_000;
  for (let i = 0; i < m; i++) {
    const x = rng.unitSphere(d);
    assert.ok(Math.abs(Math.hypot(...x) - 1) < 1e-14);
    x.forEach((xi, j) => (sum[j] += xi));
  }
  // each coordinate has variance 1/d, so its mean has standard error 1/√(d·m)
  for (const s of sum) assert.ok(Math.abs(s / m) < 5 / Math.sqrt(d * m));
});

test('permutation and choice return distinct valid indices', () => {
  const rng = new Rng(3);
  assert.deepEqual(
    [...rng.permutation(100)].sort((a, b) => a - b),
    Array.from({ length: 100 }, (_, i) => i),
  );
  const c = [...rng.choice(50, 20)];
  assert.equal(new Set(c).size, 20);
  assert.ok(c.every((i) => i >= 0 && i < 50));
  assert.throws(() => rng.choice(3, 4), /cannot choose 4 distinct items out of 3/);
  assert.throws(() => rng.permutation(-1), /n: expected an integer >= 0/);
  assert.throws(() => new Rng(NaN), /seed: expected a finite number/);
});
