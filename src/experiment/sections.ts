import { Matrix } from 'ml-matrix';
import { ACTIVATION_NAMES, ActivationSpec, activation as resolveActivation } from '../models/activations';
import { INPUT_MODES, InputMode, makeClusterable, toMatrix } from '../data/clusterable';
import { CORRUPTION_SCHEMES, CorruptionScheme, CorruptedData, corruptLabels } from '../data/corruption';
import { ValidationError } from '../core/errors';
import { TwoLayerNet } from '../models/twoLayerNet';
import { Rng } from '../core/random';
import { clusterStepSize, spectralNorm } from '../train/stepSize';
import { describe } from '../core/validate';
import { Fields } from './fields';

/** Largest input radius (epsilon0), center entry or initScale accepted: larger values overflow the loss in double precision. */
export const MAX_MAGNITUDE = 1e6;

/** Config sections shared by every experiment that trains the two-layer net on corrupted clusterable data. */
export interface DataSection {
  d?: number;
  clusters?: number;
  centers?: number[][];
  perCluster: number | number[];
  classLabels: number[];
  clusterClasses?: number[];
  epsilon0: number;
  inputs: InputMode;
}
export interface CorruptionSection {
  fraction: number;
  scheme: CorruptionScheme;
}
export interface NetworkSection {
  width: number;
  activation: ActivationSpec;
  initScale: number;
}
export type StepSizeSection = number | { rule: 'cluster' | 'jacobian'; c: number };
/** The sections that fix an experiment's problem (its data, label corruption, network and W0, all drawn from `seed`). */
export interface ProblemSections {
  seed: number | string;
  data: DataSection;
  corruption: CorruptionSection;
  network: NetworkSection;
}

/** The seed, data, corruption and network sections, each validated under `config.`. */
export function parseProblemSections(root: Fields): ProblemSections {
  return { seed: parseSeed(root), data: parseDataSection(root), corruption: parseCorruptionSection(root), network: parseNetworkSection(root) };
}

export function parseSeed(root: Fields): number | string {
  const seed = root.raw('seed');
  if (seed === undefined) throw new ValidationError(root.at('seed'), 'is required');
  if (!(typeof seed === 'string' || (typeof seed === 'number' && Number.isInteger(seed) && seed >= 0))) {
    throw new ValidationError(root.at('seed'), `expected a non-negative integer or a string, got ${describe(seed)}`);
  }
  return seed;
}

export function parseDataSection(root: Fields): DataSection {
  const f = root.object('data');
  // far beyond any setting of the papers; larger radii overflow ‖x‖², ‖J‖² and the loss in double precision
  const epsilon0 = f.number('epsilon0', { min: 0, max: MAX_MAGNITUDE });
  const data: DataSection = {
    perCluster: Array.isArray(f.raw('perCluster'))
      ? f.numberArray('perCluster', { integer: true, min: 1, minLength: 1 })
      : f.number('perCluster', { integer: true, min: 1 }),
    classLabels: f.numberArray('classLabels', { min: -1, max: 1, minLength: 2 }),
    epsilon0,
    inputs: f.string('inputs', INPUT_MODES, epsilon0 === 0 ? 'center' : 'unitSphere'),
  };
  if (f.has('centers')) {
    const rows = f.raw('centers');
    if (!Array.isArray(rows)) throw new ValidationError(f.at('centers'), `expected an array of rows, got ${describe(rows)}`);
    data.centers = rows as number[][]; // shape and norms are checked by toMatrix/makeClusterable
    rows.forEach((row, i) => {
      if (!Array.isArray(row)) return;
      row.forEach((x, j) => {
        if (typeof x === 'number' && Math.abs(x) > MAX_MAGNITUDE)
          throw new ValidationError(`${f.at('centers')}[${i}][${j}]`, `expected a number of magnitude <= ${MAX_MAGNITUDE} (centers have unit norm), got ${x}`);
      });
    });
    if (f.has('d') || f.has('clusters')) throw new ValidationError(f.at('centers'), 'give either centers or d and clusters, not both');
  } else {
    data.d = f.number('d', { integer: true, min: 1 });
    data.clusters = f.number('clusters', { integer: true, min: 1 });
  }
  if (f.has('clusterClasses')) data.clusterClasses = f.numberArray('clusterClasses', { integer: true, min: 0 });
  f.done();
  return data;
}

export function parseCorruptionSection(root: Fields): CorruptionSection {
  const f = root.object('corruption');
  const section = { fraction: f.number('fraction', { min: 0, max: 1 }), scheme: f.string('scheme', CORRUPTION_SCHEMES) };
  f.done();
  return section;
}

export function parseNetworkSection(root: Fields): NetworkSection {
  const f = root.object('network');
  let activation: ActivationSpec;
  if (typeof f.raw('activation') === 'string') {
    activation = f.string('activation', ACTIVATION_NAMES);
  } else {
    const a = f.object('activation');
    const name = a.string('name', ACTIVATION_NAMES);
    activation = name === 'smoothedLeakyRelu' ? { name, gamma: a.number('gamma', { min: 0, max: 1 }), H: a.number('H', { positive: true }) } : { name };
    a.done();
  }
  const section = {
    width: f.number('width', { integer: true, min: 1 }),
    activation,
    initScale: f.number('initScale', { positive: true, max: MAX_MAGNITUDE, default: 1 }),
  };
  f.done();
  return section;
}

/** A number, or {"rule": "cluster" | "jacobian", "c": ...} (see stepSize.ts). */
export function parseStepSize(f: Fields, key: string, rules: readonly ('cluster' | 'jacobian')[] = ['cluster', 'jacobian']): StepSizeSection {
  if (typeof f.raw(key) === 'number') return f.number(key, { positive: true });
  const s = f.object(key);
  const section = { rule: s.string('rule', rules), c: s.number('c', { positive: true }) };
  s.done();
  return section;
}

/** Data, network and W0 of an experiment, every draw from `seed` through named forks (so they do not shift each other). */
export function buildProblem({ seed, data, corruption, network }: ProblemSections) {
  const rng = new Rng(seed);
  const clean = makeClusterable({ ...data, centers: data.centers ? toMatrix(data.centers, 'config.data.centers') : undefined }, rng.fork('data'));
  const corrupted = corruptLabels(clean, corruption, rng.fork('corruption'));
  const net = new TwoLayerNet({
    inputDim: corrupted.X.columns,
    width: network.width,
    activation: resolveActivation(network.activation, 'config.network.activation'),
  });
  const W0 = net.initialWeights(rng.fork('init'), network.initScale);
  return { rng, data: corrupted, net, W0 };
}

/**
 * Resolves a step-size section: a number as is; `cluster` → c·K/(n‖C‖²); `jacobian` → c/‖J(W0)‖², with ‖J‖²
 * supplied by the caller (the scalar and the multi-output networks compute it differently) and only when needed.
 */
export function resolveStepSize(
  section: StepSizeSection,
  problem: { centers: Matrix; n: number; jacobianNormSquared: () => number },
): { rule: string; c: number | null; value: number } {
  if (typeof section === 'number') return { rule: 'fixed', c: null, value: section };
  const value =
    section.rule === 'cluster'
      ? clusterStepSize({ c: section.c, centers: problem.centers, n: problem.n })
      : section.c / finiteJacobianNorm(problem.jacobianNormSquared);
  return { rule: section.rule, c: section.c, value };
}

function finiteJacobianNorm(compute: () => number): number {
  let value: number;
  try {
    value = compute();
  } catch (e) {
    throw new ValidationError(
      'config.training.stepSize',
      `the "jacobian" rule could not compute ‖J(W0)‖² (${(e as Error).message}); the inputs or initial weights are probably too large`,
    );
  }
  if (!(Number.isFinite(value) && value > 0))
    throw new ValidationError(
      'config.training.stepSize',
      `the "jacobian" rule needs a finite positive ‖J(W0)‖², got ${value}; the inputs or initial weights are too large (or all zero)`,
    );
  return value;
}

export interface DataSummary {
  n: number;
  d: number;
  clusters: number;
  clusterSizes: number[];
  classLabels: number[];
  delta: number;
  epsilon0: number;
  inputs: string;
  centerSpectralNorm: number;
  corruptionFraction: number;
  flippedFraction: number;
  corruptedPerCluster: number[];
}

export function summarizeData(data: CorruptedData): DataSummary {
  return {
    n: data.X.rows,
    d: data.X.columns,
    clusters: data.centers.rows,
    clusterSizes: [...data.clusterSizes],
    classLabels: [...data.classLabels],
    delta: data.delta,
    epsilon0: data.epsilon0,
    inputs: data.inputs,
    centerSpectralNorm: spectralNorm(data.centers),
    corruptionFraction: data.rho,
    flippedFraction: data.flippedFraction,
    corruptedPerCluster: [...data.corruptedPerCluster],
  };
}
