import { randomBytes } from 'node:crypto';
import { BoundCheck } from '../../src/theory/checks';
import { ValidationError } from '../../src/core/errors';
import { escapeHtml, plotlyPackedBase64, scriptJson } from './html';
import { figureSvg } from './svgFigure';

/** MIME type of a plotly figure (rendered natively by JupyterLab's plotly extension and by our reports). */
export const PLOTLY_MIME = 'application/vnd.plotly.v1+json';
/** MIME type carrying a bound check as JSON: the report collects these into its summary table. */
export const VERDICT_MIME = 'application/vnd.labelnoise.verdict+json';

export type MimeBundle = Record<string, unknown>;

type KernelWriter = (message: { data: MimeBundle; metadata: Record<string, unknown>; transient: Record<string, unknown> }, update: boolean) => void;

/**
 * tslab's display API sends one MIME type per message; a figure needs a bundle (plotly JSON + HTML fallback +
 * text). tslab's own `jupyter` module holds the kernel's display writer, which takes a whole bundle. It is looked
 * up in the module cache only, so nothing kernel-related is loaded when the toolkit runs as a plain script.
 */
function kernelWriter(): KernelWriter | null {
  for (const [path, entry] of Object.entries(require.cache)) {
    if (/[\\/]tslab[\\/]dist[\\/]jupyter\.js$/.test(path)) {
      const writer = (entry?.exports as { lastWriteDisplayData?: KernelWriter } | undefined)?.lastWriteDisplayData;
      if (typeof writer === 'function') return writer;
    }
  }
  return null;
}

/** True inside a running tslab kernel. */
export function inKernel(): boolean {
  return kernelWriter() !== null;
}

/**
 * Shows a MIME bundle: in a kernel as display_data (or update_display_data for an existing `displayId`);
 * elsewhere its text/plain part goes to stdout.
 */
export function show(bundle: MimeBundle, options: { displayId?: string; update?: boolean } = {}): void {
  const write = kernelWriter();
  if (write) {
    write({ data: bundle, metadata: {}, transient: options.displayId ? { display_id: options.displayId } : {} }, options.update === true);
  } else if (!options.update) {
    console.log(typeof bundle['text/plain'] === 'string' ? bundle['text/plain'] : '[rich output: run in a notebook to see it]');
  }
}

export interface PlotlyFigure {
  data: Record<string, unknown>[];
  layout?: Record<string, unknown>;
  config?: Record<string, unknown>;
}

/**
 * The browser side of a figure's HTML fallback. plotly.js is found per page, not per kernel session: a page that
 * already has window.Plotly (an earlier figure, the report page) uses it; otherwise the first figure to run
 * unpacks the copy it carries and the others on the page wait for that one. When plotly.js cannot be loaded, a
 * visible message says so and the static SVG stays. In classic Jupyter, RequireJS's define is hidden while
 * plotly.js evaluates, so it sets window.Plotly instead of registering an AMD module.
 */
function figureScript(id: string, spec: unknown): string {
  return (
    `(function(){var id=${JSON.stringify(id)},s=${scriptJson(spec)},lib="${plotlyPackedBase64()}";` +
    `var box=document.getElementById(id),msg=document.getElementById(id+"-status");if(!box)return;` +
    `function say(t){if(msg){msg.textContent=t;msg.style.display="block";}}` +
    `function draw(P){try{box.innerHTML="";box.style.minHeight="420px";P.newPlot(box,s.data,s.layout,s.config);if(msg)msg.style.display="none";}catch(e){say("labelnoise: plotly.js could not draw this figure ("+e+"); the static image is shown.");}}` +
    `function unpack(){if(typeof DecompressionStream!=="function")return Promise.reject(new Error("this browser has no DecompressionStream"));` +
    `var bin;try{bin=atob(lib);}catch(e){return Promise.reject(new Error("its embedded copy is damaged"));}var bytes=new Uint8Array(bin.length);for(var i=0;i<bin.length;i++)bytes[i]=bin.charCodeAt(i);` +
    `return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text().then(function(src){` +
    `if(window.Plotly)return window.Plotly;var d=window.define;window.define=undefined;try{(0,eval)(src);}finally{window.define=d;}` +
    `if(!window.Plotly)throw new Error("plotly.js did not define window.Plotly");return window.Plotly;});}` +
    `if(window.Plotly){draw(window.Plotly);return;}say("Loading plotly.js…");` +
    `var p=window.__labelnoisePlotly;if(!p){p=window.__labelnoisePlotly=unpack();p.catch(function(){window.__labelnoisePlotly=null;});}` +
    `p.then(draw,function(e){say("labelnoise: plotly.js could not be loaded on this page ("+(e&&e.message||e)+"); the static image is shown.");});})();`
  );
}

/**
 * Displays a plotly.js figure that renders offline, on every page that shows it:
 * - the plotly MIME bundle, drawn natively by JupyterLab's plotly extension and by labelnoise reports;
 * - an HTML fallback (classic notebook, JupyterLab without the extension, nbconvert HTML) that holds a static
 *   SVG drawing of the figure, replaced by the interactive plot once plotly.js is on the page (each figure
 *   carries a compressed copy, so a reload or a second tab works); its modebar exports PNG offline;
 * - image/svg+xml, the same static drawing, for viewers that show no HTML.
 */
export function plot(figure: PlotlyFigure): void {
  const bundle = figureBundle(figure);
  if (!inKernel()) show({ 'text/plain': bundle['text/plain'] });
  else show(bundle);
}

/** The MIME bundle plot() displays: plotly JSON, the self-contained HTML fallback, a static SVG and a text line. */
export function figureBundle(figure: PlotlyFigure): MimeBundle & { 'text/plain': string } {
  if (typeof figure !== 'object' || figure === null || !Array.isArray(figure.data)) {
    throw new ValidationError('figure.data', 'expected an array of plotly traces');
  }
  const id = `plot-${randomBytes(6).toString('hex')}`;
  const spec = {
    data: figure.data,
    layout: figure.layout ?? {},
    config: { responsive: true, displaylogo: false, toImageButtonOptions: { format: 'png', scale: 2 }, ...(figure.config ?? {}) },
  };
  const title = figure.layout?.title as { text?: string } | string | undefined;
  const titleText = typeof title === 'string' ? title : (title?.text ?? 'untitled');
  const text = `<plotly figure: ${titleText}, ${figure.data.length} trace(s)>`;
  if (!inKernel()) return { 'text/plain': text, [PLOTLY_MIME]: spec };
  return { ...figureHtmlBundle(id, spec, titleText), 'text/plain': text };
}

/** The HTML fallback and static SVG of a figure (also used outside a kernel by tests and exports). */
export function figureHtmlBundle(
  id: string,
  spec: { data: Record<string, unknown>[]; layout: Record<string, unknown>; config: Record<string, unknown> },
  titleText: string,
): MimeBundle {
  const svg = figureSvg(spec);
  const staticImage = svg
    ? `<img alt="${escapeHtml(`static image of the figure: ${titleText}`)}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" style="max-width:100%">`
    : `<pre>${escapeHtml(`<plotly figure: ${titleText}>`)}</pre>`;
  const html =
    `<div class="labelnoise-figure"><div id="${id}" class="labelnoise-plot" style="width:100%">${staticImage}</div>` +
    `<div id="${id}-status" class="labelnoise-plot-status" style="color:#9a6700;font:12px sans-serif">Static image: the interactive figure needs JavaScript (in JupyterLab: trust the notebook, or install the plotly extension).</div>` +
    `<script>${figureScript(id, spec)}</script></div>`;
  return { [PLOTLY_MIME]: spec, 'text/html': html, ...(svg ? { 'image/svg+xml': svg } : {}) };
}

/** A danfojs DataFrame (duck-typed: `columns` and row-major `values`) or an array of records. */
export type TableInput = { columns: readonly string[]; values: readonly unknown[] } | Record<string, unknown>[];

function tableRows(input: TableInput): { columns: string[]; rows: unknown[][] } {
  if (Array.isArray(input)) {
    const columns = [...new Set(input.flatMap((r) => Object.keys(r)))];
    return { columns, rows: input.map((r) => columns.map((c) => r[c])) };
  }
  if (input && Array.isArray(input.columns) && Array.isArray(input.values)) {
    // a one-column danfojs frame or a Series gives a flat values array
    const rows = input.values.map((row) => (Array.isArray(row) ? row : [row]) as unknown[]);
    return { columns: input.columns.map(String), rows };
  }
  throw new ValidationError('table', 'expected a danfojs DataFrame or an array of records');
}

function cell(value: unknown): string {
  // six significant digits without padding zeros: 0.25, not 0.250000
  if (typeof value === 'number') return Number.isFinite(value) ? String(Number(value.toPrecision(6))) : String(value);
  return value === undefined || value === null ? '' : String(value);
}

/** Displays a danfojs DataFrame (or an array of records) as an HTML table, with an aligned text fallback. */
export function table(input: TableInput, options: { maxRows?: number; caption?: string } = {}): void {
  const { columns, rows } = tableRows(input);
  const maxRows = options.maxRows ?? 50;
  const shown = rows.slice(0, maxRows);
  const more = rows.length > maxRows ? `<tr><td colspan="${columns.length}">… ${rows.length - maxRows} more rows</td></tr>` : '';
  const html =
    `<table class="labelnoise-table">${options.caption ? `<caption>${escapeHtml(options.caption)}</caption>` : ''}<thead><tr>${columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead>` +
    `<tbody>${shown.map((r) => `<tr>${r.map((v) => `<td>${escapeHtml(cell(v))}</td>`).join('')}</tr>`).join('')}${more}</tbody></table>`;
  const widths = columns.map((c, j) => Math.max(c.length, ...shown.map((r) => cell(r[j]).length)));
  const line = (values: string[]) => values.map((v, j) => v.padStart(widths[j])).join('  ');
  const text = [line(columns), ...shown.map((r) => line(r.map(cell))), ...(rows.length > maxRows ? [`… ${rows.length - maxRows} more rows`] : [])].join('\n');
  show({ 'text/html': html, 'text/plain': text });
}

const VERDICT_STYLE: Record<BoundCheck['verdict'], { color: string; label: string }> = {
  holds: { color: '#1a7f37', label: 'HOLDS' },
  violated: { color: '#cf222e', label: 'VIOLATED' },
  'not-applicable': { color: '#9a6700', label: 'HYPOTHESES NOT MET' },
};

function formatNumber(x: number): string {
  return Number.isFinite(x) ? (Math.abs(x) >= 1e4 || (Math.abs(x) < 1e-3 && x !== 0) ? x.toExponential(4) : x.toPrecision(6)) : String(x);
}

/** "bound, 10 seeds", "identity, 1 seed" or just the kind when the check states no seed count. */
function kindLabel(check: BoundCheck): string {
  const kind = check.kind ?? 'bound';
  const label = kind === 'identity' ? 'identity (not evidence)' : kind;
  return check.seeds === undefined ? label : `${label}, ${check.seeds} seed${check.seeds === 1 ? '' : 's'}`;
}

/** One line of text per check, e.g. "HOLDS  [bound, 1 seed] λ(C) ≥ ν/(100K²): 0.118 ≥ 0.0029 [Li, Soltanolkotabi & Oymak 2019 …]". */
export function verdictText(check: BoundCheck): string {
  const failed = check.hypotheses.filter((h) => !h.holds).map((h) => `${h.name} (${h.detail})`);
  return (
    `${VERDICT_STYLE[check.verdict].label}  [${kindLabel(check)}] ${check.name}: ${formatNumber(check.lhs)} ${check.relation === '<=' ? '≤' : '≥'} ${formatNumber(check.rhs)}` +
    ` [${check.source}]${failed.length ? `; unmet: ${failed.join('; ')}` : ''}`
  );
}

function verdictHtml(check: BoundCheck): string {
  const style = VERDICT_STYLE[check.verdict];
  const hypotheses = check.hypotheses
    .map(
      (h) =>
        `<li style="color:${h.holds ? '#1a7f37' : '#cf222e'}">${h.holds ? '✓' : '✗'} ${escapeHtml(h.name)} <span style="color:#57606a">(${escapeHtml(h.detail)})</span></li>`,
    )
    .join('');
  const details = Object.entries(check.details)
    .map(([k, v]) => `${escapeHtml(k)} = ${escapeHtml(typeof v === 'number' ? formatNumber(v) : String(v))}`)
    .join(', ');
  return (
    `<div class="labelnoise-verdict" data-verdict="${check.verdict}" data-kind="${escapeHtml(check.kind ?? 'bound')}" style="border-left:6px solid ${style.color};padding:6px 10px;margin:6px 0;font-family:sans-serif">` +
    `<div><b style="color:${style.color}">${style.label}</b> &nbsp; <span class="labelnoise-kind" style="border:1px solid #d0d7de;border-radius:8px;padding:0 6px;font-size:85%">${escapeHtml(kindLabel(check))}</span> &nbsp; <b>${escapeHtml(check.name)}</b> <span style="color:#57606a">— ${escapeHtml(check.source)}</span></div>` +
    `<div style="font-family:monospace">${formatNumber(check.lhs)} ${check.relation === '<=' ? '≤' : '≥'} ${formatNumber(check.rhs)}` +
    `${check.inequalityHolds ? '' : ' <span style="color:#cf222e">(inequality false)</span>'}</div>` +
    (hypotheses ? `<ul style="margin:4px 0">${hypotheses}</ul>` : '') +
    (details ? `<div style="color:#57606a;font-size:90%">${details}</div>` : '') +
    (check.threshold ? `<div style="color:#57606a;font-size:90%">threshold: ${escapeHtml(check.threshold)}</div>` : '') +
    `<div style="color:#8c959f;font-size:80%">${escapeHtml(check.id ?? '')}</div></div>`
  );
}

/** Displays bound checks with their verdicts; the JSON part lets `labelnoise report` collect them. */
export function verdict(checks: BoundCheck | BoundCheck[]): void {
  const list = Array.isArray(checks) ? checks : [checks];
  show({ [VERDICT_MIME]: list, 'text/html': list.map(verdictHtml).join(''), 'text/plain': list.map(verdictText).join('\n') });
}

export interface ProgressDisplay {
  /** Moves the bar to `done` of `total`, with an optional note (e.g. the current loss). */
  update(done: number, note?: string): void;
  /** Shows the final state whatever the throttle says. */
  finish(note?: string): void;
}

/**
 * One progress bar updated in place (update_display_data) during long runs. Updates are throttled to one per
 * `intervalMs` so a 4,500-step run does not flood the notebook; outside a kernel it prints at most ~10 lines.
 */
export function progress(total: number, label = 'progress', options: { intervalMs?: number } = {}): ProgressDisplay {
  if (!(Number.isInteger(total) && total > 0)) throw new ValidationError('total', `expected a positive integer, got ${total}`);
  const id = `progress-${randomBytes(6).toString('hex')}`;
  const interval = options.intervalMs ?? 250;
  let last = -Infinity;
  let lastDecile = -1;
  let started = false;
  const render = (done: number, note: string | undefined) => {
    const pct = Math.min(100, (100 * done) / total);
    const text = `${label}: ${done}/${total} (${pct.toFixed(1)}%)${note ? ` ${note}` : ''}`;
    const html =
      `<div style="font-family:monospace"><div style="display:inline-block;width:240px;height:10px;background:#eee;vertical-align:middle">` +
      `<div style="width:${pct.toFixed(1)}%;height:100%;background:#2da44e"></div></div> ${escapeHtml(text)}</div>`;
    if (inKernel()) {
      show({ 'text/html': html, 'text/plain': text }, { displayId: id, update: started });
    } else {
      const decile = Math.floor(pct / 10);
      if (decile !== lastDecile || done === total) process.stderr.write(`${text}\n`);
      lastDecile = decile;
    }
    started = true;
  };
  return {
    update(done, note) {
      const now = Date.now();
      if (now - last < interval && done < total) return;
      last = now;
      render(done, note);
    },
    finish(note) {
      render(total, note);
    },
  };
}
