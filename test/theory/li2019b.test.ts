import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Rng,
  Matrix,
  TwoLayerNet,
  gradientDescent,
  leastSquares,
  spectralNorm,
  makeClusterable,
  corruptLabels,
  jacobianNormSquared,
  jacobianGram,
  tanh,
  sigma,
  reluSeparationCheck,
  networkJacobian,
  multiOutputJacobian,
  bimodalConstants,
  clusterSubspace,
  jacobianRowSubspace,
  balancedOutputMatrix,
  loadFashionMnist,
  MissingDatasetError,
  FASHION_MNIST_DIR,
  type Activation,
  type BoundCheck,
  type GroupSubspace,
  type JacobianOperator,
} from '../../src/index';
import { existsSync } from 'node:fs';
import { li2019 } from '../../src/theory/index';
import { gdProblem } from '../helpers';

/**
 * Planted faults that still declare tanh's Γ = 1: φ(z) = outer·tanh(inner·z) with derivative `derivative`·(1 − tanh²(inner·z))
 * (consistent when derivative = outer·inner; a wrong activation derivative otherwise).
 */
function plantedTanh(outer: number, derivative: number, inner = 1): Activation {
  return {
    ...tanh,
    phi: (z: number) => outer * Math.tanh(inner * z),
    dphi: (z: number) => derivative * (1 - Math.tanh(inner * z) ** 2),
    evaluate: (z: Float64Array, p: Float64Array, dp: Float64Array | null) => {
      for (let i = 0; i < z.length; i++) {
        const t = Math.tanh(inner * z[i]);
        if (dp) dp[i] = derivative * (1 - t * t);
        p[i] = outer * t;
      }
    },
  };
}

const byId = (checks: BoundCheck[], id: string) => {
  const c = checks.find((x) => x.id === id);
  assert.ok(c, `no check ${id} in ${checks.map((x) => x.id).join(', ')}`);
  return c;
};

function fit(net: TwoLayerNet, X: Matrix, y: number[], W0: Matrix, eta: number, steps: number, tol = 1e-12): Matrix {
  return gradientDescent({ net, X, labels: y, loss: leastSquares(), initialWeights: W0, stepSize: eta, steps, lossTolerance: tol }).weights;
}

function pairFit(net: TwoLayerNet, eps: number, delta: number, steps: number): li2019.PairFit {
  const rng = new Rng(3).fork(`pair-${eps}-${delta}`);
  const d = net.d;
  const x1 = rng.unitSphere(d);
  const u = rng.unitSphere(d);
  const along = u.reduce((s, ui, j) => s + ui * x1[j], 0);
  const perp = u.map((ui, j) => ui - along * x1[j]);
  const pn = Math.hypot(...perp);
  const th = 2 * Math.asin(eps / 2);
  const x2 = x1.map((xj, j) => Math.cos(th) * xj + (Math.sin(th) * perp[j]) / pn);
  const X = new Matrix([Array.from(x1), Array.from(x2)]);
  const W0 = net.initialWeights(rng.fork('init'));
  return { net, X, labels: [0, delta], W0, W: fit(net, X, [0, delta], W0, 1 / (2 * spectralNorm(X) ** 2), steps) };
}

test('Thm 2.4: the pair-distance bound holds for GD fits, fails for a steeper activation than declared, is n/a when unfitted', () => {
  const net = new TwoLayerNet({ inputDim: 8, width: 40, activation: 'tanh' });
  const fits = [0.2, 0.4].flatMap((e) => [1, 2].map((dl) => pairFit(net, e, dl, 100000)));
  const { checks } = li2019.pairDistanceChecks(fits);
  assert.equal(byId(checks, 'li2019.thm2.4.pair-distance').verdict, 'holds');
  assert.equal(byId(checks, 'li2019.thm2.4.distance-scaling').verdict, 'holds');
  const steep = new TwoLayerNet({ inputDim: 8, width: 40, activation: plantedTanh(1, 4, 4) });
  assert.equal(byId(li2019.pairDistanceChecks([pairFit(steep, 0.1, 1, 100000)]).checks, 'li2019.thm2.4.pair-distance').verdict, 'violated');
  const unfitted = li2019.pairDistanceChecks([pairFit(net, 0.2, 1, 5), pairFit(net, 0.4, 2, 5)]).checks;
  assert.equal(byId(unfitted, 'li2019.thm2.4.pair-distance').verdict, 'not-applicable');
  assert.equal(byId(unfitted, 'li2019.thm2.4.distance-scaling').verdict, 'not-applicable');
  const relu = new TwoLayerNet({ inputDim: 8, width: 40, activation: 'relu' });
  assert.equal(byId(li2019.pairDistanceChecks([pairFit(relu, 0.4, 1, 20000)]).checks, 'li2019.thm2.4.pair-distance').verdict, 'not-applicable');
});

test('Thm 2.4 proof: ‖W0‖ ≤ 2(√k + √d) over draws; violated for a wrong init scale', () => {
  const rng = new Rng(1);
  const good = Array.from({ length: 20 }, (_, i) => rng.fork(String(i)).normalMatrix(30, 10, 1));
  assert.equal(li2019.initNormProbabilityCheck(good).verdict, 'holds');
  const bad = Array.from({ length: 20 }, (_, i) => rng.fork(String(i)).normalMatrix(30, 10, 3));
  assert.equal(li2019.initNormProbabilityCheck(bad).verdict, 'violated');
});

function pairsFit(net: TwoLayerNet, s: number, eps: number, steps: number, slope = 1): li2019.CorruptedPairsFit {
  const rng = new Rng(4).fork(`lemma-${s}`);
  const c = rng.unitSphere(net.d);
  const gen = rng.fork('points');
  const draw = () => new Matrix(Array.from({ length: s }, () => Array.from(c.map((cj) => cj + (eps / Math.sqrt(net.d)) * gen.normal()))));
  const X = draw();
  const Xtilde = draw();
  const both = new Matrix([...X.to2DArray(), ...Xtilde.to2DArray()]);
  const y = [...new Array(s).fill(0), ...new Array(s).fill(1)];
  const W = fit(net, both, y, net.initialWeights(rng.fork('init'), 0.01), 1 / (2 * (slope * spectralNorm(both)) ** 2), steps);
  return { net, X, Xtilde, labels: new Array(s).fill(0), labelsTilde: new Array(s).fill(1), W, epsilon0: eps };
}

test('Lemma 2.5: chain and norm bounds hold for fits; the chain fails for a steeper activation than declared; n/a when unfitted', () => {
  const net = new TwoLayerNet({ inputDim: 16, width: 64, activation: 'tanh' });
  const { checks } = li2019.corruptedPairsChecks([1, 2].map((s) => pairsFit(net, s, 0.5, 20000)));
  assert.equal(byId(checks, 'li2019.lem2.5.chain').verdict, 'holds');
  assert.equal(byId(checks, 'li2019.lem2.5.norm').verdict, 'holds');
  const steep = new TwoLayerNet({ inputDim: 16, width: 64, activation: plantedTanh(4, 4) });
  assert.equal(byId(li2019.corruptedPairsChecks([pairsFit(steep, 1, 0.5, 20000, 4)]).checks, 'li2019.lem2.5.chain').verdict, 'violated');
  assert.equal(byId(li2019.corruptedPairsChecks([pairsFit(net, 2, 0.5, 3)]).checks, 'li2019.lem2.5.chain').verdict, 'not-applicable');
});

test('Lemma 2.5 proof: ‖X − X̃‖ ≤ 5ε0 over draws; violated when the noise is N(0, ε0²) instead of N(0, ε0²/d)', () => {
  const draws = (scale: number) =>
    Array.from({ length: 30 }, (_, i) => {
      const rng = new Rng(9).fork(String(i));
      const m = () => new Matrix(Array.from({ length: 8 }, () => Array.from({ length: 16 }, () => scale * rng.normal())));
      return { X: m(), Xtilde: m() };
    });
  assert.equal(li2019.spreadProbabilityCheck(draws(0.3 / 4), 0.3).verdict, 'holds');
  assert.equal(li2019.spreadProbabilityCheck(draws(0.3), 0.3).verdict, 'violated');
});

test('Thm 3.3: distance bounds hold at interpolation; a wrong φ′ in the Jacobian violates them; an unfitted run is n/a', () => {
  const rng = new Rng(5);
  const data = corruptLabels(
    makeClusterable({ d: 10, clusters: 2, perCluster: 10, classLabels: [-1, 1], epsilon0: 0.5, inputs: 'unitSphere' }, rng.fork('data')),
    { fraction: 0.2, scheme: 'reassign' },
    rng.fork('corruption'),
  );
  const net = new TwoLayerNet({ inputDim: 10, width: 60, activation: 'tanh' });
  const W0 = net.initialWeights(rng.fork('init'));
  const eta = 1 / jacobianNormSquared(net, W0, data.X);
  const base = { net, X: data.X, labels: Array.from(data.labels), cluster: data.cluster, W0 };
  const fitted = { ...base, W: fit(net, data.X, Array.from(data.labels), W0, eta, 20000, 1e-10) };
  const checks = li2019.theorem33Checks(li2019.measureTheorem33(fitted, 8));
  for (const id of ['li2019.thm3.3.mean-value', 'li2019.thm3.3.average-jacobian', 'li2019.thm3.3.interpolation-distance'])
    assert.equal(byId(checks, id).verdict, 'holds', id);
  const wrong = li2019.theorem33Checks(
    li2019.measureTheorem33({ ...fitted, net: new TwoLayerNet({ inputDim: 10, width: 60, activation: plantedTanh(1, 0.1) }) }, 8),
  );
  assert.equal(byId(wrong, 'li2019.thm3.3.mean-value').verdict, 'violated');
  assert.equal(byId(wrong, 'li2019.thm3.3.average-jacobian').verdict, 'violated');
  assert.equal(byId(wrong, 'li2019.thm3.3.interpolation-distance').verdict, 'violated');
  const early = li2019.theorem33Checks(li2019.measureTheorem33({ ...base, W: fit(net, data.X, Array.from(data.labels), W0, eta, 3) }, 8));
  assert.equal(byId(early, 'li2019.thm3.3.interpolation-distance').verdict, 'not-applicable');
});

test('Σ(C) agreement (identity): closed vs quadrature and Monte Carlo agree; a wrong closed form is caught', () => {
  const rng = new Rng(2);
  const C = new Matrix(Array.from({ length: 4 }, (_, i) => Array.from(rng.fork(String(i)).unitSphere(6))));
  const closed = sigma(C, 'gaussianDerivative', { method: 'closed' });
  assert.equal(li2019.sigmaAgreementCheck(closed, sigma(C, 'gaussianDerivative', { method: 'quadrature', nodes: 60 })).verdict, 'holds');
  const mc = sigma(C, 'gaussianDerivative', { method: 'montecarlo', samples: 20000, seed: 1 });
  assert.equal(li2019.sigmaAgreementCheck(closed, mc).verdict, 'holds');
  // planted fault: the ReLU orthant formula without the CCᵀ factor
  const relu = sigma(C, 'relu', { method: 'closed' });
  const G = C.mmul(C.transpose());
  const wrongSigma = relu.sigma.clone();
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) wrongSigma.set(i, j, relu.sigma.get(i, j) / G.get(i, j));
  const reluMc = sigma(C, 'relu', { method: 'montecarlo', samples: 20000, seed: 1 });
  assert.equal(li2019.sigmaAgreementCheck(relu, reluMc).verdict, 'holds');
  assert.equal(li2019.sigmaAgreementCheck({ ...relu, sigma: wrongSigma }, reluMc).verdict, 'violated');
  assert.equal(li2019.sigmaAgreementCheck(closed, reluMc).verdict, 'not-applicable');
});

test('E[J(W0,C)J(W0,C)ᵀ] = Σ(C): holds within Monte Carlo error; a wrong φ′ in the Jacobian is caught; n/a for a wrong v', () => {
  const rng = new Rng(3);
  const C = new Matrix(Array.from({ length: 4 }, (_, i) => Array.from(rng.fork(String(i)).unitSphere(6))));
  const target = sigma(C, 'tanh');
  const grams = (act: Activation | 'tanh', outputLayer?: number[]) =>
    [200, 800].map((k) => {
      const net = new TwoLayerNet({ inputDim: 6, width: k, activation: act, outputLayer });
      const W0 = net.initialWeights(rng.fork(`w-${k}`));
      return { W0, v: net.v, gram: jacobianGram(net, W0, C) };
    });
  assert.equal(li2019.gramExpectationCheck({ centers: C, activation: 'tanh', sigma: target, grams: grams('tanh') }).check.verdict, 'holds');
  assert.equal(li2019.gramExpectationCheck({ centers: C, activation: 'tanh', sigma: target, grams: grams(plantedTanh(1, 0.8)) }).check.verdict, 'violated');
  const v = Array.from({ length: 200 }, () => 0.1);
  const wrongV = [{ ...grams('tanh')[0], v }];
  assert.equal(li2019.gramExpectationCheck({ centers: C, activation: 'tanh', sigma: target, grams: wrongV }).check.verdict, 'not-applicable');
});

test('ReLU separation λ(C) ≥ ν/(100K²): holds; n/a for another activation; violated for a doctored λ', () => {
  const rng = new Rng(4);
  const C = new Matrix(Array.from({ length: 5 }, (_, i) => Array.from(rng.fork(String(i)).unitSphere(8))));
  const relu = sigma(C, 'relu');
  assert.equal(reluSeparationCheck(C, relu).verdict, 'holds');
  assert.equal(reluSeparationCheck(C, sigma(C, 'tanh')).verdict, 'not-applicable');
  assert.equal(reluSeparationCheck(C, { ...relu, lambda: 1e-6 }).verdict, 'violated');
});

const level = (
  fraction: number,
  finalNoisy: number,
  finalTest: number,
  stoppedTrue: number,
  stoppedTest: number,
  distance: number,
): li2019.CorruptionLevelResult => ({
  fraction,
  final: { trainNoisy: [finalNoisy], trainTrue: [0.5], test: [finalTest] },
  stopped: { trainNoisy: [0.5], trainTrue: [stoppedTrue], test: [stoppedTest] },
  finalRelativeDistance: [distance],
});

test('Fig. 1 / Fig. 3 checks: hold on a paper-like pattern, fail on one without the effect', () => {
  const sizes = { train: 1000, test: 1000 };
  const paperLike = [level(0, 1, 0.9, 0.98, 0.9, 0.1), level(0.5, 0.99, 0.5, 0.95, 0.8, 0.3)];
  for (const c of [...li2019.fig1Checks(paperLike, sizes), ...li2019.fig3Checks(paperLike)]) assert.equal(c.verdict, 'holds', c.id);
  const flat = [level(0, 0.9, 0.9, 0.98, 0.9, 0.3), level(0.5, 0.8, 0.89, 0.7, 0.9, 0.3)];
  for (const c of [...li2019.fig1Checks(flat, sizes), ...li2019.fig3Checks(flat)]) assert.equal(c.verdict, 'violated', c.id);
  // several seeds: the standard error comes from the seeds
  const seeded = [
    { ...paperLike[0], finalRelativeDistance: [0.1, 0.11, 0.09] },
    { ...paperLike[1], finalRelativeDistance: [0.1, 0.12, 0.095] },
  ];
  assert.equal(li2019.fig3Checks(seeded)[0].verdict, 'violated');
});

test('Fig. 4: AUC separation and growing overlap; violated when the losses do not separate', () => {
  const rng = new Rng(6);
  const draw = (n: number, shift: number) => Array.from({ length: n }, () => shift + rng.normal());
  const checks = li2019.fig4Checks(
    { fraction: 0.3, clean: draw(300, 0), corrupted: draw(100, 4) },
    { fraction: 0.5, clean: draw(300, 0), corrupted: draw(200, 1) },
  );
  for (const c of checks) assert.equal(c.verdict, 'holds', c.id);
  const none = li2019.fig4Checks(
    { fraction: 0.3, clean: draw(300, 0), corrupted: draw(100, 0) },
    { fraction: 0.5, clean: draw(300, 0), corrupted: draw(200, 0.5) },
  );
  for (const c of none) assert.equal(c.verdict, 'violated', c.id);
  assert.ok(Math.abs(li2019.lossSeparation([0, 1], [0.5, 2]).auc - 0.75) < 1e-12);
});

test('Table 1: the exact count comes from the full spectrum; few large values hold, many fail, an incomplete spectrum is n/a', () => {
  const rng = new Rng(7);
  const gaussian = (rows: number, cols: number, scale = 1) =>
    new Matrix(Array.from({ length: rows }, () => Array.from({ length: cols }, () => scale * rng.normal())));
  // J = rank-5 signal + a small full-rank tail: exactly 5 values above 0.1·σ_max, 60 in all
  const J = gaussian(60, 5)
    .mmul(gaussian(5, 50))
    .add(gaussian(60, 50, 1e-3));
  const small = li2019.exactSpectrum(J.mmul(J.transpose()));
  assert.equal(small.singularValues.length, 60);
  assert.equal(small.count, 5);
  const spectrum = (values: number[]): li2019.JacobianSpectrum => ({
    rows: 'allClasses',
    stage: 'initialization',
    singularValues: values,
    shape: [values.length, 100],
  });
  assert.equal(li2019.table1Checks([spectrum([10, 5, 1, 0.5, 0.1])])[0].verdict, 'holds');
  assert.equal(li2019.table1Checks([spectrum(Array.from({ length: 40 }, () => 1))])[0].verdict, 'violated');
  assert.equal(li2019.table1Checks([{ ...spectrum([10, 5, 1]), shape: [60, 100] }])[0].verdict, 'not-applicable');
});

/** The Fig. 5 analogue's input for J and its S+: J's exact spectrum and Assumption 1's constants measured on J. */
function clusterSpectrum(op: JacobianOperator, subspace: GroupSubspace, label: string): li2019.ClusterSpectrumInput {
  const c = bimodalConstants(op, subspace);
  return {
    singularValues: li2019.exactSpectrum(op.gram()).singularValues,
    shape: [op.rows, op.columns],
    alpha: c.alpha,
    beta: c.beta,
    epsilon: c.epsilon,
    dimension: c.dimension,
    label,
  };
}

test('Clusterable Fig. 5 analogue: # σ > 0.1σ_max = dim S+ (scalar K, multi-output K·K̄); n/a when ε is too large; violated with constants of another Jacobian', () => {
  const rng = new Rng(8);
  const data = makeClusterable({ d: 12, clusters: 4, perCluster: 8, classLabels: [-1, 0, 1], epsilon0: 0.02 }, rng.fork('data'));
  const net = new TwoLayerNet({ inputDim: 12, width: 200, activation: 'tanh' });
  const W0 = net.initialWeights(rng.fork('init'));
  const input = clusterSpectrum(networkJacobian(net, W0, data.X), clusterSubspace(data.cluster), 'scalar');
  for (const check of li2019.clusterSpectrumChecks(input)) assert.equal(check.verdict, 'holds', check.id);
  const V = balancedOutputMatrix(3, 200, rng.fork('V'));
  const multi = multiOutputJacobian({ activation: net.activation, W: W0, X: data.X, outputs: V, rows: 'allClasses' });
  const multiInput = clusterSpectrum(multi, jacobianRowSubspace(multi, data.cluster), 'multi');
  assert.equal(multiInput.dimension, 12);
  for (const check of li2019.clusterSpectrumChecks(multiInput)) assert.equal(check.verdict, 'holds', check.id);
  // noisy inputs: ε above the threshold, the upper count is not claimed
  const noisy = makeClusterable({ d: 12, clusters: 4, perCluster: 8, classLabels: [-1, 0, 1], epsilon0: 1.5 }, rng.fork('noisy'));
  const noisyInput = clusterSpectrum(networkJacobian(net, W0, noisy.X), clusterSubspace(noisy.cluster), 'noisy');
  assert.equal(noisyInput.dimension, 4);
  assert.equal(li2019.clusterSpectrumChecks(noisyInput)[0].verdict, 'not-applicable');
  // planted fault: the spectrum of the noisy Jacobian with the clean one's constants
  assert.equal(li2019.clusterSpectrumChecks({ ...input, singularValues: noisyInput.singularValues })[0].verdict, 'violated');
});

test('Linearisation: closed form = recursion; GD follows f_lin; a GD run at twice the step deviates', () => {
  const rng = new Rng(9);
  const data = corruptLabels(
    makeClusterable({ d: 10, clusters: 2, perCluster: 15, classLabels: [-1, 1], epsilon0: 0.2 }, rng.fork('data')),
    { fraction: 0.2, scheme: 'reassign' },
    rng.fork('c'),
  );
  const net = new TwoLayerNet({ inputDim: 10, width: 400, activation: 'tanh' });
  const W0 = net.initialWeights(rng.fork('init'));
  const G0 = jacobianGram(net, W0, data.X);
  const f0 = net.predict(W0, data.X);
  const probe = li2019.linearisedDynamics(G0, f0, data.labels, 1);
  const eta = 1 / probe.eigenvalues[0];
  const dyn = li2019.linearisedDynamics(G0, f0, data.labels, eta);
  const record = (stepSize: number) => {
    const steps: number[] = [];
    const predictions: Float64Array[] = [];
    gradientDescent({
      ...gdProblem(net, data, W0),
      stepSize,
      steps: 1500,
      recordEvery: 25,
      trackers: [
        {
          name: 'save',
          measure: (s) => {
            steps.push(s.step);
            predictions.push(Float64Array.from(s.predictions));
            return 0;
          },
        },
      ],
    });
    return li2019.measureLinearisation({ dynamics: dyn, steps, predictions, classLabels: [-1, 1], trueClasses: data.trueClass, signalDimension: 2 });
  };
  const checks = li2019.linearisationChecks({ dynamics: dyn, measurement: record(eta), samples: 30 });
  for (const c of checks) assert.equal(c.verdict, 'holds', c.id);
  const wrong = li2019.linearisationChecks({ dynamics: dyn, measurement: record(2 * eta), samples: 30 });
  assert.equal(byId(wrong, 'li2019.linearisation.deviation').verdict, 'violated');
  assert.equal(byId(wrong, 'li2019.linearisation.window-end').verdict, 'violated');
  const unstable = li2019.linearisationChecks({ dynamics: li2019.linearisedDynamics(G0, f0, data.labels, 2.5 * eta), measurement: record(eta), samples: 30 });
  assert.equal(byId(unstable, 'li2019.linearisation.deviation').verdict, 'not-applicable');
});

test('Fashion-MNIST: class-balanced, deterministic, pooled loads; a clear error naming the Debian package when absent', () => {
  const previous = process.env.LABELNOISE_FASHION_MNIST_DIR;
  try {
    process.env.LABELNOISE_FASHION_MNIST_DIR = '/nonexistent-labelnoise-fashion';
    assert.throws(
      () => loadFashionMnist({ perClass: 1 }),
      (e: Error) => e instanceof MissingDatasetError && /dataset-fashion-mnist/.test(e.message),
    );
  } finally {
    if (previous === undefined) delete process.env.LABELNOISE_FASHION_MNIST_DIR;
    else process.env.LABELNOISE_FASHION_MNIST_DIR = previous;
  }
  if (!existsSync(FASHION_MNIST_DIR)) return; // the data package is not installed here: only the error is testable
  const a = loadFashionMnist({ perClass: 3, pool: 2 });
  assert.equal(a.X.rows, 30);
  assert.equal(a.X.columns, 196);
  assert.deepEqual(Array.from(a.labels.slice(0, 4)), [0, 0, 0, 1]);
  assert.ok(a.X.max() <= 1 && a.X.min() >= 0);
  assert.deepEqual(loadFashionMnist({ perClass: 3, pool: 2 }).X.to1DArray(), a.X.to1DArray());
  assert.equal(loadFashionMnist({ perClass: 2, offset: 1, pool: 2 }).X.getRow(0).join(), a.X.getRow(1).join());
});
