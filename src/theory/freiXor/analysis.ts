import { toFlat, multiplyTransposed } from '../../linalg/flat';
import { XorRun } from '../../papers/freiXor/xorRun';

/**
 * Quantities of a run that several statements share (Frei, Chatterji & Bartlett 2022 (XOR) §1.5, §4): pre-activations
 * Z_t = X W_tᵀ, outputs f_t, the candidate sets J_μ at a chosen C₀, cluster membership. The means are μ₁ = e₁,
 * μ₂ = e₂ (the data model of src/data/xor.ts); cluster k ∈ {0: +μ₁, 1: −μ₁, 2: +μ₂, 3: −μ₂}.
 */
export interface XorAnalysis {
  n: number;
  d: number;
  m: number;
  /** Last step T of the run. */
  T: number;
  C0: number;
  /** Z[t][i·m + j] = ⟨w_j^(t), x_i⟩. */
  Z: Float64Array[];
  /** f[t][i] = f(x_i; W_t). */
  f: Float64Array[];
  /** Row norms ‖w_j^(t)‖. */
  rowNorms: Float64Array[];
  /** J_μ for k = 0..3 (Lemma 4): a_j > 0 for ±μ₁, a_j < 0 for ±μ₂, ⟨ŵ_j^(0), μ⟩ ≥ 1/(3C₀√d). */
  J: number[][];
  inJ: Uint8Array;
  /** Sample indices per cluster, and clean/noisy splits. */
  members: number[][];
  clean: number[];
  noisy: number[];
  /** ‖x_i‖. */
  inputNorms: Float64Array;
}

export const OPPOSITE = [1, 0, 3, 2] as const;
/** The coordinate of μ (0 for ±μ₁, 1 for ±μ₂) and its sign. */
export const AXIS = [0, 0, 1, 1] as const;
export const SIGN = [1, -1, 1, -1] as const;
export const MU_NAMES = ['+μ1', '−μ1', '+μ2', '−μ2'] as const;

const cache = new WeakMap<XorRun, Map<number, XorAnalysis>>();

/** ⟨w_j^(t), μ_k⟩ from a flat W. */
export function meanProjection(W: Float64Array, d: number, j: number, k: number): number {
  return SIGN[k] * W[j * d + AXIS[k]];
}

/** ⟨w_j^(t), μ_⊥⟩ where μ_⊥ is the other class's mean axis (μ₂ for J_{±μ₁}, μ₁ for J_{±μ₂}). */
export function perpendicularProjection(W: Float64Array, d: number, j: number, k: number): number {
  return W[j * d + (AXIS[k] === 0 ? 1 : 0)];
}

/** Candidate sets J_μ of Lemma 4 at threshold 1/(3C₀√d) on the initial normalised correlation. */
export function candidateSets(W0: Float64Array, a: ArrayLike<number>, d: number, C0: number): number[][] {
  const m = a.length;
  const threshold = 1 / (3 * C0 * Math.sqrt(d));
  return [0, 1, 2, 3].map((k) => {
    const out: number[] = [];
    for (let j = 0; j < m; j++) {
      if (k < 2 ? !(a[j] > 0) : !(a[j] < 0)) continue;
      let norm = 0;
      for (let c = 0; c < d; c++) norm += W0[j * d + c] ** 2;
      if (norm > 0 && meanProjection(W0, d, j, k) / Math.sqrt(norm) >= threshold) out.push(j);
    }
    return out;
  });
}

export function analyse(run: XorRun, C0: number): XorAnalysis {
  let byC0 = cache.get(run);
  if (!byC0) cache.set(run, (byC0 = new Map()));
  const hit = byC0.get(C0);
  if (hit) return hit;
  const { data, a, snapshots } = run;
  const n = data.X.rows;
  const d = data.d;
  const m = a.length;
  const T = snapshots.length - 1;
  const Z = snapshots.map((W) => toFlat(multiplyTransposed(data.X, W)));
  const f = Z.map((z) => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < m; j++) if (z[i * m + j] > 0) s += a[j] * z[i * m + j];
      out[i] = s;
    }
    return out;
  });
  const rowNorms = snapshots.map((W) => {
    const w = toFlat(W);
    return Float64Array.from({ length: m }, (_, j) => {
      let s = 0;
      for (let c = 0; c < d; c++) s += w[j * d + c] ** 2;
      return Math.sqrt(s);
    });
  });
  const J = candidateSets(toFlat(snapshots[0]), a, d, C0);
  const inJ = new Uint8Array(m);
  for (const set of J) for (const j of set) inJ[j] = 1;
  const members: number[][] = [[], [], [], []];
  const clean: number[] = [];
  const noisy: number[] = [];
  for (let i = 0; i < n; i++) {
    members[data.cluster[i]].push(i);
    (data.noisy[i] ? noisy : clean).push(i);
  }
  const x = toFlat(data.X);
  const inputNorms = Float64Array.from({ length: n }, (_, i) => {
    let s = 0;
    for (let c = 0; c < d; c++) s += x[i * d + c] ** 2;
    return Math.sqrt(s);
  });
  const result: XorAnalysis = { n, d, m, T, C0, Z, f, rowNorms, J, inJ, members, clean, noisy, inputNorms };
  byC0.set(C0, result);
  return result;
}

/** Condition 9 at time t (§4): violations of "j ∈ J_μ is active on every sample of I_μ and inactive on every sample of I_{−μ}". */
export function condition9Violations(A: XorAnalysis, t: number): number {
  let bad = 0;
  const z = A.Z[t];
  for (let k = 0; k < 4; k++) {
    for (const j of A.J[k]) {
      for (const i of A.members[k]) if (!(z[i * A.m + j] > 0)) bad++;
      for (const i of A.members[OPPOSITE[k]]) if (z[i * A.m + j] > 0) bad++;
    }
  }
  return bad;
}

/** One row per step of the quantities Lemmas 12–14 and Theorem 1 are about (for tables and plots). */
export interface XorStepRow {
  t: number;
  /** Condition 9 violations. */
  condition9: number;
  /** max_{j∈J} |⟨w_j, μ⊥⟩|/(α|a_j|) (Condition 10 asks ≤ 3). */
  condition10: number;
  /** Median over all neurons of max_μ |⟨ŵ_j, μ⟩|. */
  medianMaxCorrelation: number;
  /** min over J_μ of ⟨ŵ_j, μ⟩. */
  minCorrelationJ: number;
  cleanCorrect: number;
  noisyMisclassified: number;
  frobenius: number;
  /** max_j ‖w_j‖/(2|a_j|αt) (Lemma 14), 0 at t = 0. */
  neuronNormRatio: number;
  /** min_i −ℓ′(y_i f_i). */
  minLossDerivative: number;
}

export function xorStepTable(run: XorRun, C0 = 2): XorStepRow[] {
  const A = analyse(run, C0);
  return run.snapshots.map((W, t) => {
    const w = toFlat(W);
    const maxCorr = Array.from({ length: A.m }, (_, j) => Math.max(Math.abs(w[j * A.d]), Math.abs(w[j * A.d + 1])) / A.rowNorms[t][j]).sort((x, y) => x - y);
    let cond10 = 0;
    let minJ = Infinity;
    for (let k = 0; k < 4; k++) {
      for (const j of A.J[k]) {
        cond10 = Math.max(cond10, Math.abs(perpendicularProjection(w, A.d, j, k)) / (run.alpha * Math.abs(run.a[j])));
        minJ = Math.min(minJ, meanProjection(w, A.d, j, k) / A.rowNorms[t][j]);
      }
    }
    let cleanRight = 0;
    let noisyWrong = 0;
    let gMin = Infinity;
    for (let i = 0; i < A.n; i++) {
      const margin = run.data.labels[i] * A.f[t][i];
      if (run.data.noisy[i]) noisyWrong += margin > 0 ? 0 : 1;
      else cleanRight += margin > 0 ? 1 : 0;
      gMin = Math.min(gMin, 1 / (1 + Math.exp(margin)));
    }
    let ratio = 0;
    if (t > 0) for (let j = 0; j < A.m; j++) if (run.a[j] !== 0) ratio = Math.max(ratio, A.rowNorms[t][j] / (2 * Math.abs(run.a[j]) * run.alpha * t));
    return {
      t,
      condition9: condition9Violations(A, t),
      condition10: cond10,
      medianMaxCorrelation: maxCorr[Math.floor(A.m / 2)],
      minCorrelationJ: minJ,
      cleanCorrect: cleanRight / Math.max(1, A.clean.length),
      noisyMisclassified: A.noisy.length ? noisyWrong / A.noisy.length : 1,
      frobenius: Math.sqrt(A.rowNorms[t].reduce((s, v) => s + v * v, 0)),
      neuronNormRatio: ratio,
      minLossDerivative: gMin,
    };
  });
}
