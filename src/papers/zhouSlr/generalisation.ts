import { ValidationError } from '../../core/errors';
import { Rng } from '../../core/random';
import { integer, positiveNumber } from '../../core/validate';

/**
 * A synthetic contrastive problem for Theorem 1 (1) of Zhou et al. 2021 with a finite hypothesis class: K̄ Gaussian
 * classes in R^d, a fixed dictionary B of b keys with known classes, queries x = μ_c + noise, positives x̃ = x + augmentation,
 * key set B_x = {x̃} ∪ B, training label y one-hot on the positive, true label y* uniform over the keys of the query's
 * class (the positive included). The class F is M random linear encoders f_W(x) = Wx/‖Wx‖ shared by queries and keys.
 */
export interface FiniteClassProblem {
  classes: number;
  d: number;
  means: Float64Array;
  /** b×d dictionary inputs and their classes. */
  dictionary: Float64Array;
  dictionaryClasses: Int32Array;
  noise: number;
  augmentation: number;
  temperature: number;
  /** M encoders, each e×d row-major. */
  encoders: Float64Array[];
  embedding: number;
}

export function makeFiniteClassProblem(
  spec: {
    classes: number;
    d: number;
    embedding: number;
    keys: number;
    encoders: number;
    meanScale: number;
    noise: number;
    augmentation: number;
    temperature: number;
  },
  rng: Rng,
): FiniteClassProblem {
  const C = integer(spec.classes, 'classes', 2);
  const d = integer(spec.d, 'd', 1);
  const e = integer(spec.embedding, 'embedding', 1);
  const b = integer(spec.keys, 'keys', 1);
  const M = integer(spec.encoders, 'encoders', 1);
  positiveNumber(spec.temperature, 'temperature');
  const means = rng.fork('means').normalVector(C * d, positiveNumber(spec.meanScale, 'meanScale'));
  const dictRng = rng.fork('dictionary');
  const dictionary = new Float64Array(b * d);
  const dictionaryClasses = new Int32Array(b);
  for (let k = 0; k < b; k++) {
    dictionaryClasses[k] = k % C;
    for (let j = 0; j < d; j++) dictionary[k * d + j] = means[(k % C) * d + j] + spec.noise * dictRng.normal();
  }
  const encRng = rng.fork('encoders');
  const encoders = Array.from({ length: M }, () => encRng.normalVector(e * d, 1));
  return {
    classes: C,
    d,
    means,
    dictionary,
    dictionaryClasses,
    noise: spec.noise,
    augmentation: spec.augmentation,
    temperature: spec.temperature,
    encoders,
    embedding: e,
  };
}

function embed(W: Float64Array, x: Float64Array, offset: number, d: number, e: number, out: Float64Array): void {
  let norm = 0;
  for (let c = 0; c < e; c++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += W[c * d + j] * x[offset + j];
    out[c] = s;
    norm += s * s;
  }
  norm = Math.sqrt(norm) || 1e-300;
  for (let c = 0; c < e; c++) out[c] /= norm;
}

/** Per encoder over a sample: mean losses with y and with y*, the variance of the y*-loss, max ‖log h‖₂, and E‖y − y*‖₂. */
export interface FiniteClassSample {
  /** Q̃: mean ℓ(h, y) (one-hot label). */
  lossNoisy: number[];
  /** Q_e: mean ℓ(h, y*). */
  lossTrue: number[];
  /** V_D: the (unbiased) sample variance of ℓ(h, y*). */
  varianceTrue: number[];
  /** L_y = max over the sample of ‖log h‖₂ (per encoder). */
  lipschitz: number[];
  /** E‖y − y*‖₂ over the sample (the same for every encoder). */
  labelError: number;
}

/** Draws n (query, positive) pairs and evaluates every encoder of the class on them. */
export function sampleFiniteClass(problem: FiniteClassProblem, n: number, rng: Rng): FiniteClassSample {
  integer(n, 'n', 2);
  const { d, classes: C, dictionaryClasses, embedding: e, temperature: tau } = problem;
  const b = dictionaryClasses.length;
  const x = new Float64Array(d);
  const xt = new Float64Array(d);
  const cls = new Int32Array(n);
  const queries = new Float64Array(n * d);
  const positives = new Float64Array(n * d);
  let labelError = 0;
  for (let i = 0; i < n; i++) {
    const c = Math.floor(rng.uniform() * C);
    cls[i] = c;
    for (let j = 0; j < d; j++) {
      x[j] = problem.means[c * d + j] + problem.noise * rng.normal();
      xt[j] = x[j] + problem.augmentation * rng.normal();
    }
    queries.set(x, i * d);
    positives.set(xt, i * d);
    let same = 1;
    for (let k = 0; k < b; k++) if (dictionaryClasses[k] === c) same++;
    // y = e_0, y* = 1/same on the positive and the same-class keys
    labelError += Math.sqrt((1 - 1 / same) ** 2 + (same - 1) / (same * same)) / n;
  }
  const out: FiniteClassSample = { lossNoisy: [], lossTrue: [], varianceTrue: [], lipschitz: [], labelError };
  const q = new Float64Array(e);
  const keys = new Float64Array((b + 1) * e);
  const tmp = new Float64Array(e);
  const logits = new Float64Array(b + 1);
  for (const W of problem.encoders) {
    for (let k = 0; k < b; k++) {
      embed(W, problem.dictionary, k * d, d, e, tmp);
      keys.set(tmp, (k + 1) * e);
    }
    let sumNoisy = 0;
    let sumTrue = 0;
    let sumSq = 0;
    let lip = 0;
    for (let i = 0; i < n; i++) {
      embed(W, queries, i * d, d, e, q);
      embed(W, positives, i * d, d, e, tmp);
      keys.set(tmp, 0);
      let max = -Infinity;
      for (let k = 0; k <= b; k++) {
        let s = 0;
        for (let c = 0; c < e; c++) s += q[c] * keys[k * e + c];
        logits[k] = s / tau;
        max = Math.max(max, logits[k]);
      }
      let z = 0;
      for (let k = 0; k <= b; k++) z += Math.exp(logits[k] - max);
      const logZ = max + Math.log(z);
      let same = 1;
      let sumSameLog = logits[0] - logZ;
      let logNormSq = 0;
      for (let k = 0; k <= b; k++) {
        const lh = logits[k] - logZ;
        logNormSq += lh * lh;
        if (k > 0 && dictionaryClasses[k - 1] === cls[i]) {
          same++;
          sumSameLog += lh;
        }
      }
      const noisy = -(logits[0] - logZ);
      const truth = -sumSameLog / same;
      sumNoisy += noisy;
      sumTrue += truth;
      sumSq += truth * truth;
      lip = Math.max(lip, Math.sqrt(logNormSq));
    }
    const meanTrue = sumTrue / n;
    out.lossNoisy.push(sumNoisy / n);
    out.lossTrue.push(meanTrue);
    out.varianceTrue.push(Math.max(0, (sumSq - n * meanTrue * meanTrue) / (n - 1)));
    out.lipschitz.push(lip);
  }
  if (!Number.isFinite(out.labelError)) throw new ValidationError('labelError', 'not finite');
  return out;
}
