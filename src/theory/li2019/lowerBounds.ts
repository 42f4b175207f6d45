import { Matrix } from 'ml-matrix';
import { BoundCheck, boundCheck, hypothesis, Hypothesis } from '../checks';
import { overMeasurements, probabilityCheck } from '../seeds';
import { TwoLayerNet } from '../../models/twoLayerNet';
import { spectralNorm } from '../../train/stepSize';
import { norm2, normInf, subtract } from '../../core/vector';
import { ValidationError } from '../../core/errors';
import { gaussLegendre } from '../../core/quadrature';
import { networkJacobian } from '../../jacobian/operator';
import { clusterSubspace, projectedRows, signalBounds, noiseBound } from '../../jacobian/subspaces';
import { weightedSum, LinearOperator } from '../../linalg/linearOperator';
import { topSingularTriplets } from '../../linalg/spectrum';

/**
 * The lower bounds of Li, Soltanolkotabi & Oymak 2019 (§2.2, §3.3): fitting corrupted labels forces the weights far
 * from where they started. Each function takes fitted networks (what GD produced) and evaluates the hypotheses
 * itself: the inputs' geometry, the activation's constants, and whether the fit really interpolates.
 */

const PAPER = 'Li, Soltanolkotabi & Oymak 2019';
/** A fit "interpolates" when its largest residual is at most this (the theorems are about exact fits). */
export const DEFAULT_FIT_TOLERANCE = 1e-5;

/** One GD fit of two unit inputs x1, x2 (rows of X) to labels y1, y2, from W0 to W. */
export interface PairFit {
  net: TwoLayerNet;
  /** 2 × d: the rows x1, x2. */
  X: Matrix;
  labels: readonly [number, number];
  W0: Matrix;
  W: Matrix;
}

export interface PairFitMeasurement {
  epsilon: number;
  delta: number;
  /** ‖W − W0‖ (spectral), the theorem's conclusion norm. */
  spectralDistance: number;
  frobeniusDistance: number;
  /** The D-version right-hand side. */
  bound: number;
  maxResidual: number;
  unitNormGap: number;
}

/**
 * Thm 2.4's deterministic core for one fit (proof of Thm 2.4, eq. 6.42, with W̄ on the segment [W0, W]):
 * ‖W − W0‖ ≥ (|y2 − y1| − |r1| − |r2| − |Δ_{W0}|) / (Γ‖x2 − x1‖(‖v‖∞·max(‖W0‖, ‖W‖) + ‖v‖₂)), Δ_W = f(W,x2) − f(W,x1).
 * The residuals r_i = f(W,x_i) − y_i enter so the inequality is rigorous for a fit that is exact only to round-off.
 */
export function measurePairFit(fit: PairFit): PairFitMeasurement {
  const { net, X, W0, W, labels } = fit;
  if (X.rows !== 2) throw new ValidationError('X', `Theorem 2.4 is about two inputs, got ${X.rows} rows`);
  const f0 = net.predict(W0, X);
  const f = net.predict(W, X);
  const r = [f[0] - labels[0], f[1] - labels[1]];
  const x1 = X.getRow(0);
  const x2 = X.getRow(1);
  const epsilon = norm2(subtract(x2, x1));
  const delta = Math.abs(labels[1] - labels[0]);
  const numerator = delta - Math.abs(r[0]) - Math.abs(r[1]) - Math.abs(f0[1] - f0[0]);
  const vInf = normInf(net.v);
  const denominator = net.activation.gamma * epsilon * (vInf * Math.max(spectralNorm(W0), spectralNorm(W)) + norm2(net.v));
  const difference = W.clone().sub(W0);
  return {
    epsilon,
    delta,
    spectralDistance: spectralNorm(difference),
    frobeniusDistance: difference.norm('frobenius'),
    bound: numerator / denominator,
    maxResidual: Math.max(Math.abs(r[0]), Math.abs(r[1])),
    unitNormGap: Math.max(Math.abs(norm2(x1) - 1), Math.abs(norm2(x2) - 1)),
  };
}

function activationHypotheses(net: TwoLayerNet, needSecond: boolean): Hypothesis[] {
  const a = net.activation;
  const out: Hypothesis[] = [hypothesis(`|φ'| ≤ Γ (Γ = ${a.gamma})`, a.dphiBound, '<=', a.gamma)];
  if (needSecond)
    out.push({ name: "|φ''| ≤ Γ (φ'' a bounded function)", holds: a.smooth && a.ddphiBound <= a.gamma, detail: `sup |φ''| = ${a.ddphiBound}, Γ = ${a.gamma}` });
  return out;
}

/**
 * Theorem 2.4 (one corrupted pair needs distance δ/ε0), in its deterministic form for every fit, plus the scaling
 * of the distance with δ/ε0 across the fits.
 *
 * - `li2019.thm2.4.pair-distance` (bound): min over fits of ‖W − W0‖ / D-bound ≥ 1. Hypotheses: unit inputs,
 *   |φ'|, |φ''| ≤ Γ, k ≥ d (the theorem's k ≥ c·d with c = 1), every fit interpolates (max |f − y| ≤ tolerance).
 * - `li2019.thm2.4.distance-scaling` (empirical): the log–log slope of ‖W − W0‖ against δ/ε0 is ≥ `minSlope`
 *   (the paper: "traverse a distance of at least δ/ε0", i.e. slope 1 for the lower bound).
 */
export function pairDistanceChecks(
  fits: readonly PairFit[],
  options: { fitTolerance?: number; minSlope?: number } = {},
): { checks: BoundCheck[]; measurements: PairFitMeasurement[] } {
  if (fits.length === 0) throw new ValidationError('fits', 'need at least one fit');
  const tolerance = options.fitTolerance ?? DEFAULT_FIT_TOLERANCE;
  const minSlope = options.minSlope ?? 0.5;
  const m = fits.map(measurePairFit);
  const worstResidual = Math.max(...m.map((x) => x.maxResidual));
  const unfitted = m.filter((x) => x.maxResidual > tolerance).length;
  const net = fits[0].net;
  const hypotheses: Hypothesis[] = [
    hypothesis('unit-norm inputs: max |‖x_i‖ − 1|', Math.max(...m.map((x) => x.unitNormGap)), '<=', 1e-9),
    ...activationHypotheses(net, true),
    hypothesis('width k ≥ c·d (c = 1)', net.k, '>=', net.d),
    {
      name: `every fit interpolates (max |f(W,x_i) − y_i| ≤ ${tolerance})`,
      holds: unfitted === 0,
      detail: `${fits.length - unfitted}/${fits.length} fitted; worst residual ${worstResidual.toExponential(2)}`,
    },
  ];
  const ratios = m.map((x) => x.spectralDistance / Math.max(x.bound, 1e-300));
  const positive = m.filter((x) => x.bound > 0);
  const distanceCheck = boundCheck({
    id: 'li2019.thm2.4.pair-distance',
    kind: 'bound',
    name: 'min over fits of ‖W − W0‖ / [(δ − |Δ_W0|)/(Γ‖x2 − x1‖(‖v‖∞ max(‖W0‖,‖W‖) + ‖v‖))] ≥ 1',
    source: `${PAPER}, Theorem 2.4 (deterministic core of its proof, eq. 6.42)`,
    hypotheses,
    lhs: positive.length ? Math.min(...positive.map((x) => x.spectralDistance / x.bound)) : Infinity,
    relation: '>=',
    rhs: 1,
    details: { fits: fits.length, 'fits with a positive bound': positive.length, 'max ratio': Math.max(...ratios), 'worst residual': worstResidual },
  });
  // least-squares slope of log distance on log(δ/ε0)
  const points = m.map((x) => [Math.log(x.delta / x.epsilon), Math.log(x.spectralDistance)]);
  const mx = points.reduce((s, p) => s + p[0], 0) / points.length;
  const my = points.reduce((s, p) => s + p[1], 0) / points.length;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const [x, y] of points) {
    sxx += (x - mx) ** 2;
    sxy += (x - mx) * (y - my);
    syy += (y - my) ** 2;
  }
  const slope = sxx > 0 ? sxy / sxx : NaN;
  const scalingCheck = boundCheck({
    id: 'li2019.thm2.4.distance-scaling',
    kind: 'empirical',
    name: `log–log slope of ‖W − W0‖ against δ/ε0 ≥ ${minSlope}`,
    source: `${PAPER}, Theorem 2.4 ("to fit a single corrupted label … traverse a distance of at least δ/ε0")`,
    hypotheses: [...hypotheses, hypothesis('distinct values of δ/ε0 (spread of log δ/ε0)', sxx, '>', 0)],
    lhs: slope,
    relation: '>=',
    rhs: minSlope,
    threshold: `the bound grows like (δ/ε0)¹; GD need not follow a lower bound exactly, so we ask for at least half of that growth (slope ${minSlope}); a distance that does not grow with δ/ε0 (slope ≈ 0) fails`,
    seeds: 1,
    details: { slope, correlation: sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN, fits: fits.length },
  });
  return { checks: [distanceCheck, scalingCheck], measurements: m };
}

/**
 * The random-matrix step of Thm 2.4's proof: ‖W0‖ ≤ 2(√k + √d) with probability ≥ 1 − 2e^{−(k+d)} for W0 with
 * i.i.d. N(0,1) entries, as a success fraction over independent draws (`li2019.thm2.4.init-norm`). A property of the Gaussian generator, so
 * an identity (a test of the code), not evidence about the theorem.
 */
export function initNormProbabilityCheck(initialWeights: readonly Matrix[]): BoundCheck {
  if (initialWeights.length === 0) throw new ValidationError('initialWeights', 'need at least one draw');
  const { rows: k, columns: d } = initialWeights[0];
  const limit = 2 * (Math.sqrt(k) + Math.sqrt(d));
  const norms = initialWeights.map((W) => spectralNorm(W));
  const result = overMeasurements(norms, (norm) => norm <= limit);
  return probabilityCheck({
    id: 'li2019.thm2.4.init-norm',
    kind: 'identity',
    name: '‖W0‖ ≤ 2(√k + √d)',
    source: `${PAPER}, proof of Theorem 2.4 (spectral norm of a Gaussian matrix)`,
    result,
    claimed: 1 - 2 * Math.exp(-(k + d)),
    details: { k, d, limit, 'max ‖W0‖': Math.max(...norms) },
  });
}

/** s corrupted pairs around one center: x_i (labels y_i) and x̃_i (labels ỹ_i), and a fitted W. */
export interface CorruptedPairsFit {
  net: TwoLayerNet;
  /** s × d */
  X: Matrix;
  /** s × d */
  Xtilde: Matrix;
  labels: readonly number[];
  labelsTilde: readonly number[];
  W: Matrix;
  /** The ε0 the points were drawn with (c + N(0, ε0²/d·I)). */
  epsilon0: number;
}

export interface CorruptedPairsMeasurement {
  s: number;
  /** ‖X − X̃‖ (spectral). */
  spread: number;
  weightNorm: number;
  /** √s·δ − ‖r‖ − ‖r̃‖ over Γ‖v‖‖X − X̃‖: the deterministic lower bound on ‖W‖_F. */
  chainBound: number;
  /** √s·δ/(5Γε0), the lemma's bound. */
  paperBound: number;
  maxResidual: number;
  delta: number;
}

export function measureCorruptedPairs(fit: CorruptedPairsFit): CorruptedPairsMeasurement {
  const { net, X, Xtilde, W, labels, labelsTilde } = fit;
  const s = X.rows;
  if (Xtilde.rows !== s || labels.length !== s || labelsTilde.length !== s) throw new ValidationError('Xtilde', 'X, X̃ and both label vectors need s rows each');
  const r = subtract(net.predict(W, X), labels);
  const rt = subtract(net.predict(W, Xtilde), labelsTilde);
  const delta = Math.min(...labels.map((y, i) => Math.abs(y - labelsTilde[i])));
  const spread = spectralNorm(X.clone().sub(Xtilde));
  const gamma = net.activation.dphiBound; // Lemma 2.5 needs only |φ'| ≤ Γ
  return {
    s,
    spread,
    weightNorm: W.norm('frobenius'),
    chainBound: (Math.sqrt(s) * delta - norm2(r) - norm2(rt)) / (gamma * norm2(net.v) * spread),
    paperBound: (Math.sqrt(s) * delta) / (5 * gamma * fit.epsilon0),
    maxResidual: Math.max(normInf(r), normInf(rt)),
    delta,
  };
}

/**
 * Lemma 2.5 (more corrupted pairs need a larger norm) for fits at several s:
 * - `li2019.lem2.5.chain` (bound): ‖W‖_F ≥ (√s·δ − ‖r‖ − ‖r̃‖)/(Γ‖v‖‖X − X̃‖) for every interpolating fit
 *   (the deterministic chain of the proof, App. A);
 * - `li2019.lem2.5.norm` (bound): ‖W‖_F ≥ √s·δ/(5Γε0), under the event ‖X − X̃‖ ≤ 5ε0 (a hypothesis, measured).
 * Hypotheses: s ≤ d, labels δ > 0 apart, every fit interpolates.
 */
export function corruptedPairsChecks(
  fits: readonly CorruptedPairsFit[],
  options: { fitTolerance?: number } = {},
): { checks: BoundCheck[]; measurements: CorruptedPairsMeasurement[] } {
  if (fits.length === 0) throw new ValidationError('fits', 'need at least one fit');
  const tolerance = options.fitTolerance ?? DEFAULT_FIT_TOLERANCE;
  const m = fits.map(measureCorruptedPairs);
  const d = fits[0].net.d;
  const unfitted = m.filter((x) => x.maxResidual > tolerance).length;
  const common: Hypothesis[] = [
    hypothesis('s ≤ d (largest s)', Math.max(...m.map((x) => x.s)), '<=', d),
    hypothesis('labels δ apart: min |y_i − ỹ_i|', Math.min(...m.map((x) => x.delta)), '>', 0),
    ...activationHypotheses(fits[0].net, false),
    {
      name: `every fit interpolates (max |f − y| ≤ ${tolerance})`,
      holds: unfitted === 0,
      detail: `${fits.length - unfitted}/${fits.length} fitted; worst residual ${Math.max(...m.map((x) => x.maxResidual)).toExponential(2)}`,
    },
  ];
  const chain = boundCheck({
    id: 'li2019.lem2.5.chain',
    kind: 'bound',
    name: 'min over fits of ‖W‖_F / [√s·δ/(Γ‖v‖‖X − X̃‖)] ≥ 1',
    source: `${PAPER}, Lemma 2.5 (deterministic chain of the proof, Appendix A)`,
    hypotheses: common,
    lhs: Math.min(...m.map((x) => x.weightNorm / x.chainBound)),
    relation: '>=',
    rhs: 1,
    details: { fits: fits.length, ratios: m.map((x) => (x.weightNorm / x.chainBound).toFixed(3)).join(' / ') },
  });
  const worstSpread = Math.max(...m.map((x, i) => x.spread / (5 * fits[i].epsilon0)));
  const norm = boundCheck({
    id: 'li2019.lem2.5.norm',
    kind: 'bound',
    name: 'min over fits of ‖W‖_F / [√s·δ/(5Γε0)] ≥ 1',
    source: `${PAPER}, Lemma 2.5`,
    hypotheses: [...common, hypothesis("the lemma's event ‖X − X̃‖ ≤ 5ε0: max ‖X − X̃‖/(5ε0)", worstSpread, '<=', 1)],
    lhs: Math.min(...m.map((x) => x.weightNorm / x.paperBound)),
    relation: '>=',
    rhs: 1,
    details: { ratios: m.map((x) => (x.weightNorm / x.paperBound).toFixed(3)).join(' / ') },
  });
  return { checks: [chain, norm], measurements: m };
}

/**
 * The probabilistic step of Lemma 2.5: for X, X̃ ∈ R^{s×d} with rows c + N(0, ε0²/d·I), ‖X − X̃‖ ≤ 5ε0 with
 * probability ≥ 1 − e^{−d/2} (s ≤ d), as a success fraction over independent draws (`li2019.lem2.5.spread`). A property of the Gaussian generator: an
 * identity.
 */
export function spreadProbabilityCheck(draws: readonly { X: Matrix; Xtilde: Matrix }[], epsilon0: number): BoundCheck {
  if (draws.length === 0) throw new ValidationError('draws', 'need at least one draw');
  const { rows: s, columns: d } = draws[0].X;
  const spreads = draws.map((p) => spectralNorm(p.X.clone().sub(p.Xtilde)));
  const result = overMeasurements(spreads, (spread) => spread <= 5 * epsilon0);
  return probabilityCheck({
    id: 'li2019.lem2.5.spread',
    kind: 'identity',
    name: '‖X − X̃‖ ≤ 5ε0',
    source: `${PAPER}, Lemma 2.5 (proof, Appendix A)`,
    result,
    claimed: 1 - Math.exp(-d / 2),
    hypotheses: [hypothesis('s ≤ d', s, '<=', d)],
    details: { s, d, epsilon0, 'max ‖X − X̃‖/ε0': Math.max(...spreads) / epsilon0 },
  });
}

/** A fit θ of the scalar network on clustered data: θ0 = W0, θ = W, cluster index per sample. */
export interface ClusterFit {
  net: TwoLayerNet;
  X: Matrix;
  labels: readonly number[];
  cluster: ArrayLike<number>;
  W0: Matrix;
  W: Matrix;
}

export interface Theorem33Measurement {
  distance: number;
  ePlus: number;
  eMinus: number;
  /** sup along the segment of β = ‖Π+J‖ (signal), α = inf σ_min over S+, ε = sup ‖Π−J‖ (Assumption 1 on the segment). */
  betaSup: number;
  alphaInf: number;
  epsilonSup: number;
  /** ‖Π±J̄‖ of the average Jacobian J̄(θ, θ0) (Def. 6.1). */
  averageSignalNorm: number;
  averageNoiseNorm: number;
  /** ‖Π±(f(θ) − f(θ0))‖. */
  signalChange: number;
  noiseChange: number;
  /** ‖J̄(θ − θ0) − (f(θ) − f(θ0))‖ / ‖f(θ) − f(θ0)‖. */
  meanValueError: number;
  /** ‖f(θ) − y‖ / ‖f(θ0) − y‖. */
  relativeResidual: number;
  nodes: number;
}

const opNorm = (op: LinearOperator) => topSingularTriplets(op, 1).values[0];

/** Measures what Thm 3.3 needs: E±, Assumption-1 constants along the segment [θ0, θ], and the average Jacobian. */
export function measureTheorem33(fit: ClusterFit, nodes = 16): Theorem33Measurement {
  const { net, X, labels, W0, W } = fit;
  const S = clusterSubspace(fit.cluster);
  const rule = gaussLegendre(nodes);
  const ops = Array.from(rule.nodes, (t) =>
    networkJacobian(
      net,
      W0.clone()
        .mul(1 - t)
        .add(W.clone().mul(t)),
      X,
    ),
  );
  const Jbar = weightedSum(ops, rule.weights);
  const step = Float64Array.from(W.clone().sub(W0).to1DArray());
  const f0 = net.predict(W0, X);
  const f = net.predict(W, X);
  const change = subtract(f, f0);
  const r0 = subtract(f0, labels);
  // Assumption 1 must hold on D ⊇ the segment: α, β, ε at the quadrature nodes and both ends
  const along = [networkJacobian(net, W0, X), ...ops, networkJacobian(net, W, X)].map((op) => ({ ...signalBounds(op, S), epsilon: noiseBound(op, S) }));
  return {
    distance: norm2(step),
    ePlus: norm2(S.project(r0)),
    eMinus: norm2(S.projectComplement(r0)),
    betaSup: Math.max(...along.map((a) => a.beta)),
    alphaInf: Math.min(...along.map((a) => a.alpha)),
    epsilonSup: Math.max(...along.map((a) => a.epsilon)),
    averageSignalNorm: opNorm(projectedRows(Jbar, S, 'signal')),
    averageNoiseNorm: S.dimension < X.rows ? opNorm(projectedRows(Jbar, S, 'noise')) : 0,
    signalChange: norm2(S.project(change)),
    noiseChange: norm2(S.projectComplement(change)),
    meanValueError: norm2(subtract(Jbar.matvec(step), change)) / Math.max(norm2(change), 1e-300),
    relativeResidual: norm2(subtract(f, labels)) / Math.max(norm2(r0), 1e-300),
    nodes,
  };
}

/**
 * Theorem 3.3 (fitting requires distance) for one fit:
 * - `li2019.thm3.3.mean-value` (identity): f(θ) − f(θ0) = J̄(θ, θ0)(θ − θ0) to quadrature accuracy (Def. 6.1; the
 *   fundamental theorem of calculus, a test of the Jacobian code);
 * - `li2019.thm3.3.average-jacobian` (bound): ‖θ − θ0‖ ≥ max(‖Π+Δf‖/‖Π+J̄‖, ‖Π−Δf‖/‖Π−J̄‖) for any θ (the proof's
 *   step, with the average Jacobian);
 * - `li2019.thm3.3.interpolation-distance` (bound, eq. 6.40): ‖θ − θ0‖ ≥ max(E+/β, E−/ε) with β, ε the
 *   Assumption-1 constants measured along the segment. Hypotheses: interpolation (‖f(θ) − y‖ ≤ tolerance·‖r0‖),
 *   Assumption 1's order α ≥ ε > 0 along the segment.
 */
export function theorem33Checks(measured: Theorem33Measurement, options: { interpolationTolerance?: number; meanValueTolerance?: number } = {}): BoundCheck[] {
  const tol = options.interpolationTolerance ?? 1e-4;
  const mvTol = options.meanValueTolerance ?? 1e-8;
  const m = measured;
  const source = `${PAPER}, Theorem 3.3`;
  const assumption: Hypothesis[] = [
    hypothesis('Assumption 1 order α ≥ ε along the segment: inf α − sup ε', m.alphaInf - m.epsilonSup, '>=', 0),
    hypothesis('ε > 0 along the segment (sup ε)', m.epsilonSup, '>', 0),
  ];
  return [
    boundCheck({
      id: 'li2019.thm3.3.mean-value',
      kind: 'identity',
      name: `‖J̄(θ,θ0)(θ − θ0) − (f(θ) − f(θ0))‖/‖f(θ) − f(θ0)‖ ≤ ${mvTol} (${m.nodes}-node Gauss–Legendre J̄; a test of the Jacobian code)`,
      source: `${PAPER}, Definition 6.1 (average Jacobian)`,
      lhs: m.meanValueError,
      relation: '<=',
      rhs: mvTol,
    }),
    boundCheck({
      id: 'li2019.thm3.3.average-jacobian',
      kind: 'bound',
      name: '‖θ − θ0‖ ≥ max(‖Π+Δf‖/‖Π+J̄‖, ‖Π−Δf‖/‖Π−J̄‖) with the average Jacobian J̄(θ,θ0)',
      source: `${source} (proof, deterministic for any θ)`,
      lhs: m.distance,
      relation: '>=',
      rhs: Math.max(m.signalChange / m.averageSignalNorm, m.averageNoiseNorm > 0 ? m.noiseChange / m.averageNoiseNorm : 0),
      details: { '‖Π+Δf‖/‖Π+J̄‖': m.signalChange / m.averageSignalNorm, '‖Π−Δf‖/‖Π−J̄‖': m.noiseChange / m.averageNoiseNorm },
    }),
    boundCheck({
      id: 'li2019.thm3.3.interpolation-distance',
      kind: 'bound',
      name: '‖θ − θ0‖ ≥ max(E+/β, E−/ε) at interpolation (β, ε measured along the segment)',
      source: `${source} (eq. 6.40)`,
      hypotheses: [hypothesis('interpolation: ‖f(θ) − y‖/‖f(θ0) − y‖', m.relativeResidual, '<=', tol), ...assumption],
      lhs: m.distance,
      relation: '>=',
      rhs: Math.max(m.ePlus / m.betaSup, m.epsilonSup > 0 ? m.eMinus / m.epsilonSup : Infinity),
      details: {
        'E+': m.ePlus,
        'E−': m.eMinus,
        'β sup': m.betaSup,
        'α inf': m.alphaInf,
        'ε sup': m.epsilonSup,
        'E+/β': m.ePlus / m.betaSup,
        'E−/ε': m.eMinus / m.epsilonSup,
      },
    }),
  ];
}
