import { ACTIVATION_NAMES, ActivationSpec } from '../activations';
import { INPUT_MODES, InputMode } from '../data/clusterable';
import { CORRUPTION_SCHEMES, CorruptionScheme } from '../data/corruption';
import { ValidationError } from '../errors';
import { LOSS_NAMES, LossName, Reduction } from '../losses';
import { describe } from '../validate';
import { Fields } from './fields';

/** A `labelnoise gd` experiment: clusterable data, label corruption, a two-layer net and a GD run. */
export interface GdExperimentConfig {
  seed: number | string;
  data: {
    d?: number;
    clusters?: number;
    centers?: number[][];
    perCluster: number | number[];
    classLabels: number[];
    clusterClasses?: number[];
    epsilon0: number;
    inputs: InputMode;
  };
  corruption: { fraction: number; scheme: CorruptionScheme };
  network: { width: number; activation: ActivationSpec; initScale: number };
  loss: { name: LossName; reduction?: Reduction };
  training: {
    steps: number;
    stepSize: number | { rule: 'cluster' | 'jacobian'; c: number };
    recordEvery: number;
    /** Steps whose errors are printed and whose per-sample losses are kept (clean vs corrupted). */
    checkpoints: number[];
  };
  earlyStopping?: { rule: 'fixed'; step: number } | { rule: 'heldOut'; perCluster: number; corrupted: boolean; patience?: number };
}

/** Validates a parsed JSON config; every error names the offending field under `config.`. */
export function parseGdConfig(json: unknown): GdExperimentConfig {
  const root = new Fields(json, 'config');
  const seedRaw = root.raw('seed');
  if (seedRaw === undefined) throw new ValidationError('config.seed', 'is required');
  if (!(typeof seedRaw === 'string' || (typeof seedRaw === 'number' && Number.isInteger(seedRaw) && seedRaw >= 0))) {
    throw new ValidationError('config.seed', `expected a non-negative integer or a string, got ${describe(seedRaw)}`);
  }

  const dataF = root.object('data');
  const data: GdExperimentConfig['data'] = {
    perCluster: Array.isArray(dataF.raw('perCluster'))
      ? dataF.numberArray('perCluster', { integer: true, min: 1, minLength: 1 })
      : dataF.number('perCluster', { integer: true, min: 1 }),
    classLabels: dataF.numberArray('classLabels', { min: -1, max: 1, minLength: 2 }),
    epsilon0: dataF.number('epsilon0', { min: 0 }),
    inputs: 'center',
  };
  data.inputs = dataF.string('inputs', INPUT_MODES, data.epsilon0 === 0 ? 'center' : 'unitSphere');
  if (dataF.has('centers')) {
    const rows = dataF.raw('centers');
    if (!Array.isArray(rows)) throw new ValidationError(dataF.at('centers'), `expected an array of rows, got ${describe(rows)}`);
    data.centers = rows as number[][]; // shape and values are checked by makeClusterable, field `centers`
    if (dataF.has('d') || dataF.has('clusters')) throw new ValidationError(dataF.at('centers'), 'give either centers or d and clusters, not both');
  } else {
    data.d = dataF.number('d', { integer: true, min: 1 });
    data.clusters = dataF.number('clusters', { integer: true, min: 1 });
  }
  if (dataF.has('clusterClasses')) data.clusterClasses = dataF.numberArray('clusterClasses', { integer: true, min: 0 });
  dataF.done();

  const corrF = root.object('corruption');
  const corruption = { fraction: corrF.number('fraction', { min: 0, max: 1 }), scheme: corrF.string('scheme', CORRUPTION_SCHEMES) };
  corrF.done();

  const netF = root.object('network');
  let activation: ActivationSpec;
  const actRaw = netF.raw('activation');
  if (typeof actRaw === 'string') {
    activation = netF.string('activation', ACTIVATION_NAMES);
  } else {
    const actF = netF.object('activation');
    const name = actF.string('name', ACTIVATION_NAMES);
    activation = name === 'smoothedLeakyRelu'
      ? { name, gamma: actF.number('gamma', { min: 0, max: 1 }), H: actF.number('H', { positive: true }) }
      : { name };
    actF.done();
  }
  const network = { width: netF.number('width', { integer: true, min: 1 }), activation, initScale: netF.number('initScale', { positive: true, default: 1 }) };
  netF.done();

  let lossCfg: GdExperimentConfig['loss'] = { name: 'leastSquares' };
  const lossF = root.optionalObject('loss');
  if (lossF) {
    lossCfg = { name: lossF.string('name', LOSS_NAMES) };
    if (lossF.has('reduction')) lossCfg.reduction = lossF.string('reduction', ['sum', 'mean'] as const);
    lossF.done();
  }

  const trainF = root.object('training');
  const steps = trainF.number('steps', { integer: true, min: 0 });
  let stepSize: GdExperimentConfig['training']['stepSize'];
  if (typeof trainF.raw('stepSize') === 'number') {
    stepSize = trainF.number('stepSize', { positive: true });
  } else {
    const sF = trainF.object('stepSize');
    stepSize = { rule: sF.string('rule', ['cluster', 'jacobian'] as const), c: sF.number('c', { positive: true }) };
    sF.done();
  }
  const training = {
    steps,
    stepSize,
    recordEvery: trainF.number('recordEvery', { integer: true, min: 1, default: 1 }),
    checkpoints: trainF.has('checkpoints') ? trainF.numberArray('checkpoints', { integer: true, min: 0 }) : (trainF.raw('checkpoints'), [steps]),
  };
  training.checkpoints.forEach((t, i) => {
    if (t > steps) throw new ValidationError(`config.training.checkpoints[${i}]`, `step ${t} is beyond training.steps = ${steps}`);
  });
  trainF.done();

  const config: GdExperimentConfig = { seed: seedRaw, data, corruption, network, loss: lossCfg, training };
  const esF = root.optionalObject('earlyStopping');
  if (esF) {
    const rule = esF.string('rule', ['fixed', 'heldOut'] as const);
    if (rule === 'fixed') {
      config.earlyStopping = { rule, step: esF.number('step', { integer: true, min: 0, max: steps }) };
    } else {
      config.earlyStopping = {
        rule,
        perCluster: esF.number('perCluster', { integer: true, min: 1 }),
        corrupted: esF.boolean('corrupted', true),
        patience: esF.optionalNumber('patience', { integer: true, min: 1 }),
      };
    }
    esF.done();
  }
  root.done();
  return config;
}
