import { escapeHtml } from './html';

/**
 * A static SVG drawing of a plotly figure, made without a browser: scatter/line traces and bars on linear or
 * log axes, with title, axis titles and a legend. It is the figure's fallback wherever plotly.js cannot run
 * (an untrusted notebook reopened in JupyterLab, GitHub's viewer, nbviewer without JavaScript). Traces of other
 * types are listed as not drawn. Returns null when nothing can be drawn.
 */
type Trace = Record<string, unknown>;

const WIDTH = 720;
const HEIGHT = 420;
const MARGIN = { left: 70, right: 170, top: 40, bottom: 55 };
const PALETTE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];

function numbers(value: unknown): number[] | null {
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) return null;
  return Array.from(value as ArrayLike<unknown>, (v) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN));
}

function titleText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { text?: unknown }).text === 'string') return (value as { text: string }).text;
  return '';
}

function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push(Math.abs(t) < step * 1e-9 ? 0 : t);
  return ticks;
}

function formatTick(x: number): string {
  if (x === 0) return '0';
  const a = Math.abs(x);
  return a >= 1e5 || a < 1e-3 ? x.toExponential(0).replace('e+', 'e') : String(Number(x.toPrecision(4)));
}

interface Axis {
  log: boolean;
  lo: number;
  hi: number;
  map(v: number): number;
  ticks: number[];
  label(v: number): string;
}

function axis(values: number[], type: unknown, range: unknown, from: number, to: number): Axis | null {
  const log = type === 'log';
  const usable = values.filter((v) => Number.isFinite(v) && (!log || v > 0)).map((v) => (log ? Math.log10(v) : v));
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of usable) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const r = numbers(range);
  if (r && r.length === 2 && r.every(Number.isFinite)) [lo, hi] = r; // plotly gives log ranges in log10 units
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return null;
  if (hi === lo) {
    lo -= 0.5;
    hi += 0.5;
  } else if (!r) {
    const pad = (hi - lo) * 0.04;
    lo -= pad;
    hi += pad;
  }
  const map = (v: number) => from + (((log ? Math.log10(v) : v) - lo) / (hi - lo)) * (to - from);
  let ticks = log
    ? niceTicks(Math.ceil(lo), Math.floor(hi), 6)
        .filter((t) => Number.isInteger(t))
        .map((t) => 10 ** t)
    : niceTicks(lo, hi);
  let label = (v: number) => (log ? `1e${Math.round(Math.log10(v))}` : formatTick(v));
  if (log && hi - lo < 2.5) {
    // a short log range: 1, 2, 5 × 10^k
    ticks = [];
    for (let e = Math.floor(lo); e <= Math.ceil(hi); e++)
      for (const m of [1, 2, 5]) if (Math.log10(m * 10 ** e) >= lo && Math.log10(m * 10 ** e) <= hi) ticks.push(m * 10 ** e);
    label = (v) => formatTick(Number(v.toPrecision(1)));
  }
  return { log, lo, hi, map, ticks: ticks.length ? ticks : [log ? 10 ** lo : lo], label };
}

export function figureSvg(figure: { data: Trace[]; layout?: Record<string, unknown> }): string | null {
  const layout = figure.layout ?? {};
  const xaxisLayout = (layout.xaxis ?? {}) as Record<string, unknown>;
  const yaxisLayout = (layout.yaxis ?? {}) as Record<string, unknown>;
  const drawn: { trace: Trace; x: number[]; y: number[]; kind: 'scatter' | 'bar'; categories?: string[] }[] = [];
  const skipped: string[] = [];
  for (const trace of figure.data) {
    const type = typeof trace.type === 'string' ? trace.type : 'scatter';
    const y = numbers(trace.y);
    if ((type === 'scatter' || type === 'scattergl' || type === 'bar') && y) {
      const rawX = Array.isArray(trace.x) ? (trace.x as unknown[]) : null;
      const categorical = rawX !== null && rawX.some((v) => typeof v === 'string' && !Number.isFinite(Number(v)));
      const x = rawX && !categorical ? (numbers(rawX) as number[]) : y.map((_, i) => i);
      drawn.push({ trace, x, y, kind: type === 'bar' ? 'bar' : 'scatter', categories: categorical ? rawX.map(String) : undefined });
    } else {
      skipped.push(type);
    }
  }
  if (drawn.length === 0) return null;
  const plotLeft = MARGIN.left;
  const plotRight = WIDTH - MARGIN.right;
  const plotTop = MARGIN.top;
  const plotBottom = HEIGHT - MARGIN.bottom;
  const bars = drawn.some((d) => d.kind === 'bar');
  const allX = drawn.flatMap((d) => d.x);
  const allY = drawn.flatMap((d) => d.y).concat(bars ? [0] : []);
  const xa = axis(allX, xaxisLayout.type, xaxisLayout.range, plotLeft, plotRight);
  const ya = axis(allY, yaxisLayout.type, yaxisLayout.range, plotBottom, plotTop);
  if (!xa || !ya) return null;
  const parts: string[] = [];
  parts.push(`<rect x="${plotLeft}" y="${plotTop}" width="${plotRight - plotLeft}" height="${plotBottom - plotTop}" fill="#fff" stroke="#d0d7de"/>`);
  for (const t of ya.ticks) {
    const y = ya.map(t);
    if (y < plotTop - 0.5 || y > plotBottom + 0.5) continue;
    parts.push(
      `<line x1="${plotLeft}" x2="${plotRight}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="#eee"/><text x="${plotLeft - 6}" y="${(y + 4).toFixed(1)}" text-anchor="end">${escapeHtml(ya.label(t))}</text>`,
    );
  }
  const categories = drawn.find((d) => d.categories)?.categories;
  const xTicks = categories ? categories.map((_, i) => i) : xa.ticks;
  for (const t of xTicks) {
    const x = xa.map(t);
    if (x < plotLeft - 0.5 || x > plotRight + 0.5) continue;
    const label = categories ? categories[t] : xa.label(t);
    parts.push(
      `<line x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="${plotTop}" y2="${plotBottom}" stroke="#eee"/><text x="${x.toFixed(1)}" y="${plotBottom + 16}" text-anchor="middle">${escapeHtml(label)}</text>`,
    );
  }
  const barGroups = drawn.filter((d) => d.kind === 'bar').length;
  let barIndex = 0;
  const stacked = layout.barmode === 'stack';
  const stackBase = new Map<number, number>();
  drawn.forEach((d, index) => {
    const color =
      (d.trace.line as { color?: string } | undefined)?.color ??
      (typeof (d.trace.marker as { color?: unknown } | undefined)?.color === 'string'
        ? (d.trace.marker as { color: string }).color
        : PALETTE[index % PALETTE.length]);
    const safeColor = /^[#\w(),.\s%]+$/.test(color) ? color : PALETTE[index % PALETTE.length];
    if (d.kind === 'bar') {
      const slot = (plotRight - plotLeft) / Math.max(1, new Set(d.x).size + 1);
      const width = stacked ? slot * 0.6 : (slot * 0.8) / Math.max(1, barGroups);
      for (let i = 0; i < d.x.length; i++) {
        if (!Number.isFinite(d.y[i])) continue;
        const base = stacked ? (stackBase.get(d.x[i]) ?? 0) : 0;
        const top = base + d.y[i];
        if (stacked) stackBase.set(d.x[i], top);
        const cx = xa.map(d.x[i]) + (stacked ? 0 : (barIndex - (barGroups - 1) / 2) * width);
        const y0 = ya.map(ya.log ? Math.max(base, 10 ** ya.lo) : base);
        const y1 = ya.map(top);
        if (![cx, y0, y1].every(Number.isFinite)) continue;
        parts.push(
          `<rect x="${(cx - width / 2).toFixed(1)}" y="${Math.min(y0, y1).toFixed(1)}" width="${width.toFixed(1)}" height="${Math.abs(y1 - y0).toFixed(1)}" fill="${safeColor}"/>`,
        );
      }
      barIndex++;
      return;
    }
    const mode = typeof d.trace.mode === 'string' ? d.trace.mode : d.x.length > 20 ? 'lines' : 'lines+markers';
    const points: string[] = [];
    const segments: string[] = [];
    for (let i = 0; i < d.x.length; i++) {
      const ok = Number.isFinite(d.x[i]) && Number.isFinite(d.y[i]) && (!xa.log || d.x[i] > 0) && (!ya.log || d.y[i] > 0);
      if (!ok) {
        if (points.length) segments.push(points.splice(0).join(' '));
        continue;
      }
      points.push(`${xa.map(d.x[i]).toFixed(1)},${ya.map(d.y[i]).toFixed(1)}`);
    }
    if (points.length) segments.push(points.join(' '));
    const dash = (d.trace.line as { dash?: string } | undefined)?.dash;
    if (mode.includes('lines'))
      for (const s of segments)
        parts.push(`<polyline points="${s}" fill="none" stroke="${safeColor}" stroke-width="2"${dash && dash !== 'solid' ? ' stroke-dasharray="6 4"' : ''}/>`);
    if (mode.includes('markers'))
      for (const s of segments)
        for (const p of s.split(' ')) {
          const [x, y] = p.split(',');
          parts.push(`<circle cx="${x}" cy="${y}" r="3" fill="${safeColor}"/>`);
        }
  });
  const legend = drawn
    .map((d, i) => ({ name: typeof d.trace.name === 'string' ? d.trace.name : `trace ${i}`, color: PALETTE[i % PALETTE.length], d }))
    .filter((l) => l.d.trace.showlegend !== false);
  legend.forEach((l, i) => {
    const color =
      (l.d.trace.line as { color?: string } | undefined)?.color ??
      (typeof (l.d.trace.marker as { color?: unknown } | undefined)?.color === 'string' ? (l.d.trace.marker as { color: string }).color : l.color);
    const safeColor = /^[#\w(),.\s%]+$/.test(color) ? color : l.color;
    const y = plotTop + 10 + i * 18;
    parts.push(
      `<rect x="${plotRight + 12}" y="${y - 8}" width="14" height="10" fill="${safeColor}"/><text x="${plotRight + 32}" y="${y + 1}">${escapeHtml(l.name.slice(0, 24))}</text>`,
    );
  });
  const title = titleText(layout.title);
  if (title) parts.push(`<text x="${(plotLeft + plotRight) / 2}" y="24" text-anchor="middle" font-size="15">${escapeHtml(title)}</text>`);
  const xTitle = titleText(xaxisLayout.title);
  const yTitle = titleText(yaxisLayout.title);
  if (xTitle) parts.push(`<text x="${(plotLeft + plotRight) / 2}" y="${HEIGHT - 14}" text-anchor="middle">${escapeHtml(xTitle)}</text>`);
  if (yTitle) parts.push(`<text transform="translate(16 ${(plotTop + plotBottom) / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(yTitle)}</text>`);
  if (skipped.length)
    parts.push(
      `<text x="${plotLeft}" y="${HEIGHT - 2}" font-size="10" fill="#57606a">static preview: ${escapeHtml([...new Set(skipped)].join(', '))} trace(s) not drawn</text>`,
    );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="11">${parts.join('')}</svg>`;
}
