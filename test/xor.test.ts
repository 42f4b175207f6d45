import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  erfc,
  gradientDescent,
  logistic,
  makeXor,
  Matrix,
  Rng,
  spanGradientDescent,
  spanPredictor,
  toFlat,
  TwoLayerNet,
  xorBayesError,
  xorNoisyBayesError,
  XOR_NOISE,
} from '../src/index';
import { captureFractions, normalizedCorrelations, xorTestError } from '../src/papers/index';
import { assertClose } from './helpers';

test('XOR data: clusters, clean labels, flips and the noise covariance σ²I', () => {
  for (const noise of XOR_NOISE) {
    const data = makeXor({ n: 20_000, d: 5, sigma: 0.3, eta: 0.1, noise }, new Rng(1));
    const counts = [0, 1, 2, 3].map((k) => data.cluster.filter((c) => c === k).length);
    counts.forEach((c) => assert.ok(Math.abs(c / 20_000 - 0.25) < 5 * Math.sqrt((0.25 * 0.75) / 20_000), `${noise}: cluster share ${c}`));
    let second = 0;
    for (let i = 0; i < 20_000; i++) {
      assert.equal(data.cleanLabels[i], data.cluster[i] < 2 ? 1 : -1);
      assert.equal(data.labels[i], data.noisy[i] ? -data.cleanLabels[i] : data.cleanLabels[i]);
      second += data.X.get(i, 4) ** 2; // coordinate 4 is pure noise
    }
    // E z² = σ² = 0.09; the sample mean has SE ≤ σ²·√(κ/n) with kurtosis κ ≤ 6 (Laplace)
    assert.ok(Math.abs(second / 20_000 - 0.09) < 5 * 0.09 * Math.sqrt(6 / 20_000), `${noise}: E z² = ${second / 20_000}`);
    const flipped = data.noisy.reduce((a, b) => a + b, 0) / 20_000;
    assert.ok(Math.abs(flipped - 0.1) < 5 * Math.sqrt(0.09 / 20_000));
  }
  const exact = makeXor({ n: 400, d: 3, sigma: 0.1, eta: 0.15, flips: 'perCluster' }, new Rng(2));
  for (let k = 0; k < 4; k++) {
    const members = Array.from(exact.cluster.keys()).filter((i) => exact.cluster[i] === k);
    assert.equal(members.filter((i) => exact.noisy[i]).length, Math.round(0.15 * members.length));
  }
  assert.throws(() => makeXor({ n: 10, d: 3, sigma: 0.1, eta: 0.5 }, new Rng(1)), /eta: expected a number in \[0, 0.5\)/);
  assert.throws(() => makeXor({ n: 10, d: 1, sigma: 0.1, eta: 0.1 }, new Rng(1)), /d: expected an integer >= 2/);
  assert.throws(() => makeXor({ n: 10, d: 3, sigma: 0.1, eta: 0.1, noise: 'cauchy' as never }, new Rng(1)), /noise: unknown noise "cauchy"/);
});

test('the Bayes error ε*(σ) agrees with Monte Carlo of the ideal classifier sgn(|x1| − |x2|)', () => {
  const sigma = Math.sqrt(0.2);
  const data = makeXor({ n: 200_000, d: 2, sigma, eta: 0 }, new Rng(3));
  let wrong = 0;
  for (let i = 0; i < data.X.rows; i++) if (data.cleanLabels[i] * (Math.abs(data.X.get(i, 0)) - Math.abs(data.X.get(i, 1))) <= 0) wrong++;
  const mc = wrong / data.X.rows;
  const exact = xorBayesError(sigma);
  assert.ok(Math.abs(mc - exact) < 5 * Math.sqrt((exact * (1 - exact)) / data.X.rows), `MC ${mc} vs ${exact}`);
  assert.ok(Math.abs(xorNoisyBayesError(sigma, 0.15) - (0.15 + 0.7 * exact)) < 1e-15);
  // far tail: erfc is accurate where 1 − erf would cancel to zero
  assert.ok(Math.abs(erfc(5) - 1.5374597944280349e-12) < 1e-26);
  assert.ok(Math.abs(xorBayesError(Math.sqrt(0.02)) - 5.733e-7) < 1e-9);
  const ideal = xorTestError(
    (X) => Float64Array.from({ length: X.rows }, (_, i) => Math.abs(X.get(i, 0)) - Math.abs(X.get(i, 1))),
    { d: 2, sigma, eta: 0.1 },
    50_000,
    new Rng(4),
  );
  assert.ok(Math.abs(ideal.clean - exact) < 5 * ideal.standardError);
  assert.ok(Math.abs(ideal.noisy - (0.1 + 0.8 * ideal.clean)) < 1e-15);
});

test('the XOR network gradient (ReLU, balanced ±1/√m, logistic loss) matches central finite differences', () => {
  const data = makeXor({ n: 12, d: 4, sigma: 0.3, eta: 0.2 }, new Rng(5));
  const net = new TwoLayerNet({ inputDim: 4, width: 8, activation: 'relu' });
  const W = net.initialWeights(new Rng(6), 0.5);
  const Z = data.X.mmul(W.transpose()).to1DArray();
  assert.ok(
    Z.every((z) => Math.abs(z) > 1e-4),
    'away from the kinks',
  );
  const loss = logistic();
  const { gradient } = net.lossAndGradient(W, data.X, data.labels, loss);
  const h = 1e-6;
  const fd = new Float64Array(W.rows * W.columns);
  for (let p = 0; p < fd.length; p++) {
    const plus = W.clone();
    const minus = W.clone();
    plus.set(Math.floor(p / 4), p % 4, W.get(Math.floor(p / 4), p % 4) + h);
    minus.set(Math.floor(p / 4), p % 4, W.get(Math.floor(p / 4), p % 4) - h);
    fd[p] = (loss.value(net.predict(plus, data.X), data.labels) - loss.value(net.predict(minus, data.X), data.labels)) / (2 * h);
  }
  assertClose(toFlat(gradient), fd, 1e-7, 'XOR gradient');
});

test('span-trick GD reproduces plain GD exactly (d ≫ n) and predicts through the span', () => {
  const data = makeXor({ n: 20, d: 300, sigma: 0.05, eta: 0.1 }, new Rng(7));
  const net = new TwoLayerNet({ inputDim: 300, width: 16, activation: 'relu' });
  const W0 = net.initialWeights(new Rng(8), 0.01);
  const common = { net, X: data.X, labels: data.labels, loss: logistic(), initialWeights: W0, stepSize: 0.2, steps: 60 };
  const plain = gradientDescent(common);
  const losses: number[] = [];
  const fresh = makeXor({ n: 5, d: 300, sigma: 0.05, eta: 0 }, new Rng(9));
  const midway = gradientDescent({ ...common, steps: 25 }).weights;
  let atStep25: Float64Array | undefined;
  let norms: number[] = [];
  const span = spanGradientDescent({
    ...common,
    onStep: (s) => {
      losses.push(s.loss);
      if (s.step === 25) atStep25 = spanPredictor(net, data.X, W0, fresh.X)(s.coefficients);
      if (s.step === 60) norms = [s.weightsNorm(), s.distanceFromInit()];
    },
  });
  assertClose(norms, [plain.weights.norm('frobenius'), Matrix.sub(plain.weights, W0).norm('frobenius')], 1e-10, '‖W_T‖_F and ‖W_T − W0‖_F');
  assert.equal(span.stepsRun, 60);
  assertClose(toFlat(span.weights()), toFlat(plain.weights), 1e-10, 'W_T');
  assertClose(span.predict(fresh.X), net.predict(plain.weights, fresh.X), 1e-10, 'predictions');
  assertClose(atStep25 as Float64Array, net.predict(midway, fresh.X), 1e-10, 'predictions from B_25 during the run');
  assert.throws(() => spanPredictor(net, data.X, W0, fresh.X)(new Float64Array(3)), /coefficients: expected 16×20 = 320 entries, got 3/);
  assert.ok(losses[60] < losses[0]);
});

test('normalised correlations and capture fractions', () => {
  const W = new Matrix([
    [3, 4],
    [0, -2],
  ]);
  assert.deepEqual(Array.from(normalizedCorrelations(W, [1, 0])), [0.6, 0]);
  assert.deepEqual(Array.from(normalizedCorrelations(W, [0, 1])), [0.8, -1]);
  const X = new Matrix([
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
    [1, 1],
  ]);
  const caps = captureFractions(W, X, Int32Array.from([0, 1, 2, 3, 0]));
  // neuron 0 fires on (1,0), (0,1), (1,1); neuron 1 fires on (0,−1)
  assert.deepEqual(Array.from(caps), [1, 0, 1, 0, 0, 0, 0, 1]);
});
