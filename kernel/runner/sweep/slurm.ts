import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ValidationError } from '../../../src/core/errors';
import { SweepPlan, writeFileAtomic } from './plan';
import { isFinished, readResult } from './task';

/**
 * The Slurm executor. A sweep's pending runs become one job array (one array task per grid point × seed), written as
 * DIR/slurm/sweep-STAMP.sbatch and submitted with `sbatch --parsable`; each task runs
 * `node …/dist/src/cli/main.js sweep --task DIR/slurm/batch-STAMP.json $SLURM_ARRAY_TASK_ID`, which executes one
 * run and writes its files under DIR/runs/KEY/. DIR and this package must be on a filesystem the compute nodes
 * share. Waiting is polling `squeue` for the job; nothing of ours runs besides the array tasks.
 */

export interface SlurmOptions {
  /** --time: minutes, MM:SS, HH:MM:SS or D-HH:MM:SS; estimated when absent. */
  time?: string;
  /** --mem, e.g. 4G. */
  mem: string;
  cpusPerTask: number;
  partition?: string;
  /** At most this many array tasks at once (`--array=…%N`); unlimited when absent. */
  throttle?: number;
  /** Extra `#SBATCH` options, e.g. --account=proj. */
  extra: string[];
}

export interface SlurmJob {
  jobId: string;
  script: string;
  batch: string;
  tasks: number;
  submittedAt: string;
  time: string;
  timeSource: string;
}

export const DEFAULT_MEM = '4G';
export const DEFAULT_TIME_WITHOUT_MEASUREMENT = '01:00:00';

const TIME = /^(\d+|\d+:\d{2}|\d+:\d{2}:\d{2}|\d+-\d+|\d+-\d+:\d{2}|\d+-\d+:\d{2}:\d{2})$/;

export function checkSlurmTime(value: string, field = '--time'): string {
  if (!TIME.test(value))
    throw new ValidationError(field, `expected Slurm's time format (minutes, MM:SS, HH:MM:SS or D-HH:MM:SS), got ${JSON.stringify(value)}`);
  return value;
}

export function checkSlurmMem(value: string, field = '--mem'): string {
  if (!/^\d+[KMGT]?$/i.test(value)) throw new ValidationError(field, `expected a size like 4G or 500M, got ${JSON.stringify(value)}`);
  return value.toUpperCase();
}

function hhmmss(seconds: number): string {
  const s = Math.ceil(seconds);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/**
 * A task's time limit when --time is not given: three times the longest run already finished in DIR (a retry plus
 * margin), at least 10 minutes; with nothing measured yet, one hour (the project's notebooks run their defaults
 * in ≤ 5 minutes).
 */
export function estimateTime(dir: string, plan: SweepPlan): { time: string; source: string } {
  const seconds = plan.runs
    .map((r) => readResult(dir, r.key))
    .filter((r) => r?.ok)
    .map((r) => r!.seconds / Math.max(1, r!.attempts));
  if (seconds.length === 0) return { time: DEFAULT_TIME_WITHOUT_MEASUREMENT, source: 'default: no run measured yet' };
  const longest = Math.max(...seconds.slice(0, 10_000));
  return { time: hhmmss(Math.max(600, 3 * longest)), source: `3 × the longest measured run (${longest.toFixed(1)} s), at least 10 min` };
}

/** The compiled CLI the array tasks run: this package's dist/src/cli/main.js. */
export function cliEntry(): string {
  let dir = __dirname;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'labelnoise') {
          const main = join(dir, 'dist', 'src', 'cli', 'main.js');
          if (!existsSync(main)) throw new ValidationError('--executor slurm', `${main} does not exist: run npm run build first`);
          return main;
        }
      } catch (e) {
        if (e instanceof ValidationError) throw e;
      }
    }
    if (dirname(dir) === dir) throw new ValidationError('--executor slurm', 'cannot find the labelnoise package root');
    dir = dirname(dir);
  }
}

function run(command: string, args: string[], timeoutMs = 60_000): { status: number | null; stdout: string; stderr: string; error?: Error } {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: timeoutMs });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

/** True when sbatch and squeue are on PATH. */
export function slurmAvailable(): boolean {
  return run('sbatch', ['--version']).status === 0 && run('squeue', ['--version']).status === 0;
}

/** The cluster's MaxArraySize (array task ids must stay below it); Slurm's default 1001 when it cannot be read. */
export function maxArraySize(): number {
  const r = run('scontrol', ['show', 'config']);
  const m = /^\s*MaxArraySize\s*=\s*(\d+)/m.exec(r.stdout);
  return m ? Number(m[1]) : 1001;
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The job-array script for `tasks` array tasks running the runs listed in `batch`. */
export function arrayScript(options: { dir: string; batch: string; tasks: number; name: string; time: string } & SlurmOptions): string {
  const logs = join(options.dir, 'slurm', 'logs');
  const array = `0-${options.tasks - 1}${options.throttle ? `%${options.throttle}` : ''}`;
  const lines = [
    '#!/bin/bash',
    `#SBATCH --job-name=labelnoise-sweep-${options.name.replace(/[^\w.-]/g, '_')}`,
    `#SBATCH --array=${array}`,
    `#SBATCH --time=${options.time}`,
    `#SBATCH --mem=${options.mem}`,
    `#SBATCH --cpus-per-task=${options.cpusPerTask}`,
    `#SBATCH --output=${logs}/%A_%a.out`,
    ...(options.partition ? [`#SBATCH --partition=${options.partition}`] : []),
    ...options.extra.map((e) => `#SBATCH ${e}`),
    '# One labelnoise run per array task: task i runs entry i of the batch file and writes DIR/runs/KEY/.',
    '# DIR and the labelnoise package must be on a filesystem shared with the compute nodes.',
    'set -euo pipefail',
    `exec ${shellQuote(process.execPath)} ${shellQuote(cliEntry())} sweep --task ${shellQuote(options.batch)} "$SLURM_ARRAY_TASK_ID"`,
    '',
  ];
  return lines.join('\n');
}

export function jobPath(dir: string): string {
  return join(dir, 'slurm', 'job.json');
}

export function readJob(dir: string): SlurmJob | null {
  const path = jobPath(dir);
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as SlurmJob;
  } catch {
    return null;
  }
}

/**
 * Array tasks of the job still queued or running (`squeue -r` lists one line per task); 0 once the job left the
 * queue (squeue forgets finished jobs, and says "Invalid job id" after MinJobAge). null when squeue itself failed.
 */
export function activeTasks(jobId: string): number | null {
  const r = run('squeue', ['-h', '-r', '-j', jobId, '-o', '%T']);
  if (r.status === 0) return r.stdout.split('\n').filter((l) => l.trim() !== '').length;
  if (/invalid job id/i.test(r.stderr)) return 0;
  return null;
}

/**
 * Writes the batch file (a plan holding only the pending runs) and the array script, and submits it. Refuses when
 * an earlier job of the same folder is still in the queue: two jobs would run the same runs.
 */
export function submitSweep(dir: string, plan: SweepPlan, pending: SweepPlan['runs'], options: SlurmOptions): SlurmJob {
  if (/\s/.test(resolve(dir))) throw new ValidationError('--out', `Slurm's #SBATCH lines cannot quote a path with spaces: ${dir}`);
  const previous = readJob(dir);
  if (previous) {
    const active = activeTasks(previous.jobId);
    if (active !== null && active > 0)
      throw new ValidationError(
        '--out',
        `Slurm job ${previous.jobId} of this sweep still has ${active} tasks queued or running; wait for it or run labelnoise sweep --collect ${dir}`,
      );
  }
  const limit = maxArraySize();
  if (pending.length > limit - 1)
    throw new ValidationError('--grid/--seeds', `${pending.length} array tasks exceed the cluster's MaxArraySize ${limit}; split the sweep`);
  const slurmDir = join(dir, 'slurm');
  mkdirSync(join(slurmDir, 'logs'), { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  const batch = join(slurmDir, `batch-${stamp}.json`);
  writeFileAtomic(batch, JSON.stringify({ ...plan, runs: pending }, null, 1) + '\n');
  const estimate = options.time ? { time: options.time, source: '--time' } : estimateTime(dir, plan);
  const script = join(slurmDir, `sweep-${stamp}.sbatch`);
  writeFileSync(
    script,
    arrayScript({ ...options, dir: resolve(dir), batch: resolve(batch), tasks: pending.length, name: plan.notebook.name, time: estimate.time }),
  );
  chmodSync(script, 0o755);
  const r = run('sbatch', ['--parsable', script]);
  if (r.error || r.status !== 0) throw new Error(`sbatch failed (exit ${r.status}): ${(r.stderr || r.error?.message || '').trim()}`);
  const jobId = r.stdout.trim().split(';')[0];
  if (!/^\d+$/.test(jobId)) throw new Error(`sbatch --parsable printed ${JSON.stringify(r.stdout)}, not a job id`);
  const job: SlurmJob = {
    jobId,
    script,
    batch,
    tasks: pending.length,
    submittedAt: new Date().toISOString(),
    time: estimate.time,
    timeSource: estimate.source,
  };
  writeFileAtomic(jobPath(dir), JSON.stringify(job, null, 1) + '\n');
  return job;
}

/** Polls squeue until the job has left the queue, reporting progress (runs of the batch with a result) as it changes. */
export async function waitForJob(dir: string, job: SlurmJob, options: { pollMs: number; log?: (m: string) => void }): Promise<void> {
  const batch = JSON.parse(readFileSync(job.batch, 'utf8')) as SweepPlan;
  let lastReport = '';
  let failures = 0;
  for (;;) {
    const active = activeTasks(job.jobId);
    if (active === null) {
      if (++failures >= 20) throw new Error(`squeue keeps failing for job ${job.jobId}; the job may still run: labelnoise sweep --collect ${dir} later`);
    } else failures = 0;
    const finished = batch.runs.filter((r) => isFinished(dir, r)).length;
    const report = `job ${job.jobId}: ${finished}/${batch.runs.length} runs finished, ${active ?? '?'} tasks queued or running`;
    if (report !== lastReport) options.log?.(report);
    lastReport = report;
    if (active === 0) return;
    await new Promise((r) => setTimeout(r, options.pollMs));
  }
}

/** Runs of the batch that have no result: their array task died (time limit, memory, node failure) before writing one. */
export function unfinishedTasks(dir: string, job: SlurmJob): { task: number; log: string }[] {
  const batch = JSON.parse(readFileSync(job.batch, 'utf8')) as SweepPlan;
  return batch.runs
    .map((r, task) => ({ task, key: r.key }))
    .filter(({ key }) => readResult(dir, key) === null)
    .map(({ task }) => ({ task, log: join(dir, 'slurm', 'logs', `${job.jobId}_${task}.out`) }));
}
