import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml, scriptJson } from '../../notebook/html';
import { page } from '../render';
import { CheckAggregate, Distribution, SweepAggregate } from './aggregate';
import { describeParams } from './grid';

/**
 * The sweep page, DIR/index.html: totals, the verdict rate of every check at every grid point with its interval and
 * the claimed probability, both sides' spread over the seeds, one plot per grid variable (verdict rate against it),
 * and the failed runs. Self-contained: plotly.js is inlined, nothing is fetched.
 */

/** plotly's default colours, so a check's claim line can share its trace's colour. */
const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];

const VERDICT_COLOR: Record<string, string> = { holds: '#1a7f37', violated: '#cf222e', 'not-applicable': '#9a6700' };

function num(x: number | null, digits = 4): string {
  if (x === null) return '–';
  return Math.abs(x) >= 1e4 || (Math.abs(x) < 1e-3 && x !== 0) ? x.toExponential(digits - 1) : String(Number(x.toPrecision(digits)));
}

function spread(d: Distribution): string {
  const nonFinite = d.nonFinite ? ` <span title="runs with NaN or ±∞">(+${d.nonFinite} non-finite)</span>` : '';
  return d.n === 0 ? `–${nonFinite}` : `${num(d.min)} / ${num(d.median)} / ${num(d.max)}${nonFinite}`;
}

function claimCell(c: CheckAggregate): string {
  if (c.verdict === null) return '<td style="text-align:left;color:#57606a">no claimed probability: rate only</td>';
  const label = c.verdict === 'holds' ? 'consistent' : c.verdict;
  return `<td style="text-align:left;color:${VERDICT_COLOR[c.verdict]};font-weight:bold" class="claim-${c.verdict}">${label} with ≥ ${num(c.claimedProbability)}</td>`;
}

function rateCell(c: CheckAggregate): string {
  if (c.rate === null) return '<td>–</td>';
  return `<td>${c.holds}/${c.applicable} = ${num(c.rate, 3)} [${num(c.interval![0], 3)}, ${num(c.interval![1], 3)}]</td>`;
}

/** One figure per grid variable: verdict rate (with its interval) against the variable, one trace per check and per value of the other variables. */
function figures(agg: SweepAggregate): { id: string; spec: unknown }[] {
  const figs: { id: string; spec: unknown }[] = [];
  const errorBars = (cs: (CheckAggregate | undefined)[]) => ({
    type: 'data',
    symmetric: false,
    array: cs.map((c) => (c?.interval && c.rate !== null ? c.interval[1] - c.rate : null)),
    arrayminus: cs.map((c) => (c?.interval && c.rate !== null ? c.rate - c.interval[0] : null)),
  });
  const layout = (title: string, xTitle: string, categorical: boolean) => ({
    title: { text: title },
    xaxis: { title: { text: xTitle }, ...(categorical ? { type: 'category' } : {}) },
    yaxis: { title: { text: `rate held (${Math.round(agg.confidence * 100)}% Clopper–Pearson)` }, range: [-0.05, 1.05] },
    height: 440,
    legend: { orientation: 'h', y: -0.25 },
  });
  if (agg.checkIds.length === 0) return figs;
  // a variable with one value is a setting of the sweep, not an axis to plot against
  const varying = agg.grid.filter((axis) => axis.values.length > 1);
  if (varying.length === 0) {
    const p = agg.points[0];
    const cs = agg.checkIds.map((id) => p?.checks.find((c) => c.id === id));
    figs.push({
      id: 'rate-seeds',
      spec: {
        data: [{ type: 'bar', x: agg.checkIds, y: cs.map((c) => c?.rate ?? null), error_y: errorBars(cs), name: 'rate' }],
        layout: layout('Verdict rate over seeds', 'check', true),
      },
    });
    return figs;
  }
  varying.forEach((axis, a) => {
    const others = varying.filter((_, b) => b !== a);
    const categorical = !axis.values.every((v) => typeof v === 'number');
    const xs = axis.values.map((v) => (categorical ? (typeof v === 'string' ? v : JSON.stringify(v)) : v));
    // the other variables' combinations, each a trace per check
    const combos = others.reduce<Record<string, unknown>[]>((acc, o) => acc.flatMap((c) => o.values.map((v) => ({ ...c, [o.name]: v }))), [{}]);
    const data: unknown[] = [];
    let traces = 0;
    for (const id of agg.checkIds) {
      for (const combo of combos) {
        const cs = axis.values.map((v) => {
          const point = agg.points.find(
            (p) =>
              JSON.stringify(p.point[axis.name]) === JSON.stringify(v) &&
              Object.entries(combo).every(([k, x]) => JSON.stringify(p.point[k]) === JSON.stringify(x)),
          );
          return point?.checks.find((c) => c.id === id);
        });
        if (cs.every((c) => c === undefined)) continue;
        const label = others.length ? `${id} (${describeParams(combo)})` : id;
        const color = PALETTE[traces++ % PALETTE.length];
        data.push({
          type: 'scatter',
          mode: 'lines+markers',
          name: label,
          line: { color },
          marker: { color },
          x: xs,
          y: cs.map((c) => c?.rate ?? null),
          error_y: errorBars(cs),
          text: cs.map((c) => (c ? `${c.holds}/${c.applicable} held; ${c.notApplicable} hypotheses not met` : 'no run')),
        });
        const claimed = cs.find((c) => c?.claimedProbability !== null && c?.claimedProbability !== undefined)?.claimedProbability;
        if (claimed !== undefined && claimed !== null) {
          data.push({
            type: 'scatter',
            mode: 'lines',
            name: `${label}: claimed ≥ ${claimed}`,
            x: xs,
            y: xs.map(() => claimed),
            line: { dash: 'dot', width: 1.5, color },
          });
        }
      }
    }
    figs.push({ id: `rate-${a}`, spec: { data, layout: layout(`Verdict rate against ${axis.name}`, axis.name, categorical) } });
  });
  return figs;
}

export function sweepPageHtml(agg: SweepAggregate, options: { executor: string; generatedAt: string; reportIndex?: string }): string {
  const t = agg.totals;
  const gridText = agg.grid.length
    ? agg.grid.map((a) => `${escapeHtml(a.name)} ∈ {${escapeHtml(a.values.map((v) => JSON.stringify(v)).join(', '))}}`).join(' × ')
    : 'none (seeds only)';
  const seedText = agg.seeds.length > 12 ? `${agg.seeds.length} seeds (${agg.seeds[0]} … ${agg.seeds[agg.seeds.length - 1]})` : agg.seeds.join(', ');
  const violatedClaims = agg.points.flatMap((p) => p.checks.filter((c) => c.verdict === 'violated').map((c) => ({ p, c })));
  const head =
    `<h1>Sweep of ${escapeHtml(agg.notebook.name)}</h1>` +
    (options.reportIndex ? `<p><a href="${escapeHtml(options.reportIndex)}">← report index</a></p>` : '') +
    `<p>Notebook <code>${escapeHtml(agg.notebook.path)}</code> (sha256 ${escapeHtml(agg.notebook.sha256.slice(0, 12))}). ${agg.preset ? `Preset: ${escapeHtml(agg.preset)}${Object.keys(agg.fixed ?? {}).length ? ` (${escapeHtml(describeParams(agg.fixed))})` : ''}. ` : ''}Grid: ${gridText}. Seeds: ${escapeHtml(seedText)}.</p>` +
    `<p id="totals">${t.planned} runs planned: <span class="status-ok">${t.finished} finished</span>, <span class="${t.failed ? 'status-failed' : ''}">${t.failed} failed after a retry</span>, ${t.missing} not finished. ` +
    `Executor: ${escapeHtml(options.executor)}. Generated ${escapeHtml(options.generatedAt)}.</p>` +
    `<p>Rate = seeds where the check held / seeds where its hypotheses were met, with the exact ${Math.round(agg.confidence * 100)}% Clopper–Pearson interval. ` +
    'A check that states a claimed probability 1 − δ (details.claimedProbability, or details.delta) is <b>violated</b> when the interval lies entirely below 1 − δ; ' +
    'a check without one is reported by its rate alone.</p>' +
    (violatedClaims.length
      ? `<p class="status-failed"><b>${violatedClaims.length} claim(s) contradicted by the seeds</b>: ${violatedClaims.map(({ p, c }) => `${escapeHtml(c.id)} at ${escapeHtml(describeParams(p.point))}`).join('; ')}</p>`
      : '');
  const figs = figures(agg);
  const plots = figs
    .map(
      (f) =>
        `<div id="${f.id}" class="plot" style="width:100%;min-height:440px"></div><script>(function(){var s=${scriptJson(f.spec)};Plotly.newPlot("${f.id}",s.data,s.layout,{responsive:true});})();</script>`,
    )
    .join('');
  const tables = agg.checkIds
    .map((id) => {
      const rows = agg.points
        .map((p) => {
          const c = p.checks.find((x) => x.id === id);
          if (!c)
            return `<tr><td style="text-align:left">${escapeHtml(describeParams(p.point))}</td><td colspan="6" style="text-align:left;color:#57606a">no finished run showed this check (${p.finished} finished, ${p.failed} failed, ${p.missing} not finished)</td></tr>`;
          const seedsNote = [
            c.violatedSeeds.length ? `violated: ${c.violatedSeeds.slice(0, 20).join(' ')}` : '',
            c.notApplicableSeeds.length ? `hypotheses not met: ${c.notApplicableSeeds.slice(0, 20).join(' ')}` : '',
          ]
            .filter(Boolean)
            .join('; ');
          return (
            `<tr><td style="text-align:left">${escapeHtml(describeParams(p.point))}</td><td>${c.runs}</td>${rateCell(c)}<td>${c.notApplicable}</td>${claimCell(c)}` +
            `<td>${spread(c.lhs)}</td><td>${spread(c.rhs)}</td><td style="text-align:left;font-size:90%">${escapeHtml(seedsNote)}</td></tr>`
          );
        })
        .join('');
      const any = agg.points.flatMap((p) => p.checks).find((c) => c.id === id)!;
      return (
        `<h3 id="check-${escapeHtml(id)}">${escapeHtml(id)} <span style="font-weight:normal">(${escapeHtml(any.kind)}): ${escapeHtml(any.name)} — ${escapeHtml(any.source)}</span></h3>` +
        `<table class="sweep-check"><thead><tr><th>grid point</th><th>seeds</th><th>held / hypotheses met = rate [interval]</th><th>hypotheses not met</th><th>claim</th>` +
        `<th>LHS min / median / max</th><th>RHS (${any.relation === '<=' ? 'LHS ≤ RHS' : 'LHS ≥ RHS'}) min / median / max</th><th>seeds not holding</th></tr></thead><tbody>${rows}</tbody></table>`
      );
    })
    .join('');
  const problems = agg.problems.length
    ? `<h2>Runs that did not finish</h2><table id="problems"><thead><tr><th>grid point</th><th>seed</th><th>status</th><th>attempts</th><th>error</th></tr></thead><tbody>` +
      agg.problems
        .map(
          (r) =>
            `<tr><td style="text-align:left">${escapeHtml(describeParams(r.point))}</td><td>${r.seed}</td><td class="status-failed">${r.status === 'failed' ? 'failed' : 'not finished'}</td><td>${r.attempts}</td>` +
            `<td style="text-align:left">${r.html ? `<a href="${escapeHtml(r.html)}">page</a> ` : ''}${r.failure ? `cell ${r.failure.cell}: ${escapeHtml(r.failure.message)}` : ''}</td></tr>`,
        )
        .join('') +
      '</tbody></table>'
    : '';
  const runRows = agg.runs
    .map(
      (r) =>
        `<tr><td style="text-align:left">${escapeHtml(describeParams(r.point))}</td><td>${r.seed}</td><td class="${r.status === 'ok' ? 'status-ok' : 'status-failed'}">${r.status}</td><td>${r.attempts}</td><td>${r.seconds === null ? '–' : r.seconds.toFixed(1)}</td>` +
        `<td style="text-align:left">${r.html ? `<a href="${escapeHtml(r.html)}">${escapeHtml(r.key)}</a>` : escapeHtml(r.key)}</td></tr>`,
    )
    .join('');
  const body =
    head +
    `<h2>Verdict rates</h2>${plots}<h2>Every check at every grid point</h2>${tables || '<p>No finished run showed a check.</p>'}${problems}` +
    `<details><summary>All ${agg.runs.length} runs</summary><table id="runs"><thead><tr><th>grid point</th><th>seed</th><th>status</th><th>attempts</th><th>seconds</th><th>run (executed notebook)</th></tr></thead><tbody>${runRows}</tbody></table></details>`;
  return page(`Sweep of ${agg.notebook.name}`, body, figs.length > 0);
}

/** One sweep as the report index lists it. */
export interface SweepListing {
  /** Folder name under REPORT/sweeps. */
  name: string;
  /** index.html relative to the report folder. */
  href: string;
  notebook: string;
  grid: string;
  seeds: number;
  totals: SweepAggregate['totals'];
  checks: number;
  violatedClaims: number;
}

/** The sweeps under REPORT_DIR/sweeps/NAME/sweep.json (written by `labelnoise sweep` with its default --out). */
export function listSweeps(reportDir: string): SweepListing[] {
  const root = join(reportDir, 'sweeps');
  if (!existsSync(root)) return [];
  const listings: SweepListing[] = [];
  for (const name of readdirSync(root).sort()) {
    const file = join(root, name, 'sweep.json');
    if (!existsSync(file)) continue;
    let agg: SweepAggregate;
    try {
      agg = JSON.parse(readFileSync(file, 'utf8')) as SweepAggregate;
    } catch {
      continue;
    }
    listings.push({
      name,
      href: `sweeps/${name}/index.html`,
      notebook: agg.notebook?.name ?? name,
      grid: (agg.grid ?? []).map((a) => `${a.name} (${a.values.length})`).join(' × ') || 'seeds only',
      seeds: agg.seeds?.length ?? 0,
      totals: agg.totals,
      checks: agg.checkIds?.length ?? 0,
      violatedClaims: (agg.points ?? []).flatMap((p) => p.checks).filter((c) => c.verdict === 'violated').length,
    });
  }
  return listings;
}

/**
 * An HTML section for the report index linking every sweep under REPORT_DIR/sweeps ('' when there is none), so
 * report.ts can add `sweepsIndexSection(outDir)` to its page without knowing the sweep format.
 */
export function sweepsIndexSection(reportDir: string): string {
  const sweeps = listSweeps(reportDir);
  if (sweeps.length === 0) return '';
  const rows = sweeps
    .map(
      (s) =>
        `<tr><td style="text-align:left"><a href="${escapeHtml(s.href)}">${escapeHtml(s.name)}</a></td><td style="text-align:left">${escapeHtml(s.notebook)}</td>` +
        `<td style="text-align:left">${escapeHtml(s.grid)}</td><td>${s.seeds}</td><td>${s.totals.finished}/${s.totals.planned}</td><td>${s.totals.failed}</td><td>${s.checks}</td>` +
        `<td class="${s.violatedClaims ? 'status-failed' : ''}">${s.violatedClaims}</td></tr>`,
    )
    .join('');
  return `<h2>Sweeps</h2><table id="sweeps"><thead><tr><th>sweep</th><th>notebook</th><th>grid</th><th>seeds</th><th>runs finished</th><th>failed</th><th>checks</th><th>claims contradicted</th></tr></thead><tbody>${rows}</tbody></table>`;
}
