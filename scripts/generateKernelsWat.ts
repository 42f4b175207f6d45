import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Writes src/linalg/wasm/kernels.wat from scripts/kernels.wat.template: the template is the hand-written WebAssembly
 * text, and each `;;! NAME args` line in it is replaced by generated functions:
 * - `;;! walks N…`: the unrolled register walks of the backward ReLU pass ($walkN keeps N v128 lanes of G in locals);
 * - `;;! special-functions`: the vectorised exp and log1p (their tables, computed here in fixed-point BigInt
 *   arithmetic and written as data segments below `heap_base`, and their polynomial coefficients) and the softplus
 *   pass over Z built on them, with array entry points for tests.
 * `npm run build:wasm` runs this, then assembles the .wat (scripts/wasm.ts); a test checks that regenerating gives the
 * committed kernels.wat exactly.
 */
export const ROOT = resolve(__dirname, '..');
export const TEMPLATE = join(ROOT, 'scripts', 'kernels.wat.template');
export const OUTPUT = join(ROOT, 'src', 'linalg', 'wasm', 'kernels.wat');

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** $walkN: G's N v128 lanes in registers += (g_i·v_l)·X[i, lanes] for the rows i listed at $pl. */
function walk(lanes: number, first: boolean): string {
  const regs = range(lanes);
  const lines: string[] = [];
  if (first) lines.push(`  ;; G's lanes in registers += (g_i·v_l)·X[i, lanes] for the rows i listed at $pl ($count of them)`);
  lines.push(
    `  (func $walk${lanes} (param $pl i32) (param $count i32) (param $gv i32) (param $xo i32) (param $rowBytes i32) (param $vl f64) ${regs.map((r) => `(param $r${r} v128)`).join(' ')} (result ${regs.map(() => 'v128').join(' ')})`,
    '    (local $end i32) (local $i i32) (local $px i32) (local $cv v128)',
    '    (local.set $end (i32.add (local.get $pl) (i32.shl (local.get $count) (i32.const 2))))',
    '    (block $done',
    '      (loop $next',
    '        (br_if $done (i32.ge_u (local.get $pl) (local.get $end)))',
    '        (local.set $i (i32.load (local.get $pl)))',
    '        (local.set $cv (f64x2.splat (f64.mul (f64.load (i32.add (local.get $gv) (i32.shl (local.get $i) (i32.const 3)))) (local.get $vl))))',
    '        (local.set $px (i32.add (local.get $xo) (i32.mul (local.get $i) (local.get $rowBytes))))',
    ...regs.map((r) => `        (local.set $r${r} (f64x2.add (local.get $r${r}) (f64x2.mul (local.get $cv) (v128.load offset=${16 * r} (local.get $px)))))`),
    '        (local.set $pl (i32.add (local.get $pl) (i32.const 4)))',
    '        (br $next)))',
    `    ${regs.map((r) => `(local.get $r${r})`).join(' ')})`,
  );
  return lines.join('\n');
}

/** A double as WebAssembly text: JavaScript's shortest round-trip decimal. */
function f64(x: number): string {
  return `(f64x2.splat (f64.const ${Object.is(x, -0) ? '-0' : String(x)}))`;
}

/** Horner's rule Σ c_j·x^j (c given from the highest degree down) into $target, as a chain of set statements. */
function horner(target: string, x: string, coefficients: number[], indent: string): string[] {
  const lines = [`${indent}(local.set ${target} ${f64(coefficients[0])})`];
  for (const c of coefficients.slice(1)) lines.push(`${indent}(local.set ${target} (f64x2.add (f64x2.mul (local.get ${target}) (local.get ${x})) ${f64(c)}))`);
  return lines;
}

// ---- the vectorised exp and log1p, and the softplus pass built on them ------------------------------------------------

/** fdlibm's split of ln 2 (the high part has 21 trailing zero bits, so n·LN2_HI is exact for |n| < 2^21). */
const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
/** 1.5·2^52: adding it rounds a double of magnitude < 2^51 to an integer held in the low mantissa bits. */
const ROUNDER = 6755399441055744;
/** fdlibm's minimax coefficients of log(1+f) = f − hfsq + s·(hfsq + R(s²)), s = f/(2+f) (log1p_f64 beyond x = 1). */
const LG = [
  6.66666666666673513e-1, 3.999999999940941908e-1, 2.857142874366239149e-1, 2.222219843214978396e-1, 1.818357216161805012e-1, 1.531383769920937332e-1,
  1.479819860511658591e-1,
];

/** exp: x = (m/N)·ln2 + r with m = 2^7·n + j an integer, |r| ≤ ln2/(2N); e^x = 2^n · 2^(j/N) · e^r. */
export const EXP_TABLE_BITS = 9;
const EXP_N = 2 ** EXP_TABLE_BITS;
/** Degree of the Taylor polynomial of e^r − 1 on |r| ≤ ln2/1024: the first omitted term r^5/5! is below 0.006 ulp. */
export const EXP_DEGREE = 4;
/** log1p on [0, 1]: e = j/M + d with |d| ≤ 1/(2M), log1p(e) = log1p(j/M) + log1p(d/(1 + j/M)). */
export const LOG_M = 512;
/**
 * log1p(q) ≈ q + q²·P(q) on |q| ≤ h = 1/(2M) with P of degree 3: the Taylor series' P (−1/2 + q/3 − q²/4 + …) with its
 * q⁴ and q⁵ terms economized by the Chebyshev polynomials T4 and T5 on [−h, h] (q⁴ ≈ h²q² − h⁴/8, q⁵ ≈ 5h²q³/4 −
 * 5h⁴q/16). What is dropped is below h⁴/48 + h⁵/112 + h⁶/8 in P, so below 2^−55.5 of q in log1p(q).
 */
export const LOG_DEGREE = 5;
function log1pCoefficients(): number[] {
  const h = 1 / (2 * LOG_M);
  const p = (k: number) => (k % 2 ? 1 : -1) / (k + 2); // P's Taylor coefficients: −1/2, 1/3, −1/4, 1/5, −1/6, 1/7
  return [p(0) - (p(4) * h ** 4) / 8, p(1) - (5 * p(5) * h ** 4) / 16, p(2) + p(4) * h ** 2, p(3) + (5 * p(5) * h ** 2) / 4];
}
/**
 * The tables at the bottom of the module's memory (written by its data segments at instantiation; the runtime lays no
 * array below `heap_base`): 2^(j/N) for j < N as 16 bytes each (the relative tail t_j with 2^(j/N) = b_j·(1 + t_j),
 * then the bits of 2^K·b_j minus j·2^(52 − B), N = 2^B), and log1p(j/M), 1/(1 + j/M) for j ≤ M as 32 bytes each (hi and lo parts of both).
 */
export const EXP_TABLE_AT = 0;
export const LOG_TABLE_AT = EXP_TABLE_AT + 16 * EXP_N;
export const HEAP_BASE = Math.ceil((LOG_TABLE_AT + 32 * (LOG_M + 1)) / 64) * 64;
/** The exp table's powers of two carry a factor 2^K: the softplus pass computes e^y for y ≤ 0 as (2^(n + K)·…)·2^−K, so
 * that 2^(n+K) is normal down to y = −746 and a subnormal result is rounded once. */
const SUBNORMAL_SHIFT = 64;
/** Vectors (pairs of entries) per iteration of the softplus pass's main loop (instruction-level parallelism). */
export const SOFTPLUS_UNROLL = 2;
/** Whether the softplus pass's table offsets go through memory (its own output slots) rather than lane extraction. */
const SCRATCH = true;

// -- exact values for the tables: fixed-point BigInt arithmetic with 200 fractional bits --

const F = 200n;
const ONE = 1n << F;
/** atanh(p/q)·2^F for 0 ≤ p/q ≤ 1/3 (Taylor series to the last bit). */
function atanhFixed(p: bigint, q: bigint): bigint {
  let power = (p << F) / q;
  let sum = 0n;
  for (let k = 1n; power !== 0n; k += 2n) {
    sum += power / k;
    power = (power * p * p) / (q * q);
  }
  return sum;
}
const LN2_FIXED = 2n * atanhFixed(1n, 3n);
/** e^(x/2^F)·2^F for 0 ≤ x < 2^F. */
function expFixed(x: bigint): bigint {
  let term = ONE;
  let sum = ONE;
  for (let k = 1n; term !== 0n; k++) {
    term = (term * x) / (k << F);
    sum += term;
  }
  return sum;
}
/** The double nearest to a fixed-point value (BigInt → Number rounds to nearest), and its exact fixed-point form. */
function nearest(x: bigint): { value: number; fixed: bigint } {
  const value = Number(x) / 2 ** Number(F);
  return { value, fixed: BigInt(value * 2 ** Number(F)) };
}
/** A fixed-point value as hi + lo, hi the nearest double and lo the nearest double to the rest. */
function split(x: bigint): [number, number] {
  const hi = nearest(x);
  return [hi.value, nearest(x - hi.fixed).value];
}
function bytesOf(values: (number | bigint)[]): string {
  const view = new DataView(new ArrayBuffer(8 * values.length));
  values.forEach((v, i) => (typeof v === 'bigint' ? view.setBigUint64(8 * i, BigInt.asUintN(64, v), true) : view.setFloat64(8 * i, v, true)));
  return Array.from(new Uint8Array(view.buffer), (b) => '\\' + b.toString(16).padStart(2, '0')).join('');
}
function doubleBits(x: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}

/** The data segments of the exp and log1p tables, one per entry, with the value in a comment. */
function tables(): string[] {
  const lines = [
    `  ;; 2^(j/${EXP_N}) for j < ${EXP_N} at ${EXP_TABLE_AT}: the tail t_j (2^(j/${EXP_N}) = b_j·(1 + t_j), b_j the nearest double), then the bits of 2^${SUBNORMAL_SHIFT}·b_j − j·2^${52 - EXP_TABLE_BITS}`,
  ];
  for (let j = 0; j < EXP_N; j++) {
    const exact = expFixed((LN2_FIXED * BigInt(j)) / BigInt(EXP_N));
    const b = nearest(exact);
    const tail = nearest(((exact - b.fixed) << F) / b.fixed).value;
    lines.push(
      `  (data (i32.const ${EXP_TABLE_AT + 16 * j}) "${bytesOf([tail, doubleBits(b.value * 2 ** SUBNORMAL_SHIFT) - (BigInt(j) << BigInt(52 - EXP_TABLE_BITS))])}") ;; ${b.value}`,
    );
  }
  lines.push(`  ;; log1p(j/${LOG_M}) (hi, lo) and 1/(1 + j/${LOG_M}) (hi, lo) for j ≤ ${LOG_M} at ${LOG_TABLE_AT}`);
  for (let j = 0; j <= LOG_M; j++) {
    const [lhi, llo] = j === 0 ? [0, 0] : split(2n * atanhFixed(BigInt(j), BigInt(2 * LOG_M + j)));
    const [ihi, ilo] = split((BigInt(LOG_M) << F) / BigInt(LOG_M + j));
    lines.push(`  (data (i32.const ${LOG_TABLE_AT + 32 * j}) "${bytesOf([lhi, llo, ihi, ilo])}") ;; ${lhi}, ${ihi}`);
  }
  lines.push(`  ;; the runtime lays its arrays out from here up`, `  (global (export "heap_base") i32 (i32.const ${HEAP_BASE}))`);
  return lines;
}

// -- the functions, as statements on locals named with a suffix (so that a loop can interleave several vectors) --

const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
const get = (name: string) => `(local.get $${name})`;
const set = (name: string, value: string) => `(local.set $${name} ${value})`;
const bin = (op: string, a: string, b: string) => `(${op} ${a} ${b})`;
const I64 = (x: number | bigint | string) => `(v128.const i64x2 ${x} ${x})`;

/** Where gather() may park an index vector: 16 bytes of the current entries' own output (`base` and `offset`). */
interface Scratch {
  base: string;
  offset: number;
}
/**
 * Table entries (16 bytes each) at byte offsets `offset(i)` from each table's `at`, i the i32 at the bottom of each
 * i64 lane of $idx: lane 0's and lane 1's entries combined into `lo` (their first doubles) and `hi` (their second).
 * With `scratch`, the i go through memory (a store and two scalar loads, and the offsets by scalar arithmetic, which
 * keep the SIMD ports free), else through lane extraction.
 */
function gather(idx: string, offset: (i: string) => string, tables: { at: number; lo: string; hi: string }[], s: string, scratch?: Scratch): string[] {
  const lines = scratch ? [`(v128.store offset=${scratch.offset} ${scratch.base} ${get(idx)})`] : [];
  const lane = (l: number) =>
    offset(scratch ? `(i32.load offset=${scratch.offset + 8 * l} ${scratch.base})` : `(i32.wrap_i64 (i64x2.extract_lane ${l} ${get(idx)}))`);
  lines.push(set(`o0${s}`, lane(0)), set(`o1${s}`, lane(1)));
  for (const { at, lo, hi } of tables) {
    const a = `(v128.load offset=${at} (local.get $o0${s}))`;
    const b = `(v128.load offset=${at} (local.get $o1${s}))`;
    lines.push(set(`ga${s}`, a), set(`gb${s}`, b));
    lines.push(set(lo, `(i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 ${get(`ga${s}`)} ${get(`gb${s}`)})`));
    lines.push(set(hi, `(i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 ${get(`ga${s}`)} ${get(`gb${s}`)})`));
  }
  return lines;
}

const EXP_LOCALS = ['t', 'kd', 'r', 'r2', 'tail', 'sb', 'p', 'n1', 'ga', 'gb'];
/**
 * $e = e^$y for $y already clamped to [−746, 710] (NaN passes). `softplus` (y ≤ 0): the table's 2^K offset taken off
 * by one product at the end; else 2^n in two factors 2^(n−n1) and 2^n1, so that a result near overflow or in the
 * subnormal range is rounded once.
 */
function expStatements(s: string, y: string, e: string, softplus: boolean, scratch?: Scratch): string[] {
  const c = range(EXP_DEGREE + 1).map((k) => f64(1 / factorial(k)));
  if (EXP_DEGREE !== 4) throw new Error('expStatements writes out a degree-4 polynomial');
  const lines = [
    set(`t${s}`, bin('f64x2.add', bin('f64x2.mul', get(y), f64(EXP_N * Math.LOG2E)), f64(ROUNDER))),
    set(`kd${s}`, bin('f64x2.sub', get(`t${s}`), f64(ROUNDER))),
    set(
      `r${s}`,
      bin('f64x2.sub', bin('f64x2.sub', get(y), bin('f64x2.mul', get(`kd${s}`), f64(LN2_HI / EXP_N))), bin('f64x2.mul', get(`kd${s}`), f64(LN2_LO / EXP_N))),
    ),
    `;; the entries at byte offsets 16·j, j = m mod ${EXP_N} (m = t's low bits)`,
    ...gather(
      `t${s}`,
      (i) => `(i32.shl (i32.and ${i} (i32.const ${EXP_N - 1})) (i32.const 4))`,
      [{ at: EXP_TABLE_AT, lo: `tail${s}`, hi: `sb${s}` }],
      s,
      scratch,
    ),
    `;; 2^K·2^(j/N)·2^n: the entry's bits + m·2^${52 - EXP_TABLE_BITS}`,
    set(`sb${s}`, bin('i64x2.add', get(`sb${s}`), `(i64x2.shl ${get(`t${s}`)} (i32.const ${52 - EXP_TABLE_BITS}))`)),
    set(`r2${s}`, bin('f64x2.mul', get(`r${s}`), get(`r${s}`))),
    ';; t_j + (e^r − 1) = t_j + r + r²·(1/2 + r/6 + r²/24)',
    set(
      `p${s}`,
      bin(
        'f64x2.add',
        bin('f64x2.add', get(`tail${s}`), get(`r${s}`)),
        bin('f64x2.mul', get(`r2${s}`), bin('f64x2.add', bin('f64x2.add', c[2], bin('f64x2.mul', get(`r${s}`), c[3])), bin('f64x2.mul', get(`r2${s}`), c[4]))),
      ),
    ),
  ];
  if (softplus) {
    lines.push(set(e, bin('f64x2.mul', bin('f64x2.add', get(`sb${s}`), bin('f64x2.mul', get(`sb${s}`), get(`p${s}`))), f64(2 ** -SUBNORMAL_SHIFT))));
  } else {
    lines.push(
      `;; n = m >> ${EXP_TABLE_BITS} in halves n1 = n >> 1 and n − n1: 2^(j/N)·2^(n−n1) and 2^n1 are both normal`,
      set(`n1${s}`, `(i64x2.shr_s (i64x2.sub ${get(`t${s}`)} ${I64('0x4338000000000000')}) (i32.const ${EXP_TABLE_BITS + 1}))`),
      set(`sb${s}`, bin('i64x2.sub', get(`sb${s}`), `(i64x2.shl (i64x2.add ${get(`n1${s}`)} ${I64(SUBNORMAL_SHIFT)}) (i32.const 52))`)),
      set(
        e,
        bin(
          'f64x2.mul',
          bin('f64x2.add', get(`sb${s}`), bin('f64x2.mul', get(`sb${s}`), get(`p${s}`))),
          `(i64x2.shl (i64x2.add ${get(`n1${s}`)} ${I64(1023)}) (i32.const 52))`,
        ),
      ),
    );
  }
  return lines;
}

/** 1.5·2^52/M: adding it rounds x ∈ [0, 1] to a multiple j/M of 1/M, with j in the low mantissa bits. */
const LOG_ROUNDER = ROUNDER / LOG_M;
const LOG_LOCALS = ['ec', 'lt', 'dd', 'lhi', 'llo', 'ihi', 'ilo', 'q', 'q2', 'pl', 'lo', 'ga', 'gb'];
/**
 * $out = log1p($x) for $x ∈ [0, 1] (NaN passes): j = round(M·x), d = x − j/M exactly, q = d·(1/(1 + j/M)) (hi part,
 * the lo part's share added to the small terms), log1p(x) = log1p(j/M)_hi + (q + (log1p(j/M)_lo + d·(1/(1 + j/M))_lo +
 * q²·P(q))). Error: q's rounding (½ ulp of q), the inner sum's (½ ulp of q) and the outer one (½ ulp), so at most
 * ½ + ulp(q)/ulp(log1p(x)) ulp; |q| ≤ 1/(2M) and log1p(x) ≥ |q| for j ≥ 1 (x = q exactly for j = 0), so ≤ 1½ ulp,
 * ≤ 1 ulp for j ≥ 2.
 */
function log1pStatements(s: string, x: string, out: string, scratch?: Scratch, near = x): string[] {
  const c = log1pCoefficients().map(f64);
  if (LOG_DEGREE !== 5) throw new Error('log1pStatements writes out a degree-5 polynomial');
  return [
    ';; x clamped to 1 for the index, NaN to 1 too: pmin(1, x) = x < 1 ? x : 1',
    set(`ec${s}`, `(f64x2.pmin ${f64(1)} ${get(near)})`),
    set(`lt${s}`, bin('f64x2.add', get(`ec${s}`), f64(LOG_ROUNDER))),
    set(`dd${s}`, bin('f64x2.sub', get(x), bin('f64x2.sub', get(`lt${s}`), f64(LOG_ROUNDER)))),
    ';; the entries at byte offset 32·j, j ≤ M',
    ...gather(
      `lt${s}`,
      (i) => `(i32.shl ${i} (i32.const 5))`,
      [
        { at: LOG_TABLE_AT, lo: `lhi${s}`, hi: `llo${s}` },
        { at: LOG_TABLE_AT + 16, lo: `ihi${s}`, hi: `ilo${s}` },
      ],
      s,
      scratch,
    ),
    set(`q${s}`, bin('f64x2.mul', get(`dd${s}`), get(`ihi${s}`))),
    set(`q2${s}`, bin('f64x2.mul', get(`q${s}`), get(`q${s}`))),
    `;; P(q) = a0 + a1·q + q²·(a2 + a3·q) ≈ −1/2 + q/3 − q²/4 + q³/5 (economized, log1pCoefficients)`,
    set(
      `pl${s}`,
      bin(
        'f64x2.add',
        bin('f64x2.add', c[0], bin('f64x2.mul', get(`q${s}`), c[1])),
        bin('f64x2.mul', get(`q2${s}`), bin('f64x2.add', c[2], bin('f64x2.mul', get(`q${s}`), c[3]))),
      ),
    ),
    set(
      `lo${s}`,
      bin('f64x2.add', bin('f64x2.add', get(`llo${s}`), bin('f64x2.mul', get(`dd${s}`), get(`ilo${s}`))), bin('f64x2.mul', get(`q2${s}`), get(`pl${s}`))),
    ),
    set(out, bin('f64x2.add', get(`lhi${s}`), bin('f64x2.add', get(`q${s}`), get(`lo${s}`)))),
  ];
}

const SOFTPLUS_LOCALS = ['x', 'y', 'e', 'e0', 'u', 'lg', 'phi', 'd', ...EXP_LOCALS, ...LOG_LOCALS.filter((n) => !EXP_LOCALS.includes(n))];
/** The table offsets through the z or dphi slots of entry group `s` (`scratch`), else through lanes. */
const scratchAt =
  (s: string, scratch: boolean) =>
  (ptr: string): Scratch | undefined =>
    scratch ? { base: `(local.get $${ptr})`, offset: 16 * Number(s) } : undefined;

/** e = e^{−|x|} of $x<s> into $e<s> (statements shared by the softplus passes). */
function expOfMinusAbs(s: string, scratch: boolean): string[] {
  return [
    ';; e = e^y, y = −|x| (x with its sign bit set), at least −746',
    set(`y${s}`, `(f64x2.pmax (v128.or ${get(`x${s}`)} ${I64('0x8000000000000000')}) ${f64(-746)})`),
    ...expStatements(s, `y${s}`, `e${s}`, true, scratchAt(s, scratch)('z')),
  ];
}

/** φ′ = softplus′(x) from e = e^{−|x|} into $d<s> (statements shared by the softplus passes: the same bits in both). */
function sigmoidFromExp(s: string): string[] {
  return [
    ';; φ′ = 1/(1 + e) where x > 0, e/(1 + e) elsewhere: the numerator is max(e, [x > 0]) (e ≤ 1; NaN stays)',
    set(`u${s}`, bin('f64x2.add', f64(1), get(`e${s}`))),
    set(`d${s}`, bin('f64x2.div', `(f64x2.pmax ${get(`e${s}`)} (v128.and (f64x2.gt ${get(`x${s}`)} ${f64(0)}) ${f64(1)}))`, get(`u${s}`))),
  ];
}

/**
 * softplus and its derivative of $x<s> into $phi<s> and $d<s> (statements). `scratch`: the table offsets go through
 * the z and dphi slots of these entries (16 bytes each; overwritten by the results afterwards), else through lanes.
 */
function softplusStatements(s: string, scratch = false): string[] {
  return [
    ...expOfMinusAbs(s, scratch),
    ';; e0 = 2^(m/N)·(1 + r) ≈ e (relative gap ≤ r²/2 ≈ 2.3e−7): the log table index from it, ready before e',
    set(`e0${s}`, bin('f64x2.mul', bin('f64x2.add', get(`sb${s}`), bin('f64x2.mul', get(`sb${s}`), get(`r${s}`))), f64(2 ** -SUBNORMAL_SHIFT))),
    ...sigmoidFromExp(s),
    ';; φ = max(x, 0) + log1p(e)',
    ...log1pStatements(s, `e${s}`, `lg${s}`, scratchAt(s, scratch)('dphi'), `e0${s}`),
    set(`phi${s}`, bin('f64x2.add', `(f64x2.pmax ${get(`x${s}`)} ${f64(0)})`, get(`lg${s}`))),
  ];
}

/**
 * softplus′ (the sigmoid) of $x<s> into $d<s> and its square into $phi<s> (statements): softplusStatements without the
 * log1p (the same e and the same division, so the same bits as softplus_pass's φ′).
 */
function softplusDerivativeStatements(s: string, scratch = false): string[] {
  return [...expOfMinusAbs(s, scratch), ...sigmoidFromExp(s), ';; φ′² beside it', set(`phi${s}`, bin('f64x2.mul', get(`d${s}`), get(`d${s}`)))];
}

/**
 * A pass over z[0…len) and dphi[0…len) (both f64 arrays): `statements(s, scratch)` turns $x<s> into $phi<s> (stored
 * over z) and $d<s> (stored into dphi), SOFTPLUS_UNROLL vectors per iteration with the table offsets through the entries'
 * own slots, the last pairs one at a time, an odd last entry through a half-filled lane.
 */
function pairPass(name: string, statements: (s: string, scratch?: boolean) => string[]): string[] {
  const ind = (lines: string[], indent: string) => lines.map((l) => indent + l);
  const unroll = range(SOFTPLUS_UNROLL).map(String);
  return [
    `  (func (export "${name}") (param $z i32) (param $dphi i32) (param $len i32)`,
    `    (local $end i32) (local $end2 i32) (local $endU i32) ${locals(SOFTPLUS_LOCALS, unroll)}`,
    '    (local.set $end (i32.add (local.get $z) (i32.shl (local.get $len) (i32.const 3))))',
    '    (local.set $end2 (i32.add (local.get $z) (i32.shl (i32.and (local.get $len) (i32.const -2)) (i32.const 3))))',
    `    (local.set $endU (i32.add (local.get $z) (i32.shl (i32.and (local.get $len) (i32.const ${-2 * SOFTPLUS_UNROLL})) (i32.const 3))))`,
    '    (block $doneU',
    '      (loop $groups',
    '        (br_if $doneU (i32.ge_u (local.get $z) (local.get $endU)))',
    ...unroll.map((s) => `        (local.set $x${s} (v128.load offset=${16 * Number(s)} (local.get $z)))`),
    ...ind(
      unroll.flatMap((s) => statements(s, SCRATCH)),
      '        ',
    ),
    ...unroll.flatMap((s) => [
      `        (v128.store offset=${16 * Number(s)} (local.get $z) (local.get $phi${s}))`,
      `        (v128.store offset=${16 * Number(s)} (local.get $dphi) (local.get $d${s}))`,
    ]),
    `        (local.set $z (i32.add (local.get $z) (i32.const ${16 * SOFTPLUS_UNROLL})))`,
    `        (local.set $dphi (i32.add (local.get $dphi) (i32.const ${16 * SOFTPLUS_UNROLL})))`,
    '        (br $groups)))',
    '    (block $done',
    '      (loop $pairs',
    '        (br_if $done (i32.ge_u (local.get $z) (local.get $end2)))',
    '        (local.set $x0 (v128.load (local.get $z)))',
    ...ind(statements('0', SCRATCH), '        '),
    '        (v128.store (local.get $z) (local.get $phi0))',
    '        (v128.store (local.get $dphi) (local.get $d0))',
    '        (local.set $z (i32.add (local.get $z) (i32.const 16)))',
    '        (local.set $dphi (i32.add (local.get $dphi) (i32.const 16)))',
    '        (br $pairs)))',
    '    (if (i32.lt_u (local.get $z) (local.get $end))',
    '      (then',
    '        (local.set $x0 (v128.load64_zero (local.get $z)))',
    ...ind(statements('0'), '        '),
    '        (v128.store64_lane 0 (local.get $z) (local.get $phi0))',
    '        (v128.store64_lane 0 (local.get $dphi) (local.get $d0)))))',
  ];
}

/** The v128 locals `names` and gather()'s two i32 offsets, for each suffix. */
const locals = (names: string[], suffixes: string[]) =>
  suffixes.flatMap((s) => [...names.map((n) => `(local $${n}${s} v128)`), `(local $o0${s} i32) (local $o1${s} i32)`]).join(' ');

function specialFunctions(): string {
  if (![1, 2, 4].includes(SOFTPLUS_UNROLL)) throw new Error('SOFTPLUS_UNROLL must be 1, 2 or 4');
  const ind = (lines: string[], indent: string) => lines.map((l) => indent + l);
  const fdlibmLocals = ['u', 'm', 'k', 'big', 'f', 's', 'z', 'w', 'even', 'odd', 'hfsq', 'lg', 'um1'];
  return [
    ...tables(),
    '',
    `  ;; e^x in both lanes: x = (m/${EXP_N})·ln2 + r, |r| ≤ ln2/${2 * EXP_N} (Cody–Waite with m by the 1.5·2^52 rounding trick; m = ${EXP_N}n + j),`,
    `  ;; e^x = 2^n·2^(j/${EXP_N})·e^r with 2^(j/${EXP_N}) from the table (a double and its relative tail) and e^r − 1 by its Taylor`,
    `  ;; polynomial of degree ${EXP_DEGREE}; 2^n is applied as two powers of two so that a subnormal result is rounded once. x is clamped`,
    '  ;; to [−746, 710] first (e^x is 0 or ∞ beyond); NaN stays NaN. Within 2 ulp of Math.exp over the whole range',
    '  ;; (test/linalg.test.ts).',
    '  (func $exp_v (param $x v128) (result v128)',
    `    (local $y v128) (local $e v128) ${locals(EXP_LOCALS, [''])}`,
    `    (local.set $y (f64x2.pmax (f64x2.pmin (local.get $x) ${f64(710)}) ${f64(-746)}))`,
    ...ind(expStatements('', 'y', 'e', false), '    '),
    '    (local.get $e))',
    '',
    `  ;; log1p(x) in both lanes for x ≥ 0. On [0, 1] by the table: j = round(${LOG_M}x), x = j/${LOG_M} + d exactly, log1p(x) =`,
    `  ;; log1p(j/${LOG_M}) + log1p(q), q = d/(1 + j/${LOG_M}), by a degree-${LOG_DEGREE} polynomial (Taylor, economized; no division). Beyond 1 by fdlibm's`,
    '  ;; reduction of u = 1 + x (u = m·2^k, m ∈ [√2/2, √2), f = m − 1, s = f/(2 + f), minimax R(s²)) and log(u)·x/(u − 1).',
    '  ;; Within 2 ulp of Math.log1p on [0, 1] and beyond (test/linalg.test.ts).',
    '  (func $log1p_v (param $x v128) (result v128)',
    `    (local $small v128) ${fdlibmLocals.map((n) => `(local $${n} v128)`).join(' ')} ${locals(LOG_LOCALS, ['t'])}`,
    ...ind(log1pStatements('t', 'x', 'small'), '    '),
    `    (local.set $u (f64x2.add (local.get $x) ${f64(1)}))`,
    '    ;; k = biased exponent − 1023, as a double: the exponent field under the bits of 2^52, minus 2^52',
    `    (local.set $k (f64x2.sub (f64x2.sub (v128.or (i64x2.shr_u (local.get $u) (i32.const 52)) (v128.const i64x2 0x4330000000000000 0x4330000000000000)) ${f64(2 ** 52)}) ${f64(1023)}))`,
    '    (local.set $m (v128.or (v128.and (local.get $u) (v128.const i64x2 0x000fffffffffffff 0x000fffffffffffff)) (v128.const i64x2 0x3ff0000000000000 0x3ff0000000000000)))',
    `    (local.set $big (f64x2.gt (local.get $m) ${f64(Math.SQRT2)}))`,
    `    (local.set $m (v128.bitselect (f64x2.mul (local.get $m) ${f64(0.5)}) (local.get $m) (local.get $big)))`,
    `    (local.set $k (f64x2.add (local.get $k) (v128.and (local.get $big) ${f64(1)})))`,
    `    (local.set $f (f64x2.sub (local.get $m) ${f64(1)}))`,
    `    (local.set $s (f64x2.div (local.get $f) (f64x2.add (local.get $f) ${f64(2)})))`,
    '    (local.set $z (f64x2.mul (local.get $s) (local.get $s)))',
    '    (local.set $w (f64x2.mul (local.get $z) (local.get $z)))',
    ...horner('$even', '$w', [LG[5], LG[3], LG[1]], '    '),
    '    (local.set $even (f64x2.mul (local.get $even) (local.get $w)))',
    ...horner('$odd', '$w', [LG[6], LG[4], LG[2], LG[0]], '    '),
    '    (local.set $odd (f64x2.mul (local.get $odd) (local.get $z)))',
    `    (local.set $hfsq (f64x2.mul ${f64(0.5)} (f64x2.mul (local.get $f) (local.get $f))))`,
    '    ;; log(u) = k·ln2_hi − ((hfsq − (s·(hfsq + R) + k·ln2_lo)) − f)',
    `    (local.set $lg (f64x2.sub (f64x2.mul (local.get $k) ${f64(LN2_HI)})`,
    `      (f64x2.sub (f64x2.sub (local.get $hfsq) (f64x2.add (f64x2.mul (local.get $s) (f64x2.add (local.get $hfsq) (f64x2.add (local.get $even) (local.get $odd)))) (f64x2.mul (local.get $k) ${f64(LN2_LO)}))) (local.get $f))))`,
    `    (local.set $um1 (f64x2.sub (local.get $u) ${f64(1)}))`,
    `    (local.set $lg (f64x2.mul (local.get $lg) (f64x2.div (local.get $x) (local.get $um1))))`,
    `    (v128.bitselect (local.get $small) (local.get $lg) (f64x2.le (local.get $x) ${f64(1)})))`,
    '',
    '  ;; z[p] ← softplus(z[p]), dphi[p] ← softplus′(z[p]) for p < len, with e = e^{−|z|}: φ = max(z, 0) + log1p(e),',
    '  ;; φ′ = 1/(1 + e) for z > 0 and e/(1 + e) otherwise (the formulas of the JS activation). The exp and log1p of $exp_v',
    `  ;; and $log1p_v are written out inline, specialised (the exponent is ≤ 0 and 2^n carries the table's 2^K, e ∈ [0, 1], the`,
    `  ;; log1p index from 2^(m/N)·(1 + r)), ${SOFTPLUS_UNROLL} vectors per iteration, the table offsets through the entries' own slots;`,
    '  ;; the last pairs one at a time, an odd last entry through a half-filled lane.',
    ...pairPass('softplus_pass', softplusStatements),
    '',
    '  ;; dphi[p] ← softplus′(z[p]) (the sigmoid), z[p] ← softplus′(z[p])² for p < len: the pass above without the log1p',
    '  ;; (the same bits for φ′). The Monte Carlo moments of Σ(C) for softplus need only φ′ and its square.',
    ...pairPass('softplus_derivative_pass', softplusDerivativeStatements),
    '',
    '  ;; out[p] = e^{x[p]} and out[p] = log1p(x[p]) for p < len: the vectorised functions as array kernels (tests)',
    ...['exp', 'log1p'].flatMap((name) => [
      `  (func (export "${name}_f64") (param $x i32) (param $out i32) (param $len i32)`,
      '    (local $end i32) (local $end2 i32)',
      '    (local.set $end (i32.add (local.get $x) (i32.shl (local.get $len) (i32.const 3))))',
      '    (local.set $end2 (i32.add (local.get $x) (i32.shl (i32.and (local.get $len) (i32.const -2)) (i32.const 3))))',
      '    (block $done',
      '      (loop $pairs',
      '        (br_if $done (i32.ge_u (local.get $x) (local.get $end2)))',
      `        (v128.store (local.get $out) (call $${name}_v (v128.load (local.get $x))))`,
      '        (local.set $x (i32.add (local.get $x) (i32.const 16)))',
      '        (local.set $out (i32.add (local.get $out) (i32.const 16)))',
      '        (br $pairs)))',
      '    (if (i32.lt_u (local.get $x) (local.get $end))',
      `      (then (v128.store64_lane 0 (local.get $out) (call $${name}_v (v128.load64_zero (local.get $x)))))))`,
      '',
    ]),
  ]
    .join('\n')
    .replace(/\n$/, '');
}

/** The complete kernels.wat text. */
export function generateKernelsWat(template = readFileSync(TEMPLATE, 'utf8')): string {
  return template
    .split('\n')
    .map((line) => {
      const directive = line.match(/^;;! (\S+)(.*)$/);
      if (directive === null) return line;
      const [, name, rest] = directive;
      if (name === 'walks')
        return rest
          .trim()
          .split(/\s+/)
          .map((n, i) => walk(Number(n), i === 0))
          .join('\n\n');
      if (name === 'special-functions') return specialFunctions();
      throw new Error(`kernels.wat.template: unknown directive ${name}`);
    })
    .join('\n');
}

if (require.main === module) {
  writeFileSync(OUTPUT, generateKernelsWat());
  console.log(`wrote ${OUTPUT}`);
}
