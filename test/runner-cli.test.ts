import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Matrix } from 'ml-matrix';
import { boundCheck, DivergenceError, gradientDescent, leastSquares, Rng, TwoLayerNet } from '../src/index';
import { compareSummaries, pinVerdicts } from '../kernel/runner/compare';
import { injectParameters, Notebook, resolveParameters } from '../kernel/runner/notebookFile';
import { failureMessage } from '../kernel/runner/report';
import { markdownHtml } from '../kernel/runner/render';
import { verdictText } from '../kernel/notebook/display';
import { figureSvg } from '../kernel/notebook/svgFigure';

/** CLI input hardening, report comparison and pinned verdicts: no kernel needed, each case well under 2 s. */
const CLI = resolve(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'labelnoise-runner-cli-'));

function cli(args: string[]) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

const base = {
  seed: 3,
  data: { d: 5, clusters: 2, perCluster: 5, classLabels: [0, 1], epsilon0: 0.3, inputs: 'sphere' },
  corruption: { fraction: 0.3, scheme: 'resample' },
  network: { width: 10, activation: 'relu' },
  training: { steps: 50, stepSize: { rule: 'jacobian', c: 1 } },
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function config(name: string, edit: (c: any) => void): string {
  const c = JSON.parse(JSON.stringify(base));
  edit(c);
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(c));
  return path;
}

test('oversized configs are refused up front in under 2 s with exit 2, naming the field and the estimate', () => {
  const cases: [string, (c: any) => void, RegExp][] = [
    ['width1e8', (c) => (c.network.width = 1e8), /config\.network\.width: this run needs ≈ [\d.]+ GB of memory for the n×width training buffers/],
    ['width1e12', (c) => (c.network.width = 1e12), /config\.network\.width: this run needs ≈ [\d.]+ TB of memory/],
    ['perCluster1e9', (c) => (c.data.perCluster = 1e9), /config\.data\.perCluster: this run needs ≈ .* of memory/],
    ['d1e9', (c) => (c.data.d = 1e9), /config\.data\.d: this run needs ≈ [\d.]+ GB of memory for the width×d weights/],
    ['steps1e9', (c) => (c.training.steps = 1e9), /config\.training\.steps: this run needs ≈ [\d.]+ GB of memory for the trajectory/],
    [
      'steps1e9sparse',
      (c) => Object.assign(c.training, { steps: 1e9, recordEvery: 1e6 }),
      /config\.training\.steps: this run would take ≈ [\d.]+ min .*pass --allow-long/,
    ],
  ];
  for (const [name, edit, message] of cases) {
    const r = cli(['gd', '--config', config(name, edit), '--out', join(dir, name), '--quiet']);
    assert.equal(r.code, 2, `${name}: ${r.stderr}`);
    assert.match(r.stderr, message, name);
    assert.ok(r.ms < 2000, `${name} took ${r.ms} ms`);
  }
  // --allow-long lifts the time estimate, never the memory one
  const memory = cli(['gd', '--config', join(dir, 'width1e8.json'), '--out', join(dir, 'x'), '--allow-long']);
  assert.equal(memory.code, 2);
  const spectrum = cli(['spectrum', '--config', config('spectrumWide', (c) => ((c.network.width = 1e12), (c.spectrum = {}))), '--quiet']);
  assert.equal(spectrum.code, 2);
  assert.match(spectrum.stderr, /config\.network\.width: this run needs/);
  writeFileSync(join(dir, 'C.json'), '[[1,0],[0,1]]');
  const sigma = cli(['sigma', '--centers', join(dir, 'C.json'), '--activation', 'relu', '--method', 'montecarlo', '--samples', '1e12']);
  assert.equal(sigma.code, 2);
  assert.match(sigma.stderr, /--samples: 1000000000000 Monte Carlo draws would take ≈ [\d.]+ h .*--allow-long/);
  assert.ok(sigma.ms < 2000);
});

test('finite extreme values get a clear error naming the field', () => {
  const centers = cli([
    'gd',
    '--config',
    config('centers', (c) => {
      delete c.data.d;
      delete c.data.clusters;
      c.data.centers = [
        [1e200, 0, 0],
        [0, 1, 0],
      ];
    }),
    '--out',
    join(dir, 'c'),
  ]);
  assert.equal(centers.code, 2);
  assert.match(centers.stderr, /config\.data\.centers\[0\]\[0\]: expected a number of magnitude <= 1000000/);
  const eps = cli(['gd', '--config', config('eps', (c) => (c.data.epsilon0 = 1e300)), '--out', join(dir, 'e')]);
  assert.equal(eps.code, 2);
  assert.match(eps.stderr, /config\.data\.epsilon0: expected a number <= 1000000, got 1e\+300/);
  const init = cli(['gd', '--config', config('init', (c) => (c.network.initScale = 1e200)), '--out', join(dir, 'i')]);
  assert.equal(init.code, 2);
  assert.match(init.stderr, /config\.network\.initScale/);
  for (const r of [centers, eps, init]) assert.doesNotMatch(r.stderr, /Cannot read properties/);
});

test('output paths are checked before the run', () => {
  const file = join(dir, 'existing-file');
  writeFileSync(file, 'x');
  const gd = cli(['gd', '--config', config('ok', () => {}), '--out', file]);
  assert.equal(gd.code, 2);
  assert.match(gd.stderr, /--out: .*existing-file exists and is not a folder/);
  const spectrum = cli(['spectrum', '--config', config('spec', (c) => (c.spectrum = {})), '--out', join(dir, 'missing-folder', 'x.json')]);
  assert.equal(spectrum.code, 2);
  assert.match(spectrum.stderr, /--out: the folder .*missing-folder does not exist/);
});

test('gradient descent blow-up is caught early and blames the step size; an infinite initial loss blames the initial weights', () => {
  const r = cli(['gd', '--config', config('eta', (c) => (c.training = { steps: 200, stepSize: 1e6 })), '--out', join(dir, 'eta'), '--quiet']);
  assert.equal(r.code, 1);
  const m = /diverged at step (\d+): the loss grew from .* with step size 1000000; use a smaller step size/.exec(r.stderr);
  assert.ok(m, r.stderr);
  assert.ok(Number(m[1]) <= 5, `caught at step ${m?.[1]}, long before the loss overflows`);
  // the library: opt-in growth factor, and step 0 is never the step size's fault
  const net = new TwoLayerNet({ inputDim: 2, width: 4, activation: 'relu' });
  const X = new Matrix([
    [1, 0],
    [0, 1],
  ]);
  const common = { net, X, labels: [1, -1], loss: leastSquares(), steps: 10 };
  const huge = net.initialWeights(new Rng(1), 1).mul(1e200);
  assert.throws(
    () => gradientDescent({ ...common, initialWeights: huge, stepSize: 1e-3 }),
    (e: unknown) => e instanceof DivergenceError && e.step === 0 && /initial weights .*the step size is not the cause/.test(e.message),
  );
  const W0 = net.initialWeights(new Rng(1), 1);
  assert.throws(
    () => gradientDescent({ ...common, initialWeights: W0, stepSize: 1e4, divergenceFactor: 1e6 }),
    (e: unknown) => e instanceof DivergenceError && e.step > 0 && e.step < 10 && /with step size 10000/.test(e.message),
  );
  assert.throws(() => gradientDescent({ ...common, initialWeights: W0, stepSize: 1e-3, divergenceFactor: 0.5 }), /divergenceFactor: expected a number > 1/);
});

function summary(verdict: string, lhs: number): unknown[] {
  return [
    {
      name: 'a',
      ok: true,
      failure: null,
      checks: [
        { cell: 3, check: { id: 'a.one', kind: 'bound', name: 'x ≤ 1', lhs, rhs: 1, verdict } },
        { cell: 3, check: { id: 'a.two', kind: 'identity', name: 'y', lhs: 2, rhs: 2, verdict: 'holds' } },
      ],
    },
    { name: 'b', ok: true, failure: null, checks: [{ cell: 2, check: { id: 'b.one', kind: 'empirical', name: 'z', lhs: 0.5, rhs: 0.25, verdict: 'holds' } }] },
  ];
}

test('compare lists a planted verdict change and number changes beyond the tolerance, exiting 1 only for verdicts', () => {
  const old = join(dir, 'old.json');
  writeFileSync(old, JSON.stringify(summary('holds', 0.5)));
  const numbers = join(dir, 'numbers.json');
  writeFileSync(numbers, JSON.stringify(summary('holds', 0.5000001)));
  const planted = join(dir, 'planted.json');
  writeFileSync(planted, JSON.stringify(summary('violated', 1.5)));
  const same = cli(['compare', old, old]);
  assert.equal(same.code, 0);
  assert.match(same.stdout, /0 verdict\/status change\(s\), 0 number change\(s\)/);
  const moved = cli(['compare', old, numbers, '--tolerance', '1e-9']);
  assert.equal(moved.code, 0, 'numbers alone do not fail');
  assert.match(moved.stdout, /a a\.one: lhs 0\.5 → 0\.5000001 \(verdict holds unchanged\)/);
  assert.equal(cli(['compare', old, numbers]).stdout.includes('a.one'), false, 'within the default tolerance');
  const changed = cli(['compare', old, planted]);
  assert.equal(changed.code, 1);
  assert.match(changed.stdout, /a a\.one: verdict holds → violated \(lhs 0\.5 → 1\.5, rhs 1 → 1\)/);
  const direct = compareSummaries(summary('holds', 0.5) as never, summary('holds', 0.5).slice(0, 1) as never, 1e-6);
  assert.deepEqual(direct.lines, ['b: notebook removed']);
});

test('verdicts pin writes a sorted stable file; check lists every added, removed and changed check', () => {
  const report = join(dir, 'summary.json');
  writeFileSync(report, JSON.stringify(summary('holds', 0.5)));
  const pinned = join(dir, 'verdicts.json');
  assert.equal(cli(['verdicts', 'pin', report, '--out', pinned]).code, 0);
  const text = readFileSync(pinned, 'utf8');
  assert.equal(
    text,
    JSON.stringify(
      {
        a: { 'a.one': { kind: 'bound', verdict: 'holds' }, 'a.two': { kind: 'identity', verdict: 'holds' } },
        b: { 'b.one': { kind: 'empirical', verdict: 'holds' } },
      },
      null,
      1,
    ) + '\n',
  );
  assert.equal(cli(['verdicts', 'check', report, '--pinned', pinned]).code, 0);
  const next = summary('violated', 2) as { checks: { check: Record<string, unknown> }[] }[];
  next[0].checks.pop();
  next[1].checks.push({ check: { id: 'b.two', kind: 'bound', name: 'w', lhs: 1, rhs: 2, verdict: 'holds' } });
  const nextPath = join(dir, 'next.json');
  writeFileSync(nextPath, JSON.stringify(next));
  const check = cli(['verdicts', 'check', nextPath, '--pinned', pinned]);
  assert.equal(check.code, 1);
  assert.match(check.stdout, /changed {2}a a\.one: bound holds → bound violated/);
  assert.match(check.stdout, /removed {2}a a\.two \(pinned identity holds\)/);
  assert.match(check.stdout, /added {4}b b\.two \(bound holds\)/);
  next[1].checks.push({ check: { id: 'b.two', kind: 'bound', name: 'again', lhs: 1, rhs: 2, verdict: 'holds' } });
  writeFileSync(nextPath, JSON.stringify(next));
  for (const args of [
    ['pin', nextPath, '--out', join(dir, 'dup.json')],
    ['check', nextPath, '--pinned', pinned],
  ]) {
    const dup = cli(['verdicts', ...args]);
    assert.equal(dup.code, 2);
    assert.match(dup.stderr, /notebook b has two checks with id "b\.two"/);
  }
  assert.throws(() => pinVerdicts(next as never, 'x'), /two checks with id/);
});

test('presets apply like --param (explicit values win); injected cells never pile up', () => {
  const nb: Notebook = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { labelnoise: { presets: { smoke: { n: 3, m: 1 } } } },
    cells: [
      { cell_type: 'code', source: 'const n = 10;\nconst m = 2;', metadata: { tags: ['parameters'] } },
      { cell_type: 'code', source: 'n', metadata: {} },
    ],
  };
  assert.deepEqual(resolveParameters(nb, 'nb', { m: 5 }, 'smoke'), { n: 3, m: 5 });
  assert.deepEqual(resolveParameters(nb, 'nb', { m: 5 }), { m: 5 });
  assert.throws(() => resolveParameters(nb, 'nb.ipynb', {}, 'paper'), /--preset paper: nb.ipynb has no preset "paper" \(presets: smoke\)/);
  assert.throws(() => resolveParameters({ ...nb, metadata: {} }, 'nb.ipynb', {}, 'smoke'), /declares no presets/);
  const once = injectParameters(nb, { n: 3 });
  const twice = injectParameters(once, { n: 4 });
  assert.equal(twice.cells.length, 3);
  assert.equal(twice.cells[1].source, 'const n = 4;');
  assert.equal(injectParameters(once, {}).cells.length, 2, 'a rerun without parameters drops the stale injected cell');
});

test("tslab's plain Error is recovered from stderr", () => {
  const stderr = 'evalmachine.<anonymous>:2\nthrow new Error("boom");\n^\n\nError: boom\n    at evalmachine.<anonymous>:2:7\n';
  assert.equal(
    failureMessage({ cell_type: 'code', source: '', metadata: {}, outputs: [{ output_type: 'stream', name: 'stderr', text: stderr }] }, 'fallback'),
    'Error: boom',
  );
  assert.equal(
    failureMessage(
      { cell_type: 'code', source: '', metadata: {}, outputs: [{ output_type: 'stream', name: 'stderr', text: 'x\nTypeError: bad thing\n' }] },
      'f',
    ),
    'TypeError: bad thing',
  );
});

test('markdown is sanitised (scripts, handlers, javascript: URLs removed) and KaTeX MathML is kept', () => {
  const html = markdownHtml(
    '$x_1$ <script>alert(1)</script><img src="x" onerror="alert(2)"> [a](javascript:alert(3)) <a href="JaVaScRiPt:alert(4)">b</a> <iframe src="https://example.org"></iframe> <svg onload="alert(5)"></svg> <b style="color:red">ok</b>',
  );
  assert.match(html, /<math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML"><semantics><mrow><msub><mi>x<\/mi><mn>1<\/mn><\/msub>/);
  for (const bad of ['<script', 'onerror', 'javascript:', 'JaVaScRiPt', '<iframe', 'onload', 'alert('])
    assert.ok(!html.includes(bad), `${bad} survived: ${html}`);
  assert.match(html, /<b>ok<\/b>/);
});

test('the verdict line shows the kind and the seed count', () => {
  const check = boundCheck({ id: 't.a', kind: 'empirical', name: 'a ≤ b', source: 'src', lhs: 1, relation: '<=', rhs: 2, seeds: 10 });
  assert.equal(verdictText(check), 'HOLDS  [empirical, 10 seeds] a ≤ b: 1.00000 ≤ 2.00000 [src]');
  assert.match(verdictText({ ...check, kind: 'identity', seeds: 1 }), /\[identity \(not evidence\), 1 seed\]/);
});

test('figures get a static SVG drawing made without a browser', () => {
  const svg = figureSvg({
    data: [
      { x: [1, 10, 100], y: [3, 2, 1], name: 'loss <b>', mode: 'lines' },
      { type: 'heatmap', z: [[1]] },
    ],
    layout: { title: { text: 'T' }, xaxis: { type: 'log', title: 'steps' } },
  });
  assert.ok(svg && svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
  assert.match(svg, /<polyline points="[\d., ]+" fill="none"/);
  assert.match(svg, /loss &lt;b&gt;/);
  assert.match(svg, />100</);
  assert.match(svg, /heatmap trace\(s\) not drawn/);
  assert.equal(figureSvg({ data: [{ type: 'heatmap', z: [[1]] }] }), null);
  const bars = figureSvg({
    data: [
      { type: 'bar', x: ['a', 'b'], y: [1, 2], name: 'holds' },
      { type: 'bar', x: ['a', 'b'], y: [2, 0], name: 'violated' },
    ],
    layout: { barmode: 'stack' },
  }) as string;
  assert.equal((bars.match(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" fill="#/g) ?? []).length, 4 + 2, 'four bars and two legend swatches');
  assert.match(bars, />a<\/text>.*>b<\/text>/);
});
