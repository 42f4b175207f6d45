import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corruptLabels, gradientDescent, leastSquares, makeClusterable, Rng, sampleInputs, toFlat, TwoLayerNet } from '../src/index';
import {
  accumulateContrastiveGradient,
  cosineRamp,
  crossEntropy,
  encode,
  imageAugmentation,
  initEncoder,
  knnAccuracy,
  linearProbeAccuracy,
  makeGaussianClasses,
  measureRefinedLabels,
  muSchedule,
  paperRecoveryCondition,
  refinedContrastiveLabels,
  refinedRecoveryThreshold,
  refineryGradientDescent,
  stepRecorder,
  trainContrastive,
  zeroEncoder,
  type ViewAugmentation,
} from '../src/papers/index';
import { assertClose } from './helpers';

function corrupted(epsilon0: number) {
  const rng = new Rng(3);
  const clean = makeClusterable({ d: 8, clusters: 4, perCluster: 10, classLabels: [-1, 1], epsilon0 }, rng.fork('data'));
  return corruptLabels(clean, { fraction: 0.2, scheme: 'reassign' }, rng.fork('corrupt'));
}

test('own-prediction SLR is GD on the noisy labels with step η(1 − α), to round-off', () => {
  const data = corrupted(0.3);
  const net = new TwoLayerNet({ inputDim: 8, width: 20, activation: 'softplus' });
  const W0 = net.initialWeights(new Rng(4));
  const eta = 0.02;
  const slr = refineryGradientDescent({ net, X: data.X, labels: data.labels, initialWeights: W0, stepSize: eta, steps: 200, refinery: 'own', alpha: 0.8 });
  const gd = gradientDescent({ net, X: data.X, labels: data.labels, loss: leastSquares(), initialWeights: W0, stepSize: eta * 0.2, steps: 200 });
  assertClose(toFlat(slr.weights), toFlat(gd.weights), 1e-12, 'W_200');
  const plain = refineryGradientDescent({ net, X: data.X, labels: data.labels, initialWeights: W0, stepSize: eta * 0.2, steps: 200, refinery: 'none' });
  assertClose(toFlat(plain.weights), toFlat(gd.weights), 1e-13, 'refinery none = GD');
});

test('at ε = 0 the cluster-mean refinery is the own-prediction refinery; the positive refinery mixes f on the crops it is given', () => {
  const data = corrupted(0);
  const net = new TwoLayerNet({ inputDim: 8, width: 20, activation: 'tanh' });
  const W0 = net.initialWeights(new Rng(5));
  const common = { net, X: data.X, labels: data.labels, initialWeights: W0, stepSize: 0.05, steps: 50, alpha: cosineRamp(0.2, 0.7, 50) };
  const own = refineryGradientDescent({ ...common, refinery: 'own' });
  const mean = refineryGradientDescent({ ...common, refinery: 'clusterMean', cluster: data.cluster });
  assertClose(toFlat(mean.weights), toFlat(own.weights), 1e-12, 'cluster mean vs own at ε = 0');
  const positive = refineryGradientDescent({ ...common, refinery: 'positive', positives: () => data.X }); // the crop is the point itself
  assertClose(toFlat(positive.weights), toFlat(own.weights), 1e-12, 'positive = own when the positive is the query');
  let seen = 0;
  refineryGradientDescent({
    ...common,
    steps: 3,
    refinery: 'positive',
    positives: (t) => sampleInputs(data.centers, data.clusterSizes, 0.2, 'unitSphere', new Rng(t)).X,
    onStep: (s) => {
      const expected = s.predict(sampleInputs(data.centers, data.clusterSizes, 0.2, 'unitSphere', new Rng(s.step)).X);
      assertClose(s.mixed, expected, 1e-12, 'p^t = f(W_t, crops)');
      assertClose(
        s.refined,
        Array.from(data.labels, (y, i) => (1 - s.alpha) * y + s.alpha * expected[i]),
        1e-12,
        'ỹ^t',
      );
      seen++;
    },
  });
  assert.equal(seen, 4);
});

test('refinery input errors name the field', () => {
  const data = corrupted(0);
  const net = new TwoLayerNet({ inputDim: 8, width: 4, activation: 'tanh' });
  const common = { net, X: data.X, labels: data.labels, initialWeights: net.initialWeights(new Rng(1)), stepSize: 0.1, steps: 2 };
  assert.throws(() => refineryGradientDescent({ ...common, refinery: 'teacher' as never, alpha: 0.5 }), /refinery: unknown refinery "teacher"/);
  assert.throws(() => refineryGradientDescent({ ...common, refinery: 'own' }), /alpha: the own refinery needs α/);
  assert.throws(() => refineryGradientDescent({ ...common, refinery: 'own', alpha: 1 }), /alpha\(0\): expected a number in \[0, 1\)/);
  assert.throws(
    () => refineryGradientDescent({ ...common, refinery: 'positive', alpha: 0.5, positives: () => data.X.subMatrix(0, 3, 0, 7) }),
    /positives: expected 40×8 crops at step 0, got 4×8/,
  );
  assert.throws(() => refineryGradientDescent({ ...common, refinery: 'clusterMean', alpha: 0.5 }), /cluster: the clusterMean refinery needs/);
  assert.throws(() => refineryGradientDescent({ ...common, labels: [1, NaN], refinery: 'none' }), /labels: expected length 40, got 2/);
});

test('thresholds and schedules', () => {
  assert.equal(refinedRecoveryThreshold(0.2), 0.625);
  assert.ok(Math.abs(refinedRecoveryThreshold(0.06) - 1 / 1.88) < 1e-15);
  assert.equal(paperRecoveryCondition(2), -0.5);
  const mu = muSchedule(0.5, 10, 100);
  assert.equal(mu(0), 0.5);
  assert.equal(mu(100), 10);
  for (let t = 1; t <= 100; t++) assert.ok(mu(t) >= mu(t - 1));
  const ramp = cosineRamp(0.2, 0.8, 10);
  assert.equal(ramp(0), 0.2);
  assert.ok(Math.abs(ramp(10) - 0.8) < 1e-15 && Math.abs(ramp(5) - 0.5) < 1e-15);
});

test('Beta(κ, κ) and Gamma samplers have the right moments', () => {
  const rng = new Rng(6);
  for (const kappa of [2, 0.1]) {
    const N = 100_000;
    let m1 = 0,
      m2 = 0;
    for (let i = 0; i < N; i++) {
      const x = rng.beta(kappa, kappa);
      assert.ok(x >= 0 && x <= 1);
      m1 += x;
      m2 += x * x;
    }
    const mean = m1 / N;
    const variance = m2 / N - mean * mean;
    const expected = 1 / (4 * (2 * kappa + 1));
    assert.ok(Math.abs(mean - 0.5) < 5 * Math.sqrt(expected / N), `κ = ${kappa}: mean ${mean}`);
    assert.ok(Math.abs(variance - expected) < 0.03 * expected, `κ = ${kappa}: variance ${variance} vs ${expected}`);
  }
  let g = 0;
  for (let i = 0; i < 50_000; i++) g += rng.gamma(3.5);
  assert.ok(Math.abs(g / 50_000 - 3.5) < 5 * Math.sqrt(3.5 / 50_000));
  assert.throws(() => rng.gamma(0), /shape: expected a positive number/);
});

test('contrastive loss gradient matches finite differences through the normalised MLP', () => {
  const rng = new Rng(7);
  const enc = initEncoder(5, 7, 4, rng);
  const n = 3;
  const inputs = rng.normalVector(n * 5);
  const m = 6;
  const keys = encode(initEncoder(5, 7, 4, rng.fork('keys')), rng.normalVector(m * 5), m).embeddings;
  const labels = [
    [0.5, 0.5, 0, 0, 0, 0],
    [0, 1, 0, 0, 0, 0],
    [0.1, 0.2, 0.3, 0.4, 0, 0],
  ].map((r) => Float64Array.from(r));
  const grad = zeroEncoder(enc);
  accumulateContrastiveGradient(enc, inputs, n, keys, m, labels, 0.3, 1, grad);
  const h = 1e-6;
  for (const key of ['W', 'V'] as const) {
    for (const p of [0, 3, enc[key].length - 1]) {
      const saved = enc[key][p];
      enc[key][p] = saved + h;
      const up = accumulateContrastiveGradient(enc, inputs, n, keys, m, labels, 0.3, 0, zeroEncoder(enc));
      enc[key][p] = saved - h;
      const down = accumulateContrastiveGradient(enc, inputs, n, keys, m, labels, 0.3, 0, zeroEncoder(enc));
      enc[key][p] = saved;
      const numeric = (up - down) / (2 * h);
      assert.ok(Math.abs(numeric - grad[key][p]) < 1e-6 * Math.max(1, Math.abs(numeric)), `${key}[${p}]: ${grad[key][p]} vs ${numeric}`);
    }
  }
});

test('SLR soft labels are distributions with one-hot weight 1/z', () => {
  const rng = new Rng(8);
  const e = 4,
    s = 3,
    m = 7;
  const unit = (v: Float64Array) => {
    for (let i = 0; i < v.length / e; i++) {
      const nrm = Math.hypot(...v.subarray(i * e, i * e + e));
      for (let c = 0; c < e; c++) v[i * e + c] /= nrm;
    }
    return v;
  };
  const keys = unit(rng.normalVector(m * e));
  const pos = unit(rng.normalVector(s * e));
  const { labels, q } = refinedContrastiveLabels(pos, s, keys, m, e, 0.2, 0.8, 1.5);
  labels.forEach((y, i) => {
    assert.ok(Math.abs(y.reduce((a, b) => a + b, 0) - 1) < 1e-12);
    assert.ok(y.every((v) => v >= 0));
    assert.equal(q[i][i], 0);
  });
  assert.throws(() => crossEntropy([0.5, 0.5], [1]), /y: expected 2 entries/);
});

test('Thm 1 toy: |Q_e − Q̃| = 0.1·ln 2 and E‖y − y*‖ = √0.015 (Zhou et al. 2021 S1)', () => {
  const y = [
    [0.4, 0.4, 0.2],
    [0.4, 0.2, 0.4],
  ];
  const star = [
    [0.45, 0.45, 0.1],
    [0.45, 0.1, 0.45],
  ];
  const gap = (crossEntropy(y[0], star[0]) + crossEntropy(y[1], star[1])) / 2 - (crossEntropy(y[0], y[0]) + crossEntropy(y[1], y[1])) / 2;
  assert.ok(Math.abs(Math.abs(gap) - 0.1 * Math.LN2) < 1e-15, `gap ${gap}`);
  assert.ok(Math.abs(Math.hypot(0.05, 0.05, 0.1) - Math.sqrt(0.015)) < 1e-15);
});

test('weighted kNN on separable embeddings', () => {
  const train = Float64Array.from([1, 0, 0.9, Math.sqrt(1 - 0.81), 0, 1, Math.sqrt(1 - 0.81), 0.9]);
  const test = Float64Array.from([0.95, Math.sqrt(1 - 0.9025), 0, 1]);
  assert.equal(knnAccuracy(train, Int32Array.from([0, 0, 1, 1]), test, Int32Array.from([0, 1]), 2, 2), 1);
  assert.equal(knnAccuracy(train, Int32Array.from([0, 0, 1, 1]), test, Int32Array.from([1, 0]), 2, 2), 0);
});

test('linear probe separates linearly separable embeddings and fails on shuffled classes', () => {
  const rng = new Rng(9);
  const e = 3;
  const make = (count: number) => {
    const emb = new Float64Array(count * e);
    const cls = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      cls[i] = i % 3;
      for (let c = 0; c < e; c++) emb[i * e + c] = (c === cls[i] ? 1 : 0) + 0.1 * rng.normal();
    }
    return { emb, cls };
  };
  const train = make(60);
  const test = make(30);
  assert.equal(linearProbeAccuracy(train.emb, train.cls, test.emb, test.cls, e), 1);
  const shuffled = Int32Array.from(test.cls, (c) => (c + 1) % 3);
  assert.equal(linearProbeAccuracy(train.emb, train.cls, test.emb, shuffled, e), 0);
});

test('measured SLR labels: the one-hot error is what y* implies, class-blind mass is chance-level, q precision of a random encoder is near chance', () => {
  const rng = new Rng(10);
  const data = makeGaussianClasses({ classes: 4, d: 6, perClass: 16, meanScale: 1, noise: 0.5 }, rng.fork('data'));
  const enc = initEncoder(6, 8, 4, rng.fork('enc'));
  const measure = (mu: number, batches: number, label: string) =>
    measureRefinedLabels({
      online: enc,
      target: enc,
      samples: data.samples,
      classes: data.classes,
      d: 6,
      augmentation: 0.5,
      batch: 16,
      queue: 32,
      temperature: 0.2,
      sharpen: 0.8,
      mu,
      batches,
      rng: rng.fork(label),
    });
  const q = measure(1, 4, 'm');
  assert.equal(q.queries, 64);
  assert.ok(q.blindSameClassOffPositive <= q.offPositiveMass && q.offPositiveMass < 1);
  assert.ok(Math.abs(q.blindSameClassOffPositive / q.offPositiveMass - q.qChance) < 0.05, 'class-blind mass is chance times the off-positive mass');
  assert.ok(q.refinedError < q.onehotError);
  const zero = measure(0, 2, 'z');
  assert.equal(zero.offPositiveMass, 0);
  assert.equal(zero.refinedError, zero.onehotError);
});

test('stepRecorder keeps W_t and W_{t+1} of the requested steps', () => {
  const data = corrupted(0.1);
  const net = new TwoLayerNet({ inputDim: 8, width: 6, activation: 'tanh' });
  const rec = stepRecorder([0, 3]);
  const W0 = net.initialWeights(new Rng(2));
  refineryGradientDescent({
    net,
    X: data.X,
    labels: data.labels,
    initialWeights: W0,
    stepSize: 0.05,
    steps: 4,
    refinery: 'own',
    alpha: 0.5,
    onStep: rec.onStep,
  });
  assert.deepEqual(
    rec.steps.map((s) => s.step),
    [0, 3],
  );
  assertClose(toFlat(rec.steps[0].weights), toFlat(W0), 0, 'W_0');
  assertClose(rec.steps[0].nextPredictions, net.predict(rec.steps[0].nextWeights, data.X), 1e-12, 'f(W_1)');
});

test('image augmentation: no shift and no erase is the image; a shift moves pixels; an erase zeroes a square', () => {
  const side = 4;
  const img = Float64Array.from({ length: 16 }, (_, p) => p + 1);
  const out = new Float64Array(16);
  imageAugmentation({ side, maxShift: 0 })(img, 0, out, 0, new Rng(1));
  assert.deepEqual(Array.from(out), Array.from(img));
  const shifted = new Float64Array(16);
  let moved = false;
  for (let seed = 0; seed < 20 && !moved; seed++) {
    imageAugmentation({ side, maxShift: 1 })(img, 0, shifted, 0, new Rng(seed));
    moved = shifted.some((x, p) => x !== img[p]);
  }
  assert.ok(moved, 'some seed shifts the image');
  const erased = new Float64Array(16);
  imageAugmentation({ side, maxShift: 0, erase: 2 })(img, 0, erased, 0, new Rng(3));
  assert.equal(Array.from(erased).filter((x) => x === 0).length, 4);
});

test('strong views reach the mixup term only: one strong view per query with momentum mixup, two weak views per sample for the rest', () => {
  const rng = new Rng(12);
  const data = makeGaussianClasses({ classes: 3, d: 4, perClass: 8, meanScale: 1, noise: 0.3 }, rng.fork('data'));
  const counting = () => {
    const calls = { n: 0 };
    const augment: ViewAugmentation = (samples, i, out, offset) => {
      calls.n++;
      for (let j = 0; j < 4; j++) out[offset + j] = samples[i * 4 + j];
    };
    return { calls, augment };
  };
  const run = (mixup: 'none' | 'momentum' | 'vanilla') => {
    const weak = counting();
    const strong = counting();
    trainContrastive({
      samples: data.samples,
      classes: data.classes,
      d: 4,
      augmentation: 0,
      augment: weak.augment,
      mixAugment: strong.augment,
      hidden: 6,
      out: 3,
      epochs: 2,
      batch: 8,
      queue: 8,
      temperature: 0.2,
      sharpen: 0.8,
      learningRate: 0.1,
      ema: 0.1,
      slr: true,
      mixup,
      lambda: 0.5,
      kappa: 2,
      mu: () => 1,
      rng: rng.fork(mixup),
    });
    return [weak.calls.n, strong.calls.n];
  };
  const views = 2 * 3 * 8; // epochs × batches × batch
  assert.deepEqual(run('none'), [2 * views, 0]);
  assert.deepEqual(run('momentum'), [2 * views, views]);
  assert.deepEqual(run('vanilla'), [2 * views, views]);
});
