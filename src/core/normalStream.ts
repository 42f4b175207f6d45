import { ValidationError } from './errors';

/** 2^−53: two 32-bit outputs give a 53-bit integer m, and m·2^−53 is uniform on [0, 1). */
const TWO_POW_MINUS_53 = 2 ** -53;

/**
 * The ziggurat of Marsaglia & Tsang ("The ziggurat method for generating random variables", J. Stat. Softw. 5(8),
 * 2000) with 256 layers of area V each: the base layer (index 0) is [0, r]·f(r) plus the tail beyond r. For a 52-bit
 * integer u and layer i, x = u·W[i] is accepted at once when u < K[i] (x inside the next layer's width, so under the
 * curve: 99 % of draws), else by the wedge test F[i] + U·(F[i−1] − F[i]) < f(x), or for i = 0 from the tail (Marsaglia
 * 1964). The tables are computed here from r and V by the authors' recurrence (their `zigset`, with 2^52 for 2^31);
 * exported for the tests only (not part of the package's API).
 */
const ZIGGURAT_R = 3.6541528853610088;
const ZIGGURAT_V = 0.00492867323399;
export const ZIGGURAT = (() => {
  const m = 2 ** 52;
  const K = new Float64Array(256);
  const W = new Float64Array(256);
  const F = new Float64Array(256);
  let dn = ZIGGURAT_R;
  let tn = dn;
  const q = ZIGGURAT_V / Math.exp(-0.5 * dn * dn);
  K[0] = (dn / q) * m;
  K[1] = 0;
  W[0] = q / m;
  W[255] = dn / m;
  F[0] = 1;
  F[255] = Math.exp(-0.5 * dn * dn);
  for (let i = 254; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(ZIGGURAT_V / dn + Math.exp(-0.5 * dn * dn)));
    K[i + 1] = (dn / tn) * m;
    tn = dn;
    F[i] = Math.exp(-0.5 * dn * dn);
    W[i] = dn / m;
  }
  return { K, W, F, r: ZIGGURAT_R, v: ZIGGURAT_V };
})();

/**
 * A fast stream of standard normals for bulk draws (Monte Carlo estimates, weight initialisations), where a million
 * per-draw ARC4 normals of `Rng.normal` cost ≈ 70 ms and this stream ≈ 6 ms.
 *
 * - Generator: xoshiro128** (Blackman & Vigna, "Scrambled linear pseudorandom number generators", 2021): 128 bits of
 *   state, period 2^128 − 1, 32-bit outputs; all its arithmetic is 32-bit integer (`Math.imul`, shifts, xor), so its
 *   outputs are the same bits on every engine.
 * - Normals: the 256-layer ziggurat above, from 64 bits per draw (two outputs a, b: the layer from b's low 8 bits, the
 *   sign from bit 8, the 52-bit integer from a and b's top 20 bits: the bit widths of numpy's ziggurat, not its
 *   stream); the wedge and tail tests take 53-bit uniforms from two more outputs each. Only `Math.exp` and
 *   `Math.log1p` are used, on about 1 % of the draws (the engine's own: V8 gives the same bits on every platform,
 *   while ECMAScript does not require them correctly rounded).
 *
 * Each normal consumes whole outputs, so the stream does not depend on how draws are split between `fill` calls.
 */
export class NormalStream {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /** `key`: the 128-bit state as four 32-bit words (not all zero; `Rng.normalStream()` draws them from its ARC4 stream). */
  constructor(key: ArrayLike<number>) {
    if (key.length !== 4) throw new ValidationError('key', `expected four 32-bit words, got ${key.length}`);
    for (let i = 0; i < 4; i++) {
      if (!Number.isInteger(key[i]) || key[i] < -(2 ** 31) || key[i] >= 2 ** 32)
        throw new ValidationError(`key[${i}]`, `expected a 32-bit integer, got ${key[i]}`);
    }
    this.s0 = key[0] | 0;
    this.s1 = key[1] | 0;
    this.s2 = key[2] | 0;
    this.s3 = key[3] | 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) throw new ValidationError('key', 'the all-zero state is a fixed point of xoshiro128**');
  }

  /** Fills `out` with i.i.d. N(0, scale²) draws (scale·z, so scale = 1 gives the normals themselves); returns `out`. */
  fill(out: Float64Array, scale = 1): Float64Array {
    if (!Number.isFinite(scale)) throw new ValidationError('scale', `expected a finite number, got ${scale}`);
    for (let i = this.fastDraws(out, 0, scale); i < out.length; i = this.fastDraws(out, i + 1, scale))
      out[i] = scale * this.slowDraw(this.pendingLayer, this.pendingU, this.pendingNegative);
    return out;
  }

  // the draw fastDraws stopped at: its layer, 52-bit integer and sign
  private pendingLayer = 0;
  private pendingU = 0;
  private pendingNegative = false;

  /**
   * Draws into out[from…] while the ziggurat accepts at once (99 % of draws), with the state in locals; returns the
   * index of the first draw that needs the wedge or tail test (its layer, integer and sign left in the pending fields),
   * or out.length. A loop exit costs nothing, while a call inside the loop would keep the state out of registers.
   */
  private fastDraws(out: Float64Array, from: number, scale: number): number {
    const { K, W } = ZIGGURAT;
    const n = out.length;
    let s0 = this.s0;
    let s1 = this.s1;
    let s2 = this.s2;
    let s3 = this.s3;
    let i = from;
    for (; i < n; i++) {
      // two outputs of xoshiro128**: result = rotl(s1·5, 7)·9, then the linear step
      let a = Math.imul(s1, 5);
      a = Math.imul((a << 7) | (a >>> 25), 9);
      let t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      let b = Math.imul(s1, 5);
      b = Math.imul((b << 7) | (b >>> 25), 9);
      t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      const layer = b & 255;
      const u = (a >>> 0) * 1048576 + (b >>> 12); // 52 bits
      if (!(u < K[layer])) {
        this.pendingLayer = layer;
        this.pendingU = u;
        this.pendingNegative = (b & 256) !== 0;
        break;
      }
      // the sign as a factor 1 − 2·(bit 8): a branch on a random bit mispredicts half the time (twice as slow)
      out[i] = scale * (u * W[layer] * (1 - ((b >>> 7) & 2)));
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
    return i;
  }

  /** The ziggurat's wedge and tail cases, then fresh draws until one is accepted. */
  private slowDraw(layer: number, u: number, negative: boolean): number {
    const { K, W, F } = ZIGGURAT;
    for (;;) {
      const x = u * W[layer];
      if (layer === 0) {
        // the tail beyond r (Marsaglia 1964): x = −ln(U1)/r, y = −ln(U2), accepted when 2y > x²
        for (;;) {
          const xx = -Math.log1p(-this.uniform53()) / ZIGGURAT_R;
          const yy = -Math.log1p(-this.uniform53());
          if (yy + yy > xx * xx) return negative ? -(ZIGGURAT_R + xx) : ZIGGURAT_R + xx;
        }
      }
      if (F[layer] + this.uniform53() * (F[layer - 1] - F[layer]) < Math.exp(-0.5 * x * x)) return negative ? -x : x;
      const a = this.nextUint32();
      const b = this.nextUint32();
      layer = b & 255;
      negative = (b & 256) !== 0;
      u = a * 1048576 + (b >>> 12);
      if (u < K[layer]) {
        const y = u * W[layer];
        return negative ? -y : y;
      }
    }
  }

  /** A uniform on [0, 1) with 53 bits: the top 27 bits of one output and the top 26 of the next. */
  private uniform53(): number {
    const a = this.nextUint32();
    const b = this.nextUint32();
    return ((a >>> 5) * 67108864 + (b >>> 6)) * TWO_POW_MINUS_53;
  }

  /** The next 32-bit output of xoshiro128** (unsigned); exposed so tests can compare with the published generator. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
