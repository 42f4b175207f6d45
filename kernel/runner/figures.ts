import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLOTLY_MIME } from '../notebook/display';
import { escapeHtml, scriptJson } from '../notebook/html';
import { figureSvg } from '../notebook/svgFigure';
import { Notebook } from './notebookFile';
import { page } from './render';

/**
 * Writes every plotly figure of an executed notebook as NAME-figure-N.svg (the static drawing) and
 * NAME-figure-N.html (interactive, plotly.js inlined, works offline; its modebar downloads a PNG).
 * N counts figures from 1 in notebook order. Returns the written file names.
 */
export function exportFigures(notebook: Notebook, name: string, outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  let n = 0;
  for (const cell of notebook.cells) {
    for (const output of cell.outputs ?? []) {
      if (output.output_type !== 'display_data' && output.output_type !== 'execute_result') continue;
      const spec = output.data[PLOTLY_MIME] as
        { data: Record<string, unknown>[]; layout?: Record<string, unknown>; config?: Record<string, unknown> } | undefined;
      if (!spec || !Array.isArray(spec.data)) continue;
      n++;
      const base = `${name}-figure-${n}`;
      const svg = typeof output.data['image/svg+xml'] === 'string' ? (output.data['image/svg+xml'] as string) : figureSvg(spec);
      if (svg) {
        writeFileSync(join(outDir, `${base}.svg`), svg + '\n');
        written.push(`${base}.svg`);
      }
      const body = `<div id="figure" style="width:100%;min-height:480px"></div><script>(function(){var s=${scriptJson(spec)};Plotly.newPlot("figure",s.data,s.layout||{},Object.assign({responsive:true,displaylogo:false},s.config||{}));})();</script>`;
      writeFileSync(join(outDir, `${base}.html`), page(`${escapeHtml(name)} figure ${n}`, body, true));
      written.push(`${base}.html`);
    }
  }
  return written;
}
