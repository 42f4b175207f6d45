import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Matrix, MatrixSubView } from 'ml-matrix';
import {
  availableKernelBackends,
  gemmNT,
  gemmTNAccumulate,
  kernelBackend,
  leastSquares,
  linalgBackend,
  reluForward,
  Rng,
  scaledTNAccumulate,
  singularValues,
  singularValuesFromGram,
  spectralNormOf,
  symmetricEigen,
  symmetricEigenvalues,
  thinSvd,
  toFlat,
  topSingularTriplets,
  TwoLayerNet,
  networkJacobian,
  multiOutputJacobian,
  fromFlat,
  withKernelBackend,
  type KernelBackend,
  kernelThreads,
  setKernelThreads,
} from '../src/index';
import {
  hadamardSymmetricByGram,
  softplusDerivativePass,
  softplusInPlace,
  symmetricHadamardGram,
  symmetricProductUpper,
  vectorExp,
  vectorLog1p,
} from '../src/linalg/kernels';
import { layout } from '../src/linalg/wasm/runtime';
import { adoptFlat } from '../src/linalg/flat';
import { softplus } from '../src/models/activations';
import { generateKernelsWat, HEAP_BASE, OUTPUT } from '../scripts/generateKernelsWat';
import { KERNEL_SHAPES, reluKernelsRun } from './helpers';

const BACKENDS: KernelBackend[] = availableKernelBackends();
const ROOT = join(__dirname, '..');

/** max |a − b| / max |b|, the relative agreement every backend must reach against the JS reference. */
function relativeGap(a: ArrayLike<number>, b: ArrayLike<number>): number {
  assert.equal(a.length, b.length);
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < a.length; i++) {
    diff = Math.max(diff, Math.abs(a[i] - b[i]));
    scale = Math.max(scale, Math.abs(b[i]));
  }
  return scale === 0 ? diff : diff / scale;
}

function agrees(a: ArrayLike<number>, b: ArrayLike<number>, what: string, tolerance = 1e-12): void {
  const gap = relativeGap(a, b);
  assert.ok(gap <= tolerance, `${what}: relative gap ${gap.toExponential(2)} > ${tolerance}`);
}

/** Distance in units in the last place between two doubles of one sign (0 for equal values, both NaN, or ±0). */
function ulps(a: number, b: number): number {
  if (Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b)) || a === b) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Infinity;
  const view = new DataView(new ArrayBuffer(16));
  view.setFloat64(0, a);
  view.setFloat64(8, b);
  return Math.abs(Number(view.getBigInt64(0) - view.getBigInt64(8)));
}

/** On every backend, vectorised(x) is within 2 ulp of Math[name] at every x_i (a failure names the backend and the worst x_i). */
function assertWithinTwoUlps(name: 'exp' | 'log1p', x: Float64Array, vectorised: (x: Float64Array) => Float64Array): void {
  for (const backend of BACKENDS) {
    const y = withKernelBackend(backend, () => vectorised(x));
    let worst = 0;
    let at = 0;
    x.forEach((xi, i) => {
      const u = ulps(y[i], Math[name](xi));
      if (u > worst) [worst, at] = [u, xi];
    });
    assert.ok(worst <= 2, `${backend}: ${name}(${at}) is ${worst} ulp from Math.${name}`);
  }
}

function symmetric(rng: Rng, n: number): Matrix {
  const R = rng.normalMatrix(n, n);
  return R.add(R.transpose());
}

test('the committed kernels.wat is exactly what scripts/generateKernelsWat.ts generates', () => {
  assert.equal(readFileSync(OUTPUT, 'utf8'), generateKernelsWat(), 'run `npm run build:wasm` after editing scripts/kernels.wat.template or the generator');
});

test('linalgBackend() names the backend in use; blas names its libraries and OpenBLAS core', () => {
  const info = linalgBackend();
  assert.equal(info.backend, kernelBackend());
  assert.ok(info.threads >= 1);
  if (info.backend === 'blas') {
    assert.ok(info.library !== undefined && info.library.blas.length > 0 && info.library.lapack.length > 0);
    assert.ok(info.library.core.length > 0);
  }
});

test('every backend: products equal the JS reference to 1e-12, and are deterministic', () => {
  const rng = new Rng(31);
  for (const [m, k, d] of KERNEL_SHAPES) {
    const A = toFlat(rng.normalMatrix(m, d));
    const B = toFlat(rng.normalMatrix(k, d));
    const C = toFlat(rng.normalMatrix(m, k));
    const G0 = toFlat(rng.normalMatrix(k, d));
    const run = () => {
      const G = Float64Array.from(G0);
      gemmTNAccumulate(C, A, m, k, d, G);
      return { AB: gemmNT(A, B, m, k, d), AA: gemmNT(A, A, m, m, d), G };
    };
    const reference = withKernelBackend('js', run);
    for (const backend of BACKENDS) {
      const first = withKernelBackend(backend, run);
      const again = withKernelBackend(backend, run);
      agrees(first.AB, reference.AB, `${backend} A·Bᵀ ${m}×${k}×${d}`);
      agrees(first.AA, reference.AA, `${backend} A·Aᵀ ${m}×${d}`);
      agrees(first.G, reference.G, `${backend} G += CᵀA ${m}×${k}×${d}`);
      assert.deepEqual(Array.from(again.AB), Array.from(first.AB), `${backend}: a second run gives the same bits`);
      assert.deepEqual(Array.from(again.G), Array.from(first.G), `${backend}: a second run gives the same bits`);
      for (let i = 0; i < m; i++) for (let j = 0; j < i; j++) assert.equal(first.AA[i * m + j], first.AA[j * m + i], `${backend}: A·Aᵀ exactly symmetric`);
    }
  }
});

test('every backend: the ReLU and softplus passes and the training step equal the JS reference to 1e-12', () => {
  const rng = new Rng(32);
  const [n, k, d] = [211, 129, 17];
  const X = rng.normalMatrix(n, d);
  const y = rng.normalVector(n);
  const Xf = toFlat(X);
  for (const name of ['relu', 'softplus'] as const) {
    const net = new TwoLayerNet({ inputDim: d, width: k, activation: name });
    const W = net.initialWeights(rng.fork(name));
    const run = () => {
      const { predictions, gradient } = net.lossAndGradient(W, X, y, leastSquares());
      const pass = net.trainingPass(Xf, n);
      pass.weights.set(toFlat(W));
      const f = new Float64Array(n);
      const g = new Float64Array(n);
      for (let step = 0; step < 3; step++) {
        pass.forward(f);
        leastSquares().gradient(f, y, g);
        pass.descend(g, 1e-3);
      }
      const weights = Float64Array.from(pass.weights);
      pass.release();
      return { predictions, gradient: toFlat(gradient), weights };
    };
    const reference = withKernelBackend('js', run);
    for (const backend of BACKENDS) {
      const r = withKernelBackend(backend, run);
      agrees(r.predictions, reference.predictions, `${backend} ${name} f`);
      agrees(r.gradient, reference.gradient, `${backend} ${name} ∇L`);
      agrees(r.weights, reference.weights, `${backend} ${name} W after 3 steps`);
      const again = withKernelBackend(backend, run);
      assert.deepEqual(Array.from(again.weights), Array.from(r.weights), `${backend} ${name}: deterministic`);
    }
  }
  // the general kernels too, with an odd width (the SIMD sweeps' last column)
  const W = toFlat(rng.normalMatrix(k, d));
  const v = rng.normalVector(k);
  const g = rng.normalVector(n);
  const general = () => reluKernelsRun(Xf, W, v, g, n, k, d, 0.25);
  const reference = withKernelBackend('js', general);
  for (const backend of BACKENDS) {
    const r = withKernelBackend(backend, general);
    assert.deepEqual(Array.from(r.D), Array.from(reference.D), `${backend} φ′`);
    agrees(r.f, reference.f, `${backend} f`);
    agrees(r.G, reference.G, `${backend} G`);
  }
});

test('every backend: eigenvalues, eigenvectors, singular values and the thin SVD agree with ml-matrix (js) to 1e-12', () => {
  const rng = new Rng(33);
  for (const n of [1, 2, 9, 64]) {
    const S = symmetric(rng, n);
    const M = rng.normalMatrix(n + 5, n);
    const reference = withKernelBackend('js', () => ({ values: symmetricEigenvalues(S), sv: singularValues(M), svT: singularValues(M.transpose()) }));
    for (const backend of BACKENDS) {
      withKernelBackend(backend, () => {
        agrees(symmetricEigenvalues(S), reference.values, `${backend} eigenvalues n=${n}`);
        agrees(symmetricEigenvalues(toFlat(S), n), reference.values, `${backend} eigenvalues of a flat array n=${n}`);
        const { values, vectors } = symmetricEigen(S);
        agrees(values, reference.values, `${backend} symmetricEigen values n=${n}`);
        // S·V = V·Λ and VᵀV = I
        agrees(toFlat(S.mmul(vectors)), toFlat(vectors.mmul(Matrix.diag(Array.from(values)))), `${backend} S·V = V·Λ n=${n}`, 1e-12 * n);
        agrees(toFlat(vectors.transpose().mmul(vectors)), toFlat(Matrix.eye(n)), `${backend} VᵀV = I n=${n}`, 1e-12 * n);
        agrees(singularValues(M), reference.sv, `${backend} singular values ${n + 5}×${n}`);
        agrees(singularValues(M.transpose()), reference.svT, `${backend} singular values ${n}×${n + 5}`);
        assert.ok(Math.abs(spectralNormOf(M) - reference.sv[0]) <= 1e-12 * reference.sv[0]);
        for (const A of [M, M.transpose()]) {
          const svd = thinSvd(A);
          const rebuilt = svd.left.mmul(Matrix.diag(Array.from(svd.values))).mmul(svd.right.transpose());
          agrees(toFlat(rebuilt), toFlat(A), `${backend} U·Σ·Vᵀ = A ${A.rows}×${A.columns}`, 1e-12 * n);
        }
      });
    }
  }
  // from order 300 LAPACK runs column-major on blas and the vectors are transposed back in place
  const mid = symmetric(rng, 310);
  const midValues = withKernelBackend('js', () => symmetricEigenvalues(mid));
  for (const backend of BACKENDS)
    withKernelBackend(backend, () => {
      const { values, vectors } = symmetricEigen(mid);
      agrees(values, midValues, `${backend} symmetricEigen values n=310`);
      agrees(toFlat(mid.mmul(vectors)), toFlat(vectors.mmul(Matrix.diag(Array.from(values)))), `${backend} S·V = V·Λ n=310`, 1e-12 * 310);
      agrees(toFlat(vectors.transpose().mmul(vectors)), toFlat(Matrix.eye(310)), `${backend} VᵀV = I n=310`, 1e-12 * 310);
    });
  // from order 500 the eigenvalues alone take LAPACK's two-stage route on blas
  const large = symmetric(rng, 520);
  const expected = withKernelBackend('js', () => symmetricEigenvalues(large));
  for (const backend of BACKENDS)
    agrees(
      withKernelBackend(backend, () => symmetricEigenvalues(large)),
      expected,
      `${backend} eigenvalues n=520`,
    );
  assert.throws(() => symmetricEigenvalues(new Float64Array(5)), /A: expected 2×2 = 4 entries, got 5/);
});

test('every backend: Gram spectra and Lanczos agree with the JS reference', () => {
  const rng = new Rng(34);
  const net = new TwoLayerNet({ inputDim: 6, width: 30, activation: 'softplus' });
  const W = net.initialWeights(rng.fork('w'));
  const X = rng.normalMatrix(120, 6);
  const run = () => {
    const op = networkJacobian(net, W, X);
    return { spectrum: singularValuesFromGram(op.gramFlat(), op.rows), top: topSingularTriplets(op, 5).values };
  };
  const reference = withKernelBackend('js', run);
  for (const backend of BACKENDS) {
    const r = withKernelBackend(backend, run);
    agrees(r.spectrum.slice(0, 60), reference.spectrum.slice(0, 60), `${backend} Gram spectrum`);
    agrees(r.top, reference.top, `${backend} top-5 Lanczos σ`, 1e-10);
    agrees(r.top, reference.spectrum.slice(0, 5), `${backend} Lanczos σ = Gram σ`, 1e-10);
  }
});

test('the Gram JJᵀ equals the explicit J·Jᵀ entry by entry and is exactly symmetric, on every backend, across 64-row blocks', () => {
  const rng = new Rng(35);
  const net = new TwoLayerNet({ inputDim: 7, width: 9, activation: 'softplus' });
  const W = net.initialWeights(rng.fork('w'));
  const X = rng.normalMatrix(150, 7); // 150 rows: two full blocks of X·Xᵀ and a remainder
  const V = rng.normalMatrix(3, 9);
  const operators = () => ({
    'one output (rows in sample order)': networkJacobian(net, W, X),
    'three outputs (rows by sample and class)': multiOutputJacobian({ activation: net.activation, W, X, outputs: V, rows: 'allClasses' }),
  });
  for (const backend of BACKENDS) {
    for (const [name, op] of Object.entries(withKernelBackend(backend, operators))) {
      const { gram, explicit } = withKernelBackend(backend, () => ({ gram: op.gramFlat(), explicit: toFlat(op.explicit()) }));
      const expected = withKernelBackend('js', () => gemmNT(explicit, explicit, op.rows, op.rows, op.columns));
      agrees(gram, expected, `${backend}, ${name}: Gram`);
      for (let r = 0; r < op.rows; r++)
        for (let q = 0; q < r; q++) assert.equal(gram[r * op.rows + q], gram[q * op.rows + r], `${backend}, ${name}: G[${r}][${q}] ≠ G[${q}][${r}]`);
      // the JVP and VJP reuse one work array: repeated and interleaved calls give the same numbers
      const x = rng.normalVector(op.columns);
      const y = rng.normalVector(op.rows);
      const first = withKernelBackend(backend, () => [op.matvec(x), op.rmatvec(y)]);
      const again = withKernelBackend(backend, () => [op.rmatvec(y), op.matvec(x)]);
      assert.deepEqual(Array.from(again[1]), Array.from(first[0]), `${backend}, ${name}: JVP repeated`);
      assert.deepEqual(Array.from(again[0]), Array.from(first[1]), `${backend}, ${name}: VJP repeated`);
      agrees(first[0], gemmNT(explicit, x, op.rows, 1, op.columns), `${backend}, ${name}: JVP`);
    }
  }
});

test("the Jacobian's JVP/VJP keep X in kernel memory between calls only while nothing else is laid out there", () => {
  const rng = new Rng(39);
  const net = new TwoLayerNet({ inputDim: 5, width: 6, activation: 'softplus' });
  const W = net.initialWeights(rng.fork('w'));
  for (const backend of BACKENDS) {
    withKernelBackend(backend, () => {
      const first = networkJacobian(net, W, rng.normalMatrix(40, 5));
      const second = networkJacobian(net, W, rng.normalMatrix(40, 5)); // the same sizes: the same blocks
      const x = rng.normalVector(first.columns);
      const y = rng.normalVector(first.rows);
      const alone = [first.matvec(x), first.rmatvec(y)].map((v) => Array.from(v));
      const J1 = toFlat(first.explicit());
      agrees(alone[0], gemmNT(J1, x, 40, 1, first.columns), `${backend}: JVP`);
      agrees(alone[1], gemmTNAccumulateInto(J1, y, 40, first.columns), `${backend}: VJP`);
      // another operator of the same shape in between, then an unrelated kernel call over the same scratch area
      second.matvec(x);
      assert.deepEqual(Array.from(first.matvec(x)), alone[0], `${backend}: JVP after another operator's`);
      vectorExp(rng.normalVector(4 * 40 * 5)); // lays its arrays over the same scratch area (on blas and wasm)
      assert.deepEqual(Array.from(first.rmatvec(y)), alone[1], `${backend}: VJP after another kernel`);
      assert.deepEqual(Array.from(first.rmatvec(y)), alone[1], `${backend}: VJP repeated`);
    });
  }
});

test('symmetricHadamardGram: (A·Aᵀ)⊙(X·Xᵀ) formed in kernel memory equals the JS-memory route bit for bit, exactly symmetric, at block edges', () => {
  const rng = new Rng(37);
  // orders below, at and across the 64-row blocks, odd and even (the SIMD pass pairs rows and columns)
  for (const m of [1, 2, 3, 63, 64, 65, 127, 130, 193]) {
    const k = 5 + (m % 7);
    const d = 1 + (m % 4);
    const A = toFlat(rng.normalMatrix(m, k));
    const X = toFlat(rng.normalMatrix(m, d));
    for (const backend of BACKENDS) {
      const { fast, plain } = withKernelBackend(backend, () => {
        const upper = symmetricProductUpper(A, m, k);
        hadamardSymmetricByGram(upper, X, m, d); // the JS loops on the same two factors
        return { fast: symmetricHadamardGram(A, X, m, k, d), plain: upper };
      });
      assert.deepEqual(Array.from(fast), Array.from(plain), `${backend}, m = ${m}: kernel-memory route ≡ JS route`);
      const AA = withKernelBackend('js', () => gemmNT(A, A, m, m, k));
      const XX = withKernelBackend('js', () => gemmNT(X, X, m, m, d));
      agrees(
        fast,
        AA.map((v, p) => v * XX[p]),
        `${backend}, m = ${m}: against the JS products`,
      );
      for (let r = 0; r < m; r++) for (let q = 0; q < r; q++) assert.equal(fast[r * m + q], fast[q * m + r], `${backend}, m = ${m}: G[${r}][${q}]`);
    }
  }
  // into a caller's array (reused along a trajectory); a wrong length is refused before any work
  const net = new TwoLayerNet({ inputDim: 6, width: 8, activation: 'softplus' });
  const op = networkJacobian(net, net.initialWeights(rng.fork('w')), rng.normalMatrix(70, 6));
  const out = new Float64Array(70 * 70).fill(NaN);
  assert.equal(op.gramFlat(out), out);
  assert.deepEqual(Array.from(out), Array.from(op.gramFlat()));
  assert.throws(() => op.gramFlat(new Float64Array(70 * 69)), /out: expected 70×70 = 4900 entries, got 4830/);
});

test('spectralNormOf: σ_max to 1e-15 of dgesdd at any scale (power-of-two scaling of the Gram route), zero and empty matrices', () => {
  const rng = new Rng(38);
  for (const [m, n, scale] of [
    [100, 50, 1],
    [50, 100, 1e-200],
    [7, 3, 1e250],
    [1, 5, 1],
    [5, 1, 3],
    [40, 40, 1e-300], // squares underflow without the scaling (ml-matrix's SVD, the js reference, does not converge on subnormal matrices)
  ]) {
    const M = rng.normalMatrix(m, n).mul(scale);
    for (const backend of BACKENDS) {
      const norm = withKernelBackend(backend, () => spectralNormOf(M));
      const reference = withKernelBackend('js', () => singularValues(M)[0]);
      assert.ok(Math.abs(norm - reference) <= 4e-15 * reference, `${backend}, ${m}×${n} at ${scale}: ${norm} vs ${reference}`);
    }
  }
  for (const backend of BACKENDS) {
    assert.equal(
      withKernelBackend(backend, () => spectralNormOf(new Matrix(4, 3))),
      0,
    );
    assert.equal(
      withKernelBackend(backend, () => spectralNormOf(new Matrix(0, 3))),
      0,
    );
  }
});

test('flattening reads a matrix through its rows or, for other matrix classes, entry by entry; validation names the entry', () => {
  const rng = new Rng(36);
  const M = rng.normalMatrix(5, 4);
  const expected = Float64Array.from({ length: 20 }, (_, p) => M.get(Math.floor(p / 4), p % 4));
  assert.deepEqual(Array.from(toFlat(M)), Array.from(expected));
  const view = new MatrixSubView(M, 0, 4, 0, 3); // an ml-matrix view class: no stored rows
  assert.deepEqual(Array.from(toFlat(view as unknown as Matrix)), Array.from(expected));
  assert.deepEqual(Array.from(toFlat(fromFlat(expected, 5, 4))), Array.from(expected));
  assert.deepEqual(Array.from(toFlat(fromFlat(Array.from(expected), 5, 4))), Array.from(expected));
  const net = new TwoLayerNet({ inputDim: 4, width: 3, activation: 'relu' });
  for (const bad of [Infinity, -Infinity, NaN]) {
    const X = M.clone();
    X.set(3, 2, bad);
    assert.throws(() => networkJacobian(net, net.initialWeights(rng.fork('w')), X), new RegExp(`X\\[3\\]\\[2\\].*${bad}`));
  }
});

test('adoptFlat wraps a row-major array as a Matrix without copying, usable by ml-matrix like any other', () => {
  const data = Float64Array.from({ length: 12 }, (_, p) => p + 1);
  const m = adoptFlat(data, 3, 4);
  assert.equal(m.rows, 3);
  assert.equal(m.columns, 4);
  assert.deepEqual(m.to2DArray(), [
    [1, 2, 3, 4],
    [5, 6, 7, 8],
    [9, 10, 11, 12],
  ]);
  assert.deepEqual(
    m.mmul(m.transpose()).to2DArray(),
    fromFlat(data, 3, 4)
      .mmul(fromFlat(data, 3, 4).transpose())
      .to2DArray(),
  );
  m.set(1, 2, -1);
  assert.equal(data[6], -1, 'the rows are views of the array handed over');
  assert.deepEqual(Array.from(toFlat(m.clone())), Array.from(data));
  assert.throws(() => adoptFlat(new Float64Array(5), 2, 3), /data/);
});

test('gramSingularValues: the spectrum of JJᵀ from the smaller Gram, on every backend', () => {
  const rng = new Rng(38);
  const net = new TwoLayerNet({ inputDim: 5, width: 8, activation: 'softplus' });
  const W = net.initialWeights(rng.fork('w'));
  for (const rows of [25, 90]) {
    // fewer and more rows than k·d = 40
    const op = networkJacobian(net, W, rng.normalMatrix(rows, 5));
    const reference = withKernelBackend('js', () => singularValuesFromGram(op.gram()));
    for (const backend of BACKENDS) {
      const values = withKernelBackend(backend, () => op.gramSingularValues());
      assert.equal(values.length, rows);
      const rank = Math.min(rows, 40);
      agrees(values.slice(0, rank), reference.slice(0, rank), `${backend} σ, ${rows} rows`, 1e-10);
      // beyond the rank: exact zeros here, round-off (√ of eigenvalue noise) from the n×n Gram
      for (let i = rank; i < rows; i++) assert.ok(values[i] === 0 && reference[i] <= 1e-6 * reference[0], `${backend} σ_${i}`);
    }
  }
});

test('the vectorised exp is within 2 ulp of Math.exp over the whole double range', () => {
  const values: number[] = [
    0,
    -0,
    1,
    -1,
    1e-300,
    -1e-300,
    5e-324,
    709.782712893384,
    709.7827128933841,
    -708.3964185322641,
    -745.1332191019411,
    -745.1332191019412,
    -746,
    710,
    1e308,
    -1e308,
    Infinity,
    -Infinity,
    NaN,
  ];
  const rng = new Rng(35);
  for (let i = 0; i < 200_000; i++) values.push(-746 + 1456 * rng.uniform()); // the whole range where e^x is neither 0 nor ∞
  for (let i = 0; i < 20_000; i++) values.push((rng.uniform() - 0.5) * 2 ** -(60 * rng.uniform())); // near 0
  for (let i = 0; i < 20_000; i++) values.push(-745.2 + 40 * rng.uniform()); // subnormal results
  const x = Float64Array.from(values);
  assertWithinTwoUlps('exp', x, vectorExp);
});

test('the vectorised log1p is within 2 ulp of Math.log1p on [0, 1] and beyond', () => {
  const values: number[] = [0, 5e-324, 1e-300, 2 ** -53, 2 ** -52, 1e-17, Math.SQRT2 - 1, 1, 2, 1e10, 1e300];
  const rng = new Rng(36);
  for (let i = 0; i < 200_000; i++) values.push(rng.uniform());
  for (let i = 0; i < 50_000; i++) values.push(Math.exp(-745 * rng.uniform())); // e^{−|z|}, as the softplus pass needs
  // around the first entries of the table (log1p(j/512), j = 0…4), where the reduced q is as large as the result
  for (let i = 0; i < 50_000; i++) values.push((4.5 * rng.uniform()) / 512);
  for (let j = 0; j <= 512; j++) values.push(j / 512, (j + 0.5) / 512, (j + 0.5) / 512 - 2 ** -60, (j + 0.5) / 512 + 2 ** -60); // on and between the table's points
  const x = Float64Array.from(values);
  assertWithinTwoUlps('log1p', x, vectorLog1p);
});

test('the softplus pass is within 2 ulp of the JS activation for every z', () => {
  const rng = new Rng(37);
  const [n, k, d] = [1, 40_001, 1]; // Z = X·Wᵀ = W itself: the z values are W's entries
  const z = Float64Array.from({ length: k }, (_, i) =>
    i < 20 ? ([0, -0, 1e-300, -1e-20, 40, -40, 800, -800, 36.7, -36.7, 709, -745][i] ?? 0) : -60 + 120 * rng.uniform(),
  );
  const net = new TwoLayerNet({ inputDim: 1, width: k, activation: 'softplus' });
  for (const backend of BACKENDS.filter((b) => b !== 'js')) {
    withKernelBackend(backend, () => {
      const D = new Float64Array(n * k);
      net.forwardFlat(z, Float64Array.of(1), n, new Float64Array(n), D);
      let worst = 0;
      z.forEach((zi, l) => (worst = Math.max(worst, ulps(D[l], net.activation.dphi(zi)))));
      assert.ok(worst <= 2, `${backend}: softplus′ ${worst} ulp from the JS activation`);
    });
  }
});

test('the softplus pass, φ and φ′, is within 2 ulp of the JS activation over the whole double range', () => {
  const rng = new Rng(38);
  const special = [0, -0, 5e-324, -5e-324, 1e-300, -1e-300, 36.7, -36.7, 708.4, -708.4, 709.8, -709.8, 745.1, -745.1, -745.2, 750, -750, 1e300, -1e300];
  const values = [...special, Infinity, -Infinity, NaN];
  for (let i = 0; i < 100_000; i++) values.push(-750 + 1500 * rng.uniform()); // every z where e^{−|z|} is not 0
  for (let i = 0; i < 100_000; i++) values.push(-8 + 16 * rng.uniform()); // where φ and φ′ are far from their limits
  for (let i = 0; i < 20_000; i++) values.push(-745.2 + 40 * rng.uniform()); // subnormal φ and φ′
  for (let i = 0; i < 20_000; i++) values.push((rng.uniform() - 0.5) * 2 ** -(60 * rng.uniform())); // near 0
  // e^{−|z|} on and around the midpoints between the log1p table's points, where its index could go either way
  for (let j = 0; j < 512; j++)
    for (const nudge of [0, 1e-12, -1e-12, 1e-9, -1e-9]) values.push(Math.log(512 / (j + 0.5)) + nudge, -Math.log(512 / (j + 0.5)) + nudge);
  values.push(1); // an odd length: the last entry through the half-filled lane
  const z = Float64Array.from(values);
  for (const backend of BACKENDS.filter((b) => b !== 'js')) {
    withKernelBackend(backend, () => {
      const phi = Float64Array.from(z);
      const dphi = new Float64Array(z.length);
      assert.ok(softplusInPlace(phi, dphi), `${backend}: the vectorised pass serves`);
      const worst = { phi: 0, dphi: 0, phiAt: 0, dphiAt: 0 };
      z.forEach((zi, p) => {
        const [u, v] = [ulps(phi[p], softplus.phi(zi)), ulps(dphi[p], softplus.dphi(zi))];
        if (u > worst.phi) [worst.phi, worst.phiAt] = [u, zi];
        if (v > worst.dphi) [worst.dphi, worst.dphiAt] = [v, zi];
      });
      assert.ok(worst.phi <= 2, `${backend}: softplus(${worst.phiAt}) is ${worst.phi} ulp from the JS activation`);
      assert.ok(worst.dphi <= 2, `${backend}: softplus′(${worst.dphiAt}) is ${worst.dphi} ulp from the JS activation`);
    });
  }
});

test(
  'the softplus derivative pass gives the softplus pass’s φ′ bit for bit and its square, split between threads or not',
  { skip: !BACKENDS.includes('wasm') && 'no WebAssembly here' },
  () => {
    const rng = new Rng(39);
    const values = [0, -0, 5e-324, 36.7, -36.7, 709.8, -745.2, 750, -750, Infinity, -Infinity, NaN];
    for (let i = 0; i < 150_000; i++) values.push(-40 + 80 * rng.uniform()); // above the 65,536 entries of the thread split
    values.push(0.5); // an odd length: the last entry through the half-filled lane
    const z = Float64Array.from(values);
    const threadsBefore = kernelThreads();
    try {
      for (const threads of [1, 2] as const)
        for (const len of [z.length, 1001]) {
          const input = z.subarray(0, len);
          const phi = Float64Array.from(input);
          const dphi = new Float64Array(len);
          withKernelBackend('wasm', () => softplusInPlace(phi, dphi));
          setKernelThreads(threads); // 2: the helper thread takes the second half (where the machine has two cores)
          const { squares, derivative } = withKernelBackend('wasm', () => {
            const { offsets, heap } = layout([len, len]);
            heap.set(input, offsets[0] / 8);
            softplusDerivativePass(offsets[0], offsets[1], len);
            return { squares: heap.slice(offsets[0] / 8, offsets[0] / 8 + len), derivative: heap.slice(offsets[1] / 8, offsets[1] / 8 + len) };
          });
          assert.deepEqual(Array.from(derivative), Array.from(dphi), `${threads} thread(s), ${len} entries: φ′`);
          assert.deepEqual(
            Array.from(squares),
            Array.from(dphi, (d) => d * d),
            `${threads} thread(s), ${len} entries: φ′²`,
          );
        }
    } finally {
      setKernelThreads(threadsBefore as 1 | 2);
    }
  },
);

test('arrays are laid out above the kernels module’s constant tables', { skip: !BACKENDS.includes('wasm') && 'no WebAssembly here' }, () => {
  withKernelBackend('wasm', () => {
    const { offsets } = layout([4, 4]);
    assert.ok(offsets[0] >= HEAP_BASE, `the first array sits at ${offsets[0]}, inside the tables`);
    // the tables still hold: e^1 and log1p(1) through them after the layout above
    assert.ok(ulps(vectorExp(Float64Array.of(1))[0], Math.E) <= 1);
    assert.ok(ulps(vectorLog1p(Float64Array.of(1))[0], Math.LN2) <= 1);
  });
});

/** Runs test/linalgChild.ts with `env` over this environment (undefined values removed) and parses its JSON line. */
/** Jᵀy from the explicit J (rows×columns, row-major), by the JS reference's accumulation. */
function gemmTNAccumulateInto(J: Float64Array, y: Float64Array, rows: number, columns: number): Float64Array {
  const out = new Float64Array(columns);
  withKernelBackend('js', () => gemmTNAccumulate(y, J, rows, 1, columns, out));
  return out;
}

/** The values every child-process run of test/linalgChild.ts must reproduce from the JS reference's run. */
const CHILD_RESULTS = ['product', 'accumulated', 'gram', 'hadamardGram', 'eigenvalues', 'eigenvalues310', 'singularValues', 'spectralNorm'];

function child(env: Record<string, string | undefined>): {
  info: { backend: string; library?: { core: string; config: string } };
  eigenResidual310: number;
  [key: string]: unknown;
} {
  const merged: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...process.env, ...env })) if (value !== undefined) merged[key] = value;
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'linalgChild.ts')], { env: merged, cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() as string);
}

test(
  "OpenBLAS gives the JS reference's answers under every OPENBLAS_CORETYPE tried here (child processes)",
  {
    skip:
      (!BACKENDS.includes('blas') && 'the native backend does not load here') ||
      (withKernelBackend('blas', () => linalgBackend()).library?.core === 'MKL' && 'the BLAS library in use is MKL, not OpenBLAS'),
  },
  () => {
    const reference = child({ LABELNOISE_KERNELS: 'js' });
    // unset (labelnoise's choice for this CPU), the value this environment sets (if any), and the kernel families
    // older OpenBLAS builds pick on new CPUs
    const coreTypes = [undefined, process.env.OPENBLAS_CORETYPE, 'Haswell', 'SkylakeX', 'Prescott'].filter((c, i, all) => all.indexOf(c) === i);
    for (const core of coreTypes) {
      const r = child({ LABELNOISE_KERNELS: 'blas', OPENBLAS_CORETYPE: core });
      assert.equal(r.info.backend, 'blas');
      if (core !== undefined) assert.equal(r.info.library?.core.toLowerCase(), core.toLowerCase(), `OpenBLAS runs the ${core} kernels`);
      for (const key of CHILD_RESULTS) agrees(r[key] as number[], reference[key] as number[], `OPENBLAS_CORETYPE=${core ?? '(unset)'}: ${key}`);
      assert.ok(r.eigenResidual310 <= 1e-13, `OPENBLAS_CORETYPE=${core ?? '(unset)'}: eigenvectors of order 310, residual ${r.eigenResidual310}`);
    }
  },
);

/** Debian non-free's Intel MKL (package libmkl-rt), when this machine has it. */
const MKL_LIBRARY = ['/usr/lib/x86_64-linux-gnu/libmkl_rt.so'].find((path) => existsSync(path));

test(
  "Intel MKL named by LABELNOISE_BLAS_LIBRARY: the JS reference's answers, its threading layer and reproducibility mode set (child processes)",
  {
    skip:
      (!BACKENDS.includes('blas') && 'the native backend does not load here') ||
      (MKL_LIBRARY === undefined && 'MKL (Debian non-free libmkl-rt) is not installed'),
  },
  () => {
    const reference = child({ LABELNOISE_KERNELS: 'js' });
    for (const layer of [undefined, 'SEQUENTIAL']) {
      const r = child({ LABELNOISE_KERNELS: 'blas', LABELNOISE_BLAS_LIBRARY: MKL_LIBRARY, MKL_THREADING_LAYER: layer, MKL_CBWR: undefined });
      assert.equal(r.info.backend, 'blas');
      assert.equal(r.info.library?.core, 'MKL');
      // OpenMP through libgomp unless a layer is named; conditional numerical reproducibility set by labelnoise
      assert.match(r.info.library?.config ?? '', new RegExp(`threading ${layer ?? 'GNU'};.*CNR AUTO \\(strict\\)`));
      for (const key of CHILD_RESULTS) agrees(r[key] as number[], reference[key] as number[], `MKL (${layer ?? 'default layer'}): ${key}`);
      assert.ok(r.eigenResidual310 <= 1e-13, `MKL: eigenvectors of order 310, residual ${r.eigenResidual310}`);
    }
    // a mode named in the environment is MKL's to take, and reported as such
    const named = child({ LABELNOISE_KERNELS: 'blas', LABELNOISE_BLAS_LIBRARY: MKL_LIBRARY, MKL_CBWR: 'AUTO' });
    assert.match(named.info.library?.config ?? '', /CNR MKL_CBWR=AUTO/);
  },
);

test('LABELNOISE_KERNELS=blas where no library loads is an error naming what was searched; unforced, wasm serves', () => {
  const missing = '/nonexistent/libopenblas-for-a-test.so';
  assert.throws(
    () => child({ LABELNOISE_KERNELS: 'blas', LABELNOISE_BLAS_LIBRARY: missing }),
    (e: Error & { stderr?: string }) => /LABELNOISE_KERNELS=blas/.test(String(e.stderr)) && String(e.stderr).includes(missing),
  );
  assert.equal(child({ LABELNOISE_KERNELS: undefined, LABELNOISE_BLAS_LIBRARY: missing }).info.backend, 'wasm');
  assert.equal(child({ LABELNOISE_KERNELS: 'wasm' }).info.backend, 'wasm');
  assert.equal(child({ LABELNOISE_KERNELS: 'js' }).info.backend, 'js');
  assert.throws(
    () => child({ LABELNOISE_KERNELS: 'gpu' }),
    (e: Error & { stderr?: string }) => /LABELNOISE_KERNELS: expected blas, wasm or js, got "gpu"/.test(String(e.stderr)),
  );
});
