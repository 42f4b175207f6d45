import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

/**
 * End-to-end: every notebook runs once headlessly through `labelnoise report` at its small `smoke` preset (the
 * default-parameter report and its pinned verdicts are compared by .ci/run), two run under stock Jupyter
 * (nbconvert), and the rendered pages draw their plotly charts in headless Chromium without console errors.
 * On CI (CI=true) a missing Jupyter or Chromium is a failure; elsewhere those tests are skipped.
 */
const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const NOTEBOOKS = readdirSync(join(ROOT, 'notebooks'))
  .filter((f) => f.endsWith('.ipynb'))
  .sort();
/** The two notebooks also executed by stock Jupyter: quick at their defaults, and between them every display helper. */
const NBCONVERT_NOTEBOOKS = ['li2019-fig2.ipynb', 'sigma.ipynb'];
const out = mkdtempSync(join(tmpdir(), 'labelnoise-report-'));
const onCi = process.env.CI === 'true';
let report: { code: number | null; stdout: string; stderr: string };

interface NotebookJson {
  metadata: { labelnoise?: { presets?: Record<string, Record<string, unknown>> } };
  cells: { cell_type: string; source: string | string[]; metadata: { tags?: string[] } }[];
}

function readNotebookJson(file: string): NotebookJson {
  return JSON.parse(readFileSync(join(ROOT, 'notebooks', file), 'utf8')) as NotebookJson;
}

const sourceOf = (cell: NotebookJson['cells'][number]) => (Array.isArray(cell.source) ? cell.source.join('') : cell.source);

function available(command: string): boolean {
  return spawnSync('which', [command]).status === 0;
}

function requireTool(command: string): string | false {
  if (available(command)) return false;
  if (onCi) assert.fail(`${command} is not installed (CI must install it: see .ci/run)`);
  return `${command} not installed`;
}

before(() => {
  const r = spawnSync(process.execPath, [CLI, 'report', '--preset', 'smoke', '--out', out, '--quiet', '--jobs', '2'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 15 * 60_000,
  });
  report = { code: r.status, stdout: r.stdout, stderr: r.stderr };
});

test('notebooks are thin: checks come from the theory library, helpers from the toolkit, and each declares a smoke preset', () => {
  for (const file of NOTEBOOKS) {
    const nb = readNotebookJson(file);
    const code = nb.cells.filter((c) => c.cell_type === 'code');
    for (const cell of code) {
      const source = sourceOf(cell);
      assert.ok(!source.includes('boundCheck('), `${file}: a cell builds a check inline (boundCheck): checks belong in src/theory`);
      assert.ok(!/const (norm2|normInf|mean|maxOf) = /.test(source), `${file}: a cell re-declares a toolkit helper`);
    }
    const parametersCell = code.find((c) => c.metadata.tags?.includes('parameters'));
    assert.ok(parametersCell, `${file} has no cell tagged "parameters"`);
    const smoke = nb.metadata.labelnoise?.presets?.smoke;
    assert.ok(smoke && Object.keys(smoke).length > 0, `${file} declares no metadata.labelnoise.presets.smoke`);
    for (const key of Object.keys(smoke)) {
      assert.match(sourceOf(parametersCell), new RegExp(`\\b(const|let)\\s+${key}\\b`), `${file}: smoke preset sets "${key}", which is not a parameter`);
    }
  }
});

test('every notebook executes without error through labelnoise report at its smoke preset', () => {
  assert.equal(report.code, 0, `report failed:\n${report.stdout}\n${report.stderr}`);
  const notebooks = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { name: string; ok: boolean; checks: { check: { verdict: string } }[] }[];
  assert.deepEqual(
    notebooks.map((s) => `${s.name}.ipynb`),
    NOTEBOOKS,
  );
  for (const s of notebooks) {
    assert.ok(s.ok, `${s.name} failed`);
    assert.ok(s.checks.length > 0, `${s.name} ends in no verdict`);
    assert.ok(existsSync(join(out, `${s.name}.html`)) && existsSync(join(out, `${s.name}.ipynb`)));
  }
  const index = readFileSync(join(out, 'index.html'), 'utf8');
  for (const s of notebooks) assert.match(index, new RegExp(`href="${s.name}.html"`));
  assert.ok(!/<script[^>]+src=/.test(index), 'no external scripts: plotly.js is inlined');
});

test('every check in the summary has an id unique in its notebook, a kind, a readable source and computed hypotheses', () => {
  const notebooks = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as {
    name: string;
    checks: { check: { id: string; kind: string; source: string; hypotheses: unknown[]; verdict: string } }[];
  }[];
  for (const nb of notebooks) {
    const ids = new Set<string>();
    for (const { check } of nb.checks) {
      assert.ok(check.id && !ids.has(check.id), `${nb.name}: check id "${check.id}" missing or repeated`);
      ids.add(check.id);
      assert.ok(['bound', 'invariant', 'empirical', 'identity'].includes(check.kind), `${nb.name} ${check.id}: kind "${check.kind}"`);
      assert.ok(
        check.source.length > 0 && !/seed 00\d|shared\//.test(check.source),
        `${nb.name} ${check.id}: source "${check.source}" must cite the paper, not an internal file`,
      );
      assert.ok(Array.isArray(check.hypotheses), `${nb.name} ${check.id}: hypotheses`);
    }
  }
});

test('labelnoise run honours --param and stops at the first failing cell with its index', () => {
  const dir = mkdtempSync(join(tmpdir(), 'labelnoise-run-'));
  const notebook = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [
      { cell_type: 'code', source: 'const n = 2;', metadata: { tags: ['parameters'] }, outputs: [], execution_count: null },
      { cell_type: 'code', source: 'console.log("n is", n);', metadata: {}, outputs: [], execution_count: null },
      { cell_type: 'code', source: 'throw new RangeError("n too big: " + n);', metadata: {}, outputs: [], execution_count: null },
      { cell_type: 'code', source: 'console.log("unreachable");', metadata: {}, outputs: [], execution_count: null },
    ],
  };
  const path = join(dir, 'probe.ipynb');
  writeFileSync(path, JSON.stringify(notebook));
  const r = spawnSync(process.execPath, [CLI, 'run', path, '--param', 'n=7', '--out', join(dir, 'out'), '--quiet'], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /failed at cell 4: RangeError: n too big: 7/);
  const executed = JSON.parse(readFileSync(join(dir, 'out', 'probe.ipynb'), 'utf8'));
  assert.deepEqual(executed.cells[1].metadata.tags, ['injected-parameters']);
  assert.match(executed.cells[2].outputs[0].text, /n is 7/);
  assert.deepEqual(executed.cells[4].outputs, [], 'cells after the failure do not run');
  const badJobs = spawnSync(process.execPath, [CLI, 'report', '--notebooks', dir, '--out', dir, '--jobs', '0'], { encoding: 'utf8' });
  assert.equal(badJobs.status, 2);
  assert.match(badJobs.stderr, /--jobs: expected a whole number ≥ 1, got "0"/);
  const unknown = spawnSync(process.execPath, [CLI, 'run', path, '--param', 'm=1', '--out', join(dir, 'out')], { encoding: 'utf8' });
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /--param m: not a parameter of .*probe.ipynb \(parameters: n\)/);
  const slow = join(dir, 'slow.ipynb');
  writeFileSync(slow, JSON.stringify({ ...notebook, cells: [{ cell_type: 'code', source: 'await new Promise((r) => setTimeout(r, 60000));', metadata: {} }] }));
  const timed = spawnSync(process.execPath, [CLI, 'run', slow, '--timeout', '2', '--out', join(dir, 'out'), '--quiet'], { encoding: 'utf8' });
  assert.equal(timed.status, 1);
  assert.match(timed.stderr, /failed at cell 1: .*timed out after 2 s/);
});

for (const file of NBCONVERT_NOTEBOOKS) {
  test(`${file} executes under stock Jupyter (nbconvert --execute)`, { timeout: 15 * 60_000 }, (t) => {
    const missing = requireTool('jupyter-nbconvert');
    if (missing) return t.skip(missing);
    const jupyterPath = mkdtempSync(join(tmpdir(), 'labelnoise-jupyter-'));
    const install = spawnSync(process.execPath, [CLI, 'kernel', 'install', '--dir', join(jupyterPath, 'kernels')], { encoding: 'utf8' });
    assert.equal(install.status, 0, install.stderr);
    // allow_errors keeps the executed notebook, so a failure can be reported with the kernel's own stderr (tslab puts
    // the real message there); the test fails on any error output all the same.
    const r = spawnSync(
      'jupyter-nbconvert',
      [
        '--to',
        'notebook',
        '--execute',
        '--ExecutePreprocessor.timeout=600',
        '--ExecutePreprocessor.allow_errors=True',
        '--output-dir',
        jupyterPath,
        join(ROOT, 'notebooks', file),
      ],
      {
        encoding: 'utf8',
        env: { ...process.env, JUPYTER_PATH: jupyterPath },
      },
    );
    assert.equal(r.status, 0, r.stderr.slice(-3000));
    const executed = JSON.parse(readFileSync(join(jupyterPath, file), 'utf8')) as {
      cells: { outputs?: { output_type: string; name?: string; text?: string; ename?: string; evalue?: string; data?: Record<string, unknown> }[] }[];
    };
    const failed = executed.cells.findIndex((c) => (c.outputs ?? []).some((o) => o.output_type === 'error'));
    if (failed >= 0) {
      const outputs = executed.cells[failed].outputs ?? [];
      const error = outputs.find((o) => o.output_type === 'error');
      const stderr = outputs
        .filter((o) => o.output_type === 'stream' && o.name === 'stderr')
        .map((o) => o.text)
        .join('');
      assert.fail(`cell ${failed} failed: ${error?.ename}: ${error?.evalue}\nkernel stderr:\n${stderr.slice(-3000)}`);
    }
    const outputs = executed.cells.flatMap((c) => c.outputs ?? []);
    assert.ok(
      outputs.some((o) => o.data?.['application/vnd.labelnoise.verdict+json']),
      'verdicts reached Jupyter as display data',
    );
  });
}

test('the report pages draw their plotly charts in headless Chromium with no console error', { timeout: 120_000 }, async (t) => {
  const missing = requireTool('chromium');
  if (missing) return t.skip(missing);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    for (const pageName of ['index.html', 'sigma.html', 'li2019-fig6.html']) {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`file://${join(out, pageName)}`);
      await page.waitForSelector('.js-plotly-plot .main-svg', { timeout: 30_000 });
      const charts = await page.$$eval('.js-plotly-plot', (plots) => plots.map((p) => p.querySelectorAll('.trace').length));
      assert.ok(charts.length > 0 && charts.every((traces) => traces > 0), `${pageName}: traces per chart ${JSON.stringify(charts)}`);
      await page.screenshot({ path: join(out, `${pageName}.png`), fullPage: false });
      assert.deepEqual(errors, [], `${pageName}: console errors`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
});
