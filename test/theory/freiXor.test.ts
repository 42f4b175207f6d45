import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeXor, Matrix, Rng, TwoLayerNet, type XorData } from '../../src/index';
import { concentrateXorNoise, fitLinearClassifier, mapSnapshots, xorTestError, xorTrajectory, type XorRun } from '../../src/papers/index';
import { freiXor } from '../../src/theory/index';
import type { BoundCheck } from '../../src/theory/checks';
import { assertAllHold } from '../helpers';

// A small setting inside every hypothesis: d ≥ 32 log(4m/δ) (Lemma 3(i)), m ≥ 16C₀² log(32/δ) at C₀ = 1.2 (Lemma 4).
const small = { n: 300, d: 280, m: 140, spread: 0.1, eta: 0.1, alpha: 0.05, omegaSqrtMd: 1e-5 };
const options = { C0: 1.2 };

function smallRun(seed: number, change: Partial<typeof small> = {}, data?: XorData): XorRun {
  const s = { ...small, ...change };
  const rng = new Rng(seed);
  const xor = data ?? makeXor({ n: s.n, d: s.d, sigma: s.spread / Math.sqrt(s.d), eta: s.eta }, rng.fork('data'));
  return xorTrajectory({ data: xor, width: s.m, alpha: s.alpha, omega: s.omegaSqrtMd / Math.sqrt(s.m * s.d), rng: rng.fork('init') });
}

const byId = (checks: BoundCheck[], id: string): BoundCheck => {
  const found = checks.find((c) => c.id === id);
  assert.ok(found, `no check ${id} in ${checks.map((c) => c.id).join(', ')}`);
  return found;
};
const verdicts = (checks: BoundCheck[]) => Object.fromEntries(checks.map((c) => [c.id, c.verdict]));
const trajectoryFunctions = [freiXor.lemma12, freiXor.lemma13, freiXor.lemma11, freiXor.theorem1Training, freiXor.proposition2];
const all = (run: XorRun) => [
  ...freiXor.lemma3(run, options),
  ...freiXor.lemma4(run, options),
  ...freiXor.lemma5(run, options),
  ...freiXor.lemma6(run, options),
  ...freiXor.lemma12(run, options),
  ...freiXor.lemma13(run, options),
  ...freiXor.normBounds(run, options),
  ...freiXor.lemma11(run, options),
  ...freiXor.lemma8(run, options),
  ...freiXor.theorem1Training(run, options),
  ...freiXor.proposition2(run, options),
];

const base = smallRun(1);

test('freiXor: every statement holds on a small run inside the assumptions', () => {
  const checks = all(base);
  assertAllHold(checks);
  // T − 1 = 5 steps: Condition 10, Lemma 14, ‖W_T‖ ≤ 1 and eq. (19) follow from the parameters alone
  for (const id of [
    'freiXor.lemma13.almost-orthogonal',
    'freiXor.lemma14.neuron-norms',
    'freiXor.lemma11.frobenius',
    'freiXor.eq19.loss-derivative',
    'freiXor.lemma8.cauchy-schwarz',
  ]) {
    assert.equal(byId(checks, id).kind, 'identity', id);
  }
  for (const id of ['freiXor.lemma12.alignment-t1', 'freiXor.lemma13.increment', 'freiXor.thm1.training-split', 'freiXor.prop2.feature-change'])
    assert.notEqual(byId(checks, id).kind, 'identity');
});

test("freiXor: the GD engine is the paper's GD (independent update agrees), and a planted half step is noticed", () => {
  assert.ok(freiXor.gdTrajectoryHypothesis(base).holds, freiXor.gdTrajectoryHypothesis(base).detail);
  const halfStep = { ...smallRun(1, { alpha: small.alpha / 2 }), alpha: small.alpha }; // ran α/2, reports α
  assert.equal(freiXor.gdTrajectoryHypothesis(halfStep).holds, false);
  for (const fn of trajectoryFunctions) for (const c of fn(halfStep, options)) assert.equal(c.verdict, 'not-applicable', `${c.id} under a half step`);
  // a perturbed gradient: every step after the first gets a small extra push
  const rng = new Rng(9);
  const perturbed = mapSnapshots(base, (W, t) => (t === 0 ? W : W.map((w) => w + 1e-4 * t * rng.normal())));
  for (const fn of trajectoryFunctions) for (const c of fn(perturbed, options)) assert.equal(c.verdict, 'not-applicable', `${c.id} under a perturbed gradient`);
});

test('freiXor: lazy initialisation ω√(md) = 10 and σ√d = 2 are outside (A6) and (A2): not-applicable', () => {
  const lazy = smallRun(2, { omegaSqrtMd: 10 });
  const lazyChecks = [
    ...freiXor.lemma12(lazy, options),
    ...freiXor.lemma13(lazy, options),
    ...freiXor.normBounds(lazy, options),
    ...freiXor.theorem1Training(lazy, options),
    ...freiXor.proposition2(lazy, options),
  ];
  for (const c of lazyChecks) assert.equal(c.verdict, 'not-applicable', c.id);
  // in the lazy regime the norm statements are no longer implied by the parameters
  assert.equal(byId(lazyChecks, 'freiXor.lemma14.neuron-norms').kind, 'invariant');
  assert.equal(byId(lazyChecks, 'freiXor.lemma14.neuron-norms').inequalityHolds, false);
  const wide = smallRun(3, { spread: 2 });
  for (const c of [...freiXor.lemma5(wide, options).slice(0, 1), ...freiXor.lemma6(wide, options), ...freiXor.theorem1Training(wide, options)])
    assert.equal(c.verdict, 'not-applicable', c.id);
});

test('freiXor: noise concentrated in one cluster (45%) violates Theorem 1(1) and Lemma 11', () => {
  const rng = new Rng(4);
  const clean = makeXor({ n: small.n, d: small.d, sigma: small.spread / Math.sqrt(small.d), eta: 0 }, rng.fork('data'));
  const concentrated = concentrateXorNoise(clean, 0, 0.45, rng.fork('flips'));
  assert.ok(concentrated.eta < 0.15); // overall rate inside (A4) at C = 2
  const run = smallRun(4, {}, concentrated);
  const checks = [...freiXor.theorem1Training(run, options), ...freiXor.lemma11(run, options), ...freiXor.lemma13(run, options)];
  for (const id of ['freiXor.thm1.training-split', 'freiXor.lemma11.subnetwork-margins'])
    assert.equal(byId(checks, id).verdict, 'violated', `${id}: ${byId(checks, id).lhs}`);
});

test('freiXor: Lemmas 3–6 are violated by planted faults in the initialisation and the data', () => {
  // the run reports ω but drew its weights at 2ω (Lemma 3(i)), or reports 10ω (Lemma 3(ii))
  assert.equal(byId(freiXor.lemma3({ ...base, omega: base.omega / 2 }, options), 'freiXor.lemma3.i.initial-norms').verdict, 'violated');
  assert.equal(byId(freiXor.lemma3({ ...base, omega: base.omega * 10 }, options), 'freiXor.lemma3.ii.correlated-count').verdict, 'violated');
  // every positive neuron turned away from +μ1: J_{+μ1} is empty
  const d = small.d;
  const away = mapSnapshots(base, (W, t) => {
    if (t === 0) for (let j = 0; j < base.a.length; j++) if (base.a[j] > 0) W[j * d] = -Math.abs(W[j * d]);
    return W;
  });
  assert.equal(freiXor.lemma4(away, options)[0].verdict, 'violated');
  // data spread σ√d = 3 recorded as σ√d = 0.1: geometry and the edge fail while the recorded (A2) holds
  const rng = new Rng(5);
  const spreadOut = makeXor({ n: small.n, d, sigma: 3 / Math.sqrt(d), eta: 0.1 }, rng.fork('data'));
  const mislabelled = smallRun(5, {}, { ...spreadOut, sigma: 0.1 / Math.sqrt(d) });
  assert.equal(byId(freiXor.lemma5(mislabelled, options), 'freiXor.lemma5.ab.geometry').verdict, 'violated');
  assert.equal(freiXor.lemma6(mislabelled, options)[0].verdict, 'violated');
  // 30% flips recorded as η = 0.1 (Lemma 5(c)); one cluster thinned out (Lemma 5(d))
  const noisier = makeXor({ n: small.n, d, sigma: 0.1 / Math.sqrt(d), eta: 0.3 }, rng.fork('noisier'));
  assert.equal(byId(freiXor.lemma5(smallRun(6, {}, { ...noisier, eta: 0.1 }), options), 'freiXor.lemma5.c.noise-fraction').verdict, 'violated');
  const keep = Array.from(base.data.cluster.keys()).filter((i) => base.data.cluster[i] !== 0 || i % 5 === 0);
  const thinned: XorData = {
    ...base.data,
    X: new Matrix(keep.map((i) => base.data.X.getRow(i))),
    cluster: Int32Array.from(keep, (i) => base.data.cluster[i]),
    cleanLabels: Float64Array.from(keep, (i) => base.data.cleanLabels[i]),
    labels: Float64Array.from(keep, (i) => base.data.labels[i]),
    noisy: Uint8Array.from(keep, (i) => base.data.noisy[i]),
  };
  assert.equal(byId(freiXor.lemma5(smallRun(7, {}, thinned), options), 'freiXor.lemma5.d.cluster-shares').verdict, 'violated');
});

test('freiXor: Theorem 1(2) test error: the trained network holds, a linear classifier (at chance) is violated', () => {
  const sigma = small.spread / Math.sqrt(small.d);
  const net = new TwoLayerNet({ inputDim: small.d, width: small.m, activation: 'relu' });
  const last = base.snapshots[base.snapshots.length - 1];
  const errors = [0, 1, 2].map((s) => xorTestError((X) => net.predict(last, X), { d: small.d, sigma, eta: small.eta }, 2000, new Rng(20 + s)));
  assert.equal(freiXor.theorem1TestError({ errors, sigma, eta: small.eta })[0].verdict, 'holds');
  const linear = fitLinearClassifier(base.data, { steps: 100 });
  const linearErrors = [0, 1, 2].map((s) => xorTestError(linear, { d: small.d, sigma, eta: small.eta }, 2000, new Rng(30 + s)));
  assert.equal(freiXor.theorem1TestError({ errors: linearErrors, sigma, eta: small.eta })[0].verdict, 'violated');
  const chance = freiXor.linearAtChance(linearErrors[0])[0];
  assert.equal(chance.kind, 'identity');
  assert.equal(chance.verdict, 'holds', `${chance.lhs} vs ${chance.rhs}`);
});

test('freiXor: Fig. 1 checks hold for the ideal classifier and fail for a linear one', () => {
  const rng = new Rng(8);
  const data = makeXor({ n: 400, d: 2, sigma: Math.sqrt(1 / 50), eta: 0.15 }, rng.fork('data'));
  const ideal = (X: Matrix) => Float64Array.from({ length: X.rows }, (_, i) => Math.abs(X.get(i, 0)) - Math.abs(X.get(i, 1)));
  // "noisy points misclassified": the ideal classifier predicts the clean label
  const idealTrain = Float64Array.from(ideal(data.X));
  const good = freiXor.figure1({
    data,
    predictions: idealTrain,
    test: xorTestError(ideal, { d: 2, sigma: data.sigma, eta: 0.15 }, 4000, rng.fork('t')),
    predict: ideal,
  });
  assert.deepEqual(
    good.map((c) => c.verdict),
    ['holds', 'holds', 'holds'],
  );
  const linear = (X: Matrix) => Float64Array.from({ length: X.rows }, (_, i) => X.get(i, 0) + 0.3 * X.get(i, 1));
  const bad = freiXor.figure1({
    data,
    predictions: linear(data.X),
    test: xorTestError(linear, { d: 2, sigma: data.sigma, eta: 0.15 }, 4000, rng.fork('t2')),
    predict: linear,
  });
  assert.deepEqual(
    bad.map((c) => c.verdict),
    ['violated', 'violated', 'violated'],
  );
  const highD = makeXor({ n: 50, d: 5, sigma: 0.05, eta: 0.1 }, rng.fork('d5'));
  assert.ok(
    freiXor
      .figure1({ data: highD, predictions: new Float64Array(50), test: { clean: 0, standardError: 0 }, predict: ideal })
      .every((c) => c.verdict === 'not-applicable'),
  );
});

test('freiXor: Fig. 2 checks on planted curves: benign and harmful overfitting, and their negative controls', () => {
  const N = 2000;
  const rng = new Rng(11);
  const correct = (p: number) => Uint8Array.from({ length: N }, () => (rng.uniform() < p ? 1 : 0));
  const steps = [0, 10, 100, 1000];
  const flat = [0.85, 0.85, 0.85, 0.85].map(correct);
  const high = { n: 100, d: 2000, steps, trainAccuracy: [0.85, 0.9, 1, 1], noisyFit: [0, 0.3, 1, 1], valCorrect: flat, bayesAccuracy: 0.85 };
  assert.deepEqual(
    freiXor.figure2HighDimensional(high).map((c) => c.verdict),
    ['holds', 'holds'],
  );
  // accuracy falling after interpolation, and a run that never interpolates
  const falling = [0.85, 0.85, 0.8, 0.78].map(correct);
  assert.equal(freiXor.figure2HighDimensional({ ...high, valCorrect: falling })[1].verdict, 'violated');
  assert.deepEqual(
    freiXor.figure2HighDimensional({ ...high, trainAccuracy: [0.85, 0.85, 0.85, 0.9] }).map((c) => c.verdict),
    ['violated', 'not-applicable'],
  );
  // low-dim: the decline holds on the falling curve, is violated on the flat one, not-applicable in high dimension
  const low = { ...high, n: 200, d: 10, noisyFit: [0, 0.05, 0.3, 0.6], trainAccuracy: [0.85, 0.86, 0.89, 0.93] };
  assert.equal(freiXor.figure2LowDimensional({ ...low, valCorrect: falling })[0].verdict, 'holds');
  const sameEverywhere = correct(0.85);
  assert.equal(freiXor.figure2LowDimensional({ ...low, valCorrect: [sameEverywhere, sameEverywhere, sameEverywhere, sameEverywhere] })[0].verdict, 'violated');
  assert.equal(freiXor.figure2LowDimensional({ ...low, valCorrect: falling, noisyFit: [0, 0, 0, 0] })[0].verdict, 'not-applicable');
  assert.equal(freiXor.figure2LowDimensional({ ...high, valCorrect: falling })[0].verdict, 'not-applicable');
});

test('freiXor: over seeds, a probability statement is a success fraction; ten failures are a violation', () => {
  const seeds = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const holds = freiXor.theorem1Training(base, options);
  const aggregated = freiXor.overSeedsChecks(
    seeds.map(() => holds),
    seeds,
    { suffix: '[x]' },
  )[0];
  assert.equal(aggregated.id, 'freiXor.thm1.training-split[x]');
  assert.equal(aggregated.verdict, 'holds');
  assert.equal(aggregated.seeds, 10);
  const failing = holds.map((c) => ({ ...c, lhs: 3, inequalityHolds: false, verdict: 'violated' as const }));
  assert.equal(
    freiXor.overSeedsChecks(
      seeds.map(() => failing),
      seeds,
    )[0].verdict,
    'violated',
  );
  // one seed: the check itself; a hypothesis failing on one seed makes the aggregate not-applicable
  assert.deepEqual(freiXor.overSeedsChecks([holds], [0])[0], holds[0]);
  const broken = holds.map((c) => ({ ...c, hypotheses: c.hypotheses.map((h, q) => (q === 0 ? { ...h, holds: false } : h)) }));
  assert.equal(freiXor.overSeedsChecks([...seeds.slice(1).map(() => holds), broken], seeds)[0].verdict, 'not-applicable');
  const identities = freiXor.overSeedsChecks(
    seeds.map(() => freiXor.lemma8(base, options)),
    seeds,
  )[0];
  assert.equal(identities.kind, 'identity');
});

test('freiXor: assumptions report their effective constants', () => {
  const s = freiXor.settingOf(base, 0.1);
  const c = freiXor.effectiveConstants(s);
  assert.ok(Math.abs(c.A2 - 10) < 1e-9);
  assert.ok(Math.abs(c.A6 - 1e5) < 1e-3);
  assert.ok(Math.abs(c.A7 - 400) < 1e-9);
  assert.ok(freiXor.xorAssumptions(s).every((h) => h.holds));
  assert.equal(freiXor.xorAssumptions({ ...s, d: 2 }).find((h) => h.name.startsWith('(A1)'))!.holds, false);
  assert.ok(verdicts(freiXor.lemma8(base)));
});

test("freiXor: Proposition 2's 1/(ω√(md)) rate over a sweep of ω, and Proposition 15 (Rademacher bound)", () => {
  const rng = new Rng(12);
  const scales = [1e-4, 1e-3, 1e-2, 1e-1];
  const growing = scales.flatMap((s) => [0, 1, 2].map(() => ({ omegaSqrtMd: s, minChange: (0.3 / s) * Math.exp(0.1 * rng.normal()) })));
  assert.equal(freiXor.proposition2Slope(growing)[0].verdict, 'holds');
  const flat = growing.map((p) => ({ ...p, minChange: 2 * Math.exp(0.1 * rng.normal()) }));
  assert.equal(freiXor.proposition2Slope(flat)[0].verdict, 'violated');
  assert.equal(freiXor.proposition2Slope(growing.map((p) => ({ ...p, omegaSqrtMd: p.omegaSqrtMd * 100 })))[0].verdict, 'not-applicable');
  // measured on real runs: the change at T against the scale
  const measured = [1e-3, 1e-2, 1e-1].map((s) => ({ omegaSqrtMd: s, minChange: Math.min(...freiXor.relativeFeatureChange(smallRun(13, { omegaSqrtMd: s }))) }));
  assert.equal(freiXor.proposition2Slope(measured)[0].inequalityHolds, true, JSON.stringify(measured));
  const p15 = freiXor.proposition15({ X: base.data.X, a: base.a, rng: new Rng(3), draws: 3 })[0];
  assert.equal(p15.verdict, 'holds', `${p15.lhs} vs ${p15.rhs}`);
  assert.ok(p15.lhs > 0.05 * p15.rhs, 'the lower estimate is not trivially small');
  assert.equal(
    freiXor.proposition15({ X: base.data.X, a: Float64Array.from(base.a, (v) => Math.sign(v)), rng: new Rng(3), draws: 2 })[0].verdict,
    'not-applicable',
  );
});

test('freiXor: Fig. 2 low-dim decline after interpolation needs the interpolation', () => {
  const N = 1000;
  const rng = new Rng(14);
  const correct = (p: number) => Uint8Array.from({ length: N }, () => (rng.uniform() < p ? 1 : 0));
  const curve = {
    n: 40,
    d: 10,
    steps: [0, 100, 10000],
    trainAccuracy: [0.5, 0.85, 1],
    noisyFit: [0.5, 0, 1],
    valCorrect: [0.5, 0.82, 0.71].map(correct),
    bayesAccuracy: 0.85,
  };
  const held = freiXor.figure2LowDimensional(curve, { requireInterpolation: true, suffix: '[interpolating]' })[0];
  assert.equal(held.id, 'freiXor.fig2.low.decline[interpolating]');
  assert.equal(held.verdict, 'holds');
  assert.equal(freiXor.figure2LowDimensional({ ...curve, trainAccuracy: [0.5, 0.85, 0.95] }, { requireInterpolation: true })[0].verdict, 'not-applicable');
});
