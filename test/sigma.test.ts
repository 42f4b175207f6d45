import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Matrix } from 'ml-matrix';
import {
  activation,
  bivariateNormalExpectation,
  gaussHermite,
  gaussLegendre,
  jacobianGram,
  reluSeparationCheck,
  Rng,
  sigma,
  TwoLayerNet,
  withKernelBackend,
} from '../src/index';
import { availableKernelBackends } from '../src/linalg/wasm/runtime';

function randomCenters(K: number, d: number, seed: number, unit = true): Matrix {
  const rng = new Rng(seed);
  const C = new Matrix(K, d);
  for (let i = 0; i < K; i++) {
    const row = unit ? Array.from(rng.unitSphere(d)) : Array.from(rng.normalVector(d, 1 / Math.sqrt(d))); // norms ≈ 1 but not 1
    C.setRow(i, row);
  }
  return C;
}

function maxAbsDiff(a: Matrix, b: Matrix): number {
  return Math.max(...a.clone().sub(b).abs().to1DArray());
}

/** Independent reference: the trapezoidal rule on a 0.1 grid over [−10, 10]², exact to ~1e-15 for analytic φ'. */
function trapezoid(g: (u: number, v: number) => number, su: number, sv: number, m: number): number {
  const h = 0.1;
  const a = m / su;
  const b = Math.sqrt(sv * sv - a * a);
  let s = 0;
  for (let i = -100; i <= 100; i++) {
    for (let j = -100; j <= 100; j++) {
      const z1 = i * h;
      const z2 = j * h;
      s += Math.exp(-(z1 * z1 + z2 * z2) / 2) * g(su * z1, a * z1 + b * z2);
    }
  }
  return (s * h * h) / (2 * Math.PI);
}

test('Gauss–Hermite rules integrate polynomials exactly up to 150 nodes', () => {
  for (const n of [2, 10, 64, 128, 150]) {
    const { nodes, weights } = gaussHermite(n);
    const moment = (p: number) => nodes.reduce((s, t, i) => s + weights[i] * t ** p, 0);
    assert.ok(Math.abs(moment(0) - Math.sqrt(Math.PI)) < 1e-13, `n=${n}: Σw`);
    assert.ok(Math.abs(moment(2) - Math.sqrt(Math.PI) / 2) < 1e-13, `n=${n}: Σwt²`);
    if (n >= 3) assert.ok(Math.abs(moment(4) - (3 * Math.sqrt(Math.PI)) / 4) < 1e-12, `n=${n}: Σwt⁴`);
  }
});

test("quadrature of E[φ'(u)φ'(v)] is within 1e-10 of an independent reference for softplus and tanh (default 128 nodes)", () => {
  for (const name of ['softplus', 'tanh'] as const) {
    const act = activation(name);
    const g = (u: number, v: number) => act.dphi(u) * act.dphi(v);
    for (const [su, sv, m] of [
      [1, 1, 0.3],
      [1, 1, 0.95],
      [1, 1, -0.99],
      [1, 1, 1],
      [0.8, 1.1, 0.5],
    ]) {
      const gh = bivariateNormalExpectation(g, su, sv, m, 128);
      const ref = trapezoid(g, su, sv, m);
      assert.ok(Math.abs(gh - ref) < 1e-10, `${name} (${su}, ${sv}, ${m}): ${gh} vs ${ref}`);
    }
  }
});

test('closed form, quadrature and Monte Carlo agree within their stated errors on random centers', () => {
  for (const [seed, unit] of [
    [1, true],
    [2, false],
  ] as const) {
    const C = randomCenters(5, 12, seed, unit);
    // gaussianDerivative has all three methods
    const closed = sigma(C, 'gaussianDerivative', { method: 'closed' });
    const quad = sigma(C, 'gaussianDerivative', { method: 'quadrature' });
    const mc = sigma(C, 'gaussianDerivative', { method: 'montecarlo', samples: 40_000, seed: 3 });
    assert.ok(maxAbsDiff(closed.sigma, quad.sigma) <= Math.max(quad.errorEstimate, 1e-13), `closed vs quadrature: ${maxAbsDiff(closed.sigma, quad.sigma)}`);
    assert.ok(quad.errorEstimate < 1e-10);
    // ReLU: closed form vs Monte Carlo
    const reluClosed = sigma(C, 'relu');
    const reluMc = sigma(C, 'relu', { method: 'montecarlo', samples: 40_000, seed: 4 });
    for (const [exact, estimate] of [
      [closed, mc],
      [reluClosed, reluMc],
    ]) {
      const se = estimate.standardErrors as Matrix;
      for (let i = 0; i < 5; i++) {
        for (let j = 0; j < 5; j++) {
          const gap = Math.abs(exact.sigma.get(i, j) - estimate.sigma.get(i, j));
          assert.ok(gap <= 5 * se.get(i, j) + 1e-15, `${exact.activation} [${i}][${j}]: |Δ| = ${gap} > 5·SE = ${5 * se.get(i, j)}`);
        }
      }
    }
  }
  // smooth activations without a closed form: quadrature vs Monte Carlo
  const C = randomCenters(4, 10, 5);
  for (const name of ['softplus', 'tanh'] as const) {
    const quad = sigma(C, name);
    assert.equal(quad.method, 'quadrature');
    const mc = sigma(C, name, { method: 'montecarlo', samples: 40_000, seed: 6 });
    const se = mc.standardErrors as Matrix;
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) assert.ok(Math.abs(quad.sigma.get(i, j) - mc.sigma.get(i, j)) <= 5 * se.get(i, j) + 1e-12);
  }
});

test("Monte Carlo Σ(C): every backend gives the plain estimate from the seed's normal stream (batches of 4,000 included), and its standard errors", () => {
  const K = 7;
  const d = 9; // 4,100 samples in batches of 4,000: the second batch must continue the same stream
  const samples = 4_100;
  const C = randomCenters(K, d, 8);
  // the estimate written out: the same stream, then Σ_ij = (c_iᵀc_j)·mean_s φ'(c_iᵀg_s)φ'(c_jᵀg_s)
  const g = new Rng(5)
    .fork('sigma-montecarlo')
    .normalStream()
    .fill(new Float64Array(samples * d));
  const act = activation('softplus');
  const mean = new Float64Array(K * K);
  const meanSq = new Float64Array(K * K);
  const D = new Float64Array(K);
  for (let s = 0; s < samples; s++) {
    for (let i = 0; i < K; i++) {
      let z = 0;
      for (let j = 0; j < d; j++) z += C.get(i, j) * g[s * d + j];
      D[i] = act.dphi(z);
    }
    for (let i = 0; i < K; i++)
      for (let j = 0; j < K; j++) {
        mean[i * K + j] += (D[i] * D[j]) / samples;
        meanSq[i * K + j] += (D[i] * D[j]) ** 2 / samples;
      }
  }
  const gram = C.mmul(C.transpose());
  for (const backend of availableKernelBackends()) {
    const mc = withKernelBackend(backend, () => sigma(C, 'softplus', { method: 'montecarlo', samples, seed: 5 }));
    const se = mc.standardErrors as Matrix;
    for (let i = 0; i < K; i++)
      for (let j = 0; j < K; j++) {
        const expected = gram.get(i, j) * mean[i * K + j];
        assert.ok(Math.abs(mc.sigma.get(i, j) - expected) <= 1e-12 * Math.abs(expected), `${backend} Σ[${i}][${j}]: ${mc.sigma.get(i, j)} vs ${expected}`);
        const variance = ((meanSq[i * K + j] - mean[i * K + j] ** 2) * samples) / (samples - 1);
        const expectedSe = Math.abs(gram.get(i, j)) * Math.sqrt(variance / samples);
        assert.ok(Math.abs(se.get(i, j) - expectedSe) <= 1e-8 * expectedSe, `${backend} SE[${i}][${j}]: ${se.get(i, j)} vs ${expectedSe}`);
      }
  }
});

test('closed forms match the Li et al. 2019 formulas for unit rows: ReLU ρ(π − arccos ρ)/(2π), Gaussian-derivative ρ/√(4 − ρ²)', () => {
  const C = randomCenters(6, 8, 7);
  const relu = sigma(C, 'relu').sigma;
  const gd = sigma(C, 'gaussianDerivative').sigma;
  const lin = sigma(C, 'linear').sigma;
  for (let i = 0; i < 6; i++) {
    for (let j = 0; j < 6; j++) {
      // off the diagonal only: a dot product gives ρ = 1 − 2e-16 there, and arccos is ill-conditioned at 1
      if (i === j) continue;
      const rho = C.getRowVector(i).dot(C.getRowVector(j));
      assert.ok(Math.abs(relu.get(i, j) - (rho * (Math.PI - Math.acos(Math.min(1, rho)))) / (2 * Math.PI)) < 1e-14);
      assert.ok(Math.abs(gd.get(i, j) - rho / Math.sqrt(4 - rho * rho)) < 1e-14);
      assert.ok(Math.abs(lin.get(i, j) - rho) < 1e-14);
    }
    assert.ok(Math.abs(relu.get(i, i) - 0.5) < 1e-15 && Math.abs(gd.get(i, i) - 1 / Math.sqrt(3)) < 1e-15);
  }
});

test('Σ(C) is PSD for every activation and method; λ, ‖C‖ and κ are consistent', () => {
  const C = randomCenters(6, 9, 8);
  const runs = [
    sigma(C, 'relu'),
    sigma(C, 'gaussianDerivative'),
    sigma(C, 'softplus'),
    sigma(C, 'tanh'),
    sigma(C, { name: 'smoothedLeakyRelu', gamma: 0.3, H: 2 }, { samples: 5000 }),
    sigma(C, 'relu', { method: 'montecarlo', samples: 5000 }),
  ];
  for (const r of runs) {
    assert.ok(r.eigenvalues[0] > 0, `${r.activation}/${r.method}: λ = ${r.eigenvalues[0]}`);
    assert.deepEqual(
      r.eigenvalues,
      [...r.eigenvalues].sort((a, b) => a - b),
    );
    assert.equal(r.lambda, r.eigenvalues[0]);
    assert.ok(!r.singular && Number.isFinite(r.kappa));
    assert.ok(Math.abs(r.kappa - (Math.sqrt(9 / 6) * r.centerNorm) / r.lambda) < 1e-12 * r.kappa);
  }
  assert.equal(runs[4].method, 'montecarlo', 'smoothed leaky ReLU defaults to Monte Carlo');
});

test('a duplicated center gives λ = 0 up to round-off, κ = ∞ and a note, never NaN', () => {
  const C = randomCenters(4, 6, 9);
  C.setRow(3, C.getRow(1));
  for (const method of ['closed', 'montecarlo'] as const) {
    const r = sigma(C, 'relu', { method, samples: 2000 });
    assert.ok(Math.abs(r.lambda) < 1e-12, `${method}: λ = ${r.lambda}`);
    assert.equal(r.singular, true);
    assert.equal(r.kappa, Infinity);
    assert.match(r.notes.join(' '), /singular/);
  }
  const q = sigma(C, 'tanh');
  assert.ok(q.singular && q.kappa === Infinity && Math.abs(q.lambda) < 1e-10);
});

test('E[J(W0,C)J(W0,C)ᵀ] → Σ(C): the Gram at the centers converges as the width grows', () => {
  const C = randomCenters(4, 10, 10);
  for (const name of ['relu', 'tanh'] as const) {
    const target = sigma(C, name).sigma;
    const errors: number[] = [];
    for (const k of [250, 16_000]) {
      const net = new TwoLayerNet({ inputDim: 10, width: k, activation: name });
      const W = net.initialWeights(new Rng(k));
      const G = jacobianGram(net, W, C);
      errors.push(maxAbsDiff(G, target));
      // each entry is a mean of k i.i.d. terms (CCᵀ)_ij φ'(w·c_i)φ'(w·c_j), bounded by |(CCᵀ)_ij| ≤ 1: SE ≤ 1/√k
      assert.ok(errors[errors.length - 1] < 5 / Math.sqrt(k), `${name}, k=${k}: error ${errors[errors.length - 1]}`);
    }
    // 64× the width: the error should fall by about 8×; demand at least 3×
    assert.ok(errors[1] < errors[0] / 3, `${name}: errors ${errors}`);
  }
});

test('the ReLU separation bound reports both sides and its hypotheses', () => {
  const C = randomCenters(5, 6, 11);
  const check = reluSeparationCheck(C);
  assert.equal(check.verdict, 'holds');
  assert.ok(check.lhs >= check.rhs && check.rhs > 0);
  assert.equal(check.lhs, sigma(C, 'relu').lambda);
  const scaled = C.clone().mul(2);
  assert.equal(reluSeparationCheck(scaled).verdict, 'not-applicable', 'non-unit centers break a hypothesis');
  assert.equal(reluSeparationCheck(C, sigma(C, 'tanh')).verdict, 'not-applicable');
});

test('bad centers, activation, method and node counts are rejected, naming the field', () => {
  const C = randomCenters(3, 4, 12);
  assert.throws(() => sigma([[1, 0], [0]], 'relu'), /centers\[1\]: ragged rows/);
  assert.throws(
    () =>
      sigma(
        [
          [1, 0],
          [0, 0],
        ],
        'relu',
      ),
    /centers\[1\]: zero row/,
  );
  assert.throws(() => sigma([[1, NaN]], 'relu'), /centers\[0\]\[1\]: expected a finite number/);
  assert.throws(() => sigma(C, 'swish' as never), /activation: unknown activation "swish"/);
  assert.throws(() => sigma(C, 'softplus', { method: 'closed' }), /method: no closed form for activation "softplus"/);
  assert.throws(() => sigma(C, 'relu', { method: 'quadrature' }), /method: Gauss–Hermite converges too slowly/);
  assert.throws(() => sigma(C, 'tanh', { method: 'magic' as never }), /method: unknown method "magic"/);
  assert.throws(() => sigma(C, 'tanh', { nodes: 400 }), /nodes: at most 150/);
  assert.throws(() => sigma(C, 'tanh', { method: 'montecarlo', samples: 1 }), /samples: expected an integer >= 2/);
});

test('Gauss–Legendre rules on [0, 1] integrate polynomials of degree ≤ 2n − 1 exactly', () => {
  for (const n of [1, 2, 5, 8, 16]) {
    const { nodes, weights } = gaussLegendre(n);
    for (let p = 0; p <= 2 * n - 1; p++) {
      const integral = nodes.reduce((s, t, i) => s + weights[i] * t ** p, 0);
      assert.ok(Math.abs(integral - 1 / (p + 1)) < 1e-14, `n=${n}, ∫t^${p}: ${integral}`);
    }
    assert.ok(nodes.every((t) => t > 0 && t < 1));
  }
});
