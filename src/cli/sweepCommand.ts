import { logger } from './notebookCommands';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ValidationError } from '../core/errors';
import { describe } from '../core/validate';
import { parseJson } from '../experiment/fields';
import { configAxis, GridAxis, parseGridOption, parseSeeds, pointCount } from '../../kernel/runner/sweep/grid';
import { pendingRuns, runLocal, writeSweepOutputs } from '../../kernel/runner/sweep/local';
import {
  buildPlan,
  bytesPerRun,
  checkDiskSpace,
  checkRunCount,
  loadSweepNotebook,
  presetValues,
  readPlan,
  SweepExecutor,
  writePlan,
} from '../../kernel/runner/sweep/plan';
import {
  activeTasks,
  checkSlurmMem,
  checkSlurmTime,
  DEFAULT_MEM,
  readJob,
  slurmAvailable,
  SlurmOptions,
  submitSweep,
  unfinishedTasks,
  waitForJob,
} from '../../kernel/runner/sweep/slurm';
import { runBatchTask } from '../../kernel/runner/sweep/task';
import { SweepAggregate } from '../../kernel/runner/sweep/aggregate';
import { parseArgs } from './args';
import { readTextFile } from './files';

const DEFAULT_CELL_TIMEOUT_S = 600;
const DEFAULT_LOCAL_JOBS = 2;
const POLL_MS = 3000;

export const SWEEP_HELP = `Usage: labelnoise sweep NOTEBOOK.ipynb --seeds A..B [--grid key=v1,v2,… ...] [options]
       labelnoise sweep --config sweep.json [options]
       labelnoise sweep --collect DIR

Runs NOTEBOOK once per grid point × seed: the grid's values and the seed are injected after the notebook's cell
tagged "parameters" (which must declare \`seed\`), each run in its own kernel. Every run keeps its executed notebook,
its page and result.json (verdict, kind, LHS and RHS per check id) in DIR/runs/KEY/, KEY a hash of the notebook's
content and the run's parameters: a rerun skips finished runs, and a failed run is retried once, then reported.
The aggregate — per grid point and check, the success fraction over seeds with a Clopper–Pearson interval, LHS/RHS
min/median/max, and plots of the verdict rate against each grid variable — is written to DIR/index.html (offline,
plotly.js inlined) and DIR/sweep.json. A check that states "with probability ≥ 1 − δ" (details.claimedProbability
or details.delta) is reported violated when the whole interval lies below 1 − δ.

  --grid key=v1,v2,…   values of one parameter (repeat for more; the grid is their product). Values are typed like
                       the parameter's default: 0.1 for a number, relu for a string, true for a boolean;
                       key=[…] gives a JSON array of values (for values with commas)
  --seeds A..B         the seeds (inclusive range), or a list 1,5,9
  --preset NAME        start every run from the notebook's preset (metadata.labelnoise.presets.NAME, e.g. smoke);
                       the grid and the seeds override its values
  --out DIR            sweep folder (default: reports/sweeps/NOTEBOOK, which the report index links)
  --jobs J             local: runs at once (default: cores, at most ${DEFAULT_LOCAL_JOBS}); slurm: array tasks at once (default: no limit)
  --timeout SECONDS    per-cell limit of each run (default ${DEFAULT_CELL_TIMEOUT_S})
  --executor local|slurm   where runs execute (default local)
  --dry-run            check everything and print the plan's size, then stop (nothing is written)
  --quiet              no progress lines on stderr

Slurm (--executor slurm): one job array, one task per pending run, submitted with sbatch; DIR and this package
must be on a filesystem the compute nodes share (see README, Sweeps).
  --time T             per-task limit, Slurm format (default: 3 × the longest run measured in DIR, else 01:00:00)
  --mem M              per-task memory (default ${DEFAULT_MEM})
  --cpus-per-task N    (default 1)
  --partition P        partition (default: the cluster's default)
  --sbatch OPT         an extra #SBATCH option, e.g. --sbatch=--account=proj (repeatable)
  --detach             submit and return; gather later with labelnoise sweep --collect DIR
  --collect DIR        aggregate whatever runs of DIR have finished and rewrite its page

--config FILE gives the same fields as JSON: {"notebook", "preset", "grid": {"key": [values]}, "seeds": "1..10" or [..],
"out", "jobs", "timeout", "executor", "time", "mem", "cpusPerTask", "partition", "sbatch": [..], "detach"};
paths in it are relative to the file, and command-line options override it.
Exit 0 when every run finished, 1 when a run failed or did not finish, 2 on bad input (refused before anything runs).`;

const CONFIG_FIELDS = [
  'notebook',
  'preset',
  'grid',
  'seeds',
  'out',
  'jobs',
  'timeout',
  'executor',
  'time',
  'mem',
  'cpusPerTask',
  'partition',
  'sbatch',
  'detach',
] as const;
type SweepConfig = Partial<Record<(typeof CONFIG_FIELDS)[number], unknown>>;

function readConfig(path: string): { config: SweepConfig; base: string } {
  const json = parseJson(readTextFile(path, '--config'), path);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new ValidationError(path, `expected an object, got ${describe(json)}`);
  for (const key of Object.keys(json)) {
    if (!(CONFIG_FIELDS as readonly string[]).includes(key))
      throw new ValidationError(`${path}: ${key}`, `unknown field; expected one of ${CONFIG_FIELDS.join(', ')}`);
  }
  return { config: json as SweepConfig, base: dirname(resolve(path)) };
}

function stringField(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw new ValidationError(field, `expected a non-empty string, got ${describe(value)}`);
  return value;
}

function positiveInteger(value: unknown, field: string): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) throw new ValidationError(field, `expected a whole number ≥ 1, got ${JSON.stringify(value)}`);
  return n;
}

function summaryLine(agg: SweepAggregate, page: string): string {
  const t = agg.totals;
  const violated = agg.points.flatMap((p) =>
    p.checks
      .filter((c) => c.verdict === 'violated')
      .map(
        (c) =>
          `${c.id} at ${
            Object.entries(p.point)
              .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
              .join(' ') || 'all seeds'
          }`,
      ),
  );
  const rates = agg.points.flatMap((p) =>
    p.checks.map(
      (c) =>
        `  ${
          Object.entries(p.point)
            .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
            .join(' ') || '(seeds)'
        } ${c.id}: ` +
        `${c.rate === null ? 'no run met the hypotheses' : `${c.holds}/${c.applicable} held [${c.interval![0].toFixed(3)}, ${c.interval![1].toFixed(3)}]`}` +
        `${c.verdict === null ? '' : ` — claim ≥ ${c.claimedProbability}: ${c.verdict === 'holds' ? 'consistent' : c.verdict}`}`,
    ),
  );
  return [
    `sweep ${agg.notebook.name}: ${t.planned} runs, ${t.finished} finished, ${t.failed} failed, ${t.missing} not finished; ${agg.checkIds.length} checks at ${agg.points.length} grid points` +
      `${violated.length ? `; claims contradicted: ${violated.join(', ')}` : ''}`,
    ...rates.slice(0, 40),
    ...(rates.length > 40 ? [`  … ${rates.length - 40} more in the page`] : []),
    `open ${page}`,
  ].join('\n');
}

function finish(dir: string, log: (m: string) => void): number {
  const { aggregate, page } = writeSweepOutputs(dir);
  console.log(summaryLine(aggregate, page));
  for (const r of aggregate.problems.slice(0, 20)) {
    log(
      `  ${r.status === 'failed' ? 'failed' : 'not finished'}: ${Object.entries({ ...r.point, seed: r.seed })
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
        .join(' ')}${r.failure ? ` at cell ${r.failure.cell}: ${r.failure.message}` : ''}`,
    );
  }
  return aggregate.totals.finished === aggregate.totals.planned ? 0 : 1;
}

async function collect(dir: string, log: (m: string) => void): Promise<number> {
  readPlan(dir); // refuses a folder that is not a sweep
  const job = readJob(dir);
  if (job) {
    const active = activeTasks(job.jobId);
    if (active === null) log(`could not ask squeue about Slurm job ${job.jobId}; aggregating what has finished`);
    else if (active > 0) log(`Slurm job ${job.jobId} still has ${active} tasks queued or running; aggregating what has finished`);
    else for (const t of unfinishedTasks(dir, job).slice(0, 10)) log(`  array task ${t.task} left no result; its log: ${t.log}`);
  }
  return finish(dir, log);
}

export async function sweepCommand(argv: string[]): Promise<number> {
  const { options, lists, positional } = parseArgs(
    argv,
    ['seeds', 'out', 'jobs', 'timeout', 'executor', 'time', 'mem', 'cpus-per-task', 'partition', 'config', 'collect', 'task', 'preset'],
    ['detach', 'quiet', 'dry-run'],
    ['grid', 'sbatch'],
  );
  const log = logger(options.get('quiet') === true);

  // hidden: one Slurm array task (labelnoise sweep --task BATCH.json INDEX)
  const task = options.get('task');
  if (task !== undefined) {
    if (typeof task !== 'string' || positional.length !== 1) throw new ValidationError('--task', 'expected --task BATCH.json INDEX');
    const index = Number(positional[0]);
    if (!Number.isInteger(index) || index < 0) throw new ValidationError('--task', `expected a task index ≥ 0, got ${JSON.stringify(positional[0])}`);
    const result = await runBatchTask(task, index, { log: (m) => console.log(m) });
    console.log(
      `${result.key}: ${result.ok ? 'ok' : `failed after ${result.attempts} attempts at cell ${result.failure?.cell}: ${result.failure?.message}`} (${result.seconds.toFixed(1)} s)`,
    );
    return result.ok ? 0 : 1;
  }

  const collectDir = options.get('collect');
  if (collectDir !== undefined) {
    if (typeof collectDir !== 'string') throw new ValidationError('--collect', 'needs the sweep folder');
    const extra = [...options.keys()].filter((k) => k !== 'collect' && k !== 'quiet');
    if (positional.length > 0 || extra.length > 0 || lists.size > 0)
      throw new ValidationError(
        '--collect',
        `takes only the sweep folder (and --quiet), got ${[...positional, ...extra.map((k) => `--${k}`), ...[...lists.keys()].map((k) => `--${k}`)].join(', ')}`,
      );
    return collect(resolve(collectDir), log);
  }

  const configPath = options.get('config');
  const { config, base } = typeof configPath === 'string' ? readConfig(configPath) : { config: {} as SweepConfig, base: process.cwd() };
  const fromConfig = (path: string | undefined) => (path === undefined ? undefined : resolve(base, path));

  if (positional.length > 1) throw new ValidationError(positional[1], 'unexpected argument: give one notebook');
  const notebookPath = positional[0] ?? fromConfig(stringField(config.notebook, 'config.notebook'));
  if (notebookPath === undefined) throw new ValidationError('NOTEBOOK', 'give the notebook to sweep (or "notebook" in --config)');
  const notebook = loadSweepNotebook(notebookPath);

  // grid: the config's axes, then the command line's (an axis given in both takes the command line's values)
  const axes: GridAxis[] = [];
  if (config.grid !== undefined) {
    if (typeof config.grid !== 'object' || config.grid === null || Array.isArray(config.grid))
      throw new ValidationError('config.grid', `expected an object of value arrays, got ${describe(config.grid)}`);
    for (const [name, values] of Object.entries(config.grid)) axes.push(configAxis(name, values, notebook.params, `config.grid.${name}`));
  }
  const cliAxes = new Set<string>();
  for (const text of lists.get('grid') ?? []) {
    const axis = parseGridOption(text, notebook.params);
    if (cliAxes.has(axis.name)) throw new ValidationError(`--grid ${axis.name}`, 'given twice; list all its values in one --grid');
    cliAxes.add(axis.name);
    const at = axes.findIndex((a) => a.name === axis.name);
    if (at >= 0) axes[at] = axis;
    else axes.push(axis);
  }

  const seedsSpec = options.get('seeds') ?? config.seeds;
  if (seedsSpec === undefined || seedsSpec === true) throw new ValidationError('--seeds', 'is required, e.g. --seeds 1..10');
  const seeds = parseSeeds(seedsSpec, options.has('seeds') ? '--seeds' : 'config.seeds');

  const executor = (options.get('executor') ?? stringField(config.executor, 'config.executor') ?? 'local') as string;
  if (executor !== 'local' && executor !== 'slurm') throw new ValidationError('--executor', `expected local or slurm, got ${JSON.stringify(executor)}`);
  const detach = options.get('detach') === true || config.detach === true;
  if (config.detach !== undefined && typeof config.detach !== 'boolean')
    throw new ValidationError('config.detach', `expected true or false, got ${describe(config.detach)}`);
  const jobs = positiveInteger(options.get('jobs') ?? config.jobs, options.has('jobs') ? '--jobs' : 'config.jobs');
  const timeoutS = positiveInteger(options.get('timeout') ?? config.timeout, options.has('timeout') ? '--timeout' : 'config.timeout') ?? DEFAULT_CELL_TIMEOUT_S;
  const slurmFlags = ['time', 'mem', 'cpus-per-task', 'partition'].filter((k) => options.has(k));
  if (executor === 'local') {
    if (detach) throw new ValidationError('--detach', 'only with --executor slurm (a local sweep runs in this process)');
    if (slurmFlags.length || lists.has('sbatch')) throw new ValidationError(`--${slurmFlags[0] ?? 'sbatch'}`, 'only with --executor slurm');
  }
  const slurm: SlurmOptions = {
    time: (() => {
      const t = options.get('time') ?? config.time;
      return t === undefined ? undefined : checkSlurmTime(String(t), options.has('time') ? '--time' : 'config.time');
    })(),
    mem: checkSlurmMem(String(options.get('mem') ?? stringField(config.mem, 'config.mem') ?? DEFAULT_MEM), options.has('mem') ? '--mem' : 'config.mem'),
    cpusPerTask:
      positiveInteger(options.get('cpus-per-task') ?? config.cpusPerTask, options.has('cpus-per-task') ? '--cpus-per-task' : 'config.cpusPerTask') ?? 1,
    partition: (options.get('partition') as string | undefined) ?? stringField(config.partition, 'config.partition'),
    throttle: jobs,
    extra: [
      ...(config.sbatch === undefined
        ? []
        : Array.isArray(config.sbatch) && config.sbatch.every((s) => typeof s === 'string' && s.startsWith('--'))
          ? (config.sbatch as string[])
          : (() => {
              throw new ValidationError('config.sbatch', 'expected an array of options like "--account=proj"');
            })()),
      ...(lists.get('sbatch') ?? []).map((s) => {
        if (!s.startsWith('--') || /\n/.test(s)) throw new ValidationError('--sbatch', `expected one option like --account=proj, got ${JSON.stringify(s)}`);
        return s;
      }),
    ],
  };

  const out = resolve(
    (options.get('out') as string | undefined) ?? fromConfig(stringField(config.out, 'config.out')) ?? join('reports', 'sweeps', notebook.name),
  );
  const presetName = (options.get('preset') as string | undefined) ?? stringField(config.preset, 'config.preset');
  const preset =
    presetName === undefined
      ? undefined
      : { name: presetName, values: presetValues(notebook, presetName, options.has('preset') ? '--preset' : 'config.preset') };
  // disk first: a grid too large for the disk is refused as such, whatever its count
  const perRun = bytesPerRun(out, notebook);
  checkDiskSpace(pointCount(axes) * seeds.length, perRun, out);
  checkRunCount(axes, seeds.length);
  const dryRun = options.get('dry-run') === true;
  if (executor === 'slurm' && !dryRun && !slurmAvailable())
    throw new ValidationError('--executor slurm', 'sbatch/squeue not found on PATH (is this a Slurm login node?)');

  const plan = buildPlan({ path: notebook.path, name: notebook.name, sha256: notebook.sha256 }, axes, seeds, {
    cellTimeoutMs: timeoutS * 1000,
    executor: executor as SweepExecutor,
    preset,
  });
  const presetText = plan.preset
    ? `preset ${plan.preset}${
        Object.keys(plan.fixed).length
          ? ` (${Object.entries(plan.fixed)
              .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
              .join(' ')})`
          : ''
      }, `
    : '';
  if (dryRun) {
    const pending = pendingRuns(out, plan).length;
    console.log(
      `${notebook.name}: ${plan.runs.length} runs (${presetText}${axes.map((a) => `${a.name} ∈ {${a.values.map((v) => JSON.stringify(v)).join(', ')}}`).join(' × ') || 'no grid'}; ${seeds.length} seeds), ` +
        `${plan.runs.length - pending} already finished in ${out}; about ${((pending * perRun) / 1e6).toFixed(1)} MB to write; executor ${executor}. Nothing was run (--dry-run).`,
    );
    return 0;
  }
  const previous = readJob(out);
  if (executor === 'local' && previous) {
    const active = activeTasks(previous.jobId);
    if (active !== null && active > 0)
      throw new ValidationError(
        '--out',
        `Slurm job ${previous.jobId} of this sweep still has ${active} tasks queued or running; wait for it or run labelnoise sweep --collect ${out}`,
      );
  }
  writePlan(out, plan);
  log(
    `sweep ${notebook.name}: ${plan.runs.length} runs (${presetText}${axes.map((a) => `${a.name} × ${a.values.length}`).join(', ') || 'no grid'}, ${seeds.length} seeds) into ${out}`,
  );

  if (executor === 'local') {
    await runLocal(out, plan, { jobs: jobs ?? Math.min(DEFAULT_LOCAL_JOBS, availableParallelism()), log });
    return finish(out, log);
  }
  const pending = pendingRuns(out, plan).map((p) => p.run);
  if (pending.length === 0) {
    log(`all ${plan.runs.length} runs already finished: nothing to submit`);
    return finish(out, log);
  }
  const job = submitSweep(out, plan, pending, slurm);
  log(
    `submitted Slurm job ${job.jobId}: ${job.tasks} array tasks (--time ${job.time}: ${job.timeSource}; --mem ${slurm.mem}; --cpus-per-task ${slurm.cpusPerTask}); script ${job.script}`,
  );
  if (detach) {
    console.log(`submitted Slurm job ${job.jobId} (${job.tasks} array tasks); when it ends: labelnoise sweep --collect ${out}`);
    return 0;
  }
  log(`waiting for it (Ctrl-C stops the waiting, not the job; then: labelnoise sweep --collect ${out})`);
  await waitForJob(out, job, { pollMs: POLL_MS, log });
  for (const t of unfinishedTasks(out, job).slice(0, 10)) log(`  array task ${t.task} left no result; its log: ${t.log}`);
  return finish(out, log);
}
