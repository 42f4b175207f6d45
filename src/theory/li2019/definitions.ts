import { CorruptedData } from '../../data/corruption';
import { BoundCheck, boundCheck } from '../checks';
import { PAPER, measureClusters } from './common';

/**
 * Definitions 1.1 and 1.2 measured on a data set: unit-norm centers and inputs, ‖x_i − c_ℓ‖ ≤ ε0, the label
 * separation δ with K̄ ≤ 2/δ + 1, and at most ρ·n_ℓ corrupted labels per cluster. Every one is a property the
 * generator builds in, so they are `identity` checks: tests of the generator, never evidence about the paper.
 * The numbers are measured from the data (X, centers, labels), not read from the generator's parameters, so a
 * malformed data set does fail them.
 */
export function clusterableDefinitionChecks(
  data: CorruptedData,
  options: { epsilon0?: number; rho?: number; label?: string; idSuffix?: string } = {},
): BoundCheck[] {
  const m = measureClusters(data);
  const epsilon0 = options.epsilon0 ?? data.epsilon0;
  const rho = options.rho ?? data.rho;
  const label = options.label ? ` (${options.label})` : '';
  const suffix = options.idSuffix ? `.${options.idSuffix}` : '';
  let centerGap = 0;
  for (let l = 0; l < data.centers.rows; l++) centerGap = Math.max(centerGap, Math.abs(data.centers.getRowVector(l).norm() - 1));
  const classes = data.classLabels.length;
  return [
    boundCheck({
      id: `li2019.def1.1.unit-norms${suffix}`,
      kind: 'identity',
      name: `max(|‖x_i‖ − 1|, |‖c_ℓ‖ − 1|) ≤ 1e-12${label}`,
      source: `${PAPER}, Definition 1.1 (unit norms)`,
      lhs: Math.max(m.inputNormGap, centerGap),
      relation: '<=',
      rhs: 1e-12,
    }),
    boundCheck({
      id: `li2019.def1.1.radius${suffix}`,
      kind: 'identity',
      name: `max_i ‖x_i − c_ℓ(i)‖ ≤ ε0${label}`,
      source: `${PAPER}, Definition 1.1`,
      lhs: m.epsilon0,
      relation: '<=',
      rhs: epsilon0 + 1e-12,
      details: { epsilon0 },
    }),
    boundCheck({
      id: `li2019.def1.1.separation${suffix}`,
      kind: 'identity',
      name: `K̄ ≤ 2/δ + 1, δ = min_{r≠s} |α_r − α_s|${label}`,
      source: `${PAPER}, Definition 1.1, eq. (1.1)`,
      lhs: classes,
      relation: '<=',
      rhs: 2 / m.delta + 1,
      details: { delta: m.delta },
    }),
    boundCheck({
      id: `li2019.def1.2.corruption${suffix}`,
      kind: 'identity',
      name: `max_ℓ (corrupted labels in cluster ℓ)/n_ℓ ≤ ρ${label}`,
      source: `${PAPER}, Definition 1.2`,
      lhs: m.corruptedFraction,
      relation: '<=',
      rhs: rho + 1e-12,
      details: { rho, c_low: m.cLow, c_up: m.cUp },
    }),
  ];
}
