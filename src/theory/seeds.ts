import { BoundCheck, boundCheck, CheckKind, Hypothesis } from './checks';

/**
 * Probability statements over independent seeds. A theorem that holds "with probability ≥ 1 − δ" is checked as a
 * success fraction over seeds with an exact (Clopper–Pearson) interval, never as one run.
 */

/** log C(n, k) by log-gamma-free summation (exact enough for n ≤ 10⁶). */
function logChoose(n: number, k: number): number {
  let s = 0;
  const m = Math.min(k, n - k);
  for (let i = 1; i <= m; i++) s += Math.log((n - m + i) / i);
  return s;
}

/** P(X ≤ k) for X ~ Binomial(n, p). */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p <= 0) return 1;
  if (p >= 1) return 0;
  let sum = 0;
  for (let i = 0; i <= k; i++) sum += Math.exp(logChoose(n, i) + i * Math.log(p) + (n - i) * Math.log1p(-p));
  return Math.min(1, sum);
}

function bisect(f: (p: number) => number, target: number, decreasing: boolean): number {
  let lo = 0;
  let hi = 1;
  for (let it = 0; it < 200; it++) {
    const mid = (lo + hi) / 2;
    const above = f(mid) > target;
    if (above === decreasing) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Exact two-sided Clopper–Pearson interval for a binomial proportion at the given confidence (default 95%). */
export function clopperPearson(successes: number, trials: number, confidence = 0.95): [number, number] {
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || trials < 1 || successes < 0 || successes > trials) {
    throw new RangeError(`clopperPearson: need whole numbers 0 ≤ successes ≤ trials, trials ≥ 1 (got ${successes}/${trials})`);
  }
  const tail = (1 - confidence) / 2;
  // lower: P(X ≥ s; p) = tail ⇔ 1 − P(X ≤ s − 1; p) = tail; upper: P(X ≤ s; p) = tail. Both CDFs decrease in p.
  const lower = successes === 0 ? 0 : bisect((p) => binomialCdf(successes - 1, trials, p), 1 - tail, true);
  const upper = successes === trials ? 1 : bisect((p) => binomialCdf(successes, trials, p), tail, true);
  return [lower, upper];
}

/** Wilson score interval (approximate, narrower than Clopper–Pearson). */
export function wilson(successes: number, trials: number, confidence = 0.95): [number, number] {
  const z = confidence === 0.95 ? 1.959963984540054 : confidence === 0.99 ? 2.5758293035489 : 1.6448536269514722;
  const p = successes / trials;
  const denom = 1 + (z * z) / trials;
  const centre = (p + (z * z) / (2 * trials)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + (z * z) / (4 * trials * trials))) / denom;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export interface SeedFraction {
  successes: number;
  trials: number;
  fraction: number;
  /** Clopper–Pearson interval at `confidence`. */
  interval: [number, number];
  confidence: number;
  /** The seeds that failed, for a reader who wants to rerun one. */
  failedSeeds: number[];
}

/** Runs `trial` once per seed and counts successes (a boolean, or a check whose verdict is 'holds'). */
export function overSeeds(seeds: readonly number[], trial: (seed: number) => boolean | BoundCheck, confidence = 0.95): SeedFraction {
  if (seeds.length === 0) throw new RangeError('overSeeds: no seeds');
  const failedSeeds: number[] = [];
  for (const seed of seeds) {
    const outcome = trial(seed);
    const ok = typeof outcome === 'boolean' ? outcome : outcome.verdict === 'holds';
    if (!ok) failedSeeds.push(seed);
  }
  const successes = seeds.length - failedSeeds.length;
  return {
    successes,
    trials: seeds.length,
    fraction: successes / seeds.length,
    interval: clopperPearson(successes, seeds.length, confidence),
    confidence,
    failedSeeds,
  };
}

/** overSeeds over a list of per-seed measurements, one trial per entry named by its index: the entries where `holds` is true succeed. */
export function overMeasurements<T>(values: readonly T[], holds: (value: T) => boolean, confidence = 0.95): SeedFraction {
  return overSeeds(
    values.map((_, i) => i),
    (i) => holds(values[i]),
    confidence,
  );
}

/** Seeds first, first + 1, …, first + count − 1. */
export function seedRange(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => first + i);
}

/**
 * "With probability ≥ 1 − δ" as a verdict: violated when the upper end of the success fraction's Clopper–Pearson
 * interval is below 1 − δ (the seeds contradict the claim beyond sampling error); holds otherwise.
 * Hypotheses (those of the theorem, evaluated by the caller) make it not-applicable when one fails.
 */
export function probabilityCheck(params: {
  id: string;
  name: string;
  source: string;
  result: SeedFraction;
  /** The claimed probability 1 − δ. */
  claimed: number;
  hypotheses?: Hypothesis[];
  kind?: CheckKind;
  details?: Record<string, number | string | boolean>;
}): BoundCheck {
  const { result } = params;
  return boundCheck({
    id: params.id,
    kind: params.kind ?? 'bound',
    name: `${params.name}: success fraction over ${result.trials} seeds (upper ${Math.round(result.confidence * 100)}% Clopper–Pearson) ≥ ${params.claimed}`,
    source: params.source,
    hypotheses: params.hypotheses,
    lhs: result.interval[1],
    relation: '>=',
    rhs: params.claimed,
    seeds: result.trials,
    details: {
      successes: result.successes,
      trials: result.trials,
      fraction: result.fraction,
      lower: result.interval[0],
      upper: result.interval[1],
      ...(result.failedSeeds.length ? { failedSeeds: result.failedSeeds.slice(0, 20).join(' ') } : {}),
      ...params.details,
    },
  });
}

/** Mean and standard error of the mean. */
export function meanAndStandardError(values: readonly number[]): { mean: number; standardError: number; n: number } {
  const n = values.length;
  let sum = 0;
  for (const v of values) sum += v;
  const mean = sum / n;
  let ss = 0;
  for (const v of values) ss += (v - mean) ** 2;
  return { mean, standardError: n > 1 ? Math.sqrt(ss / (n - 1) / n) : NaN, n };
}
