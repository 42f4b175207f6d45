import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boundCheck } from '../src/index';
import { table, verdict, plot, progress, PLOTLY_MIME, VERDICT_MIME } from '../kernel/notebook/index';
import { installKernelSpec } from '../kernel/runner/kernelspec';
import { injectParameters, Notebook, parameterNames, parseParam, readNotebook } from '../kernel/runner/notebookFile';
import { collectVerdicts, markdownHtml, notebookHtml } from '../kernel/runner/render';
import { parseArgs } from '../src/cli/args';

const dir = mkdtempSync(join(tmpdir(), 'labelnoise-kernel-test-'));

function notebook(cells: Notebook['cells']): Notebook {
  return { nbformat: 4, nbformat_minor: 5, metadata: {}, cells };
}

test('--param values: JSON when it parses, else a string; keys must be identifiers', () => {
  assert.deepEqual(parseParam('steps=300'), ['steps', 300]);
  assert.deepEqual(parseParam('flag=true'), ['flag', true]);
  assert.deepEqual(parseParam('widths=[1,2]'), ['widths', [1, 2]]);
  assert.deepEqual(parseParam('name="relu"'), ['name', 'relu']);
  assert.deepEqual(parseParam('name=relu'), ['name', 'relu']);
  assert.deepEqual(parseParam('expr=a=b'), ['expr', 'a=b']);
  assert.throws(() => parseParam('noequals'), /--param: expected key=value/);
  assert.throws(() => parseParam('2x=1'), /--param 2x: not a valid identifier/);
  const { lists } = parseArgs(['--param', 'a=1', '--param=b=2'], [], [], ['param']);
  assert.deepEqual(lists.get('param'), ['a=1', 'b=2']);
});

test('parameters are injected right after the tagged cell; unknown names are rejected', () => {
  const nb = notebook([
    { cell_type: 'markdown', source: '# t', metadata: {} },
    { cell_type: 'code', source: ['const steps = 10;\n', 'let seed: number = 1;\n', 'export const eta = 0.1;'], metadata: { tags: ['parameters'] } },
    { cell_type: 'code', source: 'console.log(steps)', metadata: {} },
  ]);
  assert.deepEqual(parameterNames(nb), { index: 1, names: ['steps', 'seed', 'eta'] });
  const injected = injectParameters(nb, { steps: 5, seed: 'x' }, 'nb.ipynb');
  assert.equal(injected.cells.length, 4);
  assert.deepEqual(injected.cells[2].metadata.tags, ['injected-parameters']);
  assert.equal(injected.cells[2].source, 'const steps = 5;\nconst seed = "x";');
  assert.equal(nb.cells.length, 3, 'the input notebook is not modified');
  assert.throws(() => injectParameters(nb, { width: 3 }, 'nb.ipynb'), /--param width: not a parameter of nb.ipynb \(parameters: steps, seed, eta\)/);
  assert.throws(() => injectParameters(notebook([]), { width: 3 }, 'nb.ipynb'), /nb.ipynb has no cell tagged "parameters"/);
  assert.equal(injectParameters(nb, {}), nb);
});

test('bad notebook files are rejected, naming the file and field', () => {
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  assert.throws(() => readNotebook(write('a.ipynb', '{"cells": [')), /a.ipynb: bad JSON/);
  assert.throws(() => readNotebook(write('b.ipynb', '{"nbformat": 3, "cells": []}')), /b.ipynb: nbformat: expected 4, got number 3/);
  assert.throws(
    () => readNotebook(write('c.ipynb', '{"nbformat": 4, "cells": [{"cell_type": "code", "source": 5}]}')),
    /c.ipynb: cells\[0\].source: expected a string or an array of strings/,
  );
  assert.throws(
    () => readNotebook(write('d.ipynb', '{"nbformat": 4, "cells": [{"cell_type": "python", "source": ""}]}')),
    /cells\[0\].cell_type: expected code, markdown or raw/,
  );
  assert.throws(() => readNotebook(join(dir, 'missing.ipynb')), /missing.ipynb: cannot read/);
});

test('markdown math becomes MathML; dollar amounts and TeX underscores survive', () => {
  const html = markdownHtml('Let $\\lambda_{\\min}(\\Sigma)$ be small, it costs $5.\n\n$$\\|W_\\tau - W_0\\|_F$$');
  assert.equal((html.match(/<math /g) ?? []).length, 2);
  assert.match(html, /display="block"/);
  assert.match(html, /it costs \$5\./);
  assert.ok(!html.includes('<em>'), 'no markdown emphasis inside TeX');
});

test('notebook pages escape code, inline plotly.js only when a figure needs it, and collect verdicts', () => {
  const check = boundCheck({ id: 'test.x', kind: 'bound', name: 'x ≤ 1', source: 'test', lhs: 2, relation: '<=', rhs: 1 });
  const nb = notebook([
    {
      cell_type: 'code',
      source: 'const s = "</script><b>";',
      metadata: {},
      execution_count: 1,
      outputs: [{ output_type: 'stream', name: 'stdout', text: '<i>hi</i>' }],
    },
    {
      cell_type: 'code',
      source: 'verdict(check)',
      metadata: {},
      execution_count: 2,
      outputs: [{ output_type: 'display_data', data: { [VERDICT_MIME]: [check], 'text/html': '<div>v</div>' }, metadata: {} }],
    },
  ]);
  const plain = notebookHtml(nb, 't');
  assert.ok(plain.includes('&lt;/script&gt;&lt;b&gt;') && plain.includes('&lt;i&gt;hi&lt;/i&gt;'));
  assert.ok(!plain.includes('Plotly.newPlot'), 'no plotly.js on a page without figures');
  assert.deepEqual(collectVerdicts(nb), [{ cell: 1, check }]);
  const withPlot = notebookHtml(
    notebook([
      {
        cell_type: 'code',
        source: '',
        metadata: {},
        outputs: [{ output_type: 'display_data', data: { [PLOTLY_MIME]: { data: [{ y: [1] }] }, 'text/html': 'FALLBACK' }, metadata: {} }],
      },
    ]),
    't',
  );
  assert.ok(withPlot.includes('Plotly.newPlot') && !withPlot.includes('FALLBACK'), 'the page renders the plotly JSON, not the fallback');
  assert.ok(withPlot.length > 1_000_000, 'plotly.js is inlined');
  assert.ok(!/<script[^>]+src=/.test(withPlot), 'no external script');
});

test('outside a kernel the display helpers print their text form', () => {
  const lines: string[] = [];
  const original = console.log;
  console.log = (x: unknown) => lines.push(String(x));
  try {
    verdict(
      boundCheck({
        id: 'test.ab',
        kind: 'bound',
        name: 'a ≥ b',
        source: 'src',
        lhs: 1,
        relation: '>=',
        rhs: 2,
        hypotheses: [{ name: 'h', holds: true, detail: 'ok' }],
      }),
    );
    table([
      { k: 1, err: 0.25 },
      { k: 10, err: 0.125 },
    ]);
    table({ columns: ['a'], values: [1, 2] });
    plot({ data: [{ y: [1, 2] }], layout: { title: { text: 'T' } } });
  } finally {
    console.log = original;
  }
  assert.match(lines[0], /^VIOLATED {2}\[bound\] a ≥ b: 1\.00000 ≥ 2\.00000 \[src\]$/);
  assert.equal(lines[1], ' k    err\n 1   0.25\n10  0.125');
  assert.equal(lines[2], 'a\n1\n2');
  assert.equal(lines[3], '<plotly figure: T, 1 trace(s)>');
  assert.throws(() => plot({ data: 'nope' } as never), /figure.data: expected an array of plotly traces/);
  assert.throws(() => table(5 as never), /table: expected a danfojs DataFrame or an array of records/);
  assert.throws(() => progress(0), /total: expected a positive integer/);
});

test("the kernel spec runs this project's tslab with this Node by absolute path", () => {
  const specDir = installKernelSpec(join(dir, 'kernels'));
  const spec = JSON.parse(readFileSync(join(specDir, 'kernel.json'), 'utf8'));
  assert.equal(spec.argv[0], process.execPath);
  // the preload adds execution counts (execute_input) for Jupyter clients
  assert.equal(spec.argv[1], '--require');
  assert.match(spec.argv[2], /kernelPreload\.js$/);
  assert.match(spec.argv[3], /node_modules\/tslab\/bin\/tslab$/);
  assert.deepEqual(spec.argv.slice(4), ['kernel', '--config-path', '{connection_file}']);
  assert.equal(spec.language, 'typescript');
});
