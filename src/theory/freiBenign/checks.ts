import { BoundCheck, boundCheck, Hypothesis, hypothesis } from '../checks';
import { clopperPearson, meanAndStandardError, overMeasurements, probabilityCheck, SeedFraction } from '../seeds';
import { ValidationError } from '../../core/errors';
import { maxOf, minOf } from '../../core/vector';
import { assumptionHypotheses, BenignConstants, BenignSetting, FREI_BENIGN, goodRunHypotheses, settingDetails } from './setting';
import { BenignCheckpoint, BenignTrajectory } from './trajectory';

/**
 * The checked statements of Frei, Chatterji & Bartlett 2022 (benign overfitting without linearity), each a function
 * from measured quantities to BoundChecks whose hypotheses it evaluates. Two levels of hypotheses:
 * - statements of Theorem 3.1 and Proposition 3.2: the assumptions (A1)–(A4), (A6) (see BenignSetting for the reading
 *   of "C large" and the relaxed (A5));
 * - Lemmas 4.9–4.12: in addition the explicit conditions their proofs need (Lemma 4.9's Case 1 step size and Case 2
 *   dimension, eq. 11, the noise conditions of eqs. 23 and 32, eq. 26, the good-run events), from the measured C1.
 * Every trajectory check also requires that the trajectory is the paper's GD (update residual ≤ 1e-6).
 */

const source = (item: string) => `${FREI_BENIGN}, ${item}`;
const GD_TOLERANCE = 1e-6;

/** The trajectory is the paper's GD: every update equals −α∇L̂ (its own recomputation), and a_j = ±1/√m. */
export function gradientDescentHypotheses(trajectory: BenignTrajectory): Hypothesis[] {
  const residuals = trajectory.steps.slice(1).map((s) => s.updateResidual);
  const worst = residuals.length === 0 ? 0 : maxOf(residuals.map((r) => (Number.isFinite(r) ? r : Infinity)));
  return [
    hypothesis(
      `trajectory is GD with step α = ${trajectory.setting.alpha.toPrecision(3)} on the mean logistic loss with the smoothed leaky ReLU (max relative update residual)`,
      worst,
      '<=',
      GD_TOLERANCE,
    ),
    { name: 'second layer a_j = ±1/√m', holds: trajectory.outputWeightsValid, detail: trajectory.outputWeightsValid ? 'all |a_j|√m = 1' : 'some |a_j| ≠ 1/√m' },
  ];
}

function checkSetting(setting: BenignSetting, trajectory: BenignTrajectory): void {
  if (trajectory.setting !== setting && JSON.stringify(trajectory.setting) !== JSON.stringify(setting))
    throw new ValidationError('trajectory', 'was recorded for another setting');
  if (trajectory.steps.length === 0) throw new ValidationError('trajectory', 'has no steps');
}

/** Lemma 4.9's proof conditions beyond (A1)–(A6): eq. (11), Case 1 (step size) and Case 2 (dimension), with C1_emp. */
export function lossRatioConditions(setting: BenignSetting, constants: BenignConstants, trajectory: BenignTrajectory): Hypothesis[] {
  const { n, p, muNorm, gamma, alpha, delta } = setting;
  const { C1 } = constants;
  const log = Math.log(n / delta);
  const mu2 = muNorm * muNorm;
  const case2 = (128 * C1 * C1) / (gamma * gamma);
  return [
    hypothesis('eq. (11): max_i |f(x_i; W0)| ≤ 1', trajectory.initialOutputs, '<=', 1),
    hypothesis('Case 1: C1α(p/n + 2‖μ‖² + 4√(p log(n/δ))) ≤ 1/8', C1 * alpha * (p / n + 2 * mu2 + 4 * Math.sqrt(p * log)), '<=', 1 / 8),
    hypothesis('Case 2: p/(n‖μ‖²) ≥ 128C1²/γ²', p / (n * mu2), '>=', case2),
    hypothesis('Case 2: √p/(n√log(n/δ)) ≥ 128C1²/γ²', Math.sqrt(p) / (n * Math.sqrt(log)), '>=', case2),
  ];
}

function lemmaHypotheses(setting: BenignSetting, constants: BenignConstants, trajectory: BenignTrajectory): Hypothesis[] {
  return [
    ...assumptionHypotheses(setting),
    ...goodRunHypotheses(setting, constants),
    ...gradientDescentHypotheses(trajectory),
    ...lossRatioConditions(setting, constants, trajectory),
  ];
}

function theoremHypotheses(setting: BenignSetting, trajectory: BenignTrajectory): Hypothesis[] {
  return [...assumptionHypotheses(setting), ...gradientDescentHypotheses(trajectory)];
}

/** Lemma 4.2: ‖W0‖_F² ≤ (3/2)ω²mp with probability ≥ 1 − δ, as a success fraction over initialisations (one ‖W0‖_F² per seed); an identity (a property of the generator), violated only by an initialisation other than the one claimed. */
export function lemma42InitialNorm(setting: BenignSetting, frobeniusSquared: readonly number[]): BoundCheck {
  const { omega, width, p, delta } = setting;
  const limit = 1.5 * omega * omega * width * p;
  const ratios = frobeniusSquared.map((x) => x / (omega * omega * width * p));
  // one trial per initialisation, named by its index in the list
  const result = overMeasurements(ratios, (ratio) => ratio <= 1.5);
  return probabilityCheck({
    id: 'freiBenign.lemma4.2.init-frobenius',
    kind: 'identity',
    name: 'Lemma 4.2: ‖W0‖_F² ≤ (3/2)ω²mp (a property of the Gaussian initialisation, failing with probability ≈ exp(−mp/32): a test of the generator)',
    source: source('Lemma 4.2 (proof: χ² concentration)'),
    result,
    claimed: 1 - delta,
    hypotheses: [hypothesis("proof's t = √(8 log(4/δ)/(mp)) ≤ 1/2", Math.sqrt((8 * Math.log(4 / delta)) / (width * p)), '<=', 0.5)],
    details: { 'max ‖W0‖_F²/(ω²mp)': maxOf(ratios), 'min ‖W0‖_F²/(ω²mp)': minOf(ratios), limit },
  });
}

/** Lemma 4.3 E.3/E.4: |⟨μ, y_k x_k⟩ ∓ ‖μ‖²| ≤ ‖μ‖²/2 for every k, with probability ≥ 1 − δ, over samples (one per seed). */
export function lemma43SignalAlignment(setting: BenignSetting, constantsPerSeed: readonly BenignConstants[]): BoundCheck {
  const values = constantsPerSeed.map((c) => c.signalAlignment);
  const result = overMeasurements(values, (value) => value <= 1);
  return probabilityCheck({
    id: 'freiBenign.lemma4.3.signal-alignment',
    name: 'Lemma 4.3 E.3/E.4: max_k |⟨μ, y_k x_k⟩ ∓ ‖μ‖²| ≤ ‖μ‖²/2',
    source: source('Lemma 4.3 (E.3, E.4)'),
    result,
    claimed: 1 - setting.delta,
    hypotheses: assumptionHypotheses(setting, ['A1', 'A2', 'A3']),
    details: { 'max over seeds of max_k |…|/(‖μ‖²/2)': maxOf(values), 'mean C1_emp': meanAndStandardError(constantsPerSeed.map((c) => c.C1)).mean },
  });
}

/**
 * Lemma 4.9 (loss-ratio bound): max_t max_{i,j} g_i/g_j ≤ C_r = 16C1²/γ², with C1 = C1_emp; and its base case eq. (11),
 * max_i |f(x_i; W0)| ≤ 1 (from (A6) and a small init: a larger initialisation than the setting claims violates it).
 */
export function lemma49LossRatio(setting: BenignSetting, constants: BenignConstants, trajectory: BenignTrajectory): BoundCheck[] {
  checkSetting(setting, trajectory);
  const ratios = trajectory.steps.map((s) => s.ratio);
  const worst = maxOf(ratios);
  // a NaN ratio makes the maximum NaN (the check is then violated, not silently skipped) and has no step to name
  const atWorst = trajectory.steps[ratios.indexOf(worst)]?.t ?? NaN;
  const hyps = lemmaHypotheses(setting, constants, trajectory);
  return [
    boundCheck({
      id: 'freiBenign.lemma4.9.loss-ratio',
      kind: 'bound',
      name: `Lemma 4.9: max_t max_{i,j} g_i/g_j ≤ C_r = 16C1²/γ² (m = ${setting.width}, p/(n‖μ‖²) = ${(setting.p / (setting.n * setting.muNorm ** 2)).toPrecision(3)})`,
      source: source('Lemma 4.9 (proof: Cases 1 and 2, eqs. 11–19)'),
      hypotheses: hyps,
      lhs: worst,
      relation: '<=',
      rhs: constants.Cr,
      seeds: 1,
      details: {
        ...settingDetails(constants),
        'step of the maximum': atWorst,
        'r_t at the last step': ratios[ratios.length - 1],
        steps: trajectory.steps.length - 1,
        '1/γ²': 1 / setting.gamma ** 2,
      },
    }),
    boundCheck({
      id: 'freiBenign.lemma4.9.initial-outputs',
      kind: 'bound',
      name: 'Lemma 4.9 base case, eq. (11): max_i |f(x_i; W0)| ≤ 1',
      source: source('Lemma 4.9, eq. (11)'),
      hypotheses: [...assumptionHypotheses(setting, ['A6']), gradientDescentHypotheses(trajectory)[1]],
      lhs: trajectory.initialOutputs,
      relation: '<=',
      rhs: 1,
      seeds: 1,
      details: { 'exp-loss ratio at t = 0 (≤ e² follows)': Math.exp(2 * trajectory.initialOutputs) },
    }),
  ];
}

/**
 * Lemma 4.10 (norm growth): ‖W_t‖_F ≤ ‖W0‖_F + C2α√(p/n)Σ_{s<t}Ĝ_s with C2 = √(3C1²C_r), as max_t C2_emp(t) ≤ C2; and the
 * proof's gradient bound ‖∇L̂‖_F² ≤ (C1/n²)(p + n‖μ‖² + n√(p log(n/δ)))·max g·Σg, which follows deterministically from
 * C1_emp's definition for any W (an identity: a test of the gradient code).
 */
export function lemma410NormGrowth(setting: BenignSetting, constants: BenignConstants, trajectory: BenignTrajectory): BoundCheck[] {
  checkSetting(setting, trajectory);
  const { n, p, alpha, muNorm, delta } = setting;
  let sumG = 0;
  let worstC2 = 0;
  let worstGradient = 0;
  const factor = (constants.C1 / (n * n)) * (p + n * muNorm * muNorm + n * Math.sqrt(p * Math.log(n / delta)));
  for (const s of trajectory.steps) {
    if (s.t > 0) worstC2 = Math.max(worstC2, (s.normW - trajectory.initialNorm) / (alpha * Math.sqrt(p / n) * sumG));
    sumG += s.G;
    worstGradient = Math.max(worstGradient, (s.gradNorm * s.gradNorm) / (factor * s.maxG * s.G * n));
  }
  return [
    boundCheck({
      id: 'freiBenign.lemma4.10.norm-growth',
      kind: 'bound',
      name: 'Lemma 4.10: max_t (‖W_t‖_F − ‖W0‖_F)/(α√(p/n)Σ_{s<t}Ĝ_s) ≤ C2 = √(3C1²C_r)',
      source: source('Lemma 4.10'),
      hypotheses: lemmaHypotheses(setting, constants, trajectory),
      lhs: worstC2,
      relation: '<=',
      rhs: constants.C2,
      seeds: 1,
      details: settingDetails(constants),
    }),
    boundCheck({
      id: 'freiBenign.lemma4.10.gradient-bound',
      kind: 'identity',
      name: 'Lemma 4.10 proof: ‖∇L̂‖_F² ≤ (C1/n²)(p + n‖μ‖² + n√(p log(n/δ)))·max_k g_k·Σ_i g_i at every step (deterministic given C1_emp: a code test)',
      source: source('Lemma 4.10 (proof)'),
      hypotheses: gradientDescentHypotheses(trajectory).slice(1),
      lhs: worstGradient,
      relation: '<=',
      rhs: 1,
      details: { C1_emp: constants.C1 },
    }),
  ];
}

/** γ²‖μ‖²√n/(8 max(√C1, C2)√p), the bound of Lemma 4.11. */
export function lemma411Bound(setting: BenignSetting, constants: BenignConstants): number {
  const { gamma, muNorm, n, p } = setting;
  return (gamma * gamma * muNorm * muNorm * Math.sqrt(n)) / (8 * Math.max(Math.sqrt(constants.C1), constants.C2) * Math.sqrt(p));
}

/**
 * Lemma 4.11: the clean normalised margin E[ỹ f(x; W_t)]/‖W_t‖_F ≥ γ²‖μ‖²√n/(8 max(√C1, C2)√p) for t ≥ 1, at the
 * checkpoints (one-sided: the Monte Carlo estimate plus 3 standard errors; the standard error relative to the bound,
 * the test's power, is in the details). Extra conditions: η ≤ [8C_r(1 + 3/γ²)]⁻¹ (eq. 23), p/n ≥ 144/C1 (eq. 26), Ĝ(W0) ≥ 1/6 (eq. 25).
 */
export function lemma411Margin(setting: BenignSetting, constants: BenignConstants, trajectory: BenignTrajectory): BoundCheck {
  checkSetting(setting, trajectory);
  const points = trajectory.checkpoints.filter((c) => c.t >= 1);
  // one-sided: violated only when the margin is below the bound by more than 3 Monte Carlo standard errors
  const upper = points.map((c) => (c.margin + 3 * c.marginSE) / c.normW);
  const worst = points.length ? minOf(upper) : NaN;
  const resolution = points.length ? maxOf(points.map((c) => c.marginSE / c.normW)) : NaN;
  const bound = lemma411Bound(setting, constants);
  const { eta, gamma, n, p } = setting;
  return boundCheck({
    id: 'freiBenign.lemma4.11.margin',
    kind: 'bound',
    name: 'Lemma 4.11: min_{t ≥ 1} (E[ỹ f(x; W_t)] + 3 SE)/‖W_t‖_F ≥ γ²‖μ‖²√n/(8 max(√C1, C2)√p)',
    source: source('Lemma 4.11 (eqs. 22–27)'),
    hypotheses: [
      ...lemmaHypotheses(setting, constants, trajectory),
      hypothesis('eq. (23): η ≤ [8C_r(1 + 3/γ²)]⁻¹', eta, '<=', 1 / (8 * constants.Cr * (1 + 3 / (gamma * gamma)))),
      hypothesis('eq. (26): p/n ≥ 144/C1', p / n, '>=', 144 / constants.C1),
      hypothesis('eq. (25): Ĝ(W0) ≥ 1/6', trajectory.steps[0].G, '>=', 1 / 6),
      hypothesis('test checkpoints at t ≥ 1', points.length, '>=', 1),
    ],
    lhs: worst,
    relation: '>=',
    rhs: bound,
    seeds: 1,
    details: {
      ...settingDetails(constants),
      'min_t E[ỹf]/‖W_t‖_F (estimate)': points.length ? minOf(points.map((c) => c.margin / c.normW)) : NaN,
      'ρ = margin/(√(n/p)‖μ‖²) (min estimate)': points.length ? minOf(points.map((c) => c.margin / c.normW)) / (Math.sqrt(n / p) * setting.muNorm ** 2) : NaN,
      checkpoints: points.length,
      'power: max_t SE(E[ỹf])/‖W_t‖_F (a margin this far below the bound goes unseen)': resolution,
    },
  });
}

/**
 * Lemma 4.12: the proxy-PL inequality ‖∇L̂(W_t)‖_F ≥ (γ‖μ‖/4)Ĝ(W_t) (eq. 33; extra condition η ≤ [4C_r(1 + 3/γ)]⁻¹,
 * eq. 32), the rate Ĝ(W_{T−1}) ≤ (32L̂(W0)/(γ²‖μ‖²αT))^{1/2}, monotonicity of L̂ and Ĝ along GD (eq. 34; the proof's eq. 36 claims Ĝ decreases, argued by a descent lemma on Ĝ that GD on L̂ does not give),
 * and training error ≤ 2Ĝ (1(z ≤ 0) ≤ 2g(z): an identity).
 */
export function lemma412ProxyPl(setting: BenignSetting, constants: BenignConstants, trajectory: BenignTrajectory): BoundCheck[] {
  checkSetting(setting, trajectory);
  const { gamma, muNorm, alpha, eta } = setting;
  const steps = trajectory.steps;
  const pl = minOf(steps.map((s) => s.gradNorm / s.G));
  const hyps = [
    ...lemmaHypotheses(setting, constants, trajectory),
    hypothesis('eq. (32): η ≤ [4C_r(1 + 3/γ)]⁻¹', eta, '<=', 1 / (4 * constants.Cr * (1 + 3 / gamma))),
  ];
  const L0 = steps[0].loss;
  let worstRate = 0;
  let smallestRate = Infinity;
  for (let T = 1; T < steps.length; T++) {
    const rate = Math.sqrt((32 * L0) / (gamma * gamma * muNorm * muNorm * alpha * T));
    smallestRate = Math.min(smallestRate, rate);
    worstRate = Math.max(worstRate, steps[T - 1].G / rate);
  }
  // Ĝ < 1 always (and ≤ 1/2 once every margin is positive), so a rate ≥ 1 at every T run cannot be exceeded
  const vacuous = smallestRate >= 1;
  let increasesL = 0;
  let increasesG = 0;
  for (let t = 1; t < steps.length; t++) {
    if (steps[t].loss > steps[t - 1].loss * (1 + 1e-12)) increasesL++;
    if (steps[t].G > steps[t - 1].G * (1 + 1e-12)) increasesG++;
  }
  return [
    boundCheck({
      id: 'freiBenign.lemma4.12.proxy-pl',
      kind: 'bound',
      name: 'Lemma 4.12 proxy-PL: min_t ‖∇L̂(W_t)‖_F/Ĝ(W_t) ≥ γ‖μ‖/4',
      source: source('Lemma 4.12, eq. (33)'),
      hypotheses: hyps,
      lhs: pl,
      relation: '>=',
      rhs: (gamma * muNorm) / 4,
      seeds: 1,
      details: settingDetails(constants),
    }),
    boundCheck({
      id: 'freiBenign.lemma4.12.rate',
      kind: vacuous ? 'identity' : 'bound',
      name: `Lemma 4.12 rate: max_T Ĝ(W_{T−1})/(32L̂(W0)/(γ²‖μ‖²αT))^{1/2} ≤ 1${vacuous ? ` (vacuous here: the rate is ≥ ${smallestRate.toPrecision(3)} ≥ 1 > Ĝ at every T ≤ ${steps.length - 1}, so it cannot fail)` : ''}`,
      source: source('Lemma 4.12 (eq. 35)'),
      hypotheses: hyps,
      lhs: worstRate,
      relation: '<=',
      rhs: 1,
      seeds: 1,
      details: { 'smallest rate over T': smallestRate },
    }),
    boundCheck({
      id: 'freiBenign.lemma4.12.monotone',
      kind: 'invariant',
      name: 'Lemma 4.12 proof (eqs. 34, 36): steps at which L̂ or Ĝ increased along GD',
      source: source('Lemma 4.12 (eq. 34, eq. 36)'),
      hypotheses: gradientDescentHypotheses(trajectory),
      lhs: increasesL + increasesG,
      relation: '<=',
      rhs: 0,
      seeds: 1,
      details: {
        'L̂ increases': increasesL,
        'Ĝ increases': increasesG,
        '(A5) relaxed: effective C (the descent lemma needs α ≤ 1/(2max{1,H/√m}C1²p²))': constants.a5EffectiveC,
      },
    }),
    boundCheck({
      id: 'freiBenign.lemma4.12.train-error',
      kind: 'identity',
      name: 'Lemma 4.12: training error ≤ 2Ĝ at every step (1(z ≤ 0) ≤ 2g(z) pointwise: a code test)',
      source: source('Lemma 4.12'),
      lhs: maxOf(steps.map((s) => s.trainError - 2 * s.G)),
      relation: '<=',
      rhs: 0,
    }),
  ];
}

/**
 * Theorem 3.1's step count: the first t with L̂(W_t) ≤ ε is ≤ T_ε = 128L̂(W0)/(γ²‖μ‖²αε²) (explicit constant of Lemma
 * 4.12). Not applicable when ε ≥ 1/(2n) or when the run ended before both reaching ε and reaching T_ε.
 */
export function theorem31StepCount(setting: BenignSetting, constants: BenignConstants, trajectory: BenignTrajectory, epsilon: number): BoundCheck {
  checkSetting(setting, trajectory);
  const { gamma, muNorm, alpha, n } = setting;
  const steps = trajectory.steps;
  const bound = (128 * steps[0].loss) / (gamma * gamma * muNorm * muNorm * alpha * epsilon * epsilon);
  const reached = steps.find((s) => s.loss <= epsilon);
  const lastStep = steps[steps.length - 1].t;
  return boundCheck({
    id: 'freiBenign.thm3.1.step-count',
    kind: 'bound',
    name: `Theorem 3.1 step count: first t with L̂(W_t) ≤ ε = ${epsilon} is ≤ 128L̂(W0)/(γ²‖μ‖²αε²)`,
    source: source('Theorem 3.1 and Lemma 4.12 (explicit T)'),
    hypotheses: [
      ...theoremHypotheses(setting, trajectory),
      hypothesis('ε < 1/(2n)', epsilon, '<', 1 / (2 * n)),
      {
        name: 'the run reached L̂ ≤ ε or ran past the bound',
        holds: reached !== undefined || lastStep >= bound,
        detail: reached ? `reached at t = ${reached.t}` : `not reached by t = ${lastStep}`,
      },
    ],
    lhs: reached ? reached.t : Infinity,
    relation: '<=',
    rhs: bound,
    seeds: 1,
    details: { ...settingDetails(constants), 'slack bound/t': reached ? bound / Math.max(1, reached.t) : NaN },
  });
}

/** Proposition 3.2 (not NTK): ‖W1 − W0‖_F/‖W0‖_F ≥ γ‖μ‖/48 (explicit constant of its proof), and the movement at the end. */
export function proposition32Movement(setting: BenignSetting, constants: BenignConstants, trajectory: BenignTrajectory): BoundCheck {
  checkSetting(setting, trajectory);
  const steps = trajectory.steps;
  const first = steps[1];
  const last = steps[steps.length - 1];
  return boundCheck({
    id: 'freiBenign.prop3.2.non-ntk',
    kind: 'bound',
    name: 'Proposition 3.2 (not NTK): ‖W1 − W0‖_F/‖W0‖_F ≥ γ‖μ‖/48',
    source: source('Proposition 3.2 (Appendix B)'),
    hypotheses: [...theoremHypotheses(setting, trajectory), ...goodRunHypotheses(setting, constants), hypothesis('a step was taken', steps.length, '>=', 2)],
    lhs: first ? first.distance / trajectory.initialNorm : NaN,
    relation: '>=',
    rhs: (setting.gamma * setting.muNorm) / 48,
    seeds: 1,
    details: { ...settingDetails(constants), 'movement at the last step': last.distance / trajectory.initialNorm },
  });
}

/**
 * Lemma 4.1 for λ-strongly log-concave clusters, per class (the proof applies concentration to ỹf under the two-cluster mixture, which is not log-concave; conditioning on the class needs m₊, m₋ ≥ 0): clean error ≤ ½Σ_s exp(−λ m_s²/(2‖W‖₂²))
 * when m₊, m₋ ≥ 0, tested with the measured error minus 3 standard errors. A bound ≥ 1 cannot fail: then it is an
 * identity; a bound in [½, 1) is kept (it could fail) and flagged vacuous.
 */
export function lemma41MarginToError(checkpoint: BenignCheckpoint, options: { lambda?: number; id?: string; label?: string } = {}): BoundCheck {
  const lambda = options.lambda ?? 1;
  const bound =
    0.5 *
    (Math.exp((-lambda * checkpoint.marginPlus ** 2) / (2 * checkpoint.spectral ** 2)) +
      Math.exp((-lambda * checkpoint.marginMinus ** 2) / (2 * checkpoint.spectral ** 2)));
  const vacuous = bound >= 0.5;
  return boundCheck({
    id: options.id ?? 'freiBenign.lemma4.1.margin-to-error',
    kind: bound >= 1 ? 'identity' : 'bound',
    name: `Lemma 4.1 (per class, λ = ${lambda}): clean error − 3 SE ≤ ½Σ_s exp(−λm_s²/(2‖W‖₂²)) at t = ${checkpoint.t}${options.label ? `, ${options.label}` : ''}${vacuous ? ` (vacuous: the bound is ${bound.toPrecision(3)} ≥ 1/2)` : ''}`,
    source: source('Lemma 4.1 (per-class form)'),
    hypotheses: [hypothesis('m₊ = E[f(z + μ)] ≥ 0', checkpoint.marginPlus, '>=', 0), hypothesis('m₋ = E[−f(z − μ)] ≥ 0', checkpoint.marginMinus, '>=', 0)],
    lhs: checkpoint.clean - 3 * checkpoint.cleanSE,
    relation: '<=',
    rhs: bound,
    seeds: 1,
    details: { 'clean error': checkpoint.clean, 'min(m₊, m₋)/‖W‖₂': Math.min(checkpoint.marginPlus, checkpoint.marginMinus) / checkpoint.spectral },
  });
}

/** One run of Theorem 3.1's recipe, as measured at its end. */
export interface InterpolationRun {
  seed: number;
  /** Steps run T. */
  steps: number;
  initialLoss: number;
  finalLoss: number;
  /** Training error w.r.t. the observed (noisy) labels at T. */
  trainError: number;
  /** Clean and measured noisy test errors at T, and clean at t = 1. */
  clean?: number;
  noisy?: number;
  cleanAfterOneStep?: number;
}

/** T = ⌈L̂(W0)/(‖μ‖²αε²)⌉: Theorem 3.1's step count with C = 1 (the theorem takes T ≥ C·L̂(W0)/(‖μ‖²αε²)). */
export function theorem31Steps(setting: BenignSetting, epsilon: number, initialLoss = Math.LN2): number {
  return Math.ceil(((setting.assumptionC ?? 1) * initialLoss) / (setting.muNorm ** 2 * setting.alpha * epsilon * epsilon));
}

/**
 * Theorem 3.1(1) as a probability statement: over seeds, the fraction of runs with every training point (noisy
 * ones included) classified correctly and L̂(W_T) ≤ ε, against 1 − 2δ. Hypotheses: (A1)–(A4), (A6), ε < 1/(2n) and
 * T ≥ C·L̂(W0)/(‖μ‖²αε²) for every run.
 */
export function theorem31Interpolation(
  setting: BenignSetting,
  runs: readonly InterpolationRun[],
  epsilon: number,
  options: { id?: string; label?: string } = {},
): BoundCheck {
  if (runs.length === 0) throw new ValidationError('runs', 'no runs');
  // the runs are already done, so the fraction is counted here with the run's own seed numbers
  const failed = runs.filter((r) => !(r.trainError === 0 && r.finalLoss <= epsilon)).map((r) => r.seed);
  const successes = runs.length - failed.length;
  const result: SeedFraction = {
    successes,
    trials: runs.length,
    fraction: successes / runs.length,
    interval: clopperPearson(successes, runs.length),
    confidence: 0.95,
    failedSeeds: failed,
  };
  const C = setting.assumptionC ?? 1;
  const stepSlack = minOf(runs.map((r) => r.steps / ((C * r.initialLoss) / (setting.muNorm ** 2 * setting.alpha * epsilon * epsilon))));
  return probabilityCheck({
    id: options.id ?? 'freiBenign.thm3.1.interpolation',
    name: `Theorem 3.1(1): every training label fitted (noisy ones included) and L̂(W_T) ≤ ε = ${epsilon}${options.label ? `, ${options.label}` : ''}`,
    source: source('Theorem 3.1 (1)'),
    result,
    claimed: 1 - 2 * setting.delta,
    hypotheses: [
      ...assumptionHypotheses(setting),
      hypothesis('ε < 1/(2n)', epsilon, '<', 1 / (2 * setting.n)),
      hypothesis(`T/(C·L̂(W0)/(‖μ‖²αε²)) with C = ${C}, smallest over runs`, stepSlack, '>=', 1),
    ],
    details: {
      'max L̂(W_T)': maxOf(runs.map((r) => r.finalLoss)),
      'max training error': maxOf(runs.map((r) => r.trainError)),
      T: maxOf(runs.map((r) => r.steps)),
    },
  });
}

/**
 * Theorem 3.1(2) in the form a finite experiment can test (its C is not explicit): interpolating the noisy labels
 * does not destroy generalisation. Empirical: the mean clean test error at T over seeds is ≤ 2× its mean after one
 * step (the sum classifier's regime) plus 3 standard errors of the difference. The factor 2 is the constant of
 * the theorem's 2exp(−R/C); 3 SE covers seed-to-seed and Monte Carlo variation.
 */
export function theorem31Benign(setting: BenignSetting, runs: readonly InterpolationRun[], options: { id?: string; label?: string } = {}): BoundCheck {
  const rows = runs.filter((r) => r.clean !== undefined && r.cleanAfterOneStep !== undefined);
  const atT = meanAndStandardError(rows.map((r) => r.clean!));
  const atOne = meanAndStandardError(rows.map((r) => r.cleanAfterOneStep!));
  const diff = meanAndStandardError(rows.map((r) => r.clean! - 2 * r.cleanAfterOneStep!));
  const noisy = meanAndStandardError(rows.map((r) => r.noisy ?? NaN));
  const se = Number.isFinite(diff.standardError) ? diff.standardError : 0;
  return boundCheck({
    id: options.id ?? 'freiBenign.thm3.1.benign',
    kind: 'empirical',
    name: `Theorem 3.1(2), benign: mean clean test error at T ≤ 2 × mean after one step + 3 SE${options.label ? `, ${options.label}` : ''}${2 * atOne.mean >= 0.5 ? ' (weak here: 2 × the error after one step is ≥ 1/2, only a worse-than-chance network fails it)' : ''}`,
    source: source('Theorem 3.1 (2)'),
    hypotheses: [...assumptionHypotheses(setting), hypothesis('runs with both test errors', rows.length, '>=', 2)],
    lhs: atT.mean - 2 * atOne.mean,
    relation: '<=',
    rhs: 3 * se,
    seeds: rows.length,
    threshold: "factor 2 = the constant of the theorem's 2exp(−R/C); 3 standard errors (over seeds) of clean(T) − 2·clean(1)",
    details: {
      'clean at T (mean)': atT.mean,
      'clean at T (SE)': atT.standardError,
      'clean at t = 1 (mean)': atOne.mean,
      'clean at t = 1 (SE)': atOne.standardError,
      'noisy test error at T (mean, measured)': noisy.mean,
      'noisy (SE)': noisy.standardError,
      'R = n‖μ‖⁴/p': (setting.n * setting.muNorm ** 4) / setting.p,
    },
  });
}

/** Lemma 4.1's first step P(y ≠ sgn f) ≤ η + P_clean(ỹ f ≤ 0) (a union bound: holds for any classifier, a code test of the test-error estimates). */
export function unionBoundIdentity(checkpoint: BenignCheckpoint, eta: number, options: { id?: string; label?: string } = {}): BoundCheck {
  return boundCheck({
    id: options.id ?? 'freiBenign.lemma4.1.union-bound',
    kind: 'identity',
    name: `Lemma 4.1 first step: P(y ≠ sgn f) ≤ η + P_clean(ỹf ≤ 0) + 3 SE${options.label ? `, ${options.label}` : ''} (a union bound: a test of the error estimates)`,
    source: source('Lemma 4.1 (proof, first step)'),
    lhs: checkpoint.noisy,
    relation: '<=',
    rhs: eta + checkpoint.clean + 3 * Math.hypot(checkpoint.noisySE, checkpoint.cleanSE),
  });
}

/** Noisy test error ≥ the Bayes error η + (1 − 2η)Φ(−‖μ‖) − 3 SE (no classifier beats Bayes: a test of the error estimates). */
export function bayesFloorIdentity(checkpoint: BenignCheckpoint, bayesError: number, options: { id?: string } = {}): BoundCheck {
  return boundCheck({
    id: options.id ?? 'freiBenign.bayes-floor',
    kind: 'identity',
    name: `test error vs noisy labels at t = ${checkpoint.t} ≥ Bayes error η + (1 − 2η)Φ(−‖μ‖) − 3 SE (no classifier beats Bayes: a test of the error estimates)`,
    source: source('Theorem 3.1 remark (Bayes error, with the factor 1 − 2η)'),
    lhs: checkpoint.noisy,
    relation: '>=',
    rhs: bayesError - 3 * checkpoint.noisySE,
  });
}

/** The same checks for another row of a sweep: ids get `.tag`, names get the label. */
export function tagged(checks: readonly BoundCheck[], tag: string, label?: string): BoundCheck[] {
  return checks.map((c) => ({ ...c, id: `${c.id}.${tag}`, name: label ? `${c.name} [${label}]` : c.name }));
}

/**
 * Lemmas 4.5–4.8 along the recorded run. Each follows deterministically from the smoothness and leakiness of φ, the
 * gradient formula and the measured C1_emp (which bounds ‖x_k‖² and |⟨x_i, x_k⟩| by definition), so they are
 * identities — tests of the code (a wrong activation derivative or gradient fails them), not evidence:
 * - 4.5: the Taylor remainder of f in W over each GD step is ≤ H‖x‖²‖ΔW‖₂²/(2√m) (with s² ≤ ‖ΔW‖₂², a sharper test);
 * - 4.6: ‖∇L̂‖_F ≤ √(C1p)·Ĝ and Ĝ ≤ min(L̂, 1);
 * - 4.7: |⟨∇f_i, ∇f_k⟩| ≤ C1(‖μ‖² + √(p log(n/δ))) (i ≠ k) and γ²p/C1 ≤ ‖∇f_i‖² ≤ C1p;
 * - 4.8: y_k Δf(x_k) ≥ (α/n)Σ_i g_i[ξ_ik⟨y_i x_i, y_k x_k⟩ − HC1²p²α/(2√m)] at the training points.
 */
export function lemmas45to48(setting: BenignSetting, constants: BenignConstants, trajectory: BenignTrajectory): BoundCheck[] {
  checkSetting(setting, trajectory);
  const { n, p, muNorm, gamma, H, alpha, width, delta } = setting;
  const C1 = constants.C1;
  const steps = trajectory.steps;
  const later = steps.slice(1);
  const taylor = later.length ? maxOf(later.map((s) => s.taylorRatio)) : 0;
  const plRatio = maxOf(steps.map((s) => s.gradNorm / (Math.sqrt(C1 * p) * s.G)));
  const gBound = maxOf(steps.map((s) => s.G / Math.min(s.loss, 1)));
  const crossLimit = C1 * (muNorm * muNorm + Math.sqrt(p * Math.log(n / delta)));
  const gram = maxOf(steps.map((s) => Math.max(s.gradientCross / crossLimit, s.gradientNormMax / (C1 * p), (gamma * gamma * p) / (C1 * s.gradientNormMin))));
  const hTerm = (H * C1 * C1 * p * p * alpha) / (2 * Math.sqrt(width));
  // slack_t ≥ −(α/n)·Σ_i g_i^(t−1)·HC1²p²α/(2√m)  ⇔  slack_t/((α/n)·nĜ_{t−1}·hTerm) ≥ −1
  const margin = later.length ? minOf(later.map((s, i) => s.marginStepSlack / (alpha * steps[i].G * hTerm))) : 0;
  const gd = gradientDescentHypotheses(trajectory);
  const code = ' (deterministic given φ and C1_emp: a code test)';
  return [
    boundCheck({
      id: 'freiBenign.lemma4.5.taylor',
      kind: 'identity',
      name: `Lemma 4.5: max over GD steps and training points of |f(W_{t+1}) − f(W_t) − ⟨∇f(W_t), ΔW⟩|/(H‖x‖²‖ΔW‖₂²/(2√m)) ≤ 1${code}`,
      source: source('Lemma 4.5'),
      hypotheses: gd,
      lhs: taylor,
      relation: '<=',
      rhs: 1,
    }),
    boundCheck({
      id: 'freiBenign.lemma4.6.gradient-vs-G',
      kind: 'identity',
      name: `Lemma 4.6: max_t ‖∇L̂‖_F/(√(C1p)Ĝ) ≤ 1 and Ĝ ≤ min(L̂, 1)${code}`,
      source: source('Lemma 4.6'),
      lhs: Math.max(plRatio, gBound),
      relation: '<=',
      rhs: 1,
      details: { 'max ‖∇L̂‖_F/(√(C1p)Ĝ)': plRatio, 'max Ĝ/min(L̂, 1)': gBound },
    }),
    boundCheck({
      id: 'freiBenign.lemma4.7.gradient-gram',
      kind: 'identity',
      name: `Lemma 4.7: max_t of |⟨∇f_i, ∇f_k⟩|/(C1(‖μ‖² + √(p log(n/δ)))), ‖∇f_i‖²/(C1p), γ²p/(C1‖∇f_i‖²) ≤ 1${code}`,
      source: source('Lemma 4.7'),
      hypotheses: gd.slice(1),
      lhs: gram,
      relation: '<=',
      rhs: 1,
    }),
    boundCheck({
      id: 'freiBenign.lemma4.8.margin-step',
      kind: 'identity',
      name: `Lemma 4.8 at the training points: min over steps of [y_kΔf_k − first-order term]/((α/n)Σg_i·HC1²p²α/(2√m)) ≥ −1${code}`,
      source: source('Lemma 4.8 (eq. 9)'),
      hypotheses: gd,
      lhs: margin,
      relation: '>=',
      rhs: -1,
      details: { 'H-term HC1²p²α/(2√m)': hTerm },
    }),
  ];
}
