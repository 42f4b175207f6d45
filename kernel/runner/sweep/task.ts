import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, resolve } from 'node:path';
import { ValidationError } from '../../../src/core/errors';
import { BoundCheck } from '../../../src/theory/checks';
import { runNotebookFile } from '../report';
import { sha256 } from './grid';
import { PlannedRun, resultPath, runDir, runParams, SweepPlan, writeFileAtomic } from './plan';

/**
 * One run of a sweep, the same code for both executors: the local executor calls it in-process, a Slurm array task
 * calls it through `labelnoise sweep --task DIR INDEX`. It writes DIR/runs/KEY/NAME.ipynb (executed), NAME.html and
 * result.json (last, atomically: its presence marks the run done).
 */

/** What the aggregation needs of one check. */
export interface CheckSummary {
  kind: BoundCheck['kind'];
  verdict: BoundCheck['verdict'];
  lhs: number | null;
  rhs: number | null;
  relation: BoundCheck['relation'];
  name: string;
  source: string;
  details: BoundCheck['details'];
}

export interface RunResult {
  key: string;
  notebook: string;
  notebookSha256: string;
  point: Record<string, unknown>;
  seed: number;
  params: Record<string, unknown>;
  ok: boolean;
  attempts: number;
  seconds: number;
  failure: { cell: number; message: string } | null;
  /** Keyed by check id; a repeated id gets "#2", "#3"… */
  checks: Record<string, CheckSummary>;
  host: string;
  finishedAt: string;
  /** The executed notebook and its page, relative to the run's folder. */
  ipynb: string | null;
  html: string | null;
}

/** JSON has no NaN or ±∞: a non-finite side is stored as null (and counted as such in the distributions). */
function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

export function summarizeChecks(checks: BoundCheck[]): Record<string, CheckSummary> {
  const out: Record<string, CheckSummary> = {};
  for (const check of checks) {
    let id = String(check.id ?? check.name);
    for (let n = 2; id in out; n++) id = `${check.id}#${n}`;
    out[id] = {
      kind: check.kind,
      verdict: check.verdict,
      lhs: finiteOrNull(check.lhs),
      rhs: finiteOrNull(check.rhs),
      relation: check.relation,
      name: check.name,
      source: check.source,
      details: check.details ?? {},
    };
  }
  return out;
}

/** The finished result of a run, or null when it has not finished (or its result is unreadable). */
export function readResult(dir: string, key: string): RunResult | null {
  const path = resultPath(dir, key);
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as RunResult;
  } catch {
    return null;
  }
}

/** A run is done when it finished with all cells run; a failed run is attempted again by the next sweep. */
export function isFinished(dir: string, run: PlannedRun): boolean {
  return readResult(dir, run.key)?.ok === true;
}

/**
 * Runs one planned run, retrying once on failure, and writes its result. The notebook must still have the content
 * the plan was made from: the key promises exactly that.
 */
export async function runPlannedRun(dir: string, plan: SweepPlan, run: PlannedRun, options: { log?: (m: string) => void } = {}): Promise<RunResult> {
  const out = runDir(dir, run.key);
  const params = runParams(plan, run);
  const started = Date.now();
  let attempts = 0;
  let failure: RunResult['failure'] = null;
  let checks: Record<string, CheckSummary> = {};
  let files: { ipynb: string | null; html: string | null } = { ipynb: null, html: null };
  let current: string;
  try {
    current = sha256(readFileSync(plan.notebook.path));
  } catch (e) {
    current = `unreadable: ${(e as Error).message}`;
  }
  if (current !== plan.notebook.sha256) {
    failure = {
      cell: -1,
      message: `${plan.notebook.path} changed since the sweep was planned (${current.slice(0, 12)} ≠ ${plan.notebook.sha256.slice(0, 12)}); run labelnoise sweep again to plan it anew`,
    };
  } else {
    while (attempts < plan.attempts) {
      attempts++;
      try {
        const r = await runNotebookFile(plan.notebook.path, { outDir: out, params, cellTimeoutMs: plan.cellTimeoutMs });
        files = { ipynb: r.ipynb, html: r.html };
        checks = summarizeChecks(r.verdicts.map((v) => v.check));
        failure = r.ok ? null : (r.failure ?? { cell: -1, message: 'failed' });
      } catch (e) {
        if (e instanceof ValidationError) throw e;
        failure = { cell: -1, message: (e as Error).message };
      }
      if (failure === null) break;
      options.log?.(`${plan.notebook.name} ${describeRun(run)}: attempt ${attempts} failed at cell ${failure.cell}: ${failure.message}`);
    }
  }
  const result: RunResult = {
    key: run.key,
    notebook: plan.notebook.name,
    notebookSha256: plan.notebook.sha256,
    point: run.point,
    seed: run.seed,
    params,
    ok: failure === null,
    attempts,
    seconds: (Date.now() - started) / 1000,
    failure,
    checks,
    host: hostname(),
    finishedAt: new Date().toISOString(),
    ...files,
  };
  writeFileAtomic(resultPath(dir, run.key), JSON.stringify(result, null, 1) + '\n');
  return result;
}

/** "noise=0.5 seed=3": the grid point and seed of a run (fixed preset values left out), for progress lines. */
export function describeRun(run: PlannedRun): string {
  return Object.entries({ ...run.point, seed: run.seed })
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' ');
}

/**
 * A Slurm array task: entry `index` of a batch file (a plan holding the runs one submission covers, written to
 * DIR/slurm/batch-STAMP.json), run into DIR. Returns the result, whose `ok` decides the task's exit code.
 */
export async function runBatchTask(batchPath: string, index: number, options: { log?: (m: string) => void } = {}): Promise<RunResult> {
  let batch: SweepPlan;
  try {
    batch = JSON.parse(readFileSync(batchPath, 'utf8')) as SweepPlan;
  } catch (e) {
    throw new ValidationError('--task', `cannot read the batch file ${batchPath}: ${(e as Error).message}`);
  }
  const run = batch.runs?.[index];
  if (!run) throw new ValidationError('--task', `the batch ${batchPath} has no task ${index} (it has ${batch.runs?.length ?? 0})`);
  const dir = dirname(dirname(resolve(batchPath)));
  return runPlannedRun(dir, batch, run, options);
}
