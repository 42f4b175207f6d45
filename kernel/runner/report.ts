import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ValidationError } from '../../src/core/errors';
import { BoundCheck, CheckKind, CHECK_KINDS, EVIDENCE_KINDS } from '../../src/theory/checks';
import { verdictText } from '../notebook/display';
import { executeNotebook } from './executor';
import { escapeHtml, scriptJson } from '../notebook/html';
import { ensureSelfLink } from './kernelspec';
import { Cell, effectiveParameters, injectParameters, Notebook, readNotebook, resolveParameters, withoutInjectedCells } from './notebookFile';
import { collectProvenance, Provenance } from './provenance';
import { collectVerdicts, notebookHtml, page } from './render';

export interface NotebookRun {
  name: string;
  ok: boolean;
  /** Failing cell, counted from 1 in the executed notebook like the progress lines, with its error message. */
  failure?: { cell: number; message: string };
  seconds: number;
  /** Checks with the number (from 1) of the cell that displayed them. */
  verdicts: { cell: number; check: BoundCheck }[];
  /** Written files, relative to the output folder (ipynb is null when the notebook could not be read). */
  html: string;
  ipynb: string | null;
  preset: string | null;
  /** Every parameter of the run: injected values, else the parameters cell's literals. */
  parameters: Record<string, unknown>;
  /** Parameters whose name mentions a seed. */
  seeds: Record<string, unknown>;
  /** True when the failure is a cell that ran past the per-cell limit. */
  timedOut?: boolean;
  /** Earlier attempts of this notebook in the same report that timed out (then it was run again from scratch). */
  retried?: { cell: number; message: string }[];
}

/** One entry of summary.json. */
export interface SummaryEntry {
  name: string;
  ok: boolean;
  failure: { cell: number; message: string } | null;
  seconds: number;
  html: string;
  ipynb: string | null;
  preset: string | null;
  parameters: Record<string, unknown>;
  seeds: Record<string, unknown>;
  provenance: Provenance & { wallSeconds: number };
  checks: { cell: number; check: BoundCheck }[];
  /** Earlier attempts that timed out, each {cell, message}; empty when the first attempt is the one reported. */
  retried: { cell: number; message: string }[];
}

export interface RunOptions {
  params?: Record<string, unknown>;
  preset?: string;
  cellTimeoutMs: number;
  log?: (m: string) => void;
}

/**
 * The error message of a failed cell. tslab reports "Error: error" in the reply and prints the real error on
 * stderr (the source line first, then "Error: boom" and the stack), so stderr is searched for the error line.
 */
export function failureMessage(cell: Cell, fallback: string): string {
  for (const output of cell.outputs ?? []) {
    if (output.output_type === 'error' && output.ename !== 'Error') return `${output.ename}: ${output.evalue}`;
  }
  const stderr = (cell.outputs ?? [])
    .filter((o) => o.output_type === 'stream' && o.name === 'stderr')
    .map((o) => (o as { text: string }).text)
    .join('');
  const lines = stderr
    .replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return (
    lines.find((l) => /^(?:[A-Z][\w$]*)?(?:Error|Exception)\b(?: \[[\w-]+\])?:/.test(l)) ??
    lines.find((l) => /^\d+:\d+ - /.test(l)) ??
    lines.find((l) => !/^evalmachine\.<anonymous>:\d+$/.test(l) && l !== '^') ??
    lines[0] ??
    fallback
  );
}

function nameOf(path: string): string {
  return basename(path).replace(/\.ipynb$/i, '');
}

function seedParameters(parameters: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(parameters).filter(([k]) => /seed/i.test(k)));
}

function retriedText(run: Pick<NotebookRun, 'retried'>): string {
  return (run.retried ?? []).map((r) => `an earlier attempt timed out at cell ${r.cell} (${r.message}) and the notebook was run again`).join('; ');
}

function statusHtml(run: Pick<NotebookRun, 'failure' | 'seconds' | 'retried'>): string {
  const retried = retriedText(run);
  return (
    (run.failure
      ? `<p class="status-failed"><b>Failed at cell ${run.failure.cell}</b>: ${escapeHtml(run.failure.message)}</p>`
      : `<p class="status-ok">All cells ran (${run.seconds.toFixed(1)} s).</p>`) +
    (retried ? `<p class="status-retried">Note: ${escapeHtml(retried)}.</p>` : '')
  );
}

/** A run that never started (unreadable notebook, unknown preset): a page with the message, no executed notebook. */
function failedBeforeRun(path: string, message: string, stagingDir: string, preset: string | null): NotebookRun {
  const name = nameOf(path);
  const run: NotebookRun = {
    name,
    ok: false,
    failure: { cell: 0, message },
    seconds: 0,
    verdicts: [],
    html: `${name}.html`,
    ipynb: null,
    preset,
    parameters: {},
    seeds: {},
  };
  writeFileSync(
    join(stagingDir, run.html),
    page(name, `<p><a href="index.html">← report index</a></p><p class="status-failed"><b>Not run</b>: ${escapeHtml(message)}</p>`, false),
  );
  return run;
}

/** Executes one notebook and writes NAME.ipynb and NAME.html into `stagingDir`. Bad input throws before the kernel starts. */
async function executeInto(path: string, stagingDir: string, options: RunOptions, retried: NotebookRun['retried'] = []): Promise<NotebookRun> {
  const name = nameOf(path);
  const notebookSource = withoutInjectedCells(readNotebook(path));
  const params = resolveParameters(notebookSource, path, options.params ?? {}, options.preset);
  const source = injectParameters(notebookSource, params, path);
  const parameters = effectiveParameters(notebookSource, params);
  ensureSelfLink();
  const log = options.log ?? (() => {});
  const result = await executeNotebook(source, {
    cwd: resolve(path, '..'),
    cellTimeoutMs: options.cellTimeoutMs,
    onCell: (index, total) => log(`${name}: cell ${index + 1}/${total}`),
  });
  const failure = result.failure
    ? {
        cell: result.failure.index + 1,
        message: failureMessage(result.notebook.cells[result.failure.index], `${result.failure.ename}: ${result.failure.evalue}`),
      }
    : undefined;
  const previous = (result.notebook.metadata.labelnoise ?? {}) as Record<string, unknown>;
  const notebook: Notebook = {
    ...result.notebook,
    metadata: {
      ...result.notebook.metadata,
      labelnoise: { ...previous, parameters: params, preset: options.preset ?? null, ok: result.ok, ...(failure ? { failure } : {}) },
    },
  };
  if (!failure) delete (notebook.metadata.labelnoise as Record<string, unknown>).failure;
  const run: NotebookRun = {
    name,
    ok: result.ok,
    failure,
    seconds: result.seconds,
    verdicts: collectVerdicts(notebook).map((v) => ({ cell: v.cell + 1, check: v.check })),
    html: `${name}.html`,
    ipynb: `${name}.ipynb`,
    preset: options.preset ?? null,
    parameters,
    seeds: seedParameters(parameters),
    timedOut: result.failure?.ename === 'TimeoutError',
    retried: [...retried],
  };
  writeFileSync(join(stagingDir, run.ipynb as string), JSON.stringify(notebook, null, 1) + '\n');
  writeFileSync(join(stagingDir, run.html), notebookHtml(notebook, name, `<p><a href="index.html">← report index</a></p>${statusHtml(run)}`));
  return run;
}

/** Staging folders of this process: removed on exit, so an interrupted run leaves the output folder as it was. */
const stagingDirs = new Set<string>();
let stagingHook = false;

function makeStaging(outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const dir = mkdtempSync(join(outDir, '.staging-'));
  stagingDirs.add(dir);
  if (!stagingHook) {
    stagingHook = true;
    process.on('exit', () => {
      for (const d of stagingDirs) rmSync(d, { recursive: true, force: true });
    });
  }
  return dir;
}

/** Moves every file of the staging folder into `outDir` (rename: each page is replaced atomically), then removes it. */
function publish(stagingDir: string, outDir: string): void {
  for (const file of readdirSync(stagingDir)) renameSync(join(stagingDir, file), join(outDir, file));
  rmSync(stagingDir, { recursive: true, force: true });
  stagingDirs.delete(stagingDir);
}

/**
 * Checks an output folder before anything runs and creates it: it must be a folder (or not exist yet) and must not be
 * a folder the notebooks are read from (their executed copies would overwrite the sources).
 */
export function prepareOutputDir(outDir: string, sourceDirs: string[], option = '--out'): void {
  const out = resolve(outDir);
  if (existsSync(out) && !statSync(out).isDirectory()) throw new ValidationError(option, `${outDir} exists and is not a folder`);
  for (const dir of sourceDirs) {
    if (resolve(dir) === out)
      throw new ValidationError(option, `${outDir} is the folder of the source notebooks; executed copies would overwrite them (choose another folder)`);
  }
  try {
    mkdirSync(out, { recursive: true });
  } catch (e) {
    throw new ValidationError(option, `cannot create ${outDir}: ${(e as Error).message}`);
  }
}

/** Runs one notebook headlessly and writes OUT/NAME.ipynb (executed) and OUT/NAME.html, each replaced atomically. */
export async function runNotebookFile(path: string, options: RunOptions & { outDir: string }): Promise<NotebookRun> {
  prepareOutputDir(options.outDir, [dirname(resolve(path))]);
  const staging = makeStaging(options.outDir);
  try {
    const run = await executeInto(path, staging, options);
    publish(staging, options.outDir);
    return run;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    stagingDirs.delete(staging);
  }
}

/** One side of a check for the table; NaN and ±∞ arrive as null (JSON has no such numbers). */
function side(x: number | null): string {
  return typeof x === 'number' && Number.isFinite(x) ? x.toPrecision(6) : 'not finite';
}

const COLORS: Record<BoundCheck['verdict'], string> = { holds: '#1a7f37', violated: '#cf222e', 'not-applicable': '#9a6700' };
const VERDICTS: BoundCheck['verdict'][] = ['holds', 'violated', 'not-applicable'];

/** Counts of verdicts per kind: identities are listed apart and never counted as evidence. */
export function evidenceCounts(checks: BoundCheck[]): {
  evidence: Record<string, number>;
  byKind: Record<CheckKind, Record<string, number>>;
  identities: number;
} {
  const byKind = Object.fromEntries(CHECK_KINDS.map((k) => [k, Object.fromEntries(VERDICTS.map((v) => [v, 0]))])) as Record<CheckKind, Record<string, number>>;
  for (const c of checks) {
    const kind = CHECK_KINDS.includes(c.kind) ? c.kind : 'bound';
    byKind[kind][c.verdict] = (byKind[kind][c.verdict] ?? 0) + 1;
  }
  const evidence = Object.fromEntries(VERDICTS.map((v) => [v, EVIDENCE_KINDS.reduce((s, k) => s + byKind[k][v], 0)]));
  return { evidence, byKind, identities: VERDICTS.reduce((s, v) => s + byKind.identity[v], 0) };
}

/** "3 hold, 1 violated, 2 not applicable (evidence: bound/invariant/empirical); 4 identities": the run/report summary line. */
export function countsText(checks: BoundCheck[]): string {
  const { evidence, identities } = evidenceCounts(checks);
  return `${evidence.holds} hold, ${evidence.violated} violated, ${evidence['not-applicable']} not applicable (evidence checks); ${identities} identit${identities === 1 ? 'y' : 'ies'} (code tests, not evidence)`;
}

function indexHtml(runs: NotebookRun[], provenance: Provenance): string {
  const cellLeft = 'style="text-align:left"';
  const rows = runs
    .map((r) => {
      const { evidence, identities } = evidenceCounts(r.verdicts.map((v) => v.check));
      const status = r.failure
        ? `<span class="status-failed">${r.failure.cell > 0 ? `failed at cell ${r.failure.cell}` : 'not run'}: ${escapeHtml(r.failure.message)}</span>`
        : '<span class="status-ok">ok</span>';
      const retried = retriedText(r);
      return (
        `<tr><td ${cellLeft}><a href="${escapeHtml(r.html)}">${escapeHtml(r.name)}</a></td><td ${cellLeft}>${status}${retried ? ` <span class="status-retried">(${escapeHtml(retried)})</span>` : ''}</td><td>${r.seconds.toFixed(1)}</td>` +
        `<td>${evidence.holds}</td><td>${evidence.violated}</td><td>${evidence['not-applicable']}</td><td>${identities}</td></tr>`
      );
    })
    .join('');
  const checks = runs.flatMap((r) => r.verdicts.map((v) => ({ run: r, ...v })));
  const all = evidenceCounts(checks.map((c) => c.check));
  const kindRows = CHECK_KINDS.map(
    (k) => `<tr><td ${cellLeft}>${k}${k === 'identity' ? ' (not evidence)' : ''}</td>${VERDICTS.map((v) => `<td>${all.byKind[k][v]}</td>`).join('')}</tr>`,
  ).join('');
  const checkRow = ({ run, cell, check }: (typeof checks)[number]) => {
    const unmet = check.hypotheses
      .filter((h) => !h.holds)
      .map((h) => `${h.name} (${h.detail})`)
      .join('; ');
    return (
      `<tr><td ${cellLeft}><a href="${escapeHtml(run.html)}">${escapeHtml(run.name)}</a> [${cell}]</td><td ${cellLeft}>${escapeHtml(check.kind ?? '')}</td><td ${cellLeft}>${escapeHtml(check.id ?? '')}</td><td ${cellLeft}>${escapeHtml(check.source)}</td>` +
      `<td ${cellLeft}>${escapeHtml(check.name)}</td><td>${side(check.lhs)}</td><td>${check.relation === '<=' ? '≤' : '≥'}</td><td>${side(check.rhs)}</td>` +
      `<td>${check.seeds ?? ''}</td><td style="color:${COLORS[check.verdict]};font-weight:bold" class="verdict-${check.verdict}">${check.verdict}</td><td ${cellLeft}>${escapeHtml(unmet)}</td></tr>`
    );
  };
  const head =
    '<thead><tr><th>notebook [cell]</th><th>kind</th><th>id</th><th>source</th><th>check</th><th>LHS</th><th></th><th>RHS</th><th>seeds</th><th>verdict</th><th>unmet hypotheses</th></tr></thead>';
  const evidenceChecks = checks.filter((c) => c.check.kind !== 'identity');
  const identityChecks = checks.filter((c) => c.check.kind === 'identity');
  const evidenceOnly = runs.map((r) => ({ name: r.name, checks: r.verdicts.filter((v) => v.check.kind !== 'identity') }));
  const chart = {
    data: VERDICTS.map((v) => ({
      type: 'bar',
      name: v,
      x: evidenceOnly.map((r) => r.name),
      y: evidenceOnly.map((r) => r.checks.filter((x) => x.check.verdict === v).length),
      marker: { color: COLORS[v] },
    })),
    layout: { barmode: 'stack', title: { text: 'Evidence checks per notebook (identities excluded)' }, yaxis: { title: { text: 'checks' } }, height: 360 },
  };
  const failed = runs.filter((r) => !r.ok).length;
  const p = provenance;
  const body =
    `<h1>labelnoise report</h1><p>${runs.length} notebooks, ${failed} failed; ${evidenceChecks.length} evidence checks (${all.evidence.holds} hold, ${all.evidence.violated} violated, ${all.evidence['not-applicable']} not applicable) and ${identityChecks.length} identities.</p>` +
    `<p class="provenance">Generated ${escapeHtml(p.startedAt)} from commit ${escapeHtml(p.commit ?? 'unknown')}${p.dirty ? ' (with uncommitted changes)' : ''}, Node ${escapeHtml(p.node)}, kernels ${escapeHtml(p.kernelBackend)} (${p.kernelThreads} thread${p.kernelThreads === 1 ? '' : 's'}${p.kernelLibrary ? `; ${escapeHtml(p.kernelLibrary)}` : ''}).</p>` +
    `<h2>Evidence by kind</h2><table id="kinds"><thead><tr><th>kind</th><th>holds</th><th>violated</th><th>not applicable</th></tr></thead><tbody>${kindRows}</tbody></table>` +
    `<h2>Notebooks</h2><table id="notebooks"><thead><tr><th>notebook</th><th>status</th><th>seconds</th><th>holds</th><th>violated</th><th>hypotheses not met</th><th>identities</th></tr></thead><tbody>${rows}</tbody></table>` +
    `<div id="summary-chart" class="plot" style="width:100%;min-height:360px"></div><script>(function(){var s=${scriptJson(chart)};Plotly.newPlot("summary-chart",s.data,s.layout,{responsive:true});})();</script>` +
    `<h2>Every evidence check</h2><table id="checks">${head}<tbody>${evidenceChecks.map(checkRow).join('')}</tbody></table>` +
    `<h2>Identities (code tests, not evidence)</h2><table id="identities">${head}<tbody>${identityChecks.map(checkRow).join('')}</tbody></table>`;
  return page('labelnoise report', body, true);
}

/** JSON for summary files: ±Infinity and NaN become strings (JSON has no such numbers). */
export function summaryJson(value: unknown): string {
  return JSON.stringify(value, (_, x) => (typeof x === 'number' && !Number.isFinite(x) ? String(x) : x), 1) + '\n';
}

export function summaryEntries(runs: NotebookRun[], provenance: Provenance, wallSeconds: number): SummaryEntry[] {
  return runs.map((r) => ({
    name: r.name,
    ok: r.ok,
    failure: r.failure ?? null,
    seconds: r.seconds,
    html: r.html,
    ipynb: r.ipynb,
    preset: r.preset,
    parameters: r.parameters,
    seeds: r.seeds,
    provenance: { ...provenance, wallSeconds },
    checks: r.verdicts,
    retried: r.retried ?? [],
  }));
}

/**
 * Runs every notebook of `notebooksDir` and writes the pages, index.html and summary.json (listed alphabetically).
 * Everything is written to a staging folder inside OUT first and moved into OUT at the end, so an interrupted
 * report leaves the previous one untouched. A notebook that cannot be read, or lacks the preset, is a failed row.
 * `jobs` notebooks run at once, each in its own kernel process, so a 2-core machine does two at a time.
 * A notebook whose cell timed out is run again from scratch up to `retries` times (default 1), the earlier attempts
 * listed on its page, in the index and in summary.json (`retried`); every other failure is reported as it is.
 */
export async function buildReport(options: {
  notebooksDir: string;
  outDir: string;
  cellTimeoutMs: number;
  jobs?: number;
  preset?: string;
  params?: Record<string, unknown>;
  retries?: number;
  log?: (m: string) => void;
}): Promise<{ runs: NotebookRun[]; index: string; summary: SummaryEntry[] }> {
  const retries = options.retries ?? 1;
  if (!(Number.isInteger(retries) && retries >= 0)) throw new ValidationError('--retries', `expected a whole number ≥ 0, got ${retries}`);
  const started = new Date();
  let files: string[];
  try {
    files = readdirSync(options.notebooksDir)
      .filter((f) => f.endsWith('.ipynb'))
      .sort();
  } catch (e) {
    throw new ValidationError('--notebooks', `cannot read ${options.notebooksDir}: ${(e as Error).message}`);
  }
  prepareOutputDir(options.outDir, [options.notebooksDir]);
  const provenance = collectProvenance(started);
  const staging = makeStaging(options.outDir);
  const runs: NotebookRun[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const slot = next++;
      const file = files[slot];
      const path = join(options.notebooksDir, file);
      options.log?.(`running ${file}`);
      let run: NotebookRun;
      const retried: { cell: number; message: string }[] = [];
      for (;;) {
        try {
          run = await executeInto(
            path,
            staging,
            { cellTimeoutMs: options.cellTimeoutMs, log: options.log, preset: options.preset, params: options.params },
            retried,
          );
        } catch (e) {
          run = failedBeforeRun(path, (e as Error).message, staging, options.preset ?? null);
        }
        if (!(run.timedOut && run.failure && retried.length < retries)) break;
        retried.push(run.failure);
        options.log?.(`${file}: cell ${run.failure.cell} timed out (${run.failure.message}); running the notebook again from scratch`);
      }

      options.log?.(
        `${file}: ${run.ok ? 'ok' : `${run.failure && run.failure.cell > 0 ? `failed at cell ${run.failure.cell}` : 'not run'}: ${run.failure?.message}`} (${run.seconds.toFixed(1)} s)${run.verdicts.map((v) => `\n  ${verdictText(v.check)}`).join('')}`,
      );
      runs[slot] = run;
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.jobs ?? 1, files.length) }, worker));
  const wallSeconds = (Date.now() - started.getTime()) / 1000;
  const summary = summaryEntries(runs, provenance, wallSeconds);
  writeFileSync(join(staging, 'index.html'), indexHtml(runs, provenance));
  writeFileSync(join(staging, 'summary.json'), summaryJson(summary));
  publish(staging, options.outDir);
  return { runs, index: join(options.outDir, 'index.html'), summary };
}
