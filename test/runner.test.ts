import { describe, test as plainTest } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { KernelClient } from '../kernel/runner/kernelClient';

/**
 * The headless runner under faults, through the built CLI with tiny fixture notebooks: a kernel that exits or is
 * killed mid-cell, SIGINT/SIGTERM and a broken pipe to the CLI (no kernel left behind, no connection folder left),
 * the plain Error message, staging of reports, unreadable notebooks, presets and --out on the source folder.
 * Each case runs with its own TMPDIR, so its kernel (whose argv names the connection file there) can be found
 * with ps and its connection folder checked.
 */
const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const FIXTURES = join(ROOT, 'test', 'fixtures');
const work = mkdtempSync(join(tmpdir(), 'labelnoise-runner-test-'));

interface Running {
  child: ReturnType<typeof spawn>;
  stdout: string;
  stderr: string;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
}

function start(args: string[], tmp: string): Running {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'pipe'] });
  const running: Running = {
    child,
    stdout: '',
    stderr: '',
    // 'close', not 'exit': it fires once stdout and stderr are drained
    done: new Promise((resolveDone) => child.on('close', (code, signal) => resolveDone({ code, signal, at: Date.now() }))),
    waitFor(pattern, timeoutMs = 60_000) {
      return new Promise((resolveWait, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; stderr so far:\n${running.stderr}`)), timeoutMs);
        const check = () => {
          if (pattern.test(running.stderr)) {
            clearTimeout(timer);
            resolveWait();
          } else setTimeout(check, 50);
        };
        check();
      });
    },
  };
  child.stdout?.on('data', (c: Buffer) => (running.stdout += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (running.stderr += c.toString()));
  return running;
}

function freshTmp(name: string): string {
  const dir = join(work, `tmp-${name}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** PIDs of live processes whose command line mentions `tag` (the TMPDIR of one case). */
function processesMentioning(tag: string): number[] {
  const ps = spawnSync('ps', ['-eo', 'pid=,stat=,args='], { encoding: 'utf8' });
  return ps.stdout
    .split('\n')
    .filter((l) => l.includes(tag) && !/^\s*\d+\s+Z/.test(l))
    .map((l) => Number(l.trim().split(/\s+/)[0]));
}

async function noKernelLeft(tmp: string): Promise<void> {
  // the kernel is killed synchronously before the CLI exits; allow the OS a moment to reap it
  for (let i = 0; i < 20 && processesMentioning(tmp).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(processesMentioning(tmp), [], 'a kernel process outlived the CLI');
  assert.deepEqual(
    readdirSync(tmp).filter((f) => f.startsWith('labelnoise-kernel-')),
    [],
    'the connection folder (HMAC key) was left behind',
  );
}

// the cases are independent (own TMPDIR and output folder) and mostly wait on kernels: run them side by side
describe('the runner under faults', { concurrency: 4 }, () => {
  const test = plainTest;
  test('a cell calling process.exit(3) fails the run promptly and leaves nothing behind', { timeout: 90_000 }, async () => {
    const tmp = freshTmp('exit');
    const run = start(['run', join(FIXTURES, 'runner', 'exit.ipynb'), '--out', join(work, 'out-exit'), '--quiet'], tmp);
    const { code } = await run.done;
    assert.equal(code, 1, run.stderr);
    assert.match(run.stderr, /failed at cell 2: KernelError: the kernel exited \(code 3\)/);
    assert.doesNotMatch(run.stderr, /Waiting for queued ZeroMQ messages/);
    await noKernelLeft(tmp);
    const executed = JSON.parse(readFileSync(join(work, 'out-exit', 'exit.ipynb'), 'utf8'));
    assert.match(executed.cells[0].outputs[0].text, /before/);
  });

  test('kill -9 of the kernel mid-cell ends the run within seconds', { timeout: 90_000 }, async () => {
    const tmp = freshTmp('kill');
    const run = start(['run', join(FIXTURES, 'runner', 'slow.ipynb'), '--out', join(work, 'out-kill')], tmp);
    await run.waitFor(/slow: cell 2\/3/);
    const kernels = processesMentioning(tmp);
    assert.ok(kernels.length >= 1, 'the kernel is running');
    const killedAt = Date.now();
    for (const pid of kernels) process.kill(pid, 'SIGKILL');
    const { code, at } = await run.done;
    assert.equal(code, 1, run.stderr);
    assert.ok(at - killedAt < 10_000, `took ${at - killedAt} ms after the kill`);
    assert.match(run.stderr, /failed at cell 2: KernelError: the kernel exited \(signal SIGKILL\)/);
    await noKernelLeft(tmp);
  });

  for (const [signal, exitCode] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    test(`${signal} to the CLI kills the kernel, removes its connection folder and exits ${exitCode}`, { timeout: 90_000 }, async () => {
      const tmp = freshTmp(signal);
      const run = start(['run', join(FIXTURES, 'runner', 'slow.ipynb'), '--out', join(work, `out-${signal}`)], tmp);
      await run.waitFor(/slow: cell 2\/3/);
      assert.ok(processesMentioning(tmp).length >= 1, 'the kernel is running');
      const sentAt = Date.now();
      run.child.kill(signal);
      const { code, at } = await run.done;
      assert.equal(code, exitCode, run.stderr);
      assert.ok(at - sentAt < 5000, `took ${at - sentAt} ms after ${signal}`);
      await noKernelLeft(tmp);
      assert.ok(!existsSync(join(work, `out-${signal}`, 'slow.ipynb')), 'an interrupted run publishes nothing');
      assert.deepEqual(
        readdirSync(join(work, `out-${signal}`)).filter((f) => f.startsWith('.staging-')),
        [],
        'no staging folder left',
      );
    });
  }

  test('a runner killed with SIGKILL leaves no kernel behind (the kernel watches its parent)', { timeout: 90_000 }, async () => {
    const tmp = freshTmp('sigkill');
    const run = start(['run', join(FIXTURES, 'runner', 'slow.ipynb'), '--out', join(work, 'out-sigkill')], tmp);
    await run.waitFor(/slow: cell 2\/3/);
    assert.ok(processesMentioning(tmp).length >= 1, 'the kernel is running');
    run.child.kill('SIGKILL');
    await run.done;
    for (let i = 0; i < 50 && processesMentioning(tmp).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(processesMentioning(tmp), [], 'the kernel exited by itself');
    assert.deepEqual(
      readdirSync(tmp).filter((f) => f.startsWith('labelnoise-kernel-')),
      [],
      'and removed its connection folder',
    );
  });

  test('a broken pipe (run … | head) ends the run and kills the kernel', { timeout: 90_000 }, async () => {
    const tmp = freshTmp('pipe');
    // head exits after the first progress line; the next one hits a closed pipe
    const r = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${CLI}" run "${join(FIXTURES, 'runner', 'ticks.ipynb')}" --out "${join(work, 'out-pipe')}" 2>&1 | head -n 1; echo "status \${PIPESTATUS[0]}"`,
      ],
      {
        cwd: ROOT,
        env: { ...process.env, TMPDIR: tmp },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    assert.match(r.stdout, /ticks: cell 1\/8/);
    assert.match(r.stdout, /status [1-9]/, 'the CLI exits non-zero');
    await noKernelLeft(tmp);
  });

  test('a plain Error is reported with its message, cells counted from 1; reruns replace the injected cell', { timeout: 120_000 }, async () => {
    const tmp = freshTmp('boom');
    const out1 = join(work, 'out-boom1');
    const first = start(['run', join(FIXTURES, 'runner', 'boom.ipynb'), '--param', 'n=5', '--out', out1, '--quiet'], tmp);
    const r1 = await first.done;
    assert.equal(r1.code, 1, first.stderr);
    // cells: markdown, parameters, injected parameters, log, throw → the throwing cell is the 5th
    assert.match(first.stderr, /failed at cell 5: Error: boom 5/);
    const executed = JSON.parse(readFileSync(join(out1, 'boom.ipynb'), 'utf8'));
    assert.deepEqual(
      executed.cells.map((c: { execution_count?: number | null }) => c.execution_count ?? null),
      [null, 1, 2, 3, 4, null],
      'execution counts are recorded',
    );
    assert.equal(executed.metadata.labelnoise.failure.cell, 5);
    assert.match(readFileSync(join(out1, 'boom.html'), 'utf8'), /Failed at cell 5<\/b>: Error: boom 5/);
    // run the executed notebook again with another value: one injected cell, the new value
    const out2 = join(work, 'out-boom2');
    const second = start(['run', join(out1, 'boom.ipynb'), '--param', 'n=8', '--out', out2, '--quiet'], tmp);
    await second.done;
    assert.match(second.stderr, /failed at cell 5: Error: boom 8/);
    const rerun = JSON.parse(readFileSync(join(out2, 'boom.ipynb'), 'utf8'));
    const injected = rerun.cells.filter((c: { metadata: { tags?: string[] } }) => (c.metadata.tags ?? []).includes('injected-parameters'));
    assert.equal(injected.length, 1);
    assert.equal(injected[0].source, 'const n = 8;');
    await noKernelLeft(tmp);
  });

  test("--out on the notebook's own folder is refused before anything runs", () => {
    const dir = join(work, 'own-folder');
    mkdirSync(dir, { recursive: true });
    cpSync(join(FIXTURES, 'runner', 'boom.ipynb'), join(dir, 'boom.ipynb'));
    const before = readFileSync(join(dir, 'boom.ipynb'), 'utf8');
    const started = Date.now();
    const r = spawnSync(process.execPath, [CLI, 'run', join(dir, 'boom.ipynb'), '--out', dir], { encoding: 'utf8' });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /--out: .* is the folder of the source notebooks/);
    assert.ok(Date.now() - started < 5000);
    const report = spawnSync(process.execPath, [CLI, 'report', '--notebooks', dir, '--out', `${dir}/`], { encoding: 'utf8' });
    assert.equal(report.status, 2, report.stderr);
    assert.equal(readFileSync(join(dir, 'boom.ipynb'), 'utf8'), before, 'the source notebook is untouched');
    writeFileSync(join(work, 'a-file'), 'x');
    const onFile = spawnSync(process.execPath, [CLI, 'run', join(dir, 'boom.ipynb'), '--out', join(work, 'a-file')], { encoding: 'utf8' });
    assert.equal(onFile.status, 2);
    assert.match(onFile.stderr, /--out: .*a-file exists and is not a folder/);
    const unknownPreset = spawnSync(
      process.execPath,
      [CLI, 'run', join(FIXTURES, 'report', 'checks.ipynb'), '--preset', 'huge', '--out', join(work, 'out-preset')],
      { encoding: 'utf8' },
    );
    assert.equal(unknownPreset.status, 2);
    assert.match(unknownPreset.stderr, /--preset huge: .*checks.ipynb has no preset "huge" \(presets: smoke, big\)/);
  });

  test(
    'report --preset: unreadable notebooks and missing presets are failed rows; pages are staged; index and summary always written',
    { timeout: 120_000 },
    async () => {
      const tmp = freshTmp('report');
      const out = join(work, 'out-report');
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'keep.txt'), 'an earlier file');
      const run = start(['report', '--notebooks', join(FIXTURES, 'report'), '--out', out, '--preset', 'smoke', '--quiet', '--jobs', '1'], tmp);
      const { code } = await run.done;
      assert.equal(code, 1, 'two notebooks failed');
      const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
      assert.deepEqual(
        summary.map((s: { name: string }) => s.name),
        ['checks', 'plain', 'unreadable'],
      );
      const [checks, plain, unreadable] = summary;
      assert.equal(checks.ok, true);
      assert.equal(checks.preset, 'smoke');
      assert.deepEqual(checks.parameters, { n: 3 });
      assert.deepEqual(
        checks.checks.map((c: { check: { id: string; kind: string; verdict: string } }) => [c.check.id, c.check.kind, c.check.verdict]),
        [
          ['fixture.n-small', 'bound', 'holds'],
          ['fixture.sum', 'identity', 'holds'],
        ],
      );
      assert.match(plain.failure.message, /has no preset "smoke"/);
      assert.match(unreadable.failure.message, /unreadable.ipynb: bad JSON/);
      for (const entry of summary) {
        const p = entry.provenance;
        assert.match(p.commit ?? '', /^[0-9a-f]{40}$/);
        assert.equal(typeof p.dirty, 'boolean');
        assert.equal(p.node, process.version);
        assert.ok(['blas', 'wasm', 'js'].includes(p.kernelBackend) && p.kernelThreads >= 1);
        assert.ok(p.packages.tslab && p.packages.zeromq);
        assert.ok(p.wallSeconds > 0);
      }
      const index = readFileSync(join(out, 'index.html'), 'utf8');
      assert.match(index, /Evidence by kind/);
      assert.match(index, /<table id="identities">.*fixture\.sum/s);
      assert.ok(existsSync(join(out, 'unreadable.html')) && existsSync(join(out, 'checks.ipynb')));
      assert.equal(readFileSync(join(out, 'keep.txt'), 'utf8'), 'an earlier file');
      assert.deepEqual(
        readdirSync(out).filter((f) => f.startsWith('.staging-')),
        [],
      );
      assert.match(run.stdout, /1 hold, 0 violated, 0 not applicable \(evidence checks\); 1 identity/);

      // the figure's bundle renders anywhere: plotly JSON, a self-contained HTML fallback and a static SVG; export it
      const executed = JSON.parse(readFileSync(join(out, 'checks.ipynb'), 'utf8'));
      const figure = executed.cells
        .flatMap((c: { outputs?: { data?: Record<string, unknown> }[] }) => c.outputs ?? [])
        .find((o: { data?: Record<string, unknown> }) => o.data?.['application/vnd.plotly.v1+json']);
      assert.ok(figure, 'the figure reached the executed notebook');
      assert.match(figure.data['image/svg+xml'], /^<svg /);
      assert.match(figure.data['text/html'], /DecompressionStream/);
      const exported = spawnSync(process.execPath, [CLI, 'figures', join(out, 'checks.ipynb'), '--out', join(work, 'figures')], { encoding: 'utf8' });
      assert.equal(exported.status, 0, exported.stderr);
      assert.match(readFileSync(join(work, 'figures', 'checks-figure-1.svg'), 'utf8'), /fixture figure/);
      assert.match(readFileSync(join(work, 'figures', 'checks-figure-1.html'), 'utf8'), /Plotly\.newPlot\("figure"/);

      // an interrupted report leaves the previous one exactly as it was
      const indexBefore = readFileSync(join(out, 'index.html'), 'utf8');
      const interrupted = start(['report', '--notebooks', join(FIXTURES, 'runner'), '--out', out, '--jobs', '1'], tmp);
      await interrupted.waitFor(/cell 1\//);
      interrupted.child.kill('SIGTERM');
      assert.equal((await interrupted.done).code, 143);
      assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), indexBefore);
      assert.ok(!existsSync(join(out, 'boom.html')) && !existsSync(join(out, 'exit.html')), 'no page of the interrupted report is published');
      assert.deepEqual(
        readdirSync(out).filter((f) => f.startsWith('.staging-')),
        [],
      );
      await noKernelLeft(tmp);

      // pin the verdicts, then check the same report against them
      const pinned = join(work, 'verdicts.json');
      const pin = spawnSync(process.execPath, [CLI, 'verdicts', 'pin', join(out, 'summary.json'), '--out', pinned], { encoding: 'utf8' });
      assert.equal(pin.status, 0, pin.stderr);
      assert.deepEqual(JSON.parse(readFileSync(pinned, 'utf8')), {
        checks: { 'fixture.n-small': { kind: 'bound', verdict: 'holds' }, 'fixture.sum': { kind: 'identity', verdict: 'holds' } },
        plain: {},
        unreadable: {},
      });
      const same = spawnSync(process.execPath, [CLI, 'verdicts', 'check', join(out, 'summary.json'), '--pinned', pinned], { encoding: 'utf8' });
      assert.equal(same.status, 0, same.stdout);
    },
  );

  test('report --retries: a notebook that timed out once runs again and says so; one that always times out fails', { timeout: 120_000 }, async () => {
    const tmp = freshTmp('retry');
    const out = join(work, 'out-retry');
    const run = start(['report', '--notebooks', join(FIXTURES, 'retry'), '--out', out, '--timeout', '3', '--jobs', '1'], tmp);
    const { code } = await run.done;
    assert.equal(code, 1, 'hang-always failed');
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    const [always, once] = summary;
    assert.equal(once.ok, true);
    assert.equal(once.retried.length, 1);
    assert.equal(once.retried[0].cell, 2);
    assert.match(once.retried[0].message, /timed out after 3 s \(execute_reply not received/);
    assert.match(readFileSync(join(out, 'hang-once.html'), 'utf8'), /an earlier attempt timed out at cell 2/);
    assert.match(readFileSync(join(out, 'index.html'), 'utf8'), /an earlier attempt timed out at cell 2/);
    assert.equal(always.ok, false);
    assert.equal(always.retried.length, 1, 'retried once (the default), then reported as failed');
    assert.match(always.failure.message, /timed out after 3 s/);
    assert.match(run.stderr, /hang-always.ipynb: cell 1 timed out .*running the notebook again/);
    await noKernelLeft(tmp);
    const none = start(
      ['report', '--notebooks', join(FIXTURES, 'retry'), '--out', join(work, 'out-retry-0'), '--timeout', '3', '--retries', '0', '--quiet'],
      freshTmp('retry0'),
    );
    assert.equal((await none.done).code, 1);
    const noRetry = JSON.parse(readFileSync(join(work, 'out-retry-0', 'summary.json'), 'utf8'));
    assert.deepEqual(
      noRetry.map((e: { ok: boolean; retried: unknown[] }) => [e.ok, e.retried.length]),
      [
        [false, 0],
        [false, 0],
      ],
    );
    const bad = spawnSync(process.execPath, [CLI, 'report', '--notebooks', join(FIXTURES, 'retry'), '--retries', 'x'], { encoding: 'utf8' });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--retries/);
  });

  test('a reply whose idle never follows ends the cell after the grace period, with a note instead of a hang', { timeout: 90_000 }, async () => {
    const kernel = await KernelClient.start({ cwd: ROOT });
    try {
      // the cell makes the kernel drop its own next idle status (as a lost message would)
      const dropIdle = `
        {
          let proto = require('zeromq').Publisher.prototype;
          while (!Object.prototype.hasOwnProperty.call(proto, 'send')) proto = Object.getPrototypeOf(proto);
          const descriptor = Object.getOwnPropertyDescriptor(proto, 'send');
          const send = descriptor.value;
          Object.defineProperty(proto, 'send', { ...descriptor, value: function (this: any, frames: unknown[]) {
            const text = frames.map(String).join('|');
            if (text.includes('"msg_type":"status"') && text.includes('"execution_state":"idle"')) {
              Object.defineProperty(proto, 'send', descriptor);
              return Promise.resolve();
            }
            return send.call(this, frames);
          } });
        }`;
      let missing = 0;
      const started = Date.now();
      const reply = await kernel.execute(dropIdle, { timeoutMs: 30_000, idleGraceMs: 1500, onMessage: () => {}, onIdleMissing: () => missing++ });
      assert.equal(reply.status, 'ok');
      assert.equal(missing, 1);
      assert.ok(Date.now() - started < 15_000);
      const next = await kernel.execute('1 + 1;', { timeoutMs: 30_000, idleGraceMs: 1500, onMessage: () => {}, onIdleMissing: () => missing++ });
      assert.equal(next.status, 'ok');
      assert.equal(missing, 1, 'the next cell has its idle again');
    } finally {
      await kernel.shutdown();
    }
  });

  test('a kernel past 512 messages loses none: every line of a flood arrives in order and each cell ends', { timeout: 120_000 }, async () => {
    // zeromq 6 defers every 513th send and refuses (EBUSY) a send until that one has gone; without the preload's
    // queue the cell's own output failed or its final idle was lost and the client waited until its timeout
    const kernel = await KernelClient.start({ cwd: ROOT });
    try {
      const lines: string[] = [];
      const cells = ['for (let i = 0; i < 700; i++) console.log(`a${i}`);', 'for (let i = 0; i < 1500; i++) console.log(`b${i}`);', 'console.log("end");'];
      for (const code of cells) {
        const reply = await kernel.execute(code, {
          timeoutMs: 30_000,
          onMessage: (m) =>
            m.header.msg_type === 'stream' &&
            lines.push(
              ...String(m.content.text)
                .split('\n')
                .filter((l) => l !== ''),
            ),
        });
        assert.equal(reply.status, 'ok', `cell failed: ${JSON.stringify(reply)}`);
      }
      const expected = [...Array.from({ length: 700 }, (_, i) => `a${i}`), ...Array.from({ length: 1500 }, (_, i) => `b${i}`), 'end'];
      assert.equal(lines.length, expected.length);
      assert.deepEqual(lines, expected);
    } finally {
      await kernel.shutdown();
    }
  });

  test('the kernel announces each execution with its count (execute_input), which Jupyter clients record', { timeout: 90_000 }, async () => {
    const kernel = await KernelClient.start({ cwd: ROOT });
    try {
      const seen: { type: string; count: unknown }[] = [];
      for (const code of ['1 + 1;', 'console.log("x");']) {
        await kernel.execute(code, {
          timeoutMs: 30_000,
          onMessage: (m) => m.header.msg_type === 'execute_input' && seen.push({ type: m.header.msg_type, count: m.content.execution_count }),
        });
      }
      assert.deepEqual(seen, [
        { type: 'execute_input', count: 1 },
        { type: 'execute_input', count: 2 },
      ]);
    } finally {
      await kernel.shutdown();
    }
  });
});
