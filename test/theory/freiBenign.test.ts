import { test } from 'node:test';
import assert from 'node:assert/strict';
import { logistic, makeMixture, Rng, spanGradientDescent, SpanGeometry, TwoLayerNet, type BoundCheck, type Loss } from '../../src/index';
import { iidOutputLayer } from '../../src/papers/index';
import { freiBenign } from '../../src/theory/index';
import { gdProblem } from '../helpers';

type Setting = freiBenign.BenignSetting;

function settingOf(o: {
  n: number;
  p: number;
  muNorm2: number;
  eta: number;
  width: number;
  gamma: number;
  H?: number;
  stepFactor: number;
  delta?: number;
}): Setting {
  const alpha = (o.stepFactor * o.n) / o.p;
  return {
    n: o.n,
    p: o.p,
    muNorm: Math.sqrt(o.muNorm2),
    eta: o.eta,
    width: o.width,
    gamma: o.gamma,
    H: o.H ?? 1,
    alpha,
    omega: (0.5 * alpha) / Math.sqrt(o.width * o.p),
    delta: o.delta ?? 0.1,
  };
}

/** One recorded span-GD run; `fault` plants a trajectory that is not the paper's GD. */
function run(
  setting: Setting,
  o: {
    seed: number;
    steps: number;
    dataEta?: number;
    dataMuNorm?: number;
    initScale?: number;
    actualStep?: number;
    loss?: Loss;
    outputLayer?: ArrayLike<number>;
    checkpoints?: number[];
    testSamples?: number;
  },
) {
  const rng = new Rng(o.seed);
  const data = makeMixture({ n: setting.n, p: setting.p, muNorm: o.dataMuNorm ?? setting.muNorm, eta: o.dataEta ?? setting.eta }, rng.fork('data'));
  const net = new TwoLayerNet({
    inputDim: setting.p,
    width: setting.width,
    activation: { name: 'smoothedLeakyRelu', gamma: setting.gamma, H: setting.H },
    outputLayer: o.outputLayer,
  });
  const W0 = net.initialWeights(rng.fork('init'), setting.omega * (o.initScale ?? 1));
  const geometry = new SpanGeometry(data.X, W0);
  const recorder = freiBenign.benignRecorder({
    setting,
    net,
    data,
    geometry,
    checkpoints: o.checkpoints ?? [],
    testSamples: o.testSamples ?? 4000,
    testSeed: o.seed,
  });
  spanGradientDescent({
    net,
    X: data.X,
    labels: data.labels,
    loss: o.loss ?? logistic(),
    initialWeights: W0,
    stepSize: o.actualStep ?? setting.alpha,
    steps: o.steps,
    geometry,
    onStep: recorder.onStep,
  });
  const sample = freiBenign.benignSample(data, geometry.K);
  return { data, W0, sample, constants: freiBenign.benignConstants(setting, sample), trajectory: recorder.trajectory() };
}

const byId = (checks: BoundCheck[], id: string) => {
  const c = checks.find((x) => x.id === id);
  assert.ok(c, `no check ${id}`);
  return c;
};
const verdictOf = (checks: BoundCheck[], id: string) => byId(checks, id).verdict;
const failedHypotheses = (c: BoundCheck) =>
  c.hypotheses
    .filter((h) => !h.holds)
    .map((h) => h.name)
    .join('; ');

function lemmaChecks(setting: Setting, r: ReturnType<typeof run>): BoundCheck[] {
  return [
    ...freiBenign.lemma49LossRatio(setting, r.constants, r.trajectory),
    ...freiBenign.lemma410NormGrowth(setting, r.constants, r.trajectory),
    freiBenign.lemma411Margin(setting, r.constants, r.trajectory),
    ...freiBenign.lemma412ProxyPl(setting, r.constants, r.trajectory),
    freiBenign.proposition32Movement(setting, r.constants, r.trajectory),
  ];
}
const TRAJECTORY_IDS = [
  'freiBenign.lemma4.9.loss-ratio',
  'freiBenign.lemma4.10.norm-growth',
  'freiBenign.lemma4.11.margin',
  'freiBenign.lemma4.12.proxy-pl',
  'freiBenign.lemma4.12.monotone',
  'freiBenign.prop3.2.non-ntk',
];

// The proofs' own conditions met: γ = 0.95, η = 0, n = 2, δ = 0.2, p = 4·10⁵ ≥ (128C1²n√log(n/δ)/γ²)², α under Case 1's step condition.
const proofRegime = settingOf({ n: 2, p: 400_000, muNorm2: 16, eta: 0, width: 2, gamma: 0.95, stepFactor: 0.1, delta: 0.2 });
let proofRun: ReturnType<typeof run> | undefined;
const proof = () => (proofRun ??= run(proofRegime, { seed: 3, steps: 30, checkpoints: [1, 30], testSamples: 200_000 }));

test('Lemmas 4.9–4.12 and Proposition 3.2 hold where every condition of their proofs is met', () => {
  const r = proof();
  const checks = lemmaChecks(proofRegime, r);
  for (const id of TRAJECTORY_IDS) {
    const c = byId(checks, id);
    assert.equal(c.verdict, 'holds', `${id}: ${c.lhs} ${c.relation} ${c.rhs}; failed: ${failedHypotheses(c)}`);
  }
  assert.equal(verdictOf(checks, 'freiBenign.lemma4.9.initial-outputs'), 'holds');
  // planted measurements the statements exclude: each check can fail with every hypothesis met
  const t = r.trajectory;
  const planted = (change: Partial<typeof t>) => lemmaChecks(proofRegime, { ...r, trajectory: { ...t, ...change } });
  assert.equal(
    verdictOf(planted({ checkpoints: t.checkpoints.map((c) => ({ ...c, margin: -Math.abs(c.margin) - 10 * c.marginSE })) }), 'freiBenign.lemma4.11.margin'),
    'violated',
  );
  assert.equal(verdictOf(planted({ steps: t.steps.map((st) => ({ ...st, normW: st.normW * 100 })) }), 'freiBenign.lemma4.10.norm-growth'), 'violated');
  assert.equal(verdictOf(planted({ steps: t.steps.map((st) => ({ ...st, gradNorm: st.gradNorm / 1e4 })) }), 'freiBenign.lemma4.12.proxy-pl'), 'violated');
  assert.equal(verdictOf(planted({ steps: t.steps.map((st) => ({ ...st, distance: st.distance / 1e4 })) }), 'freiBenign.prop3.2.non-ntk'), 'violated');
  assert.equal(
    verdictOf(planted({ steps: t.steps.map((st, i) => ({ ...st, ratio: i === 7 ? 1e6 : st.ratio })) }), 'freiBenign.lemma4.9.loss-ratio'),
    'violated',
  );
  assert.equal(byId(checks, 'freiBenign.lemma4.10.gradient-bound').kind, 'identity');
  assert.equal(byId(checks, 'freiBenign.lemma4.12.train-error').kind, 'identity');
});

test('a trajectory with another step size, or a perturbed gradient, makes every trajectory check not-applicable', () => {
  const small = settingOf({ n: 10, p: 2000, muNorm2: 30, eta: 0.1, width: 10, gamma: 0.5, stepFactor: 0.5 });
  const halfStep = run(small, { seed: 3, steps: 5, actualStep: small.alpha / 2, checkpoints: [1, 5] });
  const base = logistic();
  const perturbed: Loss = {
    ...base,
    gradient: (f, y, out) => {
      const g = base.gradient(f, y, out);
      for (let i = 0; i < g.length; i++) g[i] *= 1 + 0.01 * Math.sin(i + 1);
      return g;
    },
  };
  const wrongGradient = run(small, { seed: 3, steps: 5, loss: perturbed, checkpoints: [1, 5] });
  for (const r of [halfStep, wrongGradient]) {
    const checks = lemmaChecks(small, r);
    for (const id of TRAJECTORY_IDS) {
      const c = byId(checks, id);
      assert.equal(c.verdict, 'not-applicable', id);
      assert.match(failedHypotheses(c), /trajectory is GD with step/, id);
    }
  }
  assert.ok(Math.abs(halfStep.trajectory.steps[2].updateResidual - 0.5) < 1e-6);
});

test('a setting outside (A2), or labels flipped beyond η, makes the lemma checks not-applicable', () => {
  const outside = settingOf({ n: 20, p: 400, muNorm2: 30, eta: 0.1, width: 10, gamma: 0.5, stepFactor: 0.5 });
  const r = run(outside, { seed: 1, steps: 20, checkpoints: [1, 20] });
  for (const id of TRAJECTORY_IDS.filter((x) => x !== 'freiBenign.lemma4.12.monotone')) {
    const c = byId(lemmaChecks(outside, r), id);
    assert.equal(c.verdict, 'not-applicable', id);
    assert.match(failedHypotheses(c), /\(A2\)/, id);
  }
  const claimed = settingOf({ n: 20, p: 8000, muNorm2: 40, eta: 0.05, width: 10, gamma: 0.5, stepFactor: 0.5 });
  const flipped = run(claimed, { seed: 1, steps: 5, dataEta: 0.4, checkpoints: [1, 5] });
  const c = byId(lemmaChecks(claimed, flipped), 'freiBenign.prop3.2.non-ntk');
  assert.equal(c.verdict, 'not-applicable');
  assert.match(failedHypotheses(c), /\|N\| ≤ 2ηn/);
});

test('Lemma 4.9: with one neuron and p/(n‖μ‖²) small the ratio exceeds C_r, and the check is not-applicable (Case 2 fails)', () => {
  const tight = settingOf({ n: 20, p: 400, muNorm2: 20, eta: 0.1, width: 1, gamma: 0.1, stepFactor: 0.5 });
  const r = run(tight, { seed: 0, steps: 6000, outputLayer: [1] });
  const [ratio] = freiBenign.lemma49LossRatio(tight, r.constants, r.trajectory);
  assert.equal(ratio.verdict, 'not-applicable');
  assert.equal(ratio.inequalityHolds, false, `max ratio ${ratio.lhs} vs C_r ${ratio.rhs}`);
  assert.match(failedHypotheses(ratio), /Case 2/);
});

test('eq. (11) and Lemma 4.2: an initialisation larger than the setting claims is violated', () => {
  const s = settingOf({ n: 10, p: 2000, muNorm2: 30, eta: 0.1, width: 20, gamma: 0.5, stepFactor: 0.5 });
  const good = run(s, { seed: 2, steps: 1 });
  const big = run(s, { seed: 2, steps: 1, initScale: 2e4 });
  assert.equal(freiBenign.lemma49LossRatio(s, good.constants, good.trajectory)[1].verdict, 'holds');
  assert.equal(freiBenign.lemma49LossRatio(s, big.constants, big.trajectory)[1].verdict, 'violated');
  const norms = (scale: number) =>
    [0, 1, 2, 3].map(
      (seed) =>
        new TwoLayerNet({ inputDim: s.p, width: s.width, activation: 'linear' as never }).initialWeights(new Rng(seed), s.omega * scale).norm('frobenius') ** 2,
    );
  assert.equal(freiBenign.lemma42InitialNorm(s, norms(1)).verdict, 'holds');
  assert.equal(freiBenign.lemma42InitialNorm(s, norms(1.3)).verdict, 'violated');
});

test('Lemma 4.3 E.3/E.4: holds for the mixture, violated when the data carry a weaker mean than claimed, not-applicable outside (A3)', () => {
  const s = settingOf({ n: 10, p: 2000, muNorm2: 30, eta: 0.1, width: 4, gamma: 0.5, stepFactor: 0.5 });
  const constants = (seed: number, dataMuNorm: number) => {
    const data = makeMixture({ n: s.n, p: s.p, muNorm: dataMuNorm, eta: s.eta }, new Rng(seed));
    const sample = {
      ...freiBenign.benignSample(
        data,
        new Float64Array(s.n * s.n).fill(0).map((_, q) => (q % (s.n + 1) === 0 ? s.p : 0)),
      ),
      signal: Float64Array.from({ length: s.n }, (_, k) => s.muNorm * data.X.get(k, 0)),
    };
    return freiBenign.benignConstants(s, sample);
  };
  const seeds = [0, 1, 2, 3, 4];
  assert.equal(
    freiBenign.lemma43SignalAlignment(
      s,
      seeds.map((x) => constants(x, s.muNorm)),
    ).verdict,
    'holds',
  );
  assert.equal(
    freiBenign.lemma43SignalAlignment(
      s,
      seeds.map((x) => constants(x, s.muNorm / 3)),
    ).verdict,
    'violated',
  );
  const weak = { ...s, muNorm: 1 };
  assert.equal(freiBenign.lemma43SignalAlignment(weak, [constants(0, 1)]).verdict, 'not-applicable');
});

test('Theorem 3.1(1) over seeds: holds at C = 1 steps, violated when GD takes 1/100 of the step it reports, not-applicable outside (A2)', () => {
  const s = settingOf({ n: 10, p: 2000, muNorm2: 30, eta: 0.1, width: 10, gamma: 0.1, stepFactor: 2 });
  const epsilon = 0.04;
  const T = freiBenign.theorem31Steps(s, epsilon);
  const runs = (step: number) =>
    [0, 1, 2].map((seed) => {
      const rng = new Rng(seed);
      const data = makeMixture({ n: s.n, p: s.p, muNorm: s.muNorm, eta: s.eta }, rng.fork('data'));
      const net = new TwoLayerNet({
        inputDim: s.p,
        width: s.width,
        activation: { name: 'smoothedLeakyRelu', gamma: s.gamma, H: s.H },
        outputLayer: iidOutputLayer(s.width, rng.fork('a')),
      });
      const W0 = net.initialWeights(rng.fork('init'), s.omega);
      let initialLoss = NaN;
      let trainError = NaN;
      let finalLoss = NaN;
      spanGradientDescent({
        ...gdProblem(net, data, W0, logistic()),
        stepSize: step,
        steps: T,
        onStep: (st) => {
          if (st.step === 0) initialLoss = st.loss;
          if (st.step === T) {
            finalLoss = st.loss;
            trainError = Array.from(st.predictions).filter((f, i) => f * data.labels[i] <= 0).length / s.n;
          }
        },
      });
      return { seed, steps: T, initialLoss, finalLoss, trainError };
    });
  const holds = freiBenign.theorem31Interpolation(s, runs(s.alpha), epsilon);
  assert.equal(holds.verdict, 'holds', JSON.stringify(holds.details));
  assert.equal(holds.seeds, 3);
  assert.equal(freiBenign.theorem31Interpolation(s, runs(s.alpha / 100), epsilon).verdict, 'violated');
  const outside = { ...s, p: 300 };
  assert.equal(freiBenign.theorem31Interpolation(outside, runs(s.alpha), epsilon).verdict, 'not-applicable');
});

test('Lemma 4.12 monotonicity and the step count: hold for GD at α = n/(2p), violated with a step that overshoots in low dimension', () => {
  const s = settingOf({ n: 10, p: 2000, muNorm2: 30, eta: 0.1, width: 10, gamma: 0.5, stepFactor: 0.5 });
  const r = run(s, { seed: 4, steps: 400 });
  const checks = [...freiBenign.lemma412ProxyPl(s, r.constants, r.trajectory), freiBenign.theorem31StepCount(s, r.constants, r.trajectory, 0.04)];
  assert.equal(verdictOf(checks, 'freiBenign.lemma4.12.monotone'), 'holds');
  assert.equal(verdictOf(checks, 'freiBenign.thm3.1.step-count'), 'holds');
  // a step 10n/p in low dimension (p = 5n) overshoots: L̂ increases at some step
  const fast = settingOf({ n: 20, p: 100, muNorm2: 30, eta: 0.1, width: 10, gamma: 0.5, stepFactor: 10 });
  const rf = run(fast, { seed: 4, steps: 100 });
  assert.equal(verdictOf(freiBenign.lemma412ProxyPl(fast, rf.constants, rf.trajectory), 'freiBenign.lemma4.12.monotone'), 'violated');
  const short = run(s, { seed: 4, steps: 3 });
  assert.equal(freiBenign.theorem31StepCount(s, short.constants, short.trajectory, 0.04).verdict, 'not-applicable');
});

test('Lemma 4.1 per class: holds on a trained network, violated with a spectral norm 10× too small, identity when the bound is ≥ 1', () => {
  const s = settingOf({ n: 20, p: 8000, muNorm2: 60, eta: 0, width: 10, gamma: 0.5, stepFactor: 0.5 });
  const r = run(s, { seed: 5, steps: 200, checkpoints: [200], testSamples: 20000 });
  const point = r.trajectory.checkpoints[0];
  const ok = freiBenign.lemma41MarginToError(point);
  assert.notEqual(ok.verdict, 'violated');
  assert.equal(freiBenign.lemma41MarginToError({ ...point, spectral: point.spectral / 10, clean: Math.max(point.clean, 0.01) }).verdict, 'violated');
  assert.equal(freiBenign.lemma41MarginToError({ ...point, marginPlus: 0, marginMinus: 0 }).kind, 'identity');
  assert.equal(freiBenign.lemma41MarginToError({ ...point, marginPlus: -1 }).verdict, 'not-applicable');
});

test('benign, rate slope, dimension harm and fixed-R agreement: hold, are violated and are not-applicable as they should', () => {
  const s = settingOf({ n: 20, p: 8000, muNorm2: 40, eta: 0.1, width: 10, gamma: 0.1, stepFactor: 0.5 });
  const runs = (clean: number, one: number) =>
    [0, 1, 2, 3].map((seed) => ({
      seed,
      steps: 10,
      initialLoss: Math.LN2,
      finalLoss: 0.01,
      trainError: 0,
      clean: clean * (1 + 0.1 * seed),
      cleanAfterOneStep: one * (1 + 0.1 * seed),
      noisy: 0.1,
    }));
  assert.equal(freiBenign.theorem31Benign(s, runs(0.02, 0.015)).verdict, 'holds');
  assert.equal(freiBenign.theorem31Benign(s, runs(0.2, 0.015)).verdict, 'violated');
  assert.equal(freiBenign.theorem31Benign({ ...s, p: 500 }, runs(0.02, 0.015)).verdict, 'not-applicable');
  const row = (muNorm2: number, error: (R: number) => number, p = 8000, n = 20) => {
    const st = { ...s, n, p, muNorm: Math.sqrt(muNorm2) };
    const R = (n * muNorm2 ** 2) / p;
    return { setting: st, clean: [0.95, 1, 1.05].map((f) => f * error(R)), cleanAfterOneStep: [0.01, 0.01, 0.01], samples: 40000 };
  };
  const mus = [20, 30, 40, 50, 60];
  assert.equal(freiBenign.rateSlope(mus.map((m) => row(m, (R) => 2 * Math.exp(-R / 3)))).verdict, 'holds');
  assert.equal(freiBenign.rateSlope(mus.map((m) => row(m, (R) => 0.01 * (1 + R)))).verdict, 'violated');
  assert.equal(freiBenign.rateSlope(mus.map((m) => row(m, (R) => Math.exp(-R), 1000))).verdict, 'not-applicable');
  const harmful = { ...row(40, () => 0.05, 1000), cleanAfterOneStep: [0.001, 0.001, 0.001] };
  const benign = { ...row(40, () => 0.02, 16000), cleanAfterOneStep: [0.018, 0.018, 0.018] };
  assert.equal(freiBenign.dimensionHarm(harmful, benign).verdict, 'holds');
  assert.equal(freiBenign.dimensionHarm({ ...harmful, clean: [0.001, 0.001, 0.001] }, { ...benign, clean: [0.1, 0.1, 0.1] }).verdict, 'violated');
  assert.equal(freiBenign.dimensionHarm(benign, benign).verdict, 'not-applicable');
  const fixed = (error: (n: number) => number) =>
    [
      [20, 8000],
      [40, 16000],
    ].map(([n, p]) => ({ setting: { ...s, n, p, muNorm: Math.sqrt(Math.sqrt((8 * p) / n)) }, clean: [0.9, 1, 1.1].map((f) => f * error(n)), samples: 40000 }));
  assert.equal(freiBenign.fixedRateAgreement(fixed(() => 0.02)).verdict, 'holds');
  assert.equal(freiBenign.fixedRateAgreement(fixed((n) => (n === 20 ? 0.02 : 0.0002))).verdict, 'violated');
});

test('Lemmas 4.5–4.8 (identities given φ and C1_emp) hold along GD and fail with another activation derivative', () => {
  const s = settingOf({ n: 10, p: 4000, muNorm2: 30, eta: 0.1, width: 10, gamma: 0.5, stepFactor: 0.5 });
  const r = run(s, { seed: 6, steps: 100 });
  const checks = freiBenign.lemmas45to48(s, r.constants, r.trajectory);
  for (const c of checks) {
    assert.equal(c.kind, 'identity');
    assert.equal(c.verdict, 'holds', `${c.id}: ${c.lhs} ${c.relation} ${c.rhs}`);
  }
  // the network's leak is 0.2 while the setting (and the recorder's φ′) says 0.5
  const rng = new Rng(6);
  const data = makeMixture({ n: s.n, p: s.p, muNorm: s.muNorm, eta: s.eta }, rng.fork('data'));
  const net = new TwoLayerNet({ inputDim: s.p, width: s.width, activation: { name: 'smoothedLeakyRelu', gamma: 0.2, H: s.H } });
  const W0 = net.initialWeights(rng.fork('init'), 1e-3);
  const geometry = new SpanGeometry(data.X, W0);
  const recorder = freiBenign.benignRecorder({ setting: s, net, data, geometry });
  spanGradientDescent({
    ...gdProblem(net, data, W0, logistic()),
    stepSize: s.alpha,
    steps: 20,
    geometry,
    onStep: recorder.onStep,
  });
  const constants = freiBenign.benignConstants(s, freiBenign.benignSample(data, geometry.K));
  const wrong = freiBenign.lemmas45to48(s, constants, recorder.trajectory());
  assert.notEqual(wrong.find((c) => c.id === 'freiBenign.lemma4.5.taylor')!.verdict, 'holds');
  assert.equal(wrong.find((c) => c.id === 'freiBenign.lemma4.5.taylor')!.inequalityHolds, false);
});
