import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { aggregateOutcome, SweepAggregate } from '../kernel/runner/sweep/aggregate';
import { RunResult } from '../kernel/runner/sweep/task';

/**
 * End-to-end sweeps of a tiny fixture notebook (2-point grid × 3 seeds) through the built CLI: the local executor
 * (layout, resume, retry), then a real one-node Slurm cluster on localhost (.ci/start-slurm: munged, slurmctld,
 * slurmd), whose aggregate must equal the local one. On CI (CI=true) a missing Slurm is a failure; elsewhere the
 * Slurm test is skipped with the reason.
 */
const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const FIXTURE = join(__dirname, 'fixtures', 'sweep-tiny.ipynb');
const tmp = mkdtempSync(join(tmpdir(), 'labelnoise-sweep-e2e-'));
const onCi = process.env.CI === 'true';
const GRID = ['--grid', 'noise=0.5,4', '--seeds', '1..3'];

function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, 'sweep', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

function sweepJson(dir: string): SweepAggregate & { executor: string } {
  return JSON.parse(readFileSync(join(dir, 'sweep.json'), 'utf8'));
}

const local = join(tmp, 'local');

test('local executor: a 2-point grid × 3 seeds keeps each run and aggregates per grid point and check', async () => {
  assert.ok(existsSync(CLI), `build first: ${CLI} is missing`);
  const r = await cli([FIXTURE, ...GRID, '--jobs', '2', '--out', local]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  for (const f of ['plan.json', 'sweep.json', 'index.html']) assert.ok(existsSync(join(local, f)), f);
  const keys = readdirSync(join(local, 'runs'));
  assert.equal(keys.length, 6);
  for (const key of keys) {
    for (const f of ['sweep-tiny.ipynb', 'sweep-tiny.html', 'result.json']) assert.ok(existsSync(join(local, 'runs', key, f)), `${key}/${f}`);
    const result = JSON.parse(readFileSync(join(local, 'runs', key, 'result.json'), 'utf8')) as RunResult;
    assert.equal(result.ok, true);
    assert.equal(result.attempts, 1);
    assert.deepEqual(Object.keys(result.checks), ['fixture.mean-below-limit', 'fixture.mean-below-3se']);
    for (const c of Object.values(result.checks))
      assert.ok(['bound', 'empirical'].includes(c.kind) && typeof c.lhs === 'number' && typeof c.rhs === 'number' && c.verdict);
    const executed = JSON.parse(readFileSync(join(local, 'runs', key, 'sweep-tiny.ipynb'), 'utf8'));
    assert.deepEqual(executed.metadata.labelnoise.parameters, result.params, 'the executed notebook records the injected parameters');
  }
  const agg = sweepJson(local);
  assert.deepEqual(agg.totals, { planned: 6, finished: 6, failed: 0, missing: 0 });
  assert.deepEqual(
    agg.points.map((p) => p.point),
    [{ noise: 0.5 }, { noise: 4 }],
  );
  const at = (noise: number, id: string) => agg.points.find((p) => p.point.noise === noise)!.checks.find((c) => c.id === id)!;
  // |mean of 20 draws| ≤ 0.3, claimed with probability ≥ 0.95: every seed at noise 0.5, one of three at noise 4
  assert.deepEqual([at(0.5, 'fixture.mean-below-limit').holds, at(0.5, 'fixture.mean-below-limit').verdict], [3, 'holds']);
  assert.deepEqual([at(4, 'fixture.mean-below-limit').holds, at(4, 'fixture.mean-below-limit').verdict], [1, 'violated']);
  assert.equal(at(4, 'fixture.mean-below-3se').verdict, null, 'no claimed probability: a rate without a verdict');
  assert.equal(at(4, 'fixture.mean-below-3se').rate, 1);
  assert.match(r.stdout, /claims contradicted: fixture\.mean-below-limit at noise=4/);
  const page = readFileSync(join(local, 'index.html'), 'utf8');
  assert.ok(!/<script[^>]+src=/i.test(page), 'plotly.js is inlined');
  assert.match(page, /Verdict rate against noise/);
});

test('a rerun skips finished runs (same keys: notebook hash + parameters)', async () => {
  const results = readdirSync(join(local, 'runs')).map((k) => join(local, 'runs', k, 'result.json'));
  const before = results.map((f) => statSync(f).mtimeMs);
  const r = await cli([FIXTURE, ...GRID, '--out', local]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stderr, /6 of 6 runs already finished: skipped/);
  assert.deepEqual(
    results.map((f) => statSync(f).mtimeMs),
    before,
    'no run was executed again',
  );
});

test('a failed run is retried once, then reported as failed in the aggregate (exit 1); the config-file form', async () => {
  const out = join(tmp, 'retry');
  const markers = mkdtempSync(join(tmpdir(), 'labelnoise-sweep-markers-'));
  // the config-file form: paths relative to the file
  const config = join(tmp, 'retry.json');
  writeFileSync(config, JSON.stringify({ notebook: relative(tmp, FIXTURE), grid: { mode: ['flaky', 'broken'] }, seeds: [1], out: 'retry', jobs: 2 }));
  const r = await cli(['--config', config], { LABELNOISE_SWEEP_FIXTURE_DIR: markers });
  assert.equal(r.code, 1, r.stdout + r.stderr);
  const agg = sweepJson(out);
  const run = (mode: string) => agg.runs.find((x) => x.point.mode === mode)!;
  assert.deepEqual([run('flaky').status, run('flaky').attempts], ['ok', 2], 'the first attempt failed, the retry succeeded');
  assert.deepEqual([run('broken').status, run('broken').attempts], ['failed', 2]);
  assert.match(run('broken').failure!.message, /planted failure: mode broken/);
  assert.deepEqual(agg.totals, { planned: 2, finished: 1, failed: 1, missing: 0 });
  assert.match(readFileSync(join(out, 'index.html'), 'utf8'), /Runs that did not finish/);
});

/** Why the Slurm test cannot run here, or null when it can. */
function slurmMissing(): string | null {
  const missing = ['munged', 'mungekey', 'slurmctld', 'slurmd', 'sbatch', 'squeue'].filter((c) => spawnSync('which', [c]).status !== 0);
  if (missing.length) return `Slurm is not installed (missing ${missing.join(', ')}; apt-get install slurm-wlm munge, see .ci/install-debian-packages)`;
  if (process.getuid?.() !== 0) return 'the one-node test cluster runs as root (SlurmUser=root)';
  return null;
}

const cluster = join(tmp, 'cluster');
let clusterStarted = false;
after(() => {
  if (clusterStarted) spawnSync('bash', [join(ROOT, '.ci', 'stop-slurm'), cluster], { stdio: 'inherit', timeout: 60_000 });
});

test('Slurm executor on a one-node localhost cluster: same aggregate as the local executor; --detach then --collect', async (t) => {
  const missing = slurmMissing();
  if (missing) {
    if (onCi) assert.fail(`CI must run the Slurm test: ${missing}`);
    t.skip(`Slurm test skipped: ${missing}`);
    return;
  }
  clusterStarted = true;
  const started = spawnSync('bash', [join(ROOT, '.ci', 'start-slurm'), cluster], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(started.status, 0, `could not start the test cluster:\n${started.stdout}${started.stderr}`);
  const conf = /export SLURM_CONF=(\S+)/.exec(started.stdout)?.[1];
  assert.ok(conf && existsSync(conf), started.stdout);
  const env = { SLURM_CONF: conf };

  const viaSlurm = join(tmp, 'slurm');
  const r = await cli([FIXTURE, ...GRID, '--executor', 'slurm', '--out', viaSlurm], env);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stderr, /submitted Slurm job \d+: 6 array tasks/);
  const job = JSON.parse(readFileSync(join(viaSlurm, 'slurm', 'job.json'), 'utf8'));
  const script = readFileSync(job.script, 'utf8');
  assert.match(script, /^#SBATCH --array=0-5$/m);
  assert.match(script, /^#SBATCH --time=01:00:00$/m, 'nothing measured in the folder yet: the default limit');
  assert.equal(readdirSync(join(viaSlurm, 'slurm', 'logs')).length, 6, 'one log per array task');
  const slurmAgg = sweepJson(viaSlurm);
  assert.equal(slurmAgg.executor, 'slurm');
  assert.deepEqual(aggregateOutcome(slurmAgg), aggregateOutcome(sweepJson(local)), 'identical aggregates from both executors');

  // --collect rewrites the same aggregate from the result files
  const c = await cli(['--collect', viaSlurm], env);
  assert.equal(c.code, 0, c.stdout + c.stderr);
  assert.deepEqual(aggregateOutcome(sweepJson(viaSlurm)), aggregateOutcome(slurmAgg));

  // detached: sbatch returns at once, --collect gathers when the job has ended
  const detached = join(tmp, 'detached');
  const d = await cli(
    [FIXTURE, '--preset', 'smoke', '--grid', 'noise=1', '--seeds', '1', '--executor', 'slurm', '--detach', '--time', '00:10:00', '--out', detached],
    env,
  );
  assert.equal(d.code, 0, d.stdout + d.stderr);
  assert.match(d.stdout, /submitted Slurm job \d+ \(1 array tasks\); when it ends: labelnoise sweep --collect /);
  assert.match(readFileSync(JSON.parse(readFileSync(join(detached, 'slurm', 'job.json'), 'utf8')).script, 'utf8'), /^#SBATCH --time=00:10:00$/m);
  let collected = await cli(['--collect', detached], env);
  for (let i = 0; collected.code !== 0 && i < 60; i++) {
    await new Promise((w) => setTimeout(w, 2000));
    collected = await cli(['--collect', detached, '--quiet'], env);
  }
  assert.equal(collected.code, 0, collected.stdout + collected.stderr);
  assert.deepEqual(sweepJson(detached).totals, { planned: 1, finished: 1, failed: 0, missing: 0 });
  assert.deepEqual(sweepJson(detached).fixed, { n: 10 }, 'the preset reached the plan');
  assert.deepEqual(sweepJson(detached).runs[0].status, 'ok');
});
