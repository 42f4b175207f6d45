import { readFileSync } from 'node:fs';
import wabtInit from 'wabt';
import { generateKernelsWat, OUTPUT } from '../scripts/generateKernelsWat';
import { kernelBackend, Rng } from '../src/index';
import { softplusInPlace } from '../src/linalg/kernels';

/**
 * Micro-benchmark of the vectorised softplus pass (φ = softplus, φ′ = sigmoid) over n·k = 400,000 entries, the size of
 * one softplus GD step at the Fig. 6 size (n = 400, k = 1000). Each module is assembled from WebAssembly text and timed
 * on one thread, interleaved round by round so that changing machine load hits every variant alike; then the library's
 * softplusInPlace (both threads, with its copies in and out of WebAssembly memory) and the JS activation loop.
 *
 *   npx tsx bench/softplusPass.ts [--len N] [--rounds R] [--wat NAME=FILE …]
 *
 * Without --wat it compares the committed src/linalg/wasm/kernels.wat with what scripts/generateKernelsWat.ts
 * generates now. Reports the minimum and median ms per pass, by the wall clock and (for the one-thread passes) by this
 * process's user CPU time, which a loaded machine inflates less (the clock ticks only while the pass runs).
 */
const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = argv.indexOf(name);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const len = option('--len', 400_000);
const rounds = option('--rounds', 15);
const sources: [string, string][] = [];
argv.forEach((a, i) => {
  if (a !== '--wat') return;
  const [name, file] = argv[i + 1].split('=');
  sources.push([name, readFileSync(file, 'utf8')]);
});
if (sources.length === 0) sources.push(['committed', readFileSync(OUTPUT, 'utf8')], ['generated', generateKernelsWat()]);

/** The part of the WebAssembly API used here (the project's TypeScript setup has no DOM library). */
const WebAssembly = (
  globalThis as unknown as {
    WebAssembly: {
      Memory: new (d: { initial: number; maximum: number; shared: boolean }) => { buffer: ArrayBufferLike };
      Module: new (bytes: Uint8Array) => object;
      Instance: new (module: object, imports: object) => { exports: object };
    };
  }
).WebAssembly;

interface Variant {
  name: string;
  pass: (z: number, dphi: number, len: number) => void;
  heap: Float64Array;
  times: number[];
  cpu: number[];
}

/** z like a GD step's pre-activations XWᵀ at initialisation: ⟨x, w⟩ with ‖x‖ = 1, w ~ N(0, I), so roughly N(0, 1). */
const rng = new Rng(5);
const z = Float64Array.from({ length: len }, () => rng.normal() * 1.5);

async function main(): Promise<void> {
  const wabt = await wabtInit();
  const variants: Variant[] = sources.map(([name, text]) => {
    const module = wabt.parseWat(`${name}.wat`, text, { simd: true, threads: true });
    const bytes = module.toBinary({}).buffer;
    module.destroy();
    const pages = Math.ceil((2 * len * 8 + 65536) / 65536) + 1;
    const memory = new WebAssembly.Memory({ initial: pages, maximum: 65536, shared: true });
    const exports = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { memory } }).exports as unknown as {
      softplus_pass: Variant['pass'];
    };
    return { name, pass: exports.softplus_pass, heap: new Float64Array(memory.buffer), times: [], cpu: [] };
  });
  const base = 65536; // above any table the module keeps at the bottom of its memory
  for (const v of variants) {
    v.heap.set(z, base / 8);
    v.pass(base, base + len * 8, len); // warm-up
  }
  // the variants agree with each other to a few ulp: a gross error in a generated pass shows here first
  const first = variants[0];
  for (const v of variants.slice(1)) {
    const worst = [0, 0];
    for (let p = 0; p < 2 * len; p++) {
      const a = v.heap[base / 8 + p];
      const b = first.heap[base / 8 + p];
      worst[p < len ? 0 : 1] = Math.max(worst[p < len ? 0 : 1], Math.abs(a - b) / Math.abs(b));
    }
    console.log(`${v.name} vs ${first.name}: φ agrees to ${worst[0].toExponential(2)}, φ′ to ${worst[1].toExponential(2)} relative`);
  }
  for (let r = 0; r < rounds; r++)
    for (const v of variants) {
      v.heap.set(z, base / 8);
      const cpu = process.cpuUsage();
      const start = process.hrtime.bigint();
      v.pass(base, base + len * 8, len);
      v.times.push(Number(process.hrtime.bigint() - start) / 1e6);
      v.cpu.push(process.cpuUsage(cpu).user / 1e3);
    }
  const js = { times: [] as number[] };
  const lib = { times: [] as number[] };
  const zz = new Float64Array(len);
  const dd = new Float64Array(len);
  const { softplus } = await import('../src/models/activations');
  for (let r = 0; r < rounds; r++) {
    zz.set(z);
    let start = process.hrtime.bigint();
    softplusInPlace(zz, dd);
    lib.times.push(Number(process.hrtime.bigint() - start) / 1e6);
    zz.set(z);
    start = process.hrtime.bigint();
    softplus.evaluate(zz, zz, dd);
    js.times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const sorted = (times: number[]) => [...times].sort((a, b) => a - b);
  const row = (name: string, times: number[], cpu?: number[]) => {
    const t = sorted(times);
    const c = cpu ? sorted(cpu) : undefined;
    const cpuCells = c ? `${c[0].toFixed(2)} | ${c[c.length >> 1].toFixed(2)}` : ' | ';
    console.log(`| ${name} | ${t[0].toFixed(2)} | ${t[t.length >> 1].toFixed(2)} | ${cpuCells} | ${((t[0] * 1e6) / len).toFixed(2)} |`);
  };
  console.log(`\nsoftplus pass over ${len} entries, ${rounds} rounds (library backend ${kernelBackend()})\n`);
  console.log('| variant | min ms | median ms | CPU min ms | CPU median ms | ns/entry (min) |\n|---|---:|---:|---:|---:|---:|');
  for (const v of variants) row(`${v.name} softplus_pass, one thread`, v.times, v.cpu);
  row('library softplusInPlace (two threads, copies in and out)', lib.times);
  row('JS activation loop (Math.exp, Math.log1p)', js.times);
}

main();
