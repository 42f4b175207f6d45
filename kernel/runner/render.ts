import type katexModule from 'katex';
import type { marked as markedFunction } from 'marked';
import type sanitizeHtmlFunction from 'sanitize-html';
import { requireOptional } from '../../src/core/optional';
import { BoundCheck } from '../../src/theory/checks';
import { PLOTLY_MIME, VERDICT_MIME } from '../notebook/display';
import { escapeHtml, plotlyScript, scriptJson } from '../notebook/html';
import { Cell, cellSource, Notebook, Output } from './notebookFile';

const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

export const PAGE_STYLE = `body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#1f2328}
pre{background:#f6f8fa;padding:8px;overflow-x:auto;font-size:13px}
.cell{margin:1.2em 0}.input pre{border-left:3px solid #8c959f}.prompt{color:#57606a;font-size:12px;font-family:monospace}
.stderr{background:#fff8c5}.error pre{background:#ffebe9}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #d0d7de;padding:3px 8px;text-align:right}th{background:#f6f8fa}
.status-ok{color:#1a7f37}.status-failed{color:#cf222e}`;

/** A complete HTML page that works from file:// with no network: plotly.js is inlined when a figure needs it. */
export function page(title: string, body: string, withPlotly: boolean): string {
  return (
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${PAGE_STYLE}</style>` +
    `${withPlotly ? `<script>${plotlyScript()}</script>` : ''}</head><body>${body}</body></html>\n`
  );
}

/** The MathML elements KaTeX writes, kept by the sanitiser with their presentation attributes. */
const MATHML_TAGS = [
  'math',
  'semantics',
  'annotation',
  'mrow',
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'mspace',
  'msup',
  'msub',
  'msubsup',
  'mfrac',
  'msqrt',
  'mroot',
  'mover',
  'munder',
  'munderover',
  'mtable',
  'mtr',
  'mtd',
  'mlabeledtr',
  'mstyle',
  'mpadded',
  'mphantom',
  'menclose',
  'merror',
  'mmultiscripts',
  'mprescripts',
  'none',
];
const MATHML_ATTRIBUTES = [
  'xmlns',
  'display',
  'encoding',
  'mathvariant',
  'mathcolor',
  'mathbackground',
  'mathsize',
  'stretchy',
  'fence',
  'separator',
  'lspace',
  'rspace',
  'width',
  'height',
  'depth',
  'voffset',
  'columnalign',
  'rowalign',
  'rowspacing',
  'columnspacing',
  'columnlines',
  'rowlines',
  'frame',
  'accent',
  'accentunder',
  'linethickness',
  'minsize',
  'maxsize',
  'movablelimits',
  'scriptlevel',
  'displaystyle',
  'symmetric',
  'largeop',
  'notation',
  'form',
  'class',
  'style',
];

/**
 * Removes everything from rendered markdown that could run code or load something when a page is opened:
 * scripts, event handlers, javascript: and other non-web URLs, iframes, forms, styles that are not inline.
 * Uses sanitize-html (an allow-list parser); KaTeX's MathML is kept.
 */
export function sanitizeMarkdownHtml(html: string): string {
  const sanitize = requireOptional<typeof sanitizeHtmlFunction>('sanitize-html', 'Rendering markdown in reports');
  return sanitize(html, {
    allowedTags: [...sanitize.defaults.allowedTags, 'img', 'del', 's', 'input', 'details', 'summary', ...MATHML_TAGS],
    allowedAttributes: {
      a: ['href', 'title', 'name'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      input: ['type', 'checked', 'disabled'],
      th: ['align', 'colspan', 'rowspan'],
      td: ['align', 'colspan', 'rowspan'],
      ol: ['start'],
      code: ['class'],
      span: ['class'],
      div: ['class'],
      ...Object.fromEntries(MATHML_TAGS.map((t) => [t, MATHML_ATTRIBUTES])),
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https', 'data'] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
    allowProtocolRelative: false,
    parser: { lowerCaseAttributeNames: false },
    exclusiveFilter: (frame) => frame.tag === 'input' && frame.attribs.type !== 'checkbox',
  });
}

/**
 * Markdown to HTML with $…$ and $$…$$ rendered by KaTeX to MathML, which browsers draw natively (no fonts, no
 * script, no network). Math is swapped out before markdown parsing so `_` and `*` in TeX stay untouched. The
 * result is sanitised (sanitizeMarkdownHtml): raw HTML in a markdown cell cannot run script in a report.
 */
export function markdownHtml(source: string): string {
  const math: string[] = [];
  const stash = (tex: string, displayMode: boolean) => {
    math.push(
      requireOptional<typeof katexModule>('katex', 'Rendering math in reports').renderToString(tex, { output: 'mathml', displayMode, throwOnError: false }),
    );
    return `@@MATH${math.length - 1}@@`;
  };
  const shielded = source
    .replace(/\$\$([\s\S]+?)\$\$/g, (_, tex: string) => stash(tex, true))
    .replace(/(^|[^\\$])\$([^\s$](?:[^$\n]*?[^\s\\$])?)\$/g, (_, before: string, tex: string) => before + stash(tex, false));
  const html = (
    requireOptional<{ marked: typeof markedFunction }>('marked', 'Rendering markdown in reports').marked.parse(shielded, { async: false }) as string
  ).replace(/@@MATH(\d+)@@/g, (_, i: string) => math[Number(i)]);
  return sanitizeMarkdownHtml(html);
}

let plotCounter = 0;

function renderOutput(output: Output): { html: string; plotly: boolean } {
  switch (output.output_type) {
    case 'stream':
      return { html: `<pre class="${output.name}">${escapeHtml(output.text.replace(ANSI, ''))}</pre>`, plotly: false };
    case 'error':
      return {
        html: `<div class="error"><pre>${escapeHtml([`${output.ename}: ${output.evalue}`, ...output.traceback].join('\n').replace(ANSI, ''))}</pre></div>`,
        plotly: false,
      };
    default: {
      const data = output.data;
      if (data[PLOTLY_MIME]) {
        // the page carries plotly.js once; the output's own HTML fallback (which may carry it again) is skipped
        const id = `figure-${++plotCounter}`;
        const spec = data[PLOTLY_MIME];
        return {
          html: `<div id="${id}" class="plot" style="width:100%;min-height:420px"></div><script>(function(){var s=${scriptJson(spec)};Plotly.newPlot("${id}",s.data,s.layout||{},s.config||{});})();</script>`,
          plotly: true,
        };
      }
      if (typeof data['text/html'] === 'string') return { html: `<div class="html-output">${data['text/html']}</div>`, plotly: false };
      if (typeof data['image/svg+xml'] === 'string') return { html: data['image/svg+xml'], plotly: false };
      for (const type of ['image/png', 'image/jpeg']) {
        if (typeof data[type] === 'string') return { html: `<img src="data:${type};base64,${data[type]}">`, plotly: false };
      }
      if (typeof data['text/markdown'] === 'string') return { html: markdownHtml(data['text/markdown']), plotly: false };
      if (typeof data['text/plain'] === 'string') return { html: `<pre>${escapeHtml(data['text/plain'])}</pre>`, plotly: false };
      return { html: '', plotly: false };
    }
  }
}

function renderCell(cell: Cell): { html: string; plotly: boolean } {
  const source = cellSource(cell);
  if (cell.cell_type === 'markdown') return { html: `<div class="cell markdown">${markdownHtml(source)}</div>`, plotly: false };
  if (cell.cell_type === 'raw') return { html: `<div class="cell raw"><pre>${escapeHtml(source)}</pre></div>`, plotly: false };
  const outputs = (cell.outputs ?? []).map(renderOutput);
  const tags = cell.metadata.tags?.length ? ` <span>[${escapeHtml(cell.metadata.tags.join(', '))}]</span>` : '';
  return {
    html:
      `<div class="cell code"><div class="prompt">In [${cell.execution_count ?? ' '}]:${tags}</div><div class="input"><pre>${escapeHtml(source)}</pre></div>` +
      `<div class="outputs">${outputs.map((o) => o.html).join('')}</div></div>`,
    plotly: outputs.some((o) => o.plotly),
  };
}

/** The executed notebook as one standalone page (header optional, e.g. a status line and a back link). */
export function notebookHtml(notebook: Notebook, title: string, header = ''): string {
  const cells = notebook.cells.map(renderCell);
  return page(
    title,
    `${header}${cells.map((c) => c.html).join('\n')}`,
    cells.some((c) => c.plotly),
  );
}

/** Bound checks found in a notebook's outputs, with the index of the cell that displayed them. */
export function collectVerdicts(notebook: Notebook): { cell: number; check: BoundCheck }[] {
  const found: { cell: number; check: BoundCheck }[] = [];
  notebook.cells.forEach((cell, index) => {
    for (const output of cell.outputs ?? []) {
      if ((output.output_type === 'display_data' || output.output_type === 'execute_result') && Array.isArray(output.data[VERDICT_MIME])) {
        for (const check of output.data[VERDICT_MIME] as BoundCheck[]) found.push({ cell: index, check });
      }
    }
  });
  return found;
}
