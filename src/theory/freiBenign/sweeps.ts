import { BoundCheck, boundCheck, hypothesis } from '../checks';
import { meanAndStandardError } from '../seeds';
import { ValidationError } from '../../core/errors';
import { assumptionHypotheses, BenignSetting, FREI_BENIGN } from './setting';

/** One configuration of a sweep: its setting and the clean test errors at T (and after one step) over seeds. */
export interface SweepRow {
  setting: BenignSetting;
  /** Clean test error at T, one per seed. */
  clean: readonly number[];
  /** Clean test error after one step, one per seed. */
  cleanAfterOneStep?: readonly number[];
  /** Monte Carlo test samples behind each error (errors of 0 are floored at 1/(2·samples) before the logarithm). */
  samples: number;
}

function inside(setting: BenignSetting): boolean {
  return assumptionHypotheses(setting).every((h) => h.holds);
}

/**
 * Theorem 3.1(2)'s shape: −ln(clean error) grows with R = n‖μ‖⁴/p (the bound is 2exp(−R/C)). Least-squares slope of
 * −ln(mean clean error over seeds) on R over the rows that meet (A1)–(A4), (A6); empirical: slope − 3 SE > 0. Rows
 * outside the assumptions are left out of the fit and listed; fewer than three inside make it not applicable.
 */
export function rateSlope(rows: readonly SweepRow[]): BoundCheck {
  const kept = rows.filter((r) => inside(r.setting));
  const xs = kept.map((r) => (r.setting.n * r.setting.muNorm ** 4) / r.setting.p);
  const ys = kept.map((r) => -Math.log(Math.max(meanAndStandardError(r.clean).mean, 1 / (2 * r.samples * r.clean.length))));
  const k = xs.length;
  const xm = xs.reduce((a, b) => a + b, 0) / Math.max(1, k);
  const ym = ys.reduce((a, b) => a + b, 0) / Math.max(1, k);
  const sxx = xs.reduce((a, x) => a + (x - xm) ** 2, 0);
  const slope = xs.reduce((a, x, i) => a + (x - xm) * (ys[i] - ym), 0) / sxx;
  const residual = ys.reduce((a, y, i) => a + (y - ym - slope * (xs[i] - xm)) ** 2, 0);
  const slopeSE = k > 2 ? Math.sqrt(residual / (k - 2) / sxx) : NaN;
  return boundCheck({
    id: 'freiBenign.thm3.1.rate-slope',
    kind: 'empirical',
    name: 'Theorem 3.1(2) shape: slope of −ln(mean clean error) on R = n‖μ‖⁴/p, minus 3 SE, > 0 (rows inside (A1)–(A4), (A6))',
    source: `${FREI_BENIGN}, Theorem 3.1 (2)`,
    hypotheses: [hypothesis('distinct configurations inside the assumptions', new Set(xs).size, '>=', 3)],
    lhs: slope - 3 * slopeSE,
    relation: '>=',
    rhs: 0,
    seeds: Math.min(...rows.map((r) => r.clean.length)),
    threshold: '3 standard errors of the least-squares slope (residual-based)',
    details: { slope, slopeSE, 'implied C = 1/slope': 1 / slope, 'rows fitted': k, 'rows outside the assumptions (left out)': rows.length - k },
  });
}

/**
 * Where (A2) fails interpolation is no longer benign (the role of p ≫ n‖μ‖² in Theorem 3.1): the clean error's growth from
 * one step to T, (errors + 1)/(errors + 1) over the test sample and seeds, is at least as large at the smallest p (which
 * must fail (A2)) as at the largest p (which must meet it). Empirical, a comparison without a margin.
 */
export function dimensionHarm(small: SweepRow, large: SweepRow): BoundCheck {
  if (!small.cleanAfterOneStep || !large.cleanAfterOneStep) throw new ValidationError('cleanAfterOneStep', 'needed for both rows');
  const ratio = (r: SweepRow) => {
    const after = meanAndStandardError(r.clean).mean * r.samples;
    const before = meanAndStandardError(r.cleanAfterOneStep!).mean * r.samples;
    return (after + 1) / (before + 1);
  };
  const a2 = (s: BenignSetting) => assumptionHypotheses(s, ['A2'])[0];
  const smallA2 = a2(small.setting);
  const largeA2 = a2(large.setting);
  return boundCheck({
    id: 'freiBenign.a2.dimension-harm',
    kind: 'empirical',
    name: `(A2) matters: clean-error growth from t = 1 to T at p = ${small.setting.p} (outside (A2)) ≥ at p = ${large.setting.p} (inside)`,
    source: `${FREI_BENIGN}, Theorem 3.1 and (A2)`,
    hypotheses: [
      { name: `p = ${small.setting.p} fails (A2)`, holds: !smallA2.holds, detail: smallA2.detail },
      { name: `p = ${large.setting.p} meets (A2)`, holds: largeA2.holds, detail: largeA2.detail },
    ],
    lhs: ratio(small),
    relation: '>=',
    rhs: ratio(large),
    seeds: Math.min(small.clean.length, large.clean.length),
    threshold: 'an ordering of mean error ratios, (errors at T + 1)/(errors at t = 1 + 1) per test sample, no margin of ours',
  });
}

/**
 * Theorem 3.1's rate depends on n, p and ‖μ‖ only through R = n‖μ‖⁴/p: at fixed R, mean −ln(clean error) of the rows
 * (all inside the assumptions) agree within 3 combined standard errors (delta method: SE(−ln e) ≈ SE(e)/e).
 */
export function fixedRateAgreement(rows: readonly SweepRow[]): BoundCheck {
  const Rs = rows.map((r) => (r.setting.n * r.setting.muNorm ** 4) / r.setting.p);
  const logs = rows.map((r) => {
    const m = meanAndStandardError(r.clean);
    const e = Math.max(m.mean, 1 / (2 * r.samples * r.clean.length));
    return { value: -Math.log(e), se: (Number.isFinite(m.standardError) ? m.standardError : 0) / e };
  });
  let worst = 0;
  let allowed = Infinity;
  let spread = 0;
  for (let i = 0; i < logs.length; i++)
    for (let j = i + 1; j < logs.length; j++) {
      const gap = Math.abs(logs[i].value - logs[j].value);
      const tol = 3 * Math.hypot(logs[i].se, logs[j].se);
      if (gap - tol > worst - allowed || allowed === Infinity) {
        worst = gap;
        allowed = tol;
      }
      spread = Math.max(spread, gap);
    }
  const Rmin = Math.min(...Rs);
  const Rmax = Math.max(...Rs);
  return boundCheck({
    id: 'freiBenign.thm3.1.fixed-rate',
    kind: 'empirical',
    name: `Theorem 3.1(2): at fixed R = ${Rmin.toPrecision(3)}, −ln(mean clean error) agrees across (n, p) within 3 SE (worst pair)`,
    source: `${FREI_BENIGN}, Theorem 3.1 (2)`,
    hypotheses: [
      ...rows.flatMap((r) => assumptionHypotheses(r.setting).map((h) => ({ ...h, name: `n = ${r.setting.n}, p = ${r.setting.p}: ${h.name}` }))),
      hypothesis('relative spread of R over the rows', (Rmax - Rmin) / Rmin, '<=', 1e-9),
      hypothesis('rows', rows.length, '>=', 2),
    ],
    lhs: worst,
    relation: '<=',
    rhs: allowed,
    seeds: Math.min(...rows.map((r) => r.clean.length)),
    threshold: '3 combined standard errors of −ln(mean clean error) (delta method, over seeds)',
    details: { 'largest gap of −ln(error)': spread },
  });
}
