import { linalgBackend } from '../src/index';

/** Tiny benchmark harness: runs each case `repeats` times after its warm-up calls and prints median and range. */
export interface BenchCase {
  name: string;
  repeats: number;
  run: () => unknown;
  /**
   * Untimed calls first: one by default (true), none when false (long single runs, whose JIT warm-up is a negligible
   * share), or that many (the millisecond cases: V8 compiles with its optimising tier only after a function has run
   * a number of times, so their first 10–20 calls are slower than every later one).
   */
  warmup?: boolean | number;
}

export interface BenchResult {
  name: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  repeats: number;
  warmups: number;
}

/** The case ids of `npm run bench -- --json FILE` (the peer benchmark's ids). */
export const CASE_IDS = [
  'gd_step_relu',
  'gd_step_softplus',
  'fig6',
  'gram',
  'gram_eig',
  'lanczos',
  'sigma_closed',
  'sigma_quad',
  'sigma_mc',
  'sigma_eig',
  'mlp_epoch',
  'mlp_eval',
] as const;
export type CaseId = (typeof CASE_IDS)[number];

export interface CaseRecord {
  median_ms: number;
  min_ms: number;
  max_ms: number;
  repeats: number;
  warmups: number;
  backend: string;
  threads: number;
}

const records = new Map<CaseId, CaseRecord>();
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? '').split(',').filter((id) => id !== '') : undefined;
if (only !== undefined) {
  const unknown = only.filter((id) => !(CASE_IDS as readonly string[]).includes(id));
  if (only.length === 0 || unknown.length > 0) throw new Error(`--only needs case ids from ${CASE_IDS.join(', ')}; got ${unknown.join(', ') || 'none'}`);
}
const options = { baselines: !process.argv.includes('--no-baselines') };

/** Whether case `id` runs: every case, or those listed by `--only id,id,…`. */
export function selected(...ids: CaseId[]): boolean {
  return only === undefined || ids.some((id) => only.includes(id));
}

/** Whether the slow baseline routes (plain JS loops, plain ml-matrix) run too; `--no-baselines` skips them. */
export function withBaselines(): boolean {
  return options.baselines;
}

/** Files a toolkit timing under its case id, with the backend that ran it. */
export function record(id: CaseId, r: BenchResult): BenchResult {
  const info = linalgBackend();
  records.set(id, {
    median_ms: r.medianMs,
    min_ms: r.minMs,
    max_ms: r.maxMs,
    repeats: r.repeats,
    warmups: r.warmups,
    backend: info.backend,
    threads: info.threads,
  });
  return r;
}

export function recorded(): Map<CaseId, CaseRecord> {
  return records;
}

/**
 * Warm-up calls of the millisecond cases (gram, sigma_closed, sigma_eig, mlp_eval): V8 reaches its final tier on them
 * after about 15 calls (measured: 1–6 ms per call before, 0.6–0.7 ms after, for the closed-form Σ(C)).
 */
export const SHORT_CASE_WARMUPS = 20;

export function measure(c: BenchCase): BenchResult {
  const warmups = c.warmup === false ? 0 : c.warmup === true || c.warmup === undefined ? 1 : c.warmup;
  for (let i = 0; i < warmups; i++) c.run(); // warm-up: JIT and caches
  const times: number[] = [];
  for (let i = 0; i < c.repeats; i++) {
    const start = process.hrtime.bigint();
    c.run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  return { name: c.name, medianMs: median, minMs: times[0], maxMs: times[times.length - 1], repeats: c.repeats, warmups };
}

export function report(title: string, results: BenchResult[], baselineOf?: (r: BenchResult) => BenchResult | undefined): void {
  console.log(`\n## ${title}`);
  console.log('| case | median ms | min–max ms | runs | speed-up vs baseline |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of results) {
    const base = baselineOf?.(r);
    const ratio = base && base !== r ? `${(base.medianMs / r.medianMs).toFixed(2)}×` : '';
    console.log(`| ${r.name} | ${r.medianMs.toFixed(1)} | ${r.minMs.toFixed(1)}–${r.maxMs.toFixed(1)} | ${r.repeats} | ${ratio} |`);
  }
}

/** max |a − b| / max |b|: how far a fast route's output is from its baseline's. */
export function relativeGap(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let diff = 0;
  let scale = 0;
  for (let q = 0; q < a.length; q++) {
    diff = Math.max(diff, Math.abs(a[q] - b[q]));
    scale = Math.max(scale, Math.abs(b[q]));
  }
  return diff / scale;
}
