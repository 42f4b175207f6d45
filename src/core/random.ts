import seedrandom from 'seedrandom';
import { Matrix } from 'ml-matrix';
import { ValidationError } from './errors';
import { integer, positiveNumber } from './validate';
import { NormalStream } from './normalStream';

/**
 * The one source of randomness in the toolkit. A seed fixes every draw bit-for-bit.
 * `fork(label)` derives an independent stream, so e.g. the data draw does not shift when the
 * network width changes: each experiment component takes its own fork.
 */
export class Rng {
  private readonly prng: seedrandom.PRNG;
  private spareNormal: number | null = null;

  constructor(readonly seed: string | number) {
    if (typeof seed === 'number' && !Number.isFinite(seed)) throw new ValidationError('seed', `expected a finite number, got ${seed}`);
    this.prng = seedrandom(String(seed));
  }

  fork(label: string): Rng {
    return new Rng(`${this.seed}/${label}`);
  }

  /** Uniform on [0, 1) with 53 random bits. */
  uniform(): number {
    return this.prng.double();
  }

  /** Standard normal by the Box–Muller transform (pairs are cached, so draws stay deterministic). */
  normal(): number {
    if (this.spareNormal !== null) {
      const z = this.spareNormal;
      this.spareNormal = null;
      return z;
    }
    const u1 = 1 - this.prng.double(); // (0, 1]: log is finite
    const u2 = this.prng.double();
    const radius = Math.sqrt(-2 * Math.log(u1));
    this.spareNormal = radius * Math.sin(2 * Math.PI * u2);
    return radius * Math.cos(2 * Math.PI * u2);
  }

  /** Gamma(shape, 1) by Marsaglia–Tsang; shape < 1 through Gamma(shape + 1)·U^{1/shape}. */
  gamma(shape: number): number {
    positiveNumber(shape, 'shape');
    if (shape < 1) return this.gamma(shape + 1) * Math.pow(1 - this.prng.double(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = 1 - this.prng.double();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
    }
  }

  /** Beta(a, b) = G_a/(G_a + G_b) (momentum mixup draws θ ~ Beta(κ, κ)). */
  beta(a: number, b: number): number {
    const x = this.gamma(a);
    return x / (x + this.gamma(b));
  }

  /**
   * A fast stream of normals for bulk draws (`NormalStream`: xoshiro128** and a ziggurat), keyed by the next four
   * 32-bit words of this generator: as seeded as every other draw, but not the per-draw stream of `normal()`. Used
   * where millions of draws dominate the cost (Monte Carlo Σ(C), MLP initialisations).
   */
  normalStream(): NormalStream {
    const key = [0, 0, 0, 0];
    do {
      for (let i = 0; i < 4; i++) key[i] = this.prng.int32();
    } while ((key[0] | key[1] | key[2] | key[3]) === 0); // the one state xoshiro cannot leave (chance 2^−128)
    return new NormalStream(key);
  }

  normalVector(length: number, scale = 1): Float64Array {
    const out = new Float64Array(length);
    for (let i = 0; i < length; i++) out[i] = scale * this.normal();
    return out;
  }

  /** rows × columns matrix with i.i.d. N(0, scale²) entries. */
  normalMatrix(rows: number, columns: number, scale = 1): Matrix {
    const m = new Matrix(rows, columns);
    for (let i = 0; i < rows; i++) for (let j = 0; j < columns; j++) m.set(i, j, scale * this.normal());
    return m;
  }

  /** Uniform on the unit sphere S^{d−1}: a normalised Gaussian vector. */
  unitSphere(d: number): Float64Array {
    integer(d, 'd', 1);
    for (;;) {
      const g = this.normalVector(d);
      let norm = 0;
      for (let i = 0; i < d; i++) norm += g[i] * g[i];
      norm = Math.sqrt(norm);
      if (norm > 1e-300) {
        for (let i = 0; i < d; i++) g[i] /= norm;
        return g;
      }
    }
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    integer(n, 'n', 1);
    return Math.floor(this.uniform() * n);
  }

  /** A uniformly random permutation of 0..n−1 (Fisher–Yates). */
  permutation(n: number): Int32Array {
    integer(n, 'n', 0);
    const p = new Int32Array(n);
    for (let i = 0; i < n; i++) p[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(this.uniform() * (i + 1));
      const t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  /** m distinct indices from 0..n−1, uniformly, in draw order (partial Fisher–Yates). */
  choice(n: number, m: number): Int32Array {
    integer(n, 'n', 0);
    integer(m, 'm', 0);
    if (m > n) throw new ValidationError('m', `cannot choose ${m} distinct items out of ${n}`);
    const pool = new Int32Array(n);
    for (let i = 0; i < n; i++) pool[i] = i;
    const out = new Int32Array(m);
    for (let i = 0; i < m; i++) {
      const j = i + Math.floor(this.uniform() * (n - i));
      const t = pool[i];
      pool[i] = pool[j];
      pool[j] = t;
      out[i] = pool[i];
    }
    return out;
  }
}
