import { ValidationError } from '../../core/errors';
import type { RefinedLabelQuality } from '../../papers/zhouSlr/contrastive';
import { BoundCheck, boundCheck, hypothesis } from '../checks';
import { meanAndStandardError } from '../seeds';
import { source, studentT975 } from './common';

/**
 * The contrastive claims of Zhou et al. 2021 in the synthetic analogue (§3.1 SLR labels, Thm 1's label error,
 * Tables 1/4 downstream accuracy), checked against baselines that a non-discriminating check would also pass: the
 * same SLR rule on an untrained encoder at the same μ, and class-blind smoothing that keeps SLR's weight on the
 * positive. Every comparison is paired by seed; the verdict asks the lower end of the paired 95% t-interval to be > 0.
 */

const PAIRED_THRESHOLD =
  'lower end of the paired 95% Student-t interval over seeds (mean − t_{0.975, n−1}·SE of the per-seed differences) > 0 (≥ 1e-12): a separation beyond seed-to-seed noise';
export const MIN_SEEDS = 5;

/** A paired comparison over seeds: holds when the lower 95% end of mean(difference) is ≥ 0. */
export function pairedDifferenceCheck(p: {
  id: string;
  name: string;
  source: string;
  differences: readonly number[];
  details?: Record<string, number | string | boolean>;
}): BoundCheck {
  const { mean, standardError, n } = meanAndStandardError(p.differences);
  const lower = mean - studentT975(n - 1) * standardError;
  return boundCheck({
    id: p.id,
    kind: 'empirical',
    name: `${p.name}: lower 95% end of the mean paired difference > 0`,
    source: p.source,
    hypotheses: [hypothesis(`at least ${MIN_SEEDS} seeds`, n, '>=', MIN_SEEDS)],
    lhs: Number.isFinite(lower) ? lower : NaN,
    relation: '>=',
    rhs: 1e-12,
    threshold: PAIRED_THRESHOLD,
    seeds: n,
    details: { 'mean difference': mean, 'standard error': standardError, ...p.details },
  });
}

/** One seed: the SLR labels of the trained encoder pair and of the same pair before training, both at the final μ. */
export interface LabelQualitySeed {
  trained: RefinedLabelQuality;
  untrained: RefinedLabelQuality;
}

const avg = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/**
 * SLR's refined labels (eq. 5) carry class information the training put there:
 * - the same-class mass ỹ puts off the positive, Σ_{k≠i, same class} ỹ_ik, exceeds (a) the untrained encoder's at the
 *   same μ and (b) class-blind smoothing's with the same weight on the positive (which puts chance-level mass there);
 * - the label error E‖ỹ − y*‖₂ (Theorem 1's quantity) is below the untrained encoder's and the class-blind label's.
 */
export function contrastiveLabelQuality(variant: string, mu: number, seeds: readonly LabelQualitySeed[], key?: string): BoundCheck[] {
  if (seeds.length === 0) throw new ValidationError('seeds', 'expected at least one seed');
  const src = source('§3.1 (SLR labels, eq. 5) and Theorem 1 (label error E‖y − y*‖₂)');
  const tag =
    key ??
    variant
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase();
  const info = {
    'trained E‖ỹ − y*‖': avg(seeds.map((s) => s.trained.refinedError)),
    'untrained E‖ỹ − y*‖': avg(seeds.map((s) => s.untrained.refinedError)),
    'class-blind E‖ỹ − y*‖': avg(seeds.map((s) => s.trained.blindError)),
    'one-hot E‖y − y*‖': avg(seeds.map((s) => s.trained.onehotError)),
    'trained same-class mass off the positive': avg(seeds.map((s) => s.trained.sameClassOffPositive)),
    'untrained same-class mass off the positive': avg(seeds.map((s) => s.untrained.sameClassOffPositive)),
    'class-blind same-class mass': avg(seeds.map((s) => s.trained.blindSameClassOffPositive)),
    'untrained q precision / chance': `${avg(seeds.map((s) => s.untrained.qPrecision)).toFixed(3)} / ${avg(seeds.map((s) => s.untrained.qChance)).toFixed(3)}`,
  };
  return [
    pairedDifferenceCheck({
      id: `zhouSlr.contrastive.${tag}.same-class-mass.vs-untrained`,
      name: `${variant} (μ = ${mu}): same-class mass of ỹ off the positive, trained − untrained encoder`,
      source: src,
      differences: seeds.map((s) => s.trained.sameClassOffPositive - s.untrained.sameClassOffPositive),
      details: info,
    }),
    pairedDifferenceCheck({
      id: `zhouSlr.contrastive.${tag}.same-class-mass.vs-blind`,
      name: `${variant} (μ = ${mu}): same-class mass of ỹ off the positive, SLR − class-blind smoothing (same weight on the positive)`,
      source: src,
      differences: seeds.map((s) => s.trained.sameClassOffPositive - s.trained.blindSameClassOffPositive),
    }),
    pairedDifferenceCheck({
      id: `zhouSlr.contrastive.${tag}.label-error.vs-untrained`,
      name: `${variant} (μ = ${mu}): E‖ỹ − y*‖₂, untrained − trained encoder`,
      source: src,
      differences: seeds.map((s) => s.untrained.refinedError - s.trained.refinedError),
    }),
    pairedDifferenceCheck({
      id: `zhouSlr.contrastive.${tag}.label-error.vs-blind`,
      name: `${variant} (μ = ${mu}): E‖ỹ − y*‖₂, class-blind smoothing − SLR`,
      source: src,
      differences: seeds.map((s) => s.trained.blindError - s.trained.refinedError),
    }),
  ];
}

/** Downstream accuracy of the learned features for one seed: weighted kNN and a linear probe, for SANE and for MoCo. */
export interface DownstreamSeed {
  sane: { knn: number; probe: number };
  moco: { knn: number; probe: number };
}

/** Tables 1 and 4: SANE's features beat MoCo's (kNN with k = 50 and a linear probe), paired by seed. */
export function contrastiveDownstream(seeds: readonly DownstreamSeed[], knnK: number): BoundCheck[] {
  const src = source('Tables 1 and 4 (SANE vs MoCo, kNN and linear evaluation), synthetic analogue');
  const info = (key: 'knn' | 'probe') => ({ 'SANE mean': avg(seeds.map((s) => s.sane[key])), 'MoCo mean': avg(seeds.map((s) => s.moco[key])) });
  return [
    pairedDifferenceCheck({
      id: 'zhouSlr.contrastive.knn.sane-vs-moco',
      name: `SANE's weighted kNN accuracy (k = ${knnK}) − MoCo's`,
      source: src,
      differences: seeds.map((s) => s.sane.knn - s.moco.knn),
      details: info('knn'),
    }),
    pairedDifferenceCheck({
      id: 'zhouSlr.contrastive.probe.sane-vs-moco',
      name: "SANE's linear-probe accuracy − MoCo's",
      source: src,
      differences: seeds.map((s) => s.sane.probe - s.moco.probe),
      details: info('probe'),
    }),
  ];
}

/**
 * One ordering the paper's ablation tables report (e.g. Table 6: momentum mixup > vanilla mixup with strong augmentation), as
 * a paired comparison over seeds of a downstream accuracy: holds when the lower 95% end of mean(better − worse) is > 0.
 */
export function accuracyOrdering(c: {
  id: string;
  item: string;
  better: string;
  worse: string;
  metric: string;
  paper: string;
  betterValues: readonly number[];
  worseValues: readonly number[];
}): BoundCheck {
  if (c.betterValues.length !== c.worseValues.length)
    throw new ValidationError('worseValues', `expected ${c.betterValues.length} paired values, got ${c.worseValues.length}`);
  return pairedDifferenceCheck({
    id: c.id,
    name: `${c.item}: ${c.better} − ${c.worse}, ${c.metric}`,
    source: source(`${c.item} (paper: ${c.paper}), real-image analogue`),
    differences: c.betterValues.map((b, i) => b - c.worseValues[i]),
    details: { [`${c.better} mean`]: avg([...c.betterValues]), [`${c.worse} mean`]: avg([...c.worseValues]) },
  });
}
