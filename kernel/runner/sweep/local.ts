import { basename, dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { aggregateSweep, SweepAggregate } from './aggregate';
import { sweepPageHtml } from './page';
import { PlannedRun, readPlan, SweepPlan, writeFileAtomic } from './plan';
import { describeRun, isFinished, readResult, runPlannedRun } from './task';

/** The runs of the plan that have no successful result yet (a failed run is attempted again). */
export function pendingRuns(dir: string, plan: SweepPlan): { index: number; run: PlannedRun }[] {
  return plan.runs.map((run, index) => ({ index, run })).filter(({ run }) => !isFinished(dir, run));
}

/**
 * The local executor: `jobs` runs at once, each in its own kernel process (runNotebookFile starts one per run).
 * Finished runs are skipped. Returns how many ran and how many of those failed after their retry.
 */
export async function runLocal(
  dir: string,
  plan: SweepPlan,
  options: { jobs: number; log?: (m: string) => void },
): Promise<{ ran: number; failed: number; skipped: number }> {
  const pending = pendingRuns(dir, plan);
  const skipped = plan.runs.length - pending.length;
  if (skipped > 0) options.log?.(`${skipped} of ${plan.runs.length} runs already finished: skipped`);
  let next = 0;
  let done = 0;
  let failed = 0;
  const worker = async () => {
    while (next < pending.length) {
      const { run } = pending[next++];
      const result = await runPlannedRun(dir, plan, run, { log: options.log });
      done++;
      if (!result.ok) failed++;
      const checks = Object.values(result.checks);
      const held = checks.filter((c) => c.verdict === 'holds').length;
      options.log?.(
        `[${done}/${pending.length}] ${describeRun(run)}: ${result.ok ? `ok, ${held}/${checks.length} checks hold` : `FAILED after ${result.attempts} attempts at cell ${result.failure?.cell}: ${result.failure?.message}`} (${result.seconds.toFixed(1)} s)`,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs, pending.length)) }, worker));
  return { ran: pending.length, failed, skipped };
}

/**
 * Aggregates DIR's runs and writes DIR/sweep.json and DIR/index.html. Both executors and `--collect` end here, so
 * the aggregate depends only on the result files.
 */
export function writeSweepOutputs(dir: string, plan: SweepPlan = readPlan(dir)): { aggregate: SweepAggregate; page: string; json: string } {
  const aggregate = aggregateSweep(plan, (key) => readResult(dir, key));
  const generatedAt = new Date().toISOString();
  const json = join(dir, 'sweep.json');
  writeFileAtomic(json, JSON.stringify({ ...aggregate, executor: plan.executor, generatedAt }, null, 1) + '\n');
  // a sweep under REPORT/sweeps/NAME links back to the report's index
  const inReport = basename(dirname(dir)) === 'sweeps' && existsSync(join(dir, '..', '..', 'index.html'));
  const page = join(dir, 'index.html');
  writeFileAtomic(page, sweepPageHtml(aggregate, { executor: plan.executor, generatedAt, reportIndex: inReport ? '../../index.html' : undefined }));
  return { aggregate, page, json };
}
