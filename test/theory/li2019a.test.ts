import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Rng,
  makeClusterable,
  corruptLabels,
  TwoLayerNet,
  gradientDescent,
  leastSquares,
  sigma,
  softplus,
  relu,
  type Activation,
  type BoundCheck,
  type CorruptedData,
  type Loss,
} from '../../src/index';
import { li2019 } from '../../src/theory/index';
import { assertAllHold, gdProblem } from '../helpers';

const byId = (checks: BoundCheck[], id: string): BoundCheck => {
  const c = checks.find((ch) => ch.id === id);
  assert.ok(c, `no check ${id} in ${checks.map((ch) => ch.id).join(', ')}`);
  return c;
};

/** Planted fault: φ unchanged, φ′ multiplied by `factor` (no longer φ's derivative; Γ understated when factor > 1). */
function scaledDerivative(act: Activation, factor: number): Activation {
  return {
    ...act,
    dphi: (z) => factor * act.dphi(z),
    evaluate: (z, phiOut, dphiOut) => {
      for (let p = 0; p < z.length; p++) {
        if (dphiOut !== null) dphiOut[p] = factor * act.dphi(z[p]);
        phiOut[p] = act.phi(z[p]);
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Theorems 2.3 and 3.2 (ε0 = 0)

function clusteredSetting(seed = 2, rho = 0.1) {
  const rng = new Rng(seed);
  const clean = makeClusterable({ d: 10, clusters: 2, perCluster: 10, classLabels: [-1, 1], epsilon0: 0 }, rng.fork('data'));
  const data = corruptLabels(clean, { fraction: rho, scheme: 'reassign' }, rng.fork('corruption'));
  const net = new TwoLayerNet({ inputDim: 10, width: 200, activation: softplus });
  const W0 = net.initialWeights(rng.fork('init'));
  const eta = li2019.clusterStepBound(li2019.measureClusters(data), net.activation.gamma);
  const lambdaC = sigma(data.centers, 'softplus').lambda;
  return { data, net, W0, eta, lambdaC };
}

function runClustered(s: ReturnType<typeof clusteredSetting>, options: { steps: number; stepSize?: number; loss?: Loss; net?: TwoLayerNet; light?: boolean }) {
  const net = options.net ?? s.net;
  const probe = li2019.clusteredProbe({ net, data: s.data, steps: options.steps, light: options.light });
  gradientDescent({
    net,
    X: s.data.X,
    labels: s.data.labels,
    loss: options.loss ?? leastSquares(),
    initialWeights: s.W0,
    stepSize: options.stepSize ?? s.eta,
    steps: options.steps,
    trackers: probe.trackers,
  });
  return probe.trajectory();
}

const clustered = clusteredSetting();
const clusteredRun = runClustered(clustered, { steps: 2200 });

test("Theorems 2.3 and 3.2 hold along GD inside the conditions (ε0 = 0, η at Theorem 2.3's bound)", () => {
  const input = { data: clustered.data, net: clustered.net, eta: clustered.eta, trajectory: clusteredRun, lambdaC: clustered.lambdaC };
  const checks = [...li2019.lowRankTheorem32Checks(input), ...li2019.clusteredTheorem23Checks(input)];
  assertAllHold(checks);
  assert.equal(byId(checks, 'li2019.thm3.2.noise-frozen').kind, 'identity');
  assert.ok(byId(checks, 'li2019.thm3.2.signal-decay').lhs < 1, 'the decay ratio excludes τ = 0, where it is exactly 1');
});

test('negative control: GD taking half the step it reports violates the step invariant', () => {
  const half = runClustered(clustered, { steps: 40, stepSize: clustered.eta / 2 });
  const checks = li2019.lowRankTheorem32Checks({ data: clustered.data, net: clustered.net, eta: clustered.eta, trajectory: half, lambdaC: clustered.lambdaC });
  assert.equal(byId(checks, 'li2019.thm3.2.step-is-gd').verdict, 'violated');
});

test('negative control: a perturbed gradient violates the step invariant', () => {
  const base = leastSquares();
  const noise = new Rng('perturb');
  const perturbed: Loss = {
    ...base,
    gradient: (f, y, out) => {
      const g = base.gradient(f, y, out);
      for (let i = 0; i < g.length; i++) g[i] += 0.05 * noise.normal();
      return g;
    },
  };
  const t = runClustered(clustered, { steps: 40, loss: perturbed });
  const checks = li2019.lowRankTheorem32Checks({ data: clustered.data, net: clustered.net, eta: clustered.eta, trajectory: t, lambdaC: clustered.lambdaC });
  assert.equal(byId(checks, 'li2019.thm3.2.step-is-gd').verdict, 'violated');
});

test('negative control: a wrong activation derivative violates the linearisation invariant (6.21)', () => {
  const net = new TwoLayerNet({ inputDim: 10, width: 200, activation: scaledDerivative(softplus, 0.5) });
  const t = runClustered(clustered, { steps: 40, net });
  const checks = li2019.lowRankTheorem32Checks({ data: clustered.data, net, eta: clustered.eta, trajectory: t, lambdaC: clustered.lambdaC });
  assert.equal(byId(checks, 'li2019.thm3.2.linearisation').verdict, 'violated');
});

test('negative control: Theorem 2.3 not applicable outside its step-size condition or before τ0; violated when GD is slower than reported', () => {
  const input = { data: clustered.data, net: clustered.net, trajectory: clusteredRun, lambdaC: clustered.lambdaC };
  const outside = li2019.clusteredTheorem23Checks({ ...input, eta: 3 * clustered.eta });
  for (const c of outside) assert.equal(c.verdict, 'not-applicable');
  assert.ok(outside[0].hypotheses.some((h) => !h.holds && h.name.startsWith('η ≤ K/(2c_up')));
  const short = runClustered(clustered, { steps: 50 });
  assert.equal(
    byId(li2019.clusteredTheorem23Checks({ ...input, trajectory: short, eta: clustered.eta }), 'li2019.thm2.3.within-4rho').verdict,
    'not-applicable',
  );
  // a run whose real step is 1/1000 of the η reported: at the τ0 computed from the reported η it has not converged
  const slow = runClustered(clustered, { steps: 2200, stepSize: clustered.eta / 1000, light: true });
  assert.ok(slow.errorToTruth[0] > 4 * 0.1, 'the control needs an initialisation that is not already within 4ρ');
  assert.equal(byId(li2019.clusteredTheorem23Checks({ ...input, trajectory: slow, eta: clustered.eta }), 'li2019.thm2.3.within-4rho').verdict, 'violated');
});

test('negative control: Lemma 6.10 not applicable when the labels are corrupted beyond ρ', () => {
  const checks = li2019.lowRankTheorem32Checks({
    data: clustered.data,
    net: clustered.net,
    eta: clustered.eta,
    trajectory: clusteredRun,
    lambdaC: clustered.lambdaC,
    rho: 0.05,
  });
  assert.equal(byId(checks, 'li2019.lemma6.10.noise-projection').verdict, 'not-applicable');
  assert.equal(byId(checks, 'li2019.lemma6.10.noise-projection').inequalityHolds, false);
});

test('Theorem 2.3 over seeds: holds when every seed holds, violated when one seed fails', () => {
  const seeds = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const fake = (verdict: 'holds' | 'violated'): BoundCheck[] => [
    {
      id: 'li2019.thm2.3.within-4rho',
      kind: 'bound',
      name: '',
      source: '',
      hypotheses: [],
      lhs: 0,
      relation: '<=',
      rhs: 1,
      inequalityHolds: verdict === 'holds',
      verdict,
      details: {},
    },
  ];
  const good = li2019.theorem23SeedCheck(
    seeds.map((seed) => ({ seed, checks: fake('holds') })),
    4,
  );
  assert.equal(good.verdict, 'holds');
  assert.equal(good.seeds, 10);
  const bad = li2019.theorem23SeedCheck(
    seeds.map((seed) => ({ seed, checks: fake(seed === 3 ? 'violated' : 'holds') })),
    4,
  );
  assert.equal(bad.verdict, 'violated');
});

// ---------------------------------------------------------------------------------------------------------------
// Definitions 1.1 / 1.2 (identities: tests of the generator)

test('Definitions 1.1 and 1.2 hold on generated data and fail on a malformed data set (identity checks)', () => {
  const rng = new Rng(2);
  const clean = makeClusterable({ d: 3, clusters: 6, perCluster: 5, classLabels: [-1, 0.1, 1], epsilon0: 0.25, inputs: 'unitSphere' }, rng.fork('data'));
  const data = corruptLabels(clean, { fraction: 0.2, scheme: 'reassign' }, rng.fork('corruption'));
  const checks = li2019.clusterableDefinitionChecks(data);
  for (const c of checks) {
    assert.equal(c.kind, 'identity');
    assert.equal(c.verdict, 'holds', c.id);
  }
  const X = data.X.clone();
  X.set(0, 0, X.get(0, 0) + 0.5);
  const broken: CorruptedData = { ...data, X, labels: Float64Array.from(data.labels, (y, i) => (i < 3 ? -data.trueLabels[i] + 0.1 : y)) };
  const bad = li2019.clusterableDefinitionChecks(broken);
  assert.equal(byId(bad, 'li2019.def1.1.unit-norms').verdict, 'violated');
  assert.equal(byId(bad, 'li2019.def1.1.radius').verdict, 'violated');
  assert.equal(byId(bad, 'li2019.def1.2.corruption').verdict, 'violated');
});

// ---------------------------------------------------------------------------------------------------------------
// Theorem 2.2 and the ε0 sweep

function earlySetting(activationName: 'relu' | 'softplus', epsilon0: number, seed = 4) {
  const rng = new Rng(seed);
  const clean = makeClusterable({ d: 10, clusters: 2, perCluster: 10, classLabels: [-1, 1], epsilon0, inputs: 'unitSphere' }, rng.fork('data'));
  const data = corruptLabels(clean, { fraction: 0.1, scheme: 'reassign' }, rng.fork('corruption'));
  const net = new TwoLayerNet({ inputDim: 10, width: 2000, activation: activationName });
  const W0 = net.initialWeights(rng.fork('init'));
  const lambdaC = sigma(data.centers, activationName).lambda;
  const eta = li2019.clusterStepBound(li2019.measureClusters(data), 1);
  return { data, net, W0, lambdaC, eta };
}

test('Theorem 2.2 holds inside its (explicit-form) hypotheses and is not applicable for ReLU or too much input noise', () => {
  const s = earlySetting('softplus', 0.001);
  const errorTrue: number[] = [];
  gradientDescent({
    ...gdProblem(s.net, s.data, s.W0),
    stepSize: s.eta,
    steps: 300,
    trackers: [
      {
        name: 'e',
        measure: (st) => {
          const e = Array.from(st.predictions).filter((f, i) => (f > 0 ? 1 : -1) !== s.data.trueLabels[i]).length / st.predictions.length;
          errorTrue.push(e);
          return e;
        },
      },
    ],
  });
  const holds = li2019.theorem22Checks({ data: s.data, net: s.net, eta: s.eta, lambdaC: s.lambdaC, errorTrue });
  assert.equal(
    holds[0].verdict,
    'holds',
    holds[0].hypotheses
      .filter((h) => !h.holds)
      .map((h) => `${h.name} ${h.detail}`)
      .join('; '),
  );
  // the same trajectory never reaching zero error is a violation
  assert.equal(
    li2019.theorem22Checks({ data: s.data, net: s.net, eta: s.eta, lambdaC: s.lambdaC, errorTrue: errorTrue.map((e) => e + 0.05) })[0].verdict,
    'violated',
  );
  const r = earlySetting('relu', 0.001);
  const na = li2019.theorem22Checks({ data: r.data, net: r.net, eta: r.eta, lambdaC: r.lambdaC, errorTrue: [0] });
  assert.equal(na[0].verdict, 'not-applicable');
  assert.ok(na[0].hypotheses.some((h) => !h.holds && h.name.startsWith('|φ′|, |φ″| ≤ Γ')));
  const noisy = earlySetting('softplus', 0.5);
  assert.equal(
    li2019.theorem22Checks({ data: noisy.data, net: noisy.net, eta: noisy.eta, lambdaC: noisy.lambdaC, errorTrue: [0] })[0].verdict,
    'not-applicable',
  );
  const perSeed = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((seed) => ({ seed, checks: holds }));
  assert.equal(li2019.theorem22SeedCheck(perSeed, 2).verdict, 'holds');
  assert.equal(li2019.theorem22SeedCheck([...perSeed, { seed: 10, checks: na }], 2).verdict, 'not-applicable');
});

function sweepRun(epsilon0: number, seed: number, window: number, bestErrorTrue: number, drift: number, errorTrueAtDriftEnd = bestErrorTrue): li2019.SweepRun {
  return { epsilon0, seed, window, bestErrorTrue, drift, errorTrueAtDriftEnd, n: 100 };
}

test('ε0-sweep trends: hold on a sweep that follows them, violated against them, not applicable when they cannot fail', () => {
  const eps = [0, 0.2, 0.4, 0.6];
  const good = eps.flatMap((e, j) => [0, 1, 2].map((s) => sweepRun(e, s, 100 - 30 * j + s, 0.01 * j * j + 0.001 * s, 0.001 * j + 1e-5 * s)));
  for (const c of li2019.epsilonSweepChecks(good, { driftFrom: 100, driftTo: 250 })) {
    assert.equal(c.kind, 'empirical');
    assert.equal(c.verdict, 'holds', c.id);
    assert.ok(c.threshold && c.threshold.includes('2 standard errors'));
  }
  const reversed = good.map((r) => ({ ...r, epsilon0: 0.6 - r.epsilon0 }));
  for (const c of li2019.epsilonSweepChecks(reversed, { driftFrom: 100, driftTo: 250 })) assert.equal(c.verdict, 'violated', c.id);
  const allZero = good.map((r) => ({ ...r, bestErrorTrue: 0, errorTrueAtDriftEnd: 0.5 }));
  const checks = li2019.epsilonSweepChecks(allZero, { driftFrom: 100, driftTo: 250 });
  assert.equal(byId(checks, 'li2019.thm6.13.error-trend').verdict, 'not-applicable');
  assert.equal(byId(checks, 'li2019.thm2.2.drift-trend').verdict, 'not-applicable');
});

// ---------------------------------------------------------------------------------------------------------------
// Fig. 6

test('Fig. 6 claims: hold for early truth-fitting and late memorisation, violated for a run that fits the noise early', () => {
  const rng = new Rng(1);
  const clean = makeClusterable({ d: 5, clusters: 2, perCluster: 50, classLabels: [0, 1], epsilon0: 0.5, inputs: 'sphere' }, rng.fork('data'));
  const data = corruptLabels(clean, { fraction: 0.3, scheme: 'resample' }, rng.fork('corruption'));
  const f = data.flippedFraction;
  const lossesFitTruth = Float64Array.from(data.corrupted, (c) => (c ? 0.5 : 0.01));
  const lossesFitNoise = Float64Array.from(data.corrupted, (_, i) => 0.01 + 0.001 * (i % 3));
  const input = {
    data,
    steps: [0, 80, 4500],
    errorNoisy: [0.5, f, 0],
    errorTrue: [0.5, 0, f],
    perSampleLoss: [
      { step: 80, values: lossesFitTruth },
      { step: 4500, values: lossesFitNoise },
    ],
  };
  for (const c of li2019.fig6Checks(input)) {
    assert.equal(c.kind, 'empirical');
    assert.ok(c.threshold);
    assert.equal(c.verdict, 'holds', c.id);
  }
  const noiseEarly = li2019.fig6Checks({
    ...input,
    errorNoisy: [0.5, 0, 0],
    errorTrue: [0.5, f, f],
    perSampleLoss: [
      { step: 80, values: lossesFitNoise },
      { step: 4500, values: lossesFitTruth },
    ],
  });
  assert.equal(byId(noiseEarly, 'li2019.fig6.early-fits-truth').verdict, 'violated');
  assert.equal(byId(noiseEarly, 'li2019.fig6.loss-gap-closes').verdict, 'violated');
  const neverMemorises = li2019.fig6Checks({ ...input, errorNoisy: [0.5, f, f] });
  assert.equal(byId(neverMemorises, 'li2019.fig6.late-memorises').verdict, 'violated');
  const short = li2019.fig6Checks({ ...input, steps: [0, 80, 200] });
  assert.equal(byId(short, 'li2019.fig6.late-memorises').verdict, 'not-applicable');
  assert.equal(li2019.lossSeparation([1, 2], [3, 4]).auc, 1);
  assert.equal(li2019.lossSeparation([1, 1], [1, 1]).auc, 0.5);
});

// ---------------------------------------------------------------------------------------------------------------
// Theorem 6.12 (two-trajectory coupling) and Lemma 6.11

test('Theorem 6.12 / Lemma 6.11: the recursion and Jacobian gap hold on the coupled runs; a doubled step in the noisy run or an understated Γ violates them; (6.66) not applicable at this size', () => {
  const { data, net, W0, eta, lambdaC } = tanhClusterSetting({ clusters: 2, perCluster: 10, epsilon0: 0.05, fraction: 0.1, width: 200 });
  const coupling = li2019.coupledGradientDescent({ net, data, W0, stepSize: eta, steps: 60 });
  const checks = li2019.theorem612Checks({ data, net, eta, coupling, lambdaC });
  assert.equal(byId(checks, 'li2019.lemma6.11.jacobian-gap').verdict, 'holds');
  assert.equal(byId(checks, 'li2019.thm6.12.weight-recursion').verdict, 'holds');
  assert.equal(byId(checks, 'li2019.thm6.12.prediction-gap').verdict, 'not-applicable');
  assert.ok(byId(checks, 'li2019.thm6.12.weight-gap').hypotheses.some((h) => !h.holds && h.name.startsWith('(6.72)')));
  const faulty = li2019.coupledGradientDescent({ net, data, W0, stepSize: eta, steps: 20, noisyStepSize: 2 * eta });
  assert.equal(byId(li2019.theorem612Checks({ data, net, eta, coupling: faulty, lambdaC }), 'li2019.thm6.12.weight-recursion').verdict, 'violated');
  const net5 = new TwoLayerNet({ inputDim: 10, width: 200, activation: scaledDerivative(net.activation, 5) });
  const wrong = li2019.coupledGradientDescent({ net: net5, data, W0, stepSize: eta / 25, steps: 10 });
  assert.equal(
    byId(li2019.theorem612Checks({ data, net: net5, eta: eta / 25, coupling: wrong, lambdaC }), 'li2019.lemma6.11.jacobian-gap').verdict,
    'violated',
  );
});

// ---------------------------------------------------------------------------------------------------------------
// §6: Theorems 6.7 / 6.8, Lemma 6.2, Assumption 1, Lemma 6.3 and the Theorem 3.2 (iii) erratum

/** Seed 2, d = 10, ±1 labels on unit-sphere clusters, a tanh network and the cluster step bound (Theorem 2.3's η). */
function tanhClusterSetting(p: { clusters: number; perCluster: number; epsilon0: number; fraction: number; width: number }) {
  const rng = new Rng(2);
  const clean = makeClusterable(
    { d: 10, clusters: p.clusters, perCluster: p.perCluster, classLabels: [-1, 1], epsilon0: p.epsilon0, inputs: 'unitSphere' },
    rng.fork('data'),
  );
  const data = corruptLabels(clean, { fraction: p.fraction, scheme: 'reassign' }, rng.fork('corruption'));
  const net = new TwoLayerNet({ inputDim: 10, width: p.width, activation: 'tanh' });
  const W0 = net.initialWeights(rng.fork('init'));
  const eta = li2019.clusterStepBound(li2019.measureClusters(data), 1);
  return { rng, data, net, W0, eta, lambdaC: sigma(data.centers, 'tanh').lambda };
}

function factsSetting() {
  return tanhClusterSetting({ clusters: 3, perCluster: 8, epsilon0: 0.1, fraction: 0.15, width: 100 });
}

function factsRun(s: ReturnType<typeof factsSetting>, net: TwoLayerNet, stepSize: number) {
  const probe = li2019.jacobianFactsProbe({ net, data: s.data, eta: s.eta, steps: 12, every: 6 });
  gradientDescent({ ...gdProblem(net, s.data, s.W0), stepSize, steps: 12, trackers: probe.trackers });
  return li2019.jacobianFactsChecks({ data: s.data, net, samples: probe.samples() });
}

test('§6 Jacobian facts hold along GD; half the step breaks Lemma 6.2, an understated Γ breaks Theorems 6.7/6.8, large ε0 breaks Assumption 1', () => {
  const s = factsSetting();
  for (const c of factsRun(s, s.net, s.eta)) assert.equal(c.verdict, 'holds', `${c.id}: ${c.lhs} ${c.relation} ${c.rhs}`);
  assert.equal(byId(factsRun(s, s.net, s.eta / 2), 'li2019.lemma6.2.residual-recursion').verdict, 'violated');
  const wrong = factsRun(s, new TwoLayerNet({ inputDim: 10, width: 100, activation: scaledDerivative(s.net.activation, 3) }), s.eta / 9);
  assert.equal(byId(wrong, 'li2019.thm6.7.top').verdict, 'violated');
  assert.equal(byId(wrong, 'li2019.lemma6.2.residual-recursion').verdict, 'violated', 'φ′ no longer the derivative of φ');
  const rng = new Rng(5);
  const far = corruptLabels(
    makeClusterable({ d: 10, clusters: 3, perCluster: 8, classLabels: [-1, 1], epsilon0: 1.6, inputs: 'unitSphere' }, rng.fork('data')),
    { fraction: 0.1, scheme: 'reassign' },
    rng.fork('c'),
  );
  const probe = li2019.jacobianFactsProbe({ net: s.net, data: far, eta: 1e-3, steps: 1, every: 1 });
  gradientDescent({ ...gdProblem(s.net, far, s.W0), stepSize: 1e-3, steps: 1, trackers: probe.trackers });
  assert.equal(byId(li2019.jacobianFactsChecks({ data: far, net: s.net, samples: probe.samples() }), 'li2019.assumption1.bimodal').verdict, 'violated');
});

test('Theorem 6.8 minimum singular value over initialisations: holds when wide, not applicable below the width condition', () => {
  const s = factsSetting();
  const inits = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((seed) => ({ seed, W0: s.net.initialWeights(s.rng.fork(`i${seed}`)) }));
  assert.equal(li2019.theorem68MinSingularSeedCheck({ data: s.data, net: s.net, lambdaC: s.lambdaC, initialisations: inits }).verdict, 'holds');
  const narrow = new TwoLayerNet({ inputDim: 10, width: 1, activation: 'tanh' });
  const narrowInits = inits.map((i) => ({ seed: i.seed, W0: narrow.initialWeights(s.rng.fork(`n${i.seed}`)) }));
  const check = li2019.theorem68MinSingularSeedCheck({ data: s.data, net: narrow, lambdaC: s.lambdaC, initialisations: narrowInits });
  assert.equal(check.verdict, 'not-applicable');
  assert.ok((check.details.successes as number) < 10, 'one hidden unit cannot reach the bound on every seed');
});

test('Lemma 6.3 holds (tight when the corruption sits in one cluster); Theorem 3.2 (iii) as printed is then violated (erratum)', () => {
  const s = factsSetting();
  for (const c of li2019.diffusednessChecks(s.data, { rho: 0.15 })) assert.equal(c.verdict, 'holds', c.id);
  const concentrated = li2019.concentratedCorruption(s.data, 0);
  const checks = li2019.diffusednessChecks(concentrated);
  assert.equal(byId(checks, 'li2019.lemma6.3.diffused').verdict, 'holds');
  assert.ok(Math.abs(byId(checks, 'li2019.lemma6.3.diffused').lhs - byId(checks, 'li2019.lemma6.3.diffused').rhs) < 1e-12);
  assert.equal(byId(checks, 'li2019.thm3.2.iii-as-printed').verdict, 'violated');
  assert.equal(byId(li2019.diffusednessChecks(s.data, { rho: 0.05 }), 'li2019.lemma6.3.diffused').verdict, 'not-applicable');
});

test('gradientStepCheck: holds for GD with the stated η on any data, violated for a half step', () => {
  const good = runClustered(clustered, { steps: 20 });
  assert.equal(li2019.gradientStepCheck({ runs: [{ trajectory: good, eta: clustered.eta }] }).verdict, 'holds');
  const half = runClustered(clustered, { steps: 20, stepSize: clustered.eta / 2 });
  assert.equal(
    li2019.gradientStepCheck({
      runs: [
        { trajectory: good, eta: clustered.eta },
        { trajectory: half, eta: clustered.eta },
      ],
    }).verdict,
    'violated',
  );
});

test('distance constants of Theorems 2.2 and 6.13 (4) and the all-correct start are the measured ratios', () => {
  const steps = [0, 1, 2];
  const distance = [0, 1, 3];
  assert.equal(li2019.theorem22DistanceConstant({ steps, distance, K: 4, epsilon0: 0, centerNorm: 1 }), 1.5);
  const precise = li2019.theorem613DistanceConstant({ steps, distance, K: 2, n: 10, epsilon0: 0, eta: 0.1, lambdaC: 0.5, gamma: 1, rho: 0.1 });
  assert.ok(Math.abs(precise - 3 / Math.sqrt((2 * Math.log(2)) / 0.5)) < 1e-12);
  assert.equal(li2019.allCorrectStart(steps, [0.2, 0, 0]), 1);
  assert.ok(Number.isNaN(li2019.allCorrectStart(steps, [0.2, 0.1, 0.1])));
});
