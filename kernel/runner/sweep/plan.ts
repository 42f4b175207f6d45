import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ValidationError } from '../../../src/core/errors';
import { parseJson } from '../../../src/experiment/fields';
import { cellSource, readNotebook } from '../notebookFile';
import { checkGrid, GridAxis, GridPoint, gridPoints, notebookParameters, NotebookParameter, pointCount, runKey, sha256, typedValue } from './grid';

/**
 * The plan of a sweep, DIR/plan.json: which notebook (by path and content hash), the grid, the seeds and one entry
 * per run. Both executors and `--collect` read it; a Slurm array task reads its own entry from it, so everything a
 * run needs is on the shared filesystem.
 */

export const PLAN_VERSION = 1;

export interface PlannedRun {
  /** Folder name under DIR/runs: hash of notebook content + parameters. */
  key: string;
  point: GridPoint;
  seed: number;
}

export interface SweepPlan {
  version: number;
  notebook: { path: string; name: string; sha256: string };
  /** The notebook preset the sweep starts from (metadata.labelnoise.presets), or null. */
  preset: string | null;
  /** Parameters set for every run: the preset's values that the grid does not vary. */
  fixed: Record<string, unknown>;
  grid: GridAxis[];
  seeds: number[];
  runs: PlannedRun[];
  /** Per-cell time limit of each run. */
  cellTimeoutMs: number;
  /** Attempts per run: a failed run is retried once. */
  attempts: number;
  /** The executor that was asked to run it. */
  executor: SweepExecutor;
  createdAt: string;
}

export type SweepExecutor = 'local' | 'slurm';

/** The parameters injected into one run: the preset's fixed values, the grid point's values and the seed. */
export function runParams(plan: Pick<SweepPlan, 'fixed'>, run: PlannedRun): Record<string, unknown> {
  return { ...(plan.fixed ?? {}), ...run.point, seed: run.seed };
}

export function planPath(dir: string): string {
  return join(dir, 'plan.json');
}

export function runDir(dir: string, key: string): string {
  return join(dir, 'runs', key);
}

export function resultPath(dir: string, key: string): string {
  return join(runDir(dir, key), 'result.json');
}

/** Writes through a temporary file and a rename, so a reader on a shared filesystem never sees half a file. */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** The notebook, its parameters, presets and content hash, refusing a notebook that cannot be swept. */
export function loadSweepNotebook(path: string): {
  path: string;
  name: string;
  sha256: string;
  params: NotebookParameter[];
  presets: Record<string, Record<string, unknown>>;
  bytes: number;
  hasPlots: boolean;
} {
  const absolute = resolve(path);
  const notebook = readNotebook(absolute);
  const params = notebookParameters(notebook, path);
  checkGrid([], params, path);
  const content = readFileSync(absolute);
  const hasPlots = notebook.cells.some((c) => c.cell_type === 'code' && /\bplot\s*\(/.test(cellSource(c)));
  const declared = (notebook.metadata.labelnoise as { presets?: unknown } | undefined)?.presets;
  const presets = declared && typeof declared === 'object' && !Array.isArray(declared) ? (declared as Record<string, Record<string, unknown>>) : {};
  return { path: absolute, name: basename(absolute).replace(/\.ipynb$/i, ''), sha256: sha256(content), params, presets, bytes: content.length, hasPlots };
}

/** A preset of the notebook (metadata.labelnoise.presets.NAME), each value checked against its parameter. */
export function presetValues(
  notebook: { presets: Record<string, Record<string, unknown>>; params: NotebookParameter[] },
  name: string,
  field = '--preset',
): Record<string, unknown> {
  const preset = notebook.presets[name];
  if (!preset || typeof preset !== 'object' || Array.isArray(preset)) {
    throw new ValidationError(
      field,
      `${JSON.stringify(name)} is not a preset of the notebook (presets: ${Object.keys(notebook.presets).join(', ') || 'none'})`,
    );
  }
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(preset)) {
    const param = notebook.params.find((p) => p.name === key);
    if (!param)
      throw new ValidationError(`${field} ${name}.${key}`, `not a parameter of the notebook (parameters: ${notebook.params.map((p) => p.name).join(', ')})`);
    values[key] = typedValue(param, value, `${field} ${name}.${key}`);
  }
  return values;
}

export function buildPlan(
  notebook: { path: string; name: string; sha256: string },
  grid: GridAxis[],
  seeds: number[],
  options: { cellTimeoutMs: number; executor: SweepExecutor; preset?: { name: string; values: Record<string, unknown> } },
): SweepPlan {
  // the grid and the seeds override a preset's values
  const fixed = Object.fromEntries(Object.entries(options.preset?.values ?? {}).filter(([k]) => k !== 'seed' && !grid.some((a) => a.name === k)));
  const runs = gridPoints(grid).flatMap((point) => seeds.map((seed) => ({ key: runKey(notebook.sha256, { ...fixed, ...point, seed }), point, seed })));
  return {
    version: PLAN_VERSION,
    notebook,
    preset: options.preset?.name ?? null,
    fixed,
    grid,
    seeds,
    runs,
    cellTimeoutMs: options.cellTimeoutMs,
    attempts: 2,
    executor: options.executor,
    createdAt: new Date().toISOString(),
  };
}

export function writePlan(dir: string, plan: SweepPlan): void {
  writeFileAtomic(planPath(dir), JSON.stringify(plan, null, 1) + '\n');
}

export function readPlan(dir: string): SweepPlan {
  const path = planPath(dir);
  if (!existsSync(path)) throw new ValidationError(dir, 'is not a sweep folder (no plan.json)');
  const plan = parseJson(readFileSync(path, 'utf8'), path) as SweepPlan;
  if (plan?.version !== PLAN_VERSION || !Array.isArray(plan.runs)) throw new ValidationError(path, `expected a sweep plan of version ${PLAN_VERSION}`);
  return plan;
}

/** Bytes under a folder (files only; a missing folder is 0). */
function folderBytes(path: string): number {
  if (!existsSync(path)) return 0;
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    total += entry.isDirectory() ? folderBytes(full) : statSync(full).size;
  }
  return total;
}

const PLOTLY_BYTES = 4_900_000;

/**
 * Disk one run is expected to take: the mean size of runs already finished in DIR when there are some; otherwise the
 * executed notebook and its page, each about the notebook's size, plus plotly.js inlined twice (once in the first
 * figure's output, once in the page) when the notebook draws figures, plus the result file.
 */
export function bytesPerRun(dir: string, notebook: { bytes: number; hasPlots: boolean }): number {
  const runs = join(dir, 'runs');
  if (existsSync(runs)) {
    const sizes = readdirSync(runs)
      .filter((k) => existsSync(join(runs, k, 'result.json')))
      .slice(0, 20)
      .map((k) => folderBytes(join(runs, k)));
    if (sizes.length > 0) return Math.ceil(sizes.reduce((a, b) => a + b, 0) / sizes.length);
  }
  return 2 * notebook.bytes + (notebook.hasPlots ? 2 * PLOTLY_BYTES : 0) + 16_384;
}

/** Free bytes for an unprivileged writer on the filesystem that holds `dir` (or its nearest existing parent). */
export function freeBytes(dir: string): number {
  let path = resolve(dir);
  while (!existsSync(path) && dirname(path) !== path) path = dirname(path);
  const stats = statfsSync(path);
  return Number(stats.bavail) * Number(stats.bsize);
}

function megabytes(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

/**
 * Refuses a sweep whose estimated output does not fit the output folder's free disk, before anything runs. The
 * count is computed from the grid's size, so a huge grid is refused without being expanded.
 */
export function checkDiskSpace(runCount: number, perRun: number, dir: string, free = freeBytes(dir)): void {
  const needed = runCount * perRun + 5_000_000; // + the sweep page with plotly.js inlined
  if (needed > free) {
    throw new ValidationError(
      '--grid/--seeds',
      `${runCount} runs need about ${megabytes(needed)} (${megabytes(perRun)} per run) but ${dir} has ${megabytes(free)} free; shrink the grid or the seed range, or choose another --out`,
    );
  }
}

/** Largest plan accepted (one entry per run in plan.json). */
export const MAX_RUNS = 1_000_000;

export function checkRunCount(grid: GridAxis[], seedCount: number): number {
  const count = pointCount(grid) * seedCount;
  if (count > MAX_RUNS) throw new ValidationError('--grid/--seeds', `${count} runs is more than ${MAX_RUNS}; split the sweep`);
  return count;
}
