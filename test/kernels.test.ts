import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Matrix } from 'ml-matrix';
import {
  ACTIVATION_NAMES,
  activation,
  gemmNT,
  gemmNTInto,
  gemmSequential,
  gemmTNAccumulate,
  reluForward,
  reluTrainingPass,
  scaledTNAccumulate,
  kernelBackend,
  kernelThreads,
  leastSquares,
  Rng,
  setKernelBackend,
  setKernelThreads,
  toFlat,
  TwoLayerNet,
  withKernelBackend,
  type KernelBackend,
} from '../src/index';
import { availableKernelBackends } from '../src/linalg/wasm/runtime';
import { mirrorUpper, reciprocalProductSum, symmetricProductUpper } from '../src/linalg/kernels';
import { bufferedTrainingPass } from '../src/linalg/trainingPass';
import { KERNELS_WASM_BASE64 } from '../src/linalg/wasm/kernelsBinary';
import { assembleKernels } from '../scripts/wasm';
import { assertClose, KERNEL_SHAPES, reluKernelsRun } from './helpers';

/** Every backend that loads here (blas needs koffi and the system's OpenBLAS/LAPACKE; CI installs them). */
const BACKENDS: KernelBackend[] = availableKernelBackends();

test('the shipped WebAssembly module is exactly the assembled kernels.wat', async () => {
  const bytes = await assembleKernels();
  assert.equal(Buffer.from(bytes).toString('base64'), KERNELS_WASM_BASE64, 'run `npm run build:wasm` after editing src/linalg/wasm/kernels.wat');
});

test('the backend is the one forced by LABELNOISE_KERNELS, else the fastest that loads', () => {
  const forced = process.env.LABELNOISE_KERNELS;
  const expected = forced === 'js' || forced === 'wasm' || forced === 'blas' ? forced : BACKENDS[0];
  assert.equal(kernelBackend(), expected);
  assert.ok(BACKENDS.includes('wasm'), 'this Node runs the SIMD kernels');
  assert.throws(() => setKernelBackend('gpu' as never), /backend: expected "blas", "wasm" or "js", got "gpu"/);
});

test('A·Bᵀ and G += Cᵀ·X equal ml-matrix on both backends, for every remainder of d mod 4', () => {
  const rng = new Rng(1);
  for (const d of [1, 2, 3, 4, 5, 7, 20, 33]) {
    const A = rng.normalMatrix(6, d);
    const B = rng.normalMatrix(9, d);
    const C = rng.normalMatrix(6, 9);
    C.set(2, 3, 0); // zero coefficients are skipped, not mis-added
    C.set(5, 0, 0);
    const G0 = rng.normalMatrix(9, d);
    const expectedAB = toFlat(A.mmul(B.transpose()));
    const expectedAA = toFlat(A.mmul(A.transpose()));
    const expectedG = toFlat(G0.clone().add(C.transpose().mmul(A)));
    for (const backend of BACKENDS) {
      withKernelBackend(backend, () => {
        assertClose(gemmNT(toFlat(A), toFlat(B), 6, 9, d), expectedAB, 1e-13, `${backend} A·Bᵀ, d = ${d}`);
        const a = toFlat(A);
        assertClose(gemmNT(a, a, 6, 6, d), expectedAA, 1e-13, `${backend} A·Aᵀ, d = ${d}`);
        const G = toFlat(G0);
        gemmTNAccumulate(toFlat(C), toFlat(A), 6, 9, d, G);
        assertClose(G, expectedG, 1e-13, `${backend} G += CᵀA, d = ${d}`);
      });
    }
  }
  assert.throws(() => gemmNT(new Float64Array(5), new Float64Array(6), 2, 3, 2), /A: expected 4 entries, got 5/);
  assert.throws(() => gemmTNAccumulate(new Float64Array(6), new Float64Array(4), 2, 3, 2, new Float64Array(5)), /G: expected 6 entries, got 5/);
});

test('the product handed to a callback where it was computed', () => {
  const rng = new Rng(4);
  const A = toFlat(rng.normalMatrix(7, 13));
  const B = toFlat(rng.normalMatrix(5, 13));
  for (const backend of BACKENDS) {
    withKernelBackend(backend, () =>
      assertClose(
        gemmNTInto(A, B, 7, 5, 13, (view) => Float64Array.from(view)),
        gemmNT(A, B, 7, 5, 13),
        0,
        `${backend} gemmNTInto`,
      ),
    );
  }
});

test('fused ReLU forward and scaled backward equal the JS reference, with and without the helper thread', () => {
  const rng = new Rng(6);
  const [n, k, d] = [301, 257, 40]; // above the size at which work is split between threads
  const X = toFlat(rng.normalMatrix(n, d));
  const W = toFlat(rng.normalMatrix(k, d));
  const v = rng.normalVector(k);
  const g = rng.normalVector(n);
  const run = () => reluKernelsRun(X, W, v, g, n, k, d, 0.5);
  const reference = withKernelBackend('js', run);
  const before = kernelThreads();
  try {
    for (const threads of [1, 2] as const) {
      setKernelThreads(threads);
      const r = withKernelBackend('wasm', run);
      assert.deepEqual(Array.from(r.D), Array.from(reference.D), `${threads} thread(s): φ′`);
      assertClose(r.f, reference.f, 1e-13, `${threads} thread(s): f`);
      assertClose(r.G, reference.G, 1e-13, `${threads} thread(s): G`);
    }
  } finally {
    setKernelThreads(before as 1 | 2);
  }
  assert.throws(() => reluForward(X, W, v, n, k, d, new Float64Array(3), null), /f: expected 301 entries, got 3/);
});

test('splitting a product across two threads changes no bit of it', () => {
  const rng = new Rng(5);
  const A = toFlat(rng.normalMatrix(301, 40));
  const B = toFlat(rng.normalMatrix(257, 40));
  const C = toFlat(rng.normalMatrix(301, 257));
  const before = kernelThreads();
  const run = (threads: 1 | 2) => {
    setKernelThreads(threads);
    const G = new Float64Array(257 * 40);
    gemmTNAccumulate(C, A, 301, 257, 40, G);
    return { product: gemmNT(A, B, 301, 257, 40), G };
  };
  try {
    withKernelBackend('wasm', () => {
      const one = run(1);
      const two = run(2);
      assert.deepEqual(Array.from(two.product), Array.from(one.product));
      assert.deepEqual(Array.from(two.G), Array.from(one.G));
    });
  } finally {
    setKernelThreads(before as 1 | 2);
  }
  assert.throws(() => setKernelThreads(3 as never), /threads: expected 1 or 2, got 3/);
});

test('large products grow the WebAssembly memory and stay correct', () => {
  const rng = new Rng(2);
  const A = rng.normalMatrix(300, 64);
  const B = rng.normalMatrix(700, 64); // 300×700 result: several 64 KiB pages
  withKernelBackend('wasm', () => assertClose(gemmNT(toFlat(A), toFlat(B), 300, 700, 64), toFlat(A.mmul(B.transpose())), 1e-12, 'A·Bᵀ'));
});

test('activation passes equal the scalar φ and φ′ bit for bit, in place too', () => {
  const z = Float64Array.from([-40, -3, -1, -0.5, -1e-9, 0, 1e-9, 0.25, 0.5, 1, 2.5, 40]);
  for (const name of ACTIVATION_NAMES) {
    const act = activation(name === 'smoothedLeakyRelu' ? { name, gamma: 0.3, H: 2 } : name);
    const phi = new Float64Array(z.length);
    const dphi = new Float64Array(z.length);
    act.evaluate(z, phi, dphi);
    z.forEach((x, p) => {
      assert.equal(phi[p], act.phi(x), `${name} φ(${x})`);
      assert.equal(dphi[p], act.dphi(x), `${name} φ′(${x})`);
    });
    const inPlace = Float64Array.from(z);
    act.evaluate(inPlace, inPlace, null);
    assert.deepEqual(Array.from(inPlace), Array.from(phi), `${name} in place`);
  }
});

test('network forward and gradient: both backends equal plain ml-matrix within 1e-12', () => {
  const rng = new Rng(3);
  const X = rng.normalMatrix(40, 11);
  const y = Float64Array.from({ length: 40 }, () => rng.normal());
  for (const name of ['relu', 'softplus'] as const) {
    const net = new TwoLayerNet({ inputDim: 11, width: 30, activation: name });
    const W = net.initialWeights(rng.fork(name));
    const Z = X.mmul(W.transpose());
    const v = Matrix.columnVector(Array.from(net.v));
    const f = Z.clone()
      .apply(function (this: Matrix, i: number, j: number) {
        this.set(i, j, net.activation.phi(Z.get(i, j)));
      })
      .mmul(v);
    const C = Z.clone().apply(function (this: Matrix, i: number, j: number) {
      this.set(i, j, net.activation.dphi(Z.get(i, j)));
    });
    C.mulRowVector(Array.from(net.v)).mulColumnVector(f.to1DArray().map((fi, i) => fi - y[i]));
    const gradient = C.transpose().mmul(X);
    for (const backend of BACKENDS) {
      withKernelBackend(backend, () => {
        const r = net.lossAndGradient(W, X, y, leastSquares());
        assertClose(r.predictions, f.to1DArray(), 1e-12, `${name} ${backend} f`);
        assertClose(toFlat(r.gradient), toFlat(gradient), 1e-12, `${name} ${backend} ∇L`);
      });
    }
  }
});

/** f and G of one ReLU training step by the general kernels (n×k φ′ between the passes), on the current backend. */
function generalStep(X: Float64Array, W: Float64Array, v: Float64Array, g: Float64Array, n: number, k: number, d: number) {
  const f = new Float64Array(n);
  const D = new Float64Array(n * k);
  reluForward(X, W, v, n, k, d, f, D);
  const G = new Float64Array(k * d);
  scaledTNAccumulate(D, g, v, X, n, k, d, G);
  return { f, G };
}

test('the ReLU training pass (activation lists) equals the general kernels bit for bit, on one and two threads', () => {
  const rng = new Rng(8);
  const before = kernelThreads();
  try {
    for (const [n, k, d] of KERNEL_SHAPES) {
      const X = toFlat(rng.normalMatrix(n, d));
      const v = Float64Array.from(rng.normalVector(k), (x, l) => (l % 5 === 0 ? 0 : x)); // zero output weights too
      const g = Float64Array.from(rng.normalVector(n), (x, i) => (i % 7 === 3 ? 0 : x)); // and zero residuals
      const W1 = toFlat(rng.normalMatrix(k, d));
      const W2 = toFlat(rng.normalMatrix(k, d));
      for (const backend of BACKENDS) {
        withKernelBackend(backend, () => {
          for (const threads of [1, 2] as const) {
            setKernelThreads(threads);
            const pass = reluTrainingPass(X, v, n, k, d);
            try {
              for (const W of [W1, W2]) {
                // the second forward must replace the first one's lists
                const expected = generalStep(X, W, v, g, n, k, d);
                const f = new Float64Array(n);
                const G = new Float64Array(k * d).fill(3); // overwritten, not accumulated into
                pass.weights.set(W);
                pass.forward(f);
                gemmNT(X, W, n, k, d); // other kernel calls between the halves must not disturb the pass
                pass.backward(g, G);
                const where = `${backend}, ${threads} thread(s), n = ${n}, k = ${k}, d = ${d}`;
                assert.deepEqual(Array.from(f), Array.from(expected.f), `f, ${where}`);
                assert.deepEqual(Array.from(G), Array.from(expected.G), `G, ${where}`);
                const eta = 0.37;
                pass.descend(g, eta); // the JS update W − η·G, bit for bit
                assert.deepEqual(
                  Array.from(pass.weights),
                  Array.from(W, (w, p) => w - eta * expected.G[p]),
                  `descend, ${where}`,
                );
              }
            } finally {
              pass.release();
            }
          }
        });
      }
    }
  } finally {
    setKernelThreads(before as 1 | 2);
  }
});

test('two live training passes keep their own inputs; a released pass refuses work; shapes are checked', () => {
  const rng = new Rng(10);
  const [n, k, d] = [30, 40, 6];
  const X1 = toFlat(rng.normalMatrix(n, d));
  const X2 = toFlat(rng.normalMatrix(n, d));
  const v = rng.normalVector(k);
  const W = toFlat(rng.normalMatrix(k, d));
  const g = rng.normalVector(n);
  for (const backend of BACKENDS) {
    withKernelBackend(backend, () => {
      const first = reluTrainingPass(X1, v, n, k, d);
      const second = reluTrainingPass(X2, v, n, k, d);
      const f1 = new Float64Array(n);
      const f2 = new Float64Array(n);
      const G = new Float64Array(k * d);
      assert.throws(() => first.backward(g, G), /backward: call forward\(f\) first/);
      first.weights.set(W);
      second.weights.set(W);
      first.forward(f1);
      second.forward(f2);
      first.backward(g, G);
      assert.deepEqual(Array.from(f1), Array.from(generalStep(X1, W, v, g, n, k, d).f), `${backend}: first pass`);
      assert.deepEqual(Array.from(G), Array.from(generalStep(X1, W, v, g, n, k, d).G), `${backend}: first pass's gradient`);
      assert.deepEqual(Array.from(f2), Array.from(generalStep(X2, W, v, g, n, k, d).f), `${backend}: second pass`);
      first.release();
      const third = reluTrainingPass(X1, v, n, k, d); // reuses the first one's memory
      third.weights.fill(1);
      third.forward(f1);
      second.backward(g, G);
      assert.deepEqual(Array.from(G), Array.from(generalStep(X2, W, v, g, n, k, d).G), `${backend}: second pass after a release`);
      assert.throws(() => first.forward(f1), /trainingPass: used after release\(\)/);
      assert.throws(() => second.forward(new Float64Array(3)), /f: expected 30 entries, got 3/);
      assert.throws(() => second.backward(new Float64Array(2), G), /dLdf: expected 30 entries, got 2/);
      second.release();
      third.release();
    });
  }
  assert.throws(() => reluTrainingPass(X1, v, n, k, d + 1), /X: expected 210 entries, got 180/);
});

test('A·B summed in plain index order equals the naive loop bit for bit, for every block shape', () => {
  const rng = new Rng(13);
  for (const [m, k, d] of KERNEL_SHAPES) {
    const A = toFlat(rng.normalMatrix(m, d));
    const B = toFlat(rng.normalMatrix(d, k));
    const expected = new Float64Array(m * k);
    for (let i = 0; i < m; i++)
      for (let l = 0; l < k; l++) {
        let s = 0;
        for (let j = 0; j < d; j++) s += A[i * d + j] * B[j * k + l];
        expected[i * k + l] = s;
      }
    const before = kernelThreads();
    try {
      for (const backend of BACKENDS)
        for (const threads of [1, 2] as const) {
          setKernelThreads(threads);
          const got = withKernelBackend(backend, () => gemmSequential(A, B, m, k, d));
          assert.deepEqual(Array.from(got), Array.from(expected), `${backend}, ${threads} thread(s), ${m}×${d}·${d}×${k}`);
        }
    } finally {
      setKernelThreads(before as 1 | 2);
    }
  }
  assert.throws(() => gemmSequential(new Float64Array(6), new Float64Array(5), 2, 2, 3), /B: expected 6 entries, got 5/);
});

test('the tiled mirror copies the upper triangle onto the lower one for sizes around the tile edge', () => {
  const rng = new Rng(7);
  for (const m of [0, 1, 2, 63, 64, 65, 129, 200]) {
    const a = Float64Array.from({ length: m * m }, () => rng.normal());
    const expected = Float64Array.from(a);
    for (let i = 0; i < m; i++) for (let j = 0; j < i; j++) expected[i * m + j] = expected[j * m + i];
    mirrorUpper(a, m);
    assert.deepEqual(a, expected, `m = ${m}`);
  }
  assert.throws(() => mirrorUpper(new Float64Array(5), 2), /out/);
});

test("A·Aᵀ's upper triangle on every backend equals the full product's", () => {
  const rng = new Rng(8);
  const m = 70;
  const d = 9;
  const a = Float64Array.from({ length: m * d }, () => rng.normal());
  for (const backend of availableKernelBackends()) {
    withKernelBackend(backend, () => {
      const full = gemmNT(a, Float64Array.from(a), m, m, d);
      const upper = symmetricProductUpper(a, m, d);
      const pick = (x: Float64Array) => Array.from({ length: m }, (_, i) => Array.from(x.subarray(i * m + i, (i + 1) * m))).flat();
      assertClose(pick(upper), pick(full), 1e-13, `${backend}: upper triangle`);
    });
  }
});

test('the softplus training pass on blas (Z and φ′ kept in kernel memory) equals the buffered pass bit for bit', () => {
  const rng = new Rng(21);
  for (const [n, k, d] of KERNEL_SHAPES) {
    const X = toFlat(rng.normalMatrix(n, d));
    const net = new TwoLayerNet({ inputDim: d, width: k, activation: 'softplus' });
    const W0 = toFlat(net.initialWeights(rng.fork(`init-${n}`)));
    const y = rng.normalVector(n);
    const run = (fused: boolean) => {
      const pass = fused
        ? net.trainingPass(X, n)
        : bufferedTrainingPass(
            n,
            k,
            d,
            (W, f, dphi) => net.forwardFlat(W, X, n, f, dphi),
            (g, dphi, G) => net.backwardFlat(X, n, g, dphi, G),
          );
      pass.weights.set(W0);
      const f = new Float64Array(n);
      const g = new Float64Array(n);
      const G = new Float64Array(k * d);
      for (let step = 0; step < 3; step++) {
        pass.forward(f);
        leastSquares().gradient(f, y, g);
        if (step === 1) pass.backward(g, G);
        pass.descend(g, 1e-3);
      }
      const out = { f: Float64Array.from(f), W: Float64Array.from(pass.weights), G };
      pass.release();
      return out;
    };
    for (const backend of availableKernelBackends()) {
      withKernelBackend(backend, () => {
        const fused = run(true);
        const buffered = run(false);
        assert.deepEqual(fused, buffered, `${backend}, n=${n} k=${k} d=${d}`);
      });
    }
  }
  withKernelBackend(kernelBackend(), () => {
    const pass = new TwoLayerNet({ inputDim: 2, width: 3, activation: 'softplus' }).trainingPass(new Float64Array(4), 2);
    assert.throws(() => pass.backward(new Float64Array(2), new Float64Array(6)), /call forward\(f\) first/);
    pass.release();
    assert.throws(() => pass.forward(new Float64Array(2)), /used after release/);
  });
});

test('reciprocalProductSum: the same bits on every backend (its order of summation is fixed), and the double sum it names', () => {
  const rng = new Rng(44);
  for (const [np, nq] of [
    [1, 1],
    [5, 8],
    [7, 13],
    [128, 96],
  ]) {
    const e = Float64Array.from({ length: np }, () => Math.exp(3 * rng.normal()));
    const c = rng.normalVector(np);
    const f = Float64Array.from({ length: nq }, () => Math.exp(3 * rng.normal()));
    const w = Float64Array.from({ length: nq }, () => rng.uniform());
    const reference = withKernelBackend('js', () => reciprocalProductSum(e, c, f, w));
    for (const backend of availableKernelBackends())
      assert.ok(
        Object.is(
          withKernelBackend(backend, () => reciprocalProductSum(e, c, f, w)),
          reference,
        ),
        `${backend}, ${np}×${nq}`,
      );
    let naive = 0;
    let scale = 0;
    for (let p = 0; p < np; p++)
      for (let q = 0; q < nq; q++) {
        naive += (c[p] * w[q]) / (1 + e[p] * f[q]);
        scale += Math.abs((c[p] * w[q]) / (1 + e[p] * f[q]));
      }
    assert.ok(Math.abs(reference - naive) <= 1e-14 * scale, `${np}×${nq}: ${reference} against the plain double sum ${naive}`);
  }
  assert.throws(() => reciprocalProductSum(new Float64Array(2), new Float64Array(3), new Float64Array(1), new Float64Array(1)), /c: expected 2 entries/);
});
