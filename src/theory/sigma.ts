import { Matrix } from 'ml-matrix';
import { Activation, ActivationSpec, activation as resolveActivation } from '../models/activations';
import { BoundCheck, boundCheck } from './checks';
import { toMatrix } from '../data/clusterable';
import { ValidationError } from '../core/errors';
import { adoptFlat, toFlat } from '../linalg/flat';
import { maxOf } from '../core/vector';
import { gemmNT, gemmTNAccumulate, reciprocalProductSum, softplusDerivativeMoments, softplusInPlace } from '../linalg/kernels';
import { bivariateProductExpectation, gaussHermite } from '../core/quadrature';
import { symmetricEigenvalues } from '../linalg/dense';
import { Rng } from '../core/random';
import { spectralNorm } from '../train/stepSize';
import { finiteMatrix, integer } from '../core/validate';

/**
 * Σ(C) = (CCᵀ) ⊙ E_{g~N(0,I)}[φ'(Cg)φ'(Cg)ᵀ] (Li et al. 2019 Def. 2.1). For rows c_i, c_j the pair (c_iᵀg, c_jᵀg)
 * is bivariate normal with variances ‖c_i‖², ‖c_j‖² and covariance c_iᵀc_j, so each entry is a 2-D integral.
 */
export const SIGMA_METHODS = ['closed', 'quadrature', 'montecarlo'] as const;
export type SigmaMethod = (typeof SIGMA_METHODS)[number];

/** Default Gauss–Hermite nodes per axis: tanh, the hardest supported case, is then within ~1e-11 for unit rows. */
export const DEFAULT_QUADRATURE_NODES = 128;
/** Nodes of the coarser rule whose difference from the main rule is the reported error estimate. */
const coarseNodes = (n: number) => Math.max(2, Math.round((3 * n) / 4));
export const MAX_QUADRATURE_NODES = 150; // the Newton starting guesses of gaussHermite fail beyond this
export const DEFAULT_MONTE_CARLO_SAMPLES = 20_000;
/** Samples per batch of the Monte Carlo route: 4,000 × K doubles per work array (3.2 MB at K = 100) keep dsyrk efficient. */
const MONTE_CARLO_BATCH = 4000;

/** Closed forms of E[φ'(u)φ'(v)] exist for these; quadrature is offered only where φ' is analytic, so its error estimate is sound. */
const CLOSED_FORM = new Set(['relu', 'gaussianDerivative', 'linear']);
const ANALYTIC_DERIVATIVE = new Set(['softplus', 'tanh', 'gaussianDerivative', 'linear']);

export interface SigmaOptions {
  /** Default: closed form when one exists, else quadrature when φ' is analytic, else Monte Carlo. */
  method?: SigmaMethod;
  /** Gauss–Hermite nodes per axis (quadrature), 2..150. */
  nodes?: number;
  /** Gaussian draws (montecarlo). */
  samples?: number;
  /** Seed of the Monte Carlo draws. */
  seed?: number | string;
}

export interface SigmaResult {
  sigma: Matrix;
  /** Eigenvalues of Σ(C), ascending. */
  eigenvalues: number[];
  /** λ(C) = λ_min(Σ(C)). */
  lambda: number;
  /** ‖C‖, the spectral norm. */
  centerNorm: number;
  /** κ(C) = √(d/K)·‖C‖/λ(C); Infinity when λ(C) ≤ 0 up to round-off. */
  kappa: number;
  /** True when λ(C) is zero or negative up to round-off (e.g. duplicate centers). */
  singular: boolean;
  method: SigmaMethod;
  activation: string;
  /**
   * Estimated max absolute error of an entry of Σ: round-off for closed forms; |Q_n − Q_{3n/4}| for
   * quadrature (the error of the coarser rule, so conservative); the largest standard error for Monte Carlo.
   */
  errorEstimate: number;
  /** Per-entry standard errors (Monte Carlo only). */
  standardErrors?: Matrix;
  nodes?: number;
  samples?: number;
  notes: string[];
}

/** C's entries finite, C non-empty, and no zero row (read from Cf, C's row-major entries). */
function checkCenters(C: Matrix, Cf: Float64Array, field: string): void {
  if (C.rows === 0 || C.columns === 0) throw new ValidationError(field, 'expected a non-empty matrix of centers');
  const d = C.columns;
  for (let i = 0; i < C.rows; i++) {
    let zero = true;
    for (let j = 0; j < d && zero; j++) zero = Cf[i * d + j] === 0;
    if (zero) throw new ValidationError(`${field}[${i}]`, "zero row: φ'(0·g) is a constant, not a cluster direction");
  }
}

/**
 * E[φ'(u)φ'(v)] in closed form for (u, v) ~ N(0, [[su², m], [m, sv²]]), as one function per activation (chosen once
 * per Σ(C), so the loop over pairs calls a single small function).
 */
function closedFormExpectation(act: Activation): (su: number, sv: number, m: number) => number {
  switch (act.name) {
    case 'relu':
      // orthant probability: P(u > 0, v > 0) = (π − arccos ρ)/(2π)
      return (su, sv, m) => (Math.PI - Math.acos(Math.max(-1, Math.min(1, m / (su * sv))))) / (2 * Math.PI);
    case 'gaussianDerivative':
      // E[exp(−(u² + v²)/2)] = det(I + S)^{−1/2}
      return (su, sv, m) => 1 / Math.sqrt((1 + su * su) * (1 + sv * sv) - m * m);
    case 'linear':
      return () => 1;
    default:
      throw new ValidationError('method', `no closed form for activation "${act.name}"; use quadrature or montecarlo`);
  }
}

function chooseMethod(act: Activation, requested: SigmaMethod | undefined): SigmaMethod {
  const method = requested ?? (CLOSED_FORM.has(act.name) ? 'closed' : ANALYTIC_DERIVATIVE.has(act.name) ? 'quadrature' : 'montecarlo');
  if (!SIGMA_METHODS.includes(method)) throw new ValidationError('method', `unknown method "${method}"; known: ${SIGMA_METHODS.join(', ')}`);
  if (method === 'closed' && !CLOSED_FORM.has(act.name)) {
    throw new ValidationError(
      'method',
      `no closed form for activation "${act.name}" (closed forms: ${[...CLOSED_FORM].join(', ')}); use quadrature or montecarlo`,
    );
  }
  if (method === 'quadrature' && !ANALYTIC_DERIVATIVE.has(act.name)) {
    throw new ValidationError(
      'method',
      `Gauss–Hermite converges too slowly for a φ' that is not smooth ("${act.name}") to state an error; use ${CLOSED_FORM.has(act.name) ? 'closed or ' : ''}montecarlo`,
    );
  }
  return method;
}

/** Beyond this |exponent| the factored sigmoid rule below could overflow (e^350·e^350 < e^709), so the direct one serves. */
const FACTORED_EXPONENT_LIMIT = 350;

/**
 * E[σ(u)σ(v)] for softplus (φ' = σ, the logistic sigmoid) by the same n×n Gauss–Hermite rule as
 * bivariateProductExpectation, factored: σ(a·z_p + b·z_q) = 1/(1 + e^{−a z_p}·e^{−b z_q}), so the n² inner terms cost a
 * multiply, an add and a divide each instead of an exp (2n exps per pair). Equal to the direct rule to round-off;
 * null when an exponent is too large for the factored form.
 */
function sigmoidProductExpectation(su: number, sv: number, m: number, n: number): number | null {
  const { nodes, weights } = gaussHermite(n);
  const a = m / su;
  const b = Math.sqrt(Math.max(0, sv * sv - a * a));
  const zMax = Math.SQRT2 * Math.abs(nodes[0]) + Math.SQRT2 * Math.abs(nodes[n - 1]);
  if (Math.max(Math.abs(a), b, su) * zMax > FACTORED_EXPONENT_LIMIT) return null;
  const F = new Float64Array(n);
  for (let q = 0; q < n; q++) F[q] = Math.exp(-b * Math.SQRT2 * nodes[q]);
  const E = new Float64Array(n);
  const outerWeights = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const z1 = Math.SQRT2 * nodes[p];
    E[p] = Math.exp(-a * z1);
    const x = su * z1;
    outerWeights[p] = weights[p] * (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));
  }
  return reciprocalProductSum(E, outerWeights, F, weights) / Math.PI; // Σ_p w_p σ(x_p) Σ_q w_q/(1 + E_p F_q)
}

/** Computes Σ(C), its spectrum, λ(C) and κ(C) by the requested (or best available) method. */
export function sigma(centers: Matrix | number[][], activationSpec: ActivationSpec, options: SigmaOptions = {}): SigmaResult {
  const C = centers instanceof Matrix ? centers : toMatrix(centers, 'centers');
  finiteMatrix(C, 'centers');
  const Cf = toFlat(C);
  checkCenters(C, Cf, 'centers');
  const act = resolveActivation(activationSpec);
  const method = chooseMethod(act, options.method);
  const K = C.rows;
  const cc = gemmNT(Cf, Cf, K, K, C.columns); // C·Cᵀ, row-major K×K
  const gram = (i: number, j: number) => cc[i * K + j];
  const norms = Array.from({ length: K }, (_, i) => Math.sqrt(gram(i, i)));
  const S = new Float64Array(K * K);
  const setSymmetric = (i: number, j: number, value: number) => {
    S[i * K + j] = value;
    S[j * K + i] = value;
  };
  const notes: string[] = [];
  let errorEstimate = 0;
  let standardErrors: Matrix | undefined;
  let nodes: number | undefined;
  let samples: number | undefined;

  if (method === 'closed') {
    const expectation = closedFormExpectation(act);
    for (let i = 0; i < K; i++) {
      const su = norms[i];
      for (let j = i; j < K; j++) {
        const m = cc[i * K + j];
        const value = m * expectation(su, norms[j], m);
        S[i * K + j] = value;
        S[j * K + i] = value;
      }
    }
    errorEstimate = 4 * Number.EPSILON * maxOf(norms) ** 2;
  } else if (method === 'quadrature') {
    nodes = integer(options.nodes ?? DEFAULT_QUADRATURE_NODES, 'nodes', 2);
    if (nodes > MAX_QUADRATURE_NODES) throw new ValidationError('nodes', `at most ${MAX_QUADRATURE_NODES} Gauss–Hermite nodes are supported, got ${nodes}`);
    for (let i = 0; i < K; i++) {
      for (let j = i; j < K; j++) {
        const expectation = (rule: number) =>
          (act.name === 'softplus' ? sigmoidProductExpectation(norms[i], norms[j], gram(i, j), rule) : null) ??
          bivariateProductExpectation(act.dphi, norms[i], norms[j], gram(i, j), rule);
        const fine = expectation(nodes);
        const coarse = expectation(coarseNodes(nodes));
        setSymmetric(i, j, gram(i, j) * fine);
        errorEstimate = Math.max(errorEstimate, Math.abs(gram(i, j) * (fine - coarse)));
      }
    }
    notes.push(`Gauss–Hermite with ${nodes}×${nodes} nodes; error estimate = max |Q_${nodes} − Q_${coarseNodes(nodes)}|`);
  } else {
    samples = integer(options.samples ?? DEFAULT_MONTE_CARLO_SAMPLES, 'samples', 2);
    // the draws: one fast normal stream keyed by the seed's fork, one sample (d draws) after another
    const draws = new Rng(options.seed ?? 0).fork('sigma-montecarlo').normalStream();
    const d = C.columns;
    const sum = new Float64Array(K * K);
    const sumSq = new Float64Array(K * K);
    // batches of draws: Z = G·Cᵀ, then Σ_s φ'φ'ᵀ and Σ_s (φ'φ'ᵀ)² as products Φ'ᵀΦ' and (Φ'²)ᵀ(Φ'²) (their upper triangles on blas; only those are read)
    const batch = Math.min(samples, MONTE_CARLO_BATCH);
    const G = new Float64Array(batch * d);
    let dphi: Float64Array | undefined;
    let squares: Float64Array | undefined;
    for (let done = 0; done < samples; done += batch) {
      const rows = Math.min(batch, samples - done);
      const Gb = draws.fill(G.subarray(0, rows * d));
      if (act.name === 'softplus' && softplusDerivativeMoments(Gb, Cf, rows, K, d, sum, sumSq)) continue;
      dphi ??= new Float64Array(batch * K);
      squares ??= new Float64Array(batch * K);
      const Z = gemmNT(Gb, Cf, rows, K, d);
      const D = dphi.subarray(0, rows * K);
      if (!(act.name === 'softplus' && softplusInPlace(Z, D))) act.evaluate(Z, Z, D); // the vectorised pass for softplus
      const D2 = squares.subarray(0, rows * K);
      for (let q = 0; q < D.length; q++) D2[q] = D[q] * D[q];
      gemmTNAccumulate(D, D, rows, K, K, sum);
      gemmTNAccumulate(D2, D2, rows, K, K, sumSq);
    }
    standardErrors = new Matrix(K, K);
    for (let i = 0; i < K; i++) {
      for (let j = i; j < K; j++) {
        const mean = sum[i * K + j] / samples;
        const variance = Math.max(0, (sumSq[i * K + j] / samples - mean * mean) * (samples / (samples - 1)));
        const se = Math.abs(gram(i, j)) * Math.sqrt(variance / samples);
        setSymmetric(i, j, gram(i, j) * mean);
        standardErrors.set(i, j, se);
        standardErrors.set(j, i, se);
        errorEstimate = Math.max(errorEstimate, se);
      }
    }
    notes.push(`Monte Carlo with ${samples} Gaussian draws (seed ${options.seed ?? 0}); error estimate = largest per-entry standard error`);
  }

  const eigenvalues = Array.from(symmetricEigenvalues(S, K)); // ascending; LAPACK dsyevd on the blas backend
  const lambda = eigenvalues[0];
  const top = eigenvalues[K - 1];
  // Round-off in the eigensolver is ~K·ε·λ_max; a noisy Σ (quadrature/MC) also moves λ by up to ~K·errorEstimate.
  const tolerance = K * (8 * Number.EPSILON * Math.abs(top) + errorEstimate);
  const singular = lambda <= tolerance;
  const centerNorm = spectralNorm(C);
  const kappa = singular ? Infinity : (Math.sqrt(C.columns / K) * centerNorm) / lambda;
  if (singular) {
    notes.push(
      `λ(C) = ${lambda.toExponential(3)} is zero up to round-off/estimation error (≤ ${tolerance.toExponential(2)}): Σ(C) is singular (duplicate or degenerate centers?), so κ(C) = ∞`,
    );
  }
  return {
    sigma: adoptFlat(S, K, K), // S is this call's own array
    eigenvalues,
    lambda,
    centerNorm,
    kappa,
    singular,
    method,
    activation: act.name,
    errorEstimate,
    standardErrors,
    nodes,
    samples,
    notes,
  };
}

/**
 * The ReLU separation bound λ(C) ≥ ν/(100K²), ν = min_{i≠j} ‖c_i − c_j‖ (Li, Soltanolkotabi & Oymak 2019, Def. 2.1
 * fact (i), quoted from Oymak & Soltanolkotabi 2019). Hypotheses: ReLU, unit-norm distinct centers.
 */
export function reluSeparationCheck(centers: Matrix | number[][], result?: SigmaResult): BoundCheck {
  const C = centers instanceof Matrix ? centers : toMatrix(centers, 'centers');
  const s = result ?? sigma(C, 'relu', { method: 'closed' });
  const K = C.rows;
  let nu = Infinity;
  let normGap = 0;
  for (let i = 0; i < K; i++) {
    normGap = Math.max(normGap, Math.abs(C.getRowVector(i).norm() - 1));
    for (let j = i + 1; j < K; j++) nu = Math.min(nu, C.getRowVector(i).sub(C.getRowVector(j)).norm());
  }
  return boundCheck({
    id: 'sigma.relu-separation',
    kind: 'bound',
    name: 'λ(C) ≥ ν/(100K²)',
    source: 'Li, Soltanolkotabi & Oymak 2019, Definition 2.1, fact (i) (quoting Oymak & Soltanolkotabi 2019)',
    hypotheses: [
      { name: 'activation is ReLU', holds: s.activation === 'relu', detail: `activation ${s.activation}` },
      { name: 'unit-norm centers', holds: normGap <= 1e-9, detail: `max |‖c_ℓ‖ − 1| = ${normGap.toExponential(2)}` },
      { name: 'distinct centers (ν > 0)', holds: nu > 0, detail: `ν = ${nu}` },
    ],
    lhs: s.lambda,
    relation: '>=',
    rhs: nu / (100 * K * K),
    details: { nu, K, method: s.method, slack: nu > 0 ? s.lambda / (nu / (100 * K * K)) : 0 },
  });
}
