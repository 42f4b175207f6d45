import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalCdf, normalSurvival, NormalStream, Rng } from '../src/index';
import { ZIGGURAT } from '../src/core/normalStream';

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

test('NormalStream: xoshiro128** outputs equal the published reference implementation (Blackman & Vigna)', () => {
  // the first outputs and the 1000th from the authors' C code (xoshiro128starstar.c) with state {1, 2, 3, 4}
  const stream = new NormalStream([1, 2, 3, 4]);
  const outputs = Array.from({ length: 1000 }, () => stream.nextUint32());
  assert.deepEqual(outputs.slice(0, 6), [11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  assert.equal(outputs[999], 3170714187);
});

test('NormalStream: the ziggurat tables have 256 layers of area V (Marsaglia & Tsang 2000), the base layer r·f(r) plus the tail', () => {
  const { K, W, F, r, v } = ZIGGURAT;
  const m = 2 ** 52;
  const f = (x: number) => Math.exp(-0.5 * x * x);
  assert.ok(Math.abs(W[0] * m * F[255] - v) < 1e-15, 'base rectangle: q·f(r) = V');
  assert.ok(Math.abs(v - (r * f(r) + Math.sqrt(2 * Math.PI) * normalSurvival(r))) < 1e-12, 'V = r·f(r) + ∫_r^∞ f');
  for (let i = 1; i < 256; i++) {
    const width = W[i] * m;
    // layer i spans heights F[i] to F[i − 1] at width x_i; the top layer (i = 1) closes only to the precision of r
    if (i > 1) assert.ok(Math.abs(width * (F[i - 1] - F[i]) - v) < 1e-13, `layer ${i}: area ${width * (F[i - 1] - F[i])}`);
    assert.ok(Math.abs(F[i] - f(width)) < 1e-15, `layer ${i}: F = f(x)`);
    if (i < 255) assert.ok(Math.abs(K[i + 1] - (W[i] / W[i + 1]) * m) <= 1, `layer ${i + 1}: K = x_i/x_{i+1}·2^52`);
  }
  assert.equal(K[1], 0, 'the top layer has no inner rectangle');
  assert.ok(Math.abs(W[1] * m * (1 - F[1]) - v) < 1e-10, 'the top layer closes at f(0) = 1: r is the 256-layer root');
});

test('NormalStream: fill() is the ziggurat written out on consecutive outputs (64 bits per draw: layer, sign, 52-bit integer)', () => {
  // an independent route through nextUint32 and the tables: the inlined generator and its fast/slow split must agree
  const { K, W, F, r } = ZIGGURAT;
  const plain = new NormalStream([7, 0, 0x9e3779b9, 12345]);
  const uniform = () => ((plain.nextUint32() >>> 5) * 2 ** 26 + (plain.nextUint32() >>> 6)) / 2 ** 53;
  const draw = (): number => {
    for (;;) {
      const a = plain.nextUint32();
      const b = plain.nextUint32();
      const layer = b & 255;
      const sign = (b & 256) === 0 ? 1 : -1;
      const u = a * 2 ** 20 + (b >>> 12);
      const x = u * W[layer];
      if (u < K[layer]) return sign * x;
      if (layer === 0) {
        for (;;) {
          const xx = -Math.log1p(-uniform()) / r;
          const yy = -Math.log1p(-uniform());
          if (2 * yy > xx * xx) return sign * (r + xx);
        }
      }
      if (F[layer] + uniform() * (F[layer - 1] - F[layer]) < Math.exp(-0.5 * x * x)) return sign * x;
    }
  };
  const reference = Array.from({ length: 20_000 }, draw);
  const drawn = new NormalStream([7, 0, 0x9e3779b9, 12345]).fill(new Float64Array(20_000));
  assert.deepEqual(Array.from(drawn), reference);
  assert.ok(
    reference.some((x) => Math.abs(x) > r),
    'the tail was drawn',
  );
  const scaled = new NormalStream([7, 0, 0x9e3779b9, 12345]).fill(new Float64Array(100), 0.5);
  assert.deepEqual(
    Array.from(scaled),
    reference.slice(0, 100).map((z) => 0.5 * z),
  );
});

test('NormalStream: a stable stream for a fixed key (a change here changes the draws behind every seeded Monte Carlo Σ(C) and MLP initialisation)', () => {
  const first = Array.from(new NormalStream([1, 2, 3, 4]).fill(new Float64Array(4)));
  assert.deepEqual(
    first.map((x) => x.toPrecision(12)),
    ['0.0000104894702541', '-0.00211876743937', '-0.408615989763', '0.293341428383'],
  );
});

test('NormalStream: the draws do not depend on how they are split between fill calls (whole outputs per draw, so no state is left between calls)', () => {
  const whole = new NormalStream([1, 2, 3, 4]).fill(new Float64Array(1000));
  const pieces = new NormalStream([1, 2, 3, 4]);
  const parts = [1, 332, 3, 0, 664].map((n) => Array.from(pieces.fill(new Float64Array(n))));
  assert.deepEqual(parts.flat(), Array.from(whole));
});

test('NormalStream: 200,000 draws match N(0, 1): moments and the ziggurat tail beyond r within 5 standard errors, Kolmogorov–Smirnov distance below its 0.1 % critical value', () => {
  const n = 200_000;
  const z = new Rng(3).normalStream().fill(new Float64Array(n));
  let m1 = 0;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (const x of z) {
    m1 += x;
    m2 += x * x;
    m3 += x ** 3;
    m4 += x ** 4;
  }
  // standard errors of the sample moments of N(0, 1): √(1/n), √(2/n), √(15/n), √(96/n)
  assert.ok(Math.abs(m1 / n) < 5 * Math.sqrt(1 / n), `mean ${m1 / n}`);
  assert.ok(Math.abs(m2 / n - 1) < 5 * Math.sqrt(2 / n), `variance ${m2 / n}`);
  assert.ok(Math.abs(m3 / n) < 5 * Math.sqrt(15 / n), `third moment ${m3 / n}`);
  assert.ok(Math.abs(m4 / n - 3) < 5 * Math.sqrt(96 / n), `fourth moment ${m4 / n}`);
  // draws beyond the base layer's r = 3.6541528853610088 come only from the tail algorithm: their share is 2(1 − Φ(r))
  const r = 3.6541528853610088;
  const pTail = 2 * normalSurvival(r);
  const tail = z.filter((x) => Math.abs(x) > r).length;
  assert.ok(Math.abs(tail - n * pTail) < 5 * Math.sqrt(n * pTail), `${tail} draws beyond r, expected ${n * pTail}`);
  const ksDistance = (draws: Float64Array) => {
    const sorted = Float64Array.from(draws).sort();
    let ks = 0;
    for (let i = 0; i < sorted.length; i++) {
      const F = normalCdf(sorted[i]);
      ks = Math.max(ks, Math.abs(F - i / sorted.length), Math.abs(F - (i + 1) / sorted.length));
    }
    return ks;
  };
  const critical = 1.95 / Math.sqrt(n); // Kolmogorov's 0.1 % point: 1.949/√n
  assert.ok(ksDistance(z) < critical, `KS distance ${ksDistance(z)}`);
  // planted faults must fail the same test: the sign bit ignored (|z|), or the layers' widths 5 % too wide
  assert.ok(ksDistance(z.map(Math.abs)) > critical);
  assert.ok(ksDistance(z.map((x) => (Math.abs(x) < r ? 1.05 * x : x))) > critical);
});

test('Rng.normalStream is keyed by the seed (same seed, same draws; forks and seeds differ) and advances the parent', () => {
  const draw = (rng: Rng) => Array.from(rng.normalStream().fill(new Float64Array(20)));
  assert.deepEqual(draw(new Rng(9)), draw(new Rng(9)));
  assert.notDeepEqual(draw(new Rng(9)), draw(new Rng(10)));
  assert.notDeepEqual(draw(new Rng(9).fork('a')), draw(new Rng(9).fork('b')));
  const parent = new Rng(9);
  const first = draw(parent);
  assert.notDeepEqual(draw(parent), first, 'a second stream of the same generator is a new one');
});

test('NormalStream rejects keys that are not four 32-bit words, the all-zero state and a non-finite scale', () => {
  assert.throws(() => new NormalStream([1, 2, 3]), /key/);
  assert.throws(() => new NormalStream([1, 2, 3, 0.5]), /key\[3\]/);
  assert.throws(() => new NormalStream([0, 0, 0, 0]), /all-zero/);
  assert.throws(() => new NormalStream([1, 2, 3, 4]).fill(new Float64Array(2), NaN), /scale/);
});
