;; Dense f64 kernels for the hot loops of labelnoise, with 128-bit SIMD (two doubles per lane op).
;; Matrices are row-major f64 arrays at byte offsets in this module's memory.
;; Assembled by scripts/wasm.ts into src/wasm/kernelsBinary.ts (a test checks the two agree). The memory is imported and
;; shared, so a helper thread can run the same kernels on another block of rows of the same arrays.
(module
  (import "env" "memory" (memory 1 65536 shared))

  ;; C[i*k + l] = Σ_j A[i*d + j]·B[l*d + j]   (C = A·Bᵀ; A is m×d, B is k×d, C is m×k)
  (func (export "gemm_nt") (param $a i32) (param $b i32) (param $c i32) (param $m i32) (param $k i32) (param $d i32)
    (local $i i32) (local $l i32) (local $j i32) (local $pa i32) (local $pb i32) (local $pc i32)
    (local $acc0 v128) (local $acc1 v128) (local $s f64) (local $d4 i32) (local $d2 i32) (local $rowBytes i32)
    (local.set $d4 (i32.and (local.get $d) (i32.const -4)))
    (local.set $d2 (i32.and (local.get $d) (i32.const -2)))
    (local.set $rowBytes (i32.shl (local.get $d) (i32.const 3)))
    (local.set $pc (local.get $c))
    (local.set $i (i32.const 0))
    (block $doneI
      (loop $loopI
        (br_if $doneI (i32.ge_u (local.get $i) (local.get $m)))
        (local.set $l (i32.const 0))
        (block $doneL
          (loop $loopL
            (br_if $doneL (i32.ge_u (local.get $l) (local.get $k)))
            (local.set $pa (i32.add (local.get $a) (i32.mul (local.get $i) (local.get $rowBytes))))
            (local.set $pb (i32.add (local.get $b) (i32.mul (local.get $l) (local.get $rowBytes))))
            (local.set $acc0 (f64x2.splat (f64.const 0)))
            (local.set $acc1 (f64x2.splat (f64.const 0)))
            (local.set $j (i32.const 0))
            ;; four doubles at a time, two accumulators
            (block $done4
              (loop $loop4
                (br_if $done4 (i32.ge_u (local.get $j) (local.get $d4)))
                (local.set $acc0 (f64x2.add (local.get $acc0) (f64x2.mul (v128.load (local.get $pa)) (v128.load (local.get $pb)))))
                (local.set $acc1 (f64x2.add (local.get $acc1) (f64x2.mul (v128.load offset=16 (local.get $pa)) (v128.load offset=16 (local.get $pb)))))
                (local.set $pa (i32.add (local.get $pa) (i32.const 32)))
                (local.set $pb (i32.add (local.get $pb) (i32.const 32)))
                (local.set $j (i32.add (local.get $j) (i32.const 4)))
                (br $loop4)))
            (if (i32.lt_u (local.get $j) (local.get $d2))
              (then
                (local.set $acc0 (f64x2.add (local.get $acc0) (f64x2.mul (v128.load (local.get $pa)) (v128.load (local.get $pb)))))
                (local.set $pa (i32.add (local.get $pa) (i32.const 16)))
                (local.set $pb (i32.add (local.get $pb) (i32.const 16)))
                (local.set $j (i32.add (local.get $j) (i32.const 2)))))
            (local.set $acc0 (f64x2.add (local.get $acc0) (local.get $acc1)))
            (local.set $s (f64.add (f64x2.extract_lane 0 (local.get $acc0)) (f64x2.extract_lane 1 (local.get $acc0))))
            (if (i32.lt_u (local.get $j) (local.get $d))
              (then (local.set $s (f64.add (local.get $s) (f64.mul (f64.load (local.get $pa)) (f64.load (local.get $pb)))))))
            (f64.store (local.get $pc) (local.get $s))
            (local.set $pc (i32.add (local.get $pc) (i32.const 8)))
            (local.set $l (i32.add (local.get $l) (i32.const 1)))
            (br $loopL)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $loopI))))

  ;; G[l*d + j] += Σ_i C[i*ldc + l]·X[i*d + j] for l < k   (G += Cᵀ·X on k columns of C, whose rows are ldc apart;
  ;; X is n×d, G is k×d; zero entries of C are skipped)
  (func (export "gemm_tn_acc") (param $cm i32) (param $x i32) (param $g i32) (param $n i32) (param $k i32) (param $d i32) (param $ldc i32)
    (local $i i32) (local $l i32) (local $j i32) (local $pc i32) (local $px i32) (local $pg i32) (local $coef f64) (local $cv v128)
    (local $d2 i32) (local $rowBytes i32) (local $xrow i32)
    (local.set $d2 (i32.and (local.get $d) (i32.const -2)))
    (local.set $rowBytes (i32.shl (local.get $d) (i32.const 3)))
    (local.set $i (i32.const 0))
    (block $doneI
      (loop $loopI
        (br_if $doneI (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $xrow (i32.add (local.get $x) (i32.mul (local.get $i) (local.get $rowBytes))))
        (local.set $pc (i32.add (local.get $cm) (i32.shl (i32.mul (local.get $i) (local.get $ldc)) (i32.const 3))))
        (local.set $l (i32.const 0))
        (block $doneL
          (loop $loopL
            (br_if $doneL (i32.ge_u (local.get $l) (local.get $k)))
            (local.set $coef (f64.load (local.get $pc)))
            (if (f64.ne (local.get $coef) (f64.const 0))
              (then
                (local.set $cv (f64x2.splat (local.get $coef)))
                (local.set $px (local.get $xrow))
                (local.set $pg (i32.add (local.get $g) (i32.mul (local.get $l) (local.get $rowBytes))))
                (local.set $j (i32.const 0))
                (block $done2
                  (loop $loop2
                    (br_if $done2 (i32.ge_u (local.get $j) (local.get $d2)))
                    (v128.store (local.get $pg) (f64x2.add (v128.load (local.get $pg)) (f64x2.mul (local.get $cv) (v128.load (local.get $px)))))
                    (local.set $px (i32.add (local.get $px) (i32.const 16)))
                    (local.set $pg (i32.add (local.get $pg) (i32.const 16)))
                    (local.set $j (i32.add (local.get $j) (i32.const 2)))
                    (br $loop2)))
                (if (i32.lt_u (local.get $j) (local.get $d))
                  (then (f64.store (local.get $pg) (f64.add (f64.load (local.get $pg)) (f64.mul (local.get $coef) (f64.load (local.get $px)))))))))
            (local.set $pc (i32.add (local.get $pc) (i32.const 8)))
            (local.set $l (i32.add (local.get $l) (i32.const 1)))
            (br $loopL)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $loopI))))
;; f[i] = Σ_l v[l]·max(z_il, 0) and D[i*k + l] = (z_il > 0 ? 1 : 0), z = X·Wᵀ, for the m rows of X at $x:
  ;; the whole ReLU forward pass in one sweep (z as in gemm_nt; no branch on the sign of z)
  (func (export "relu_forward") (param $x i32) (param $w i32) (param $v i32) (param $f i32) (param $dm i32) (param $m i32) (param $k i32) (param $d i32)
    (local $i i32) (local $l i32) (local $j i32) (local $pa i32) (local $pb i32) (local $pd i32)
    (local $acc0 v128) (local $acc1 v128) (local $z f64) (local $mask f64) (local $fi f64) (local $d4 i32) (local $d2 i32) (local $rowBytes i32)
    (local.set $d4 (i32.and (local.get $d) (i32.const -4)))
    (local.set $d2 (i32.and (local.get $d) (i32.const -2)))
    (local.set $rowBytes (i32.shl (local.get $d) (i32.const 3)))
    (local.set $pd (local.get $dm))
    (local.set $i (i32.const 0))
    (block $doneI
      (loop $loopI
        (br_if $doneI (i32.ge_u (local.get $i) (local.get $m)))
        (local.set $fi (f64.const 0))
        (local.set $l (i32.const 0))
        (block $doneL
          (loop $loopL
            (br_if $doneL (i32.ge_u (local.get $l) (local.get $k)))
            (local.set $pa (i32.add (local.get $x) (i32.mul (local.get $i) (local.get $rowBytes))))
            (local.set $pb (i32.add (local.get $w) (i32.mul (local.get $l) (local.get $rowBytes))))
            (local.set $acc0 (f64x2.splat (f64.const 0)))
            (local.set $acc1 (f64x2.splat (f64.const 0)))
            (local.set $j (i32.const 0))
            (block $done4
              (loop $loop4
                (br_if $done4 (i32.ge_u (local.get $j) (local.get $d4)))
                (local.set $acc0 (f64x2.add (local.get $acc0) (f64x2.mul (v128.load (local.get $pa)) (v128.load (local.get $pb)))))
                (local.set $acc1 (f64x2.add (local.get $acc1) (f64x2.mul (v128.load offset=16 (local.get $pa)) (v128.load offset=16 (local.get $pb)))))
                (local.set $pa (i32.add (local.get $pa) (i32.const 32)))
                (local.set $pb (i32.add (local.get $pb) (i32.const 32)))
                (local.set $j (i32.add (local.get $j) (i32.const 4)))
                (br $loop4)))
            (if (i32.lt_u (local.get $j) (local.get $d2))
              (then
                (local.set $acc0 (f64x2.add (local.get $acc0) (f64x2.mul (v128.load (local.get $pa)) (v128.load (local.get $pb)))))
                (local.set $pa (i32.add (local.get $pa) (i32.const 16)))
                (local.set $pb (i32.add (local.get $pb) (i32.const 16)))
                (local.set $j (i32.add (local.get $j) (i32.const 2)))))
            (local.set $acc0 (f64x2.add (local.get $acc0) (local.get $acc1)))
            (local.set $z (f64.add (f64x2.extract_lane 0 (local.get $acc0)) (f64x2.extract_lane 1 (local.get $acc0))))
            (if (i32.lt_u (local.get $j) (local.get $d))
              (then (local.set $z (f64.add (local.get $z) (f64.mul (f64.load (local.get $pa)) (f64.load (local.get $pb)))))))
            ;; mask = [z > 0] as 0/1 and relu = z·mask: arithmetic, since f64.max and select branch on the (random) sign
            (local.set $mask (f64.convert_i32_u (f64.gt (local.get $z) (f64.const 0))))
            (local.set $fi (f64.add (local.get $fi)
              (f64.mul (f64.load (i32.add (local.get $v) (i32.shl (local.get $l) (i32.const 3)))) (f64.mul (local.get $z) (local.get $mask)))))
            (f64.store (local.get $pd) (local.get $mask))
            (local.set $pd (i32.add (local.get $pd) (i32.const 8)))
            (local.set $l (i32.add (local.get $l) (i32.const 1)))
            (br $loopL)))
        (f64.store (i32.add (local.get $f) (i32.shl (local.get $i) (i32.const 3))) (local.get $fi))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $loopI))))

;; G[l*d + j] += Σ_i (g[i]·v[l])·D[i*ldd + l]·X[i*d + j] for l < k: the backward pass G += (diag(g)·D·diag(v))ᵀ·X with the
  ;; coefficients formed on the fly. Per row, the indices of the non-zero coefficients are first listed without a branch
  ;; (at $idx, k i32 slots of scratch), then only those rows of G are updated: inactive ReLU units cost no mispredicted jump.
  (func (export "scaled_tn_acc") (param $dm i32) (param $gv i32) (param $v i32) (param $x i32) (param $g i32) (param $n i32) (param $k i32) (param $d i32) (param $ldd i32) (param $idx i32)
    (local $i i32) (local $l i32) (local $j i32) (local $q i32) (local $count i32) (local $pdm i32) (local $px i32) (local $pg i32)
    (local $coef f64) (local $gi f64) (local $cv v128) (local $d2 i32) (local $rowBytes i32) (local $xrow i32)
    (local.set $d2 (i32.and (local.get $d) (i32.const -2)))
    (local.set $rowBytes (i32.shl (local.get $d) (i32.const 3)))
    (local.set $i (i32.const 0))
    (block $doneI
      (loop $loopI
        (br_if $doneI (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $gi (f64.load (i32.add (local.get $gv) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $xrow (i32.add (local.get $x) (i32.mul (local.get $i) (local.get $rowBytes))))
        (local.set $pdm (i32.add (local.get $dm) (i32.shl (i32.mul (local.get $i) (local.get $ldd)) (i32.const 3))))
        ;; list the l with a non-zero coefficient (always store, advance by 0 or 1)
        (local.set $count (i32.const 0))
        (local.set $l (i32.const 0))
        (block $doneList
          (loop $loopList
            (br_if $doneList (i32.ge_u (local.get $l) (local.get $k)))
            (i32.store (i32.add (local.get $idx) (i32.shl (local.get $count) (i32.const 2))) (local.get $l))
            (local.set $count (i32.add (local.get $count)
              (f64.ne (f64.mul (f64.mul (local.get $gi) (f64.load (i32.add (local.get $v) (i32.shl (local.get $l) (i32.const 3)))))
                (f64.load (i32.add (local.get $pdm) (i32.shl (local.get $l) (i32.const 3))))) (f64.const 0))))
            (local.set $l (i32.add (local.get $l) (i32.const 1)))
            (br $loopList)))
        (local.set $q (i32.const 0))
        (block $doneQ
          (loop $loopQ
            (br_if $doneQ (i32.ge_u (local.get $q) (local.get $count)))
            (local.set $l (i32.load (i32.add (local.get $idx) (i32.shl (local.get $q) (i32.const 2)))))
            (local.set $coef (f64.mul (f64.mul (local.get $gi) (f64.load (i32.add (local.get $v) (i32.shl (local.get $l) (i32.const 3)))))
              (f64.load (i32.add (local.get $pdm) (i32.shl (local.get $l) (i32.const 3))))))
            (local.set $cv (f64x2.splat (local.get $coef)))
            (local.set $px (local.get $xrow))
            (local.set $pg (i32.add (local.get $g) (i32.mul (local.get $l) (local.get $rowBytes))))
            (local.set $j (i32.const 0))
            (block $done2
              (loop $loop2
                (br_if $done2 (i32.ge_u (local.get $j) (local.get $d2)))
                (v128.store (local.get $pg) (f64x2.add (v128.load (local.get $pg)) (f64x2.mul (local.get $cv) (v128.load (local.get $px)))))
                (local.set $px (i32.add (local.get $px) (i32.const 16)))
                (local.set $pg (i32.add (local.get $pg) (i32.const 16)))
                (local.set $j (i32.add (local.get $j) (i32.const 2)))
                (br $loop2)))
            (if (i32.lt_u (local.get $j) (local.get $d))
              (then (f64.store (local.get $pg) (f64.add (f64.load (local.get $pg)) (f64.mul (local.get $coef) (f64.load (local.get $px)))))))
            (local.set $q (i32.add (local.get $q) (i32.const 1)))
            (br $loopQ)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $loopI))))
)
