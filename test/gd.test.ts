import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gdProblem } from './helpers';
import {
  classificationError,
  corruptLabels,
  distanceTracker,
  DivergenceError,
  errorTracker,
  gradientDescent,
  jacobianStepSize,
  lossTracker,
  makeClusterable,
  resampleClusterable,
  Rng,
  TwoLayerNet,
  clusterStepSize,
} from '../src/index';

function setup(epsilon0: number, activation: 'softplus' | 'relu' = 'softplus') {
  const rng = new Rng(21);
  const clean = makeClusterable({ d: 8, clusters: 4, perCluster: 10, classLabels: [-1, 1], epsilon0 }, rng.fork('data'));
  const data = corruptLabels(clean, { fraction: 0.2, scheme: 'reassign' }, rng.fork('corruption'));
  const net = new TwoLayerNet({ inputDim: 8, width: 60, activation });
  const W0 = net.initialWeights(rng.fork('init'));
  return { data, net, W0, problem: gdProblem(net, data, W0) };
}

test('GD lowers the loss, records every step and keeps per-sample losses where asked', () => {
  const { data, net, W0, problem } = setup(0.2);
  const eta = jacobianStepSize({ c: 0.5, net, W0, X: data.X });
  const run = gradientDescent({
    ...problem,
    stepSize: eta,
    steps: 50,
    trackers: [lossTracker(), distanceTracker(), errorTracker('errorTrue', data.classLabels, data.trueClass)],
    perSampleLossAt: [0, 50],
  });
  const loss = run.trajectory.values.loss;
  assert.equal(run.trajectory.step.length, 51);
  assert.equal(run.stepsRun, 50);
  for (let t = 1; t < loss.length; t++) assert.ok(loss[t] <= loss[t - 1] + 1e-12, `loss rose at step ${t}`);
  assert.ok(loss[50] < 0.5 * loss[0]);
  assert.equal(run.trajectory.values.distance[0], 0);
  assert.deepEqual(
    run.perSampleLoss.map((p) => p.step),
    [0, 50],
  );
  const total = run.perSampleLoss[1].values.reduce((a, b) => a + b, 0);
  assert.ok(Math.abs(total - loss[50]) < 1e-9 * loss[50], 'per-sample losses add up to the sum-reduced loss');
  assert.ok(Math.abs(run.trajectory.values.distance[50] - run.weights.clone().sub(W0).norm('frobenius')) < 1e-12);
});

test('ε0 = 0: the S− component of the residual stays frozen (Li et al. 2019 Thm 3.2, claim 12)', () => {
  const { data, net, W0, problem } = setup(0);
  const eta = jacobianStepSize({ c: 0.5, net, W0, X: data.X });
  const clusterMeans = (r: Float64Array) => {
    const out = new Float64Array(r.length);
    for (let i = 0; i < r.length; i++) {
      let s = 0;
      let m = 0;
      for (let j = 0; j < r.length; j++) if (data.cluster[j] === data.cluster[i]) ((s += r[j]), m++);
      out[i] = s / m;
    }
    return out;
  };
  const noiseResidual = (f: Float64Array) => {
    const r = f.map((fi, i) => fi - data.labels[i]);
    const mean = clusterMeans(r);
    return r.map((ri, i) => ri - mean[i]);
  };
  let first: Float64Array | undefined;
  let worst = 0;
  gradientDescent({
    ...problem,
    stepSize: eta,
    steps: 300,
    trackers: [
      {
        name: 'frozen',
        measure: (s) => {
          const e = noiseResidual(s.predictions);
          first ??= e;
          for (let i = 0; i < e.length; i++) worst = Math.max(worst, Math.abs(e[i] - first[i]));
          return 0;
        },
      },
    ],
  });
  assert.ok(worst < 1e-12, `S− residual moved by ${worst}`);
});

test('early stopping: fixed keeps W at its step; heldOut keeps the best held-out error', () => {
  const { data, problem } = setup(0.2);
  const common = {
    ...problem,
    stepSize: clusterStepSize({ c: 0.5, centers: data.centers, n: 40 }),
  };
  const short = gradientDescent({ ...common, steps: 7 });
  const long = gradientDescent({ ...common, steps: 20, earlyStopping: { rule: 'fixed', step: 7 } });
  assert.equal(long.stepsRun, 20);
  assert.deepEqual(long.earlyStop?.weights.to1DArray(), short.weights.to1DArray());
  const halted = gradientDescent({ ...common, steps: 20, earlyStopping: { rule: 'fixed', step: 7, halt: true } });
  assert.equal(halted.stepsRun, 7);

  const held = resampleClusterable(data, 10, new Rng(99));
  const run = gradientDescent({
    ...common,
    steps: 30,
    trackers: [{ name: 'h', measure: (s) => classificationError(s.predict(held.X), held.classLabels, held.trueClass) }],
    earlyStopping: { rule: 'heldOut', X: held.X, classes: held.trueClass, classLabels: held.classLabels },
  });
  const heldErrors = run.trajectory.values.h;
  const best = Math.min(...heldErrors);
  assert.equal(run.earlyStop?.heldOutError, best);
  assert.equal(run.earlyStop?.step, heldErrors.indexOf(best), 'earliest step with the best error');
});

test('divergence is reported, not returned as NaN; bad options name the field', () => {
  const { problem } = setup(0.2);
  assert.throws(
    () => gradientDescent({ ...problem, stepSize: 1e6, steps: 100 }),
    (e: unknown) => e instanceof DivergenceError && /diverged at step/.test(e.message),
  );
  assert.throws(() => gradientDescent({ ...problem, stepSize: -1, steps: 1 }), /stepSize: expected a positive number/);
  assert.throws(() => gradientDescent({ ...problem, stepSize: 0.1, steps: 2.5 }), /steps: expected an integer/);
  assert.throws(() => gradientDescent({ ...problem, stepSize: 0.1, steps: 5, perSampleLossAt: [9] }), /perSampleLossAt\[0\]: step 9 is beyond/);
  assert.throws(() => gradientDescent({ ...problem, stepSize: 0.1, steps: 5, earlyStopping: { rule: 'fixed', step: 6 } }), /earlyStopping.step/);
  assert.throws(() => gradientDescent({ ...problem, stepSize: 0.1, steps: 5, trackers: [lossTracker(), lossTracker()] }), /two trackers are named "loss"/);
});

test('progress callbacks arrive in order and end at the last step', () => {
  const { problem } = setup(0.2);
  const seen: number[] = [];
  gradientDescent({
    ...problem,
    stepSize: 1e-3,
    steps: 10,
    progressEvery: 4,
    onProgress: (p) => seen.push(p.step),
  });
  assert.deepEqual(seen, [0, 4, 8, 10]);
});

test('lossTolerance stops at the first step whose loss is at or below it, and records that step', () => {
  const { data, net, W0, problem } = setup(0.2);
  const eta = jacobianStepSize({ c: 0.5, net, W0, X: data.X });
  const full = gradientDescent({
    ...problem,
    stepSize: eta,
    steps: 200,
    trackers: [lossTracker()],
  });
  const target = full.trajectory.values.loss[60];
  const stopped = gradientDescent({
    ...problem,
    stepSize: eta,
    steps: 200,
    recordEvery: 7,
    trackers: [lossTracker()],
    lossTolerance: target,
  });
  const firstBelow = full.trajectory.values.loss.findIndex((l) => l <= target);
  assert.equal(stopped.stepsRun, firstBelow);
  assert.equal(stopped.trajectory.step[stopped.trajectory.step.length - 1], firstBelow, 'the stopping step is recorded');
  assert.ok(stopped.trajectory.values.loss[stopped.trajectory.values.loss.length - 1] <= target);
  assert.throws(() => gradientDescent({ ...problem, stepSize: eta, steps: 5, lossTolerance: -1 }), /lossTolerance: expected a non-negative number/);
});
