import { Matrix } from 'ml-matrix';
import { BoundCheck, boundCheck, hypothesis } from '../checks';
import { meanAndStandardError } from '../seeds';
import { singularValuesFromGram, countAbove } from '../../linalg/spectrum';
import { ValidationError } from '../../core/errors';

/**
 * The real-data claims of Li, Soltanolkotabi & Oymak 2019 (Figs. 1, 3, 4, 5 and Table 1) as `empirical` checks on
 * measured accuracies, distances, per-sample losses and Jacobian spectra. Every threshold says where it comes from:
 * the paper's reported value, or a standard error (over seeds when there are several, else the binomial standard
 * error of an accuracy over its samples).
 */

const PAPER = 'Li, Soltanolkotabi & Oymak 2019';

/** Accuracies of one corruption level, one entry per seed. */
export interface AccuracySet {
  trainNoisy: readonly number[];
  trainTrue: readonly number[];
  test: readonly number[];
}

export interface CorruptionLevelResult {
  fraction: number;
  /** After the whole training budget (Fig. 1a). */
  final: AccuracySet;
  /** At the early-stopping epoch (Fig. 1b). */
  stopped: AccuracySet;
  /** ‖θ_T − θ0‖/‖θ0‖ at the end of training, one per seed (Fig. 3). */
  finalRelativeDistance: readonly number[];
}

/** Mean of per-seed accuracies and its standard error: over seeds when ≥ 2, else binomial √(p(1−p)/n) over `samples`. */
export function accuracyWithError(values: readonly number[], samples: number): { mean: number; standardError: number; seeds: number } {
  if (values.length === 0) throw new ValidationError('values', 'no accuracies');
  const { mean, standardError } = meanAndStandardError(values);
  if (values.length >= 2) return { mean, standardError, seeds: values.length };
  return { mean, standardError: Math.sqrt(Math.max(mean * (1 - mean), 0.25 / samples) / samples), seeds: 1 };
}

function seedCount(levels: readonly CorruptionLevelResult[]): number {
  return Math.min(...levels.map((l) => l.final.test.length));
}

const errorSource = (seeds: number) => (seeds >= 2 ? `standard error over ${seeds} seeds` : 'binomial standard error over the samples (one seed)');

/**
 * Fig. 1 (MNIST, accuracy vs corruption):
 * - `li2019.fig1a.fits-corrupted`: after long training the network fits the corrupted labels: min over levels of the
 *   train accuracy w.r.t. the labels trained on ≥ `fitThreshold` (paper: "near perfect fitting");
 * - `li2019.fig1a.memorisation-hurts`: test accuracy at 0% minus at the largest level ≥ 3 standard errors of the difference;
 * - `li2019.fig1b.true-labels-kept`: early-stopped train accuracy w.r.t. the true labels at the largest level ≥ the same at
 *   0% minus `keptTolerance` (paper: "continues to stay around 100% even when 50% of the labels are corrupted");
 * - `li2019.fig1b.early-stopping-helps`: early-stopped minus final test accuracy at the largest level ≥ 3 standard errors.
 */
export function fig1Checks(
  levels: readonly CorruptionLevelResult[],
  sizes: { train: number; test: number },
  options: { fitThreshold?: number; keptTolerance?: number } = {},
): BoundCheck[] {
  if (levels.length < 2) throw new ValidationError('levels', 'need at least two corruption levels');
  const sorted = [...levels].sort((a, b) => a.fraction - b.fraction);
  const clean = sorted[0];
  const worst = sorted[sorted.length - 1];
  const seeds = seedCount(sorted);
  const fitThreshold = options.fitThreshold ?? 0.95;
  const keptTolerance = options.keptTolerance ?? 0.05;
  const source = `${PAPER}, Fig. 1`;
  const a = (values: readonly number[], n: number) => accuracyWithError(values, n);
  const fitted = sorted.map((l) => a(l.final.trainNoisy, sizes.train).mean);
  const test0 = a(clean.final.test, sizes.test);
  const testW = a(worst.final.test, sizes.test);
  const drop = test0.mean - testW.mean;
  const dropSe = Math.hypot(test0.standardError, testW.standardError);
  const kept0 = a(clean.stopped.trainTrue, sizes.train);
  const keptW = a(worst.stopped.trainTrue, sizes.train);
  const stoppedW = a(worst.stopped.test, sizes.test);
  const gain = stoppedW.mean - testW.mean;
  const gainSe = Math.hypot(stoppedW.standardError, testW.standardError);
  const levelsHyp = hypothesis('levels include 0% corruption', clean.fraction, '<=', 0);
  const pct = (x: number) => `${Math.round(100 * x)}%`;
  return [
    boundCheck({
      id: 'li2019.fig1a.fits-corrupted',
      kind: 'empirical',
      name: `Fig. 1a: min over levels of final train accuracy w.r.t. the (corrupted) labels trained on ≥ ${fitThreshold}`,
      source: `${source}a ("near perfect fitting to the corrupted data")`,
      lhs: Math.min(...fitted),
      relation: '>=',
      rhs: fitThreshold,
      threshold: `the paper reports near-perfect fitting (≈ 100%) after 200 epochs; we allow ${Math.round(100 * (1 - fitThreshold))} points for our shorter run of a smaller model`,
      seeds,
      details: { accuracies: fitted.map((x) => x.toFixed(3)).join(' / ') },
    }),
    boundCheck({
      id: 'li2019.fig1a.memorisation-hurts',
      kind: 'empirical',
      name: `Fig. 1a: final test accuracy drops from 0% to ${pct(worst.fraction)} corruption by ≥ 3 standard errors`,
      source: `${source}a (test accuracy degrades with corruption after long training)`,
      hypotheses: [levelsHyp],
      lhs: drop,
      relation: '>=',
      rhs: 3 * dropSe,
      threshold: `3 × the standard error of the difference (${errorSource(seeds)}): a drop the sampling noise cannot explain`,
      seeds,
      details: { 'test at 0%': test0.mean, [`test at ${pct(worst.fraction)}`]: testW.mean, 'SE of difference': dropSe },
    }),
    boundCheck({
      id: 'li2019.fig1b.true-labels-kept',
      kind: 'empirical',
      name: `Fig. 1b: early-stopped train accuracy w.r.t. true labels at ${pct(worst.fraction)} corruption ≥ the 0% value − ${keptTolerance}`,
      source: `${source}b (accuracy on the true labels "continues to stay around %100 even when %50 of the labels are corrupted")`,
      hypotheses: [levelsHyp],
      lhs: keptW.mean,
      relation: '>=',
      rhs: kept0.mean - keptTolerance,
      threshold: `the paper's curve stays at the clean value (≈ 100%); we read "around" as within ${Math.round(100 * keptTolerance)} points of our own clean run, which is our model's ceiling (SE ${keptW.standardError.toFixed(3)})`,
      seeds,
      details: { 'at 0%': kept0.mean, [`at ${pct(worst.fraction)}`]: keptW.mean },
    }),
    boundCheck({
      id: 'li2019.fig1b.early-stopping-helps',
      kind: 'empirical',
      name: `Fig. 1: at ${pct(worst.fraction)} corruption, early-stopped test accuracy exceeds the final one by ≥ 3 standard errors`,
      source: `${source} (a vs b: early stopping keeps test accuracy high)`,
      lhs: gain,
      relation: '>=',
      rhs: 3 * gainSe,
      threshold: `3 × the standard error of the difference (${errorSource(seeds)})`,
      seeds,
      details: { 'stopped test': stoppedW.mean, 'final test': testW.mean },
    }),
  ];
}

/**
 * Fig. 3 ("the distance from initialization gracefully increase[s] with more corruption"):
 * `li2019.fig3.distance-grows`: the final relative distance ‖θ_T − θ0‖/‖θ0‖ rises with the corruption level, every step by
 * more than 2 standard errors over seeds when there are several (with one seed: every step positive).
 */
export function fig3Checks(levels: readonly CorruptionLevelResult[]): BoundCheck[] {
  if (levels.length < 2) throw new ValidationError('levels', 'need at least two corruption levels');
  const sorted = [...levels].sort((a, b) => a.fraction - b.fraction);
  const seeds = Math.min(...sorted.map((l) => l.finalRelativeDistance.length));
  const stats = sorted.map((l) => meanAndStandardError(l.finalRelativeDistance));
  // the smallest step between neighbouring levels, in units of its standard error when available
  const steps = stats.slice(1).map((s, i) => {
    const diff = s.mean - stats[i].mean;
    const se = seeds >= 2 ? Math.hypot(s.standardError, stats[i].standardError) : 0;
    return diff - 2 * se;
  });
  return [
    boundCheck({
      id: 'li2019.fig3.distance-grows',
      kind: 'empirical',
      name: 'Fig. 3: final relative distance from initialisation increases with corruption at every step (min over steps of increase − 2 SE > 0, read as ≥ 1e-12)',
      source: `${PAPER}, Fig. 3 ("the distance from initialization gracefully increase with more corruption")`,
      lhs: Math.min(...steps),
      relation: '>=',
      rhs: 1e-12,
      threshold:
        seeds >= 2
          ? `each increase must exceed 2 standard errors over ${seeds} seeds`
          : 'an ordering (one seed, no standard error): every step must be an increase',
      seeds,
      details: { distances: stats.map((s) => s.mean.toFixed(4)).join(' / '), levels: sorted.map((l) => l.fraction).join(' / ') },
    }),
  ];
}

/** AUC = P(a random corrupted sample's loss > a random clean one's), ties count ½, with the Hanley–McNeil standard error. */
export function lossSeparation(clean: readonly number[], corrupted: readonly number[]): { auc: number; standardError: number } {
  if (clean.length === 0 || corrupted.length === 0) throw new ValidationError('clean', 'need clean and corrupted samples');
  const sortedClean = Float64Array.from(clean).sort();
  // wins via binary search: count of clean losses below and equal to each corrupted loss
  const lower = (x: number) => {
    let lo = 0;
    let hi = sortedClean.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedClean[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const upper = (x: number) => {
    let lo = 0;
    let hi = sortedClean.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedClean[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let wins = 0;
  for (const c of corrupted) {
    const below = lower(c);
    wins += below + 0.5 * (upper(c) - below);
  }
  const m = corrupted.length;
  const n = clean.length;
  const auc = wins / (m * n);
  const q1 = auc / (2 - auc);
  const q2 = (2 * auc * auc) / (1 + auc);
  const variance = (auc * (1 - auc) + (m - 1) * (q1 - auc * auc) + (n - 1) * (q2 - auc * auc)) / (m * n);
  return { auc, standardError: Math.sqrt(Math.max(0, variance)) };
}

/**
 * Fig. 4 (per-sample loss, clean vs corrupted, at early stopping; CIFAR-10 in the paper):
 * - `li2019.fig4.separable`: at the lower level (30% in the paper) the AUC of corrupted over clean losses ≥ `aucThreshold`
 *   ("approximately separable");
 * - `li2019.fig4.overlap-grows`: the AUC falls from the lower to the higher level (50%) by ≥ 2 Hanley–McNeil standard errors
 *   ("the distributions start to gracefully overlap").
 */
export function fig4Checks(
  lower: { fraction: number; clean: readonly number[]; corrupted: readonly number[] },
  higher: { fraction: number; clean: readonly number[]; corrupted: readonly number[] },
  options: { aucThreshold?: number } = {},
): BoundCheck[] {
  const threshold = options.aucThreshold ?? 0.9;
  const lo = lossSeparation(lower.clean, lower.corrupted);
  const hi = lossSeparation(higher.clean, higher.corrupted);
  const pct = (x: number) => `${Math.round(100 * x)}%`;
  const source = `${PAPER}, Fig. 4 (CIFAR-10 and ResNet-20 in the paper; an MNIST analogue here)`;
  const order = hypothesis('higher level has more corruption', higher.fraction - lower.fraction, '>', 0);
  return [
    boundCheck({
      id: 'li2019.fig4.separable',
      kind: 'empirical',
      name: `Fig. 4: at ${pct(lower.fraction)} corruption, AUC(corrupted loss > clean loss) ≥ ${threshold}`,
      source: `${source}: "the distributions are approximately separable"`,
      lhs: lo.auc,
      relation: '>=',
      rhs: threshold,
      threshold: `"approximately separable" read as ≥ ${Math.round(100 * threshold)}% of (corrupted, clean) pairs ordered (our reading; the paper gives no number); Hanley–McNeil SE ${lo.standardError.toFixed(4)}`,
      seeds: 1,
      details: { 'AUC SE': lo.standardError, clean: lower.clean.length, corrupted: lower.corrupted.length },
    }),
    boundCheck({
      id: 'li2019.fig4.overlap-grows',
      kind: 'empirical',
      name: `Fig. 4: AUC at ${pct(lower.fraction)} − AUC at ${pct(higher.fraction)} ≥ 2 standard errors (more overlap)`,
      source: `${source}: at 50% "the distributions start to gracefully overlap"`,
      hypotheses: [order],
      lhs: lo.auc - hi.auc,
      relation: '>=',
      rhs: 2 * Math.hypot(lo.standardError, hi.standardError),
      threshold: '2 × the Hanley–McNeil standard error of the AUC difference (one seed)',
      seeds: 1,
      details: { [`AUC at ${pct(lower.fraction)}`]: lo.auc, [`AUC at ${pct(higher.fraction)}`]: hi.auc },
    }),
  ];
}

/** One Jacobian spectrum of Fig. 5 / Table 1. */
export interface JacobianSpectrum {
  /** 'allClasses' (every output of each sample), 'correctClass' (the labelled output), 'binary' (two-class net) or a cluster label. */
  rows: string;
  stage: 'initialization' | 'after training';
  /** Every singular value of J (descending), e.g. singularValuesFromGram(J Jᵀ). */
  singularValues: readonly number[];
  /** J's shape. */
  shape: [number, number];
}

/** All singular values of J from its explicit Gram JJᵀ, and the exact count above `fraction`·σ_max. */
export function exactSpectrum(gram: Matrix, fraction = 0.1): { singularValues: number[]; count: number } {
  if (gram.rows !== gram.columns) throw new ValidationError('gram', 'expected the square Gram JJᵀ');
  const singularValues = singularValuesFromGram(gram);
  return { singularValues, count: countAbove(singularValues, fraction) };
}

/** Table 1 as the paper printed it (arXiv version only; the conference version has no Table 1). */
export const PAPER_TABLE1: Record<string, Record<string, number>> = {
  allClasses: { initialization: 4, 'after training': 14 },
  correctClass: { initialization: 15, 'after training': 16 },
};

/**
 * Table 1 / Fig. 5 ("only 10 to 20 singular values are larger than 0.1× the top one"): per spectrum,
 * `li2019.table1.<rows>.<stage>`: the exact number of singular values above 0.1·σ_max ≤ `maxCount` (20, the paper's upper
 * value). Hypothesis: the spectrum is complete (min(rows, columns) values), so the count is exact and never capped.
 */
export function table1Checks(spectra: readonly JacobianSpectrum[], options: { maxCount?: number; fraction?: number; label?: string } = {}): BoundCheck[] {
  const maxCount = options.maxCount ?? 20;
  const fraction = options.fraction ?? 0.1;
  return spectra.map((s) => {
    const full = Math.min(s.shape[0], s.shape[1]);
    const count = countAbove(s.singularValues, fraction);
    const stageId = s.stage === 'initialization' ? 'init' : 'trained';
    const paper = PAPER_TABLE1[s.rows]?.[s.stage];
    return boundCheck({
      id: `li2019.table1.${s.rows}.${stageId}`,
      kind: 'empirical',
      name: `Table 1${options.label ? ` (${options.label})` : ''}: exact # σ > ${fraction}·σ_max ≤ ${maxCount} (${s.rows}, ${s.stage}, J ${s.shape[0]} × ${s.shape[1]})`,
      source: `${PAPER}, Fig. 5 and Table 1 ("only 10 to 20 singular values are larger than 0.1× the top one"; CIFAR-10 / ResNet-20 in the paper)`,
      hypotheses: [
        {
          name: 'complete spectrum (count exact, not capped by the number computed)',
          holds: s.singularValues.length >= full,
          detail: `${s.singularValues.length} of ${full} singular values`,
        },
      ],
      lhs: count,
      relation: '<=',
      rhs: maxCount,
      threshold: `${maxCount} is the paper's own upper value ("10 to 20"; Table 1: 4, 14, 15, 16)`,
      seeds: 1,
      details: {
        'paper (CIFAR-10)': paper ?? 'n/a',
        σ_max: s.singularValues[0],
        'rank-like count above 1e-8·σ_max': countAbove(s.singularValues, 1e-8),
        rows: s.shape[0],
        columns: s.shape[1],
      },
    });
  });
}
