import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  evaluateMlp,
  initMlp,
  kernelThreads,
  setKernelThreads,
  toFlat,
  withKernelBackend,
  loadMnist,
  mlpGradient,
  mnistPerDigitAvailable,
  randomizeLabels,
  Rng,
  trainMlp,
  cloneMlp,
  mlpDistance,
  availableKernelBackends,
} from '../src/index';
import { assertClose } from './helpers';

function tiny() {
  const rng = new Rng(3);
  const X = rng.normalMatrix(6, 4);
  const labels = Int32Array.from([0, 1, 2, 1, 0, 2]);
  return { rng, X, labels, w: initMlp(4, 5, 3, rng.fork('init')) };
}

test('MLP gradient matches central finite differences of the mean cross-entropy', () => {
  const { X, labels, w } = tiny();
  const { loss, gradW, gradV } = mlpGradient(w, X, labels);
  assert.ok(Math.abs(loss - evaluateMlp(w, X, labels).meanLoss) < 1e-14);
  const h = 1e-6;
  for (const [name, params, grad] of [
    ['W', w.W, gradW],
    ['V', w.V, gradV],
  ] as const) {
    const fd = new Float64Array(params.length);
    for (let p = 0; p < params.length; p++) {
      const keep = params[p];
      params[p] = keep + h;
      const up = evaluateMlp(w, X, labels).meanLoss;
      params[p] = keep - h;
      const down = evaluateMlp(w, X, labels).meanLoss;
      params[p] = keep;
      fd[p] = (up - down) / (2 * h);
    }
    assertClose(grad, fd, 1e-7, `∂L/∂${name}`);
  }
});

test('SGD training fits a small set, reproducibly, and validates its inputs', () => {
  const { X, labels, w } = tiny();
  const a = cloneMlp(w);
  const b = cloneMlp(w);
  const options = { epochs: 200, batchSize: 2, learningRate: 0.1, momentum: 0.9 };
  trainMlp(a, X, labels, { ...options, rng: new Rng(1) });
  trainMlp(b, X, labels, { ...options, rng: new Rng(1) });
  assert.deepEqual(a.W, b.W, 'same seed, same weights');
  assert.equal(evaluateMlp(a, X, labels).accuracy, 1);
  assert.ok(mlpDistance(a, w) > 0);
  assert.throws(() => trainMlp(a, X, [0, 1], { ...options, rng: new Rng(1) }), /labels: expected 6 labels/);
  assert.throws(() => evaluateMlp(a, X, Int32Array.from([0, 1, 2, 1, 0, 7])), /labels\[5\]: expected a class index in 0..2/);
  assert.throws(() => trainMlp(a, X, labels, { ...options, momentum: 1, rng: new Rng(1) }), /momentum/);
});

test('MNIST loader: deterministic digit-major splits, pooling, unit norms, bounds', () => {
  const a = loadMnist({ perDigit: 3, offset: 5, pool: 2, normalize: 'unit' });
  const b = loadMnist({ perDigit: 3, offset: 5, pool: 2, normalize: 'unit' });
  assert.equal(a.X.rows, 30);
  assert.equal(a.X.columns, 196);
  assert.deepEqual(a.X.to1DArray(), b.X.to1DArray());
  assert.deepEqual(Array.from(a.labels.slice(0, 7)), [0, 0, 0, 1, 1, 1, 2]);
  for (let i = 0; i < 30; i++) assert.ok(Math.abs(a.X.getRowVector(i).norm() - 1) < 1e-12);
  const raw = loadMnist({ perDigit: 1 });
  assert.equal(raw.X.columns, 784);
  assert.ok(Math.max(...raw.X.to1DArray()) <= 1 && Math.min(...raw.X.to1DArray()) >= 0);
  const available = mnistPerDigitAvailable();
  assert.ok(available >= 800);
  assert.throws(() => loadMnist({ perDigit: available, offset: 1 }), /perDigit: offset 1 \+ perDigit \d+ exceeds/);
  assert.throws(() => loadMnist({ perDigit: 2, pool: 3 as never }), /pool: expected 1 or 2/);
  // every image of the package, classes of unequal size, digit-major
  const every = loadMnist({ perDigit: 'all', pool: 2 });
  assert.equal(every.X.rows, 10_000);
  const counts = Array.from({ length: 10 }, (_, c) => every.labels.filter((l) => l === c).length);
  assert.equal(Math.min(...counts), available);
  assert.ok(Math.max(...counts) > available, 'the classes are not balanced');
  for (let i = 1; i < every.labels.length; i++) assert.ok(every.labels[i] >= every.labels[i - 1]);
  assert.equal(loadMnist({ perDigit: 'all', offset: available - 1 }).X.rows >= 10, true);
  assert.throws(() => loadMnist({ perDigit: 'all', offset: available }), /perDigit: offset \d+ \+ perDigit all exceeds/);
  assert.throws(() => loadMnist({ perDigit: 'some' as never }), /perDigit/);
});

test('random labels: about the requested fraction redrawn, corrupted marks exactly the changed ones', () => {
  const labels = Int32Array.from({ length: 20_000 }, (_, i) => i % 10);
  const rng = new Rng(4);
  const { labels: noisy, corrupted } = randomizeLabels(labels, 0.5, 10, () => rng.uniform());
  const changed = noisy.filter((c, i) => c !== labels[i]).length;
  assert.equal(
    changed,
    corrupted.reduce((a, b) => a + b, 0),
  );
  // redrawn w.p. 0.5 and then changed w.p. 0.9: 45% ± 5 sd (sd ≈ 0.35%)
  assert.ok(Math.abs(changed / labels.length - 0.45) < 0.018, `changed ${changed / labels.length}`);
  assert.throws(() => randomizeLabels(labels, 1.5, 10, () => 0), /fraction: expected a number in \[0, 1\]/);
});

/** The MLP's mean cross-entropy gradient written as plain loops (the reference the kernels must reproduce bit for bit). */
function naiveGradient(W: Float64Array, V: Float64Array, X: Float64Array, labels: ArrayLike<number>, d: number, k: number, classes: number) {
  const n = labels.length;
  const gradW = new Float64Array(k * d);
  const gradV = new Float64Array(classes * k);
  for (let b = 0; b < n; b++) {
    const h = new Float64Array(k);
    for (let l = 0; l < k; l++) {
      let z = 0;
      for (let j = 0; j < d; j++) z += W[l * d + j] * X[b * d + j];
      h[l] = z > 0 ? z : 0;
    }
    const logits = new Float64Array(classes);
    for (let c = 0; c < classes; c++) {
      let s = 0;
      for (let l = 0; l < k; l++) s += V[c * k + l] * h[l];
      logits[c] = s;
    }
    let max = -Infinity;
    for (let c = 0; c < classes; c++) max = Math.max(max, logits[c]);
    let sum = 0;
    for (let c = 0; c < classes; c++) sum += Math.exp(logits[c] - max);
    const g = logits.map((x) => Math.exp(x - max) / sum);
    g[labels[b]] -= 1;
    for (let c = 0; c < classes; c++) g[c] /= n;
    const dH = new Float64Array(k);
    for (let c = 0; c < classes; c++)
      for (let l = 0; l < k; l++) {
        gradV[c * k + l] += g[c] * h[l];
        dH[l] += g[c] * V[c * k + l];
      }
    for (let l = 0; l < k; l++) {
      if (h[l] <= 0) continue;
      for (let j = 0; j < d; j++) gradW[l * d + j] += dH[l] * X[b * d + j];
    }
  }
  return { gradW, gradV };
}

test("the MLP through the kernels gives the plain loops' gradient bit for bit, on both backends and threads", () => {
  const rng = new Rng(12);
  // k = 8·a + 2·b + 1 and odd row counts exercise every block of the kernel; sizes above the split threshold too
  for (const [n, d, k] of [
    [7, 5, 11],
    [61, 196, 64],
    [300, 40, 27],
  ]) {
    const X = rng.normalMatrix(n, d);
    const labels = Int32Array.from({ length: n }, (_, i) => i % 10);
    const w = initMlp(d, k, 10, rng.fork(`init-${n}`));
    const expected = naiveGradient(w.W, w.V, toFlat(X), labels, d, k, 10);
    for (const backend of ['wasm', 'js'] as const)
      for (const threads of [1, 2] as const) {
        const before = kernelThreads();
        setKernelThreads(threads);
        try {
          const got = withKernelBackend(backend, () => mlpGradient(w, X, labels));
          assert.deepEqual(Array.from(got.gradW), Array.from(expected.gradW), `∂L/∂W, ${backend}, ${threads} thread(s), n = ${n}`);
          assert.deepEqual(Array.from(got.gradV), Array.from(expected.gradV), `∂L/∂V, ${backend}, ${threads} thread(s), n = ${n}`);
        } finally {
          setKernelThreads(before as 1 | 2);
        }
      }
  }
});

test('training and evaluation agree across backends: the fused momentum step on blas equals the plain loops to round-off', () => {
  const rng = new Rng(21);
  const X = rng.normalMatrix(150, 30);
  const labels = Int32Array.from({ length: 150 }, (_, i) => (i * 7) % 10);
  const init = initMlp(30, 40, 10, rng.fork('init'));
  const train = (backend: 'blas' | 'wasm' | 'js') =>
    withKernelBackend(backend, () => {
      const w = cloneMlp(init);
      trainMlp(w, X, labels, { epochs: 3, batchSize: 16, learningRate: 0.05, momentum: 0.9, rng: new Rng(3) });
      return { w, evaluation: evaluateMlp(w, X, labels) };
    });
  const reference = train('js');
  for (const backend of availableKernelBackends()) {
    const got = train(backend);
    const scale = Math.max(...Array.from(reference.w.W, Math.abs));
    assert.ok(
      mlpDistance(got.w, reference.w) <= 1e-12 * scale * Math.sqrt(reference.w.W.length),
      `${backend}: weights ${mlpDistance(got.w, reference.w)} apart`,
    );
    assertClose(got.evaluation.losses, reference.evaluation.losses, 1e-11, `${backend} per-sample losses`);
    assert.deepEqual(Array.from(got.evaluation.predictions), Array.from(reference.evaluation.predictions), `${backend} predictions`);
  }
  // evaluation reuses its work arrays: a smaller set in between leaves the next full evaluation unchanged
  const first = evaluateMlp(reference.w, X, labels);
  const subset = X.subMatrix(0, 39, 0, 29);
  const part = evaluateMlp(reference.w, subset, labels.subarray(0, 40));
  assertClose(part.losses, first.losses.subarray(0, 40), 1e-12, 'losses of a subset');
  assert.deepEqual(Array.from(evaluateMlp(reference.w, X, labels).losses), Array.from(first.losses));
  assert.deepEqual(Array.from(evaluateMlp(reference.w, subset, labels.subarray(0, 40)).losses), Array.from(part.losses));
  // a NaN weight reaches the outputs instead of being clipped away by the ReLU
  const broken = cloneMlp(init);
  broken.W[0] = NaN;
  for (const backend of availableKernelBackends()) {
    const { losses } = withKernelBackend(backend, () => evaluateMlp(broken, X, labels));
    assert.ok(losses.some(Number.isNaN), `${backend}: a NaN weight left every loss finite`);
  }
});

test('evaluation by chunks of rows (blas: in kernel memory) equals the plain loops, and a non-finite input is named', () => {
  const rng = new Rng(22);
  // 4,500 rows of 784 with width 300: more than one chunk of the blas route's 2^22-double budget
  const X = rng.normalMatrix(4500, 784);
  const labels = Int32Array.from({ length: 4500 }, (_, i) => (i * 3) % 10);
  const w = initMlp(784, 300, 10, rng.fork('init'));
  const reference = withKernelBackend('js', () => evaluateMlp(w, X, labels));
  for (const backend of availableKernelBackends()) {
    const got = withKernelBackend(backend, () => evaluateMlp(w, X, labels));
    assertClose(got.losses, reference.losses, 1e-11, `${backend} per-sample losses`);
    assert.deepEqual(Array.from(got.predictions), Array.from(reference.predictions), `${backend} predictions`);
    assert.ok(Math.abs(got.meanLoss - reference.meanLoss) <= 1e-12 * reference.meanLoss, `${backend} mean loss`);
    assert.equal(got.accuracy, reference.accuracy);
  }
  const bad = X.clone();
  bad.set(4321, 17, Infinity); // in the second chunk
  for (const backend of availableKernelBackends()) {
    assert.throws(() => withKernelBackend(backend, () => evaluateMlp(w, bad, labels)), /X\[4321\]\[17\]: expected a finite number, got Infinity/);
    assert.throws(() => withKernelBackend(backend, () => evaluateMlp(w, X.subMatrix(0, 9, 0, 99), labels.subarray(0, 10))), /X: expected 784 columns, got 100/);
  }
  // odd sizes (9 rows of 5, width 7: odd k·B and B·d, so the SIMD passes' single last entries run), a NaN in the last entry
  const small = rng.normalMatrix(9, 5);
  const smallLabels = Int32Array.from([0, 1, 2, 0, 1, 2, 0, 1, 2]);
  const v = initMlp(5, 7, 3, rng.fork('small'));
  const plain = withKernelBackend('js', () => evaluateMlp(v, small, smallLabels));
  for (const backend of availableKernelBackends()) {
    const got = withKernelBackend(backend, () => evaluateMlp(v, small, smallLabels));
    assertClose(got.losses, plain.losses, 1e-12, `${backend} odd sizes`);
    const last = small.clone();
    last.set(8, 4, NaN);
    assert.throws(() => withKernelBackend(backend, () => evaluateMlp(v, last, smallLabels)), /X\[8\]\[4\]: expected a finite number, got NaN/);
  }
});
