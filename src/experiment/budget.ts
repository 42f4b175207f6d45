import { totalmem } from 'node:os';
import { ValidationError } from '../core/errors';
import { DataSection, NetworkSection, StepSizeSection } from './sections';

/**
 * Up-front estimates of what a configured run needs, so a config that cannot fit in memory or would obviously
 * take hours is refused before any work (exit 2, naming the field and the estimate) instead of crashing V8 or
 * running all night. The estimates are deliberately generous to the run: the arithmetic rate is optimistic, so
 * only runs that are clearly out of reach are refused.
 */

/** Arithmetic rate assumed for the estimate (flop/s): faster than this machine's kernels reach. */
export const ASSUMED_FLOPS = 2e9;
/** Fixed cost of one gradient step besides its arithmetic (loss, trackers, bookkeeping), in seconds: a lower bound. */
export const STEP_OVERHEAD_SECONDS = 5e-6;
/** Runs estimated to take longer than this are refused unless --allow-long is given. */
export const MAX_SECONDS = 3600;

export interface Estimate {
  bytes: number;
  seconds: number;
  /** The field responsible for most of the memory and what the big buffer is. */
  memory: { field: string; what: string };
  /** The field responsible for most of the time. */
  time: { field: string; what: string };
}

/** Memory the run may use: 60% of this machine's RAM (a flag never raises it). */
export function memoryBudget(): number {
  return 0.6 * totalmem();
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB'];
  let x = bytes;
  let u = 0;
  while (x >= 1000 && u < units.length - 1) {
    x /= 1000;
    u++;
  }
  return u === units.length - 1 && x >= 1000 ? `${bytes.toExponential(1)} B` : `${x.toPrecision(3)} ${units[u]}`;
}

export function formatSeconds(seconds: number): string {
  if (seconds < 120) return `${seconds.toPrecision(2)} s`;
  if (seconds < 7200) return `${(seconds / 60).toPrecision(3)} min`;
  if (seconds < 2 * 86400) return `${(seconds / 3600).toPrecision(3)} h`;
  if (seconds < 2 * 365 * 86400) return `${(seconds / 86400).toPrecision(3)} days`;
  return `${(seconds / (365 * 86400)).toPrecision(3)} years`;
}

function fmt(x: number): string {
  return Number.isInteger(x) && x < 1e7 ? String(x) : x.toPrecision(3);
}

/** n, K and d of a data section (from centers when given). */
export function problemSize(data: DataSection): { n: number; K: number; d: number } {
  const K = data.centers ? data.centers.length : (data.clusters ?? 1);
  const d = data.centers ? (Array.isArray(data.centers[0]) ? data.centers[0].length : 1) : (data.d ?? 1);
  const n = Array.isArray(data.perCluster) ? data.perCluster.reduce((a, b) => a + b, 0) : data.perCluster * K;
  return { n, K, d };
}

interface Term {
  bytes: number;
  field: string;
  what: string;
}

/** The field of the largest factor among those of one buffer (the one the user most likely mistyped). */
function largest(factors: [string, number][]): string {
  return factors.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/**
 * Estimate for training the two-layer net on clusterable data: inputs n×d, weights k×d (current and initial),
 * the training pass's n×k buffers, the trajectory (one entry per recorded step and tracker), per-sample losses
 * at checkpoints, and for the "jacobian" step-size rule the n×n Gram of J(W0) and its eigendecomposition.
 */
export function estimateTraining(o: {
  data: DataSection;
  network: NetworkSection;
  steps: number;
  stepSize?: StepSizeSection;
  recordEvery?: number;
  checkpoints?: number;
  trackers?: number;
  outputs?: number;
  heldOutPerCluster?: number;
  prefix?: string;
}): Estimate {
  const { n, K, d } = problemSize(o.data);
  const k = o.network.width;
  const outputs = o.outputs ?? 1;
  const nField: [string, number] = ['config.data.perCluster', n];
  const dField: [string, number] = ['config.data.d', d];
  const kField: [string, number] = ['config.network.width', k];
  const recorded = Math.floor(o.steps / (o.recordEvery ?? 1)) + 1;
  const rows = n * outputs;
  const terms: Term[] = [
    { bytes: 8 * n * d, field: largest([nField, dField]), what: `the n×d inputs (n = ${fmt(n)}, d = ${fmt(d)})` },
    { bytes: 8 * 3 * k * d, field: largest([kField, dField]), what: `the width×d weights (width = ${fmt(k)}, d = ${fmt(d)})` },
    { bytes: 8 * 3 * n * k * outputs, field: largest([nField, kField]), what: `the n×width training buffers (n = ${fmt(n)}, width = ${fmt(k)})` },
    {
      bytes: 16 * recorded * (o.trackers ?? 5),
      field: `config.training.${o.recordEvery && o.recordEvery > 1 ? 'recordEvery' : 'steps'}`,
      what: `the trajectory (${fmt(recorded)} recorded steps; raise training.recordEvery to keep fewer)`,
    },
    { bytes: 8 * n * (o.checkpoints ?? 1), field: 'config.training.checkpoints', what: 'per-sample losses at the checkpoints' },
    { bytes: 8 * (o.heldOutPerCluster ?? 0) * K * d, field: 'config.earlyStopping.perCluster', what: 'the held-out set' },
  ];
  const jacobianRule = typeof o.stepSize === 'object' && o.stepSize.rule === 'jacobian';
  if (jacobianRule)
    terms.push({ bytes: 8 * 3 * rows * rows, field: nField[0], what: `the ${fmt(rows)}×${fmt(rows)} Gram of J(W0) for the "jacobian" step-size rule` });
  const bytes = terms.reduce((s, t) => s + t.bytes, 0);
  const top = terms.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const perStep = 6 * n * k * d * outputs + 4 * k * d;
  const gramFlops = jacobianRule ? rows * rows * (d + k) + 10 * rows ** 3 : 0;
  const trainSeconds = o.steps * (perStep / ASSUMED_FLOPS + STEP_OVERHEAD_SECONDS);
  const gramSeconds = gramFlops / ASSUMED_FLOPS;
  const time =
    gramSeconds > trainSeconds
      ? { field: nField[0], what: `the eigendecomposition of the ${fmt(rows)}×${fmt(rows)} Gram for the "jacobian" step-size rule` }
      : {
          field: largest([nField, kField, dField, ['config.training.steps', o.steps]]),
          what: `${fmt(o.steps)} steps of ≈ ${fmt(perStep)} flops (n = ${fmt(n)}, width = ${fmt(k)}, d = ${fmt(d)})`,
        };
  const prefix = (field: string) => (o.prefix ? field.replace(/^config\./, o.prefix) : field);
  return {
    bytes,
    seconds: trainSeconds + gramSeconds + (8 * n * d) / ASSUMED_FLOPS,
    memory: { field: prefix(top.field), what: top.what },
    time: { field: prefix(time.field), what: time.what },
  };
}

/** Refuses a run that cannot fit in memory (always) or would take more than an hour (unless allowLong). */
export function checkEstimate(estimate: Estimate, options: { allowLong: boolean }): void {
  const budget = memoryBudget();
  if (!(estimate.bytes <= budget)) {
    throw new ValidationError(
      estimate.memory.field,
      `this run needs ≈ ${formatBytes(estimate.bytes)} of memory for ${estimate.memory.what}; this machine allows ${formatBytes(budget)} (60% of its RAM)`,
    );
  }
  if (!options.allowLong && !(estimate.seconds <= MAX_SECONDS)) {
    throw new ValidationError(
      estimate.time.field,
      `this run would take ≈ ${formatSeconds(estimate.seconds)} (${estimate.time.what}, estimated at ${ASSUMED_FLOPS / 1e9} GFLOP/s); pass --allow-long to run it anyway`,
    );
  }
}
