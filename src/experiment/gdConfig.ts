import { LOSS_NAMES, LossName, Reduction } from '../models/losses';
import { ValidationError } from '../core/errors';
import { Fields } from './fields';
import { ProblemSections, StepSizeSection, parseProblemSections, parseStepSize } from './sections';

/** A `labelnoise gd` experiment: clusterable data, label corruption, a two-layer net and a GD run. */
export interface GdExperimentConfig extends ProblemSections {
  loss: { name: LossName; reduction?: Reduction };
  training: {
    steps: number;
    stepSize: StepSizeSection;
    recordEvery: number;
    /** Steps whose errors are printed and whose per-sample losses are kept (clean vs corrupted). */
    checkpoints: number[];
  };
  earlyStopping?: { rule: 'fixed'; step: number } | { rule: 'heldOut'; perCluster: number; corrupted: boolean; patience?: number };
}

/** Validates a parsed JSON config; every error names the offending field under `config.`. */
export function parseGdConfig(json: unknown): GdExperimentConfig {
  const root = new Fields(json, 'config');
  const problem = parseProblemSections(root);

  let loss: GdExperimentConfig['loss'] = { name: 'leastSquares' };
  const lossF = root.optionalObject('loss');
  if (lossF) {
    loss = { name: lossF.string('name', LOSS_NAMES) };
    if (lossF.has('reduction')) loss.reduction = lossF.string('reduction', ['sum', 'mean'] as const);
    lossF.done();
  }

  const trainF = root.object('training');
  const steps = trainF.number('steps', { integer: true, min: 0 });
  const training = {
    steps,
    stepSize: parseStepSize(trainF, 'stepSize'),
    recordEvery: trainF.number('recordEvery', { integer: true, min: 1, default: 1 }),
    checkpoints: trainF.has('checkpoints') ? trainF.numberArray('checkpoints', { integer: true, min: 0 }) : (trainF.raw('checkpoints'), [steps]),
  };
  training.checkpoints.forEach((t, i) => {
    if (t > steps) throw new ValidationError(`config.training.checkpoints[${i}]`, `step ${t} is beyond training.steps = ${steps}`);
  });
  trainF.done();

  const config: GdExperimentConfig = { ...problem, loss, training };
  const esF = root.optionalObject('earlyStopping');
  if (esF) {
    const rule = esF.string('rule', ['fixed', 'heldOut'] as const);
    config.earlyStopping =
      rule === 'fixed'
        ? { rule, step: esF.number('step', { integer: true, min: 0, max: steps }) }
        : {
            rule,
            perCluster: esF.number('perCluster', { integer: true, min: 1 }),
            corrupted: esF.boolean('corrupted', true),
            patience: esF.optionalNumber('patience', { integer: true, min: 1 }),
          };
    esF.done();
  }
  root.done();
  return config;
}
