import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { BoundCheck } from '../../src/theory/checks';
import { verdictText } from '../notebook/display';
import { executeNotebook } from './executor';
import { escapeHtml, scriptJson } from '../notebook/html';
import { ensureSelfLink } from './kernelspec';
import { Cell, injectParameters, readNotebook } from './notebookFile';
import { collectVerdicts, notebookHtml, page } from './render';

export interface NotebookRun {
  name: string;
  ok: boolean;
  /** Failing cell, with the error message read from the kernel's error output or stderr. */
  failure?: { cell: number; message: string };
  seconds: number;
  verdicts: { cell: number; check: BoundCheck }[];
  /** Written files, relative to the output folder. */
  html: string;
  ipynb: string;
}

/** The error message of a failed cell: tslab reports "Error: error" in the reply and the real message on stderr. */
function failureMessage(cell: Cell, fallback: string): string {
  for (const output of cell.outputs ?? []) {
    if (output.output_type === 'error' && output.ename !== 'Error') return `${output.ename}: ${output.evalue}`;
  }
  const stderr = (cell.outputs ?? []).filter((o) => o.output_type === 'stream' && o.name === 'stderr').map((o) => (o as { text: string }).text).join('');
  const lines = stderr.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => /^[A-Z]\w*(Error|Exception)\b.*:/.test(l)) ?? lines.find((l) => /^\d+:\d+ - /.test(l)) ?? lines[0] ?? fallback;
}

/** Runs one notebook headlessly and writes OUT/NAME.ipynb (executed) and OUT/NAME.html. */
export async function runNotebookFile(path: string, options: { outDir: string; params?: Record<string, unknown>; cellTimeoutMs: number; log?: (m: string) => void }): Promise<NotebookRun> {
  const name = basename(path).replace(/\.ipynb$/i, '');
  const source = injectParameters(readNotebook(path), options.params ?? {}, path);
  ensureSelfLink();
  const log = options.log ?? (() => {});
  const result = await executeNotebook(source, {
    cwd: resolve(path, '..'),
    cellTimeoutMs: options.cellTimeoutMs,
    onCell: (index, total) => log(`${name}: cell ${index + 1}/${total}`),
  });
  const failure = result.failure ? { cell: result.failure.index, message: failureMessage(result.notebook.cells[result.failure.index], `${result.failure.ename}: ${result.failure.evalue}`) } : undefined;
  const notebook = { ...result.notebook, metadata: { ...result.notebook.metadata, labelnoise: { parameters: options.params ?? {}, ok: result.ok, ...(failure ? { failure } : {}) } } };
  mkdirSync(options.outDir, { recursive: true });
  const status = failure
    ? `<p class="status-failed"><b>Failed at cell ${failure.cell}</b>: ${escapeHtml(failure.message)}</p>`
    : `<p class="status-ok">All cells ran (${result.seconds.toFixed(1)} s).</p>`;
  writeFileSync(join(options.outDir, `${name}.ipynb`), JSON.stringify(notebook, null, 1) + '\n');
  writeFileSync(join(options.outDir, `${name}.html`), notebookHtml(notebook, name, `<p><a href="index.html">← report index</a></p>${status}`));
  return { name, ok: result.ok, failure, seconds: result.seconds, verdicts: collectVerdicts(notebook), html: `${name}.html`, ipynb: `${name}.ipynb` };
}

const COLORS: Record<BoundCheck['verdict'], string> = { holds: '#1a7f37', violated: '#cf222e', 'not-applicable': '#9a6700' };

function indexHtml(runs: NotebookRun[]): string {
  const rows = runs.map((r) => {
    const counts = (v: BoundCheck['verdict']) => r.verdicts.filter((x) => x.check.verdict === v).length;
    const status = r.failure ? `<span class="status-failed">failed at cell ${r.failure.cell}: ${escapeHtml(r.failure.message)}</span>` : '<span class="status-ok">ok</span>';
    return `<tr><td style="text-align:left"><a href="${escapeHtml(r.html)}">${escapeHtml(r.name)}</a></td><td style="text-align:left">${status}</td><td>${r.seconds.toFixed(1)}</td>` +
      `<td>${counts('holds')}</td><td>${counts('violated')}</td><td>${counts('not-applicable')}</td></tr>`;
  }).join('');
  const checks = runs.flatMap((r) => r.verdicts.map((v) => ({ run: r, ...v })));
  const checkRows = checks.map(({ run, cell, check }) => {
    const unmet = check.hypotheses.filter((h) => !h.holds).map((h) => `${h.name} (${h.detail})`).join('; ');
    return `<tr><td style="text-align:left"><a href="${escapeHtml(run.html)}">${escapeHtml(run.name)}</a> [${cell}]</td><td style="text-align:left">${escapeHtml(check.source)}</td>` +
      `<td style="text-align:left">${escapeHtml(check.name)}</td><td>${check.lhs.toPrecision(6)}</td><td>${check.relation === '<=' ? '≤' : '≥'}</td><td>${check.rhs.toPrecision(6)}</td>` +
      `<td style="color:${COLORS[check.verdict]};font-weight:bold" class="verdict-${check.verdict}">${check.verdict}</td><td style="text-align:left">${escapeHtml(unmet)}</td></tr>`;
  }).join('');
  const verdicts: BoundCheck['verdict'][] = ['holds', 'violated', 'not-applicable'];
  const chart = {
    data: verdicts.map((v) => ({ type: 'bar', name: v, x: runs.map((r) => r.name), y: runs.map((r) => r.verdicts.filter((x) => x.check.verdict === v).length), marker: { color: COLORS[v] } })),
    layout: { barmode: 'stack', title: { text: 'Bound checks per notebook' }, yaxis: { title: { text: 'checks' } }, height: 360 },
  };
  const failed = runs.filter((r) => !r.ok).length;
  const body = `<h1>labelnoise report</h1><p>${runs.length} notebooks, ${failed} failed; ${checks.length} bound checks. Generated ${escapeHtml(new Date().toISOString())} with Node ${escapeHtml(process.version)}.</p>` +
    `<h2>Notebooks</h2><table><thead><tr><th>notebook</th><th>status</th><th>seconds</th><th>holds</th><th>violated</th><th>hypotheses not met</th></tr></thead><tbody>${rows}</tbody></table>` +
    `<div id="summary-chart" class="plot" style="width:100%;min-height:360px"></div><script>(function(){var s=${scriptJson(chart)};Plotly.newPlot("summary-chart",s.data,s.layout,{responsive:true});})();</script>` +
    `<h2>Every bound check</h2><table id="checks"><thead><tr><th>notebook [cell]</th><th>source</th><th>check</th><th>LHS</th><th></th><th>RHS</th><th>verdict</th><th>unmet hypotheses</th></tr></thead><tbody>${checkRows}</tbody></table>`;
  return page('labelnoise report', body, true);
}

/**
 * Runs every notebook of `notebooksDir` and writes the pages, index.html and summary.json (listed alphabetically).
 * `jobs` notebooks run at once, each in its own kernel process, so a 2-core machine does two at a time.
 */
export async function buildReport(options: { notebooksDir: string; outDir: string; cellTimeoutMs: number; jobs?: number; log?: (m: string) => void }): Promise<{ runs: NotebookRun[]; index: string }> {
  const files = readdirSync(options.notebooksDir).filter((f) => f.endsWith('.ipynb')).sort();
  const runs: NotebookRun[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const slot = next++;
      const file = files[slot];
      options.log?.(`running ${file}`);
      const run = await runNotebookFile(join(options.notebooksDir, file), { outDir: options.outDir, cellTimeoutMs: options.cellTimeoutMs, log: options.log });
      options.log?.(`${file}: ${run.ok ? 'ok' : `failed at cell ${run.failure?.cell}: ${run.failure?.message}`} (${run.seconds.toFixed(1)} s)${run.verdicts.map((v) => `\n  ${verdictText(v.check)}`).join('')}`);
      runs[slot] = run;
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.jobs ?? 1, files.length) }, worker));
  mkdirSync(options.outDir, { recursive: true });
  const index = join(options.outDir, 'index.html');
  writeFileSync(index, indexHtml(runs));
  const summary = runs.map((r) => ({ name: r.name, ok: r.ok, failure: r.failure ?? null, seconds: r.seconds, html: r.html, checks: r.verdicts }));
  writeFileSync(join(options.outDir, 'summary.json'), JSON.stringify(summary, (_, x) => (typeof x === 'number' && !Number.isFinite(x) ? String(x) : x), 1) + '\n');
  return { runs, index };
}

