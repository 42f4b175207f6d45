import { clopperPearson } from '../../../src/theory/seeds';
import { BoundCheck } from '../../../src/theory/checks';
import { canonicalJson, GridAxis, GridPoint, gridPoints } from './grid';
import { PlannedRun, SweepPlan } from './plan';
import { CheckSummary, RunResult } from './task';

/**
 * Per grid point and check id: how often the check held over the seeds, with an exact (Clopper–Pearson) interval,
 * the spread of both sides, and — when the check states the probability its paper claims — whether the seeds
 * contradict that claim beyond the interval. Both executors feed this the same result files, so a local and a
 * Slurm sweep of the same plan aggregate identically.
 */

export const CONFIDENCE = 0.95;

export interface Distribution {
  /** Runs with a finite value. */
  n: number;
  /** Runs whose value was NaN or ±∞ (stored as null). */
  nonFinite: number;
  min: number | null;
  median: number | null;
  max: number | null;
}

export interface CheckAggregate {
  id: string;
  kind: BoundCheck['kind'];
  name: string;
  source: string;
  relation: BoundCheck['relation'];
  /** Finished runs of this grid point that showed the check. */
  runs: number;
  holds: number;
  violated: number;
  notApplicable: number;
  /** Runs whose hypotheses were met (holds + violated): the trials of the success fraction. */
  applicable: number;
  /** holds / applicable; null when no run met the hypotheses. */
  rate: number | null;
  /** Clopper–Pearson interval of the rate at CONFIDENCE. */
  interval: [number, number] | null;
  /** The claimed probability 1 − δ, from the check's details (claimedProbability, or 1 − delta); null when none. */
  claimedProbability: number | null;
  /**
   * Against the claim: violated when the interval's upper end is below 1 − δ, holds otherwise, not-applicable when
   * no run met the hypotheses; null when the check claims no probability (the rate is reported without a verdict).
   */
  verdict: BoundCheck['verdict'] | null;
  lhs: Distribution;
  rhs: Distribution;
  /** Seeds where the check was violated, and where its hypotheses failed. */
  violatedSeeds: number[];
  notApplicableSeeds: number[];
}

export interface PointAggregate {
  point: GridPoint;
  seeds: number;
  finished: number;
  failed: number;
  missing: number;
  checks: CheckAggregate[];
}

export interface RunStatus {
  key: string;
  point: GridPoint;
  seed: number;
  status: 'ok' | 'failed' | 'missing';
  attempts: number;
  seconds: number | null;
  failure: { cell: number; message: string } | null;
  /** The run's page relative to the sweep folder, when it was written. */
  html: string | null;
}

export interface SweepAggregate {
  notebook: { name: string; path: string; sha256: string };
  /** The notebook preset every run started from, and the values it fixed. */
  preset: string | null;
  fixed: Record<string, unknown>;
  grid: GridAxis[];
  seeds: number[];
  confidence: number;
  totals: { planned: number; finished: number; failed: number; missing: number };
  /** Check ids in order of first appearance. */
  checkIds: string[];
  points: PointAggregate[];
  /** Failed and missing runs (ok runs are listed in `runs` only). */
  problems: RunStatus[];
  runs: RunStatus[];
}

export function distribution(values: (number | null)[]): Distribution {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  const n = finite.length;
  const median = n === 0 ? null : n % 2 === 1 ? finite[(n - 1) / 2] : (finite[n / 2 - 1] + finite[n / 2]) / 2;
  return { n, nonFinite: values.length - n, min: n ? finite[0] : null, median, max: n ? finite[n - 1] : null };
}

/** The probability a check's paper claims for it, from its details: claimedProbability, or 1 − delta. */
export function claimedProbability(check: Pick<CheckSummary, 'details'>): number | null {
  const d = check.details ?? {};
  const p = d.claimedProbability;
  if (typeof p === 'number' && p > 0 && p <= 1) return p;
  const delta = d.delta;
  if (typeof delta === 'number' && delta >= 0 && delta < 1) return 1 - delta;
  return null;
}

function aggregateCheck(id: string, entries: { seed: number; check: CheckSummary }[]): CheckAggregate {
  const first = entries[0].check;
  const count = (v: BoundCheck['verdict']) => entries.filter((e) => e.check.verdict === v).length;
  const holds = count('holds');
  const violated = count('violated');
  const notApplicable = count('not-applicable');
  const applicable = holds + violated;
  const interval = applicable > 0 ? clopperPearson(holds, applicable, CONFIDENCE) : null;
  // the claim is read from the first run that states one (it is a property of the check, not of the seed)
  const claimed = entries.map((e) => claimedProbability(e.check)).find((p) => p !== null) ?? null;
  let verdict: CheckAggregate['verdict'] = null;
  if (claimed !== null) verdict = interval === null ? 'not-applicable' : interval[1] < claimed ? 'violated' : 'holds';
  return {
    id,
    kind: first.kind,
    name: first.name,
    source: first.source,
    relation: first.relation,
    runs: entries.length,
    holds,
    violated,
    notApplicable,
    applicable,
    rate: applicable > 0 ? holds / applicable : null,
    interval,
    claimedProbability: claimed,
    verdict,
    lhs: distribution(entries.map((e) => e.check.lhs)),
    rhs: distribution(entries.map((e) => e.check.rhs)),
    violatedSeeds: entries.filter((e) => e.check.verdict === 'violated').map((e) => e.seed),
    notApplicableSeeds: entries.filter((e) => e.check.verdict === 'not-applicable').map((e) => e.seed),
  };
}

function status(run: PlannedRun, result: RunResult | null): RunStatus {
  return {
    key: run.key,
    point: run.point,
    seed: run.seed,
    status: result === null ? 'missing' : result.ok ? 'ok' : 'failed',
    attempts: result?.attempts ?? 0,
    seconds: result?.seconds ?? null,
    failure: result === null ? null : result.failure,
    html: result?.html ? `runs/${run.key}/${result.html}` : null,
  };
}

/**
 * Aggregates the plan's runs from their results (`results(key)` is null for a run that has not finished). Checks of
 * failed runs are left out: a run that stopped at a cell did not reach its verdicts.
 */
export function aggregateSweep(plan: SweepPlan, results: (key: string) => RunResult | null): SweepAggregate {
  const byPoint = new Map<string, { run: PlannedRun; result: RunResult | null }[]>();
  for (const run of plan.runs) {
    const k = canonicalJson(run.point);
    byPoint.set(k, [...(byPoint.get(k) ?? []), { run, result: results(run.key) }]);
  }
  const checkIds: string[] = [];
  const points: PointAggregate[] = gridPoints(plan.grid).map((point) => {
    const entries = byPoint.get(canonicalJson(point)) ?? [];
    const ok = entries.filter((e) => e.result?.ok === true);
    const perCheck = new Map<string, { seed: number; check: CheckSummary }[]>();
    for (const e of ok) {
      for (const [id, check] of Object.entries(e.result!.checks)) {
        if (!checkIds.includes(id)) checkIds.push(id);
        perCheck.set(id, [...(perCheck.get(id) ?? []), { seed: e.run.seed, check }]);
      }
    }
    return {
      point,
      seeds: entries.length,
      finished: ok.length,
      failed: entries.filter((e) => e.result !== null && !e.result.ok).length,
      missing: entries.filter((e) => e.result === null).length,
      checks: [...perCheck.entries()].map(([id, list]) => aggregateCheck(id, list)),
    };
  });
  for (const p of points) p.checks.sort((a, b) => checkIds.indexOf(a.id) - checkIds.indexOf(b.id));
  const runs = plan.runs.map((run) => status(run, results(run.key)));
  const count = (s: RunStatus['status']) => runs.filter((r) => r.status === s).length;
  return {
    notebook: { name: plan.notebook.name, path: plan.notebook.path, sha256: plan.notebook.sha256 },
    preset: plan.preset ?? null,
    fixed: plan.fixed ?? {},
    grid: plan.grid,
    seeds: plan.seeds,
    confidence: CONFIDENCE,
    totals: { planned: runs.length, finished: count('ok'), failed: count('failed'), missing: count('missing') },
    checkIds,
    points,
    problems: runs.filter((r) => r.status !== 'ok'),
    runs,
  };
}

/**
 * The part of an aggregate that depends only on the runs' outcomes — no timings, paths, hosts or attempt counts (a run
 * retried after a transient failure, e.g. a kernel port taken by another process, has the same outcome): equal for
 * equal sweeps.
 */
export function aggregateOutcome(aggregate: SweepAggregate): unknown {
  return {
    preset: aggregate.preset,
    fixed: aggregate.fixed,
    grid: aggregate.grid,
    seeds: aggregate.seeds,
    totals: aggregate.totals,
    checkIds: aggregate.checkIds,
    points: aggregate.points,
    runs: aggregate.runs.map((r) => ({ key: r.key, point: r.point, seed: r.seed, status: r.status, failure: r.failure })),
  };
}
