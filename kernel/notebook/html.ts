import { readFileSync } from 'node:fs';
import { resolveOptional } from '../../src/core/optional';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** JSON safe to place inside a <script> element (no `</script>`, no `<!--`). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

let plotlySource: string | undefined;

/**
 * plotly.js itself (from the plotly.js-dist-min package), made safe to inline in a <script> element:
 * pages and notebook outputs carry it, so nothing is fetched from a CDN.
 */
export function plotlyScript(): string {
  if (plotlySource === undefined) {
    const path = resolveOptional('plotly.js-dist-min/plotly.min.js', 'plotly.js-dist-min', 'Drawing figures');
    plotlySource = readFileSync(path, 'utf8').replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--');
  }
  return plotlySource;
}
