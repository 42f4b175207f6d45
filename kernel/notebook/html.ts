import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolveOptional } from '../../src/core/optional';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** JSON safe to place inside a <script> element (no `</script>`, no `<!--`). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

let plotlySource: string | undefined;

/**
 * plotly.js itself (from the plotly.js-dist-min package), made safe to inline in a <script> element:
 * pages and notebook outputs carry it, so nothing is fetched from a CDN.
 */
export function plotlyScript(): string {
  if (plotlySource === undefined) {
    const path = resolveOptional('plotly.js-dist-min/plotly.min.js', 'plotly.js-dist-min', 'Drawing figures');
    plotlySource = readFileSync(path, 'utf8')
      .replace(/<\/script/gi, '<\\/script')
      .replace(/<!--/g, '<\\!--');
  }
  return plotlySource;
}

let plotlyPacked: string | undefined;

/**
 * plotly.js gzip-compressed and base64-encoded (about 2 MB instead of 4.8 MB): each figure's HTML fallback
 * carries it and unpacks it in the browser (DecompressionStream) only when the page has no plotly.js yet.
 */
export function plotlyPackedBase64(): string {
  if (plotlyPacked === undefined) {
    const path = resolveOptional('plotly.js-dist-min/plotly.min.js', 'plotly.js-dist-min', 'Drawing figures');
    plotlyPacked = gzipSync(readFileSync(path), { level: 9 }).toString('base64');
  }
  return plotlyPacked;
}
