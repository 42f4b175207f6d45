import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { ValidationError } from '../core/errors';
import { installKernelSpec, ensureSelfLink, defaultKernelsDir, KERNEL_NAME } from '../../kernel/runner/kernelspec';
import { parseParam } from '../../kernel/runner/notebookFile';
import { buildReport, runNotebookFile } from '../../kernel/runner/report';
import { parseArgs } from './args';

const DEFAULT_CELL_TIMEOUT_S = 600;
const DEFAULT_JOBS = 2;

export const RUN_HELP = `Usage: labelnoise run NOTEBOOK.ipynb [--param key=value ...] [--out DIR] [--timeout SECONDS] [--quiet]

Executes a notebook headlessly on this project's tslab kernel (Jupyter messaging over zeromq; no Python) and
writes DIR/NAME.ipynb (executed) and DIR/NAME.html (standalone, plotly.js inlined, works offline).

  --param key=value  overrides a variable declared in the cell tagged "parameters" (papermill convention);
                     the value is JSON when it parses (5, true, [1,2], "text"), else a plain string
  --out DIR          output folder (default: reports)
  --timeout SECONDS  per-cell limit (default ${DEFAULT_CELL_TIMEOUT_S}); a cell past it is interrupted and fails
  --quiet            no progress lines on stderr

Stops at the first failing cell and exits 1 with its index and error. Exit 2 on bad input.`;

export const REPORT_HELP = `Usage: labelnoise report [--notebooks DIR] [--out DIR] [--timeout SECONDS] [--jobs N] [--quiet]

Runs every notebook in DIR (default: notebooks) like \`labelnoise run\` and writes OUT (default: reports):
one page per notebook, index.html linking them with a summary table of every bound check (source, check,
LHS vs RHS, verdict, unmet hypotheses), and summary.json. --jobs N notebooks run at once, each in its own
kernel (default: the number of cores, at most ${DEFAULT_JOBS}). Exits 1 if any notebook failed; a violated bound
is a result, not a failure.`;

export const KERNEL_HELP = `Usage: labelnoise kernel install [--dir KERNELS_DIR]

Registers the Jupyter kernel spec "${KERNEL_NAME}" (default folder: $JUPYTER_DATA_DIR/kernels or
~/.local/share/jupyter/kernels) whose argv starts this project's own tslab with this Node by absolute path, so
jupyter notebook / lab / nbconvert find it without global installs. Also links node_modules/labelnoise to the
project so notebooks can import the toolkit by name.`;

function timeoutMs(value: string | true | undefined): number {
  if (value === undefined) return DEFAULT_CELL_TIMEOUT_S * 1000;
  const seconds = Number(value);
  if (value === true || !Number.isFinite(seconds) || seconds <= 0) throw new ValidationError('--timeout', `expected a positive number of seconds, got ${JSON.stringify(value)}`);
  return seconds * 1000;
}

function logger(quiet: boolean): (message: string) => void {
  return (message) => {
    if (!quiet) process.stderr.write(`${message}\n`);
  };
}

export async function runCommand(argv: string[]): Promise<number> {
  const { options, lists, positional } = parseArgs(argv, ['out', 'timeout'], ['quiet'], ['param']);
  if (positional.length !== 1) throw new ValidationError('NOTEBOOK', `expected one notebook path, got ${positional.length}`);
  const params = Object.fromEntries((lists.get('param') ?? []).map(parseParam));
  const out = resolve((options.get('out') as string | undefined) ?? 'reports');
  const run = await runNotebookFile(positional[0], {
    outDir: out,
    params,
    cellTimeoutMs: timeoutMs(options.get('timeout')),
    log: logger(options.get('quiet') === true),
  });
  if (!run.ok) {
    console.error(`labelnoise run: ${positional[0]} failed at cell ${run.failure?.cell}: ${run.failure?.message}`);
    return 1;
  }
  console.log(`${run.name}: ok in ${run.seconds.toFixed(1)} s, ${run.verdicts.length} bound checks; wrote ${out}/${run.html} and ${out}/${run.ipynb}`);
  return 0;
}

export async function reportCommand(argv: string[]): Promise<number> {
  const { options, positional } = parseArgs(argv, ['notebooks', 'out', 'timeout', 'jobs'], ['quiet']);
  if (positional.length > 0) throw new ValidationError(positional[0], 'unexpected argument');
  const jobsOption = options.get('jobs');
  const jobs = jobsOption === undefined ? Math.min(DEFAULT_JOBS, availableParallelism()) : typeof jobsOption === 'string' ? Number(jobsOption) : NaN;
  if (!Number.isInteger(jobs) || jobs < 1) throw new ValidationError('--jobs', `expected a whole number ≥ 1, got ${JSON.stringify(jobsOption)}`);
  const { runs, index } = await buildReport({
    notebooksDir: (options.get('notebooks') as string | undefined) ?? 'notebooks',
    outDir: (options.get('out') as string | undefined) ?? 'reports',
    cellTimeoutMs: timeoutMs(options.get('timeout')),
    jobs,
    log: logger(options.get('quiet') === true),
  });
  const failed = runs.filter((r) => !r.ok);
  const checks = runs.flatMap((r) => r.verdicts);
  const count = (v: string) => checks.filter((c) => c.check.verdict === v).length;
  console.log(`report: ${runs.length} notebooks (${failed.length} failed), ${checks.length} bound checks: ${count('holds')} hold, ${count('violated')} violated, ${count('not-applicable')} with unmet hypotheses`);
  console.log(`open ${resolve(index)}`);
  for (const r of failed) console.error(`  ${r.name} failed at cell ${r.failure?.cell}: ${r.failure?.message}`);
  return failed.length === 0 ? 0 : 1;
}

export async function kernelCommand(argv: string[]): Promise<number> {
  const { options, positional } = parseArgs(argv, ['dir']);
  if (positional[0] !== 'install' || positional.length !== 1) throw new ValidationError('kernel', 'expected the subcommand "install"');
  const dir = installKernelSpec((options.get('dir') as string | undefined) ?? defaultKernelsDir());
  const linked = ensureSelfLink();
  console.log(`installed kernel spec "${KERNEL_NAME}" in ${dir}${linked ? '; linked node_modules/labelnoise to this project' : ''}`);
  return 0;
}
