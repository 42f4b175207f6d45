import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ValidationError } from '../src/core/errors';
import { clopperPearson } from '../src/theory/seeds';
import { readNotebook } from '../kernel/runner/notebookFile';
import { aggregateOutcome, aggregateSweep, claimedProbability, distribution } from '../kernel/runner/sweep/aggregate';
import { checkGrid, configAxis, gridPoints, notebookParameters, parseGridOption, parseSeeds, runKey } from '../kernel/runner/sweep/grid';
import { sweepPageHtml, sweepsIndexSection } from '../kernel/runner/sweep/page';
import { buildPlan, checkDiskSpace, loadSweepNotebook, presetValues, resultPath, runParams, SweepPlan, writeFileAtomic } from '../kernel/runner/sweep/plan';
import { arrayScript, checkSlurmMem, checkSlurmTime, estimateTime } from '../kernel/runner/sweep/slurm';
import { CheckSummary, RunResult } from '../kernel/runner/sweep/task';

/** Grid expansion, typing, seeds, run keys, aggregation and the page, without running a kernel. */

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const FIXTURE = join(__dirname, 'fixtures', 'sweep-tiny.ipynb');
const params = notebookParameters(readNotebook(FIXTURE));
const tmp = mkdtempSync(join(tmpdir(), 'labelnoise-sweep-unit-'));

function throwsField(fn: () => unknown, field: string | RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof ValidationError, `expected a ValidationError, got ${e}`);
    if (typeof field === 'string') assert.equal(e.field, field);
    else assert.match(e.field, field);
    return true;
  });
}

test('the parameters cell gives each parameter a type from its annotation or literal default', () => {
  assert.deepEqual(
    params.map((p) => [p.name, p.type]),
    [
      ['seed', 'number'],
      ['noise', 'number'],
      ['n', 'number'],
      ['mode', 'string'],
    ],
  );
  assert.equal(params.find((p) => p.name === 'mode')?.defaultText, "'ok'", 'the trailing comment is not part of the default');
});

test('--grid values are typed like the default, and bad grids name the field', () => {
  assert.deepEqual(parseGridOption('noise=0.1,0.3,2', params), { name: 'noise', values: [0.1, 0.3, 2] });
  assert.deepEqual(parseGridOption('mode=ok,flaky', params).values, ['ok', 'flaky']);
  assert.deepEqual(parseGridOption('mode=1,"two"', params).values, ['1', 'two'], 'a string parameter keeps the text');
  assert.deepEqual(parseGridOption('noise=[0.5, 1]', params).values, [0.5, 1], 'JSON array form');
  throwsField(() => parseGridOption('noise=0.1,abc', params), '--grid noise[1]');
  throwsField(() => parseGridOption('noise=true', params), '--grid noise');
  throwsField(() => parseGridOption('width=1,2', params), '--grid width');
  throwsField(() => parseGridOption('seed=1,2', params), '--grid seed');
  throwsField(() => parseGridOption('noise=', params), '--grid noise');
  throwsField(() => parseGridOption('noise=1,1', params), '--grid noise');
  throwsField(() => parseGridOption('noise', params), '--grid');
  throwsField(() => configAxis('mode', [1, 2], params, 'config.grid.mode'), 'config.grid.mode[0]');
  throwsField(() => configAxis('noise', 0.5, params, 'config.grid.noise'), 'config.grid.noise');
});

test('a notebook without a seed parameter cannot be swept', () => {
  const noSeed = notebookParameters({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [{ cell_type: 'code', source: 'const width = 10;', metadata: { tags: ['parameters'] } }],
  });
  throwsField(() => checkGrid([], noSeed, 'x.ipynb'), 'x.ipynb');
  throwsField(() => notebookParameters({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [] }, 'y.ipynb'), 'y.ipynb');
});

test('--seeds: ranges, lists and arrays; empty, reversed, fractional and repeated seeds are refused', () => {
  assert.deepEqual(parseSeeds('1..4'), [1, 2, 3, 4]);
  assert.deepEqual(parseSeeds('7'), [7]);
  assert.deepEqual(parseSeeds('3, 9,1'), [3, 9, 1]);
  assert.deepEqual(parseSeeds([5, 6], 'config.seeds'), [5, 6]);
  for (const bad of ['5..1', '', '1,1', '1.5', 'a..b', '1..', []]) throwsField(() => parseSeeds(bad), '--seeds');
  throwsField(() => parseSeeds([1, 2.5], 'config.seeds'), 'config.seeds');
});

test('the grid is the product of its axes (last varying fastest); run keys hash notebook and parameters', () => {
  const axes = [
    { name: 'a', values: [1, 2] },
    { name: 'b', values: ['x', 'y', 'z'] },
  ];
  assert.deepEqual(
    gridPoints(axes).map((p) => `${p.a}${p.b}`),
    ['1x', '1y', '1z', '2x', '2y', '2z'],
  );
  assert.deepEqual(gridPoints([]), [{}]);
  const plan = buildPlan({ path: '/nb.ipynb', name: 'nb', sha256: 'abc' }, axes, [1, 2], { cellTimeoutMs: 1000, executor: 'local' });
  assert.equal(plan.runs.length, 12);
  assert.equal(new Set(plan.runs.map((r) => r.key)).size, 12);
  assert.equal(runKey('abc', { a: 1, seed: 2 }), runKey('abc', { seed: 2, a: 1 }), 'key order does not matter');
  assert.notEqual(runKey('abc', { a: 1, seed: 2 }), runKey('abd', { a: 1, seed: 2 }), 'the notebook content is in the key');
  assert.notEqual(runKey('abc', { a: 1, seed: 2 }), runKey('abc', { a: 1, seed: 3 }));
});

test('a preset fixes the values the grid and the seeds do not set, and is part of each run key', () => {
  const notebook = loadSweepNotebook(FIXTURE);
  assert.deepEqual(presetValues(notebook, 'smoke'), { n: 10 });
  throwsField(() => presetValues(notebook, 'paper'), '--preset');
  throwsField(() => presetValues({ ...notebook, presets: { bad: { width: 3 } } }, 'bad'), '--preset bad.width');
  throwsField(() => presetValues({ ...notebook, presets: { bad: { n: 'ten' } } }, 'bad'), '--preset bad.n');
  const grid = [{ name: 'noise', values: [0.5] }];
  const withPreset = buildPlan(notebook, grid, [1], {
    cellTimeoutMs: 1000,
    executor: 'local',
    preset: { name: 'smoke', values: { n: 10, noise: 9, seed: 5 } },
  });
  assert.deepEqual(withPreset.fixed, { n: 10 }, 'the grid overrides noise, the seeds override seed');
  assert.deepEqual(runParams(withPreset, withPreset.runs[0]), { n: 10, noise: 0.5, seed: 1 });
  assert.notEqual(withPreset.runs[0].key, buildPlan(notebook, grid, [1], { cellTimeoutMs: 1000, executor: 'local' }).runs[0].key);
});

test('a grid whose estimated output exceeds the free disk is refused, naming the grid and seeds', () => {
  throwsField(() => checkDiskSpace(1000, 10_000_000, tmp, 1_000_000_000), '--grid/--seeds');
  checkDiskSpace(10, 10_000, tmp, 1_000_000_000);
});

test('Slurm time and memory flags are checked; the array script has one task per pending run', () => {
  assert.equal(checkSlurmTime('01:30:00'), '01:30:00');
  assert.equal(checkSlurmTime('2-00:00:00'), '2-00:00:00');
  throwsField(() => checkSlurmTime('90 minutes'), '--time');
  assert.equal(checkSlurmMem('4g'), '4G');
  throwsField(() => checkSlurmMem('lots'), '--mem');
  const script = arrayScript({
    dir: '/shared/sweep',
    batch: '/shared/sweep/slurm/batch-1.json',
    tasks: 6,
    name: 'li2019-fig6',
    time: '00:20:00',
    mem: '4G',
    cpusPerTask: 1,
    throttle: 2,
    extra: ['--account=proj'],
  });
  assert.match(script, /^#SBATCH --array=0-5%2$/m);
  assert.match(script, /^#SBATCH --time=00:20:00$/m);
  assert.match(script, /^#SBATCH --mem=4G$/m);
  assert.match(script, /^#SBATCH --cpus-per-task=1$/m);
  assert.match(script, /^#SBATCH --account=proj$/m);
  assert.match(script, /^#SBATCH --output=\/shared\/sweep\/slurm\/logs\/%A_%a\.out$/m);
  assert.match(script, /dist\/src\/cli\/main\.js' sweep --task '\/shared\/sweep\/slurm\/batch-1\.json' "\$SLURM_ARRAY_TASK_ID"$/m);
});

test('the Slurm time limit is estimated from runs already measured in the folder, else one hour', () => {
  const dir = join(tmp, 'estimate');
  const plan = buildPlan({ path: '/nb.ipynb', name: 'nb', sha256: 'abc' }, [], [1, 2], { cellTimeoutMs: 1000, executor: 'slurm' });
  assert.deepEqual(estimateTime(dir, plan).time, '01:00:00');
  const measured = (seconds: number, attempts: number) => ({ ok: true, seconds, attempts, checks: {} });
  writeFileAtomic(resultPath(dir, plan.runs[0].key), JSON.stringify(measured(100, 1)));
  assert.equal(estimateTime(dir, plan).time, '00:10:00', 'at least 10 minutes');
  writeFileAtomic(resultPath(dir, plan.runs[1].key), JSON.stringify(measured(2400, 2)));
  assert.equal(estimateTime(dir, plan).time, '01:00:00', '3 × the longest attempt (1200 s)');
});

function check(verdict: CheckSummary['verdict'], lhs: number | null, details: CheckSummary['details'] = {}): CheckSummary {
  return { kind: 'bound', verdict, lhs, rhs: 1, relation: '<=', name: 'x ≤ 1', source: 'test', details };
}

/** A plan over a 2-point grid × 10 seeds with made-up results: the aggregation is pure arithmetic on them. */
function syntheticSweep(): { plan: SweepPlan; results: Map<string, RunResult> } {
  const plan = buildPlan(
    { path: '/nb.ipynb', name: 'nb', sha256: 'abc' },
    [{ name: 'rho', values: [0.1, 0.5] }],
    Array.from({ length: 10 }, (_, i) => i + 1),
    { cellTimeoutMs: 1000, executor: 'local' },
  );
  const results = new Map<string, RunResult>();
  for (const run of plan.runs) {
    const rho = run.point.rho as number;
    if (rho === 0.5 && run.seed === 10) continue; // missing
    const failed = rho === 0.5 && run.seed === 9;
    // rho 0.1: all 10 hold; rho 0.5 (8 finished): seeds 1–2 hold, 3–6 violated, 7–8 hypotheses not met
    const verdict: CheckSummary['verdict'] = rho === 0.1 || run.seed <= 2 ? 'holds' : run.seed <= 6 ? 'violated' : 'not-applicable';
    results.set(run.key, {
      key: run.key,
      notebook: 'nb',
      notebookSha256: 'abc',
      point: run.point,
      seed: run.seed,
      params: { ...run.point, seed: run.seed },
      ok: !failed,
      attempts: failed ? 2 : 1,
      seconds: 1,
      failure: failed ? { cell: 3, message: 'boom' } : null,
      checks: failed
        ? {}
        : {
            'p.claim': check(verdict, run.seed === 1 ? null : run.seed / 10, { claimedProbability: 0.9 }),
            'p.delta': check(verdict, run.seed, { delta: 0.5 }),
            'p.rate-only': check(verdict, run.seed),
          },
      host: 'h',
      finishedAt: '',
      ipynb: 'nb.ipynb',
      html: 'nb.html',
    });
  }
  return { plan, results };
}

test('aggregation: success fraction over seeds where the hypotheses held, Clopper–Pearson interval, claims, spreads', () => {
  const { plan, results } = syntheticSweep();
  const agg = aggregateSweep(plan, (k) => results.get(k) ?? null);
  assert.deepEqual(agg.totals, { planned: 20, finished: 18, failed: 1, missing: 1 });
  assert.deepEqual(agg.checkIds, ['p.claim', 'p.delta', 'p.rate-only']);
  const [low, high] = agg.points;
  assert.deepEqual([low.finished, low.failed, low.missing, high.finished, high.failed, high.missing], [10, 0, 0, 8, 1, 1]);
  const a = low.checks[0];
  assert.deepEqual([a.holds, a.applicable, a.rate, a.verdict], [10, 10, 1, 'holds']);
  assert.deepEqual(a.interval, clopperPearson(10, 10));
  const b = high.checks.find((c) => c.id === 'p.claim')!;
  assert.deepEqual([b.runs, b.holds, b.violated, b.notApplicable, b.applicable], [8, 2, 4, 2, 6]);
  assert.equal(b.rate, 2 / 6);
  assert.deepEqual(b.interval, clopperPearson(2, 6));
  assert.ok(b.interval![1] < 0.9);
  assert.equal(b.verdict, 'violated', 'the whole interval lies below the claimed 0.9');
  assert.deepEqual(b.violatedSeeds, [3, 4, 5, 6]);
  assert.deepEqual(b.notApplicableSeeds, [7, 8]);
  assert.deepEqual(b.lhs, { n: 7, nonFinite: 1, min: 0.2, median: 0.5, max: 0.8 });
  const d = high.checks.find((c) => c.id === 'p.delta')!;
  assert.equal(d.claimedProbability, 0.5);
  assert.equal(d.verdict, 'holds', 'upper end ≥ 1 − δ = 0.5: consistent with the claim');
  const r = high.checks.find((c) => c.id === 'p.rate-only')!;
  assert.equal(r.verdict, null, 'no claimed probability: rate without a verdict');
  assert.equal(r.claimedProbability, null);
  assert.deepEqual(
    agg.problems.map((p) => [p.seed, p.status]),
    [
      [9, 'failed'],
      [10, 'missing'],
    ],
  );
  assert.deepEqual(aggregateOutcome(agg), aggregateOutcome(aggregateSweep(plan, (k) => results.get(k) ?? null)));
});

test('a check with no run meeting its hypotheses has no rate, and is not-applicable against its claim', () => {
  const plan = buildPlan({ path: '/nb.ipynb', name: 'nb', sha256: 'abc' }, [], [1, 2], { cellTimeoutMs: 1000, executor: 'local' });
  const result = (seed: number): RunResult => ({
    key: '',
    notebook: 'nb',
    notebookSha256: 'abc',
    point: {},
    seed,
    params: { seed },
    ok: true,
    attempts: 1,
    seconds: 1,
    failure: null,
    checks: { c: check('not-applicable', 1, { claimedProbability: 0.95 }) },
    host: 'h',
    finishedAt: '',
    ipynb: null,
    html: null,
  });
  const agg = aggregateSweep(plan, (k) => result(plan.runs.find((r) => r.key === k)!.seed));
  const c = agg.points[0].checks[0];
  assert.deepEqual([c.rate, c.interval, c.verdict], [null, null, 'not-applicable']);
});

test('distribution and claimed probability helpers', () => {
  assert.deepEqual(distribution([3, 1, 2, 4]), { n: 4, nonFinite: 0, min: 1, median: 2.5, max: 4 });
  assert.deepEqual(distribution([null, 5]), { n: 1, nonFinite: 1, min: 5, median: 5, max: 5 });
  assert.deepEqual(distribution([]), { n: 0, nonFinite: 0, min: null, median: null, max: null });
  assert.equal(claimedProbability({ details: { claimedProbability: 0.99 } }), 0.99);
  assert.equal(claimedProbability({ details: { delta: 0.05 } }), 0.95);
  assert.equal(claimedProbability({ details: { claimedProbability: 'high' } }), null);
  assert.equal(claimedProbability({ details: {} }), null);
});

test('the sweep page is self-contained (plotly inlined, no external script) and shows rates, claims and failures', () => {
  const { plan, results } = syntheticSweep();
  const html = sweepPageHtml(
    aggregateSweep(plan, (k) => results.get(k) ?? null),
    { executor: 'local', generatedAt: 'now' },
  );
  assert.ok(!/<script[^>]+src=/i.test(html), 'no external scripts');
  assert.ok(html.length > 1_000_000, 'plotly.js is inlined');
  assert.match(html, /Plotly\.newPlot\("rate-0"/);
  assert.match(html, /Verdict rate against rho/);
  assert.match(html, /class="claim-violated"/);
  assert.match(html, /2\/6 = 0\.333/);
  assert.match(html, /cell 3: boom/);
  assert.match(html, /id="check-p\.rate-only"/);
});

test('the page plots only grid variables with more than one value', () => {
  const plan = buildPlan(
    { path: '/nb.ipynb', name: 'nb', sha256: 'abc' },
    [
      { name: 'steps', values: [200] },
      { name: 'rho', values: [0.1, 0.5] },
    ],
    [1],
    { cellTimeoutMs: 1000, executor: 'local' },
  );
  const result = (key: string): RunResult => ({
    key,
    notebook: 'nb',
    notebookSha256: 'abc',
    point: {},
    seed: 1,
    params: {},
    ok: true,
    attempts: 1,
    seconds: 1,
    failure: null,
    checks: { c: check('holds', 1) },
    host: 'h',
    finishedAt: '',
    ipynb: null,
    html: null,
  });
  const html = sweepPageHtml(aggregateSweep(plan, result), { executor: 'local', generatedAt: 'now' });
  assert.match(html, /Verdict rate against rho/);
  assert.doesNotMatch(html, /Verdict rate against steps/);
});

test('the report index can list the sweeps under REPORT/sweeps', () => {
  const report = join(tmp, 'report');
  assert.equal(sweepsIndexSection(report), '');
  const { plan, results } = syntheticSweep();
  mkdirSync(join(report, 'sweeps', 'nb'), { recursive: true });
  writeFileSync(join(report, 'sweeps', 'nb', 'sweep.json'), JSON.stringify(aggregateSweep(plan, (k) => results.get(k) ?? null)));
  const section = sweepsIndexSection(report);
  assert.match(section, /href="sweeps\/nb\/index\.html"/);
  assert.match(section, /rho \(2\)/);
  assert.match(section, /<td>18\/20<\/td><td>1<\/td><td>3<\/td><td class="status-failed">1<\/td>/);
});

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: tmp });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('labelnoise sweep refuses bad grids before anything runs: exit 2 naming the field', () => {
  const noSeed = join(tmp, 'no-seed.ipynb');
  const nb = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  nb.cells[1].source = 'const noise = 0.5;';
  writeFileSync(noSeed, JSON.stringify(nb));
  const config = join(tmp, 'bad.json');
  writeFileSync(config, JSON.stringify({ notebook: FIXTURE, grid: { noise: ['high'] }, seeds: '1..3' }));
  const cases: [string[], RegExp][] = [
    [[FIXTURE, '--grid', 'width=1,2', '--seeds', '1..3'], /--grid width: not a parameter of the notebook \(parameters: seed, noise, n, mode\)/],
    [[FIXTURE, '--grid', 'noise=0.1,high', '--seeds', '1..3'], /--grid noise\[1\]: expected a finite number like the default `noise = 0\.5`/],
    [[FIXTURE, '--grid', 'noise=0.1', '--seeds', '5..1'], /--seeds: the range 5\.\.1 is reversed/],
    [[FIXTURE, '--grid', 'noise=0.1', '--seeds', ''], /--seeds: is empty/],
    [[FIXTURE, '--grid', 'noise=0.1'], /--seeds: is required/],
    [[noSeed, '--seeds', '1..3'], /has no parameter "seed" in its parameters cell/],
    [
      [FIXTURE, '--grid', `noise=[${Array.from({ length: 1000 }, (_, i) => i + 1).join(',')}]`, '--seeds', '1..1000000'],
      /--grid\/--seeds: 1000000000 runs need about .* free/,
    ],
    [[FIXTURE, '--seeds', '1..3', '--detach'], /--detach: only with --executor slurm/],
    [[FIXTURE, '--seeds', '1..3', '--executor', 'pbs'], /--executor: expected local or slurm/],
    [[FIXTURE, '--seeds', '1..3', '--executor', 'slurm', '--time', 'soon'], /--time: expected Slurm's time format/],
    [['--config', config], /config\.grid\.noise: expected a finite number/],
  ];
  for (const [args, message] of cases) {
    const r = cli(['sweep', ...args, '--out', join(tmp, 'refused')]);
    assert.equal(r.code, 2, `${args.join(' ')}: exit ${r.code}\n${r.stdout}${r.stderr}`);
    assert.match(r.stderr, message, args.join(' '));
  }
  assert.throws(() => readFileSync(join(tmp, 'refused', 'plan.json')), 'nothing was planned');
  const dry = cli(['sweep', FIXTURE, '--grid', 'noise=0.5,4', '--grid', 'mode=ok', '--seeds', '1..3', '--dry-run', '--out', join(tmp, 'dry')]);
  assert.equal(dry.code, 0, dry.stderr);
  assert.match(dry.stdout, /sweep-tiny: 6 runs \(noise ∈ \{0\.5, 4\} × mode ∈ \{"ok"\}; 3 seeds\), 0 already finished/);
  assert.throws(() => readFileSync(join(tmp, 'dry', 'plan.json')), '--dry-run writes nothing');
});
