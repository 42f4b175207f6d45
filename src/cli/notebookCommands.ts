import { writeFileSync, renameSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { ValidationError } from '../core/errors';
import { installKernelSpec, ensureSelfLink, defaultKernelsDir, KERNEL_NAME } from '../../kernel/runner/kernelspec';
import { installExitHooks } from '../../kernel/runner/kernelClient';
import { parseParam, readNotebook } from '../../kernel/runner/notebookFile';
import { buildReport, countsText, prepareOutputDir, runNotebookFile } from '../../kernel/runner/report';
import { exportFigures } from '../../kernel/runner/figures';
import { checkPinned, compareSummaries, pinnedJson, pinVerdicts, readPinned, readSummary } from '../../kernel/runner/compare';
import { parseArgs } from './args';

const DEFAULT_CELL_TIMEOUT_S = 600;
const DEFAULT_JOBS = 2;
const DEFAULT_TOLERANCE = 1e-6;

export const RUN_HELP = `Usage: labelnoise run NOTEBOOK.ipynb [--preset NAME] [--param key=value ...] [--out DIR] [--timeout SECONDS] [--quiet]

Executes a notebook headlessly on this project's tslab kernel (Jupyter messaging over zeromq; no Python) and
writes DIR/NAME.ipynb (executed) and DIR/NAME.html (standalone, plotly.js inlined, works offline).

  --param key=value  overrides a variable declared in the cell tagged "parameters" (papermill convention);
                     the value is JSON when it parses (5, true, [1,2], "text"), else a plain string
  --preset NAME      applies the parameter values of metadata.labelnoise.presets.NAME (e.g. smoke);
                     an explicit --param wins over the preset
  --out DIR          output folder (default: reports; not the notebook's own folder)
  --timeout SECONDS  per-cell limit (default ${DEFAULT_CELL_TIMEOUT_S}); a cell past it is interrupted and fails
  --quiet            no progress lines on stderr

Prints the counts of checks that hold, are violated and are not applicable. Stops at the first failing cell
and exits 1 with its number (counted from 1, like the progress lines) and error. Exit 2 on bad input.
Ctrl-C, SIGTERM or a closed pipe kill the kernel and exit at once (130, 143, 1).`;

export const REPORT_HELP = `Usage: labelnoise report [--notebooks DIR] [--out DIR] [--preset NAME] [--timeout SECONDS] [--jobs N]
                        [--retries N] [--compare OLD/summary.json [--tolerance REL]] [--quiet]

Runs every notebook in DIR (default: notebooks) like \`labelnoise run\` and writes OUT (default: reports):
one page per notebook, index.html linking them with the evidence counts by kind and by notebook and a table of
every check (kind, id, source, LHS vs RHS, seeds, verdict, unmet hypotheses; identities listed apart), and
summary.json (per notebook: status, parameters, seeds, checks, and provenance: commit, dirty flag, package
versions, Node, kernel backend and threads, wall time). Pages are staged and moved into OUT at the end, so an
interrupted report leaves the previous one as it was; a notebook that cannot be read is a failed row.

  --preset NAME       run every notebook at its preset NAME (a notebook without it is a failed row)
  --jobs N            notebooks at once, each in its own kernel (default: the number of cores, at most ${DEFAULT_JOBS})
  --retries N         a notebook whose cell timed out runs again from scratch up to N times (default 1); the
                      timed-out attempts are named on its page, in the index and in summary.json ("retried")
  --compare FILE      list every notebook status, check verdict and LHS/RHS that differs from an earlier
                      summary.json; exit 1 when a verdict changed
  --tolerance REL     relative change of LHS/RHS reported by --compare (default ${DEFAULT_TOLERANCE})

Exits 1 if any notebook failed; a violated bound is a result, not a failure.`;

export const COMPARE_HELP = `Usage: labelnoise compare OLD/summary.json NEW/summary.json [--tolerance REL]

Lists every difference between two reports: notebooks added, removed or whose status changed, checks added or
removed, verdicts changed, and LHS/RHS that moved by more than REL relative (default ${DEFAULT_TOLERANCE}).
Exits 1 when a verdict (or a notebook's status) changed, 0 otherwise (number changes alone are listed).`;

export const FIGURES_HELP = `Usage: labelnoise figures EXECUTED.ipynb [--out DIR]

Exports every plotly figure of an executed notebook (e.g. reports/NAME.ipynb) as DIR/NAME-figure-N.svg, a static
drawing, and DIR/NAME-figure-N.html, the interactive figure with plotly.js inlined (offline; its modebar's camera
button downloads a PNG). N counts figures from 1. Default DIR: the notebook's folder.`;

export const VERDICTS_HELP = `Usage: labelnoise verdicts pin REPORT/summary.json --out notebooks/verdicts.json
       labelnoise verdicts check REPORT/summary.json --pinned notebooks/verdicts.json

pin writes {notebook: {checkId: {kind, verdict}}} (sorted, stable) from a report; check prints every check
added, removed or changed (kind or verdict) against the pinned file and exits 1 on any difference, 0 when
identical. Two checks with the same id in one notebook are an error (exit 2).`;

export const KERNEL_HELP = `Usage: labelnoise kernel install [--dir KERNELS_DIR]

Registers the Jupyter kernel spec "${KERNEL_NAME}" (default folder: $JUPYTER_DATA_DIR/kernels or
~/.local/share/jupyter/kernels) whose argv starts this project's own tslab with this Node by absolute path, so
jupyter notebook / lab / nbconvert find it without global installs. Also links node_modules/labelnoise to the
project so notebooks can import the toolkit by name.`;

function timeoutMs(value: string | true | undefined): number {
  if (value === undefined) return DEFAULT_CELL_TIMEOUT_S * 1000;
  const seconds = Number(value);
  if (value === true || !Number.isFinite(seconds) || seconds <= 0)
    throw new ValidationError('--timeout', `expected a positive number of seconds, got ${JSON.stringify(value)}`);
  return seconds * 1000;
}

/** Progress lines on stderr unless --quiet. */
export function logger(quiet: boolean): (message: string) => void {
  return (message) => {
    if (!quiet) process.stderr.write(`${message}\n`);
  };
}

function tolerance(value: string | true | undefined): number {
  if (value === undefined) return DEFAULT_TOLERANCE;
  const x = Number(value);
  if (value === true || value.trim() === '' || !Number.isFinite(x) || x < 0)
    throw new ValidationError('--tolerance', `expected a relative tolerance ≥ 0, got ${JSON.stringify(value)}`);
  return x;
}

function stringOption(value: string | true | undefined, name: string): string | undefined {
  if (value === true) throw new ValidationError(`--${name}`, 'needs a value');
  return value;
}

export async function runCommand(argv: string[]): Promise<number> {
  const { options, lists, positional } = parseArgs(argv, ['out', 'timeout', 'preset'], ['quiet'], ['param']);
  if (positional.length !== 1) throw new ValidationError('NOTEBOOK', `expected one notebook path, got ${positional.length}`);
  const params = Object.fromEntries((lists.get('param') ?? []).map(parseParam));
  const out = resolve((options.get('out') as string | undefined) ?? 'reports');
  const cellTimeoutMs = timeoutMs(options.get('timeout'));
  readNotebook(positional[0]); // bad input before anything starts
  prepareOutputDir(out, [dirname(resolve(positional[0]))]);
  installExitHooks();
  const run = await runNotebookFile(positional[0], {
    outDir: out,
    params,
    preset: stringOption(options.get('preset'), 'preset'),
    cellTimeoutMs,
    log: logger(options.get('quiet') === true),
  });
  const checks = run.verdicts.map((v) => v.check);
  if (!run.ok) {
    console.error(`labelnoise run: ${positional[0]} failed at cell ${run.failure?.cell}: ${run.failure?.message}`);
    if (checks.length) console.error(`checks before the failure: ${countsText(checks)}`);
    return 1;
  }
  console.log(
    `${run.name}: ok in ${run.seconds.toFixed(1)} s, ${checks.length} checks: ${countsText(checks)}; wrote ${out}/${run.html} and ${out}/${run.ipynb}`,
  );
  return 0;
}

export async function reportCommand(argv: string[]): Promise<number> {
  const { options, positional } = parseArgs(argv, ['notebooks', 'out', 'timeout', 'jobs', 'retries', 'preset', 'compare', 'tolerance'], ['quiet']);
  if (positional.length > 0) throw new ValidationError(positional[0], 'unexpected argument');
  const jobsOption = options.get('jobs');
  const jobs = jobsOption === undefined ? Math.min(DEFAULT_JOBS, availableParallelism()) : typeof jobsOption === 'string' ? Number(jobsOption) : NaN;
  if (!Number.isInteger(jobs) || jobs < 1) throw new ValidationError('--jobs', `expected a whole number ≥ 1, got ${JSON.stringify(jobsOption)}`);
  const retriesOption = options.get('retries');
  const retries = retriesOption === undefined ? 1 : typeof retriesOption === 'string' && /^\d+$/.test(retriesOption) ? Number(retriesOption) : NaN;
  if (!Number.isInteger(retries)) throw new ValidationError('--retries', `expected a whole number ≥ 0, got ${JSON.stringify(retriesOption)}`);
  const comparePath = stringOption(options.get('compare'), 'compare');
  const previous = comparePath === undefined ? undefined : readSummary(comparePath, '--compare'); // read now: OUT may be its folder
  const relTolerance = tolerance(options.get('tolerance'));
  const cellTimeoutMs = timeoutMs(options.get('timeout'));
  installExitHooks();
  const { runs, index, summary } = await buildReport({
    notebooksDir: (options.get('notebooks') as string | undefined) ?? 'notebooks',
    outDir: (options.get('out') as string | undefined) ?? 'reports',
    cellTimeoutMs,
    jobs,
    retries,
    preset: stringOption(options.get('preset'), 'preset'),
    log: logger(options.get('quiet') === true),
  });
  const failed = runs.filter((r) => !r.ok);
  const checks = runs.flatMap((r) => r.verdicts.map((v) => v.check));
  console.log(`report: ${runs.length} notebooks (${failed.length} failed), ${checks.length} checks: ${countsText(checks)}`);
  console.log(`open ${resolve(index)}`);
  for (const r of failed)
    console.error(`  ${r.name} ${r.failure && r.failure.cell > 0 ? `failed at cell ${r.failure.cell}` : 'not run'}: ${r.failure?.message}`);
  for (const r of runs.filter((x) => (x.retried ?? []).length > 0))
    console.error(
      `  ${r.name}: ran again after ${r.retried?.map((t) => `a timeout at cell ${t.cell}`).join(', ')}${r.ok ? '; the reported run completed' : ''}`,
    );
  let code = failed.length === 0 ? 0 : 1;
  if (previous) {
    const comparison = compareSummaries(previous, summary as never, relTolerance);
    console.log(
      `compared with ${comparePath}: ${comparison.verdictChanges} verdict/status change(s), ${comparison.numberChanges} number change(s) beyond ${relTolerance}`,
    );
    for (const line of comparison.lines) console.log(`  ${line}`);
    if (comparison.verdictChanges > 0) code = 1;
  }
  return code;
}

export function compareCommand(argv: string[]): number {
  const { options, positional } = parseArgs(argv, ['tolerance']);
  if (positional.length !== 2) throw new ValidationError('compare', `expected OLD and NEW summary.json, got ${positional.length} paths`);
  const comparison = compareSummaries(readSummary(positional[0], 'OLD'), readSummary(positional[1], 'NEW'), tolerance(options.get('tolerance')));
  for (const line of comparison.lines) console.log(line);
  console.log(`${comparison.verdictChanges} verdict/status change(s), ${comparison.numberChanges} number change(s)`);
  return comparison.verdictChanges > 0 ? 1 : 0;
}

export function figuresCommand(argv: string[]): number {
  const { options, positional } = parseArgs(argv, ['out']);
  if (positional.length !== 1) throw new ValidationError('NOTEBOOK', `expected one executed notebook, got ${positional.length}`);
  const out = stringOption(options.get('out'), 'out') ?? dirname(resolve(positional[0]));
  const notebook = readNotebook(positional[0]);
  prepareOutputDir(out, []);
  const name = positional[0].replace(/^.*[\\/]/, '').replace(/\.ipynb$/i, '');
  const written = exportFigures(notebook, name, out);
  if (written.length === 0) {
    console.error(`labelnoise figures: ${positional[0]} has no figure outputs (run it first: labelnoise run)`);
    return 1;
  }
  console.log(`wrote ${written.length} files to ${out}: ${written.join(', ')}`);
  return 0;
}

export function verdictsCommand(argv: string[]): number {
  const { options, positional } = parseArgs(argv, ['out', 'pinned']);
  const [action, summaryPath, ...rest] = positional;
  if (rest.length > 0) throw new ValidationError(rest[0], 'unexpected argument');
  if (action !== 'pin' && action !== 'check') throw new ValidationError('verdicts', 'expected the subcommand "pin" or "check"');
  if (summaryPath === undefined) throw new ValidationError('SUMMARY', "expected the path of a report's summary.json");
  const current = pinVerdicts(readSummary(summaryPath, 'SUMMARY'), summaryPath);
  if (action === 'pin') {
    const out = stringOption(options.get('out'), 'out');
    if (out === undefined) throw new ValidationError('--out', 'is required (e.g. --out notebooks/verdicts.json)');
    const temporary = `${out}.tmp-${process.pid}`;
    try {
      writeFileSync(temporary, pinnedJson(current));
      renameSync(temporary, out);
    } catch (e) {
      throw new ValidationError('--out', `cannot write ${out}: ${(e as Error).message}`);
    }
    const count = Object.values(current).reduce((s, c) => s + Object.keys(c).length, 0);
    console.log(`pinned ${count} verdicts of ${Object.keys(current).length} notebooks in ${out}`);
    return 0;
  }
  const pinnedPath = stringOption(options.get('pinned'), 'pinned');
  if (pinnedPath === undefined) throw new ValidationError('--pinned', 'is required (e.g. --pinned notebooks/verdicts.json)');
  const pinned = readPinned(pinnedPath, '--pinned');
  const lines = checkPinned(pinned, current);
  for (const line of lines) console.log(line);
  console.log(lines.length === 0 ? `verdicts match ${pinnedPath}` : `${lines.length} difference(s) from ${pinnedPath}`);
  return lines.length === 0 ? 0 : 1;
}

export async function kernelCommand(argv: string[]): Promise<number> {
  const { options, positional } = parseArgs(argv, ['dir']);
  if (positional[0] !== 'install' || positional.length !== 1) throw new ValidationError('kernel', 'expected the subcommand "install"');
  const dir = installKernelSpec((options.get('dir') as string | undefined) ?? defaultKernelsDir());
  const linked = ensureSelfLink();
  console.log(`installed kernel spec "${KERNEL_NAME}" in ${dir}${linked ? '; linked node_modules/labelnoise to this project' : ''}`);
  return 0;
}
