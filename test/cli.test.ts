import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The CLI is tested as users run it: the built bin (npm test builds first).
const CLI = resolve(__dirname, '..', 'dist', 'src', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'labelnoise-cli-'));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const small = {
  seed: 3,
  data: { d: 5, clusters: 2, perCluster: 15, classLabels: [0, 1], epsilon0: 0.3, inputs: 'sphere' },
  corruption: { fraction: 0.3, scheme: 'resample' },
  network: { width: 40, activation: 'relu' },
  training: { steps: 60, stepSize: { rule: 'jacobian', c: 1 }, checkpoints: [10, 60] },
  earlyStopping: { rule: 'fixed', step: 10 },
};

function writeConfig(name: string, config: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof config === 'string' ? config : JSON.stringify(config));
  return path;
}

before(() => assert.ok(existsSync(CLI), `build first: ${CLI} is missing`));

// `npx labelnoise` inside this repo links the project into npm's npx cache once and makes the bin executable only
// then; after a rebuild from a clean dist, the cached link points at whatever mode tsc wrote. The build sets it.
test('the build leaves the CLI executable, so npx labelnoise runs it after a clean rebuild', () => {
  assert.notEqual(statSync(CLI).mode & 0o111, 0, `${CLI} is not executable`);
  const r = spawnSync(CLI, ['--version'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr || String(r.error));
  assert.match(r.stdout, /^labelnoise \d+\.\d+\.\d+/);
  // the backend, and on blas the libraries it loaded
  assert.match(r.stdout, /\nkernels (blas \(\d+ threads?; \S+\.(so|dylib|dll)[^)]*, (OpenBLAS \S+|MKL)\)|wasm \(|js \()/);
});

test('gd writes result.json and trajectory.csv that agree, and prints the checkpoints', () => {
  const out = join(dir, 'ok');
  const r = run(['gd', '--config', writeConfig('ok.json', small), '--out', out, '--quiet']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  const result = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8'));
  assert.equal(result.data.n, 30);
  assert.deepEqual(
    result.checkpoints.map((c: { step: number }) => c.step),
    [10, 60],
  );
  assert.equal(result.trajectory.step.length, 61);
  assert.equal(result.earlyStop.step, 10);
  const csv = readFileSync(join(out, 'trajectory.csv'), 'utf8').trim().split('\n');
  assert.equal(csv[0], 'step,loss,distance,errorNoisy,errorTrue');
  assert.equal(csv.length, 62);
  const row60 = csv[61].split(',').map(Number);
  assert.deepEqual(row60, [60, result.trajectory.loss[60], result.trajectory.distance[60], result.trajectory.errorNoisy[60], result.trajectory.errorTrue[60]]);
  const c60 = result.checkpoints[1];
  assert.match(r.stdout, new RegExp(`^60\\s+${(100 * c60.errorNoisy).toFixed(2)}%\\s+${(100 * c60.errorTrue).toFixed(2)}%`, 'm'));
});

test('gd without corruption reports no corrupted-loss mean instead of NaN', () => {
  const out = join(dir, 'clean');
  const r = run(['gd', '--config', writeConfig('clean.json', { ...small, corruption: { fraction: 0, scheme: 'reassign' } }), '--out', out, '--quiet']);
  assert.equal(r.code, 0, r.stderr);
  const result = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8'));
  assert.equal(result.checkpoints[0].meanLossCorrupted, null);
  assert.equal(typeof result.checkpoints[0].meanLossClean, 'number');
});

test('gd is deterministic: the same config gives byte-identical output', () => {
  const config = writeConfig('det.json', small);
  run(['gd', '--config', config, '--out', join(dir, 'a'), '--quiet']);
  run(['gd', '--config', config, '--out', join(dir, 'b'), '--quiet']);
  assert.equal(readFileSync(join(dir, 'a', 'result.json'), 'utf8'), readFileSync(join(dir, 'b', 'result.json'), 'utf8'));
  const other = run(['gd', '--config', writeConfig('det2.json', { ...small, seed: 4 }), '--out', join(dir, 'c'), '--quiet']);
  assert.equal(other.code, 0);
  assert.notEqual(readFileSync(join(dir, 'a', 'result.json'), 'utf8'), readFileSync(join(dir, 'c', 'result.json'), 'utf8'));
});

const bad: [string, unknown, RegExp][] = [
  ['unknown key', { ...small, network: { ...small.network, widht: 3 } }, /config\.network\.widht: unknown key/],
  ['unknown top-level key', { ...small, extra: 1 }, /config\.extra: unknown key/],
  ['wrong type', { ...small, data: { ...small.data, d: '5' } }, /config\.data\.d: expected a number, got the string "5"/],
  ['negative size', { ...small, data: { ...small.data, perCluster: -2 } }, /config\.data\.perCluster: expected a number >= 1, got -2/],
  ['non-integer size', { ...small, network: { ...small.network, width: 2.5 } }, /config\.network\.width: expected an integer, got 2\.5/],
  ['NaN literal', JSON.stringify(small).replace('"epsilon0":0.3', '"epsilon0":NaN'), /bad JSON/],
  ['NaN string', { ...small, data: { ...small.data, epsilon0: 'NaN' } }, /config\.data\.epsilon0: expected a number, got the string "NaN"/],
  ['missing field', { ...small, training: { stepSize: 0.1 } }, /config\.training\.steps: is required/],
  ['unknown activation', { ...small, network: { width: 4, activation: 'swish' } }, /config\.network\.activation: unknown value "swish"/],
  ['checkpoint past the end', { ...small, training: { ...small.training, checkpoints: [61] } }, /config\.training\.checkpoints\[0\]: step 61 is beyond/],
  ['fraction out of range', { ...small, corruption: { fraction: 1.5, scheme: 'resample' } }, /config\.corruption\.fraction: expected a number <= 1/],
  ['not an object', [1, 2], /config: expected an object, got an array/],
  [
    'ragged centers',
    { ...small, data: { perCluster: 3, classLabels: [0, 1], epsilon0: 0, centers: [[1, 0], [1]] } },
    /config\.data\.centers\[1\]: ragged rows/,
  ],
  ['logistic with 0/1 labels', { ...small, loss: { name: 'logistic' } }, /labels\[\d+\]: the logistic loss needs labels in \{-1, \+1\}/],
];
for (const [name, config, message] of bad) {
  test(`gd rejects bad input with exit code 2: ${name}`, () => {
    const r = run(['gd', '--config', writeConfig(`bad-${name.replace(/\W+/g, '-')}.json`, config), '--out', join(dir, 'never')]);
    assert.equal(r.code, 2, `exit code ${r.code}; stderr: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.ok(!existsSync(join(dir, 'never')), 'nothing written on bad input');
  });
}

test('usage errors: missing file, unknown option, unknown command, missing --config', () => {
  assert.match(run(['gd', '--config', join(dir, 'nope.json')]).stderr, /--config: cannot read/);
  assert.equal(run(['gd', '--config', join(dir, 'nope.json')]).code, 2);
  const opt = run(['gd', '--confg', 'x']);
  assert.equal(opt.code, 2);
  assert.match(opt.stderr, /--confg: unknown option/);
  assert.equal(run(['train']).code, 2);
  assert.match(run(['gd']).stderr, /--config: is required/);
});

test('--help works on every command and on the tool', () => {
  const top = run(['--help']);
  assert.equal(top.code, 0);
  assert.match(top.stdout, /Commands:/);
  const gd = run(['gd', '--help']);
  assert.equal(gd.code, 0);
  assert.match(gd.stdout, /Usage: labelnoise gd --config FILE.json/);
});

test('a diverging run exits 1 with the reason', () => {
  const r = run(['gd', '--config', writeConfig('diverge.json', { ...small, training: { steps: 200, stepSize: 1e5 } }), '--out', join(dir, 'div'), '--quiet']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /diverged at step \d+/);
});

test('sigma reads CSV and both JSON forms and prints Σ, eigenvalues, λ, κ, method and error', () => {
  const rows = [
    [1, 0, 0],
    [0, 1, 0],
    [0.6, 0.8, 0],
  ];
  const csv = writeConfig('c.csv', rows.map((r) => r.join(',')).join('\n') + '\n');
  const outputs = [csv, writeConfig('c.json', rows), writeConfig('c2.json', { centers: rows })].map((file) => {
    const r = run(['sigma', '--centers', file, '--activation', 'relu']);
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout);
  });
  assert.deepEqual(outputs[1], outputs[0]);
  assert.deepEqual(outputs[2], outputs[0]);
  const out = outputs[0];
  assert.equal(out.method, 'closed');
  assert.ok(Math.abs(out.sigma[0][2] - (0.6 * (Math.PI - Math.acos(0.6))) / (2 * Math.PI)) < 1e-15);
  assert.equal(out.lambda, out.eigenvalues[0]);
  assert.ok(out.kappa > 0 && out.errorEstimate < 1e-14);
  assert.equal(out.reluSeparationBound.verdict, 'holds');

  const quad = JSON.parse(run(['sigma', '--centers', csv, '--activation', 'tanh', '--nodes', '64']).stdout);
  assert.equal(quad.method, 'quadrature');
  assert.equal(quad.nodes, 64);
  const mc = JSON.parse(run(['sigma', '--centers', csv, '--activation', 'softplus', '--method', 'montecarlo', '--samples', '500', '--seed', '2']).stdout);
  assert.equal(mc.samples, 500);
  assert.equal(mc.standardErrors.length, 3);
});

test('sigma reports duplicate centers as κ = "Infinity" with a note', () => {
  const r = run(['sigma', '--centers', writeConfig('dup.csv', '1,0\n0,1\n1,0\n'), '--activation', 'relu']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.kappa, 'Infinity');
  assert.equal(out.singular, true);
  assert.ok(Math.abs(out.lambda) < 1e-12);
});

const badSigma: [string, string, string[], RegExp][] = [
  ['non-numeric cell', 'b1.csv', ['1,0\n0,abc\n'], /line 2, column 2: expected a finite number, got "abc"/],
  ['ragged rows', 'b2.csv', ['1,0,0\n0,1\n'], /line 2: ragged rows: expected 3 values, got 2/],
  ['zero row', 'b3.csv', ['1,0\n0,0\n'], /centers\[1\]: zero row/],
  ['empty file', 'b4.csv', ['\n'], /no rows: the file is empty/],
  ['NaN cell', 'b5.csv', ['1,NaN\n'], /line 1, column 2: expected a finite number, got "NaN"/],
  ['bad JSON', 'b6.json', ['[[1,0],'], /bad JSON/],
  ['ragged JSON', 'b7.json', ['[[1,0],[1]]'], /\[1\]: ragged rows/],
  ['JSON without centers', 'b8.json', ['{"rows": [[1]]}'], /expected an array of rows or an object with a "centers" array/],
  ['unknown activation', 'ok.csv', ['1,0\n0,1\n', '--activation', 'swish'], /activation: unknown activation "swish"/],
  ['unknown method', 'ok.csv', ['1,0\n0,1\n', '--method', 'exact'], /--method: unknown method "exact"/],
  ['quadrature for relu', 'ok.csv', ['1,0\n0,1\n', '--method', 'quadrature'], /Gauss–Hermite converges too slowly/],
  ['bad number option', 'ok.csv', ['1,0\n0,1\n', '--activation', 'tanh', '--nodes', 'many'], /--nodes: expected a number, got "many"/],
  ['unsupported extension', 'c.txt', ['1,0\n'], /expected a .csv or .json file/],
];
for (const [name, file, [content, ...extra], message] of badSigma) {
  test(`sigma rejects bad input with exit code 2: ${name}`, () => {
    const args = ['sigma', '--centers', writeConfig(file, content), ...(extra.includes('--activation') ? [] : ['--activation', 'relu']), ...extra];
    const r = run(args);
    assert.equal(r.code, 2, `exit ${r.code}: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '');
  });
}

const spectrumConfig = {
  seed: 2,
  data: { d: 6, clusters: 3, perCluster: 8, classLabels: [-1, 1], epsilon0: 0 },
  corruption: { fraction: 0.25, scheme: 'reassign' },
  network: { width: 12, activation: 'tanh' },
  training: { steps: 20, stepSize: { rule: 'jacobian', c: 0.5 } },
  spectrum: { jacobians: ['scalar', 'allClasses', 'correctClass'], method: 'gram' },
};

test('spectrum writes singular values and the summary for each Jacobian at init and after training', () => {
  const out = join(dir, 'spectrum.json');
  const r = run(['spectrum', '--config', writeConfig('spectrum.json', spectrumConfig), '--out', out, '--quiet']);
  assert.equal(r.code, 0, r.stderr);
  const result = JSON.parse(readFileSync(out, 'utf8'));
  assert.deepEqual(
    result.stages.map((s: { stage: string }) => s.stage),
    ['initialization', 'trained'],
  );
  for (const stage of result.stages) {
    const [scalar, all, correct] = stage.jacobians;
    assert.deepEqual([scalar.rows, all.rows, correct.rows], [24, 48, 24]);
    assert.equal(scalar.columns, 72);
    // ε0 = 0: the range of J lies in S+, so ε = 0 and at most dim S+ singular values are nonzero
    for (const j of stage.jacobians) {
      assert.ok(j.epsilon <= 1e-10 * j.beta, `${j.layout}: ε = ${j.epsilon}`);
      assert.ok(j.countAbove <= j.subspaceDimension);
      assert.ok(j.alpha <= j.beta);
    }
    assert.equal(scalar.subspaceDimension, 3);
    assert.equal(scalar.gamma, 3);
  }
  // training fits the signal part of the residual, not the noise part (frozen when ε0 = 0)
  const [init, trained] = result.stages.map((s: { jacobians: { ePlus: number; eMinus: number }[] }) => s.jacobians[0]);
  assert.ok(trained.ePlus < init.ePlus);
  assert.ok(Math.abs(trained.eMinus - init.eMinus) < 1e-10);
});

test('spectrum with lanczos reports the top values and whether they converged', () => {
  const config = { ...spectrumConfig, data: { ...spectrumConfig.data, epsilon0: 0.3 }, training: undefined, spectrum: { method: 'lanczos', top: 5 } };
  const r = run(['spectrum', '--config', writeConfig('spectrum-lanczos.json', config), '--quiet']);
  assert.equal(r.code, 0, r.stderr);
  const [j] = JSON.parse(r.stdout).stages[0].jacobians;
  assert.equal(j.singularValues.length, 5);
  assert.equal(j.lanczos.converged, true);
});

for (const [name, patch, message] of [
  ['unknown jacobian', { spectrum: { jacobians: ['hessian'] } }, /config\.spectrum\.jacobians\[0\]: unknown Jacobian "hessian"/],
  ['unknown method', { spectrum: { method: 'svd' } }, /config\.spectrum\.method: unknown value "svd"/],
  ['missing spectrum', { spectrum: undefined }, /config\.spectrum: is required/],
  ['bad fraction', { spectrum: { fraction: 2 } }, /config\.spectrum\.fraction: expected a number <= 1/],
  ['unknown training key', { training: { steps: 3, stepSize: 0.1, momentum: 0.9 } }, /config\.training\.momentum: unknown key/],
] as const) {
  test(`spectrum rejects bad config with exit code 2: ${name}`, () => {
    const r = run(['spectrum', '--config', writeConfig(`spectrum-bad-${name.replace(/\W+/g, '-')}.json`, { ...spectrumConfig, ...patch })]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, message);
  });
}
