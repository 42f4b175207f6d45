import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Matrix } from 'ml-matrix';
import { Rng, ValidationError } from '../src/index';
import * as cnn from '../src/models/cnn';
import type { CnnArchitecture, CnnWeights } from '../src/models/cnn';

const ARCH: CnnArchitecture = { side: 6, channels: [2, 3], hidden: 4, classes: 3 };

function tiny(n = 5) {
  const rng = new Rng(11);
  const X = rng.normalMatrix(n, ARCH.side * ARCH.side);
  const labels = Int32Array.from({ length: n }, (_, i) => i % ARCH.classes);
  return { rng, X, labels, w: cnn.initCnn(ARCH, rng.fork('init')) };
}

test('the TensorFlow.js WebAssembly backend loads from the installed package', async () => {
  assert.equal(await cnn.loadTensorflowWasm(), 'wasm');
});

test('parameter count, He initialisation from the seeded generator, clone, distance and norm', () => {
  // conv 3·3·1·2 + 2, conv 3·3·2·3 + 3, dense (1·1·3)·4 + 4, dense 4·3 + 3
  assert.equal(cnn.cnnParameterCount(ARCH), 20 + 57 + 16 + 15);
  const a = cnn.initCnn(ARCH, new Rng(1));
  const b = cnn.initCnn(ARCH, new Rng(1));
  assert.deepEqual(a, b, 'same seed, same W0');
  assert.notDeepEqual(a.conv1, cnn.initCnn(ARCH, new Rng(2)).conv1);
  assert.equal(cnn.cnnDistance(a, cnn.cloneCnn(a)), 0);
  const c = cnn.cloneCnn(a);
  c.dense2[0] += 3;
  c.bias1[1] -= 4;
  assert.ok(Math.abs(cnn.cnnDistance(a, c) - 5) < 1e-5, `‖a − c‖ = ${cnn.cnnDistance(a, c)}`);
  assert.ok(cnn.cnnNorm(a) > 0);
  assert.throws(() => cnn.cnnDistance(a, cnn.initCnn({ ...ARCH, hidden: 5 }, new Rng(1))), ValidationError);
  assert.throws(() => cnn.initCnn({ ...ARCH, side: 2 }, new Rng(1)), /architecture\.side/);
});

test('the gradient (custom filter gradient, pooling by reshape and max) matches central finite differences of the mean cross-entropy', async () => {
  const { X, labels, w } = tiny();
  const net = await cnn.ConvNet.create(w);
  const grad = net.gradient(X, labels);
  const base = net.evaluate(X, labels).meanLoss;
  net.dispose();
  assert.ok(Number.isFinite(base));
  const h = 1e-3; // small enough not to cross a ReLU or max-pool kink, large enough for float32 logits
  const probe = (layer: keyof Omit<CnnWeights, 'architecture'>, index: number) => {
    const loss = async (delta: number) => {
      const v = cnn.cloneCnn(w);
      v[layer][index] += delta;
      const m = await cnn.ConvNet.create(v);
      const l = m.evaluate(X, labels).meanLoss;
      m.dispose();
      return l;
    };
    return (async () => ((await loss(h)) - (await loss(-h))) / (2 * h))();
  };
  let checked = 0;
  for (const layer of ['conv1', 'conv2', 'bias1', 'dense1', 'dense2'] as const) {
    for (const index of [0, 5, w[layer].length - 1]) {
      if (index >= w[layer].length) continue;
      const fd = await probe(layer, index);
      const g = grad[layer][index];
      assert.ok(Math.abs(fd - g) <= 2e-3 + 2e-2 * Math.abs(fd), `${layer}[${index}]: gradient ${g} vs finite difference ${fd}`);
      checked++;
    }
  }
  assert.ok(checked >= 12);
});

test('training is deterministic given the seeds and lowers the loss', async () => {
  const { X, labels, w } = tiny(12);
  const run = async () => {
    const net = await cnn.ConvNet.create(w);
    const before = net.evaluate(X, labels).meanLoss;
    for (let e = 0; e < 15; e++) net.trainEpoch(X, labels, { batchSize: 4, learningRate: 0.05, momentum: 0.9, rng: new Rng(5).fork(`epoch-${e}`) });
    const after = net.evaluate(X, labels);
    const weights = net.weights();
    net.dispose();
    return { before, after, weights };
  };
  const a = await run();
  const b = await run();
  assert.deepEqual(a.weights, b.weights, 'same seeds, same weights');
  assert.ok(a.after.meanLoss < a.before, `loss ${a.before} → ${a.after.meanLoss}`);
  assert.ok(cnn.cnnDistance(a.weights, w) > 0);
  assert.equal(a.after.losses.length, 12);
  assert.equal(a.after.predictions.length, 12);
});

test('bad input is a ValidationError naming the field', async () => {
  const { X, labels, w } = tiny();
  const net = await cnn.ConvNet.create(w);
  try {
    assert.throws(() => net.evaluate(new Matrix(2, 10), Int32Array.from([0, 1])), /X/);
    assert.throws(() => net.evaluate(X, Int32Array.from([0, 1])), /labels/);
    assert.throws(() => net.evaluate(X, Int32Array.from([0, 1, 2, 3, 0])), /labels\[3\]/);
    assert.throws(() => net.trainEpoch(X, labels, { batchSize: 0, learningRate: 0.1, rng: new Rng(1) }), /batchSize/);
    assert.throws(() => net.trainEpoch(X, labels, { batchSize: 2, learningRate: -1, rng: new Rng(1) }), /learningRate/);
    assert.throws(() => net.trainEpoch(X, labels, { batchSize: 2, learningRate: 0.1, momentum: 1, rng: new Rng(1) }), /momentum/);
  } finally {
    net.dispose();
  }
  const bad = cnn.cloneCnn(w);
  bad.conv2 = new Float32Array(3);
  await assert.rejects(cnn.ConvNet.create(bad), /conv2/);
});
