import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  fromFlat,
  logistic,
  makeMixture,
  marginalSampler,
  Matrix,
  multiplyTransposed,
  normalCdf,
  normalQuantile,
  Rng,
  spanGradientDescent,
  SpanGeometry,
  toFlat,
  TwoLayerNet,
} from '../src/index';
import {
  benignAssumptions,
  empiricalC1,
  gaussianMixtureTestError,
  logisticGradientNorm,
  logisticSurrogate,
  mixtureBayesError,
  mixtureTestError,
} from '../src/papers/index';
import { assertClose } from './helpers';

const slrelu = { name: 'smoothedLeakyRelu' as const, gamma: 0.2, H: 2 };

test('mixture data: x = z + ỹμ, flips by each rule, and errors that name the field', () => {
  const data = makeMixture({ n: 4000, p: 3, muNorm: 2, eta: 0.2 }, new Rng(1));
  let flipped = 0;
  for (let i = 0; i < 4000; i++) {
    assert.equal(data.labels[i], data.noisy[i] ? -data.cleanLabels[i] : data.cleanLabels[i]);
    flipped += data.noisy[i];
  }
  assert.ok(Math.abs(flipped / 4000 - 0.2) < 4 * Math.sqrt((0.2 * 0.8) / 4000), `random flips ${flipped}`);
  assert.deepEqual(Array.from(data.mu), [2, 0, 0]);
  const fixed = makeMixture({ n: 37, p: 3, muNorm: 2, eta: 0.1, flips: 'fixedCount' }, new Rng(2));
  assert.equal(
    fixed.noisy.reduce((a, b) => a + b, 0),
    4,
  );
  const targeted = makeMixture({ n: 3000, p: 2, muNorm: 1.5, eta: 0.1, flips: 'marginTargeted' }, new Rng(3));
  const q = normalQuantile(0.1);
  for (let i = 0; i < 3000; i++) {
    const s = targeted.cleanLabels[i] * (targeted.X.get(i, 0) - targeted.cleanLabels[i] * 1.5); // ỹ⟨μ̂, z⟩
    assert.equal(targeted.noisy[i], s <= q ? 1 : 0);
  }
  assert.throws(() => makeMixture({ n: 5, p: 3, muNorm: 1, eta: 0.1, noise: 'cauchy' as never }, new Rng(1)), /noise: unknown noise "cauchy"/);
  assert.throws(
    () => makeMixture({ n: 5, p: 3, muNorm: 1, eta: 0.1, noise: 'skewed', flips: 'marginTargeted' }, new Rng(1)),
    /flips: marginTargeted flips are defined for gaussian clusters only/,
  );
  assert.throws(() => makeMixture({ n: 5, p: 3, muNorm: 1, eta: 0.5 }, new Rng(1)), /eta: expected a number in \[0, 0.5\)/);
  assert.throws(() => makeMixture({ n: 5, p: 3, muNorm: NaN, eta: 0.1 }, new Rng(1)), /muNorm: expected a finite number/);
});

test('skewed marginal: mean 0, the variance it reports, and a negative third moment', () => {
  const sampler = marginalSampler('skewed', 2);
  const rng = new Rng(4);
  const N = 200_000;
  let m1 = 0,
    m2 = 0,
    m3 = 0;
  for (let i = 0; i < N; i++) {
    const z = sampler.sample(rng);
    m1 += z;
    m2 += z * z;
    m3 += z ** 3;
  }
  m1 /= N;
  m2 /= N;
  m3 /= N;
  assert.ok(sampler.variance > 0.5 && sampler.variance < 1, `variance ${sampler.variance}`);
  assert.ok(Math.abs(m1) < 5 * Math.sqrt(sampler.variance / N), `mean ${m1}`);
  assert.ok(Math.abs(m2 - sampler.variance) < 5 * Math.sqrt(2 / N), `second moment ${m2} vs ${sampler.variance}`);
  assert.ok(m3 < -0.02, `third moment ${m3}: β log(1 + e^z) pushes mass to the left`);
});

test('normal quantile inverts Φ', () => {
  for (const x of [-6, -1.3, 0, 0.25, 2.5]) assert.ok(Math.abs(normalQuantile(normalCdf(x)) - x) < 1e-9, `x = ${x}`);
  assert.throws(() => normalQuantile(1), /q in \(0, 1\)/);
});

test('A·Bᵀ kernel equals ml-matrix mmul', () => {
  const rng = new Rng(5);
  const A = rng.normalMatrix(7, 1003);
  const B = rng.normalMatrix(5, 1003);
  assertClose(toFlat(multiplyTransposed(A, B)), toFlat(A.mmul(B.transpose())), 1e-12, 'A·Bᵀ');
  assertClose(toFlat(multiplyTransposed(A, A)), toFlat(A.mmul(A.transpose())), 1e-12, 'A·Aᵀ');
  assert.throws(() => multiplyTransposed(A, rng.normalMatrix(2, 4)), /equal column counts/);
});

test('span geometry: W_tW_tᵀ, W_t·μ, ‖∇L̂‖_F from B_t equal the explicit weights', () => {
  const data = makeMixture({ n: 12, p: 400, muNorm: 3, eta: 0.1 }, new Rng(6));
  const net = new TwoLayerNet({ inputDim: 400, width: 8, activation: slrelu });
  const W0 = net.initialWeights(new Rng(7), 0.05);
  const geometry = new SpanGeometry(data.X, W0);
  let checked = false;
  const run = spanGradientDescent({
    net,
    X: data.X,
    labels: data.labels,
    loss: logistic(),
    initialWeights: W0,
    stepSize: 0.05,
    steps: 20,
    geometry,
    onStep: (s) => {
      if (s.step !== 20) return;
      const W = W0.clone().add(fromFlat(s.coefficients, 8, 12).mmul(data.X)); // W_t = W0 + B_t·X
      assertClose(toFlat(geometry.gram(s.coefficients)), toFlat(W.mmul(W.transpose())), 1e-10, 'W Wᵀ');
      assertClose(geometry.along(data.mu)(s.coefficients), W.mmul(Matrix.columnVector(Array.from(data.mu))).getColumn(0), 1e-10, 'W μ');
      const explicit = net.lossAndGradient(W, data.X, data.labels, logistic()).gradient.norm('frobenius');
      assertClose([logisticGradientNorm(net, geometry.K, s.preActivations, s.predictions, data.labels)], [explicit], 1e-10, '‖∇L̂‖_F');
      checked = true;
    },
  });
  assert.ok(checked && run.stepsRun === 20);
  assert.throws(
    () => spanGradientDescent({ net, X: data.X, labels: data.labels, loss: logistic(), initialWeights: W0.clone(), stepSize: 0.05, steps: 1, geometry }),
    /geometry: was built for other inputs or initial weights/,
  );
  assert.throws(() => geometry.gram(new Float64Array(5)), /coefficients: expected 8×12 = 96 entries, got 5/);
});

test('surrogate g = −ℓ′ stays finite and in (0, 1)', () => {
  const g = logisticSurrogate([1000, -1000, 0], [1, 1, -1]);
  assert.ok(g[0] >= 0 && g[0] < 1e-300);
  assert.equal(g[1], 1);
  assert.equal(g[2], 0.5);
});

test('m-dimensional Gaussian test error matches closed forms of linear classifiers (random and margin-targeted flips)', () => {
  // a linear network f = aᵀWx is the linear classifier w = Wᵀa: clean error Φ(−⟨w, μ⟩/‖w‖)
  const p = 30;
  const net = new TwoLayerNet({ inputDim: p, width: 4, activation: 'linear' });
  const W = new Rng(8).normalMatrix(4, p);
  const mu = new Float64Array(p);
  mu[0] = 1.2;
  const w = W.transpose()
    .mmul(Matrix.columnVector(Array.from(net.v)))
    .getColumn(0);
  const wNorm = Math.hypot(...w);
  const exact = normalCdf(-(w[0] * 1.2) / wNorm);
  const alongMu = W.mmul(Matrix.columnVector(Array.from(mu))).getColumn(0);
  const r = gaussianMixtureTestError({ net, gram: W.mmul(W.transpose()), alongMu, muNorm: 1.2, eta: 0.2, samples: 200_000, rng: new Rng(9) });
  assert.ok(Math.abs(r.clean - exact) < 4 * r.cleanSE, `clean ${r.clean} vs ${exact} ± ${r.cleanSE}`);
  assert.equal(r.noisyFromClean, 0.2 + 0.6 * r.clean);
  assert.ok(Math.abs(r.noisy - r.noisyFromClean) < 4 * r.noisySE, `measured noisy ${r.noisy} vs η + (1 − 2η)·clean ${r.noisyFromClean}`);
  // the same network through p-dimensional Monte Carlo
  const direct = mixtureTestError((X) => net.predict(W, X), { p, muNorm: 1.2 }, 50_000, new Rng(10));
  assert.ok(Math.abs(direct.clean - exact) < 4 * direct.cleanSE, `direct ${direct.clean} vs ${exact}`);
  // the Bayes direction μ̂ against the margin-targeted adversary: error = P(flip ∧ correct) = η − Φ(−‖μ‖)
  const bayesNet = new TwoLayerNet({ inputDim: 2, width: 1, activation: 'linear', outputLayer: [1] });
  const muNorm = 2;
  const adv = gaussianMixtureTestError({
    net: bayesNet,
    gram: new Matrix([[1]]),
    alongMu: [muNorm],
    muNorm,
    eta: 0.15,
    flips: 'marginTargeted',
    samples: 200_000,
    rng: new Rng(11),
  });
  const expected = 0.15 - normalCdf(-muNorm);
  assert.ok(Math.abs(adv.noisy - expected) < 4 * adv.noisySE, `adversarial ${adv.noisy} vs ${expected}`);
  assert.ok(Math.abs(adv.marginPlus - muNorm) < 0.02 && Math.abs(adv.marginMinus - muNorm) < 0.02, 'class margins E[s·f] = ‖μ‖');
  assert.throws(
    () => gaussianMixtureTestError({ net, gram: new Matrix(3, 3), alongMu, muNorm: 1, eta: 0.1, samples: 10, rng: new Rng(1) }),
    /gram: expected 4×4, got 3×3/,
  );
});

test("Bayes error, C1_emp and the assumptions' effective constants", () => {
  assert.equal(mixtureBayesError(1, 0), normalCdf(-1));
  assert.ok(Math.abs(mixtureBayesError(2, 0.1) - (0.1 + 0.8 * normalCdf(-2))) < 1e-15);
  // K for three points: norms² 4, 5, 3 (p = 4); largest |cross| 2
  const K = [4, 1, -2, 1, 5, 0, -2, 0, 3];
  const C1 = empiricalC1(K, 3, 4, 1, 0.1);
  assert.ok(Math.abs(C1 - Math.max(5 / 4, 4 / 3, 2 / (1 + Math.sqrt(4 * Math.log(30))))) < 1e-15);
  const a = benignAssumptions({
    n: 30,
    p: 120000,
    muNorm: Math.sqrt(200),
    eta: 0.1,
    alpha: 30 / 240000,
    H: 1,
    width: 50,
    omega: (0.5 * (30 / 240000)) / Math.sqrt(50 * 120000),
    delta: 0.1,
  });
  const byId = Object.fromEntries(a.constants.map((c) => [c.id, c.effectiveC]));
  assert.ok(Math.abs(byId.A2 - 20) < 1e-12, `A2 ${byId.A2}`);
  assert.ok(Math.abs(byId.A4 - 10) < 1e-12);
  assert.ok(a.a6.holds && Math.abs(a.a6.lhs / a.a6.rhs - 0.5) < 1e-12);
});
