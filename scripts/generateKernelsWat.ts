import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Writes src/linalg/wasm/kernels.wat from scripts/kernels.wat.template: the template is the hand-written WebAssembly
 * text, and each `;;! NAME args` line in it is replaced by generated functions:
 * - `;;! walks N…`: the unrolled register walks of the backward ReLU pass ($walkN keeps N v128 lanes of G in locals);
 * - `;;! special-functions`: the vectorised exp and log1p (polynomial coefficients computed here) and the softplus
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

/** Degree of the Taylor polynomial of e^r on |r| ≤ ln2/2: the first omitted term r^14/14! is below 0.05 ulp. */
export const EXP_DEGREE = 13;
const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
/** fdlibm's split of ln 2 (the high part has 21 trailing zero bits, so n·LN2_HI is exact for |n| < 2^21). */
const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
/** 1.5·2^52: adding it rounds a double of magnitude < 2^51 to an integer held in the low mantissa bits. */
const ROUNDER = 6755399441055744;
/** fdlibm's minimax coefficients of log(1+f) = f − hfsq + s·(hfsq + R(s²)), s = f/(2+f). */
const LG = [
  6.66666666666673513e-1, 3.999999999940941908e-1, 2.857142874366239149e-1, 2.222219843214978396e-1, 1.818357216161805012e-1, 1.531383769920937332e-1,
  1.479819860511658591e-1,
];

/**
 * The range reduction and polynomial of e^x shared by $exp_v and the softplus pass, for x in the local `x`: n = round(x·log₂e)
 * (by ROUNDER) in $n and as an integer in $ni, r = x − n·ln2 (LN2_HI + LN2_LO) in $r, e^r by its Taylor polynomial
 * into `result`, and $n1 = n >> 1 for the caller's 2^n scaling in two powers of two.
 */
function expReduction(x: string, result: string, indent: string): string[] {
  const taylor = range(EXP_DEGREE + 1).map((j) => 1 / factorial(EXP_DEGREE - j)); // highest degree first
  return [
    `${indent}(local.set $t (f64x2.add (f64x2.mul (local.get ${x}) ${f64(Math.LOG2E)}) ${f64(ROUNDER)}))`,
    `${indent}(local.set $n (f64x2.sub (local.get $t) ${f64(ROUNDER)}))`,
    `${indent}(local.set $ni (i64x2.sub (local.get $t) (v128.const i64x2 0x4338000000000000 0x4338000000000000)))`,
    `${indent}(local.set $r (f64x2.sub (f64x2.sub (local.get ${x}) (f64x2.mul (local.get $n) ${f64(LN2_HI)})) (f64x2.mul (local.get $n) ${f64(LN2_LO)})))`,
    ...horner(result, '$r', taylor, indent),
    `${indent}(local.set $n1 (i64x2.shr_s (local.get $ni) (i32.const 1)))`,
  ];
}

function specialFunctions(): string {
  const even = [LG[5], LG[3], LG[1]]; // w·(Lg2 + w·(Lg4 + w·Lg6))
  const odd = [LG[6], LG[4], LG[2], LG[0]]; // z·(Lg1 + w·(Lg3 + w·(Lg5 + w·Lg7)))
  return [
    `  ;; e^x in both lanes: x = n·ln2 + r with |r| ≤ ln2/2 (Cody–Waite, n by the 1.5·2^52 rounding trick), e^r by its`,
    `  ;; Taylor polynomial of degree ${EXP_DEGREE} (Horner), times 2^n applied as two powers of two so that a subnormal result is`,
    `  ;; rounded once. x is clamped to [−746, 710] first (e^x is 0 or ∞ beyond); NaN stays NaN. Within 2 ulp of Math.exp`,
    `  ;; over the whole range (test/linalg.test.ts).`,
    '  (func $exp_v (param $x v128) (result v128)',
    '    (local $t v128) (local $n v128) (local $ni v128) (local $n1 v128) (local $r v128) (local $p v128)',
    `    (local.set $x (f64x2.pmax (f64x2.pmin (local.get $x) ${f64(710)}) ${f64(-746)}))`,
    ...expReduction('$x', '$p', '    '),
    '    (f64x2.mul',
    '      (f64x2.mul (local.get $p) (i64x2.shl (i64x2.add (local.get $n1) (v128.const i64x2 1023 1023)) (i32.const 52)))',
    '      (i64x2.shl (i64x2.add (i64x2.sub (local.get $ni) (local.get $n1)) (v128.const i64x2 1023 1023)) (i32.const 52))))',
    '',
    "  ;; log1p(x) in both lanes for x ≥ 0: log(u) of u = 1 + x by fdlibm's reduction (u = m·2^k, m ∈ [√2/2, √2), f = m − 1,",
    '  ;; s = f/(2 + f), minimax R(s²)), then log1p(x) = log(u)·x/(u − 1) (exact when u = 1: then x), which cancels the',
    '  ;; rounding of 1 + x. Within 2 ulp of Math.log1p on [0, 1] and beyond (test/linalg.test.ts).',
    '  (func $log1p_v (param $x v128) (result v128)',
    '    (local $u v128) (local $m v128) (local $k v128) (local $big v128) (local $f v128) (local $s v128) (local $z v128) (local $w v128)',
    '    (local $even v128) (local $odd v128) (local $hfsq v128) (local $lg v128) (local $um1 v128)',
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
    ...horner('$even', '$w', even, '    '),
    '    (local.set $even (f64x2.mul (local.get $even) (local.get $w)))',
    ...horner('$odd', '$w', odd, '    '),
    '    (local.set $odd (f64x2.mul (local.get $odd) (local.get $z)))',
    `    (local.set $hfsq (f64x2.mul ${f64(0.5)} (f64x2.mul (local.get $f) (local.get $f))))`,
    '    ;; log(u) = k·ln2_hi − ((hfsq − (s·(hfsq + R) + k·ln2_lo)) − f)',
    `    (local.set $lg (f64x2.sub (f64x2.mul (local.get $k) ${f64(LN2_HI)})`,
    `      (f64x2.sub (f64x2.sub (local.get $hfsq) (f64x2.add (f64x2.mul (local.get $s) (f64x2.add (local.get $hfsq) (f64x2.add (local.get $even) (local.get $odd)))) (f64x2.mul (local.get $k) ${f64(LN2_LO)}))) (local.get $f))))`,
    `    (local.set $um1 (f64x2.sub (local.get $u) ${f64(1)}))`,
    `    (v128.bitselect (local.get $x) (f64x2.mul (local.get $lg) (f64x2.div (local.get $x) (local.get $um1))) (f64x2.eq (local.get $um1) ${f64(0)})))`,
    '',
    '  ;; z[p] ← softplus(z[p]), dphi[p] ← softplus′(z[p]) for p < len (an odd last entry through a half-filled lane), with',
    '  ;; e = e^{−|z|}: φ = max(z, 0) + log1p(e), φ′ = 1/(1 + e) for z > 0 and e/(1 + e) otherwise (the formulas of the JS',
    '  ;; activation). The exp and log1p of $exp_v and $log1p_v are written out inline, specialised: the exponent is ≤ 0, and',
    '  ;; u = 1 + e ∈ (1, 2] needs no exponent extraction; log1p(e) = log(u) + (e − (u − 1))/u reuses 1/u = φ′(|z|).',
    '  (func (export "softplus_pass") (param $z i32) (param $dphi i32) (param $len i32)',
    `    (local $end i32) (local $end2 i32) ${SOFTPLUS_LOCALS.map((name) => `(local $${name} v128)`).join(' ')}`,
    '    (local.set $end (i32.add (local.get $z) (i32.shl (local.get $len) (i32.const 3))))',
    '    (local.set $end2 (i32.add (local.get $z) (i32.shl (i32.and (local.get $len) (i32.const -2)) (i32.const 3))))',
    '    (block $done',
    '      (loop $pairs',
    '        (br_if $done (i32.ge_u (local.get $z) (local.get $end2)))',
    '        (local.set $x (v128.load (local.get $z)))',
    ...softplusInline('        '),
    '        (v128.store (local.get $z) (local.get $phi))',
    '        (v128.store (local.get $dphi) (local.get $d))',
    '        (local.set $z (i32.add (local.get $z) (i32.const 16)))',
    '        (local.set $dphi (i32.add (local.get $dphi) (i32.const 16)))',
    '        (br $pairs)))',
    '    (if (i32.lt_u (local.get $z) (local.get $end))',
    '      (then',
    '        (local.set $x (v128.load64_zero (local.get $z)))',
    ...softplusInline('        '),
    '        (v128.store64_lane 0 (local.get $z) (local.get $phi))',
    '        (v128.store64_lane 0 (local.get $dphi) (local.get $d)))))',
    '',
    '  ;; out[p] = e^{x[p]} and out[p] = log1p(x[p]) for p < len: the vectorised functions as array kernels (tests, Σ(C))',
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

const SOFTPLUS_LOCALS = ['x', 'y', 't', 'n', 'ni', 'n1', 'r', 'e', 'inv', 'u', 'big', 'k', 'f', 's', 'sz', 'w', 'even', 'odd', 'hfsq', 'phi', 'd'];

/** softplus and its derivative of $x into $phi and $d (statements; the locals of SOFTPLUS_LOCALS). */
function softplusInline(indent: string): string[] {
  const lines = [
    ';; e = e^y, y = −|x| ≤ 0, as $exp_v',
    `(local.set $y (f64x2.pmax (f64x2.neg (f64x2.abs (local.get $x))) ${f64(-746)}))`,
    ...expReduction('$y', '$e', ''),
    '(local.set $e (f64x2.mul (f64x2.mul (local.get $e) (i64x2.shl (i64x2.add (local.get $n1) (v128.const i64x2 1023 1023)) (i32.const 52)))',
    '  (i64x2.shl (i64x2.add (i64x2.sub (local.get $ni) (local.get $n1)) (v128.const i64x2 1023 1023)) (i32.const 52))))',
    ';; φ′: 1/(1 + e) where x > 0, e/(1 + e) elsewhere',
    `(local.set $u (f64x2.add ${f64(1)} (local.get $e)))`,
    `(local.set $inv (f64x2.div ${f64(1)} (local.get $u)))`,
    `(local.set $d (v128.bitselect (local.get $inv) (f64x2.mul (local.get $e) (local.get $inv)) (f64x2.gt (local.get $x) ${f64(0)})))`,
    ';; log(u), u ∈ (1, 2]: u = m·2^k with k = [u > √2], f = m − 1, as $log1p_v',
    `(local.set $big (f64x2.gt (local.get $u) ${f64(Math.SQRT2)}))`,
    `(local.set $f (f64x2.sub (v128.bitselect (f64x2.mul (local.get $u) ${f64(0.5)}) (local.get $u) (local.get $big)) ${f64(1)}))`,
    `(local.set $k (v128.and (local.get $big) ${f64(1)}))`,
    `(local.set $s (f64x2.div (local.get $f) (f64x2.add (local.get $f) ${f64(2)})))`,
    '(local.set $sz (f64x2.mul (local.get $s) (local.get $s)))',
    '(local.set $w (f64x2.mul (local.get $sz) (local.get $sz)))',
    ...horner('$even', '$w', [LG[5], LG[3], LG[1]], ''),
    '(local.set $even (f64x2.mul (local.get $even) (local.get $w)))',
    ...horner('$odd', '$w', [LG[6], LG[4], LG[2], LG[0]], ''),
    '(local.set $odd (f64x2.mul (local.get $odd) (local.get $sz)))',
    `(local.set $hfsq (f64x2.mul ${f64(0.5)} (f64x2.mul (local.get $f) (local.get $f))))`,
    ';; φ = max(x, 0) + log(u) + (e − (u − 1))/u',
    `(local.set $phi (f64x2.sub (f64x2.mul (local.get $k) ${f64(LN2_HI)})`,
    `  (f64x2.sub (f64x2.sub (local.get $hfsq) (f64x2.add (f64x2.mul (local.get $s) (f64x2.add (local.get $hfsq) (f64x2.add (local.get $even) (local.get $odd)))) (f64x2.mul (local.get $k) ${f64(LN2_LO)}))) (local.get $f))))`,
    `(local.set $phi (f64x2.add (local.get $phi) (f64x2.mul (f64x2.sub (local.get $e) (f64x2.sub (local.get $u) ${f64(1)})) (local.get $inv))))`,
    `(local.set $phi (f64x2.add (f64x2.pmax (local.get $x) ${f64(0)}) (local.get $phi)))`,
  ];
  return lines.map((line) => indent + line);
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
