import { Matrix } from 'ml-matrix';
import { resampleClusterable } from '../data/clusterable';
import { corruptLabels, CorruptedData } from '../data/corruption';
import { classificationError } from '../models/decision';
import {
  DEFAULT_DIVERGENCE_FACTOR,
  DivergenceError,
  distanceTracker,
  EarlyStoppingRule,
  errorTracker,
  gradientDescent,
  lossTracker,
  Progress,
} from '../train/gd';
import { jacobianNormSquared } from '../jacobian/explicit';
import { loss as resolveLoss } from '../models/losses';
import { Rng } from '../core/random';
import { ValidationError } from '../core/errors';
import { GdExperimentConfig } from './gdConfig';
import { buildProblem, DataSummary, resolveStepSize, summarizeData } from './sections';

export interface Checkpoint {
  step: number;
  loss: number;
  distance: number;
  /** Training error against the observed (noisy) labels. */
  errorNoisy: number;
  /** Training error against the ground-truth labels. */
  errorTrue: number;
  /** Mean per-sample loss over clean points and over corrupted points (y ≠ ỹ); null when there are none. */
  meanLossClean: number | null;
  meanLossCorrupted: number | null;
}

export interface GdExperimentResult {
  config: GdExperimentConfig;
  data: DataSummary;
  network: { width: number; activation: string; gamma: number; phiAtZero: number; smooth: boolean };
  stepSize: { rule: string; c: number | null; value: number };
  stepsRun: number;
  trajectory: { step: number[]; loss: number[]; distance: number[]; errorNoisy: number[]; errorTrue: number[] };
  checkpoints: Checkpoint[];
  perSampleLoss: { step: number; clean: number[]; corrupted: number[] }[];
  earlyStop?: { rule: string; step: number; errorNoisy: number; errorTrue: number; distance: number; heldOutError?: number };
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function heldOutSet(data: CorruptedData, perCluster: number, corrupted: boolean, rng: Rng): { X: Matrix; classes: Int32Array } {
  const fresh = resampleClusterable(data, perCluster, rng.fork('inputs'));
  if (!corrupted) return { X: fresh.X, classes: fresh.trueClass };
  return { X: fresh.X, classes: corruptLabels(fresh, { fraction: data.rho, scheme: data.scheme }, rng.fork('corruption')).noisyClass };
}

/** A loss that is already infinite before the first step is the initial scale's doing, not the step size's: bad input. */
function blameInitialWeights<T>(run: () => T, initScale: number): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof DivergenceError && e.step === 0) throw new ValidationError('config.network.initScale', `${e.message} (initScale = ${initScale})`);
    throw e;
  }
}

/** Runs a validated `gd` experiment. Every random draw comes from `config.seed` through named forks. */
export function runGdExperiment(config: GdExperimentConfig, onProgress?: (p: Progress) => void): GdExperimentResult {
  const { rng, data, net, W0 } = buildProblem(config);
  const lossFn = resolveLoss(config.loss, 'config.loss');
  const stepSize = resolveStepSize(config.training.stepSize, {
    centers: data.centers,
    n: data.X.rows,
    jacobianNormSquared: () => jacobianNormSquared(net, W0, data.X),
  });

  let earlyStopping: EarlyStoppingRule | undefined;
  const es = config.earlyStopping;
  if (es?.rule === 'fixed') earlyStopping = { rule: 'fixed', step: es.step };
  if (es?.rule === 'heldOut') {
    const held = heldOutSet(data, es.perCluster, es.corrupted, rng.fork('heldOut'));
    earlyStopping = { rule: 'heldOut', X: held.X, classes: held.classes, classLabels: data.classLabels, patience: es.patience };
  }

  const checkpoints = [...new Set(config.training.checkpoints)].sort((a, b) => a - b);
  const run = blameInitialWeights(
    () =>
      gradientDescent({
        net,
        X: data.X,
        labels: data.labels,
        loss: lossFn,
        initialWeights: W0,
        stepSize: stepSize.value,
        steps: config.training.steps,
        trackers: [
          lossTracker(),
          distanceTracker(),
          errorTracker('errorNoisy', data.classLabels, data.noisyClass),
          errorTracker('errorTrue', data.classLabels, data.trueClass),
        ],
        recordEvery: config.training.recordEvery,
        recordAt: checkpoints,
        perSampleLossAt: checkpoints,
        earlyStopping,
        onProgress,
        divergenceFactor: DEFAULT_DIVERGENCE_FACTOR,
      }),
    config.network.initScale,
  );

  const values = run.trajectory.values;
  const at = (step: number, name: string) => values[name][run.trajectory.step.indexOf(step)];
  const perSampleLoss = run.perSampleLoss.map(({ step, values: losses }) => ({
    step,
    clean: Array.from(losses).filter((_, i) => data.corrupted[i] === 0),
    corrupted: Array.from(losses).filter((_, i) => data.corrupted[i] === 1),
  }));
  const result: GdExperimentResult = {
    config,
    data: summarizeData(data),
    network: { width: net.k, activation: net.activation.name, gamma: net.activation.gamma, phiAtZero: net.activation.phiAtZero, smooth: net.activation.smooth },
    stepSize,
    stepsRun: run.stepsRun,
    trajectory: { step: run.trajectory.step, loss: values.loss, distance: values.distance, errorNoisy: values.errorNoisy, errorTrue: values.errorTrue },
    checkpoints: perSampleLoss.map((p) => ({
      step: p.step,
      loss: at(p.step, 'loss'),
      distance: at(p.step, 'distance'),
      errorNoisy: at(p.step, 'errorNoisy'),
      errorTrue: at(p.step, 'errorTrue'),
      meanLossClean: mean(p.clean),
      meanLossCorrupted: mean(p.corrupted),
    })),
    perSampleLoss,
  };
  if (run.earlyStop) {
    const f = net.predict(run.earlyStop.weights, data.X);
    result.earlyStop = {
      rule: run.earlyStop.rule,
      step: run.earlyStop.step,
      errorNoisy: classificationError(f, data.classLabels, data.noisyClass),
      errorTrue: classificationError(f, data.classLabels, data.trueClass),
      distance: run.earlyStop.weights.clone().sub(W0).norm('frobenius'),
      ...(run.earlyStop.heldOutError !== undefined ? { heldOutError: run.earlyStop.heldOutError } : {}),
    };
  }
  return result;
}

/** The trajectory as CSV: one row per recorded step. */
export function trajectoryCsv(result: GdExperimentResult): string {
  const t = result.trajectory;
  const lines = ['step,loss,distance,errorNoisy,errorTrue'];
  for (let i = 0; i < t.step.length; i++) lines.push([t.step[i], t.loss[i], t.distance[i], t.errorNoisy[i], t.errorTrue[i]].join(','));
  return lines.join('\n') + '\n';
}
