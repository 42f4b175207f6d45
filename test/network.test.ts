import { test } from 'node:test';
import assert from 'node:assert/strict';
import { balancedOutputLayer, leastSquares, logistic, Matrix, Rng, toFlat, TwoLayerNet } from '../src/index';

test('balanced output layer: half +1/√k, half −1/√k, one zero for odd k', () => {
  const even = balancedOutputLayer(6);
  assert.deepEqual(
    [...even].map((x) => Math.sign(x)),
    [1, 1, 1, -1, -1, -1],
  );
  assert.ok(Math.abs(Math.hypot(...even) - 1) < 1e-15 && Math.abs(even.reduce((a, b) => a + b)) < 1e-15);
  const odd = balancedOutputLayer(7);
  assert.equal(odd.filter((x) => x > 0).length, 3);
  assert.equal(odd.filter((x) => x < 0).length, 3);
  assert.equal(odd[6], 0);
  assert.ok(Math.abs(odd[0] - 1 / Math.sqrt(7)) < 1e-16);
});

test('predict equals vᵀφ(Wx) computed entry by entry', () => {
  const rng = new Rng(1);
  const net = new TwoLayerNet({ inputDim: 4, width: 10, activation: 'tanh' });
  const W = net.initialWeights(rng);
  const X = rng.normalMatrix(3, 4);
  const f = net.predict(W, X);
  for (let i = 0; i < 3; i++) {
    let expected = 0;
    for (let l = 0; l < 10; l++) {
      let z = 0;
      for (let j = 0; j < 4; j++) z += W.get(l, j) * X.get(i, j);
      expected += net.v[l] * Math.tanh(z);
    }
    assert.ok(Math.abs(f[i] - expected) < 1e-14);
  }
});

test('initial weights are N(0, scale²) and reproducible', () => {
  const net = new TwoLayerNet({ inputDim: 50, width: 400, activation: 'relu' });
  const W = net.initialWeights(new Rng(3), 0.5);
  assert.deepEqual(W.to1DArray(), net.initialWeights(new Rng(3), 0.5).to1DArray());
  const entries = W.to1DArray();
  const variance = entries.reduce((a, b) => a + b * b, 0) / entries.length;
  assert.ok(Math.abs(variance - 0.25) < 5 * 0.25 * Math.sqrt(2 / entries.length), `variance ${variance}`);
});

test('wrong shapes, NaN and bad labels are rejected, naming the field', () => {
  const rng = new Rng(1);
  const net = new TwoLayerNet({ inputDim: 3, width: 4, activation: 'relu' });
  const W = net.initialWeights(rng);
  const X = rng.normalMatrix(2, 3);
  assert.throws(() => net.predict(new Matrix(4, 2), X), /W: expected 3 columns, got 2/);
  assert.throws(() => net.predict(new Matrix(5, 3), X), /W: expected 4 rows, got 5/);
  assert.throws(() => net.predict(W, new Matrix(2, 4)), /X: expected 3 columns, got 4/);
  const bad = X.clone();
  bad.set(1, 2, NaN);
  assert.throws(() => net.predict(W, bad), /X\[1\]\[2\]: expected a finite number, got NaN/);
  assert.throws(() => net.lossAndGradient(W, X, [1], leastSquares()), /labels: expected 2 labels/);
  assert.throws(() => net.lossAndGradient(W, X, [1, NaN], leastSquares()), /labels\[1\]: expected a finite number/);
  assert.throws(() => net.lossAndGradient(W, X, [1, 0], logistic()), /labels\[1\]: the logistic loss needs labels in \{-1, \+1\}/);
  assert.throws(() => new TwoLayerNet({ inputDim: 3, width: 0, activation: 'relu' }), /width: expected an integer >= 1/);
  assert.throws(() => new TwoLayerNet({ inputDim: 3, width: 2, activation: 'relu', outputLayer: [1] }), /outputLayer: expected length 2/);
  assert.throws(() => new TwoLayerNet({ inputDim: 3, width: 2, activation: 'elu' as never }), /activation: unknown activation "elu"/);
});

test('a training pass gives the predictions and gradient of forwardFlat / backwardFlat, for ReLU and smooth activations', () => {
  const rng = new Rng(21);
  const [n, d, k] = [37, 9, 24];
  const X = toFlat(rng.normalMatrix(n, d));
  const g = rng.normalVector(n);
  for (const name of ['relu', 'softplus'] as const) {
    const net = new TwoLayerNet({ inputDim: d, width: k, activation: name });
    const W = toFlat(net.initialWeights(rng.fork(name)));
    const f = new Float64Array(n);
    const D = new Float64Array(n * k);
    net.forwardFlat(W, X, n, f, D);
    const G = new Float64Array(k * d);
    net.backwardFlat(X, n, g, D, G);
    const pass = net.trainingPass(X, n);
    const fp = new Float64Array(n);
    const Gp = new Float64Array(k * d);
    pass.weights.set(W);
    pass.forward(fp);
    pass.backward(g, Gp);
    pass.descend(g, 0.1);
    assert.deepEqual(Array.from(fp), Array.from(f), `${name}: f`);
    assert.deepEqual(Array.from(Gp), Array.from(G), `${name}: ∇`);
    assert.deepEqual(
      Array.from(pass.weights),
      Array.from(W, (w, p) => w - 0.1 * G[p]),
      `${name}: W − η∇`,
    );
    pass.release();
    assert.throws(() => net.trainingPass(X, n + 1), /X: expected 38×9 = 342 entries, got 333/);
  }
});
