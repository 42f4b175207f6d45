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

  ;; Σ_j a[j]·b[j] over d doubles: two two-lane accumulators (j mod 4 in {0,1} and {2,3}), then a pair, the lanes and
  ;; an odd last term, the order of gemm_nt and relu_forward
  (func $dot (param $pa i32) (param $pb i32) (param $d i32) (result f64)
    (local $acc0 v128) (local $acc1 v128) (local $o i32) (local $d4b i32) (local $d2b i32) (local $s f64)
    (local.set $d4b (i32.shl (i32.and (local.get $d) (i32.const -4)) (i32.const 3)))
    (local.set $d2b (i32.shl (i32.and (local.get $d) (i32.const -2)) (i32.const 3)))
    (block $done4
      (loop $loop4
        (br_if $done4 (i32.ge_u (local.get $o) (local.get $d4b)))
        (local.set $acc0 (f64x2.add (local.get $acc0) (f64x2.mul (v128.load (i32.add (local.get $pa) (local.get $o))) (v128.load (i32.add (local.get $pb) (local.get $o))))))
        (local.set $acc1 (f64x2.add (local.get $acc1) (f64x2.mul (v128.load offset=16 (i32.add (local.get $pa) (local.get $o))) (v128.load offset=16 (i32.add (local.get $pb) (local.get $o))))))
        (local.set $o (i32.add (local.get $o) (i32.const 32)))
        (br $loop4)))
    (if (i32.lt_u (local.get $o) (local.get $d2b))
      (then
        (local.set $acc0 (f64x2.add (local.get $acc0) (f64x2.mul (v128.load (i32.add (local.get $pa) (local.get $o))) (v128.load (i32.add (local.get $pb) (local.get $o))))))
        (local.set $o (i32.add (local.get $o) (i32.const 16)))))
    (local.set $acc0 (f64x2.add (local.get $acc0) (local.get $acc1)))
    (local.set $s (f64.add (f64x2.extract_lane 0 (local.get $acc0)) (f64x2.extract_lane 1 (local.get $acc0))))
    (if (i32.lt_u (local.get $o) (i32.shl (local.get $d) (i32.const 3)))
      (then (local.set $s (f64.add (local.get $s) (f64.mul (f64.load (i32.add (local.get $pa) (local.get $o))) (f64.load (i32.add (local.get $pb) (local.get $o))))))))
    (local.get $s))

  ;; One (row, unit) pair of relu_forward_lists: f += v_l·relu(z), row i listed at the $count-th slot of $pl; returns the new count
  (func $relu_unit (param $pa i32) (param $pb i32) (param $d i32) (param $vl f64) (param $pf i32) (param $pl i32) (param $count i32) (param $i i32) (result i32)
    (local $z f64)
    (local.set $z (call $dot (local.get $pa) (local.get $pb) (local.get $d)))
    (f64.store (local.get $pf) (f64.add (f64.load (local.get $pf))
      (f64.mul (local.get $vl) (f64.mul (local.get $z) (f64.convert_i32_u (f64.gt (local.get $z) (f64.const 0)))))))
    (i32.store (i32.add (local.get $pl) (i32.shl (local.get $count) (i32.const 2))) (local.get $i))
    (i32.add (local.get $count) (f64.gt (local.get $z) (f64.const 0))))

  ;; The ReLU forward pass of a training step on chunk $chunk of $chunks equal blocks of the rows of X (n×d): f_i =
  ;; Σ_l v_l·max(z_il, 0) with z = X·Wᵀ, and for every hidden unit l the list of the chunk's rows where z_il > 0. The
  ;; lists replace the n×k matrix φ'(Z) for the backward pass (half its bytes, and the backward pass then touches only
  ;; active pairs, without a branch on the sign). Chunks write disjoint memory, so two threads can share them out in any
  ;; way and give the same bits; the chunk is a fixed block of rows whoever runs it.
  (func (export "relu_forward_lists") (param $x i32) (param $w i32) (param $v i32) (param $f i32) (param $lists i32) (param $counts i32)
    (param $n i32) (param $k i32) (param $d i32) (param $chunk i32) (param $chunks i32)
    (local $i0 i32)
    (local.set $i0 (call $chunkStart (local.get $chunk) (local.get $chunks) (local.get $n)))
    (call $relu_forward_rows (local.get $x) (local.get $w) (local.get $v) (local.get $f) (local.get $lists)
      (i32.add (local.get $counts) (i32.shl (i32.mul (local.get $chunk) (local.get $k)) (i32.const 2)))
      (local.get $n) (local.get $i0)
      (i32.sub (call $chunkStart (i32.add (local.get $chunk) (i32.const 1)) (local.get $chunks) (local.get $n)) (local.get $i0))
      (local.get $k) (local.get $d)))

  ;; floor(chunk·total/chunks): where a chunk of rows or units starts
  (func $chunkStart (param $chunk i32) (param $chunks i32) (param $total i32) (result i32)
    (i32.wrap_i64 (i64.div_u (i64.mul (i64.extend_i32_u (local.get $chunk)) (i64.extend_i32_u (local.get $total))) (i64.extend_i32_u (local.get $chunks)))))

  ;; rows [$i0, $i0 + $m): the lists at $lists + (l·n + i0)·4 (ascending rows), their lengths at $counts + 4l. Blocks of
  ;; 2 rows × 2 units share their loads; every z and f_i is summed in exactly the order of relu_forward (bit for bit).
  (func $relu_forward_rows (param $x i32) (param $w i32) (param $v i32) (param $f i32) (param $lists i32) (param $counts i32)
    (param $n i32) (param $i0 i32) (param $m i32) (param $k i32) (param $d i32)
    (local $l i32) (local $i i32) (local $iend i32) (local $rowBytes i32) (local $d4b i32) (local $d2b i32)
    (local $p0 i32) (local $p1 i32) (local $q0 i32) (local $q1 i32) (local $e4 i32) (local $pa0 i32) (local $pa1 i32) (local $pb0 i32) (local $pb1 i32) (local $pf i32) (local $lp0 i32) (local $lp1 i32) (local $c0 i32) (local $c1 i32)
    (local $a0 v128) (local $a1 v128) (local $b0 v128) (local $b1 v128) (local $t v128) (local $s00a v128) (local $s00b v128) (local $s01a v128) (local $s01b v128) (local $s10a v128) (local $s10b v128) (local $s11a v128) (local $s11b v128)
    (local $u v128) (local $z0 v128) (local $z1 v128) (local $mask v128) (local $vpair v128) (local $bits0 i32) (local $bits1 i32) (local $vl0 f64) (local $vl1 f64)
    (local.set $rowBytes (i32.shl (local.get $d) (i32.const 3)))
    (local.set $d4b (i32.shl (i32.and (local.get $d) (i32.const -4)) (i32.const 3)))
    (local.set $d2b (i32.shl (i32.and (local.get $d) (i32.const -2)) (i32.const 3)))
    (local.set $iend (i32.add (local.get $i0) (local.get $m)))
    (memory.fill (i32.add (local.get $f) (i32.shl (local.get $i0) (i32.const 3))) (i32.const 0) (i32.shl (local.get $m) (i32.const 3)))
    (local.set $l (i32.const 0))
    (block $doneL
      (loop $loopL
        (br_if $doneL (i32.ge_u (local.get $l) (local.get $k)))
        (local.set $pb0 (i32.add (local.get $w) (i32.mul (local.get $l) (local.get $rowBytes))))
        (local.set $vl0 (f64.load (i32.add (local.get $v) (i32.shl (local.get $l) (i32.const 3)))))
        (local.set $lp0 (i32.add (local.get $lists) (i32.shl (i32.add (i32.mul (local.get $l) (local.get $n)) (local.get $i0)) (i32.const 2))))
        (local.set $c0 (i32.const 0))
        (local.set $i (local.get $i0))
        (if (i32.lt_u (i32.add (local.get $l) (i32.const 1)) (local.get $k))
          (then
            ;; units l and l+1
            (local.set $pb1 (i32.add (local.get $pb0) (local.get $rowBytes)))
            (local.set $vl1 (f64.load offset=8 (i32.add (local.get $v) (i32.shl (local.get $l) (i32.const 3)))))
            (local.set $lp1 (i32.add (local.get $lp0) (i32.shl (local.get $n) (i32.const 2))))
            (local.set $vpair (v128.load (i32.add (local.get $v) (i32.shl (local.get $l) (i32.const 3)))))
            (local.set $c1 (i32.const 0))
            (block $donePairs
              (loop $pairs
                (br_if $donePairs (i32.ge_u (i32.add (local.get $i) (i32.const 1)) (local.get $iend)))
        ;; z for rows i, i+1 and units l, l+1: each sum taken in exactly the order of $dot
        (local.set $pa0 (i32.add (local.get $x) (i32.mul (local.get $i) (local.get $rowBytes))))
        (local.set $pa1 (i32.add (local.get $pa0) (local.get $rowBytes)))
        (local.set $s00a (v128.const i64x2 0 0))
        (local.set $s00b (v128.const i64x2 0 0))
        (local.set $s01a (v128.const i64x2 0 0))
        (local.set $s01b (v128.const i64x2 0 0))
        (local.set $s10a (v128.const i64x2 0 0))
        (local.set $s10b (v128.const i64x2 0 0))
        (local.set $s11a (v128.const i64x2 0 0))
        (local.set $s11b (v128.const i64x2 0 0))
        (local.set $p0 (local.get $pa0))
        (local.set $p1 (local.get $pa1))
        (local.set $q0 (local.get $pb0))
        (local.set $q1 (local.get $pb1))
        (local.set $e4 (i32.add (local.get $pa0) (local.get $d4b)))
        (block $done4
          (loop $loop4
            (br_if $done4 (i32.ge_u (local.get $p0) (local.get $e4)))
            (local.set $a0 (v128.load offset=0 (local.get $p0)))
            (local.set $a1 (v128.load offset=0 (local.get $p1)))
            (local.set $b0 (v128.load offset=0 (local.get $q0)))
            (local.set $b1 (v128.load offset=0 (local.get $q1)))
            (local.set $s00a (f64x2.add (local.get $s00a) (f64x2.mul (local.get $a0) (local.get $b0))))
            (local.set $s01a (f64x2.add (local.get $s01a) (f64x2.mul (local.get $a0) (local.get $b1))))
            (local.set $s10a (f64x2.add (local.get $s10a) (f64x2.mul (local.get $a1) (local.get $b0))))
            (local.set $s11a (f64x2.add (local.get $s11a) (f64x2.mul (local.get $a1) (local.get $b1))))
            (local.set $a0 (v128.load offset=16 (local.get $p0)))
            (local.set $a1 (v128.load offset=16 (local.get $p1)))
            (local.set $b0 (v128.load offset=16 (local.get $q0)))
            (local.set $b1 (v128.load offset=16 (local.get $q1)))
            (local.set $s00b (f64x2.add (local.get $s00b) (f64x2.mul (local.get $a0) (local.get $b0))))
            (local.set $s01b (f64x2.add (local.get $s01b) (f64x2.mul (local.get $a0) (local.get $b1))))
            (local.set $s10b (f64x2.add (local.get $s10b) (f64x2.mul (local.get $a1) (local.get $b0))))
            (local.set $s11b (f64x2.add (local.get $s11b) (f64x2.mul (local.get $a1) (local.get $b1))))
            (local.set $p0 (i32.add (local.get $p0) (i32.const 32)))
            (local.set $p1 (i32.add (local.get $p1) (i32.const 32)))
            (local.set $q0 (i32.add (local.get $q0) (i32.const 32)))
            (local.set $q1 (i32.add (local.get $q1) (i32.const 32)))
            (br $loop4)))
        (if (i32.lt_u (i32.sub (local.get $p0) (local.get $pa0)) (local.get $d2b))
          (then
            (local.set $a0 (v128.load offset=0 (local.get $p0)))
            (local.set $a1 (v128.load offset=0 (local.get $p1)))
            (local.set $b0 (v128.load offset=0 (local.get $q0)))
            (local.set $b1 (v128.load offset=0 (local.get $q1)))
            (local.set $s00a (f64x2.add (local.get $s00a) (f64x2.mul (local.get $a0) (local.get $b0))))
            (local.set $s01a (f64x2.add (local.get $s01a) (f64x2.mul (local.get $a0) (local.get $b1))))
            (local.set $s10a (f64x2.add (local.get $s10a) (f64x2.mul (local.get $a1) (local.get $b0))))
            (local.set $s11a (f64x2.add (local.get $s11a) (f64x2.mul (local.get $a1) (local.get $b1))))
            (local.set $p0 (i32.add (local.get $p0) (i32.const 16)))
            (local.set $p1 (i32.add (local.get $p1) (i32.const 16)))
            (local.set $q0 (i32.add (local.get $q0) (i32.const 16)))
            (local.set $q1 (i32.add (local.get $q1) (i32.const 16)))))
        ;; row i+0: [z_il, z_i,l+1] = lane sums of the two accumulators of each, paired by shuffles (the sums of $dot)
        (local.set $t (f64x2.add (local.get $s00a) (local.get $s00b)))
        (local.set $u (f64x2.add (local.get $s01a) (local.get $s01b)))
        (local.set $z0 (f64x2.add (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t) (local.get $u)) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t) (local.get $u))))
        (if (i32.lt_u (i32.sub (local.get $p0) (local.get $pa0)) (local.get $rowBytes))
          (then
            (local.set $z0 (f64x2.add (local.get $z0) (f64x2.mul (v128.load64_splat (local.get $p0))
              (f64x2.replace_lane 1 (f64x2.splat (f64.load (local.get $q0))) (f64.load (local.get $q1))))))))
        ;; mask = [z > 0] (all-ones lanes); v·(z AND mask) adds the same to f as v·(z·[z > 0]): a zero either way, and f
        ;; starts at +0, which adding a zero of either sign leaves +0
        (local.set $mask (f64x2.gt (local.get $z0) (v128.const i64x2 0 0)))
        (local.set $t (f64x2.mul (local.get $vpair) (v128.and (local.get $z0) (local.get $mask))))
        (local.set $pf (i32.add (local.get $f) (i32.shl (i32.add (local.get $i) (i32.const 0)) (i32.const 3))))
        (f64.store (local.get $pf) (f64.add (f64.add (f64.load (local.get $pf)) (f64x2.extract_lane 0 (local.get $t))) (f64x2.extract_lane 1 (local.get $t))))
        (local.set $bits0 (i64x2.bitmask (local.get $mask)))
        ;; row i+1: [z_il, z_i,l+1] = lane sums of the two accumulators of each, paired by shuffles (the sums of $dot)
        (local.set $t (f64x2.add (local.get $s10a) (local.get $s10b)))
        (local.set $u (f64x2.add (local.get $s11a) (local.get $s11b)))
        (local.set $z1 (f64x2.add (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t) (local.get $u)) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t) (local.get $u))))
        (if (i32.lt_u (i32.sub (local.get $p0) (local.get $pa0)) (local.get $rowBytes))
          (then
            (local.set $z1 (f64x2.add (local.get $z1) (f64x2.mul (v128.load64_splat (local.get $p1))
              (f64x2.replace_lane 1 (f64x2.splat (f64.load (local.get $q0))) (f64.load (local.get $q1))))))))
        ;; mask = [z > 0] (all-ones lanes); v·(z AND mask) adds the same to f as v·(z·[z > 0]): a zero either way, and f
        ;; starts at +0, which adding a zero of either sign leaves +0
        (local.set $mask (f64x2.gt (local.get $z1) (v128.const i64x2 0 0)))
        (local.set $t (f64x2.mul (local.get $vpair) (v128.and (local.get $z1) (local.get $mask))))
        (local.set $pf (i32.add (local.get $f) (i32.shl (i32.add (local.get $i) (i32.const 1)) (i32.const 3))))
        (f64.store (local.get $pf) (f64.add (f64.add (f64.load (local.get $pf)) (f64x2.extract_lane 0 (local.get $t))) (f64x2.extract_lane 1 (local.get $t))))
        (local.set $bits1 (i64x2.bitmask (local.get $mask)))
        ;; list rows i and i+1 under units l and l+1 where active: always store, advance by 0 or 1
        (i32.store (i32.add (local.get $lp0) (i32.shl (local.get $c0) (i32.const 2))) (local.get $i))
        (local.set $c0 (i32.add (local.get $c0) (i32.and (local.get $bits0) (i32.const 1))))
        (i32.store (i32.add (local.get $lp0) (i32.shl (local.get $c0) (i32.const 2))) (i32.add (local.get $i) (i32.const 1)))
        (local.set $c0 (i32.add (local.get $c0) (i32.and (local.get $bits1) (i32.const 1))))
        (i32.store (i32.add (local.get $lp1) (i32.shl (local.get $c1) (i32.const 2))) (local.get $i))
        (local.set $c1 (i32.add (local.get $c1) (i32.shr_u (local.get $bits0) (i32.const 1))))
        (i32.store (i32.add (local.get $lp1) (i32.shl (local.get $c1) (i32.const 2))) (i32.add (local.get $i) (i32.const 1)))
        (local.set $c1 (i32.add (local.get $c1) (i32.shr_u (local.get $bits1) (i32.const 1))))
                (local.set $i (i32.add (local.get $i) (i32.const 2)))
                (br $pairs)))
            (if (i32.lt_u (local.get $i) (local.get $iend))
              (then
                (local.set $pa0 (i32.add (local.get $x) (i32.mul (local.get $i) (local.get $rowBytes))))
                (local.set $pf (i32.add (local.get $f) (i32.shl (local.get $i) (i32.const 3))))
                (local.set $c0 (call $relu_unit (local.get $pa0) (local.get $pb0) (local.get $d) (local.get $vl0) (local.get $pf) (local.get $lp0) (local.get $c0) (local.get $i)))
                (local.set $c1 (call $relu_unit (local.get $pa0) (local.get $pb1) (local.get $d) (local.get $vl1) (local.get $pf) (local.get $lp1) (local.get $c1) (local.get $i)))))
            (i32.store offset=4 (i32.add (local.get $counts) (i32.shl (local.get $l) (i32.const 2))) (local.get $c1)))
          (else
            ;; the last unit of an odd k
            (block $doneRows
              (loop $rows
                (br_if $doneRows (i32.ge_u (local.get $i) (local.get $iend)))
                (local.set $pa0 (i32.add (local.get $x) (i32.mul (local.get $i) (local.get $rowBytes))))
                (local.set $pf (i32.add (local.get $f) (i32.shl (local.get $i) (i32.const 3))))
                (local.set $c0 (call $relu_unit (local.get $pa0) (local.get $pb0) (local.get $d) (local.get $vl0) (local.get $pf) (local.get $lp0) (local.get $c0) (local.get $i)))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br $rows)))))
        (i32.store (i32.add (local.get $counts) (i32.shl (local.get $l) (i32.const 2))) (local.get $c0))
        (local.set $l (i32.add (local.get $l) (i32.const 2)))
        (br $loopL))))

  ;; The backward pass of a training step from relu_forward_lists' lists, for chunk $chunk of $chunks equal blocks of the k
  ;; hidden units: G[l·d + j] += Σ_i (g_i·v_l)·X[i·d + j] over the rows i listed under unit l in each of the $segments
  ;; row chunks of the forward pass, in order (so ascending i). Each row of G is held in registers (up to 10 lanes at a
  ;; time) while the lists are walked: the sums of scaled_tn_acc, in its order, bit for bit.
  (func (export "relu_backward_lists") (param $lists i32) (param $counts i32) (param $n i32) (param $segments i32)
    (param $gv i32) (param $v i32) (param $x i32) (param $g i32) (param $k i32) (param $d i32) (param $chunk i32) (param $chunks i32)
    (local $l i32) (local $lEnd i32) (local $s i32) (local $o i32) (local $rowBytes i32) (local $pg i32) (local $pgo i32) (local $xo i32)
    (local $listsL i32) (local $pl i32) (local $count i32) (local $vl f64) (local $sum f64)
    (local $r0 v128) (local $r1 v128) (local $r2 v128) (local $r3 v128) (local $r4 v128) (local $r5 v128) (local $r6 v128) (local $r7 v128)
    (local $r8 v128) (local $r9 v128)
    (local.set $rowBytes (i32.shl (local.get $d) (i32.const 3)))
    (local.set $l (call $chunkStart (local.get $chunk) (local.get $chunks) (local.get $k)))
    (local.set $lEnd (call $chunkStart (i32.add (local.get $chunk) (i32.const 1)) (local.get $chunks) (local.get $k)))
    (block $doneL
      (loop $loopL
        (br_if $doneL (i32.ge_u (local.get $l) (local.get $lEnd)))
        (local.set $vl (f64.load (i32.add (local.get $v) (i32.shl (local.get $l) (i32.const 3)))))
        (local.set $listsL (i32.add (local.get $lists) (i32.shl (i32.mul (local.get $l) (local.get $n)) (i32.const 2))))
        (local.set $pg (i32.add (local.get $g) (i32.mul (local.get $l) (local.get $rowBytes))))
        (local.set $o (i32.const 0))
        (block $done10
          (loop $chunk10
            (br_if $done10 (i32.gt_u (i32.add (local.get $o) (i32.const 160)) (local.get $rowBytes)))
            (local.set $pgo (i32.add (local.get $pg) (local.get $o)))
            (local.set $xo (i32.add (local.get $x) (local.get $o)))
            (local.set $r0 (v128.load offset=0 (local.get $pgo)))
            (local.set $r1 (v128.load offset=16 (local.get $pgo)))
            (local.set $r2 (v128.load offset=32 (local.get $pgo)))
            (local.set $r3 (v128.load offset=48 (local.get $pgo)))
            (local.set $r4 (v128.load offset=64 (local.get $pgo)))
            (local.set $r5 (v128.load offset=80 (local.get $pgo)))
            (local.set $r6 (v128.load offset=96 (local.get $pgo)))
            (local.set $r7 (v128.load offset=112 (local.get $pgo)))
            (local.set $r8 (v128.load offset=128 (local.get $pgo)))
            (local.set $r9 (v128.load offset=144 (local.get $pgo)))
            (local.set $s (i32.const 0))
            (block $segsDone10
              (loop $segs10
                (br_if $segsDone10 (i32.ge_u (local.get $s) (local.get $segments)))
                (local.set $pl (i32.add (local.get $listsL) (i32.shl (call $chunkStart (local.get $s) (local.get $segments) (local.get $n)) (i32.const 2))))
                (local.set $count (i32.load (i32.add (local.get $counts) (i32.shl (i32.add (i32.mul (local.get $s) (local.get $k)) (local.get $l)) (i32.const 2)))))
                (call $walk10 (local.get $pl) (local.get $count) (local.get $gv) (local.get $xo) (local.get $rowBytes) (local.get $vl) (local.get $r0) (local.get $r1) (local.get $r2) (local.get $r3) (local.get $r4) (local.get $r5) (local.get $r6) (local.get $r7) (local.get $r8) (local.get $r9))
                (local.set $r9) (local.set $r8) (local.set $r7) (local.set $r6) (local.set $r5) (local.set $r4) (local.set $r3) (local.set $r2) (local.set $r1) (local.set $r0)
                (local.set $s (i32.add (local.get $s) (i32.const 1)))
                (br $segs10)))
            (v128.store offset=0 (local.get $pgo) (local.get $r0))
            (v128.store offset=16 (local.get $pgo) (local.get $r1))
            (v128.store offset=32 (local.get $pgo) (local.get $r2))
            (v128.store offset=48 (local.get $pgo) (local.get $r3))
            (v128.store offset=64 (local.get $pgo) (local.get $r4))
            (v128.store offset=80 (local.get $pgo) (local.get $r5))
            (v128.store offset=96 (local.get $pgo) (local.get $r6))
            (v128.store offset=112 (local.get $pgo) (local.get $r7))
            (v128.store offset=128 (local.get $pgo) (local.get $r8))
            (v128.store offset=144 (local.get $pgo) (local.get $r9))
            (local.set $o (i32.add (local.get $o) (i32.const 160)))
            (br $chunk10)))
        (if (i32.le_u (i32.add (local.get $o) (i32.const 128)) (local.get $rowBytes))
          (then
            (local.set $pgo (i32.add (local.get $pg) (local.get $o)))
            (local.set $xo (i32.add (local.get $x) (local.get $o)))
            (local.set $r0 (v128.load offset=0 (local.get $pgo)))
            (local.set $r1 (v128.load offset=16 (local.get $pgo)))
            (local.set $r2 (v128.load offset=32 (local.get $pgo)))
            (local.set $r3 (v128.load offset=48 (local.get $pgo)))
            (local.set $r4 (v128.load offset=64 (local.get $pgo)))
            (local.set $r5 (v128.load offset=80 (local.get $pgo)))
            (local.set $r6 (v128.load offset=96 (local.get $pgo)))
            (local.set $r7 (v128.load offset=112 (local.get $pgo)))
            (local.set $s (i32.const 0))
            (block $segsDone8
              (loop $segs8
                (br_if $segsDone8 (i32.ge_u (local.get $s) (local.get $segments)))
                (local.set $pl (i32.add (local.get $listsL) (i32.shl (call $chunkStart (local.get $s) (local.get $segments) (local.get $n)) (i32.const 2))))
                (local.set $count (i32.load (i32.add (local.get $counts) (i32.shl (i32.add (i32.mul (local.get $s) (local.get $k)) (local.get $l)) (i32.const 2)))))
                (call $walk8 (local.get $pl) (local.get $count) (local.get $gv) (local.get $xo) (local.get $rowBytes) (local.get $vl) (local.get $r0) (local.get $r1) (local.get $r2) (local.get $r3) (local.get $r4) (local.get $r5) (local.get $r6) (local.get $r7))
                (local.set $r7) (local.set $r6) (local.set $r5) (local.set $r4) (local.set $r3) (local.set $r2) (local.set $r1) (local.set $r0)
                (local.set $s (i32.add (local.get $s) (i32.const 1)))
                (br $segs8)))
            (v128.store offset=0 (local.get $pgo) (local.get $r0))
            (v128.store offset=16 (local.get $pgo) (local.get $r1))
            (v128.store offset=32 (local.get $pgo) (local.get $r2))
            (v128.store offset=48 (local.get $pgo) (local.get $r3))
            (v128.store offset=64 (local.get $pgo) (local.get $r4))
            (v128.store offset=80 (local.get $pgo) (local.get $r5))
            (v128.store offset=96 (local.get $pgo) (local.get $r6))
            (v128.store offset=112 (local.get $pgo) (local.get $r7))
            (local.set $o (i32.add (local.get $o) (i32.const 128)))))
        (if (i32.le_u (i32.add (local.get $o) (i32.const 64)) (local.get $rowBytes))
          (then
            (local.set $pgo (i32.add (local.get $pg) (local.get $o)))
            (local.set $xo (i32.add (local.get $x) (local.get $o)))
            (local.set $r0 (v128.load offset=0 (local.get $pgo)))
            (local.set $r1 (v128.load offset=16 (local.get $pgo)))
            (local.set $r2 (v128.load offset=32 (local.get $pgo)))
            (local.set $r3 (v128.load offset=48 (local.get $pgo)))
            (local.set $s (i32.const 0))
            (block $segsDone4
              (loop $segs4
                (br_if $segsDone4 (i32.ge_u (local.get $s) (local.get $segments)))
                (local.set $pl (i32.add (local.get $listsL) (i32.shl (call $chunkStart (local.get $s) (local.get $segments) (local.get $n)) (i32.const 2))))
                (local.set $count (i32.load (i32.add (local.get $counts) (i32.shl (i32.add (i32.mul (local.get $s) (local.get $k)) (local.get $l)) (i32.const 2)))))
                (call $walk4 (local.get $pl) (local.get $count) (local.get $gv) (local.get $xo) (local.get $rowBytes) (local.get $vl) (local.get $r0) (local.get $r1) (local.get $r2) (local.get $r3))
                (local.set $r3) (local.set $r2) (local.set $r1) (local.set $r0)
                (local.set $s (i32.add (local.get $s) (i32.const 1)))
                (br $segs4)))
            (v128.store offset=0 (local.get $pgo) (local.get $r0))
            (v128.store offset=16 (local.get $pgo) (local.get $r1))
            (v128.store offset=32 (local.get $pgo) (local.get $r2))
            (v128.store offset=48 (local.get $pgo) (local.get $r3))
            (local.set $o (i32.add (local.get $o) (i32.const 64)))))
        (if (i32.le_u (i32.add (local.get $o) (i32.const 32)) (local.get $rowBytes))
          (then
            (local.set $pgo (i32.add (local.get $pg) (local.get $o)))
            (local.set $xo (i32.add (local.get $x) (local.get $o)))
            (local.set $r0 (v128.load offset=0 (local.get $pgo)))
            (local.set $r1 (v128.load offset=16 (local.get $pgo)))
            (local.set $s (i32.const 0))
            (block $segsDone2
              (loop $segs2
                (br_if $segsDone2 (i32.ge_u (local.get $s) (local.get $segments)))
                (local.set $pl (i32.add (local.get $listsL) (i32.shl (call $chunkStart (local.get $s) (local.get $segments) (local.get $n)) (i32.const 2))))
                (local.set $count (i32.load (i32.add (local.get $counts) (i32.shl (i32.add (i32.mul (local.get $s) (local.get $k)) (local.get $l)) (i32.const 2)))))
                (call $walk2 (local.get $pl) (local.get $count) (local.get $gv) (local.get $xo) (local.get $rowBytes) (local.get $vl) (local.get $r0) (local.get $r1))
                (local.set $r1) (local.set $r0)
                (local.set $s (i32.add (local.get $s) (i32.const 1)))
                (br $segs2)))
            (v128.store offset=0 (local.get $pgo) (local.get $r0))
            (v128.store offset=16 (local.get $pgo) (local.get $r1))
            (local.set $o (i32.add (local.get $o) (i32.const 32)))))
        (if (i32.le_u (i32.add (local.get $o) (i32.const 16)) (local.get $rowBytes))
          (then
            (local.set $pgo (i32.add (local.get $pg) (local.get $o)))
            (local.set $xo (i32.add (local.get $x) (local.get $o)))
            (local.set $r0 (v128.load offset=0 (local.get $pgo)))
            (local.set $s (i32.const 0))
            (block $segsDone1
              (loop $segs1
                (br_if $segsDone1 (i32.ge_u (local.get $s) (local.get $segments)))
                (local.set $pl (i32.add (local.get $listsL) (i32.shl (call $chunkStart (local.get $s) (local.get $segments) (local.get $n)) (i32.const 2))))
                (local.set $count (i32.load (i32.add (local.get $counts) (i32.shl (i32.add (i32.mul (local.get $s) (local.get $k)) (local.get $l)) (i32.const 2)))))
                (call $walk1 (local.get $pl) (local.get $count) (local.get $gv) (local.get $xo) (local.get $rowBytes) (local.get $vl) (local.get $r0))
                (local.set $r0)
                (local.set $s (i32.add (local.get $s) (i32.const 1)))
                (br $segs1)))
            (v128.store offset=0 (local.get $pgo) (local.get $r0))
            (local.set $o (i32.add (local.get $o) (i32.const 16)))))
        (if (i32.lt_u (local.get $o) (local.get $rowBytes))
          (then
            (local.set $pgo (i32.add (local.get $pg) (local.get $o)))
            (local.set $xo (i32.add (local.get $x) (local.get $o)))
            (local.set $sum (f64.load (local.get $pgo)))
            (local.set $s (i32.const 0))
            (block $segsDone
              (loop $segs
                (br_if $segsDone (i32.ge_u (local.get $s) (local.get $segments)))
                (local.set $pl (i32.add (local.get $listsL) (i32.shl (call $chunkStart (local.get $s) (local.get $segments) (local.get $n)) (i32.const 2))))
                (local.set $count (i32.load (i32.add (local.get $counts) (i32.shl (i32.add (i32.mul (local.get $s) (local.get $k)) (local.get $l)) (i32.const 2)))))
                (local.set $sum (call $walk_scalar (local.get $pl) (local.get $count) (local.get $gv) (local.get $xo) (local.get $rowBytes) (local.get $vl) (local.get $sum)))
                (local.set $s (i32.add (local.get $s) (i32.const 1)))
                (br $segs)))
            (f64.store (local.get $pgo) (local.get $sum))))
        (local.set $l (i32.add (local.get $l) (i32.const 1)))
        (br $loopL))))

  ;; G's lanes in registers += (g_i·v_l)·X[i, lanes] for the rows i listed at $pl ($count of them)
  (func $walk10 (param $pl i32) (param $count i32) (param $gv i32) (param $xo i32) (param $rowBytes i32) (param $vl f64) (param $r0 v128) (param $r1 v128) (param $r2 v128) (param $r3 v128) (param $r4 v128) (param $r5 v128) (param $r6 v128) (param $r7 v128) (param $r8 v128) (param $r9 v128) (result v128 v128 v128 v128 v128 v128 v128 v128 v128 v128)
    (local $end i32) (local $i i32) (local $px i32) (local $cv v128)
    (local.set $end (i32.add (local.get $pl) (i32.shl (local.get $count) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $pl) (local.get $end)))
        (local.set $i (i32.load (local.get $pl)))
        (local.set $cv (f64x2.splat (f64.mul (f64.load (i32.add (local.get $gv) (i32.shl (local.get $i) (i32.const 3)))) (local.get $vl))))
        (local.set $px (i32.add (local.get $xo) (i32.mul (local.get $i) (local.get $rowBytes))))
        (local.set $r0 (f64x2.add (local.get $r0) (f64x2.mul (local.get $cv) (v128.load offset=0 (local.get $px)))))
        (local.set $r1 (f64x2.add (local.get $r1) (f64x2.mul (local.get $cv) (v128.load offset=16 (local.get $px)))))
        (local.set $r2 (f64x2.add (local.get $r2) (f64x2.mul (local.get $cv) (v128.load offset=32 (local.get $px)))))
        (local.set $r3 (f64x2.add (local.get $r3) (f64x2.mul (local.get $cv) (v128.load offset=48 (local.get $px)))))
        (local.set $r4 (f64x2.add (local.get $r4) (f64x2.mul (local.get $cv) (v128.load offset=64 (local.get $px)))))
        (local.set $r5 (f64x2.add (local.get $r5) (f64x2.mul (local.get $cv) (v128.load offset=80 (local.get $px)))))
        (local.set $r6 (f64x2.add (local.get $r6) (f64x2.mul (local.get $cv) (v128.load offset=96 (local.get $px)))))
        (local.set $r7 (f64x2.add (local.get $r7) (f64x2.mul (local.get $cv) (v128.load offset=112 (local.get $px)))))
        (local.set $r8 (f64x2.add (local.get $r8) (f64x2.mul (local.get $cv) (v128.load offset=128 (local.get $px)))))
        (local.set $r9 (f64x2.add (local.get $r9) (f64x2.mul (local.get $cv) (v128.load offset=144 (local.get $px)))))
        (local.set $pl (i32.add (local.get $pl) (i32.const 4)))
        (br $next)))
    (local.get $r0) (local.get $r1) (local.get $r2) (local.get $r3) (local.get $r4) (local.get $r5) (local.get $r6) (local.get $r7) (local.get $r8) (local.get $r9))

  (func $walk8 (param $pl i32) (param $count i32) (param $gv i32) (param $xo i32) (param $rowBytes i32) (param $vl f64) (param $r0 v128) (param $r1 v128) (param $r2 v128) (param $r3 v128) (param $r4 v128) (param $r5 v128) (param $r6 v128) (param $r7 v128) (result v128 v128 v128 v128 v128 v128 v128 v128)
    (local $end i32) (local $i i32) (local $px i32) (local $cv v128)
    (local.set $end (i32.add (local.get $pl) (i32.shl (local.get $count) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $pl) (local.get $end)))
        (local.set $i (i32.load (local.get $pl)))
        (local.set $cv (f64x2.splat (f64.mul (f64.load (i32.add (local.get $gv) (i32.shl (local.get $i) (i32.const 3)))) (local.get $vl))))
        (local.set $px (i32.add (local.get $xo) (i32.mul (local.get $i) (local.get $rowBytes))))
        (local.set $r0 (f64x2.add (local.get $r0) (f64x2.mul (local.get $cv) (v128.load offset=0 (local.get $px)))))
        (local.set $r1 (f64x2.add (local.get $r1) (f64x2.mul (local.get $cv) (v128.load offset=16 (local.get $px)))))
        (local.set $r2 (f64x2.add (local.get $r2) (f64x2.mul (local.get $cv) (v128.load offset=32 (local.get $px)))))
        (local.set $r3 (f64x2.add (local.get $r3) (f64x2.mul (local.get $cv) (v128.load offset=48 (local.get $px)))))
        (local.set $r4 (f64x2.add (local.get $r4) (f64x2.mul (local.get $cv) (v128.load offset=64 (local.get $px)))))
        (local.set $r5 (f64x2.add (local.get $r5) (f64x2.mul (local.get $cv) (v128.load offset=80 (local.get $px)))))
        (local.set $r6 (f64x2.add (local.get $r6) (f64x2.mul (local.get $cv) (v128.load offset=96 (local.get $px)))))
        (local.set $r7 (f64x2.add (local.get $r7) (f64x2.mul (local.get $cv) (v128.load offset=112 (local.get $px)))))
        (local.set $pl (i32.add (local.get $pl) (i32.const 4)))
        (br $next)))
    (local.get $r0) (local.get $r1) (local.get $r2) (local.get $r3) (local.get $r4) (local.get $r5) (local.get $r6) (local.get $r7))

  (func $walk4 (param $pl i32) (param $count i32) (param $gv i32) (param $xo i32) (param $rowBytes i32) (param $vl f64) (param $r0 v128) (param $r1 v128) (param $r2 v128) (param $r3 v128) (result v128 v128 v128 v128)
    (local $end i32) (local $i i32) (local $px i32) (local $cv v128)
    (local.set $end (i32.add (local.get $pl) (i32.shl (local.get $count) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $pl) (local.get $end)))
        (local.set $i (i32.load (local.get $pl)))
        (local.set $cv (f64x2.splat (f64.mul (f64.load (i32.add (local.get $gv) (i32.shl (local.get $i) (i32.const 3)))) (local.get $vl))))
        (local.set $px (i32.add (local.get $xo) (i32.mul (local.get $i) (local.get $rowBytes))))
        (local.set $r0 (f64x2.add (local.get $r0) (f64x2.mul (local.get $cv) (v128.load offset=0 (local.get $px)))))
        (local.set $r1 (f64x2.add (local.get $r1) (f64x2.mul (local.get $cv) (v128.load offset=16 (local.get $px)))))
        (local.set $r2 (f64x2.add (local.get $r2) (f64x2.mul (local.get $cv) (v128.load offset=32 (local.get $px)))))
        (local.set $r3 (f64x2.add (local.get $r3) (f64x2.mul (local.get $cv) (v128.load offset=48 (local.get $px)))))
        (local.set $pl (i32.add (local.get $pl) (i32.const 4)))
        (br $next)))
    (local.get $r0) (local.get $r1) (local.get $r2) (local.get $r3))

  (func $walk2 (param $pl i32) (param $count i32) (param $gv i32) (param $xo i32) (param $rowBytes i32) (param $vl f64) (param $r0 v128) (param $r1 v128) (result v128 v128)
    (local $end i32) (local $i i32) (local $px i32) (local $cv v128)
    (local.set $end (i32.add (local.get $pl) (i32.shl (local.get $count) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $pl) (local.get $end)))
        (local.set $i (i32.load (local.get $pl)))
        (local.set $cv (f64x2.splat (f64.mul (f64.load (i32.add (local.get $gv) (i32.shl (local.get $i) (i32.const 3)))) (local.get $vl))))
        (local.set $px (i32.add (local.get $xo) (i32.mul (local.get $i) (local.get $rowBytes))))
        (local.set $r0 (f64x2.add (local.get $r0) (f64x2.mul (local.get $cv) (v128.load offset=0 (local.get $px)))))
        (local.set $r1 (f64x2.add (local.get $r1) (f64x2.mul (local.get $cv) (v128.load offset=16 (local.get $px)))))
        (local.set $pl (i32.add (local.get $pl) (i32.const 4)))
        (br $next)))
    (local.get $r0) (local.get $r1))

  (func $walk1 (param $pl i32) (param $count i32) (param $gv i32) (param $xo i32) (param $rowBytes i32) (param $vl f64) (param $r0 v128) (result v128)
    (local $end i32) (local $i i32) (local $px i32) (local $cv v128)
    (local.set $end (i32.add (local.get $pl) (i32.shl (local.get $count) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $pl) (local.get $end)))
        (local.set $i (i32.load (local.get $pl)))
        (local.set $cv (f64x2.splat (f64.mul (f64.load (i32.add (local.get $gv) (i32.shl (local.get $i) (i32.const 3)))) (local.get $vl))))
        (local.set $px (i32.add (local.get $xo) (i32.mul (local.get $i) (local.get $rowBytes))))
        (local.set $r0 (f64x2.add (local.get $r0) (f64x2.mul (local.get $cv) (v128.load offset=0 (local.get $px)))))
        (local.set $pl (i32.add (local.get $pl) (i32.const 4)))
        (br $next)))
    (local.get $r0))

  (func $walk_scalar (param $pl i32) (param $count i32) (param $gv i32) (param $xo i32) (param $rowBytes i32) (param $vl f64) (param $r f64) (result f64)
    (local $end i32) (local $i i32)
    (local.set $end (i32.add (local.get $pl) (i32.shl (local.get $count) (i32.const 2))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $pl) (local.get $end)))
        (local.set $i (i32.load (local.get $pl)))
        (local.set $r (f64.add (local.get $r) (f64.mul (f64.mul (f64.load (i32.add (local.get $gv) (i32.shl (local.get $i) (i32.const 3)))) (local.get $vl))
          (f64.load (i32.add (local.get $xo) (i32.mul (local.get $i) (local.get $rowBytes)))))))
        (local.set $pl (i32.add (local.get $pl) (i32.const 4)))
        (br $next)))
    (local.get $r))

  ;; w[p] −= η·g[p] for p < len: a gradient-descent update, the same two roundings as the JS expression w − η·g
  (func (export "descend") (param $w i32) (param $g i32) (param $len i32) (param $eta f64)
    (local $end i32) (local $end2 i32) (local $ev v128)
    (local.set $ev (f64x2.splat (local.get $eta)))
    (local.set $end (i32.add (local.get $w) (i32.shl (local.get $len) (i32.const 3))))
    (local.set $end2 (i32.add (local.get $w) (i32.shl (i32.and (local.get $len) (i32.const -2)) (i32.const 3))))
    (block $done
      (loop $pairs
        (br_if $done (i32.ge_u (local.get $w) (local.get $end2)))
        (v128.store (local.get $w) (f64x2.sub (v128.load (local.get $w)) (f64x2.mul (local.get $ev) (v128.load (local.get $g)))))
        (local.set $w (i32.add (local.get $w) (i32.const 16)))
        (local.set $g (i32.add (local.get $g) (i32.const 16)))
        (br $pairs)))
    (if (i32.lt_u (local.get $w) (local.get $end))
      (then (f64.store (local.get $w) (f64.sub (f64.load (local.get $w)) (f64.mul (local.get $eta) (f64.load (local.get $g))))))))

  ;; C[i·k + l] = Σ_j A[i·d + j]·B[j·k + l], each entry summed in plain order j = 0, 1, …, d−1 (C = A·B with B given
  ;; d×k, e.g. Wᵀ): the sums of a naive loop, bit for bit, with the SIMD lanes across l instead of j. Blocks of 2 rows
  ;; × 8 columns share their loads; then pairs of columns, then a last odd column.
  (func (export "gemm_seq") (param $a i32) (param $bt i32) (param $c i32) (param $m i32) (param $k i32) (param $d i32)
    (local $i i32) (local $l i32) (local $pa0 i32) (local $pa1 i32) (local $pb i32) (local $pc i32) (local $pend i32) (local $rowA i32) (local $rowB i32)
    (local $x0 v128) (local $x1 v128) (local $b0 v128) (local $b1 v128) (local $b2 v128) (local $b3 v128) (local $s00 v128) (local $s01 v128) (local $s02 v128) (local $s03 v128) (local $s10 v128) (local $s11 v128) (local $s12 v128) (local $s13 v128) (local $t0 f64) (local $t1 f64)
    (local.set $rowA (i32.shl (local.get $d) (i32.const 3)))
    (local.set $rowB (i32.shl (local.get $k) (i32.const 3)))
    (local.set $i (i32.const 0))
    (block $r2d (loop $r2l (br_if $r2d (i32.ge_u (i32.add (local.get $i) (i32.const 1)) (local.get $m)))
      (local.set $l (i32.const 0))
      (block $c8d2 (loop $c8l2 (br_if $c8d2 (i32.gt_u (i32.add (local.get $l) (i32.const 8)) (local.get $k)))
        (local.set $s00 (v128.const i64x2 0 0))
        (local.set $s01 (v128.const i64x2 0 0))
        (local.set $s02 (v128.const i64x2 0 0))
        (local.set $s03 (v128.const i64x2 0 0))
        (local.set $s10 (v128.const i64x2 0 0))
        (local.set $s11 (v128.const i64x2 0 0))
        (local.set $s12 (v128.const i64x2 0 0))
        (local.set $s13 (v128.const i64x2 0 0))
        (local.set $pa0 (i32.add (local.get $a) (i32.mul (i32.add (local.get $i) (i32.const 0)) (local.get $rowA))))
        (local.set $pa1 (i32.add (local.get $a) (i32.mul (i32.add (local.get $i) (i32.const 1)) (local.get $rowA))))
        (local.set $pb (i32.add (local.get $bt) (i32.shl (local.get $l) (i32.const 3))))
        (local.set $pend (i32.add (local.get $pa0) (local.get $rowA)))
        (block $jd8r2 (loop $jl8r2 (br_if $jd8r2 (i32.ge_u (local.get $pa0) (local.get $pend)))
          (local.set $x0 (v128.load64_splat (local.get $pa0)))
          (local.set $x1 (v128.load64_splat (local.get $pa1)))
          (local.set $b0 (v128.load offset=0 (local.get $pb)))
          (local.set $b1 (v128.load offset=16 (local.get $pb)))
          (local.set $b2 (v128.load offset=32 (local.get $pb)))
          (local.set $b3 (v128.load offset=48 (local.get $pb)))
          (local.set $s00 (f64x2.add (local.get $s00) (f64x2.mul (local.get $x0) (local.get $b0))))
          (local.set $s01 (f64x2.add (local.get $s01) (f64x2.mul (local.get $x0) (local.get $b1))))
          (local.set $s02 (f64x2.add (local.get $s02) (f64x2.mul (local.get $x0) (local.get $b2))))
          (local.set $s03 (f64x2.add (local.get $s03) (f64x2.mul (local.get $x0) (local.get $b3))))
          (local.set $s10 (f64x2.add (local.get $s10) (f64x2.mul (local.get $x1) (local.get $b0))))
          (local.set $s11 (f64x2.add (local.get $s11) (f64x2.mul (local.get $x1) (local.get $b1))))
          (local.set $s12 (f64x2.add (local.get $s12) (f64x2.mul (local.get $x1) (local.get $b2))))
          (local.set $s13 (f64x2.add (local.get $s13) (f64x2.mul (local.get $x1) (local.get $b3))))
          (local.set $pa0 (i32.add (local.get $pa0) (i32.const 8)))
          (local.set $pa1 (i32.add (local.get $pa1) (i32.const 8)))
          (local.set $pb (i32.add (local.get $pb) (local.get $rowB)))
          (br $jl8r2)))
        (local.set $pc (i32.add (local.get $c) (i32.shl (i32.add (i32.mul (i32.add (local.get $i) (i32.const 0)) (local.get $k)) (local.get $l)) (i32.const 3))))
        (v128.store offset=0 (local.get $pc) (local.get $s00))
        (v128.store offset=16 (local.get $pc) (local.get $s01))
        (v128.store offset=32 (local.get $pc) (local.get $s02))
        (v128.store offset=48 (local.get $pc) (local.get $s03))
        (local.set $pc (i32.add (local.get $c) (i32.shl (i32.add (i32.mul (i32.add (local.get $i) (i32.const 1)) (local.get $k)) (local.get $l)) (i32.const 3))))
        (v128.store offset=0 (local.get $pc) (local.get $s10))
        (v128.store offset=16 (local.get $pc) (local.get $s11))
        (v128.store offset=32 (local.get $pc) (local.get $s12))
        (v128.store offset=48 (local.get $pc) (local.get $s13))
        (local.set $l (i32.add (local.get $l) (i32.const 8))) (br $c8l2)))
      (block $c2d2 (loop $c2l2 (br_if $c2d2 (i32.gt_u (i32.add (local.get $l) (i32.const 2)) (local.get $k)))
        (local.set $s00 (v128.const i64x2 0 0))
        (local.set $s10 (v128.const i64x2 0 0))
        (local.set $pa0 (i32.add (local.get $a) (i32.mul (i32.add (local.get $i) (i32.const 0)) (local.get $rowA))))
        (local.set $pa1 (i32.add (local.get $a) (i32.mul (i32.add (local.get $i) (i32.const 1)) (local.get $rowA))))
        (local.set $pb (i32.add (local.get $bt) (i32.shl (local.get $l) (i32.const 3))))
        (local.set $pend (i32.add (local.get $pa0) (local.get $rowA)))
        (block $jd2r2 (loop $jl2r2 (br_if $jd2r2 (i32.ge_u (local.get $pa0) (local.get $pend)))
          (local.set $x0 (v128.load64_splat (local.get $pa0)))
          (local.set $x1 (v128.load64_splat (local.get $pa1)))
          (local.set $b0 (v128.load offset=0 (local.get $pb)))
          (local.set $s00 (f64x2.add (local.get $s00) (f64x2.mul (local.get $x0) (local.get $b0))))
          (local.set $s10 (f64x2.add (local.get $s10) (f64x2.mul (local.get $x1) (local.get $b0))))
          (local.set $pa0 (i32.add (local.get $pa0) (i32.const 8)))
          (local.set $pa1 (i32.add (local.get $pa1) (i32.const 8)))
          (local.set $pb (i32.add (local.get $pb) (local.get $rowB)))
          (br $jl2r2)))
        (local.set $pc (i32.add (local.get $c) (i32.shl (i32.add (i32.mul (i32.add (local.get $i) (i32.const 0)) (local.get $k)) (local.get $l)) (i32.const 3))))
        (v128.store offset=0 (local.get $pc) (local.get $s00))
        (local.set $pc (i32.add (local.get $c) (i32.shl (i32.add (i32.mul (i32.add (local.get $i) (i32.const 1)) (local.get $k)) (local.get $l)) (i32.const 3))))
        (v128.store offset=0 (local.get $pc) (local.get $s10))
        (local.set $l (i32.add (local.get $l) (i32.const 2))) (br $c2l2)))
      (if (i32.lt_u (local.get $l) (local.get $k)) (then
        (local.set $t0 (f64.const 0))
        (local.set $pa0 (i32.add (local.get $a) (i32.mul (i32.add (local.get $i) (i32.const 0)) (local.get $rowA))))
        (local.set $t1 (f64.const 0))
        (local.set $pa1 (i32.add (local.get $a) (i32.mul (i32.add (local.get $i) (i32.const 1)) (local.get $rowA))))
        (local.set $pb (i32.add (local.get $bt) (i32.shl (local.get $l) (i32.const 3))))
        (local.set $pend (i32.add (local.get $pa0) (local.get $rowA)))
        (block $jd1r2 (loop $jl1r2 (br_if $jd1r2 (i32.ge_u (local.get $pa0) (local.get $pend)))
          (local.set $t0 (f64.add (local.get $t0) (f64.mul (f64.load (local.get $pa0)) (f64.load (local.get $pb)))))
          (local.set $pa0 (i32.add (local.get $pa0) (i32.const 8)))
          (local.set $t1 (f64.add (local.get $t1) (f64.mul (f64.load (local.get $pa1)) (f64.load (local.get $pb)))))
          (local.set $pa1 (i32.add (local.get $pa1) (i32.const 8)))
          (local.set $pb (i32.add (local.get $pb) (local.get $rowB)))
          (br $jl1r2)))
        (f64.store (i32.add (local.get $c) (i32.shl (i32.add (i32.mul (i32.add (local.get $i) (i32.const 0)) (local.get $k)) (local.get $l)) (i32.const 3))) (local.get $t0))
        (f64.store (i32.add (local.get $c) (i32.shl (i32.add (i32.mul (i32.add (local.get $i) (i32.const 1)) (local.get $k)) (local.get $l)) (i32.const 3))) (local.get $t1))
      ))
      (local.set $i (i32.add (local.get $i) (i32.const 2))) (br $r2l)))
    (if (i32.lt_u (local.get $i) (local.get $m)) (then
      (local.set $l (i32.const 0))
      (block $c8d1 (loop $c8l1 (br_if $c8d1 (i32.gt_u (i32.add (local.get $l) (i32.const 8)) (local.get $k)))
        (local.set $s00 (v128.const i64x2 0 0))
        (local.set $s01 (v128.const i64x2 0 0))
        (local.set $s02 (v128.const i64x2 0 0))
        (local.set $s03 (v128.const i64x2 0 0))
        (local.set $pa0 (i32.add (local.get $a) (i32.mul (i32.add (local.get $i) (i32.const 0)) (local.get $rowA))))
        (local.set $pb (i32.add (local.get $bt) (i32.shl (local.get $l) (i32.const 3))))
        (local.set $pend (i32.add (local.get $pa0) (local.get $rowA)))
        (block $jd8r1 (loop $jl8r1 (br_if $jd8r1 (i32.ge_u (local.get $pa0) (local.get $pend)))
          (local.set $x0 (v128.load64_splat (local.get $pa0)))
          (local.set $b0 (v128.load offset=0 (local.get $pb)))
          (local.set $b1 (v128.load offset=16 (local.get $pb)))
          (local.set $b2 (v128.load offset=32 (local.get $pb)))
          (local.set $b3 (v128.load offset=48 (local.get $pb)))
          (local.set $s00 (f64x2.add (local.get $s00) (f64x2.mul (local.get $x0) (local.get $b0))))
          (local.set $s01 (f64x2.add (local.get $s01) (f64x2.mul (local.get $x0) (local.get $b1))))
          (local.set $s02 (f64x2.add (local.get $s02) (f64x2.mul (local.get $x0) (local.get $b2))))
          (local.set $s03 (f64x2.add (local.get $s03) (f64x2.mul (local.get $x0) (local.get $b3))))
          (local.set $pa0 (i32.add (local.get $pa0) (i32.const 8)))
          (local.set $pb (i32.add (local.get $pb) (local.get $rowB)))
          (br $jl8r1)))
        (local.set $pc (i32.add (local.get $c) (i32.shl (i32.add (i32.mul (i32.add (local.get $i) (i32.const 0)) (local.get $k)) (local.get $l)) (i32.const 3))))
        (v128.store offset=0 (local.get $pc) (local.get $s00))
        (v128.store offset=16 (local.get $pc) (local.get $s01))
        (v128.store offset=32 (local.get $pc) (local.get $s02))
        (v128.store offset=48 (local.get $pc) (local.get $s03))
        (local.set $l (i32.add (local.get $l) (i32.const 8))) (br $c8l1)))
      (block $c2d1 (loop $c2l1 (br_if $c2d1 (i32.gt_u (i32.add (local.get $l) (i32.const 2)) (local.get $k)))
        (local.set $s00 (v128.const i64x2 0 0))
        (local.set $pa0 (i32.add (local.get $a) (i32.mul (i32.add (local.get $i) (i32.const 0)) (local.get $rowA))))
        (local.set $pb (i32.add (local.get $bt) (i32.shl (local.get $l) (i32.const 3))))
        (local.set $pend (i32.add (local.get $pa0) (local.get $rowA)))
        (block $jd2r1 (loop $jl2r1 (br_if $jd2r1 (i32.ge_u (local.get $pa0) (local.get $pend)))
          (local.set $x0 (v128.load64_splat (local.get $pa0)))
          (local.set $b0 (v128.load offset=0 (local.get $pb)))
          (local.set $s00 (f64x2.add (local.get $s00) (f64x2.mul (local.get $x0) (local.get $b0))))
          (local.set $pa0 (i32.add (local.get $pa0) (i32.const 8)))
          (local.set $pb (i32.add (local.get $pb) (local.get $rowB)))
          (br $jl2r1)))
        (local.set $pc (i32.add (local.get $c) (i32.shl (i32.add (i32.mul (i32.add (local.get $i) (i32.const 0)) (local.get $k)) (local.get $l)) (i32.const 3))))
        (v128.store offset=0 (local.get $pc) (local.get $s00))
        (local.set $l (i32.add (local.get $l) (i32.const 2))) (br $c2l1)))
      (if (i32.lt_u (local.get $l) (local.get $k)) (then
        (local.set $t0 (f64.const 0))
        (local.set $pa0 (i32.add (local.get $a) (i32.mul (i32.add (local.get $i) (i32.const 0)) (local.get $rowA))))
        (local.set $pb (i32.add (local.get $bt) (i32.shl (local.get $l) (i32.const 3))))
        (local.set $pend (i32.add (local.get $pa0) (local.get $rowA)))
        (block $jd1r1 (loop $jl1r1 (br_if $jd1r1 (i32.ge_u (local.get $pa0) (local.get $pend)))
          (local.set $t0 (f64.add (local.get $t0) (f64.mul (f64.load (local.get $pa0)) (f64.load (local.get $pb)))))
          (local.set $pa0 (i32.add (local.get $pa0) (i32.const 8)))
          (local.set $pb (i32.add (local.get $pb) (local.get $rowB)))
          (br $jl1r1)))
        (f64.store (i32.add (local.get $c) (i32.shl (i32.add (i32.mul (i32.add (local.get $i) (i32.const 0)) (local.get $k)) (local.get $l)) (i32.const 3))) (local.get $t0))
      ))
    )))

  ;; f[i] = Σ_l v[l]·max(z[i·k + l], 0) for i < n, and z[i·k + l] ← [z > 0] (1 or 0) in place: the ReLU forward pass
  ;; after Z = XWᵀ was formed by BLAS (two lanes of partial sums per row, then the odd last column)
  (func (export "relu_rows") (param $z i32) (param $v i32) (param $f i32) (param $n i32) (param $k i32)
    (local $i i32) (local $pv i32) (local $end i32) (local $end2 i32) (local $acc v128) (local $x v128) (local $s f64) (local $t f64)
    (local.set $i (i32.const 0))
    (block $doneI
      (loop $rows
        (br_if $doneI (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $end (i32.add (local.get $z) (i32.shl (local.get $k) (i32.const 3))))
        (local.set $end2 (i32.add (local.get $z) (i32.shl (i32.and (local.get $k) (i32.const -2)) (i32.const 3))))
        (local.set $pv (local.get $v))
        (local.set $acc (v128.const i64x2 0 0))
        (block $done2
          (loop $pairs
            (br_if $done2 (i32.ge_u (local.get $z) (local.get $end2)))
            (local.set $x (v128.load (local.get $z)))
            (local.set $acc (f64x2.add (local.get $acc) (f64x2.mul (v128.load (local.get $pv)) (f64x2.pmax (local.get $x) (f64x2.splat (f64.const 0))))))
            (v128.store (local.get $z) (v128.and (f64x2.gt (local.get $x) (f64x2.splat (f64.const 0))) (f64x2.splat (f64.const 1))))
            (local.set $z (i32.add (local.get $z) (i32.const 16)))
            (local.set $pv (i32.add (local.get $pv) (i32.const 16)))
            (br $pairs)))
        (local.set $s (f64.add (f64x2.extract_lane 0 (local.get $acc)) (f64x2.extract_lane 1 (local.get $acc))))
        (if (i32.lt_u (local.get $z) (local.get $end))
          (then
            (local.set $t (f64.load (local.get $z)))
            (local.set $s (f64.add (local.get $s) (f64.mul (f64.load (local.get $pv)) (select (local.get $t) (f64.const 0) (f64.gt (local.get $t) (f64.const 0))))))
            (f64.store (local.get $z) (select (f64.const 1) (f64.const 0) (f64.gt (local.get $t) (f64.const 0))))
            (local.set $z (i32.add (local.get $z) (i32.const 8)))))
        (f64.store (local.get $f) (local.get $s))
        (local.set $f (i32.add (local.get $f) (i32.const 8)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows))))

  ;; out[i·d + j] = s[i]·x[i·d + j] for i < n, j < d (the rows of X scaled by s; one product per entry, as in JS)
  (func (export "scale_rows") (param $x i32) (param $s i32) (param $out i32) (param $n i32) (param $d i32)
    (local $i i32) (local $end i32) (local $end2 i32) (local $si v128)
    (local.set $i (i32.const 0))
    (block $doneI
      (loop $rows
        (br_if $doneI (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $si (v128.load64_splat (i32.add (local.get $s) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $end (i32.add (local.get $x) (i32.shl (local.get $d) (i32.const 3))))
        (local.set $end2 (i32.add (local.get $x) (i32.shl (i32.and (local.get $d) (i32.const -2)) (i32.const 3))))
        (block $done2
          (loop $pairs
            (br_if $done2 (i32.ge_u (local.get $x) (local.get $end2)))
            (v128.store (local.get $out) (f64x2.mul (local.get $si) (v128.load (local.get $x))))
            (local.set $x (i32.add (local.get $x) (i32.const 16)))
            (local.set $out (i32.add (local.get $out) (i32.const 16)))
            (br $pairs)))
        (if (i32.lt_u (local.get $x) (local.get $end))
          (then
            (f64.store (local.get $out) (f64.mul (f64x2.extract_lane 0 (local.get $si)) (f64.load (local.get $x))))
            (local.set $x (i32.add (local.get $x) (i32.const 8)))
            (local.set $out (i32.add (local.get $out) (i32.const 8)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows))))

  ;; out[l·d + j] += s[l]·pt[j·k + l] for l < k, j < d: G += diag(s)·P from Pᵀ (d×k), a product, then an addition per
  ;; entry, as in JS. Pairs of l share one SIMD product; the d rows of Pᵀ they read stay in cache from pair to pair.
  (func (export "add_scaled_columns") (param $out i32) (param $s i32) (param $pt i32) (param $k i32) (param $d i32)
    (local $l i32) (local $j i32) (local $sl v128) (local $prod v128) (local $po i32) (local $pp i32) (local $rowOut i32) (local $rowPt i32)
    (local.set $rowOut (i32.shl (local.get $d) (i32.const 3)))
    (local.set $rowPt (i32.shl (local.get $k) (i32.const 3)))
    (local.set $l (i32.const 0))
    (block $doneL
      (loop $pairs
        (br_if $doneL (i32.ge_u (i32.add (local.get $l) (i32.const 1)) (local.get $k)))
        (local.set $sl (v128.load (i32.add (local.get $s) (i32.shl (local.get $l) (i32.const 3)))))
        (local.set $po (i32.add (local.get $out) (i32.mul (local.get $l) (local.get $rowOut))))
        (local.set $pp (i32.add (local.get $pt) (i32.shl (local.get $l) (i32.const 3))))
        (local.set $j (i32.const 0))
        (block $doneJ
          (loop $cols
            (br_if $doneJ (i32.ge_u (local.get $j) (local.get $d)))
            (local.set $prod (f64x2.mul (local.get $sl) (v128.load (local.get $pp))))
            (f64.store (local.get $po) (f64.add (f64.load (local.get $po)) (f64x2.extract_lane 0 (local.get $prod))))
            (f64.store (i32.add (local.get $po) (local.get $rowOut))
              (f64.add (f64.load (i32.add (local.get $po) (local.get $rowOut))) (f64x2.extract_lane 1 (local.get $prod))))
            (local.set $po (i32.add (local.get $po) (i32.const 8)))
            (local.set $pp (i32.add (local.get $pp) (local.get $rowPt)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $cols)))
        (local.set $l (i32.add (local.get $l) (i32.const 2)))
        (br $pairs)))
    (if (i32.lt_u (local.get $l) (local.get $k))
      (then
        (local.set $po (i32.add (local.get $out) (i32.mul (local.get $l) (local.get $rowOut))))
        (local.set $pp (i32.add (local.get $pt) (i32.shl (local.get $l) (i32.const 3))))
        (local.set $j (i32.const 0))
        (block $doneLast
          (loop $last
            (br_if $doneLast (i32.ge_u (local.get $j) (local.get $d)))
            (f64.store (local.get $po)
              (f64.add (f64.load (local.get $po)) (f64.mul (f64.load (i32.add (local.get $s) (i32.shl (local.get $l) (i32.const 3)))) (f64.load (local.get $pp)))))
            (local.set $po (i32.add (local.get $po) (i32.const 8)))
            (local.set $pp (i32.add (local.get $pp) (local.get $rowPt)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $last))))))

  ;; x[p] ← (x[p] + |x[p]|)·0.5 for p < len: the MLP's branch-free ReLU (exactly max(x, 0) for |x| ≤ DBL_MAX/2, +0 for
  ;; x ≤ 0, NaN stays NaN), the same three operations per entry as its JS loop, two entries per instruction
  (func (export "relu_in_place") (param $x i32) (param $len i32)
    (local $end i32) (local $end2 i32) (local $v v128) (local $t f64)
    (local.set $end (i32.add (local.get $x) (i32.shl (local.get $len) (i32.const 3))))
    (local.set $end2 (i32.add (local.get $x) (i32.shl (i32.and (local.get $len) (i32.const -2)) (i32.const 3))))
    (block $done2
      (loop $pairs
        (br_if $done2 (i32.ge_u (local.get $x) (local.get $end2)))
        (local.set $v (v128.load (local.get $x)))
        (v128.store (local.get $x) (f64x2.mul (f64x2.add (local.get $v) (f64x2.abs (local.get $v))) (f64x2.splat (f64.const 0.5))))
        (local.set $x (i32.add (local.get $x) (i32.const 16)))
        (br $pairs)))
    (if (i32.lt_u (local.get $x) (local.get $end))
      (then
        (local.set $t (f64.load (local.get $x)))
        (f64.store (local.get $x) (f64.mul (f64.add (local.get $t) (f64.abs (local.get $t))) (f64.const 0.5))))))

  ;; 1 when every x[p] (p < len) is finite, else 0: Σ x·0 is 0 exactly when no entry is ±∞ or NaN (allFinite's test,
  ;; without a branch per entry; two lanes of partial sums)
  (func (export "all_finite") (param $x i32) (param $len i32) (result i32)
    (local $end i32) (local $end2 i32) (local $acc v128) (local $s f64)
    (local.set $end (i32.add (local.get $x) (i32.shl (local.get $len) (i32.const 3))))
    (local.set $end2 (i32.add (local.get $x) (i32.shl (i32.and (local.get $len) (i32.const -2)) (i32.const 3))))
    (local.set $acc (v128.const i64x2 0 0))
    (block $done2
      (loop $pairs
        (br_if $done2 (i32.ge_u (local.get $x) (local.get $end2)))
        (local.set $acc (f64x2.add (local.get $acc) (f64x2.mul (v128.load (local.get $x)) (f64x2.splat (f64.const 0)))))
        (local.set $x (i32.add (local.get $x) (i32.const 16)))
        (br $pairs)))
    (local.set $s (f64.add (f64x2.extract_lane 0 (local.get $acc)) (f64x2.extract_lane 1 (local.get $acc))))
    (if (i32.lt_u (local.get $x) (local.get $end))
      (then (local.set $s (f64.add (local.get $s) (f64.mul (f64.load (local.get $x)) (f64.const 0))))))
    (f64.eq (local.get $s) (f64.const 0)))

  ;; out[i] = Σ_j x[i·d + j]·y[i·d + j] for i < n, j < d: the row sums of X ⊙ Y (the Jacobian's JVP, rowsum(X ⊙ A·Δ)),
  ;; each as two partial sums (even and odd j; an odd last j into the even one), then even + odd
  (func (export "row_dots") (param $x i32) (param $y i32) (param $out i32) (param $n i32) (param $d i32)
    (local $i i32) (local $end i32) (local $end2 i32) (local $acc v128) (local $s f64)
    (local.set $i (i32.const 0))
    (block $doneI
      (loop $rows
        (br_if $doneI (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $end (i32.add (local.get $x) (i32.shl (local.get $d) (i32.const 3))))
        (local.set $end2 (i32.add (local.get $x) (i32.shl (i32.and (local.get $d) (i32.const -2)) (i32.const 3))))
        (local.set $acc (v128.const i64x2 0 0))
        (block $done2
          (loop $pairs
            (br_if $done2 (i32.ge_u (local.get $x) (local.get $end2)))
            (local.set $acc (f64x2.add (local.get $acc) (f64x2.mul (v128.load (local.get $x)) (v128.load (local.get $y)))))
            (local.set $x (i32.add (local.get $x) (i32.const 16)))
            (local.set $y (i32.add (local.get $y) (i32.const 16)))
            (br $pairs)))
        (local.set $s (f64x2.extract_lane 0 (local.get $acc)))
        (if (i32.lt_u (local.get $x) (local.get $end))
          (then
            (local.set $s (f64.add (local.get $s) (f64.mul (f64.load (local.get $x)) (f64.load (local.get $y)))))
            (local.set $x (i32.add (local.get $x) (i32.const 8)))
            (local.set $y (i32.add (local.get $y) (i32.const 8)))))
        (f64.store (local.get $out) (f64.add (local.get $s) (f64x2.extract_lane 1 (local.get $acc))))
        (local.set $out (i32.add (local.get $out) (i32.const 8)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows))))

  ;; The Hadamard step of a symmetric Gram on rows i0 ≤ i < i1 of the row-major m×m g: g[i·m + j] ← g[i·m + j]·blk[(i − i0)·w +
  ;; j − i0] for j ≥ i (w = m − i0: the block of the second factor from column i0 on), one product per entry as in
  ;; hadamardSymmetricByGram's JS loop; then the columns i0 ≤ i < i1 of the strictly lower triangle copied from the
  ;; rows just scaled, g[j·m + i] = g[i·m + j] for i < j (2×2 tiles by shuffles where a whole pair of rows and of
  ;; columns lies below the block, single entries elsewhere), while those rows are still in cache.
  (func (export "hadamard_mirror_rows") (param $g i32) (param $blk i32) (param $m i32) (param $i0 i32) (param $i1 i32)
    (local $i i32) (local $j i32) (local $p i32) (local $q i32) (local $end i32) (local $end2 i32) (local $row i32)
    (local $w i32) (local $a v128) (local $b v128) (local $i2 i32)
    (local.set $row (i32.shl (local.get $m) (i32.const 3)))
    (local.set $w (i32.sub (local.get $m) (local.get $i0)))
    (local.set $i (local.get $i0))
    (block $doneScale
      (loop $scale
        (br_if $doneScale (i32.ge_u (local.get $i) (local.get $i1)))
        ;; p: g[i·m + i], q: blk[(i − i0)·w + (i − i0)], end: g[i·m + m]
        (local.set $p (i32.add (local.get $g) (i32.shl (i32.add (i32.mul (local.get $i) (local.get $m)) (local.get $i)) (i32.const 3))))
        (local.set $q (i32.add (local.get $blk)
          (i32.shl (i32.add (i32.mul (i32.sub (local.get $i) (local.get $i0)) (local.get $w)) (i32.sub (local.get $i) (local.get $i0))) (i32.const 3))))
        (local.set $end (i32.add (local.get $g) (i32.shl (i32.mul (i32.add (local.get $i) (i32.const 1)) (local.get $m)) (i32.const 3))))
        (local.set $end2 (i32.sub (local.get $end) (i32.shl (i32.and (i32.sub (local.get $m) (local.get $i)) (i32.const 1)) (i32.const 3))))
        (block $done2
          (loop $pairs
            (br_if $done2 (i32.ge_u (local.get $p) (local.get $end2)))
            (v128.store (local.get $p) (f64x2.mul (v128.load (local.get $p)) (v128.load (local.get $q))))
            (local.set $p (i32.add (local.get $p) (i32.const 16)))
            (local.set $q (i32.add (local.get $q) (i32.const 16)))
            (br $pairs)))
        (if (i32.lt_u (local.get $p) (local.get $end))
          (then (f64.store (local.get $p) (f64.mul (f64.load (local.get $p)) (f64.load (local.get $q))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $scale)))
    ;; the triangle below the block's diagonal part (i0 < j < i1) and any odd last row or column: entry by entry
    (local.set $j (i32.add (local.get $i0) (i32.const 1)))
    (block $doneTri
      (loop $tri
        (br_if $doneTri (i32.ge_u (local.get $j) (select (local.get $i1) (local.get $m) (i32.lt_u (local.get $i1) (local.get $m)))))
        (local.set $i (local.get $i0))
        (block $doneTriRow
          (loop $triRow
            (br_if $doneTriRow (i32.ge_u (local.get $i) (local.get $j)))
            (f64.store (i32.add (local.get $g) (i32.shl (i32.add (i32.mul (local.get $j) (local.get $m)) (local.get $i)) (i32.const 3)))
              (f64.load (i32.add (local.get $g) (i32.shl (i32.add (i32.mul (local.get $i) (local.get $m)) (local.get $j)) (i32.const 3)))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $triRow)))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $tri)))
    ;; below the block (j ≥ i1): pairs of columns j, j + 1 against pairs of rows i, i + 1 as 2×2 transposes
    (local.set $i2 (i32.sub (local.get $i1) (i32.and (i32.sub (local.get $i1) (local.get $i0)) (i32.const 1))))
    (local.set $j (local.get $i1))
    (block $doneBelow
      (loop $below
        (br_if $doneBelow (i32.ge_u (i32.add (local.get $j) (i32.const 1)) (local.get $m)))
        ;; p: g[i0·m + j] (rows i0.. of columns j, j + 1), q: g[j·m + i0] (row j from column i0)
        (local.set $p (i32.add (local.get $g) (i32.shl (i32.add (i32.mul (local.get $i0) (local.get $m)) (local.get $j)) (i32.const 3))))
        (local.set $q (i32.add (local.get $g) (i32.shl (i32.add (i32.mul (local.get $j) (local.get $m)) (local.get $i0)) (i32.const 3))))
        (local.set $i (local.get $i0))
        (block $doneTiles
          (loop $tiles
            (br_if $doneTiles (i32.ge_u (local.get $i) (local.get $i2)))
            (local.set $a (v128.load (local.get $p)))
            (local.set $b (v128.load (i32.add (local.get $p) (local.get $row))))
            (v128.store (local.get $q) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $a) (local.get $b)))
            (v128.store (i32.add (local.get $q) (local.get $row)) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $a) (local.get $b)))
            (local.set $p (i32.add (local.get $p) (i32.shl (local.get $row) (i32.const 1))))
            (local.set $q (i32.add (local.get $q) (i32.const 16)))
            (local.set $i (i32.add (local.get $i) (i32.const 2)))
            (br $tiles)))
        (if (i32.lt_u (local.get $i2) (local.get $i1))
          (then
            (f64.store (local.get $q) (f64.load (local.get $p)))
            (f64.store (i32.add (local.get $q) (local.get $row)) (f64.load (i32.add (local.get $p) (i32.const 8))))))
        (local.set $j (i32.add (local.get $j) (i32.const 2)))
        (br $below)))
    ;; an odd last column j = m − 1 (when it lies below the block)
    (if (i32.and (i32.lt_u (local.get $j) (local.get $m)) (i32.ge_u (local.get $j) (local.get $i1)))
      (then
        (local.set $i (local.get $i0))
        (block $doneLastCol
          (loop $lastCol
            (br_if $doneLastCol (i32.ge_u (local.get $i) (local.get $i1)))
            (f64.store (i32.add (local.get $g) (i32.shl (i32.add (i32.mul (local.get $j) (local.get $m)) (local.get $i)) (i32.const 3)))
              (f64.load (i32.add (local.get $g) (i32.shl (i32.add (i32.mul (local.get $i) (local.get $m)) (local.get $j)) (i32.const 3)))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $lastCol))))))

  ;; Σ_p c[p]·(Σ_q w[q]/(1 + e[p]·f[q])) for p < np, q < nq: the inner sum in two lanes (even and odd q; an odd last
  ;; q goes into the even lane), then lane 0 + lane 1; the outer sum in order of p. reciprocalProductSum's JS loop sums
  ;; in the same order, so the two give the same bits. (The factored Gauss–Hermite rule for E[σ(u)σ(v)], softplus Σ(C).)
  (func (export "reciprocal_product_sum") (param $e i32) (param $c i32) (param $f i32) (param $w i32) (param $np i32) (param $nq i32) (result f64)
    (local $p i32) (local $pf i32) (local $pw i32) (local $end2 i32) (local $ep v128) (local $acc v128) (local $inner f64) (local $total f64)
    (local.set $end2 (i32.add (local.get $f) (i32.shl (i32.and (local.get $nq) (i32.const -2)) (i32.const 3))))
    (local.set $total (f64.const 0))
    (local.set $p (i32.const 0))
    (block $doneP
      (loop $rows
        (br_if $doneP (i32.ge_u (local.get $p) (local.get $np)))
        (local.set $ep (v128.load64_splat (i32.add (local.get $e) (i32.shl (local.get $p) (i32.const 3)))))
        (local.set $acc (v128.const i64x2 0 0))
        (local.set $pf (local.get $f))
        (local.set $pw (local.get $w))
        (block $doneQ
          (loop $pairs
            (br_if $doneQ (i32.ge_u (local.get $pf) (local.get $end2)))
            (local.set $acc (f64x2.add (local.get $acc) (f64x2.div (v128.load (local.get $pw)) (f64x2.add (f64x2.splat (f64.const 1)) (f64x2.mul (local.get $ep) (v128.load (local.get $pf)))))))
            (local.set $pf (i32.add (local.get $pf) (i32.const 16)))
            (local.set $pw (i32.add (local.get $pw) (i32.const 16)))
            (br $pairs)))
        (local.set $inner (f64x2.extract_lane 0 (local.get $acc)))
        (if (i32.and (local.get $nq) (i32.const 1))
          (then (local.set $inner (f64.add (local.get $inner) (f64.div (f64.load (local.get $pw)) (f64.add (f64.const 1) (f64.mul (f64x2.extract_lane 0 (local.get $ep)) (f64.load (local.get $pf)))))))))
        (local.set $inner (f64.add (local.get $inner) (f64x2.extract_lane 1 (local.get $acc))))
        (local.set $total (f64.add (local.get $total) (f64.mul (f64.load (i32.add (local.get $c) (i32.shl (local.get $p) (i32.const 3)))) (local.get $inner))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $rows)))
    (local.get $total))

  ;; 2^(j/512) for j < 512 at 0: the tail t_j (2^(j/512) = b_j·(1 + t_j), b_j the nearest double), then the bits of 2^64·b_j − j·2^43
  (data (i32.const 0) "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\f0\43") ;; 1
  (data (i32.const 16) "\d5\60\1f\de\7a\d8\75\bc\0a\1c\da\86\8c\fd\ef\43") ;; 1.0013547198921082
  (data (i32.const 32) "\ac\51\18\c6\2f\e8\84\bc\bf\bc\5a\fa\1a\fb\ef\43") ;; 1.0027112750502025
  (data (i32.const 48) "\ac\4b\ac\a7\da\ff\9b\3c\11\bd\2c\5b\ab\f8\ef\43") ;; 1.004069667960554
  (data (i32.const 64) "\6e\bf\88\1a\4f\3b\9b\3c\35\33\fb\a9\3d\f6\ef\43") ;; 1.0054299011128027
  (data (i32.const 80) "\3a\56\e0\5a\8e\c1\75\3c\b4\70\71\e7\d1\f3\ef\43") ;; 1.0067919769999607
  (data (i32.const 96) "\32\1d\52\d8\5d\98\82\bc\81\02\3b\14\68\f1\ef\43") ;; 1.0081558981184175
  (data (i32.const 112) "\a5\49\cf\25\11\5b\70\bc\0e\b1\03\31\00\ef\ef\43") ;; 1.0095216669679448
  (data (i32.const 128) "\5d\dc\d8\9c\13\60\71\bc\61\80\77\3e\9a\ec\ef\43") ;; 1.0108892860517005
  (data (i32.const 144) "\87\3f\ff\bb\9a\87\9f\3c\27\b0\42\3d\36\ea\ef\43") ;; 1.0122587578762337
  (data (i32.const 160) "\bd\bf\61\70\61\1e\65\3c\cc\bb\11\2e\d4\e7\ef\43") ;; 1.0136300849514894
  (data (i32.const 176) "\2a\71\24\38\00\14\9b\3c\8a\5a\91\11\74\e5\ef\43") ;; 1.0150032697908125
  (data (i32.const 192) "\d1\66\87\10\7a\5e\90\bc\85\7f\6e\e8\15\e3\ef\43") ;; 1.016378314910953
  (data (i32.const 208) "\58\f6\8a\f3\f0\cb\61\3c\d8\59\56\b3\b9\e0\ef\43") ;; 1.0177552228320703
  (data (i32.const 224) "\26\a4\7f\43\ad\5f\84\3c\b1\54\f6\72\5f\de\ef\43") ;; 1.019133996077738
  (data (i32.const 240) "\c5\cb\3d\38\16\33\9a\bc\62\17\fc\27\07\dc\ef\43") ;; 1.0205146371749483
  (data (i32.const 256) "\13\f6\67\35\52\d2\8c\3c\74\85\15\d3\b0\d9\ef\43") ;; 1.0218971486541166
  (data (i32.const 272) "\fd\97\e7\e0\c9\01\99\3c\c2\be\f0\74\5c\d7\ef\43") ;; 1.023281533049087
  (data (i32.const 288) "\2f\23\2b\64\29\45\95\bc\89\1f\3c\0e\0a\d5\ef\43") ;; 1.0246677928971357
  (data (i32.const 304) "\46\16\11\6d\23\b3\89\bc\7c\40\a6\9f\b9\d2\ef\43") ;; 1.026055930738976
  (data (i32.const 320) "\fa\8e\f9\23\80\ce\8b\bc\de\f6\dd\29\6b\d0\ef\43") ;; 1.0274459491187637
  (data (i32.const 336) "\b0\b1\99\be\91\b1\8c\bc\93\54\92\ad\1e\ce\ef\43") ;; 1.028837850584101
  (data (i32.const 352) "\2e\c3\f5\8e\70\93\82\3c\36\a8\72\2b\d4\cb\ef\43") ;; 1.030231637686041
  (data (i32.const 368) "\b7\65\37\e8\71\cb\9a\bc\30\7d\2e\a4\8b\c9\ef\43") ;; 1.0316273129790936
  (data (i32.const 384) "\61\c8\e6\61\4e\f7\60\3c\c8\9b\75\18\45\c7\ef\43") ;; 1.0330248790212284
  (data (i32.const 400) "\7e\69\03\8b\e5\d3\5c\3c\3f\09\f8\88\00\c5\ef\43") ;; 1.0344243383738811
  (data (i32.const 416) "\a4\b2\05\09\28\b9\95\bc\e0\07\66\f6\bd\c2\ef\43") ;; 1.0358256936019572
  (data (i32.const 432) "\52\54\75\d4\07\fb\8b\bc\16\17\70\61\7d\c0\ef\43") ;; 1.0372289472738365
  (data (i32.const 448) "\99\d3\33\5b\e4\a3\90\3c\83\f3\c6\ca\3e\be\ef\43") ;; 1.0386341019613787
  (data (i32.const 464) "\cd\14\7b\3e\eb\ed\8a\3c\15\97\1b\33\02\bc\ef\43") ;; 1.0400411602399278
  (data (i32.const 480) "\e7\b7\c4\32\1f\f3\84\3c\19\39\1f\9b\c7\b9\ef\43") ;; 1.041450124688316
  (data (i32.const 496) "\b4\14\d9\f3\b1\8e\9a\3c\52\4e\83\03\8f\b7\ef\43") ;; 1.0428609978888699
  (data (i32.const 512) "\6d\7b\83\5d\a6\9a\97\3c\0f\89\f9\6c\58\b5\ef\43") ;; 1.0442737824274138
  (data (i32.const 528) "\7b\50\02\04\eb\b9\85\bc\3f\d9\33\d8\23\b3\ef\43") ;; 1.0456884808932754
  (data (i32.const 544) "\20\64\d0\30\fb\07\94\3c\85\6c\e4\45\f1\b0\ef\43") ;; 1.0471050958792898
  (data (i32.const 560) "\ee\f3\bb\25\f2\f0\93\bc\53\ae\bd\b6\c0\ae\ef\43") ;; 1.0485236299818055
  (data (i32.const 576) "\fc\ef\fd\92\1a\b5\8e\3c\f7\47\72\2b\92\ac\ef\43") ;; 1.0499440858006872
  (data (i32.const 592) "\84\17\2d\28\e7\3f\9c\bc\ba\20\b5\a4\65\aa\ef\43") ;; 1.051366465939323
  (data (i32.const 608) "\1b\91\b9\b3\04\5d\9a\bc\ec\5d\39\23\3b\a8\ef\43") ;; 1.0527907730046264
  (data (i32.const 624) "\e8\cd\f4\4b\e4\8b\9c\3c\00\63\b2\a7\12\a6\ef\43") ;; 1.0542170096070436
  (data (i32.const 640) "\d1\9c\2f\70\3d\be\3e\3c\a2\d1\d3\32\ec\a3\ef\43") ;; 1.0556451783605572
  (data (i32.const 656) "\44\3c\c9\44\54\0c\82\3c\c6\89\51\c5\c7\a1\ef\43") ;; 1.0570752818826903
  (data (i32.const 672) "\46\95\73\f0\01\7a\93\bc\c5\a9\df\5f\a5\9f\ef\43") ;; 1.0585073227945128
  (data (i32.const 688) "\7a\0d\58\eb\ba\c6\84\bc\6d\8e\32\03\85\9d\ef\43") ;; 1.0599413037206447
  (data (i32.const 704) "\0b\6e\90\89\34\03\6a\bc\1b\d3\fe\af\66\9b\ef\43") ;; 1.061377227289262
  (data (i32.const 720) "\83\9f\0d\1b\aa\57\86\3c\ce\51\f9\66\4a\99\ef\43") ;; 1.0628150961321015
  (data (i32.const 736) "\a5\f0\4e\b0\68\82\8b\3c\3e\23\d7\28\30\97\ef\43") ;; 1.0642549128844645
  (data (i32.const 752) "\45\e1\6e\fd\c7\f2\62\3c\f1\9e\4d\f6\17\95\ef\43") ;; 1.065696680185223
  (data (i32.const 768) "\0e\bd\2f\2a\52\56\95\bc\51\5b\12\d0\01\93\ef\43") ;; 1.0671404006768237
  (data (i32.const 784) "\90\5e\92\89\27\0b\6b\bc\c1\2d\db\b6\ed\90\ef\43") ;; 1.0685860770052928
  (data (i32.const 800) "\cc\eb\a2\44\6e\c4\9a\bc\b6\2a\5e\ab\db\8e\ef\43") ;; 1.0700337118202419
  (data (i32.const 816) "\ae\7f\19\7d\d1\aa\93\bc\c8\a5\51\ae\cb\8c\ef\43") ;; 1.071483307774871
  (data (i32.const 832) "\55\ea\4e\8c\ef\80\50\bc\cc\31\6c\c0\bd\8a\ef\43") ;; 1.0729348675259756
  (data (i32.const 848) "\70\ad\07\4a\46\9c\98\bc\e9\a0\64\e2\b1\88\ef\43") ;; 1.0743883937339496
  (data (i32.const 864) "\60\f8\c9\90\4e\70\65\bc\ab\04\f2\14\a8\86\ef\43") ;; 1.075843889062791
  (data (i32.const 880) "\f4\97\e1\fc\38\c3\72\bc\1e\ae\cb\58\a0\84\ef\43") ;; 1.0773013561801075
  (data (i32.const 896) "\16\f4\d5\b9\23\c9\91\bc\e0\2d\a9\ae\9a\82\ef\43") ;; 1.0787607977571199
  (data (i32.const 912) "\b6\0e\ea\4c\72\ca\6d\bc\38\54\42\17\97\80\ef\43") ;; 1.080222216468668
  (data (i32.const 928) "\80\62\e4\57\ea\7c\89\bc\2e\31\4f\93\95\7e\ef\43") ;; 1.0816856149932152
  (data (i32.const 944) "\4d\d3\55\b9\70\47\46\3c\9e\14\88\23\96\7c\ef\43") ;; 1.0831509960128538
  (data (i32.const 960) "\af\55\5c\e9\e3\d3\80\3c\51\8e\a5\c8\98\7a\ef\43") ;; 1.0846183622133092
  (data (i32.const 976) "\4f\42\14\c1\11\28\96\bc\12\6e\60\83\9d\78\ef\43") ;; 1.0860877162839455
  (data (i32.const 992) "\d2\b9\e2\29\14\f0\56\3c\c2\c3\71\54\a4\76\ef\43") ;; 1.0875590609177697
  (data (i32.const 1008) "\d4\4d\90\74\8e\c5\8e\3c\73\df\92\3c\ad\74\ef\43") ;; 1.0890323988114374
  (data (i32.const 1024) "\48\93\a5\ea\15\1b\80\bc\7b\51\7d\3c\b8\72\ef\43") ;; 1.0905077326652577
  (data (i32.const 1040) "\bf\5b\2d\ab\b0\63\8d\3c\89\ea\ea\54\c5\70\ef\43") ;; 1.091985065183197
  (data (i32.const 1056) "\4b\03\59\24\3b\65\6e\3c\c0\bb\95\86\d4\6e\ef\43") ;; 1.0934643990728858
  (data (i32.const 1072) "\92\ac\ee\fb\ef\a9\9c\bc\c9\16\38\d2\e5\6c\ef\43") ;; 1.0949457370456221
  (data (i32.const 1088) "\3d\32\de\55\f0\1f\8f\bc\ea\8d\8c\38\f9\6a\ef\43") ;; 1.0964290818163769
  (data (i32.const 1104) "\e2\f6\e0\0d\92\da\8b\3c\1f\f4\4d\ba\0e\69\ef\43") ;; 1.0979144361037994
  (data (i32.const 1120) "\dc\b7\45\a3\7e\cc\92\3c\2f\5d\37\58\26\67\ef\43") ;; 1.099401802630222
  (data (i32.const 1136) "\1c\f7\5f\9a\7f\59\9a\bc\c2\1d\04\13\40\65\ef\43") ;; 1.1008911841216649
  (data (i32.const 1152) "\bf\53\13\3f\8c\89\8b\3c\75\cb\6f\eb\5b\63\ef\43") ;; 1.102382583307841
  (data (i32.const 1168) "\73\a5\5a\12\5b\83\50\3c\f8\3c\36\e2\79\61\ef\43") ;; 1.1038760029221617
  (data (i32.const 1184) "\9e\ea\76\28\fb\7b\95\3c\1c\8a\13\f8\99\5f\ef\43") ;; 1.1053714457017412
  (data (i32.const 1200) "\1f\ec\1a\d6\13\aa\8a\3c\f0\0b\c4\2d\bc\5d\ef\43") ;; 1.1068689143874018
  (data (i32.const 1216) "\26\eb\11\76\9c\d9\96\bc\d4\5c\04\84\e0\5b\ef\43") ;; 1.1083684117236787
  (data (i32.const 1232) "\bd\10\71\aa\81\4f\8a\3c\8f\58\91\fb\06\5a\ef\43") ;; 1.109869940458825
  (data (i32.const 1248) "\55\21\af\73\18\dc\8c\3c\6b\1c\28\95\2f\58\ef\43") ;; 1.1113735033448175
  (data (i32.const 1264) "\3e\3e\31\6a\fd\17\68\bc\46\07\86\51\5a\56\ef\43") ;; 1.1128791031373608
  (data (i32.const 1280) "\60\2f\3a\3e\f7\ec\9a\3c\aa\b9\68\31\87\54\ef\43") ;; 1.1143867425958924
  (data (i32.const 1296) "\6a\d2\5f\f8\6a\23\96\bc\e8\15\8e\35\b6\52\ef\43") ;; 1.115896424483589
  (data (i32.const 1312) "\31\a1\53\46\68\93\94\bc\27\40\b4\5e\e7\50\ef\43") ;; 1.1174081515673693
  (data (i32.const 1328) "\e7\ab\23\45\eb\95\77\3c\82\9e\99\ad\1a\4f\ef\43") ;; 1.1189219266179014
  (data (i32.const 1344) "\9d\38\86\cb\82\e7\8f\bc\1d\d9\fc\22\50\4d\ef\43") ;; 1.1204377524096067
  (data (i32.const 1360) "\95\00\b4\91\8b\e5\8f\3c\38\da\9c\bf\87\4b\ef\43") ;; 1.121955631720665
  (data (i32.const 1376) "\0a\52\77\90\89\e2\98\bc\4d\ce\38\84\c1\49\ef\43") ;; 1.12347556733302
  (data (i32.const 1392) "\4a\61\0c\86\aa\ec\91\3c\1e\24\90\71\fd\47\ef\43") ;; 1.1249975620323833
  (data (i32.const 1408) "\8d\c3\a6\44\41\6f\8a\3c\d6\8c\62\88\3b\46\ef\43") ;; 1.1265216186082418
  (data (i32.const 1424) "\cb\bb\a0\3b\c8\45\3e\bc\18\fc\6f\c9\7b\44\ef\43") ;; 1.1280477398538604
  (data (i32.const 1440) "\73\92\f5\d4\fc\20\91\3c\19\a8\78\35\be\42\ef\43") ;; 1.129575928566288
  (data (i32.const 1456) "\ee\b4\07\ea\3b\fd\29\bc\b9\09\3d\cd\02\41\ef\43") ;; 1.1311061875463635
  (data (i32.const 1472) "\7d\04\e4\b0\05\7a\80\3c\96\dc\7d\91\49\3f\ef\43") ;; 1.1326385195987192
  (data (i32.const 1488) "\6d\25\0e\35\c7\f1\87\3c\27\1f\fc\82\92\3d\ef\43") ;; 1.1341729275317876
  (data (i32.const 1504) "\b8\c9\88\c1\88\b7\89\3c\d1\12\79\a2\dd\3b\ef\43") ;; 1.1357094141578055
  (data (i32.const 1520) "\4f\4f\12\6c\ac\0d\42\3c\ff\3b\b6\f0\2a\3a\ef\43") ;; 1.1372479822928196
  (data (i32.const 1536) "\94\a8\a8\e3\fd\8e\96\3c\38\62\75\6e\7a\38\ef\43") ;; 1.1387886347566916
  (data (i32.const 1552) "\fd\09\bc\09\1d\50\99\bc\3a\90\78\1c\cc\36\ef\43") ;; 1.1403313743731034
  (data (i32.const 1568) "\84\ef\90\ca\fb\7a\87\3c\0a\14\82\fb\1f\35\ef\43") ;; 1.1418762039695616
  (data (i32.const 1584) "\75\86\dc\64\f8\ba\73\3c\15\7f\54\0c\76\33\ef\43") ;; 1.1434231263774042
  (data (i32.const 1600) "\7d\48\74\f2\18\5e\87\3c\3f\a6\b2\4f\ce\31\ef\43") ;; 1.1449721444318042
  (data (i32.const 1616) "\54\af\1e\5c\57\b0\91\3c\ff\a1\5f\c6\28\30\ef\43") ;; 1.1465232609717757
  (data (i32.const 1632) "\ee\76\28\08\2f\51\91\3c\75\ce\1e\71\85\2e\ef\43") ;; 1.148076478840179
  (data (i32.const 1648) "\ab\33\ce\c9\4b\36\90\bc\82\cb\b3\50\e4\2c\ef\43") ;; 1.1496318008837254
  (data (i32.const 1664) "\f2\e7\1f\98\2b\47\80\3c\dd\7c\e2\65\45\2b\ef\43") ;; 1.1511892299529827
  (data (i32.const 1680) "\32\ed\85\5d\16\48\75\bc\30\0a\6f\b1\a8\29\ef\43") ;; 1.1527487689023808
  (data (i32.const 1696) "\c6\5e\d7\c7\f0\02\9a\3c\29\df\1d\34\0e\28\ef\43") ;; 1.154310420590216
  (data (i32.const 1712) "\2c\e3\68\7a\97\3b\7c\3c\98\ab\b3\ee\75\26\ef\43") ;; 1.1558741878786574
  (data (i32.const 1728) "\5e\08\71\3f\7b\b8\96\bc\81\63\f5\e1\df\24\ef\43") ;; 1.1574400736337511
  (data (i32.const 1744) "\fe\ec\97\f6\55\a2\93\bc\36\3f\a8\0e\4c\23\ef\43") ;; 1.159008080725426
  (data (i32.const 1760) "\bf\60\82\e7\97\32\80\bc\70\bb\91\75\ba\21\ef\43") ;; 1.1605782120274988
  (data (i32.const 1776) "\50\e5\c1\ed\19\2d\8d\3c\65\99\77\17\2b\20\ef\43") ;; 1.1621504704176797
  (data (i32.const 1792) "\31\ab\09\6d\e1\f7\82\3c\e1\de\1f\f5\9d\1e\ef\43") ;; 1.1637248587775775
  (data (i32.const 1808) "\8c\dd\13\31\17\b2\76\bc\5c\d6\50\0f\13\1d\ef\43") ;; 1.1653013799927043
  (data (i32.const 1824) "\bf\9f\cd\5c\7e\b7\95\bc\13\0f\d1\66\8a\1b\ef\43") ;; 1.1668800369524817
  (data (i32.const 1840) "\0b\59\53\f8\a5\1a\81\3c\1f\5d\67\fc\03\1a\ef\43") ;; 1.168460832550245
  (data (i32.const 1856) "\fa\bf\6f\1a\9b\21\3d\bc\90\d9\da\d0\7f\18\ef\43") ;; 1.1700437696832502
  (data (i32.const 1872) "\02\aa\c8\34\1a\d6\61\3c\80\e2\f2\e4\fd\16\ef\43") ;; 1.1716288512526774
  (data (i32.const 1888) "\1e\25\b4\40\5c\e7\91\bc\2f\1b\77\39\7e\15\ef\43") ;; 1.1732160801636373
  (data (i32.const 1904) "\6d\28\6b\bf\92\f8\91\bc\18\6c\2f\cf\00\14\ef\43") ;; 1.1748054593251762
  (data (i32.const 1920) "\b4\0a\0c\72\82\37\8b\3c\0b\03\e4\a6\85\12\ef\43") ;; 1.1763969916502812
  (data (i32.const 1936) "\80\e6\20\5c\c6\90\75\3c\46\53\5d\c1\0c\11\ef\43") ;; 1.1779906800558861
  (data (i32.const 1952) "\5a\78\f7\f1\11\a9\98\3c\89\15\64\1f\96\0f\ef\43") ;; 1.1795865274628758
  (data (i32.const 1968) "\9d\1e\5c\0b\32\fe\86\3c\33\48\c1\c1\21\0e\ef\43") ;; 1.1811845367960927
  (data (i32.const 1984) "\8f\cb\ce\89\92\14\6e\3c\56\2f\3e\a9\af\0c\ef\43") ;; 1.182784710984341
  (data (i32.const 2000) "\90\57\f2\b2\d8\3c\90\bc\d2\54\a4\d6\3f\0b\ef\43") ;; 1.184387052960393
  (data (i32.const 2016) "\bb\7d\db\98\c9\e7\61\bc\6b\88\bd\4a\d2\09\ef\43") ;; 1.1859915656609938
  (data (i32.const 2032) "\87\4a\a5\86\f7\3b\7b\3c\e4\df\53\06\67\08\ef\43") ;; 1.1875982520268673
  (data (i32.const 2048) "\b6\ab\b0\4d\75\4d\83\3c\15\b7\31\0a\fe\06\ef\43") ;; 1.189207115002721
  (data (i32.const 2064) "\85\28\73\41\6c\bb\74\3c\04\b0\21\57\97\05\ef\43") ;; 1.1908181575372518
  (data (i32.const 2080) "\f4\ad\fa\11\5c\42\85\3c\fd\b2\ee\ed\32\04\ef\43") ;; 1.1924313825831512
  (data (i32.const 2096) "\8b\9a\bb\9a\39\d7\99\bc\ac\ee\63\cf\d0\02\ef\43") ;; 1.1940467930971108
  (data (i32.const 2112) "\4c\74\ac\e2\01\42\86\3c\31\d8\4c\fc\70\01\ef\43") ;; 1.1956643920398273
  (data (i32.const 2128) "\eb\c9\6a\0c\d6\51\54\bc\40\2b\75\75\13\00\ef\43") ;; 1.1972841823760092
  (data (i32.const 2144) "\47\28\3e\a0\17\95\97\bc\32\ea\a8\3b\b8\fe\ee\43") ;; 1.1989061670743806
  (data (i32.const 2160) "\d9\af\ce\10\a2\87\87\3c\20\5e\b4\4f\5f\fd\ee\43") ;; 1.2005303491076873
  (data (i32.const 2176) "\4a\f8\d3\5d\39\dd\8f\3c\ff\16\64\b2\08\fc\ee\43") ;; 1.202156731452703
  (data (i32.const 2192) "\3d\94\29\46\1e\8d\88\bc\b4\eb\84\64\b4\fa\ee\43") ;; 1.203785317090234
  (data (i32.const 2208) "\ee\4b\da\46\2a\0e\80\bc\2d\fa\e3\66\62\f9\ee\43") ;; 1.2054161090051239
  (data (i32.const 2224) "\b6\88\40\54\9c\36\93\bc\7d\a7\4e\ba\12\f8\ee\43") ;; 1.2070491101862608
  (data (i32.const 2240) "\04\5b\8e\3b\80\a3\86\bc\f1\9f\92\5f\c5\f6\ee\43") ;; 1.2086843236265816
  (data (i32.const 2256) "\fb\6d\eb\e4\3c\37\85\3c\2b\d7\7d\57\7a\f5\ee\43") ;; 1.2103217523230778
  (data (i32.const 2272) "\34\2b\97\03\08\43\87\bc\3b\88\de\a2\31\f4\ee\43") ;; 1.2119613992768012
  (data (i32.const 2288) "\7f\a6\65\82\ec\ad\83\3c\b4\35\83\42\eb\f2\ee\43") ;; 1.2136032674928687
  (data (i32.const 2304) "\68\50\4b\cc\ed\4a\92\bc\cb\a9\3a\37\a7\f1\ee\43") ;; 1.215247359980469
  (data (i32.const 2320) "\c5\6b\ac\bc\88\53\83\bc\69\f6\d3\81\65\f0\ee\43") ;; 1.2168936797528664
  (data (i32.const 2336) "\94\2d\e0\0a\e3\4d\95\bc\4a\75\1e\23\26\ef\ee\43") ;; 1.2185422298274085
  (data (i32.const 2352) "\40\66\4b\4e\db\7c\72\3c\11\c8\e9\1b\e9\ed\ee\43") ;; 1.2201930132255294
  (data (i32.const 2368) "\8e\2d\51\1b\f8\07\99\bc\66\d8\05\6d\ae\ec\ee\43") ;; 1.2218460329727576
  (data (i32.const 2384) "\35\af\26\6a\69\c2\86\3c\08\d8\42\17\76\eb\ee\43") ;; 1.2235012920987192
  (data (i32.const 2400) "\ec\03\1c\7e\48\f2\94\bc\ef\40\71\1b\40\ea\ee\43") ;; 1.2251587936371455
  (data (i32.const 2416) "\9a\97\6b\f0\6f\8f\88\3c\5b\d5\61\7a\0c\e9\ee\43") ;; 1.226818540625877
  (data (i32.const 2432) "\d2\36\94\3e\e8\d1\71\bc\f7\9f\e5\34\db\e7\ee\43") ;; 1.22848053610687
  (data (i32.const 2448) "\30\20\bc\aa\ef\d5\89\bc\ea\f3\cd\4b\ac\e6\ee\43") ;; 1.2301447831262018
  (data (i32.const 2464) "\f4\b2\fc\32\54\4a\91\3c\f4\6c\ec\bf\7f\e5\ee\43") ;; 1.2318112847340759
  (data (i32.const 2480) "\d6\c9\91\7f\86\b8\76\bc\89\ef\12\92\55\e4\ee\43") ;; 1.2334800439848286
  (data (i32.const 2496) "\15\1b\ce\b3\19\19\99\bc\e5\a8\13\c3\2d\e3\ee\43") ;; 1.2351510639369334
  (data (i32.const 2512) "\e6\7f\15\b5\c0\c9\94\3c\28\0f\c1\53\08\e2\ee\43") ;; 1.2368243476530072
  (data (i32.const 2528) "\2f\2a\56\a5\bb\c3\79\3c\73\e1\ed\44\e5\e0\ee\43") ;; 1.2384998981998165
  (data (i32.const 2544) "\8e\1c\b5\45\53\45\62\bc\fa\27\6d\97\c4\df\ee\43") ;; 1.2401777186482819
  (data (i32.const 2560) "\6d\4c\2a\a7\48\9f\85\3c\22\34\12\4c\a6\de\ee\43") ;; 1.241857812073484
  (data (i32.const 2576) "\d0\77\54\e4\1d\33\93\bc\9b\a0\b0\63\8a\dd\ee\43") ;; 1.24354018155467
  (data (i32.const 2592) "\58\16\e2\12\16\a7\85\bc\75\51\1c\df\70\dc\ee\43") ;; 1.245224830175258
  (data (i32.const 2608) "\16\9b\b3\39\4d\f8\95\bc\3f\74\29\bf\59\db\ee\43") ;; 1.2469117610228435
  (data (i32.const 2624) "\8a\69\28\7a\60\12\93\bc\1c\80\ac\04\45\da\ee\43") ;; 1.2486009771892048
  (data (i32.const 2640) "\62\d5\c4\c7\4d\ba\72\bc\df\35\7a\b0\32\d9\ee\43") ;; 1.2502924817703087
  (data (i32.const 2656) "\d6\24\1d\6f\1f\42\86\3c\24\a0\67\c3\22\d8\ee\43") ;; 1.2519862778663162
  (data (i32.const 2672) "\1f\69\02\dc\25\4f\84\bc\6a\13\4a\3e\15\d7\ee\43") ;; 1.2536823685815883
  (data (i32.const 2688) "\5b\89\17\48\8f\a7\58\bc\2a\2e\f7\21\0a\d6\ee\43") ;; 1.255380757024691
  (data (i32.const 2704) "\01\b5\b9\8e\32\8d\88\bc\f5\d8\44\6f\01\d5\ee\43") ;; 1.2570814463084024
  (data (i32.const 2720) "\65\ce\5f\81\a6\48\93\bc\8a\46\09\27\fb\d3\ee\43") ;; 1.2587844395497165
  (data (i32.const 2736) "\5a\b1\dd\42\ec\0b\7f\3c\f1\f3\1a\4a\f7\d2\ee\43") ;; 1.2604897398698507
  (data (i32.const 2752) "\1b\9a\49\67\9b\2c\7c\bc\97\a8\50\d9\f5\d1\ee\43") ;; 1.2621973503942507
  (data (i32.const 2768) "\52\d4\9c\2b\0a\5f\61\bc\63\76\81\d5\f6\d0\ee\43") ;; 1.263907274252596
  (data (i32.const 2784) "\71\98\4d\98\43\5c\83\3c\d4\b9\84\3f\fa\cf\ee\43") ;; 1.2656195145788063
  (data (i32.const 2800) "\1d\9e\91\5a\46\2e\8c\bc\1a\1a\32\18\00\cf\ee\43") ;; 1.2673340745110466
  (data (i32.const 2816) "\11\ac\c2\60\ed\63\43\3c\2d\89\61\60\08\ce\ee\43") ;; 1.2690509571917332
  (data (i32.const 2832) "\f1\08\bd\02\fd\5d\86\bc\ec\43\eb\18\13\cd\ee\43") ;; 1.2707701657675399
  (data (i32.const 2848) "\a0\73\94\8d\fc\2a\63\bc\32\d2\a7\42\20\cc\ee\43") ;; 1.2724917033894028
  (data (i32.const 2864) "\62\17\9b\c8\ce\68\8e\bc\f4\06\70\de\2f\cb\ee\43") ;; 1.274215573212527
  (data (i32.const 2880) "\ef\64\06\3b\09\66\96\3c\57\00\1d\ed\41\ca\ee\43") ;; 1.275941778396392
  (data (i32.const 2896) "\ca\82\b6\8e\85\ae\48\bc\d0\27\88\6f\56\c9\ee\43") ;; 1.2776703221047576
  (data (i32.const 2912) "\0e\02\de\44\5e\fc\95\bc\37\32\8b\66\6d\c8\ee\43") ;; 1.2794012075056693
  (data (i32.const 2928) "\5f\91\c0\77\12\d7\5d\3c\e5\1f\00\d3\86\c7\ee\43") ;; 1.2811344377714644
  (data (i32.const 2944) "\79\03\a1\da\e1\cc\6e\3c\d0\3c\c1\b5\a2\c6\ee\43") ;; 1.2828700160787783
  (data (i32.const 2960) "\fb\d7\ec\25\13\00\92\3c\a1\20\a9\0f\c1\c5\ee\43") ;; 1.2846079456085493
  (data (i32.const 2976) "\2f\c4\27\83\14\a0\7e\bc\d2\ae\92\e1\e1\c4\ee\43") ;; 1.2863482295460256
  (data (i32.const 2992) "\32\03\87\e2\e6\ac\65\3c\c4\16\59\2c\05\c4\ee\43") ;; 1.2880908710807697
  (data (i32.const 3008) "\30\12\0f\3f\8e\ff\93\3c\de\d3\d7\f0\2a\c3\ee\43") ;; 1.2898358734066657
  (data (i32.const 3024) "\af\ff\90\56\c5\95\95\bc\a6\ad\ea\2f\53\c2\ee\43") ;; 1.2915832397219247
  (data (i32.const 3040) "\22\80\a8\d1\3a\84\7a\bc\d7\b7\6d\ea\7d\c1\ee\43") ;; 1.2933329732290895
  (data (i32.const 3056) "\99\51\fb\a9\1b\40\8b\bc\83\52\3d\21\ab\c0\ee\43") ;; 1.2950850771350424
  (data (i32.const 3072) "\b0\af\7a\bb\ce\90\76\3c\27\2a\36\d5\da\bf\ee\43") ;; 1.2968395546510096
  (data (i32.const 3088) "\57\cc\24\f3\2b\f8\6d\3c\ca\37\35\07\0d\bf\ee\43") ;; 1.2985964089925681
  (data (i32.const 3104) "\63\4e\14\bf\a3\2c\89\3c\14\c1\17\b8\41\be\ee\43") ;; 1.3003556433796506
  (data (i32.const 3120) "\bb\c7\41\86\e3\ca\97\3c\6b\58\bb\e8\78\bd\ee\43") ;; 1.3021172610365521
  (data (i32.const 3136) "\77\e0\54\eb\bd\1d\93\3c\0d\dd\fd\99\b2\bc\ee\43") ;; 1.3038812651919358
  (data (i32.const 3152) "\67\2b\4a\5c\0c\d8\62\3c\2a\7b\bd\cc\ee\bb\ee\43") ;; 1.3056476590788386
  (data (i32.const 3168) "\b0\a8\4a\b0\99\2c\90\bc\ff\ab\d8\81\2d\bb\ee\43") ;; 1.3074164459346773
  (data (i32.const 3184) "\f0\ea\12\0d\c1\39\8f\3c\f0\35\2e\ba\6e\ba\ee\43") ;; 1.3091876290012543
  (data (i32.const 3200) "\8e\a3\71\00\34\94\8f\bc\a7\2c\9d\76\b2\b9\ee\43") ;; 1.3109612115247644
  (data (i32.const 3216) "\d9\55\4a\d7\82\b5\80\bc\27\f1\04\b8\f8\b8\ee\43") ;; 1.3127371967557993
  (data (i32.const 3232) "\18\71\e6\67\4f\e3\73\3c\ee\31\45\7f\41\b8\ee\43") ;; 1.3145155879493546
  (data (i32.const 3248) "\ca\34\f4\7f\32\4e\6b\bc\0d\eb\3d\cd\8c\b7\ee\43") ;; 1.316296388364836
  (data (i32.const 3264) "\49\a3\93\dc\cc\de\87\bc\42\66\cf\a2\da\b6\ee\43") ;; 1.318079601266064
  (data (i32.const 3280) "\20\3e\59\38\ca\2d\59\bc\14\3b\da\00\2b\b6\ee\43") ;; 1.3198652299212812
  (data (i32.const 3296) "\f0\a0\7b\19\b1\a3\75\bc\ef\4e\3f\e8\7d\b5\ee\43") ;; 1.3216532776031575
  (data (i32.const 3312) "\3e\83\94\99\ca\da\85\bc\3d\d5\df\59\d3\b4\ee\43") ;; 1.3234437475887966
  (data (i32.const 3328) "\5f\38\0f\bd\c6\de\78\bc\82\4f\9d\56\2b\b4\ee\43") ;; 1.3252366431597413
  (data (i32.const 3344) "\ae\6d\bc\21\43\0b\98\bc\78\8d\59\df\85\b3\ee\43") ;; 1.3270319676019806
  (data (i32.const 3360) "\68\50\07\88\28\bd\81\3c\27\ad\f6\f4\e2\b2\ee\43") ;; 1.3288297242059544
  (data (i32.const 3376) "\c5\41\52\ec\af\90\83\bc\06\1b\57\98\42\b2\ee\43") ;; 1.330629916266561
  (data (i32.const 3392) "\f6\5c\7b\ec\46\12\86\bc\0f\92\5d\ca\a4\b1\ee\43") ;; 1.3324325470831615
  (data (i32.const 3408) "\86\d5\e7\af\cd\15\8f\3c\df\1b\ed\8b\09\b1\ee\43") ;; 1.3342376199595873
  (data (i32.const 3424) "\8f\ef\89\ae\e8\6b\89\bc\d2\10\e9\dd\70\b0\ee\43") ;; 1.3360451382041458
  (data (i32.const 3440) "\7f\b6\e9\1a\a9\0a\91\bc\19\18\35\c1\da\af\ee\43") ;; 1.3378551051296255
  (data (i32.const 3456) "\8e\d7\fd\18\05\35\93\3c\da\27\b5\36\47\af\ee\43") ;; 1.339667524053303
  (data (i32.const 3472) "\75\23\46\67\1b\7e\95\3c\4c\85\4d\3f\b6\ae\ee\43") ;; 1.3414823982969493
  (data (i32.const 3488) "\02\86\34\90\ac\e6\88\bc\cf\c4\e2\db\27\ae\ee\43") ;; 1.3432997311868353
  (data (i32.const 3504) "\a7\52\15\05\d5\24\81\3c\07\ca\59\0d\9c\ad\ee\43") ;; 1.3451195260537376
  (data (i32.const 3520) "\05\9b\8a\2f\b7\98\7b\3c\fd\c7\97\d4\12\ad\ee\43") ;; 1.3469417862329458
  (data (i32.const 3536) "\1f\cf\2e\95\03\a1\3c\bc\35\41\82\32\8c\ac\ee\43") ;; 1.3487665150642674
  (data (i32.const 3552) "\ac\c3\65\13\7f\af\91\bc\cc\07\ff\27\08\ac\ee\43") ;; 1.3505937158920345
  (data (i32.const 3568) "\d6\4f\2a\c0\45\33\77\3c\92\3d\f4\b5\86\ab\ee\43") ;; 1.3524233920651096
  (data (i32.const 3584) "\09\54\1c\e2\e1\63\90\3c\29\54\48\dd\07\ab\ee\43") ;; 1.3542555469368927
  (data (i32.const 3600) "\f2\20\ce\0f\2a\9d\90\bc\1e\0d\e2\9e\8b\aa\ee\43") ;; 1.356090183865326
  (data (i32.const 3616) "\8a\89\d1\40\35\3a\94\bc\03\7a\a8\fb\11\aa\ee\43") ;; 1.3579273062129011
  (data (i32.const 3632) "\46\17\f8\b4\2c\4f\92\bc\8f\fc\82\f4\9a\a9\ee\43") ;; 1.3597669173466647
  (data (i32.const 3648) "\ea\c6\19\50\85\c7\34\3c\b7\46\59\8a\26\a9\ee\43") ;; 1.3616090206382248
  (data (i32.const 3664) "\6b\84\a9\a0\92\35\94\bc\cc\5a\13\be\b4\a8\ee\43") ;; 1.3634536194637574
  (data (i32.const 3680) "\90\80\aa\dd\58\1f\95\bc\93\8b\99\90\45\a8\ee\43") ;; 1.365300717204012
  (data (i32.const 3696) "\4f\4f\44\5d\c8\6b\95\bc\65\7c\d4\02\d9\a7\ee\43") ;; 1.3671503172443178
  (data (i32.const 3712) "\35\c0\64\2b\e6\32\94\3c\48\21\ad\15\6f\a7\ee\43") ;; 1.3690024229745905
  (data (i32.const 3728) "\9f\31\18\42\1e\4d\91\3c\0f\bf\0c\ca\07\a7\ee\43") ;; 1.3708570377893385
  (data (i32.const 3744) "\7c\a1\50\8e\64\e1\82\bc\71\eb\dc\20\a3\a6\ee\43") ;; 1.3727141650876684
  (data (i32.const 3760) "\f4\13\93\70\93\1c\97\3c\26\8d\07\1b\41\a6\ee\43") ;; 1.3745738082732912
  (data (i32.const 3776) "\9f\76\99\61\4a\e4\8c\bc\09\dc\76\b9\e1\a5\ee\43") ;; 1.3764359707545302
  (data (i32.const 3792) "\22\d2\60\3b\30\88\7f\3c\2a\61\15\fd\84\a5\ee\43") ;; 1.3783006559443245
  (data (i32.const 3808) "\75\a5\98\da\0e\f3\95\3c\f4\f6\cd\e6\2a\a5\ee\43") ;; 1.380167867260238
  (data (i32.const 3824) "\5b\4b\8d\a1\5c\12\70\3c\44\c9\8b\77\d3\a4\ee\43") ;; 1.382037608124464
  (data (i32.const 3840) "\a8\4d\ef\3b\c5\33\8c\bc\85\55\3a\b0\7e\a4\ee\43") ;; 1.383909881963832
  (data (i32.const 3856) "\11\8b\79\73\ea\92\95\3c\cd\6a\c5\91\2c\a4\ee\43") ;; 1.3857846922098134
  (data (i32.const 3872) "\59\21\a7\a8\cd\7e\91\3c\fd\29\19\1d\dd\a3\ee\43") ;; 1.387662042298529
  (data (i32.const 3888) "\39\57\d7\d7\d6\71\93\bc\d8\05\22\53\90\a3\ee\43") ;; 1.3895419356707546
  (data (i32.const 3904) "\ae\e9\2b\89\78\53\84\bc\20\c3\cc\34\46\a3\ee\43") ;; 1.3914243757719262
  (data (i32.const 3920) "\07\f8\96\d9\5f\c0\8a\bc\b7\78\06\c3\fe\a2\ee\43") ;; 1.3933093660521487
  (data (i32.const 3936) "\6e\ae\e1\ce\f3\45\93\bc\b7\8f\bc\fe\b9\a2\ee\43") ;; 1.3951969099662003
  (data (i32.const 3952) "\3a\65\03\7d\06\f5\91\bc\90\c3\dc\e8\77\a2\ee\43") ;; 1.3970870109735394
  (data (i32.const 3968) "\58\58\56\78\dd\ce\93\bc\25\22\55\82\38\a2\ee\43") ;; 1.3989796725383112
  (data (i32.const 3984) "\ad\e3\6c\c8\39\73\91\3c\e7\0b\14\cc\fb\a1\ee\43") ;; 1.4008748981293537
  (data (i32.const 4000) "\06\04\91\df\3f\c3\85\bc\f6\33\08\c7\c1\a1\ee\43") ;; 1.4027726912202048
  (data (i32.const 4016) "\00\25\ba\65\60\e6\77\bc\36\a0\20\74\8a\a1\ee\43") ;; 1.404673055289107
  (data (i32.const 4032) "\64\19\7e\80\aa\10\57\3c\73\a9\4c\d4\55\a1\ee\43") ;; 1.4065759938190154
  (data (i32.const 4048) "\9a\b4\e6\7e\82\4c\96\3c\7a\fb\7b\e8\23\a1\ee\43") ;; 1.4084815102976038
  (data (i32.const 4064) "\04\96\78\b5\9a\07\81\3c\38\95\9e\b1\f4\a0\ee\43") ;; 1.4103896082172707
  (data (i32.const 4080) "\80\34\c7\a3\11\83\92\bc\d4\c8\a4\30\c8\a0\ee\43") ;; 1.4123002910751454
  (data (i32.const 4096) "\28\22\5e\bf\ef\b3\93\bc\cd\3b\7f\66\9e\a0\ee\43") ;; 1.4142135623730951
  (data (i32.const 4112) "\81\e9\85\e1\79\2c\88\3c\18\e7\1e\54\77\a0\ee\43") ;; 1.416129425617731
  (data (i32.const 4128) "\78\77\cd\61\f1\7d\72\3c\3e\17\75\fa\52\a0\ee\43") ;; 1.4180478843204152
  (data (i32.const 4144) "\3b\04\0b\a8\ce\48\8b\bc\75\6c\73\5a\31\a0\ee\43") ;; 1.419968941997266
  (data (i32.const 4160) "\82\b9\34\87\ad\12\6a\bc\bf\da\0b\75\12\a0\ee\43") ;; 1.4218926021691656
  (data (i32.const 4176) "\80\51\8e\bc\63\48\4f\bc\09\aa\30\4b\f6\9f\ee\43") ;; 1.4238188683617656
  (data (i32.const 4192) "\67\b7\05\4a\92\f9\93\3c\45\76\d4\dd\dc\9f\ee\43") ;; 1.4257477441054942
  (data (i32.const 4208) "\48\75\4b\dd\35\48\95\3c\8a\2f\ea\2d\c6\9f\ee\43") ;; 1.4276792329355623
  (data (i32.const 4224) "\ee\a9\6d\b8\ef\67\63\bc\2f\1a\65\3c\b2\9f\ee\43") ;; 1.42961333839197
  (data (i32.const 4240) "\8a\9f\b5\59\1f\f4\8b\bc\e8\ce\38\0a\a1\9f\ee\43") ;; 1.431550064019513
  (data (i32.const 4256) "\ef\b5\a8\39\79\55\87\bc\e5\3a\59\98\92\9f\ee\43") ;; 1.433489413367789
  (data (i32.const 4272) "\5c\77\52\de\2f\65\8f\bc\ef\9f\ba\e7\86\9f\ee\43") ;; 1.4354313899912048
  (data (i32.const 4288) "\51\88\e0\54\3d\dc\80\bc\84\94\51\f9\7d\9f\ee\43") ;; 1.4373759974489824
  (data (i32.const 4304) "\98\cf\fb\de\00\03\7b\bc\f6\03\13\ce\77\9f\ee\43") ;; 1.4393232393051654
  (data (i32.const 4320) "\1a\9d\fa\56\2f\ed\51\3c\87\2e\f4\66\74\9f\ee\43") ;; 1.4412731191286257
  (data (i32.const 4336) "\c0\5d\03\46\b6\da\89\bc\88\a9\ea\c4\73\9f\ee\43") ;; 1.4432256404930701
  (data (i32.const 4352) "\cf\3e\5a\7e\64\1f\78\bc\74\5f\ec\e8\75\9f\ee\43") ;; 1.4451808069770467
  (data (i32.const 4368) "\de\8d\58\30\c2\f0\91\bc\11\90\ef\d3\7a\9f\ee\43") ;; 1.4471386221639515
  (data (i32.const 4384) "\09\c9\06\90\7a\e6\88\bc\8a\d0\ea\86\82\9f\ee\43") ;; 1.449099089642035
  (data (i32.const 4400) "\8c\a2\07\05\45\06\91\3c\8f\0b\d5\02\8d\9f\ee\43") ;; 1.4510622130044089
  (data (i32.const 4416) "\b0\7d\8b\c0\4a\ee\86\bc\74\81\a5\48\9a\9f\ee\43") ;; 1.4530279958490526
  (data (i32.const 4432) "\a0\f3\10\9a\72\29\91\bc\49\c8\53\59\aa\9f\ee\43") ;; 1.4549964417788195
  (data (i32.const 4448) "\c8\7a\97\66\75\59\86\3c\fd\cb\d7\35\bd\9f\ee\43") ;; 1.4569675544014438
  (data (i32.const 4464) "\67\4f\12\a5\70\1a\78\3c\7c\ce\29\df\d2\9f\ee\43") ;; 1.4589413373295477
  (data (i32.const 4480) "\8a\e6\55\1e\32\19\86\bc\c9\67\42\56\eb\9f\ee\43") ;; 1.460917794180647
  (data (i32.const 4496) "\6d\64\62\ea\26\16\94\3c\1d\86\1a\9c\06\a0\ee\43") ;; 1.4628969285771583
  (data (i32.const 4512) "\3a\5c\8a\02\b7\c0\92\3c\09\6e\ab\b1\24\a0\ee\43") ;; 1.4648787441464057
  (data (i32.const 4528) "\7c\5b\36\54\9f\0b\94\bc\8f\ba\ee\97\45\a0\ee\43") ;; 1.4668632445206276
  (data (i32.const 4544) "\d3\d4\09\5e\cb\9c\90\3c\3f\5d\de\4f\69\a0\ee\43") ;; 1.4688504333369818
  (data (i32.const 4560) "\c1\26\e8\e0\55\34\87\3c\5d\9e\74\da\8f\a0\ee\43") ;; 1.4708403142375552
  (data (i32.const 4576) "\8c\c7\9c\f4\fa\30\8a\3c\f6\1c\ac\38\b9\a0\ee\43") ;; 1.4728328908693675
  (data (i32.const 4592) "\3e\4e\87\ad\06\f0\94\3c\03\cf\7f\6b\e5\a0\ee\43") ;; 1.4748281668843795
  (data (i32.const 4608) "\1d\a5\4d\b9\dc\32\7b\bc\87\01\eb\73\14\a1\ee\43") ;; 1.4768261459394993
  (data (i32.const 4624) "\bb\73\09\3d\69\6d\8f\bc\aa\58\e9\52\46\a1\ee\43") ;; 1.4788268316965891
  (data (i32.const 4640) "\5b\7b\9d\51\d3\da\92\bc\db\cf\76\09\7b\a1\ee\43") ;; 1.4808302278224719
  (data (i32.const 4656) "\48\78\7e\2b\ee\c5\58\3c\ec\b9\8f\98\b2\a1\ee\43") ;; 1.482836337988938
  (data (i32.const 4672) "\6b\c0\67\54\fd\ec\94\3c\32\c1\30\01\ed\a1\ee\43") ;; 1.4848451658727524
  (data (i32.const 4688) "\7b\20\5d\04\5e\b2\88\bc\a3\e7\56\44\2a\a2\ee\43") ;; 1.486856715155661
  (data (i32.const 4704) "\c2\15\fd\10\14\d5\87\3c\f0\86\ff\62\6a\a2\ee\43") ;; 1.488870989524397
  (data (i32.const 4720) "\a7\0c\06\14\33\cb\69\bc\ac\50\28\5e\ad\a2\ee\43") ;; 1.4908879926706886
  (data (i32.const 4736) "\55\6c\d6\ab\e1\eb\65\3c\62\4e\cf\36\f3\a2\ee\43") ;; 1.4929077282912648
  (data (i32.const 4752) "\bb\e0\19\5d\b1\a0\87\3c\b9\e1\f2\ed\3b\a3\ee\43") ;; 1.494930200087863
  (data (i32.const 4768) "\71\98\96\29\36\0a\76\bc\91\c4\91\84\87\a3\ee\43") ;; 1.4969554117672355
  (data (i32.const 4784) "\3c\a7\bf\12\72\aa\94\3c\1f\09\ab\fb\d5\a3\ee\43") ;; 1.4989833670411554
  (data (i32.const 4800) "\42\cf\b3\2f\c5\a1\88\bc\12\1a\3e\54\27\a4\ee\43") ;; 1.5010140696264256
  (data (i32.const 4816) "\12\8a\2a\27\88\e6\81\bc\a9\ba\4a\8f\7b\a4\ee\43") ;; 1.5030475232448828
  (data (i32.const 4832) "\5d\ef\fd\e3\c6\18\8b\3c\d9\06\d1\ad\d2\a4\ee\43") ;; 1.5050837316234065
  (data (i32.const 4848) "\d5\c9\2e\11\b7\b7\4a\3c\6a\73\d1\b0\2c\a5\ee\43") ;; 1.5071226984939252
  (data (i32.const 4864) "\34\37\3b\f1\b6\69\93\bc\13\ce\4c\99\89\a5\ee\43") ;; 1.5091644275934228
  (data (i32.const 4880) "\76\44\ed\4e\27\1e\8a\3c\9a\3d\44\68\e9\a5\ee\43") ;; 1.5112089226639456
  (data (i32.const 4896) "\0a\39\b1\dc\1d\ec\90\3c\f7\41\b9\1e\4c\a6\ee\43") ;; 1.5132561874526098
  (data (i32.const 4912) "\da\24\93\a5\33\a5\94\3c\6d\b4\ad\bd\b1\a6\ee\43") ;; 1.5153062257116077
  (data (i32.const 4928) "\1e\ff\19\3a\84\5e\80\bc\ad\c7\23\46\1a\a7\ee\43") ;; 1.5173590411982147
  (data (i32.const 4944) "\7d\08\0d\76\d2\56\7a\3c\f1\07\1e\b9\85\a7\ee\43") ;; 1.5194146376747961
  (data (i32.const 4960) "\1e\fa\3a\4f\ea\2c\52\bc\21\5b\9f\17\f4\a7\ee\43") ;; 1.5214730189088146
  (data (i32.const 4976) "\05\8b\6e\1c\2c\68\91\3c\ec\00\ab\62\65\a8\ee\43") ;; 1.5235341886728362
  (data (i32.const 4992) "\6e\57\72\d8\50\d4\94\bc\ed\92\44\9b\d9\a8\ee\43") ;; 1.5255981507445384
  (data (i32.const 5008) "\91\95\7a\cf\99\ea\89\3c\c2\04\70\c2\50\a9\ee\43") ;; 1.5276649089067154
  (data (i32.const 5024) "\71\84\95\9b\54\88\7c\3c\36\a4\31\d9\ca\a9\ee\43") ;; 1.529734466947287
  (data (i32.const 5040) "\8e\ff\92\8f\7d\e5\59\bc\57\19\8e\e0\47\aa\ee\43") ;; 1.531806828659304
  (data (i32.const 5056) "\00\8a\0e\5b\67\ad\90\3c\99\66\8a\d9\c7\aa\ee\43") ;; 1.533881997840956
  (data (i32.const 5072) "\cd\a9\05\6e\17\9b\90\3c\f7\e8\2b\c5\4a\ab\ee\43") ;; 1.5359599782955777
  (data (i32.const 5088) "\77\78\2f\96\43\11\93\3c\0f\58\78\a4\d0\ab\ee\43") ;; 1.5380407738316568
  (data (i32.const 5104) "\95\2c\95\f1\07\16\71\3c\44\c6\75\78\59\ac\ee\43") ;; 1.5401243882628401
  (data (i32.const 5120) "\b4\ea\f0\c1\2f\b7\8d\3c\db\a0\2a\42\e5\ac\ee\43") ;; 1.5422108254079407
  (data (i32.const 5136) "\31\64\f8\f0\08\96\86\3c\1e\b0\9d\02\74\ad\ee\43") ;; 1.5443000890909455
  (data (i32.const 5152) "\79\24\11\6f\e9\e9\93\3c\78\17\d6\ba\05\ae\ee\43") ;; 1.5463921831410214
  (data (i32.const 5168) "\c0\c5\c5\15\ed\1c\7f\bc\98\55\db\6b\9a\ae\ee\43") ;; 1.5484871113925234
  (data (i32.const 5184) "\ff\e7\c5\9c\60\b6\65\bc\8c\44\b5\16\32\af\ee\43") ;; 1.550584877685
  (data (i32.const 5200) "\4e\7b\3f\be\97\4b\61\3c\e6\19\6c\bc\cc\af\ee\43") ;; 1.552685485863202
  (data (i32.const 5216) "\f0\8d\a3\a4\42\ac\8d\bc\d9\66\08\5e\6a\b0\ee\43") ;; 1.5547889397770887
  (data (i32.const 5232) "\30\95\35\1c\70\c1\81\3c\57\18\93\fc\0a\b1\ee\43") ;; 1.5568952432818344
  (data (i32.const 5248) "\44\5f\f3\59\83\f6\7b\3c\36\77\15\99\ae\b1\ee\43") ;; 1.559004400237837
  (data (i32.const 5264) "\87\92\80\f6\1b\db\8e\bc\4b\28\99\34\55\b2\ee\43") ;; 1.5611164145107235
  (data (i32.const 5280) "\84\ed\b1\98\dd\99\8b\3c\8a\2c\28\d0\fe\b2\ee\43") ;; 1.5632312899713576
  (data (i32.const 5296) "\d3\36\a7\e7\8c\a5\8b\bc\2c\e1\cc\6c\ab\b3\ee\43") ;; 1.565349030495848
  (data (i32.const 5312) "\83\3d\1e\a7\1f\09\93\bc\c6\ff\91\0b\5b\b4\ee\43") ;; 1.567469639965553
  (data (i32.const 5328) "\ce\b9\1d\5e\02\fc\93\bc\70\9e\82\ad\0d\b5\ee\43") ;; 1.56959312226709
  (data (i32.const 5344) "\50\b7\cb\50\ad\85\78\bc\e2\2f\aa\53\c3\b5\ee\43") ;; 1.5717194812923414
  (data (i32.const 5360) "\2e\38\71\7d\7c\73\8d\bc\96\83\14\ff\7b\b6\ee\43") ;; 1.5738487209384622
  (data (i32.const 5376) "\29\1e\6c\8b\b8\a9\5d\bc\e5\c5\cd\b0\37\b7\ee\43") ;; 1.5759808451078865
  (data (i32.const 5392) "\93\52\90\43\8c\e8\6a\3c\2b\80\e2\69\f6\b7\ee\43") ;; 1.5781158577083356
  (data (i32.const 5408) "\01\03\3e\5f\e8\d5\82\bc\e5\98\5f\2b\b8\b8\ee\43") ;; 1.5802537626528246
  (data (i32.const 5424) "\1b\e5\1f\66\f7\d1\93\bc\d1\53\52\f6\7c\b9\ee\43") ;; 1.5823945638596693
  (data (i32.const 5440) "\59\b9\90\7c\f9\23\6c\bc\0f\52\c8\cb\44\ba\ee\43") ;; 1.5845382652524937
  (data (i32.const 5456) "\1c\fc\7f\79\68\1b\65\3c\43\92\cf\ac\0f\bb\ee\43") ;; 1.586684870760238
  (data (i32.const 5472) "\71\69\99\28\94\66\51\bc\b3\70\76\9a\dd\bb\ee\43") ;; 1.588834384317164
  (data (i32.const 5488) "\0b\d7\ee\5c\9c\57\54\3c\68\a7\cb\95\ae\bc\ee\43") ;; 1.590986809862864
  (data (i32.const 5504) "\aa\f9\f4\22\43\43\92\bc\50\4e\de\9f\82\bd\ee\43") ;; 1.593142151342267
  (data (i32.const 5520) "\67\16\38\13\84\29\87\3c\5b\db\bd\b9\59\be\ee\43") ;; 1.5953004127056463
  (data (i32.const 5536) "\14\c0\c4\c1\b2\f2\71\3c\a2\22\7a\e4\33\bf\ee\43") ;; 1.597461597908627
  (data (i32.const 5552) "\65\e9\64\be\00\50\90\bc\81\56\23\21\11\c0\ee\43") ;; 1.599625710912193
  (data (i32.const 5568) "\4b\8e\66\d7\6c\ca\85\bc\ba\07\ca\70\f1\c0\ee\43") ;; 1.6017927556826934
  (data (i32.const 5584) "\73\4b\45\e3\12\fb\89\bc\98\25\7f\d4\d4\c1\ee\43") ;; 1.6039627361918516
  (data (i32.const 5600) "\b6\66\f1\04\f3\94\92\bc\0d\fe\53\4d\bb\c2\ee\43") ;; 1.606135656416771
  (data (i32.const 5616) "\3b\69\97\36\a0\e2\7b\3c\d3\3d\5a\dc\a4\c3\ee\43") ;; 1.608311520339943
  (data (i32.const 5632) "\27\ce\91\2b\fc\af\71\3c\90\f0\a3\82\91\c4\ee\43") ;; 1.6104903319492543
  (data (i32.const 5648) "\ea\0e\81\15\2b\62\90\3c\f2\80\43\41\81\c5\ee\43") ;; 1.6126720952379938
  (data (i32.const 5664) "\d3\07\4c\41\58\1e\8a\bc\d5\b8\4b\19\74\c6\ee\43") ;; 1.6148568142048607
  (data (i32.const 5680) "\27\d3\75\c8\ec\a5\e9\3b\5e\c1\cf\0b\6a\c7\ee\43") ;; 1.6170444928539704
  (data (i32.const 5696) "\bb\73\0a\e1\35\d2\6d\3c\23\23\e3\19\63\c8\ee\43") ;; 1.6192351351948637
  (data (i32.const 5712) "\ef\50\33\6a\48\ea\88\3c\47\c6\99\44\5f\c9\ee\43") ;; 1.6214287452425127
  (data (i32.const 5728) "\91\00\a2\58\0b\74\79\bc\9e\f2\07\8d\5e\ca\ee\43") ;; 1.6236253270173289
  (data (i32.const 5744) "\0f\c4\d4\51\e5\2e\7a\bc\cb\4f\42\f4\60\cb\ee\43") ;; 1.62582488454517
  (data (i32.const 5760) "\63\22\62\22\04\c5\87\bc\65\e5\5d\7b\66\cc\ee\43") ;; 1.6280274218573478
  (data (i32.const 5776) "\8b\02\38\7e\1f\c3\89\3c\15\1b\70\23\6f\cd\ee\43") ;; 1.6302329429906355
  (data (i32.const 5792) "\c2\96\2b\0a\83\65\91\3c\bb\b8\8e\ed\7a\ce\ee\43") ;; 1.632441451987275
  (data (i32.const 5808) "\a3\05\e0\f4\13\ac\5f\bc\8c\e6\cf\da\89\cf\ee\43") ;; 1.6346529528949842
  (data (i32.const 5824) "\d5\31\e2\e3\86\1c\8b\3c\33\2d\4a\ec\9b\d0\ee\43") ;; 1.6368674497669644
  (data (i32.const 5840) "\89\2e\16\d7\ce\8a\7d\3c\f7\75\14\23\b1\d1\ee\43") ;; 1.6390849466619082
  (data (i32.const 5856) "\4b\87\27\be\5c\3d\90\bc\d8\0a\46\80\c9\d2\ee\43") ;; 1.6413054476440063
  (data (i32.const 5872) "\9f\26\a7\ce\50\8f\84\bc\b1\96\f6\04\e5\d3\ee\43") ;; 1.6435289567829552
  (data (i32.const 5888) "\15\bb\bc\d3\d1\bb\91\bc\5d\25\3e\b2\03\d5\ee\43") ;; 1.645755478153965
  (data (i32.const 5904) "\42\05\8a\a0\b9\1e\82\3c\d4\23\35\89\25\d6\ee\43") ;; 1.647985015837766
  (data (i32.const 5920) "\e0\fc\80\89\17\86\59\3c\52\60\f4\8a\4a\d7\ee\43") ;; 1.6502175739206177
  (data (i32.const 5936) "\fd\1c\13\53\a9\33\61\bc\73\0a\95\b8\72\d8\ee\43") ;; 1.6524531564943146
  (data (i32.const 5952) "\d2\31\ee\9c\31\cc\90\3c\58\b3\30\13\9e\d9\ee\43") ;; 1.6546917676561943
  (data (i32.const 5968) "\e4\0a\4a\6f\5e\e9\89\3c\ca\4d\e1\9b\cc\da\ee\43") ;; 1.6569334115091459
  (data (i32.const 5984) "\a5\f2\b1\75\29\47\89\bc\59\2e\c1\53\fe\db\ee\43") ;; 1.6591780921616162
  (data (i32.const 6000) "\11\b3\7c\f0\0c\26\90\bc\7e\0b\eb\3b\33\dd\ee\43") ;; 1.6614258137276177
  (data (i32.const 6016) "\b3\5a\73\6e\84\69\84\3c\bf\fd\79\55\6b\de\ee\43") ;; 1.6636765803267364
  (data (i32.const 6032) "\9d\93\7b\0a\40\ca\1b\3c\d2\7f\89\a1\a6\df\ee\43") ;; 1.6659303960841396
  (data (i32.const 6048) "\7f\7e\4b\a3\57\81\7d\3c\ba\6e\35\21\e5\e0\ee\43") ;; 1.6681872651305825
  (data (i32.const 6064) "\9f\c1\df\34\bc\40\91\3c\ee\09\9a\d5\26\e2\ee\43") ;; 1.6704471916024164
  (data (i32.const 6080) "\b4\9d\8e\97\cd\df\82\bc\7a\f3\d3\bf\6b\e3\ee\43") ;; 1.6727101796415966
  (data (i32.const 6096) "\87\ab\61\a4\1d\9b\8c\bc\1e\30\00\e1\b3\e4\ee\43") ;; 1.674976233395689
  (data (i32.const 6112) "\7d\bb\1e\23\4e\8a\8c\3c\74\27\3c\3a\ff\e5\ee\43") ;; 1.6772453570178785
  (data (i32.const 6128) "\8e\ea\eb\23\5f\11\8c\3c\13\a4\a5\cc\4d\e7\ee\43") ;; 1.6795175546669767
  (data (i32.const 6144) "\87\33\cb\92\77\1a\8c\3c\ad\d3\5a\99\9f\e8\ee\43") ;; 1.681792830507429
  (data (i32.const 6160) "\4e\f8\23\9f\b9\ca\6d\bc\35\47\7a\a1\f4\e9\ee\43") ;; 1.6840711887093225
  (data (i32.const 6176) "\e5\42\a1\11\8d\8c\88\bc\ff\f2\22\e6\4c\eb\ee\43") ;; 1.6863526334483934
  (data (i32.const 6192) "\fe\4b\7e\8b\3e\a4\60\3c\e4\2e\74\68\a8\ec\ee\43") ;; 1.6886371689060349
  (data (i32.const 6208) "\fa\d9\d1\4a\8f\7b\90\bc\66\b6\8d\29\07\ee\ee\43") ;; 1.6909247992693053
  (data (i32.const 6224) "\04\5f\07\97\13\5b\91\3c\cd\a8\8f\2a\69\ef\ee\43") ;; 1.6932155287309343
  (data (i32.const 6240) "\c7\33\14\a4\2e\9c\88\3c\52\89\9a\6c\ce\f0\ee\43") ;; 1.6955093614893326
  (data (i32.const 6256) "\b0\d2\04\1f\7a\9f\83\bc\3a\3f\cf\f0\36\f2\ee\43") ;; 1.697806301748598
  (data (i32.const 6272) "\ba\ae\dc\56\d9\c3\55\bc\fb\15\4f\b8\a2\f3\ee\43") ;; 1.7001063537185235
  (data (i32.const 6288) "\e6\13\1e\f3\10\a5\86\bc\62\bd\3b\c4\11\f5\ee\43") ;; 1.7024095216146056
  (data (i32.const 6304) "\80\ff\c8\da\ae\74\72\bc\b1\49\b7\15\84\f6\ee\43") ;; 1.7047158096580513
  (data (i32.const 6320) "\40\73\8e\a8\7e\88\92\bc\c6\33\e4\ad\f9\f7\ee\43") ;; 1.7070252220757864
  (data (i32.const 6336) "\40\f6\a6\3d\0e\a4\90\bc\3a\59\e5\8d\72\f9\ee\43") ;; 1.709337763100463
  (data (i32.const 6352) "\ba\59\47\60\ac\57\6e\bc\87\fc\dd\b6\ee\fa\ee\43") ;; 1.7116534369704668
  (data (i32.const 6368) "\06\df\76\ce\20\c6\85\3c\2a\c5\f1\29\6e\fc\ee\43") ;; 1.713972247929926
  (data (i32.const 6384) "\26\32\f8\b4\6d\6c\8e\3c\c6\bf\44\e8\f0\fd\ee\43") ;; 1.716294200228718
  (data (i32.const 6400) "\34\93\ad\38\f4\d6\68\bc\47\5e\fb\f2\76\ff\ee\43") ;; 1.718619298122478
  (data (i32.const 6416) "\a0\db\60\04\f1\1b\8d\bc\04\78\3a\4b\00\01\ef\43") ;; 1.7209475458726056
  (data (i32.const 6432) "\41\1e\b5\e1\52\da\8f\bc\e4\49\27\f2\8c\02\ef\43") ;; 1.723278947746274
  (data (i32.const 6448) "\fc\dd\3d\81\80\5d\8e\3c\80\76\e7\e8\1c\04\ef\43") ;; 1.725613508016437
  (data (i32.const 6464) "\35\8a\58\6b\e2\ee\91\bc\4a\06\a1\30\b0\05\ef\43") ;; 1.7279512309618377
  (data (i32.const 6480) "\cb\2d\0f\64\f9\af\8c\3c\a7\67\7a\ca\46\07\ef\43") ;; 1.7302921208670143
  (data (i32.const 6496) "\d8\2c\3e\7b\1a\14\32\bc\1f\6f\9a\b7\e0\08\ef\43") ;; 1.732636182022311
  (data (i32.const 6512) "\b3\2d\d6\7f\55\77\7a\3c\75\57\28\f9\7d\0a\ef\43") ;; 1.734983418723883
  (data (i32.const 6528) "\cd\dd\5f\0a\d7\ff\74\3c\d2\c1\4b\90\1e\0c\ef\43") ;; 1.7373338352737062
  (data (i32.const 6544) "\49\b7\8d\12\a6\1b\65\bc\e5\b5\2c\7e\c2\0d\ef\43") ;; 1.7396874359795842
  (data (i32.const 6560) "\e5\54\75\50\99\28\30\bc\07\a2\f3\c3\69\0f\ef\43") ;; 1.7420442251551564
  (data (i32.const 6576) "\51\e2\c5\fd\fe\0f\7c\bc\60\5b\c9\62\14\11\ef\43") ;; 1.7444042071199064
  (data (i32.const 6592) "\ac\98\92\fa\fb\bd\91\bc\09\1e\d7\5b\c2\12\ef\43") ;; 1.746767386199169
  (data (i32.const 6608) "\fa\d6\bf\58\d0\6c\8b\bc\30\8d\46\b0\73\14\ef\43") ;; 1.749133766724139
  (data (i32.const 6624) "\0c\01\c0\d4\a2\dd\80\bc\3d\b3\41\61\28\16\ef\43") ;; 1.7515033530318782
  (data (i32.const 6640) "\6d\a7\ac\b8\59\37\92\3c\f4\01\f3\6f\e0\17\ef\43") ;; 1.7538761494653246
  (data (i32.const 6656) "\b3\0c\af\30\ae\6e\73\3c\9c\52\85\dd\9b\19\ef\43") ;; 1.7562521603732995
  (data (i32.const 6672) "\7d\ac\3d\a7\98\54\89\bc\1e\e6\23\ab\5a\1b\ef\43") ;; 1.7586313901105153
  (data (i32.const 6688) "\68\8d\df\aa\7d\00\8a\bc\2c\65\fa\d9\1c\1d\ef\43") ;; 1.761013843037584
  (data (i32.const 6704) "\08\31\58\24\e9\1d\85\3c\65\e0\34\6b\e2\1e\ef\43") ;; 1.7633995235210247
  (data (i32.const 6720) "\94\fd\9f\5c\32\e3\8e\3c\7a\d0\ff\5f\ab\20\ef\43") ;; 1.7657884359332727
  (data (i32.const 6736) "\6c\a0\1b\05\e4\5f\8c\bc\50\16\88\b9\77\22\ef\43") ;; 1.7681805846526863
  (data (i32.const 6752) "\d3\81\11\39\09\69\83\3c\22\fb\fa\78\47\24\ef\43") ;; 1.7705759740635547
  (data (i32.const 6768) "\07\ac\a9\c0\16\18\6d\bc\ad\30\86\9f\1a\26\ef\43") ;; 1.7729746085561076
  (data (i32.const 6784) "\ac\59\09\d1\8f\e0\84\3c\4b\d1\57\2e\f1\27\ef\43") ;; 1.7753764925265212
  (data (i32.const 6800) "\35\82\4e\7c\c6\f5\7a\bc\1f\60\9e\26\cb\29\ef\43") ;; 1.7777816303769283
  (data (i32.const 6816) "\47\95\df\db\d7\1c\81\bc\33\c9\88\89\a8\2b\ef\43") ;; 1.7801900265154245
  (data (i32.const 6832) "\75\d5\45\00\ef\04\83\bc\a1\61\46\58\89\2d\ef\43") ;; 1.7826016853560775
  (data (i32.const 6848) "\67\1a\4e\38\af\cd\63\3c\b5\e7\06\94\6d\2f\ef\43") ;; 1.785016611318935
  (data (i32.const 6864) "\75\03\91\4f\f9\25\87\3c\13\83\fa\3d\55\31\ef\43") ;; 1.7874348088300323
  (data (i32.const 6880) "\21\66\ef\7b\8b\c2\7a\bc\db\c4\51\57\40\33\ef\43") ;; 1.789856282321401
  (data (i32.const 6896) "\e8\91\91\9f\e9\53\7b\3c\cb\a7\3d\e1\2e\35\ef\43") ;; 1.7922810362310766
  (data (i32.const 6912) "\68\19\92\6c\2c\6b\67\3c\69\90\ef\dc\20\37\ef\43") ;; 1.7947090750031072
  (data (i32.const 6928) "\b8\e2\d7\e6\79\0a\81\bc\23\4d\99\4b\16\39\ef\43") ;; 1.797140403087561
  (data (i32.const 6944) "\e1\b9\07\72\58\30\70\bc\75\16\6d\2e\0f\3b\ef\43") ;; 1.7995750249405351
  (data (i32.const 6960) "\c0\a9\d2\f6\35\06\84\3c\0f\8f\9d\86\0b\3d\ef\43") ;; 1.802012945024163
  (data (i32.const 6976) "\d2\b5\cc\83\18\8a\80\bc\fa\c3\5d\55\0b\3f\ef\43") ;; 1.804454167806624
  (data (i32.const 6992) "\0c\91\ec\f9\ee\9e\54\3c\b9\2c\e1\9b\0e\41\ef\43") ;; 1.806898697762149
  (data (i32.const 7008) "\fc\f7\2a\59\34\c7\8c\bc\74\ab\5b\5b\15\43\ef\43") ;; 1.809346539371032
  (data (i32.const 7024) "\ce\9d\fb\7f\82\35\83\bc\17\8d\01\95\1f\45\ef\43") ;; 1.811797697119635
  (data (i32.const 7040) "\6f\fa\ff\3f\5d\ad\8f\bc\7c\89\07\4a\2d\47\ef\43") ;; 1.8142521755003989
  (data (i32.const 7056) "\62\f7\0e\98\63\55\64\3c\8c\c3\a2\7b\3e\49\ef\43") ;; 1.8167099790118497
  (data (i32.const 7072) "\e8\87\f5\44\2a\75\87\3c\68\c9\08\2b\53\4b\ef\43") ;; 1.8191711121586085
  (data (i32.const 7088) "\b2\aa\b2\5e\20\d0\8c\bc\8c\94\6f\59\6b\4d\ef\43") ;; 1.8216355794513985
  (data (i32.const 7104) "\49\a9\75\38\ae\0d\90\bc\f2\89\0d\08\87\4f\ef\43") ;; 1.8241033854070534
  (data (i32.const 7120) "\4a\2b\ab\ce\80\ab\8a\bc\3c\7a\19\38\a6\51\ef\43") ;; 1.8265745345485263
  (data (i32.const 7136) "\2e\f5\ee\ef\6f\b6\85\3c\d6\a1\ca\ea\c8\53\ef\43") ;; 1.8290490314048973
  (data (i32.const 7152) "\1b\ba\a8\40\0f\87\8f\bc\1f\a9\58\21\ef\55\ef\43") ;; 1.831526880511383
  (data (i32.const 7168) "\a7\07\3d\a6\85\a3\74\3c\87\a4\fb\dc\18\58\ef\43") ;; 1.8340080864093424
  (data (i32.const 7184) "\c5\64\84\f1\19\c1\83\3c\be\14\ec\1e\46\5a\ef\43") ;; 1.8364926536462884
  (data (i32.const 7200) "\6e\a9\08\d9\d9\59\51\3c\d3\e6\62\e8\76\5c\ef\43") ;; 1.8389805867758937
  (data (i32.const 7216) "\c7\e7\e4\2b\8c\62\5a\bc\5b\74\99\3a\ab\5e\ef\43") ;; 1.8414718903579999
  (data (i32.const 7232) "\0f\22\40\20\9e\91\82\bc\98\83\c9\16\e3\60\ef\43") ;; 1.843966568958626
  (data (i32.const 7248) "\9a\71\be\76\0d\55\72\bc\9d\47\2d\7e\1e\63\ef\43") ;; 1.8464646271499767
  (data (i32.const 7264) "\68\7a\11\16\4d\25\8c\3c\75\60\ff\71\5d\65\ef\43") ;; 1.8489660695104508
  (data (i32.const 7280) "\12\7d\66\74\02\09\82\bc\4a\db\7a\f3\9f\67\ef\43") ;; 1.85147090062465
  (data (i32.const 7296) "\ac\92\c1\d5\50\5a\8e\3c\85\32\db\03\e6\69\ef\43") ;; 1.8539791250833855
  (data (i32.const 7312) "\c4\ca\50\81\d2\f7\75\3c\fd\4d\5c\a4\2f\6c\ef\43") ;; 1.8564907474836894
  (data (i32.const 7328) "\03\0e\bd\9f\32\8c\8d\bc\15\83\3a\d6\7c\6e\ef\43") ;; 1.8590057724288205
  (data (i32.const 7344) "\d1\4c\6f\29\e9\0d\89\3c\e4\94\b2\9a\cd\70\ef\43") ;; 1.8615242045282736
  (data (i32.const 7360) "\4b\6b\01\ac\59\3a\84\3c\60\b4\01\f3\21\73\ef\43") ;; 1.864046048397789
  (data (i32.const 7376) "\bc\34\8b\97\f9\2f\83\3c\7d\80\65\e0\79\75\ef\43") ;; 1.8665713086593592
  (data (i32.const 7392) "\a6\f2\d5\fb\e6\a6\8e\bc\58\06\1c\64\d5\77\ef\43") ;; 1.8690999899412386
  (data (i32.const 7408) "\80\19\da\3d\b6\03\73\bc\59\c1\63\7f\34\7a\ef\43") ;; 1.8716320968779512
  (data (i32.const 7424) "\1f\3e\b4\07\21\d5\82\bc\5f\9b\7b\33\97\7c\ef\43") ;; 1.8741676341103
  (data (i32.const 7440) "\95\2f\5f\38\ba\f2\81\bc\e1\ec\a2\81\fd\7e\ef\43") ;; 1.8767066062853746
  (data (i32.const 7456) "\b4\cb\b2\ea\e3\e8\63\bc\17\7d\19\6b\67\81\ef\43") ;; 1.8792490180565602
  (data (i32.const 7472) "\fc\12\ae\44\91\8d\76\3c\20\82\1f\f1\d4\83\ef\43") ;; 1.8817948740835462
  (data (i32.const 7488) "\c9\0d\47\3b\b9\2a\89\bc\29\a1\f5\14\46\86\ef\43") ;; 1.8843441790323345
  (data (i32.const 7504) "\3b\40\42\f5\87\36\85\3c\90\ee\dc\d7\ba\88\ef\43") ;; 1.8868969375752478
  (data (i32.const 7520) "\d9\2c\0d\cd\66\79\8b\bc\12\ee\16\3b\33\8b\ef\43") ;; 1.8894531543909392
  (data (i32.const 7536) "\07\b4\40\de\d2\6e\73\bc\e8\92\e5\3f\af\8d\ef\43") ;; 1.8920128341643991
  (data (i32.const 7552) "\d3\88\3a\60\04\b6\74\3c\f6\3f\8b\e7\2e\90\ef\43") ;; 1.8945759815869656
  (data (i32.const 7568) "\3b\0f\77\6c\f5\4e\61\bc\ee\c7\4a\33\b2\92\ef\43") ;; 1.897142601356332
  (data (i32.const 7584) "\cf\f1\2f\4c\aa\6c\77\bc\76\6d\67\24\39\95\ef\43") ;; 1.8997126981765553
  (data (i32.const 7600) "\88\8e\3d\35\d1\f7\8d\3c\50\e3\24\bc\c3\97\ef\43") ;; 1.9022862767580655
  (data (i32.const 7616) "\71\72\9d\51\ec\c5\83\3c\83\4c\c7\fb\51\9a\ef\43") ;; 1.9048633418176741
  (data (i32.const 7632) "\8a\1b\09\64\ed\0b\85\bc\7e\3c\93\e4\e3\9c\ef\43") ;; 1.9074438980785824
  (data (i32.const 7648) "\40\99\5d\52\fc\d5\81\bc\40\b7\cd\77\79\9f\ef\43") ;; 1.9100279502703899
  (data (i32.const 7664) "\7f\31\1c\38\52\d8\89\3c\81\31\bc\b6\12\a2\ef\43") ;; 1.9126155031291037
  (data (i32.const 7680) "\f0\91\d3\8f\12\f7\8f\bc\da\90\a4\a2\af\a4\ef\43") ;; 1.9152065613971474
  (data (i32.const 7696) "\c4\04\ca\3c\0e\a0\68\3c\e5\2b\cd\3c\50\a7\ef\43") ;; 1.9178011298233681
  (data (i32.const 7712) "\21\3d\ea\aa\d8\5c\85\3c\6e\ca\7c\86\f4\a9\ef\43") ;; 1.9203992131630474
  (data (i32.const 7728) "\e7\ca\94\ce\25\1f\5a\bc\94\a5\fa\80\9c\ac\ef\43") ;; 1.9230008161779084
  (data (i32.const 7744) "\7d\74\23\e2\98\ae\8d\bc\f1\67\8e\2d\48\af\ef\43") ;; 1.925605943636125
  (data (i32.const 7760) "\76\79\30\ee\f3\b5\6f\bc\c2\2d\80\8d\f7\b1\ef\43") ;; 1.9282146003123306
  (data (i32.const 7776) "\4a\ed\2b\7c\94\69\82\3c\10\85\18\a2\aa\b4\ef\43") ;; 1.930826790987627
  (data (i32.const 7792) "\51\b8\02\e8\8a\7e\73\3c\d6\6d\a0\6c\61\b7\ef\43") ;; 1.9334425204495935
  (data (i32.const 7808) "\08\20\aa\41\bc\c3\8e\3c\27\5a\61\ee\1b\ba\ef\43") ;; 1.9360617934922943
  (data (i32.const 7824) "\af\34\0e\56\19\51\87\3c\59\2e\a5\28\da\bc\ef\43") ;; 1.938684614916289
  (data (i32.const 7840) "\9e\fe\9a\7e\13\b6\83\bc\2a\41\b6\1c\9c\bf\ef\43") ;; 1.9413109895286405
  (data (i32.const 7856) "\c6\29\09\84\c3\31\74\bc\e7\5b\df\cb\61\c2\ef\43") ;; 1.9439409221429231
  (data (i32.const 7872) "\32\eb\a9\c3\94\2b\84\3c\97\ba\6b\37\2b\c5\ef\43") ;; 1.9465744175792332
  (data (i32.const 7888) "\99\6b\e8\d2\72\b4\8c\bc\22\0c\a7\60\f8\c7\ef\43") ;; 1.949211480664197
  (data (i32.const 7904) "\c7\a7\8b\87\74\fa\69\bc\74\72\dd\48\c9\ca\ef\43") ;; 1.9518521162309783
  (data (i32.const 7920) "\a8\16\de\2f\df\f5\83\3c\ac\82\5b\f1\9d\cd\ef\43") ;; 1.9544963291192898
  (data (i32.const 7936) "\ee\85\d1\31\a9\64\8a\3c\40\45\6e\5b\76\d0\ef\43") ;; 1.9571441241754002
  (data (i32.const 7952) "\e3\62\6b\33\18\ef\8e\3c\25\36\63\88\52\d3\ef\43") ;; 1.9597955062521433
  (data (i32.const 7968) "\fe\0e\ee\75\3a\1f\90\3c\f8\44\88\79\32\d6\ef\43") ;; 1.9624504802089273
  (data (i32.const 7984) "\2a\0a\b5\87\3f\d2\80\3c\26\d5\2b\30\16\d9\ef\43") ;; 1.9651090509117437
  (data (i32.const 8000) "\ed\e3\3b\e4\ba\37\8e\bc\14\be\9c\ad\fd\db\ef\43") ;; 1.9677712232331759
  (data (i32.const 8016) "\e6\c8\57\e6\de\02\83\3c\45\4b\2a\f3\e8\de\ef\43") ;; 1.9704370020524078
  (data (i32.const 8032) "\fa\84\ed\e6\9c\6a\51\bc\89\3c\24\02\d8\e1\ef\43") ;; 1.9731063922552343
  (data (i32.const 8048) "\70\f1\0d\08\aa\0c\7b\bc\1d\c6\da\db\ca\e4\ef\43") ;; 1.9757793987340684
  (data (i32.const 8064) "\9d\cd\91\4d\3b\89\77\3c\d8\90\9e\81\c1\e7\ef\43") ;; 1.978456026387951
  (data (i32.const 8080) "\e5\24\fd\f2\a9\17\76\3c\54\ba\c0\f4\bb\ea\ef\43") ;; 1.98113628012256
  (data (i32.const 8096) "\76\fc\ef\b2\7d\9c\69\bc\14\d5\92\36\ba\ed\ef\43") ;; 1.9838201648502194
  (data (i32.const 8112) "\a7\5c\fd\b8\03\f1\75\3c\ad\e8\66\48\bc\f0\ef\43") ;; 1.9865076854899073
  (data (i32.const 8128) "\89\cc\60\41\c1\05\53\3c\f1\71\8f\2b\c2\f3\ef\43") ;; 1.9891988469672663
  (data (i32.const 8144) "\5a\07\fa\94\b0\70\8e\3c\14\63\5f\e1\cb\f6\ef\43") ;; 1.9918936542146115
  (data (i32.const 8160) "\40\98\7f\67\58\b4\64\3c\d9\23\2a\6b\d9\f9\ef\43") ;; 1.9945921121709402
  (data (i32.const 8176) "\0a\68\5d\3e\9a\ec\72\bc\b6\91\43\ca\ea\fc\ef\43") ;; 1.9972942257819404
  ;; log1p(j/512) (hi, lo) and 1/(1 + j/512) (hi, lo) for j ≤ 512 at 8192
  (data (i32.const 8192) "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\f0\3f\00\00\00\00\00\00\00\00") ;; 0, 1
  (data (i32.const 8224) "\e6\10\ab\a9\02\f8\5f\3f\b2\e3\53\a1\e3\29\fe\3b\00\ff\01\fc\07\f0\ef\3f\00\ff\01\fc\07\f0\8f\3c") ;; 0.0019512201312617493, 0.9980506822612085
  (data (i32.const 8256) "\c0\0b\b1\a2\0a\f0\6f\3f\53\d3\a6\d5\1a\82\02\3c\20\e0\1f\e0\1f\e0\ef\3f\20\e0\1f\e0\1f\e0\6f\bc") ;; 0.003898640415657323, 0.9961089494163424
  (data (i32.const 8288) "\94\2e\d8\eb\11\ee\77\3f\90\5d\fc\e2\96\1e\16\bc\6a\0e\a1\94\47\d0\ef\3f\ed\0c\a2\3e\d6\1b\88\3c") ;; 0.005842275624228361, 0.9941747572815534
  (data (i32.const 8320) "\89\67\10\6b\2a\e0\7f\3f\bf\1e\71\e3\b7\44\ce\bb\f0\07\fc\01\7f\c0\ef\3f\f0\07\fc\01\7f\c0\6f\3c") ;; 0.007782140442054949, 0.9922480620155039
  (data (i32.const 8352) "\d9\a7\25\5d\29\e7\83\3f\06\3a\44\11\9a\f2\ef\bb\39\e9\d5\10\c6\b0\ef\3f\5c\db\41\7f\33\b8\5c\bc") ;; 0.009718249468921346, 0.9903288201160542
  (data (i32.const 8384) "\77\0a\81\5f\47\dc\87\3f\21\df\d3\87\76\6d\11\bc\12\fa\01\aa\1c\a1\ef\3f\ff\aa\71\2f\f0\af\7a\bc") ;; 0.011650617219975274, 0.9884169884169884
  (data (i32.const 8416) "\4c\38\74\2c\71\cf\8b\3f\9a\49\8f\68\42\68\1f\bc\af\3b\81\b6\82\91\ef\3f\4a\0f\d7\54\0c\21\6b\3c") ;; 0.013579258126380854, 0.9865125240847784
  (data (i32.const 8448) "\e4\03\fc\b0\a8\c0\8f\3f\a1\42\96\c5\92\30\18\bc\20\f8\81\1f\f8\81\ef\3f\20\f8\81\1f\f8\81\8f\bc") ;; 0.015504186535965254, 0.9846153846153847
  (data (i32.const 8480) "\e7\eb\9e\eb\f7\d7\91\3f\f9\db\d2\63\fe\41\2d\bc\0a\53\5f\ce\7c\72\ef\3f\d9\cf\d1\ed\3c\64\84\3c") ;; 0.017425416713859134, 0.982725527831094
  (data (i32.const 8512) "\75\a5\46\43\a4\ce\93\3f\1c\3a\2b\90\5a\cb\10\bc\b5\db\a0\ac\10\63\ef\3f\43\8c\7d\80\19\2e\8d\3c") ;; 0.019342962843130935, 0.9808429118773946
  (data (i32.const 8544) "\89\d3\b8\51\5a\c4\95\3f\b4\21\ec\c3\b6\10\3b\bc\4e\20\fa\a3\b3\53\ef\3f\f3\30\54\7c\46\50\84\3c") ;; 0.021256839025415118, 0.9789674952198852
  (data (i32.const 8576) "\1b\b1\d5\07\1b\b9\97\3f\10\a5\e3\ac\02\b6\35\bc\71\42\4a\9e\65\44\ef\3f\b8\36\4c\73\17\fc\85\3c") ;; 0.02316705928153438, 0.9770992366412213
  (data (i32.const 8608) "\14\c5\1c\55\e7\ac\99\3f\7f\16\f8\1d\9c\40\33\3c\ec\8c\9b\85\26\35\ef\3f\ec\8c\9b\85\26\35\2f\3c") ;; 0.02507363755211596, 0.9752380952380952
  (data (i32.const 8640) "\98\91\af\27\c0\9f\9b\3f\68\c8\9d\22\69\ae\f0\bb\b5\0a\23\44\f6\25\ef\3f\b3\78\5c\17\d8\4e\59\3c") ;; 0.026976587698202076, 0.973384030418251
  (data (i32.const 8672) "\c4\3c\54\6c\a6\91\9d\3f\ab\da\cb\08\e6\34\1d\bc\17\1f\40\c4\d4\16\ef\3f\9e\95\74\f0\df\9d\75\bc") ;; 0.028875923501854542, 0.9715370018975332
  (data (i32.const 8704) "\00\33\78\0e\9b\82\9f\3f\23\ef\f1\04\3f\3e\33\3c\08\1f\7c\f0\c1\07\ef\3f\08\1f\7c\f0\c1\07\7f\bc") ;; 0.030771658666753687, 0.9696969696969697
  (data (i32.const 8736) "\76\61\19\7c\4f\b9\a0\3f\c4\4d\1f\76\3f\a4\4d\3c\ad\eb\89\b3\bd\f8\ee\3f\27\b0\54\41\e9\3e\7e\bc") ;; 0.032663806818791594, 0.9678638941398866
  (data (i32.const 8768) "\80\d9\23\89\d9\b0\a1\3f\81\c4\ba\89\e8\9a\3e\bc\02\8e\45\f8\c7\e9\ee\3f\e1\1f\a7\7b\80\63\61\bc") ;; 0.034552381506659735, 0.9660377358490566
  (data (i32.const 8800) "\73\e8\14\22\ec\a7\a2\3f\dd\e6\01\9c\6e\85\28\3c\a5\d3\b3\a9\e0\da\ee\3f\90\92\f0\5f\03\43\87\3c") ;; 0.03643739620243105, 0.9642184557438794
  (data (i32.const 8832) "\60\bd\fe\b9\87\9e\a3\3f\bb\51\f5\37\a9\bf\45\bc\c0\ec\01\b3\07\cc\ee\3f\c0\ec\01\b3\07\cc\8e\3c") ;; 0.0383188643021366, 0.9624060150375939
  (data (i32.const 8864) "\1c\91\4d\c3\ac\94\a4\3f\c5\cc\91\f4\5b\29\4e\3c\0c\0b\85\ff\3c\bd\ee\3f\0c\0b\85\ff\3c\bd\2e\3c") ;; 0.04019679912633675, 0.9606003752345216
  (data (i32.const 8896) "\d5\e4\c8\af\5b\8a\a5\3f\72\2b\4e\2b\5c\e5\4c\bc\eb\01\ba\7a\80\ae\ee\3f\80\51\e1\5f\54\f8\67\bc") ;; 0.04207121392068706, 0.9588014981273408
  (data (i32.const 8928) "\98\bd\94\f0\94\7f\a6\3f\d6\b2\d6\4e\7e\3e\3f\3c\99\e7\44\10\d2\9f\ee\3f\cb\68\23\ba\3d\d9\86\bc") ;; 0.04394212185649876, 0.9570093457943926
  (data (i32.const 8960) "\fc\dc\32\f6\58\74\a7\3f\96\92\7b\a8\3c\8d\41\3c\67\b7\f0\ab\31\91\ee\3f\17\7e\35\26\d2\03\75\3c") ;; 0.0458095360312942, 0.9552238805970149
  (data (i32.const 8992) "\cf\f6\83\30\a8\68\a8\3f\db\43\49\63\a5\09\2d\bc\09\f5\ae\39\9f\82\ee\3f\61\7d\e1\3f\8a\8e\5d\3c") ;; 0.047673469469356904, 0.9534450651769087
  (data (i32.const 9024) "\eb\e3\c8\0e\83\5c\a9\3f\f2\0b\52\80\0e\5a\4f\3c\e4\50\97\a5\1a\74\ee\3f\41\ac\b7\7b\f6\b1\89\3c") ;; 0.04953393512227663, 0.9516728624535316
  (data (i32.const 9056) "\35\d2\a3\ff\e9\4f\aa\3f\b4\66\93\a4\00\81\12\bc\6b\4d\e7\db\a3\65\ee\3f\27\ea\69\73\f7\55\71\bc") ;; 0.05139094586948937, 0.9499072356215214
  (data (i32.const 9088) "\bf\71\19\71\dd\42\ab\3f\99\04\13\9c\75\b9\3e\bc\74\e5\01\c9\3a\57\ee\3f\c0\4d\31\6a\f8\db\84\bc") ;; 0.053244514518812285, 0.9481481481481482
  (data (i32.const 9120) "\2d\1f\92\d0\5d\35\ac\3f\a7\e3\3b\3e\a0\b2\39\bc\94\33\6f\59\df\48\ee\3f\5b\40\d8\63\51\64\6c\3c") ;; 0.05509465380697374, 0.9463955637707948
  (data (i32.const 9152) "\52\0b\db\8a\6b\27\ad\3f\47\fd\57\32\c5\e3\21\3c\73\1a\dc\79\91\3a\ee\3f\b1\6b\92\4b\50\a5\7f\3c") ;; 0.056941376400138424, 0.9446494464944649
  (data (i32.const 9184) "\16\60\27\0c\07\19\ae\3f\c1\7d\a1\a7\18\99\41\bc\16\ee\19\17\51\2c\ee\3f\1a\38\57\d9\6d\09\84\bc") ;; 0.058784694894427655, 0.9429097605893186
  (data (i32.const 9216) "\a6\62\11\c0\30\0a\af\3f\cd\ba\5b\5c\32\5f\48\3c\1e\1e\1e\1e\1e\1e\ee\3f\1e\1e\1e\1e\1e\1e\6e\3c") ;; 0.06062462181643484, 0.9411764705882353
  (data (i32.const 9248) "\03\93\9b\11\e9\fa\af\3f\46\c4\a9\62\31\a1\3b\3c\00\e1\01\7c\f8\0f\ee\3f\00\e1\01\7c\f8\0f\8e\bc") ;; 0.06246116962373629, 0.9394495412844037
  (data (i32.const 9280) "\71\e4\98\35\98\75\b0\3f\b8\45\3c\33\a5\0d\48\3c\1e\e0\01\1e\e0\01\ee\3f\1e\e0\01\1e\e0\01\2e\3c") ;; 0.06429435070539725, 0.9377289377289377
  (data (i32.const 9312) "\fe\26\55\9b\83\ed\b0\3f\68\8a\98\a8\6e\25\27\3c\db\e4\7d\f1\d4\f3\ed\3f\8d\06\66\a2\97\14\4c\3c") ;; 0.06612417738247342, 0.9360146252285192
  (data (i32.const 9344) "\e1\7a\a3\ee\36\65\b1\3f\da\2c\c2\e8\a3\9d\37\bc\8a\86\f8\e3\d6\e5\ed\3f\e2\8f\5b\97\77\c0\81\3c") ;; 0.06795066190850775, 0.9343065693430657
  (data (i32.const 9376) "\44\19\db\63\b2\dc\b1\3f\18\57\60\a2\a7\d7\53\3c\4c\d9\16\e3\e5\d7\ed\3f\4c\d9\16\e3\e5\d7\2d\3c") ;; 0.06977381647002284, 0.9326047358834244
  (data (i32.const 9408) "\17\14\0a\2f\f6\53\b2\3f\fd\4c\fc\63\59\12\1c\bc\ca\1d\a0\dc\01\ca\ed\3f\ca\1d\a0\dc\01\ca\2d\3c") ;; 0.07159365318700882, 0.9309090909090909
  (data (i32.const 9440) "\1f\de\f5\83\02\cb\b2\3f\de\8a\de\8f\9a\35\3d\bc\d4\71\7d\be\2a\bc\ed\3f\09\34\f0\0d\4e\e8\84\3c") ;; 0.0734101841134067, 0.9292196007259528
  (data (i32.const 9472) "\d1\d1\1b\96\d7\41\b3\3f\bb\ec\7b\22\9f\59\5b\bc\db\81\b9\76\60\ae\ed\3f\a0\51\e2\67\94\f8\69\bc") ;; 0.07522342123758753, 0.927536231884058
  (data (i32.const 9504) "\ee\b6\b1\98\75\b8\b3\3f\a3\97\12\a3\ac\94\25\bc\41\3b\80\f3\a2\a0\ed\3f\f4\a2\a0\1d\c0\79\81\3c") ;; 0.07703337648282702, 0.9258589511754068
  (data (i32.const 9536) "\f0\46\a6\be\dc\2e\b4\3f\c9\96\59\93\4f\dd\4d\3c\8a\7f\1e\23\f2\92\ed\3f\b4\89\7f\1e\23\f2\82\bc") ;; 0.07884006170777602, 0.924187725631769
  (data (i32.const 9568) "\40\b0\a1\3a\0d\a5\b4\3f\7b\d5\1d\8c\76\cf\2e\3c\55\d8\01\f4\4d\85\ed\3f\ff\05\59\3d\f1\5f\70\bc") ;; 0.08064348870692672, 0.9225225225225225
  (data (i32.const 9600) "\3f\18\06\3f\07\1b\b5\3f\e4\8b\1a\9a\e3\49\5a\3c\34\2c\b8\54\b6\77\ed\3f\70\a9\6c\ef\3a\a0\8b\bc") ;; 0.08244366921107459, 0.920863309352518
  (data (i32.const 9632) "\28\1c\f0\fd\ca\90\b5\3f\d2\76\ea\aa\c8\d5\53\3c\48\74\ef\33\2b\6a\ed\3f\4f\24\15\5a\ac\4d\83\bc") ;; 0.08424061488777623, 0.9192100538599641
  (data (i32.const 9664) "\c4\50\37\a9\58\06\b6\3f\6a\1b\c2\8e\45\88\53\bc\b2\72\75\80\ac\5c\ed\3f\b2\72\75\80\ac\5c\2d\3c") ;; 0.08603433734180316, 0.9175627240143369
  (data (i32.const 9696) "\fc\c0\6e\72\b0\7b\b6\3f\ec\db\4d\21\2c\69\5b\bc\ca\69\37\29\3a\4f\ed\3f\bb\18\56\fc\77\26\54\bc") ;; 0.08782484811559138, 0.9159212880143113
  (data (i32.const 9728) "\4c\6b\e5\8a\d2\f0\b6\3f\92\b9\84\91\d9\06\59\bc\1d\d4\41\1d\d4\41\ed\3f\50\07\75\50\07\75\80\3c") ;; 0.08961215868968714, 0.9142857142857143
  (data (i32.const 9760) "\13\be\a6\23\bf\65\b7\3f\2f\59\6a\ef\28\ff\50\3c\34\1d\c0\4b\7a\34\ed\3f\93\1e\4d\07\f0\92\8e\3c") ;; 0.09139628048318853, 0.9126559714795008
  (data (i32.const 9792) "\cd\12\7b\6d\76\da\b7\3f\31\41\d9\cd\df\ee\5e\bc\1a\5b\fc\a3\2c\27\ed\3f\fc\a3\2c\27\1d\e0\8a\3c") ;; 0.0931772248541833, 0.9110320284697508
  (data (i32.const 9824) "\2a\28\e8\98\f8\4e\b8\3f\27\92\1b\44\cb\6d\49\3c\a4\08\5f\15\eb\19\ed\3f\ce\d9\5b\f2\69\8d\83\bc") ;; 0.0949550031001826, 0.9094138543516874
  (data (i32.const 9856) "\21\9b\31\d6\45\c3\b8\3f\a9\24\34\ab\97\a6\24\bc\74\c0\6e\8f\b5\0c\ed\3f\66\e8\80\dd\1e\6b\79\3c") ;; 0.09672962645855111, 0.9078014184397163
  (data (i32.const 9888) "\de\5e\59\55\5e\37\b9\3f\20\d9\4d\9e\3f\46\4e\bc\c0\f8\cf\01\8c\ff\ec\3f\c0\f8\cf\01\8c\ff\6c\3c") ;; 0.09850110610693316, 0.9061946902654867
  (data (i32.const 9920) "\ad\33\20\46\42\ab\b9\3f\8e\4e\18\1c\9e\09\42\bc\c6\bf\44\5c\6e\f2\ec\3f\ca\73\80\76\47\23\6b\3c") ;; 0.10026945316367515, 0.9045936395759717
  (data (i32.const 9952) "\d4\1c\06\d8\f1\1e\ba\3f\7f\17\cb\7b\f9\6d\37\3c\00\79\ac\8e\5c\e5\ec\3f\00\79\ac\8e\5c\e5\8c\3c") ;; 0.10203467868824428, 0.9029982363315696
  (data (i32.const 9984) "\63\d5\4a\3a\6d\92\ba\3f\a9\0e\a7\8a\f4\42\59\3c\0b\9b\03\89\56\d8\ec\3f\f9\ed\52\4f\c6\6f\77\bc") ;; 0.10379679368164356, 0.9014084507042254
  (data (i32.const 10016) "\fe\43\ee\9b\b4\05\bb\3f\98\f2\52\c2\c7\60\51\3c\3a\6e\63\3b\5c\cb\ec\3f\b4\f9\7d\28\d6\44\8f\3c") ;; 0.10555580908682313, 0.8998242530755711
  (data (i32.const 10048) "\a1\ed\b0\2b\c8\78\bb\3f\21\7e\32\f0\8c\87\20\3c\e7\cb\01\96\6d\be\ec\3f\ff\34\c9\a0\f1\4f\73\bc") ;; 0.10731173578908805, 0.8982456140350877
  (data (i32.const 10080) "\65\67\14\18\a8\eb\bb\3f\30\a1\d5\c7\b7\2d\5e\bc\60\de\30\89\8a\b1\ec\3f\60\de\30\89\8a\b1\5c\bc") ;; 0.10906458461650244, 0.8966725043782837
  (data (i32.const 10112) "\43\c7\5b\8f\54\5e\bc\3f\b1\61\81\ef\17\d6\35\3c\91\e1\5e\05\b3\a4\ec\3f\91\e1\5e\05\b3\a4\2c\3c") ;; 0.11081436634029011, 0.8951048951048951
  (data (i32.const 10144) "\e1\13\8c\bf\cd\d0\bc\3f\71\c2\d0\75\43\6d\53\3c\4d\e4\15\fb\e6\97\ec\3f\bd\38\95\9a\9e\e1\73\bc") ;; 0.11256109167523178, 0.893542757417103
  (data (i32.const 10176) "\5d\b3\6c\d6\13\43\bd\3f\fa\90\1d\95\dd\90\57\3c\42\8a\fb\5a\26\8b\ec\3f\42\8a\fb\5a\26\8b\2c\3c") ;; 0.11430477128005863, 0.89198606271777
  (data (i32.const 10208) "\27\d9\87\01\27\b5\bd\3f\ac\d2\07\86\ab\15\5e\3c\95\ce\d0\15\71\7e\ec\3f\fd\79\92\89\75\08\83\bc") ;; 0.11604541575784265, 0.8904347826086957
  (data (i32.const 10240) "\e6\f2\2a\6e\07\27\be\3f\62\01\1e\00\78\15\36\bc\1c\c7\71\1c\c7\71\ec\3f\1c\c7\71\1c\c7\71\8c\3c") ;; 0.11778303565638346, 0.8888888888888888
  (data (i32.const 10272) "\67\14\67\49\b5\98\be\3f\98\a9\a5\43\71\22\5d\3c\43\68\d5\5f\28\65\ec\3f\0b\e8\b5\e6\f8\0f\8c\3c") ;; 0.11951764146859177, 0.8873483535528596
  (data (i32.const 10304) "\a6\62\11\c0\30\0a\bf\3f\cd\ba\5b\5c\32\5f\58\3c\86\49\0d\d1\94\58\ec\3f\6a\88\a6\c4\e2\00\7f\bc") ;; 0.12124924363286968, 0.8858131487889274
  (data (i32.const 10336) "\df\7d\c3\fe\79\7b\bf\3f\83\17\d0\7e\89\7e\48\bc\8e\6a\45\61\0c\4c\ec\3f\13\07\50\59\92\a7\87\3c") ;; 0.12297785253348746, 0.8842832469775475
  (data (i32.const 10368) "\bb\ea\db\31\91\ec\bf\3f\6c\b3\81\99\6b\74\55\bc\f0\f8\c3\01\8f\3f\ec\3f\f0\f8\c3\01\8f\3f\6c\3c") ;; 0.12470347850095724, 0.8827586206896552
  (data (i32.const 10400) "\4b\3d\bf\42\bb\2e\c0\3f\c6\92\cb\01\9c\4b\4f\bc\79\16\e9\a3\1c\33\ec\3f\c8\f2\85\90\58\4b\81\bc") ;; 0.12642613181240345, 0.8812392426850258
  (data (i32.const 10432) "\6e\59\ca\12\15\67\c0\3f\99\64\b8\7e\64\0c\55\3c\1c\a0\2e\39\b5\26\ec\3f\13\0e\50\97\9c\5a\73\3c") ;; 0.12814582269193003, 0.8797250859106529
  (data (i32.const 10464) "\c3\19\e7\1e\56\9f\c0\3f\76\0b\cb\05\d5\51\5f\3c\76\f5\27\b3\58\1a\ec\3f\79\b4\f3\03\d1\bc\6e\3c") ;; 0.1298625613109846, 0.8782161234991424
  (data (i32.const 10496) "\59\8e\d0\7c\7e\d7\c0\3f\ac\30\90\5e\dc\a5\69\3c\e0\c0\81\03\07\0e\ec\3f\e0\c0\81\03\07\0e\8c\3c") ;; 0.13157635778871926, 0.8767123287671232
  (data (i32.const 10528) "\b1\39\25\42\8e\0f\c1\3f\7d\1b\9f\d3\98\f7\58\3c\1c\c0\01\1c\c0\01\ec\3f\1c\c0\01\1c\c0\01\2c\3c") ;; 0.1332872221923487, 0.8752136752136752
  (data (i32.const 10560) "\ac\42\67\84\85\47\c1\3f\07\7f\3a\3e\81\28\6a\3c\8b\8d\86\ee\83\f5\eb\3f\bc\b5\70\d3\76\18\64\bc") ;; 0.13499516453750482, 0.8737201365187713
  (data (i32.const 10592) "\11\a6\fc\58\64\7f\c1\3f\fa\df\8f\dc\b0\bd\04\bc\fa\69\07\6d\52\e9\eb\3f\aa\2e\9f\d9\07\0a\6b\bc") ;; 0.13670019478858866, 0.8722316865417377
  (data (i32.const 10624) "\a0\67\2f\d5\2a\b7\c1\3f\74\cd\72\34\02\83\54\3c\f7\06\94\89\2b\dd\eb\3f\ae\74\6f\40\99\b8\82\3c") ;; 0.13840232285911913, 0.8707482993197279
  (data (i32.const 10656) "\c3\c2\2d\0e\d9\ee\c1\3f\40\85\db\44\7b\e4\64\bc\b6\51\54\36\0f\d1\eb\3f\44\f4\06\b0\97\af\6c\3c") ;; 0.14010155861207893, 0.8692699490662139
  (data (i32.const 10688) "\cb\5a\0a\19\6f\26\c2\3f\88\9e\80\f1\7b\54\6f\3c\7b\3e\88\65\fd\c4\eb\3f\69\a1\4a\46\39\12\7d\3c") ;; 0.14179791186025734, 0.8677966101694915
  (data (i32.const 10720) "\d2\6a\bc\0a\ed\5d\c2\3f\9c\d1\ed\26\3a\ac\5e\bc\93\94\87\09\f6\b8\eb\3f\9a\53\11\a8\c4\a6\81\3c") ;; 0.14349139236659042, 0.8663282571912013
  (data (i32.const 10752) "\23\f5\1f\f8\52\95\c2\3f\bf\7d\40\1c\77\01\63\3c\d0\ba\c1\14\f9\ac\eb\3f\d0\ba\c1\14\f9\ac\8b\bc") ;; 0.1451820098444979, 0.8648648648648649
  (data (i32.const 10784) "\51\f2\f5\f5\a0\cc\c2\3f\16\f0\23\fe\35\32\6e\bc\88\84\bd\79\06\a1\eb\3f\64\98\ef\45\fe\c3\8a\3c") ;; 0.14686977395821768, 0.863406408094435
  (data (i32.const 10816) "\d3\7f\e4\18\d7\03\c3\3f\fa\91\60\d9\c7\b9\06\bc\23\ff\18\2b\1e\95\eb\3f\52\b9\01\ce\a9\c3\85\3c") ;; 0.14855469432313714, 0.8619528619528619
  (data (i32.const 10848) "\4f\0e\77\75\f5\3a\c3\3f\ea\91\54\ce\5f\94\69\3c\1c\40\89\1b\40\89\eb\3f\1e\f9\af\1d\f9\af\8d\bc") ;; 0.15023678050612196, 0.8605042016806723
  (data (i32.const 10880) "\74\8f\1e\20\fc\71\c3\3f\a0\18\af\62\cb\e6\5d\3c\8b\33\da\3d\6c\7d\eb\3f\45\78\52\90\fc\79\75\3c") ;; 0.15191604202584197, 0.8590604026845637
  (data (i32.const 10912) "\76\a3\31\2d\eb\a8\c3\3f\f4\98\f0\ab\a8\20\32\bc\34\6b\ee\84\a2\71\eb\3f\e7\51\3d\ad\bc\28\6d\bc") ;; 0.1535924883530943, 0.8576214405360134
  (data (i32.const 10944) "\2a\c6\ec\b0\c2\df\c3\3f\17\10\d8\e7\a8\b3\5a\bc\05\ee\be\e3\e2\65\eb\3f\7b\50\e6\59\45\8d\71\3c") ;; 0.15526612891112396, 0.8561872909698997
  (data (i32.const 10976) "\c0\7b\72\bf\82\16\c4\3f\1b\26\27\e1\07\c2\41\bc\1f\08\5b\4d\2d\5a\eb\3f\b1\6e\cb\7c\84\46\7d\bc") ;; 0.15693697307594157, 0.8547579298831386
  (data (i32.const 11008) "\1e\7d\cb\6c\2b\4d\c4\3f\88\1f\3e\54\f6\f4\69\3c\4f\1b\e8\b4\81\4e\eb\3f\93\5f\2c\f9\c5\92\8f\bc") ;; 0.15860503017663857, 0.8533333333333334
  (data (i32.const 11040) "\dd\e3\e6\cc\bc\83\c4\3f\22\4b\1b\fb\91\93\62\3c\07\70\a1\0d\e0\42\eb\3f\26\ff\d1\4b\fe\a3\77\bc") ;; 0.1602703094956998, 0.8519134775374376
  (data (i32.const 11072) "\e5\55\9a\f3\36\ba\c4\3f\56\67\c3\bc\81\89\66\3c\ce\06\d8\4a\48\37\eb\3f\be\45\26\ff\a4\f6\76\bc") ;; 0.16193282026931324, 0.8504983388704319
  (data (i32.const 11104) "\b2\30\a2\f4\99\f0\c4\3f\94\47\b2\a1\02\0a\2a\3c\23\6a\f2\5f\ba\2b\eb\3f\b3\01\b4\88\9a\fc\77\bc") ;; 0.16359257168767766, 0.8490878938640133
  (data (i32.const 11136) "\38\b4\a1\e3\e5\26\c5\3f\3a\0d\47\8a\ff\46\67\bc\d9\80\6c\40\36\20\eb\3f\d9\80\6c\40\36\20\2b\3c") ;; 0.16524957289530717, 0.847682119205298
  (data (i32.const 11168) "\6f\2d\23\d4\1a\5d\c5\3f\39\08\06\6e\96\c8\5a\bc\e6\60\d7\df\bb\14\eb\3f\4d\d2\5b\53\77\1e\78\3c") ;; 0.16690383299133368, 0.8462809917355372
  (data (i32.const 11200) "\86\20\98\d9\38\93\c5\3f\cf\d7\8a\aa\22\5d\56\bc\a4\22\d9\31\4b\09\eb\3f\4f\fe\9d\cb\21\a8\67\bc") ;; 0.16855536102980667, 0.8448844884488449
  (data (i32.const 11232) "\b9\72\59\07\40\c9\c5\3f\c5\9c\37\73\cb\dc\5a\3c\82\b4\2c\2a\e4\fd\ea\3f\de\4e\db\08\f5\25\6a\bc") ;; 0.17020416601999047, 0.8434925864909391
  (data (i32.const 11264) "\d4\93\a7\70\30\ff\c5\3f\6e\6f\fc\fa\0e\c6\5b\bc\28\af\a1\bc\86\f2\ea\3f\28\af\a1\bc\86\f2\8a\3c") ;; 0.17185025692665923, 0.8421052631578947
  (data (i32.const 11296) "\58\a7\aa\28\0a\35\c6\3f\33\16\c5\e9\47\f5\63\bc\09\2a\1c\dd\32\e7\ea\3f\97\39\d7\00\be\bc\7f\3c") ;; 0.17349364267038925, 0.8407224958949097
  (data (i32.const 11328) "\51\ad\72\42\cd\6a\c6\3f\b2\a8\1e\4e\0e\90\50\bc\5e\90\94\7f\e8\db\ea\3f\5e\90\94\7f\e8\db\2a\3c") ;; 0.17513433212784915, 0.839344262295082
  (data (i32.const 11360) "\d2\aa\f7\d0\79\a0\c6\3f\18\7f\2a\ac\cb\ed\1e\bc\93\76\17\98\a7\d0\ea\3f\82\e3\eb\0f\de\ba\86\bc") ;; 0.17677233413208754, 0.8379705400981997
  (data (i32.const 11392) "\1d\d2\19\e7\0f\d6\c6\3f\79\d1\ec\68\e2\aa\6c\bc\1b\70\c5\1a\70\c5\ea\3f\9d\f2\47\9d\f2\47\7d\bc") ;; 0.1784076574728183, 0.8366013071895425
  (data (i32.const 11424) "\75\aa\a1\97\8f\0b\c7\3f\d6\af\fb\56\aa\3d\59\3c\b1\e5\d2\fb\41\ba\ea\3f\1c\79\86\e6\f8\3c\86\bc") ;; 0.1800403108967036, 0.835236541598695
  (data (i32.const 11456) "\a5\37\40\f5\f8\40\c7\3f\db\4c\a8\62\40\26\5b\bc\fd\eb\87\2f\1d\af\ea\3f\e5\5f\3f\7c\e9\78\85\bc") ;; 0.18167030310763468, 0.8338762214983714
  (data (i32.const 11488) "\27\21\8f\12\4c\76\c7\3f\ce\44\8f\e7\d1\40\62\3c\a4\1a\40\aa\01\a4\ea\3f\a4\1a\40\aa\01\a4\2a\3c") ;; 0.18329764276701008, 0.832520325203252
  (data (i32.const 11520) "\09\d9\10\02\89\ab\c7\3f\08\06\6a\2d\6b\e3\4b\3c\be\63\6a\60\ef\98\ea\3f\71\56\7e\42\9c\95\8f\bc") ;; 0.184922338494012, 0.8311688311688312
  (data (i32.const 11552) "\74\c2\30\d6\af\e0\c7\3f\73\c3\fc\0e\27\3e\58\bc\ab\eb\88\46\e6\8d\ea\3f\73\33\e4\ca\7f\ec\86\3c") ;; 0.18654439886588003, 0.8298217179902755
  (data (i32.const 11584) "\eb\57\43\a1\c0\15\c8\3f\64\05\3a\07\48\be\54\bc\59\e1\30\51\e6\82\ea\3f\e5\9f\23\21\78\93\86\bc") ;; 0.188163832418183, 0.8284789644012945
  (data (i32.const 11616) "\39\51\86\75\bb\4a\c8\3f\38\96\0b\75\2c\48\55\3c\da\56\0a\75\ef\77\ea\3f\07\8d\c1\84\fd\91\8d\bc") ;; 0.1897806476450883, 0.827140549273021
  (data (i32.const 11648) "\11\c9\20\65\a0\7f\c8\3f\9a\8d\a0\bf\fd\f7\6b\bc\6d\1a\d0\a6\01\6d\ea\3f\6d\1a\d0\a6\01\6d\2a\3c") ;; 0.19139485299962947, 0.8258064516129032
  (data (i32.const 11680) "\5b\62\23\82\6f\b4\c8\3f\ec\92\7c\dd\02\21\5f\3c\df\8f\4f\db\1c\62\ea\3f\e5\a4\30\72\b7\6f\45\3c") ;; 0.19300645689397097, 0.8244766505636071
  (data (i32.const 11712) "\41\6d\88\de\28\e9\c8\3f\70\67\a5\51\d8\69\65\bc\4a\8a\68\07\41\57\ea\3f\5c\f0\04\d6\e4\66\65\3c") ;; 0.19461546769967167, 0.8231511254019293
  (data (i32.const 11744) "\de\0b\34\8c\cc\1d\c9\3f\82\71\d1\bf\77\af\5a\3c\37\26\0d\20\6e\4c\ea\3f\4a\03\88\1b\93\06\60\3c") ;; 0.19622189374794535, 0.8218298555377207
  (data (i32.const 11776) "\b4\56\f4\9c\5a\52\c9\3f\26\2e\4e\1d\4c\90\6d\3c\1a\a4\41\1a\a4\41\ea\3f\90\06\69\90\06\69\80\3c") ;; 0.19782574332991987, 0.8205128205128205
  (data (i32.const 11808) "\ca\80\81\22\d3\86\c9\3f\89\01\00\af\c8\a6\52\bc\2d\43\1c\eb\e2\36\ea\3f\fe\65\f7\e4\61\a1\86\bc") ;; 0.19942702469689372, 0.8192
  (data (i32.const 11840) "\83\fb\7d\2e\36\bb\c9\3f\0c\3e\00\1f\e3\75\65\3c\a0\1c\c5\87\2a\2c\ea\3f\78\d5\d3\e5\1f\a1\83\3c") ;; 0.20102574606059073, 0.8178913738019169
  (data (i32.const 11872) "\34\9a\76\d2\83\ef\c9\3f\a5\f3\bf\39\7f\f6\56\bc\2f\ff\75\e5\7a\21\ea\3f\43\ef\f2\5f\57\ae\57\bc") ;; 0.20262191559341292, 0.8165869218500797
  (data (i32.const 11904) "\63\b5\e2\1f\bc\23\ca\3f\8c\99\7a\b0\11\37\49\3c\02\4b\7a\f9\d3\16\ea\3f\f9\d3\16\1a\b0\a4\87\bc") ;; 0.2042155414286909, 0.8152866242038217
  (data (i32.const 11936) "\cd\4d\24\28\df\57\ca\3f\39\4e\a2\32\f1\9a\4b\bc\f1\cd\2e\b9\35\0c\ea\3f\b4\91\f2\7c\f9\cf\8d\bc") ;; 0.20580663166093274, 0.8139904610492846
  (data (i32.const 11968) "\19\2f\88\fc\ec\8b\ca\3f\eb\39\8c\91\37\8c\5e\bc\1a\a0\01\1a\a0\01\ea\3f\1a\a0\01\1a\a0\01\2a\3c") ;; 0.2073951943460706, 0.8126984126984127
  (data (i32.const 12000) "\4c\12\46\ae\e5\bf\ca\3f\f0\90\73\e2\2b\a7\6e\bc\d0\00\72\11\13\f7\e9\3f\8f\60\fe\1b\dd\d9\81\bc") ;; 0.20898123750170539, 0.8114104595879557
  (data (i32.const 12032) "\f3\bf\80\4e\c9\f3\ca\3f\85\19\64\f3\cf\98\53\bc\d9\33\10\95\8e\ec\e9\3f\54\3a\b2\67\20\2a\6d\3c") ;; 0.21056476910734964, 0.810126582278481
  (data (i32.const 12064) "\0c\32\46\ee\97\27\cb\3f\f7\1c\15\a0\0d\52\61\bc\0a\5f\7d\9a\12\e2\e9\3f\f3\1f\f9\58\44\4f\6c\3c") ;; 0.2121457971046684, 0.8088467614533965
  (data (i32.const 12096) "\a4\b5\8f\9e\51\5b\cb\3f\a0\e1\19\dc\7f\a2\6b\3c\2d\68\6b\17\9f\d7\e9\3f\92\27\fb\7d\34\ab\7c\3c") ;; 0.21372432939771813, 0.807570977917981
  (data (i32.const 12128) "\3b\0c\42\70\f6\8e\cb\3f\88\fe\e3\0e\bd\99\69\bc\40\d3\9c\01\34\cd\e9\3f\40\d3\9c\01\34\cd\69\3c") ;; 0.21530037385318387, 0.8062992125984252
  (data (i32.const 12160) "\d6\8c\2d\74\86\c2\cb\3f\55\0f\87\44\e7\fc\54\3c\02\a1\e4\4e\d1\c2\e9\3f\fa\7b\6d\c4\ba\f4\88\bc") ;; 0.21687393830061436, 0.8050314465408805
  (data (i32.const 12192) "\e2\44\0e\bb\01\f6\cb\3f\f4\aa\74\c8\83\6b\65\bc\d1\2d\26\f5\76\b8\e9\3f\24\1e\99\ff\d4\06\8b\bc") ;; 0.21844503053265557, 0.8037676609105181
  (data (i32.const 12224) "\c1\18\8c\55\68\29\cc\3f\6b\fb\a3\38\ee\3d\67\bc\da\10\55\ea\24\ae\e9\3f\d9\cf\c3\f4\71\0e\82\3c") ;; 0.2200136583052821, 0.8025078369905956
  (data (i32.const 12256) "\25\e4\3a\54\ba\5c\cc\3f\d8\38\b0\ba\34\21\66\bc\98\fb\74\24\db\a3\e9\3f\6b\0c\9f\0d\22\d5\74\bc") ;; 0.22157982933802703, 0.8012519561815337
  (data (i32.const 12288) "\22\9a\9a\c7\f7\8f\cc\3f\12\40\43\f8\89\f6\64\bc\9a\99\99\99\99\99\e9\3f\9a\99\99\99\99\99\89\bc") ;; 0.22314355131420976, 0.8
  (data (i32.const 12320) "\02\65\17\c0\20\c3\cc\3f\85\3a\79\53\a6\39\60\3c\a0\70\e6\3f\60\8f\e9\3f\c8\0c\e0\4f\38\f3\7f\bc") ;; 0.22470483188116225, 0.7987519500780031
  (data (i32.const 12352) "\dc\c5\09\4e\35\f6\cc\3f\95\b6\55\7d\a0\39\62\3c\ff\c0\8e\0d\2f\85\e9\3f\03\fc\c4\c9\43\eb\79\3c") ;; 0.22626367865045338, 0.7975077881619937
  (data (i32.const 12384) "\e7\b3\b6\81\35\29\cd\3f\8e\ac\97\aa\a2\04\5c\bc\52\66\d5\f8\05\7b\e9\3f\e7\bf\0a\77\c7\d9\3f\3c") ;; 0.2278200991981116, 0.7962674961119751
  (data (i32.const 12416) "\91\bb\4f\6b\21\5c\cd\3f\40\4d\7e\59\43\e4\66\3c\72\b8\0c\f8\e4\70\e9\3f\cc\80\4f\0e\97\01\8f\3c") ;; 0.22937410106484582, 0.7950310559006211
  (data (i32.const 12448) "\5e\1d\f3\1a\f9\8e\cd\3f\ca\e2\e0\31\d9\f0\37\bc\c0\6c\96\01\cc\66\e9\3f\c0\6c\96\01\cc\66\69\3c") ;; 0.2309256917562647, 0.7937984496124031
  (data (i32.const 12480) "\7d\ec\ab\a0\bc\c1\cd\3f\fc\b6\98\19\c5\34\68\3c\ae\77\e3\0b\bb\5c\e9\3f\07\3d\d1\a8\f9\57\8b\bc") ;; 0.23247487874309405, 0.7925696594427245
  (data (i32.const 12512) "\2f\2d\72\0c\6c\f4\cd\3f\e7\22\07\f2\16\56\60\3c\97\ee\73\0d\b2\52\e9\3f\14\0b\fc\25\60\cb\72\3c") ;; 0.23402166946139277, 0.7913446676970634
  (data (i32.const 12544) "\e6\f2\2a\6e\07\27\ce\3f\62\01\1e\00\78\15\46\bc\e0\e9\d6\fc\b0\48\e9\3f\e0\e9\d6\fc\b0\48\89\3c") ;; 0.2355660713127669, 0.7901234567901234
  (data (i32.const 12576) "\2f\7e\a8\d5\8e\59\ce\3f\59\06\c5\f4\78\5e\5a\bc\59\67\aa\d0\b7\3e\e9\3f\fe\55\76\34\e3\c0\7f\bc") ;; 0.23710809166458222, 0.7889060092449923
  (data (i32.const 12608) "\60\5a\aa\52\02\8c\ce\3f\9b\c8\bf\39\3a\e0\46\bc\e6\2c\9b\7f\c6\34\e9\3f\e6\2c\9b\7f\c6\34\29\3c") ;; 0.238647737850175, 0.7876923076923077
  (data (i32.const 12640) "\0b\7b\dd\f4\61\be\ce\3f\5c\28\93\72\3f\cc\44\bc\74\ab\64\00\dd\2a\e9\3f\74\ab\64\00\dd\2a\29\3c") ;; 0.24018501716906146, 0.7864823348694316
  (data (i32.const 12672) "\36\59\dc\cb\ad\f0\ce\3f\0d\c2\0d\95\37\86\64\3c\29\e2\d0\49\fb\20\e9\3f\d2\3e\48\06\d4\33\75\bc") ;; 0.24171993688714516, 0.7852760736196319
  (data (i32.const 12704) "\5d\10\2f\e7\e5\22\cf\3f\99\18\7c\03\7d\1d\66\3c\dd\41\b8\52\21\17\e9\3f\99\27\c7\14\b7\21\82\bc") ;; 0.24325250423692327, 0.7840735068912711
  (data (i32.const 12736) "\37\7b\4b\56\0a\55\cf\3f\37\8c\01\fd\6d\5f\2c\3c\d5\90\01\12\4f\0d\e9\3f\fd\db\61\e5\cd\bf\5d\bc") ;; 0.24478272641769092, 0.7828746177370031
  (data (i32.const 12768) "\45\50\95\28\1b\87\cf\3f\1a\d3\12\88\6c\ad\04\3c\c1\ce\a1\7e\84\03\e9\3f\4c\e2\f3\70\b1\26\63\3c") ;; 0.24631061059574413, 0.7816793893129771
  (data (i32.const 12800) "\2b\3e\5e\6d\18\b9\cf\3f\cb\1a\f2\64\ae\aa\6c\bc\fa\18\9c\8f\c1\f9\e8\3f\38\1f\83\f3\31\38\7f\bc") ;; 0.24783616390458127, 0.7804878048780488
  (data (i32.const 12832) "\cc\07\e6\33\02\eb\cf\3f\7f\70\8c\5e\2d\e3\66\3c\00\8f\01\3c\06\f0\e8\3f\00\8f\01\3c\06\f0\88\3c") ;; 0.24935939344510272, 0.7792998477929984
  (data (i32.const 12864) "\1d\50\ad\45\6c\0e\d0\3f\ad\fe\f6\8f\56\b9\6c\bc\3f\37\f1\7a\52\e6\e8\3f\27\5e\4f\ca\1c\03\4c\3c") ;; 0.25088030628580943, 0.7781155015197568
  (data (i32.const 12896) "\2f\23\6c\c1\4d\27\d0\3f\80\27\5c\83\cf\89\6e\3c\08\e4\97\43\a6\dc\e8\3f\c9\5e\44\70\05\86\7d\bc") ;; 0.2523989094629994, 0.7769347496206374
  (data (i32.const 12928) "\41\d0\b4\94\25\40\d0\3f\2d\02\a5\17\c2\8e\62\bc\d3\18\30\8d\01\d3\e8\3f\d3\18\30\8d\01\d3\28\3c") ;; 0.25391520998096345, 0.7757575757575758
  (data (i32.const 12960) "\c6\eb\03\c7\f3\58\d0\3f\3c\5c\ab\8d\34\af\59\bc\bc\ef\01\4f\64\c9\e8\3f\46\a2\a9\a2\ec\e9\74\bc") ;; 0.2554292148121785, 0.7745839636913767
  (data (i32.const 12992) "\0d\59\cd\5f\b8\71\d0\3f\80\de\7b\f9\07\17\5d\3c\3a\ff\62\80\ce\bf\e8\3f\3a\ff\62\80\ce\bf\28\3c") ;; 0.2569409308975004, 0.7734138972809668
  (data (i32.const 13024) "\af\57\7c\66\73\8a\d0\3f\c6\e6\28\a3\c5\40\3d\3c\19\40\b6\18\40\b6\e8\3f\d2\f9\6f\d2\f9\6f\82\bc") ;; 0.2584503651463547, 0.7722473604826546
  (data (i32.const 13056) "\e3\90\73\e2\24\a3\d0\3f\03\1c\06\e8\fd\dc\77\3c\aa\f3\6b\0f\b9\ac\e8\3f\6f\34\75\7e\ed\21\87\bc") ;; 0.25995752443692605, 0.7710843373493976
  (data (i32.const 13088) "\bd\24\0d\db\cc\bb\d0\3f\80\94\40\46\74\66\6a\bc\34\8a\01\5c\39\a3\e8\3f\00\a9\31\d7\f9\8f\8a\bc") ;; 0.26146241561634637, 0.7699248120300752
  (data (i32.const 13120) "\4b\b7\9a\57\6b\d4\d0\3f\92\bd\3c\1c\c8\3e\60\3c\9c\89\01\f6\c0\99\e8\3f\03\ec\81\33\31\c0\5e\3c") ;; 0.26296504550088134, 0.7687687687687688
  (data (i32.const 13152) "\a4\7d\65\5f\00\ed\d0\3f\2a\e8\bf\2a\bd\56\7c\3c\4b\74\03\d5\4f\90\e8\3f\31\13\4a\2d\3e\fa\7c\3c") ;; 0.2644654208761159, 0.767616191904048
  (data (i32.const 13184) "\d5\4a\ae\f9\8b\05\d1\3f\1d\b3\4c\ab\a0\9f\58\3c\4a\b0\ab\f0\e5\86\e8\3f\d0\c8\3b\7f\8b\d3\8a\bc") ;; 0.26596354849713794, 0.7664670658682635
  (data (i32.const 13216) "\b7\9c\ad\2d\0e\1e\d1\3f\2b\02\17\69\cc\c0\0d\3c\97\6e\ab\40\83\7d\e8\3f\eb\97\4f\f0\fc\a7\7d\bc") ;; 0.26745943508872067, 0.7653213751868461
  (data (i32.const 13248) "\b0\a8\93\02\87\36\d1\3f\4a\d2\ed\98\62\b6\77\3c\b9\92\c0\bc\27\74\e8\3f\75\69\aa\8f\7c\93\61\bc") ;; 0.26895308734550394, 0.764179104477612
  (data (i32.const 13280) "\5a\68\88\7f\f6\4e\d1\3f\e4\13\1b\da\80\68\56\3c\84\9a\b5\5c\d3\6a\e8\3f\84\9a\b5\5c\d3\6a\28\3c") ;; 0.270444511932174, 0.7630402384500745
  (data (i32.const 13312) "\0e\a6\ab\ab\5c\67\d1\3f\17\37\88\ab\3e\e6\2c\3c\18\86\61\18\86\61\e8\3f\18\86\61\18\86\61\88\3c") ;; 0.27193371548364176, 0.7619047619047619
  (data (i32.const 13344) "\5d\09\15\8e\b9\7f\d1\3f\9d\ba\97\5d\8b\45\77\3c\18\c0\a7\e7\3f\58\e8\3f\16\06\f0\e9\f9\0f\86\3c") ;; 0.27342070460522, 0.7607726597325408
  (data (i32.const 13376) "\6f\23\d4\2d\0d\98\d1\3f\47\d1\e4\b0\d1\d3\79\3c\14\06\78\c2\00\4f\e8\3f\fa\87\3d\ff\b0\e7\7f\bc") ;; 0.2749054858727992, 0.7596439169139466
  (data (i32.const 13408) "\49\7b\f0\91\57\b0\d1\3f\52\d0\e2\55\dc\66\74\bc\29\51\ce\a0\c8\45\e8\3f\9a\8e\d8\77\6c\b6\85\3c") ;; 0.27638806583302206, 0.7585185185185185
  (data (i32.const 13440) "\fb\99\69\c1\98\c8\d1\3f\44\1c\ff\2a\c6\e5\30\bc\dd\be\b2\7a\97\3c\e8\3f\0b\d1\86\cf\1f\73\74\3c") ;; 0.2778684510034563, 0.757396449704142
  (data (i32.const 13472) "\be\16\37\c3\d0\e0\d1\3f\61\fe\93\1a\36\55\6e\3c\24\7a\39\48\6d\33\e8\3f\f3\26\e5\7a\df\1d\8d\bc") ;; 0.2793466478727672, 0.7562776957163959
  (data (i32.const 13504) "\f3\a2\48\9e\ff\f8\d1\3f\07\4b\0c\9a\df\9f\7c\bc\a0\a4\82\01\4a\2a\e8\3f\a0\a4\82\01\4a\2a\68\3c") ;; 0.2808226629008878, 0.7551622418879056
  (data (i32.const 13536) "\0c\16\86\59\25\11\d2\3f\0b\c5\f3\6a\5d\74\78\bc\18\40\ba\9e\2d\21\e8\3f\11\0c\20\5d\cf\96\70\3c") ;; 0.28229650251918836, 0.7540500736377025
  (data (i32.const 13568) "\66\79\cf\fb\41\29\d2\3f\af\28\96\b0\5e\6f\77\bc\18\18\18\18\18\18\e8\3f\18\18\18\18\18\18\68\3c") ;; 0.2837681731306446, 0.7529411764705882
  (data (i32.const 13600) "\04\14\fd\8b\55\41\d2\3f\2d\87\5c\6a\e0\ba\e9\bb\cb\ab\df\65\09\0f\e8\3f\c8\0c\ae\49\dc\c6\87\3c") ;; 0.2852376811100046, 0.7518355359765051
  (data (i32.const 13632) "\3a\76\df\10\60\59\d2\3f\9e\5e\07\57\6c\f7\50\bc\06\18\60\80\01\06\e8\3f\06\18\60\80\01\06\28\3c") ;; 0.2867050328039543, 0.750733137829912
  (data (i32.const 13664) "\3d\85\3f\91\61\71\d2\3f\b8\76\96\ac\c2\3e\6e\3c\80\01\f4\5f\00\fd\e7\3f\80\01\f4\5f\00\fd\77\bc") ;; 0.28817023453128227, 0.7496339677891655
  (data (i32.const 13696) "\a3\86\de\13\5a\89\d2\3f\0e\04\3f\c1\24\ad\77\3c\40\7f\01\fd\05\f4\e7\3f\40\7f\01\fd\05\f4\87\3c") ;; 0.28963329258304266, 0.7485380116959064
  (data (i32.const 13728) "\c9\2b\76\9f\49\a1\d2\3f\a6\f4\48\15\83\2b\50\3c\3b\05\fa\4f\12\eb\e7\3f\e8\3f\49\ac\5f\00\8b\3c") ;; 0.2910942132227175, 0.7474452554744525
  (data (i32.const 13760) "\25\9d\b8\3a\30\b9\d2\3f\d4\2a\85\fd\b5\96\78\bc\1d\4f\5a\51\25\e2\e7\3f\7a\6b\10\26\7b\9d\6b\3c") ;; 0.29255300268637746, 0.7463556851311953
  (data (i32.const 13792) "\83\85\50\ec\0d\d1\d2\3f\4c\d9\d4\20\c2\7d\58\3c\46\4b\aa\f9\3e\d9\e7\3f\19\04\9b\a0\ff\4e\84\bc") ;; 0.29400966718284155, 0.745269286754003
  (data (i32.const 13824) "\31\1d\e1\ba\e2\e8\d2\3f\f9\bd\5e\b9\cd\f4\78\bc\f4\05\7d\41\5f\d0\e7\3f\f4\05\7d\41\5f\d0\67\3c") ;; 0.2954642128938359, 0.7441860465116279
  (data (i32.const 13856) "\0c\35\06\ad\ae\00\d3\3f\04\8a\6a\40\91\2e\65\bc\9f\94\70\21\86\c7\e7\3f\e9\9d\87\83\fe\43\49\3c") ;; 0.2969166459741508, 0.7431059506531205
  (data (i32.const 13888) "\85\41\54\c9\71\18\d3\3f\79\b3\09\4c\cc\1a\35\bc\7c\01\2e\92\b3\be\e7\3f\4c\41\e8\1f\dd\c6\64\bc") ;; 0.2983669725517973, 0.7420289855072464
  (data (i32.const 13920) "\88\65\58\16\2c\30\d3\3f\16\aa\08\3e\2a\dc\77\3c\33\37\69\8c\e7\b5\e7\3f\f6\f8\20\3d\b9\c4\8f\3c") ;; 0.2998151987281621, 0.7409551374819102
  (data (i32.const 13952) "\55\7d\98\9a\dd\47\d3\3f\f8\19\09\58\4c\dd\64\bc\c3\ec\e0\08\22\ad\e7\3f\de\52\e8\4f\32\16\85\3c") ;; 0.3012613305781618, 0.7398843930635838
  (data (i32.const 13984) "\3e\29\93\5c\86\5f\d3\3f\57\05\5b\2d\af\d8\40\3c\8c\91\5e\00\63\a4\e7\3f\8c\91\5e\00\63\a4\27\3c") ;; 0.30270537415039545, 0.7388167388167388
  (data (i32.const 14016) "\5b\d8\bf\62\26\77\d3\3f\e7\7d\11\d8\29\56\4b\bc\8b\39\b6\6b\aa\9b\e7\3f\e2\f7\10\0b\a3\d9\8b\3c") ;; 0.3041473354672967, 0.7377521613832853
  (data (i32.const 14048) "\21\d3\8e\b3\bd\8e\d3\3f\10\fd\9a\15\cc\e8\73\bc\c3\89\c6\43\f8\92\e7\3f\b4\a8\7a\e5\f7\99\72\bc") ;; 0.30558722052528436, 0.7366906474820144
  (data (i32.const 14080) "\ea\45\69\55\4c\a6\d3\3f\7c\f9\45\19\65\68\6c\bc\c8\a4\78\81\4c\8a\e7\3f\c8\a4\78\81\4c\8a\67\3c") ;; 0.3070250352949119, 0.735632183908046
  (data (i32.const 14112) "\6a\4b\b1\4e\d2\bd\d3\3f\d0\a7\49\64\3c\da\52\3c\82\17\c0\1d\a7\81\e7\3f\39\96\1f\fa\8f\38\86\bc") ;; 0.3084607857210161, 0.7345767575322812
  (data (i32.const 14144) "\10\f7\c1\a5\4f\d5\d3\3f\8d\c9\a1\c6\65\32\7e\bc\0d\c6\9a\11\08\79\e7\3f\b7\b3\87\f3\44\0a\7a\3c") ;; 0.3098944777228647, 0.7335243553008596
  (data (i32.const 14176) "\50\5f\ef\60\c4\ec\d3\3f\ff\7a\80\09\3e\31\54\bc\d0\d8\10\56\6f\70\e7\3f\d0\d8\10\56\6f\70\47\3c") ;; 0.3113261171943025, 0.7324749642346209
  (data (i32.const 14208) "\e4\a7\86\86\30\04\d4\3f\6d\ce\82\60\fb\bc\70\bc\b1\a9\34\e4\dc\67\e7\3f\b1\a9\34\e4\dc\67\27\3c") ;; 0.3127557100038969, 0.7314285714285714
  (data (i32.const 14240) "\ee\0b\ce\1c\94\1b\d4\3f\f6\76\03\bc\c1\fe\76\3c\7c\b1\22\b5\50\5f\e7\3f\1f\f2\1d\46\40\90\79\bc") ;; 0.3141832619950823, 0.7303851640513552
  (data (i32.const 14272) "\14\e8\04\2a\ef\32\d4\3f\03\c9\5a\71\31\99\72\bc\6d\75\01\c2\ca\56\e7\3f\80\4f\4d\2a\fa\f7\84\bc") ;; 0.31560877898630335, 0.7293447293447294
  (data (i32.const 14304) "\7c\c4\63\b4\41\4a\d4\3f\fc\dc\9e\30\c8\70\7d\bc\e5\74\01\04\4b\4e\e7\3f\00\3f\6d\2c\fa\ef\83\bc") ;; 0.31703226677115715, 0.7283072546230441
  (data (i32.const 14336) "\c2\5e\1c\c2\8b\61\d4\3f\1d\cf\ec\cd\de\42\7f\3c\46\17\5d\74\d1\45\e7\3f\46\17\5d\74\d1\45\77\bc") ;; 0.3184537311185346, 0.7272727272727273
  (data (i32.const 14368) "\d9\b3\59\59\cd\78\d4\3f\48\fb\12\1a\19\7e\53\3c\f7\99\58\0c\5e\3d\e7\3f\0b\a3\ff\40\8d\3b\8c\bc") ;; 0.31987317777276086, 0.7262411347517731
  (data (i32.const 14400) "\d1\09\40\80\06\90\d4\3f\dc\77\f1\41\c3\ff\69\bc\8d\fe\41\c5\f0\34\e7\3f\c4\32\fa\07\15\c3\83\bc") ;; 0.3212906124537343, 0.7252124645892352
  (data (i32.const 14432) "\97\f9\ec\3c\37\a7\d4\3f\db\6b\bb\ca\40\b1\7c\3c\1f\f9\70\98\89\2c\e7\3f\90\91\fa\c4\a0\6c\7c\bc") ;; 0.32270604085706495, 0.7241867043847242
  (data (i32.const 14464) "\a1\78\77\95\5f\be\d4\3f\3d\81\04\5b\b3\59\62\bc\bc\de\46\7f\28\24\e7\3f\bc\de\46\7f\28\24\47\3c") ;; 0.324119468654212, 0.7231638418079096
  (data (i32.const 14496) "\7f\e2\ef\8f\7f\d5\d4\3f\42\86\86\06\fd\67\62\3c\0a\94\2e\73\cd\1b\e7\3f\6c\c4\60\64\e2\29\6c\3c") ;; 0.3255309014926197, 0.7221438645980254
  (data (i32.const 14528) "\6a\02\60\32\97\ec\d4\3f\5e\dc\77\d9\87\2a\74\bc\09\7c\9c\6d\78\13\e7\3f\30\5f\54\b9\b5\2c\86\bc") ;; 0.32694034499585334, 0.7211267605633803
  (data (i32.const 14560) "\b3\1c\cb\82\a6\03\d5\3f\de\99\6b\f3\2d\1e\59\bc\fa\66\0e\68\29\0b\e7\3f\60\5a\d3\a3\ff\f6\6e\bc") ;; 0.3283478047637331, 0.720112517580872
  (data (i32.const 14592) "\2d\f8\2d\87\ad\1a\d5\3f\e3\55\9f\c1\7a\92\43\3c\70\81\0b\5c\e0\02\e7\3f\70\81\0b\5c\e0\02\77\3c") ;; 0.329753286372468, 0.7191011235955056
  (data (i32.const 14624) "\7e\e7\7e\45\ac\31\d5\3f\bd\71\80\8a\c9\be\4d\3c\80\43\24\43\9d\fa\e6\3f\80\43\24\43\9d\fa\76\3c") ;; 0.33115679537478815, 0.7180925666199158
  (data (i32.const 14656) "\63\d2\ad\c3\a2\48\d5\3f\db\8d\30\7e\cf\19\68\bc\17\60\f2\16\60\f2\e6\3f\1b\d2\3f\1b\d2\3f\5b\bc") ;; 0.3325583373000766, 0.7170868347338936
  (data (i32.const 14688) "\e2\3e\a4\07\91\5f\d5\3f\ee\89\29\7d\e3\1d\79\bc\74\b4\18\d1\28\ea\e6\3f\74\b4\18\d1\28\ea\26\3c") ;; 0.3339579176544999, 0.7160839160839161
  (data (i32.const 14720) "\6c\5a\45\17\77\76\d5\3f\0c\66\83\b2\ad\26\75\3c\c7\37\43\6b\f7\e1\e6\3f\7e\b8\05\14\46\75\7a\bc") ;; 0.3353555419211378, 0.7150837988826816
  (data (i32.const 14752) "\f2\02\6e\f8\54\8d\d5\3f\66\4b\21\95\a7\30\6f\3c\ef\ea\26\df\cb\d9\e6\3f\29\bc\b5\0f\24\07\7c\3c") ;; 0.33675121556011256, 0.7140864714086471
  (data (i32.const 14784) "\e2\cf\f4\b0\2a\a4\d5\3f\3d\9a\ee\7d\cb\eb\78\bc\61\c8\81\26\a6\d1\e6\3f\55\8f\b1\61\71\f7\43\bc") ;; 0.3381449440087164, 0.713091922005571
  (data (i32.const 14816) "\19\1b\aa\46\f8\ba\d5\3f\7d\f2\5b\c0\78\70\71\3c\29\b4\1a\3b\86\c9\e6\3f\b7\a2\19\c8\d2\50\83\3c") ;; 0.3395367326815389, 0.7121001390820584
  (data (i32.const 14848) "\ca\09\58\bf\bd\d1\d5\3f\e1\7f\dc\83\63\23\74\3c\17\6c\c1\16\6c\c1\e6\3f\9f\f4\49\9f\f4\49\7f\bc") ;; 0.3409265869705932, 0.7111111111111111
  (data (i32.const 14880) "\4a\95\c2\20\7b\e8\d5\3f\51\fc\82\63\44\38\47\bc\03\78\4e\b3\57\b9\e6\3f\d3\7f\18\cb\84\6a\74\bc") ;; 0.3423145122454413, 0.710124826629681
  (data (i32.const 14912) "\d4\93\a7\70\30\ff\d5\3f\6e\6f\fc\fa\0e\c6\6b\bc\3d\1a\a3\0a\49\b1\e6\3f\cc\e0\4b\4d\9b\5d\3c\bc") ;; 0.34370051385331846, 0.7091412742382271
  (data (i32.const 14944) "\3c\c1\be\b4\dd\15\d6\3f\e2\c6\12\f0\42\2a\7f\3c\17\40\a9\16\40\a9\e6\3f\56\fa\af\55\fa\af\85\bc") ;; 0.3450845971192569, 0.7081604426002767
  (data (i32.const 14976) "\95\c7\b9\f2\82\2c\d6\3f\e5\00\53\91\af\b7\67\3c\90\72\53\d1\3c\a1\e6\3f\ec\95\fe\9c\ed\f8\80\3c") ;; 0.34646676734620857, 0.7071823204419889
  (data (i32.const 15008) "\c0\47\44\30\20\43\d6\3f\e4\0c\82\e2\5f\d8\7f\bc\26\c7\9c\34\3f\99\e6\3f\63\cb\c0\66\e9\3f\8f\3c") ;; 0.347847029815167, 0.7062068965517241
  (data (i32.const 15040) "\f3\e1\03\73\b5\59\d6\3f\f1\11\c4\41\3d\89\7f\bc\c0\d0\88\3a\47\91\e6\3f\c0\d0\88\3a\47\91\76\bc") ;; 0.34922538978528833, 0.7052341597796143
  (data (i32.const 15072) "\31\3e\98\c0\42\70\d6\3f\7a\6e\de\61\84\e4\76\bc\ba\90\23\dd\54\89\e6\3f\1d\02\96\9a\df\03\63\bc") ;; 0.3506018524940116, 0.7042640990371389
  (data (i32.const 15104) "\af\14\9b\1e\c8\86\d6\3f\3d\8e\f5\f7\a0\de\6d\bc\17\68\81\16\68\81\e6\3f\60\fa\a5\5f\fa\a5\8f\bc") ;; 0.3519764231571782, 0.7032967032967034
  (data (i32.const 15136) "\2c\36\a0\92\45\9d\d6\3f\be\5f\fa\7f\f9\db\7b\3c\c7\08\bf\e0\80\79\e6\3f\8f\7a\db\a7\f2\95\8d\3c") ;; 0.35334910696915034, 0.7023319615912208
  (data (i32.const 15168) "\3e\94\35\22\bb\b3\d6\3f\b3\87\d9\cc\56\a8\7d\bc\1a\67\01\36\9f\71\e6\3f\fd\93\c1\1c\d3\3f\59\bc") ;; 0.35471990910292905, 0.7013698630136986
  (data (i32.const 15200) "\85\49\e3\d2\28\ca\d6\3f\60\b9\2c\92\18\17\7a\3c\40\ab\75\10\c3\69\e6\3f\40\ab\75\10\c3\69\66\3c") ;; 0.3560888347102707, 0.7004103967168263
  (data (i32.const 15232) "\e4\a1\2b\aa\8e\e0\d6\3f\0f\3a\ca\39\1b\fb\7c\bc\f9\22\51\6a\ec\61\e6\3f\f9\22\51\6a\ec\61\26\3c") ;; 0.3574558889218038, 0.6994535519125683
  (data (i32.const 15264) "\92\22\8b\ad\ec\f6\d6\3f\fc\8e\dd\20\7c\3f\46\3c\57\33\d1\3d\1b\5a\e6\3f\51\83\28\fc\06\dc\52\bc") ;; 0.3588210768471437, 0.6984993178717599
  (data (i32.const 15296) "\36\92\78\e2\42\0d\d7\3f\59\8d\d7\11\c8\2c\65\bc\a3\4a\3b\85\4f\52\e6\3f\cc\e4\c8\20\bf\f2\7c\3c") ;; 0.3601844035750078, 0.6975476839237057
  (data (i32.const 15328) "\e1\00\65\4e\91\23\d7\3f\b0\b2\13\bc\11\6a\55\bc\5f\d2\dc\3a\89\4a\e6\3f\25\2a\59\00\e1\c6\8b\3c") ;; 0.3615458741733289, 0.6965986394557823
  (data (i32.const 15360) "\07\d0\bb\f6\d7\39\d7\3f\04\4b\01\eb\6c\c7\78\bc\64\21\0b\59\c8\42\e6\3f\64\21\0b\59\c8\42\76\3c") ;; 0.3629054936893685, 0.6956521739130435
  (data (i32.const 15392) "\62\ba\e2\e0\16\50\d7\3f\f9\16\c4\2f\66\48\37\3c\1c\6e\23\da\0c\3b\e6\3f\20\45\59\df\1d\ea\8e\3c") ;; 0.3642632671498288, 0.694708276797829
  (data (i32.const 15424) "\cf\db\39\12\4e\66\d7\3f\f8\da\f5\64\5d\6d\6f\bc\de\c0\8a\b8\56\33\e6\3f\de\c0\8a\b8\56\33\26\3c") ;; 0.3656191995609647, 0.6937669376693767
  (data (i32.const 15456) "\14\b9\1b\90\7d\7c\d7\3f\8b\20\90\fd\e3\35\4f\3c\5e\e6\ad\ee\a5\2b\e6\3f\5a\09\97\44\fe\f6\8d\bc") ;; 0.366973295908694, 0.6928281461434371
  (data (i32.const 15488) "\a2\47\dd\5f\a5\92\d7\3f\d7\9e\fe\91\76\05\7f\3c\40\62\01\77\fa\23\e6\3f\40\62\01\77\fa\23\86\bc") ;; 0.3683255611587076, 0.6918918918918919
  (data (i32.const 15520) "\44\f5\cd\86\c5\a8\d7\3f\dd\ec\9f\3f\89\5a\5f\3c\c5\61\01\4c\54\1c\e6\3f\00\13\15\87\05\30\81\3c") ;; 0.3696760002565791, 0.6909581646423751
  (data (i32.const 15552) "\c0\af\37\0a\de\be\d7\3f\5c\1a\80\b9\3c\78\78\bc\94\ae\31\68\b3\14\e6\3f\1f\21\f0\cc\0d\64\85\bc") ;; 0.3710246181278727, 0.6900269541778976
  (data (i32.const 15584) "\6e\ec\5e\ef\ee\d4\d7\3f\e9\90\8e\7d\f2\f8\28\bc\98\a1\1d\c6\17\0d\e6\3f\fe\09\a5\b7\5d\90\5b\bc") ;; 0.3723714196782514, 0.6890982503364738
  (data (i32.const 15616) "\c3\af\82\3b\f8\ea\d7\3f\50\29\ed\79\e9\2c\79\3c\06\16\58\60\81\05\e6\3f\a8\9f\7e\fa\e9\a7\8f\bc") ;; 0.37371640979358406, 0.6881720430107527
  (data (i32.const 15648) "\cb\94\dc\f3\f9\00\d8\3f\07\cf\ae\1b\91\0c\48\bc\6f\5c\7b\31\f0\fd\e5\3f\e8\fc\20\a0\fe\63\85\3c") ;; 0.37505959334005173, 0.687248322147651
  (data (i32.const 15680) "\96\d4\a0\1d\f4\16\d8\3f\1c\70\4b\a0\3c\92\72\bc\fc\2d\29\34\64\f6\e5\3f\3a\9f\b8\c7\c9\32\6e\bc") ;; 0.3764009751642531, 0.6863270777479893
  (data (i32.const 15712) "\9d\4d\fe\bd\e6\2c\d8\3f\26\88\f7\2f\b3\08\63\bc\b3\9f\0a\63\dd\ee\e5\3f\57\86\68\ad\92\fc\7d\3c") ;; 0.37774056009330953, 0.6854082998661312
  (data (i32.const 15744) "\17\8b\1e\da\d1\42\d8\3f\76\46\78\19\c5\4e\72\3c\e7\15\d0\b8\5b\e7\e5\3f\ee\d6\79\05\34\ee\86\3c") ;; 0.37907835293496944, 0.6844919786096256
  (data (i32.const 15776) "\43\cc\25\77\b5\58\d8\3f\e6\02\f7\4b\a6\9a\74\bc\b6\37\31\30\df\df\e5\3f\95\fc\f1\ac\5e\37\76\3c") ;; 0.3804143584777117, 0.6835781041388518
  (data (i32.const 15808) "\a0\0b\33\9a\91\6e\d8\3f\d8\7d\eb\6f\b1\f9\43\3c\a5\e2\ec\c3\67\d8\e5\3f\af\00\b9\d7\5c\48\7a\3c") ;; 0.38174858149084834, 0.6826666666666666
  (data (i32.const 15840) "\24\06\60\48\66\84\d8\3f\dc\32\96\b0\cd\20\36\bc\57\1e\c9\6e\f5\d0\e5\3f\18\e6\73\14\7c\ac\8a\bc") ;; 0.38308102672462696, 0.681757656458056
  (data (i32.const 15872) "\5b\42\c1\86\33\9a\d8\3f\fb\f0\bb\df\39\96\72\bc\57\10\93\2b\88\c9\e5\3f\4c\ae\20\26\57\10\73\3c") ;; 0.38441169891033206, 0.6808510638297872
  (data (i32.const 15904) "\80\17\66\5a\f9\af\d8\3f\49\af\50\bb\06\16\57\bc\05\f0\1e\f5\1f\c2\e5\3f\57\00\ef\51\ff\21\8c\3c") ;; 0.3857406027603858, 0.6799468791500664
  (data (i32.const 15936) "\8b\b4\58\c8\b7\c5\d8\3f\95\05\fa\fd\b4\0a\7e\bc\91\fa\47\c6\bc\ba\e5\3f\f3\ea\56\80\9b\33\84\3c") ;; 0.3870677429684483, 0.6790450928381963
  (data (i32.const 15968) "\2d\27\9e\d5\6e\db\d8\3f\a6\26\45\c1\c4\1e\76\bc\14\67\f0\99\5e\b3\e5\3f\14\67\f0\99\5e\b3\25\3c") ;; 0.38839312420951694, 0.6781456953642384
  (data (i32.const 16000) "\c7\62\36\87\1e\f1\d8\3f\a3\61\5a\75\da\85\7f\3c\c0\5a\01\6b\05\ac\e5\3f\c0\5a\01\6b\05\ac\85\3c") ;; 0.3897167511400252, 0.6772486772486772
  (data (i32.const 16032) "\54\47\1c\e2\c6\06\d9\3f\53\3f\3f\9d\16\67\78\bc\2b\dd\6a\34\b1\a4\e5\3f\8c\3d\e2\f7\b7\60\5a\bc") ;; 0.391038628397941, 0.6763540290620872
  (data (i32.const 16064) "\3e\a8\45\eb\67\1c\d9\3f\11\ae\34\e2\0a\0e\7e\bc\aa\cc\23\f1\61\9d\e5\3f\3a\de\f5\7c\a5\b1\7b\3c") ;; 0.3923587606028639, 0.6754617414248021
  (data (i32.const 16096) "\37\53\a3\a7\01\32\d9\3f\12\2c\b2\fa\88\93\77\bc\ce\d2\29\9c\17\96\e5\3f\c0\b1\57\e4\bd\5b\80\bc") ;; 0.39367715235612216, 0.6745718050065876
  (data (i32.const 16128) "\fb\16\21\1c\94\47\d9\3f\e4\bb\e0\ba\c8\6c\71\bc\ed\58\81\30\d2\8e\e5\3f\41\18\69\c7\0a\84\71\3c") ;; 0.394993808240869, 0.6736842105263158
  (data (i32.const 16160) "\0a\ca\a5\4d\1f\5d\d9\3f\ab\8e\71\88\80\87\5f\3c\ce\7c\35\a9\91\87\e5\3f\4e\8f\86\f0\1d\9f\6f\bc") ;; 0.39630873282217804, 0.6727989487516426
  (data (i32.const 16192) "\58\51\13\41\a3\72\d9\3f\d9\70\4b\d2\09\5c\7a\3c\60\05\58\01\56\80\e5\3f\60\05\58\01\56\80\65\3c") ;; 0.39762193064713847, 0.6719160104986877
  (data (i32.const 16224) "\f0\a6\46\fb\1f\88\d9\3f\84\71\31\2a\27\5c\49\3c\92\57\01\34\1f\79\e5\3f\fd\97\c1\0d\d5\7f\59\bc") ;; 0.3989334062449492, 0.6710353866317169
  (data (i32.const 16256) "\8b\e0\17\81\95\9d\d9\3f\72\3e\dc\89\68\2b\6a\bc\3a\6b\50\3c\ed\71\e5\3f\47\f5\f7\79\9b\74\87\bc") ;; 0.4002431641270127, 0.6701570680628273
  (data (i32.const 16288) "\1f\36\5a\d7\03\b3\d9\3f\eb\dc\9f\3d\27\bd\5c\3c\15\c0\6a\15\c0\6a\e5\3f\5b\05\b0\5a\05\b0\8a\3c") ;; 0.40155120878702805, 0.6692810457516339
  (data (i32.const 16320) "\63\08\dc\02\6b\c8\d9\3f\21\d4\9d\b6\ee\17\79\bc\e2\52\7c\ba\97\63\e5\3f\b4\8d\d4\3e\5e\0d\64\bc") ;; 0.40285754470108354, 0.6684073107049608
  (data (i32.const 16352) "\42\e7\66\08\cb\dd\d9\3f\76\49\d9\1e\5c\03\79\bc\86\92\b7\26\74\5c\e5\3f\64\2d\88\98\c9\5c\76\3c") ;; 0.4041621763277484, 0.6675358539765319
  (data (i32.const 16384) "\4c\98\bf\ec\23\f3\d9\3f\5c\7f\21\13\e5\92\4a\bc\55\55\55\55\55\55\e5\3f\55\55\55\55\55\55\85\3c") ;; 0.4054651081081644, 0.6666666666666666
  (data (i32.const 16416) "\17\1d\a6\b4\75\08\da\3f\ac\d8\d2\1d\7a\84\48\3c\66\ce\94\41\3b\4e\e5\3f\79\94\42\38\57\fa\70\bc") ;; 0.4067663444661362, 0.6657997399219766
  (data (i32.const 16448) "\95\b9\d5\64\c0\1d\da\3f\b8\a0\8b\69\28\01\79\3c\fe\82\bb\e6\25\47\e5\3f\fe\82\bb\e6\25\47\25\3c") ;; 0.4080658898082217, 0.6649350649350649
  (data (i32.const 16480) "\63\fa\04\02\04\33\da\3f\bb\1d\47\93\a7\d2\7c\3c\15\40\15\40\15\40\e5\3f\50\05\50\05\50\05\80\3c") ;; 0.4093637485238217, 0.6640726329442282
  (data (i32.const 16512) "\0a\bb\e5\90\40\48\da\3f\75\5a\87\5b\53\fe\65\3c\eb\0f\f4\48\09\39\e5\3f\63\f5\07\7a\a4\84\7c\bc") ;; 0.4106599249852684, 0.6632124352331606
  (data (i32.const 16544) "\37\2c\25\16\76\5d\da\3f\bc\af\b5\f0\28\1e\54\3c\b1\2f\b0\fc\01\32\e5\3f\7c\b5\2c\e5\dc\e1\8e\bc") ;; 0.4119544235479142, 0.6623544631306598
  (data (i32.const 16576) "\ea\d9\6b\96\a4\72\da\3f\c3\87\7d\1a\6b\a7\56\3c\4b\05\a8\56\ff\2a\e5\3f\03\54\ab\7f\95\0a\80\bc") ;; 0.4132472485502193, 0.661498708010336
  (data (i32.const 16608) "\99\b1\5d\16\cc\87\da\3f\a9\64\38\90\f0\22\5e\3c\24\15\40\52\01\24\e5\3f\24\15\40\52\01\24\25\3c") ;; 0.4145384043138392, 0.6606451612903226
  (data (i32.const 16640) "\4a\08\9a\9a\ec\9c\da\3f\af\36\b4\02\ec\ad\7c\bc\15\f8\e2\ea\07\1d\e5\3f\1d\15\f8\e2\ea\07\6d\3c") ;; 0.415827895143711, 0.6597938144329897
  (data (i32.const 16672) "\a0\a0\bb\27\06\b2\da\3f\68\7f\83\7c\12\98\75\bc\61\51\01\1c\13\16\e5\3f\01\8e\09\8b\0a\e0\78\3c") ;; 0.4171157253281397, 0.6589446589446589
  (data (i32.const 16704) "\e4\b0\58\c2\18\c7\da\3f\14\f7\46\6f\3d\16\48\3c\c5\c4\11\e1\22\0f\e5\3f\ba\2e\a5\81\bf\79\8b\3c") ;; 0.4184018991388838, 0.6580976863753213
  (data (i32.const 16736) "\ff\e8\02\6f\24\dc\da\3f\7e\ad\8f\1d\4a\72\65\3c\9c\ec\90\35\37\08\e5\3f\db\f2\77\99\a7\46\8b\3c") ;; 0.41968642083124047, 0.6572528883183568
  (data (i32.const 16768) "\6b\78\47\32\29\f1\da\3f\28\dc\15\4a\84\33\51\3c\15\50\01\15\50\01\e5\3f\15\50\01\15\50\01\25\3c") ;; 0.42096929464412963, 0.6564102564102564
  (data (i32.const 16800) "\1b\14\af\10\27\06\db\3f\c7\92\96\f0\9b\93\75\3c\7c\59\eb\7a\6d\fa\e4\3f\d7\f5\da\f4\29\80\7d\3c") ;; 0.42225052480017816, 0.6555697823303457
  (data (i32.const 16832) "\5b\fc\bd\0e\1e\1b\db\3f\55\2c\8a\60\79\44\7a\3c\9b\4c\dd\62\8f\f3\e4\3f\1c\c3\fa\b7\a1\ef\8e\bc") ;; 0.4235301155058033, 0.6547314578005116
  (data (i32.const 16864) "\a3\02\f4\30\0e\30\db\3f\2c\23\5b\f3\75\6a\70\3c\24\3d\6b\c8\b5\ec\e4\3f\d4\f7\56\aa\99\36\87\bc") ;; 0.4248080709512953, 0.6538952745849298
  (data (i32.const 16896) "\63\8f\cc\7b\f7\44\db\3f\78\9c\45\95\44\d0\7c\bc\39\05\2f\a7\e0\e5\e4\3f\83\97\53\f0\72\0a\8e\3c") ;; 0.4260843953109001, 0.6530612244897959
  (data (i32.const 16928) "\c2\a7\be\f3\d9\59\db\3f\29\b3\ed\39\9d\ab\78\3c\01\3c\c8\fa\0f\df\e4\3f\05\f0\20\eb\3f\7c\83\3c") ;; 0.4273590927429006, 0.6522292993630573
  (data (i32.const 16960) "\5e\f3\3c\9d\b5\6e\db\3f\3c\6a\32\cd\bc\ad\78\bc\4c\2c\dc\be\43\d8\e4\3f\86\db\77\08\9b\02\8c\bc") ;; 0.4286321673896988, 0.6513994910941476
  (data (i32.const 16992) "\f0\c1\b5\7c\8a\83\db\3f\d7\a7\5e\29\fe\ca\60\bc\4e\cb\15\ef\7b\d1\e4\3f\6b\32\a7\ca\4b\6d\80\bc") ;; 0.42990362337789545, 0.650571791613723
  (data (i32.const 17024) "\fb\10\93\96\58\98\db\3f\c4\3b\e2\53\ec\63\76\3c\6e\af\25\87\b8\ca\e4\3f\b3\fe\0c\7e\13\3d\8d\3c") ;; 0.4311734648183713, 0.649746192893401
  (data (i32.const 17056) "\65\91\3a\ef\1f\ad\db\3f\4c\32\79\f4\f4\9c\7c\3c\23\07\c2\82\f9\c3\e4\3f\0f\0a\9d\ac\3c\71\87\3c") ;; 0.43244169580636643, 0.6489226869455006
  (data (i32.const 17088) "\0a\ad\0d\8b\e0\c1\db\3f\96\59\05\07\87\9e\70\3c\e1\8f\a6\dd\3e\bd\e4\3f\56\d1\d7\79\4c\de\6b\bc") ;; 0.4337083204215594, 0.6481012658227848
  (data (i32.const 17120) "\47\8c\69\6e\9a\d6\db\3f\21\5b\47\6d\a7\a2\56\3c\1c\8d\94\93\88\b6\e4\3f\de\25\ad\ff\a6\64\8f\bc") ;; 0.4349733427281461, 0.6472819216182049
  (data (i32.const 17152) "\7c\1b\a7\9d\4d\eb\db\3f\ca\87\a8\90\c5\f3\40\bc\5b\bf\52\a0\d6\af\e4\3f\03\b5\7e\a5\40\ad\8f\bc") ;; 0.43623676677491807, 0.6464646464646465
  (data (i32.const 17184) "\84\10\1b\1d\fa\ff\db\3f\1a\bd\de\54\62\2e\73\3c\5c\5b\ad\ff\28\a9\e4\3f\5c\5b\ad\ff\28\a9\24\3c") ;; 0.4374985965953402, 0.6456494325346784
  (data (i32.const 17216) "\27\f0\15\f1\9f\14\dc\3f\05\63\c0\90\cb\cb\74\bc\4a\01\76\ad\7f\a2\e4\3f\40\51\0a\b0\6b\fd\73\3c") ;; 0.43875883620762796, 0.6448362720403022
  (data (i32.const 17248) "\7c\13\e4\1d\3f\29\dc\3f\ce\70\ff\ab\2c\f0\54\bc\01\b4\83\a5\da\9b\e4\3f\05\d0\0e\96\6a\6f\82\3c") ;; 0.4400174896148241, 0.6440251572327044
  (data (i32.const 17280) "\4d\ad\cd\a7\d7\3d\dc\3f\9b\a6\de\52\f0\ec\7c\3c\67\d0\b2\e3\39\95\e4\3f\6d\fd\ed\81\8d\de\65\bc") ;; 0.4412745608048752, 0.6432160804020101
  (data (i32.const 17312) "\6b\cf\16\93\69\52\dc\3f\57\5b\80\15\58\61\3e\3c\d1\04\e5\63\9d\8e\e4\3f\61\45\48\6b\da\38\8b\3c") ;; 0.44253005375070725, 0.6424090338770388
  (data (i32.const 17344) "\f8\6f\ff\e3\f4\66\dc\3f\8b\68\8b\25\47\29\58\bc\80\48\01\22\05\88\e4\3f\80\48\01\22\05\88\84\3c") ;; 0.443783972410301, 0.6416040100250626
  (data (i32.const 17376) "\b0\6e\c3\9e\79\7b\dc\3f\a1\79\30\94\53\8a\7f\bc\25\d3\f3\19\71\81\e4\3f\e5\4c\f0\ae\62\b4\73\bc") ;; 0.4450363207267669, 0.6408010012515645
  (data (i32.const 17408) "\22\9a\9a\c7\f7\8f\dc\3f\12\40\43\f8\89\f6\74\bc\7b\14\ae\47\e1\7a\e4\3f\b8\1e\85\eb\51\b8\6e\bc") ;; 0.44628710262841953, 0.64
  (data (i32.const 17440) "\e7\b4\b8\62\6f\a4\dc\3f\5a\f5\cd\27\08\ef\7e\bc\f2\ab\26\a7\55\74\e4\3f\aa\6c\2c\d5\c5\f5\5f\bc") ;; 0.44753632202885146, 0.6392009987515606
  (data (i32.const 17472) "\ca\7a\4d\74\e0\b8\dc\3f\af\a2\14\a2\79\88\24\bc\66\60\59\34\ce\6d\e4\3f\5d\ff\70\df\82\83\72\3c") ;; 0.4487839828270067, 0.6384039900249376
  (data (i32.const 17504) "\ef\a5\84\00\4b\cd\dc\3f\e5\ce\69\fa\99\2b\68\3c\e9\17\47\eb\4a\67\e4\3f\a5\33\0a\a0\6e\97\57\3c") ;; 0.4500300889072539, 0.6376089663760897
  (data (i32.const 17536) "\eb\f3\85\0b\af\e1\dc\3f\67\42\ab\f2\4a\df\7e\3c\9a\cf\f5\c7\cb\60\e4\3f\74\fd\f1\32\18\05\6c\3c") ;; 0.45127464413945856, 0.6368159203980099
  (data (i32.const 17568) "\da\2a\75\99\0c\f6\dc\3f\69\79\62\4f\23\09\7f\bc\8f\93\70\c6\50\5a\e4\3f\21\65\1a\e9\a7\30\7b\bc") ;; 0.4525176523790556, 0.6360248447204969
  (data (i32.const 17600) "\64\1e\72\ae\63\0a\dd\3f\f2\40\2c\11\ce\ac\62\3c\ca\76\c7\e2\d9\53\e4\3f\ca\76\c7\e2\d9\53\24\3c") ;; 0.4537591174671205, 0.6352357320099256
  (data (i32.const 17632) "\c9\b4\98\4e\b4\1e\dd\3f\93\11\a6\2d\e5\98\78\3c\43\8b\0f\19\67\4d\e4\3f\53\df\c0\60\19\d0\60\bc") ;; 0.454999043230441, 0.6344485749690211
  (data (i32.const 17664) "\d5\eb\00\7e\fe\32\dd\3f\37\fa\fa\32\b2\77\78\3c\fb\d9\62\65\f8\46\e4\3f\bc\7e\b6\58\19\be\61\bc") ;; 0.4562374334815876, 0.6336633663366337
  (data (i32.const 17696) "\d6\dd\be\40\42\47\dd\3f\b5\1a\48\35\da\5a\7d\bc\22\5b\e0\c3\8d\40\e4\3f\b0\cd\86\66\5c\7c\8f\3c") ;; 0.45747429201898393, 0.6328800988875154
  (data (i32.const 17728) "\84\c6\e2\9a\7f\5b\dd\3f\6a\c0\4a\f8\e7\7b\6a\bc\4d\ee\ab\30\27\3a\e4\3f\01\86\7c\8f\69\b5\6d\3c") ;; 0.4587096226269767, 0.6320987654320988
  (data (i32.const 17760) "\ea\07\79\90\b6\6f\dd\3f\8a\ca\a0\c2\ea\8c\5c\3c\b4\52\ee\a7\c4\33\e4\3f\89\6d\6f\5d\88\f0\62\bc") ;; 0.45994342907590513, 0.6313193588162762
  (data (i32.const 17792) "\3e\2f\8a\25\e7\83\dd\3f\11\25\bb\e8\56\14\74\3c\87\1f\d5\25\66\2d\e4\3f\9e\29\bd\fe\e2\64\60\bc") ;; 0.46117571512217015, 0.6305418719211823
  (data (i32.const 17824) "\b6\f9\1a\5e\11\98\dd\3f\fe\1f\5d\0e\83\79\6a\3c\4d\bc\92\a6\0b\27\e4\3f\8a\0d\49\78\ca\91\75\bc") ;; 0.4624064845083028, 0.6297662976629766
  (data (i32.const 17856) "\54\59\2c\3e\35\ac\dd\3f\f8\1b\1a\b8\34\87\61\3c\51\59\5e\26\b5\20\e4\3f\8c\07\2c\56\21\ed\71\3c") ;; 0.4636357409630325, 0.628992628992629
  (data (i32.const 17888) "\ac\79\bb\c9\52\c0\dd\3f\45\81\5f\cd\98\14\0c\bc\21\e8\73\a1\62\1a\e4\3f\bb\b2\e9\68\ee\47\85\bc") ;; 0.4648634882013549, 0.6282208588957056
  (data (i32.const 17920) "\a1\c4\c1\04\6a\d4\dd\3f\92\b8\d8\56\76\46\70\bc\14\14\14\14\14\14\e4\3f\14\14\14\14\14\14\64\3c") ;; 0.46608972992459924, 0.6274509803921569
  (data (i32.const 17952) "\1b\e7\34\f3\7a\e8\dd\3f\d5\d9\1d\78\51\e6\7f\bc\e8\3a\84\7a\c9\0d\e4\3f\e3\bd\42\1b\f9\f5\8f\3c") ;; 0.4673144698204951, 0.6266829865361077
  (data (i32.const 17984) "\b5\d5\06\99\85\fc\dd\3f\98\63\f9\99\13\1e\70\3c\66\65\0e\d1\82\07\e4\3f\c0\fe\51\85\63\09\49\3c") ;; 0.46853771156323926, 0.6259168704156479
  (data (i32.const 18016) "\68\d1\25\fa\89\10\de\3f\97\b1\06\08\b0\5e\6f\3c\14\40\01\14\40\01\e4\3f\14\40\01\14\40\01\24\3c") ;; 0.4697594588135616, 0.6251526251526252
  (data (i32.const 18048) "\26\6c\7c\1a\88\24\de\3f\46\4a\95\45\8f\bd\5c\3c\fb\13\b0\3f\01\fb\e3\3f\fb\13\b0\3f\01\fb\23\3c") ;; 0.470979715218791, 0.624390243902439
  (data (i32.const 18080) "\76\8d\f1\fd\7f\38\de\3f\ea\c9\5b\13\80\21\6d\bc\74\bf\72\50\c6\f4\e3\3f\76\f4\30\37\f3\a4\83\3c") ;; 0.47219848441292045, 0.6236297198538368
  (data (i32.const 18112) "\04\77\68\a8\71\4c\de\3f\8e\5a\1f\3e\92\67\66\3c\07\af\a5\42\8f\ee\e3\3f\d3\ea\85\8b\60\ff\72\bc") ;; 0.4734157700166721, 0.6228710462287105
  (data (i32.const 18144) "\2f\c9\c0\1d\5d\60\de\3f\f6\dc\ee\fd\84\7a\51\bc\51\d6\a9\12\5c\e8\e3\3f\68\57\d1\19\3b\ce\8f\3c") ;; 0.47463157563756203, 0.6221142162818954
  (data (i32.const 18176) "\88\87\d6\61\42\74\de\3f\b9\44\c3\90\5c\82\5c\bc\02\a9\e4\bc\2c\e2\e3\3f\14\48\25\e7\65\11\8f\3c") ;; 0.4758459048699639, 0.6213592233009708
  (data (i32.const 18208) "\52\1d\82\78\21\88\de\3f\1f\21\f4\07\a6\c2\73\bc\dc\13\c0\3d\01\dc\e3\3f\dc\13\c0\3d\01\dc\23\3c") ;; 0.4770587612951732, 0.6206060606060606
  (data (i32.const 18240) "\f5\61\98\65\fa\9b\de\3f\30\e1\db\c7\af\1b\79\3c\c6\75\aa\91\d9\d5\e3\3f\36\7d\2e\f9\c6\0b\81\bc") ;; 0.47827014848147026, 0.6198547215496368
  (data (i32.const 18272) "\71\9d\ea\2c\cd\af\de\3f\0d\30\37\24\c7\a8\63\3c\eb\98\16\b5\b5\cf\e3\3f\6e\fa\15\9b\71\a3\80\3c") ;; 0.4794800699841835, 0.619105199516324
  (data (i32.const 18304) "\c0\8c\46\d2\99\c3\de\3f\97\53\f3\53\ee\5c\57\3c\e7\ab\7b\a4\95\c9\e3\3f\bb\47\5a\99\3c\01\81\3c") ;; 0.4806885293457519, 0.6183574879227053
  (data (i32.const 18336) "\3b\66\76\59\60\d7\de\3f\6e\e7\00\08\80\27\74\3c\fb\3a\55\5c\79\c3\e3\3f\45\8b\01\97\e3\8b\87\3c") ;; 0.4818955300957872, 0.617611580217129
  (data (i32.const 18368) "\f4\dd\40\c6\20\eb\de\3f\f5\f7\c8\d7\71\c3\6a\3c\55\29\23\d9\60\bd\e3\3f\8c\c3\5d\98\57\4e\8f\bc") ;; 0.4831010757511358, 0.6168674698795181
  (data (i32.const 18400) "\08\2a\69\1c\db\fe\de\3f\6c\bb\c0\01\54\53\1a\3c\5c\aa\69\17\4c\b7\e3\3f\46\62\ff\7d\d9\42\79\bc") ;; 0.4843051698159404, 0.6161251504211793
  (data (i32.const 18432) "\ed\06\af\5f\8f\12\df\3f\c3\38\bb\13\df\28\73\bc\14\3b\b1\13\3b\b1\e3\3f\14\3b\b1\13\3b\b1\83\bc") ;; 0.4855078157817008, 0.6153846153846154
  (data (i32.const 18464) "\b7\bb\ce\93\3d\26\df\3f\e1\da\45\b6\a1\3b\76\3c\81\9b\86\ca\2d\ab\e3\3f\c6\bb\5d\0f\4e\82\88\3c") ;; 0.4867090171273349, 0.6146458583433373
  (data (i32.const 18496) "\5c\1e\81\bc\e5\39\df\3f\e5\19\bb\77\c7\7f\69\bc\22\c8\7a\38\24\a5\e3\3f\0a\8f\b7\b5\d8\3f\88\3c") ;; 0.487908777319239, 0.6139088729016786
  (data (i32.const 18528) "\e6\97\7b\dd\87\4d\df\3f\06\cd\39\45\73\4d\51\bc\6e\f3\22\5a\1e\9f\e3\3f\65\7d\0d\9c\41\8e\60\3c") ;; 0.4891070998113477, 0.6131736526946108
  (data (i32.const 18560) "\ac\28\70\fa\23\61\df\3f\41\b3\2d\0f\5b\51\78\3c\63\7f\18\2c\1c\99\e3\3f\24\73\02\9e\4f\8f\7b\3c") ;; 0.4903039880451938, 0.6124401913875598
  (data (i32.const 18592) "\7d\6c\0d\17\ba\74\df\3f\8c\6d\29\0c\dc\68\60\bc\21\f7\f8\aa\1d\93\e3\3f\32\39\01\cc\a1\a3\85\3c") ;; 0.49149944544996754, 0.6117084826762246
  (data (i32.const 18624) "\c2\9e\fe\36\4a\88\df\3f\00\08\01\9e\5c\31\66\3c\8e\08\66\d3\22\8d\e3\3f\15\7f\10\d7\e0\30\80\bc") ;; 0.49269347544257525, 0.6109785202863962
  (data (i32.const 18656) "\a4\9e\eb\5d\d4\9b\df\3f\14\a1\24\c9\4a\1d\73\bc\04\7e\05\a2\2b\87\e3\3f\3c\e4\4c\dc\62\64\81\3c") ;; 0.4938860814276984, 0.6102502979737783
  (data (i32.const 18688) "\1f\f3\78\8f\58\af\df\3f\a0\bc\8a\0d\26\28\63\bc\14\38\81\13\38\81\e3\3f\20\fb\b1\1f\fb\b1\8f\bc") ;; 0.4950772667978515, 0.6095238095238096
  (data (i32.const 18720) "\1a\cf\47\cf\d6\c2\df\3f\6a\9a\ef\9a\c9\e3\53\3c\44\27\87\24\48\7b\e3\3f\32\83\c9\1a\68\5a\8f\3c") ;; 0.49626703493344027, 0.6087990487514863
  (data (i32.const 18752) "\72\15\f6\20\4f\d6\df\3f\1b\ad\ce\c2\0a\db\6a\bc\ee\45\c9\d1\5b\75\e3\3f\73\c7\58\56\0a\03\7f\bc") ;; 0.49745538920281895, 0.6080760095011877
  (data (i32.const 18784) "\ff\5c\1e\88\c1\e9\df\3f\22\ff\95\a8\ad\c7\53\3c\12\92\fd\17\73\6f\e3\3f\02\e8\8c\90\ec\bf\88\bc") ;; 0.49864233296234767, 0.6073546856465006
  (data (i32.const 18816) "\98\f4\57\08\2e\fd\df\3f\af\21\93\0d\f4\65\75\3c\48\07\de\f3\8d\69\e3\3f\02\4a\51\2f\23\b1\8a\bc") ;; 0.4998278695564493, 0.6066350710900474
  (data (i32.const 18848) "\86\73\9b\52\4a\08\e0\3f\9a\23\a3\bd\42\13\67\bc\b1\98\28\62\ac\63\e3\3f\89\b1\8e\4d\00\7b\62\bc") ;; 0.5010120023176661, 0.6059171597633136
  (data (i32.const 18880) "\8a\ff\25\b1\fa\11\e0\3f\de\5d\84\40\dd\10\68\3c\f8\2a\9f\5f\ce\5d\e3\3f\99\45\ab\93\14\f2\70\3c") ;; 0.5021947345667155, 0.6052009456264775
  (data (i32.const 18912) "\a4\65\92\21\a8\1b\e0\3f\11\f8\32\e6\59\a0\8e\bc\5b\8e\07\e9\f3\57\e3\3f\ae\ef\e9\e6\bc\c1\81\3c") ;; 0.5033760696125467, 0.6044864226682408
  (data (i32.const 18944) "\ff\d0\a5\a5\52\25\e0\3f\00\8c\40\51\cb\b1\7c\bc\c1\78\2b\fb\1c\52\e3\3f\0a\c6\5b\d9\e7\90\7a\3c") ;; 0.5045560107523953, 0.6037735849056604
  (data (i32.const 18976) "\9c\d2\23\3f\fa\2e\e0\3f\df\9c\f3\32\c8\c9\8a\bc\d9\7f\d8\92\49\4c\e3\3f\4c\13\c0\93\36\db\89\3c") ;; 0.5057345612718396, 0.6030624263839811
  (data (i32.const 19008) "\3b\63\ce\ef\9e\38\e0\3f\48\37\48\53\5c\15\7e\3c\46\13\e0\ac\79\46\e3\3f\6b\9e\d1\04\38\6b\8e\3c") ;; 0.5069117244448543, 0.6023529411764705
  (data (i32.const 19040) "\4c\e5\65\b9\40\42\e0\3f\db\f3\1e\a3\4e\b9\70\3c\d3\76\17\46\ad\40\e3\3f\2d\ae\af\68\4c\b6\76\3c") ;; 0.5080875035338663, 0.6016451233842538
  (data (i32.const 19072) "\d2\26\a9\9d\df\4b\e0\3f\df\c9\22\40\30\7f\89\3c\b2\bc\57\5b\e4\3a\e3\3f\a1\92\6e\14\b3\3f\6f\bc") ;; 0.5092619017898079, 0.6009389671361502
  (data (i32.const 19104) "\4e\63\55\9e\7b\55\e0\3f\da\bb\93\ca\91\aa\84\bc\c6\bf\7d\e9\1e\35\e3\3f\38\2b\b0\e1\d0\28\88\3c") ;; 0.5104349224521714, 0.6002344665885111
  (data (i32.const 19136) "\9c\45\26\bd\14\5f\e0\3f\fe\9e\4f\ee\b8\35\55\3c\fa\1d\6a\ed\5c\2f\e3\3f\fa\1d\6a\ed\5c\2f\23\3c") ;; 0.5116065687490621, 0.5995316159250585
  (data (i32.const 19168) "\da\e9\d5\fb\aa\68\e0\3f\0b\c8\3a\8a\bf\63\6a\3c\9a\32\01\64\9e\29\e3\3f\ff\9b\61\d6\ec\bf\69\bc") ;; 0.5127768438972524, 0.5988304093567252
  (data (i32.const 19200) "\40\df\1c\5c\3e\72\e0\3f\bb\45\24\8e\e5\95\83\3c\bf\10\2b\4a\e3\23\e3\3f\81\de\a9\6b\39\b8\89\3c") ;; 0.5139457511022343, 0.5981308411214953
  (data (i32.const 19232) "\fd\29\b2\df\ce\7b\e0\3f\5a\79\02\d1\ae\dd\8b\3c\c2\7d\d3\9c\2b\1e\e3\3f\84\cd\d0\cd\e7\b8\8d\3c") ;; 0.515113293558272, 0.5974329054842473
  (data (i32.const 19264) "\0e\45\4b\88\5c\85\e0\3f\18\f3\49\6e\82\05\87\3c\b6\eb\e9\58\77\18\e3\3f\b6\eb\e9\58\77\18\23\3c") ;; 0.5162794744484545, 0.5967365967365967
  (data (i32.const 19296) "\13\24\9c\57\e7\8e\e0\3f\db\80\35\5d\45\fd\49\3c\ee\73\61\7b\c6\12\e3\3f\c4\50\a3\54\ec\65\6e\3c") ;; 0.5174442969447476, 0.5960419091967404
  (data (i32.const 19328) "\21\35\57\4f\6f\98\e0\3f\01\2f\c0\5a\09\b8\81\bc\90\d1\30\01\19\0d\e3\3f\90\d1\30\01\19\0d\63\3c") ;; 0.5186077642080457, 0.5953488372093023
  (data (i32.const 19360) "\92\62\2d\71\f4\a1\e0\3f\d6\65\8e\9e\12\b7\86\bc\2c\5c\52\e7\6e\07\e3\3f\2c\5c\52\e7\6e\07\23\3c") ;; 0.519769879388223, 0.59465737514518
  (data (i32.const 19392) "\d2\14\ce\be\76\ab\e0\3f\66\3f\45\35\c9\d6\7f\bc\60\02\c4\2a\c8\01\e3\3f\90\03\26\40\ac\82\7c\3c") ;; 0.5209306456241853, 0.5939675174013921
  (data (i32.const 19424) "\29\34\e7\39\f6\b4\e0\3f\ed\5f\df\6e\9a\10\52\bc\86\44\87\c8\24\fc\e2\3f\f3\f2\53\3b\c8\c3\64\3c") ;; 0.5220900660439202, 0.593279258400927
  (data (i32.const 19456) "\83\2a\25\e4\72\be\e0\3f\01\08\33\11\da\59\82\bc\68\2f\a1\bd\84\f6\e2\3f\68\2f\a1\bd\84\f6\82\3c") ;; 0.5232481437645479, 0.5925925925925926
  (data (i32.const 19488) "\33\e5\32\bf\ec\c7\e0\3f\05\2d\26\28\eb\e9\74\bc\03\57\1a\07\e8\f0\e2\3f\e8\f0\12\c0\d7\87\85\bc") ;; 0.5244048818923716, 0.5919075144508671
  (data (i32.const 19520) "\b8\d6\b9\cc\63\d1\e0\3f\0f\c3\8b\9a\9a\7b\6f\bc\4b\d1\fe\a1\4e\eb\e2\3f\ff\a1\4e\eb\12\e0\65\3c") ;; 0.5255602835229274, 0.5912240184757506
  (data (i32.const 19552) "\7b\f8\61\0e\d8\da\e0\3f\38\41\4d\0b\90\3a\7d\bc\04\31\5e\8b\b8\e5\e2\3f\9c\05\6f\d8\41\ab\74\bc") ;; 0.5267143517410341, 0.5905420991926182
  (data (i32.const 19584) "\8c\cc\d1\85\49\e4\e0\3f\84\d3\d2\42\34\2a\52\bc\97\80\4b\c0\25\e0\e2\3f\97\80\4b\c0\25\e0\22\3c") ;; 0.5278670896208424, 0.5898617511520737
  (data (i32.const 19616) "\5e\5f\ae\34\b8\ed\e0\3f\12\dd\b0\bb\54\8d\56\bc\fb\3c\dd\3d\96\da\e2\3f\5c\95\21\76\43\7f\30\bc") ;; 0.5290185002258843, 0.5891829689298044
  (data (i32.const 19648) "\7d\49\9b\1c\24\f7\e0\3f\9d\b1\9d\3b\44\a8\83\3c\a0\50\2d\01\0a\d5\e2\3f\a0\50\2d\01\0a\d5\62\3c") ;; 0.5301685866091216, 0.5885057471264368
  (data (i32.const 19680) "\46\b1\3a\3f\8d\00\e1\3f\20\73\a8\02\91\11\6e\3c\67\0e\59\07\81\cf\e2\3f\b7\9e\7c\e8\2f\9b\70\bc") ;; 0.531317351812995, 0.5878300803673938
  (data (i32.const 19712) "\97\4c\2d\9e\f3\09\e1\3f\3a\37\a4\27\9b\e0\30\bc\a0\2c\81\4d\fb\c9\e2\3f\a0\2c\81\4d\fb\c9\82\bc") ;; 0.5324647988694718, 0.5871559633027523
  (data (i32.const 19744) "\82\62\12\3b\57\13\e1\3f\63\0b\5b\c1\a1\07\8f\bc\13\c0\c9\d0\78\c4\e2\3f\9e\f6\1f\9b\97\c3\7d\bc") ;; 0.5336109308000945, 0.586483390607102
  (data (i32.const 19776) "\f8\cc\87\17\b8\1c\e1\3f\90\cc\1f\ab\87\23\80\3c\11\37\5a\8e\f9\be\e2\3f\d5\c4\f0\f1\b7\6e\37\bc") ;; 0.5347557506160276, 0.585812356979405
  (data (i32.const 19808) "\7a\fa\29\35\16\26\e1\3f\c5\c8\ad\d1\df\63\82\3c\8e\54\5d\83\7d\b9\e2\3f\47\24\8c\a3\b3\4e\89\bc") ;; 0.5358992613181066, 0.5851428571428572
  (data (i32.const 19840) "\bc\ef\93\95\71\2f\e1\3f\35\f4\71\c6\48\c0\84\3c\40\2b\01\ad\04\b4\e2\3f\40\2b\01\ad\04\b4\82\3c") ;; 0.5370414658968836, 0.5844748858447488
  (data (i32.const 19872) "\4f\49\5f\3a\ca\38\e1\3f\f5\29\c4\0a\45\ff\86\3c\d0\18\77\08\8f\ae\e2\3f\ea\fb\85\e9\60\04\75\bc") ;; 0.5381823673326752, 0.5838084378563284
  (data (i32.const 19904) "\45\3d\24\25\20\42\e1\3f\9e\48\db\4a\e2\d0\5a\bc\05\c1\f3\92\1c\a9\e2\3f\bd\24\47\aa\04\c8\7f\3c") ;; 0.5393219685956089, 0.5831435079726651
  (data (i32.const 19936) "\d1\9c\79\57\73\4b\e1\3f\30\1f\72\f9\c7\83\63\3c\07\09\af\49\ad\a3\e2\3f\b6\e1\17\32\ec\fb\81\3c") ;; 0.5404602726456692, 0.5824800910125142
  (data (i32.const 19968) "\ea\d5\f4\d2\c3\54\e1\3f\76\68\1a\17\33\9c\85\bc\9e\12\e4\29\41\9e\e2\3f\4a\90\a7\04\79\4a\80\3c") ;; 0.5415972824327444, 0.5818181818181818
  (data (i32.const 20000) "\e4\f4\29\99\11\5e\e1\3f\9d\0c\c7\13\f2\b9\83\bc\80\37\d1\30\d8\98\e2\3f\80\37\d1\30\d8\98\72\3c") ;; 0.5427330008966718, 0.5811577752553916
  (data (i32.const 20032) "\0e\a6\ab\ab\5c\67\e1\3f\17\37\88\ab\3e\e6\3c\3c\a5\04\b8\5b\72\93\e2\3f\6d\64\6b\ff\88\b4\71\bc") ;; 0.5438674309672835, 0.5804988662131519
  (data (i32.const 20064) "\4a\37\0b\0c\a5\70\e1\3f\2d\55\07\d4\77\45\78\bc\a3\35\dd\a7\0f\8e\e2\3f\94\76\3d\24\b1\af\86\bc") ;; 0.5450005755644522, 0.579841449603624
  (data (i32.const 20096) "\a1\99\d8\bb\ea\79\e1\3f\b4\e0\17\64\7c\0e\80\bc\13\b0\88\12\b0\88\e2\3f\5e\fb\d3\5d\fb\d3\8d\bc") ;; 0.5461324375981357, 0.579185520361991
  (data (i32.const 20128) "\d9\62\a2\bc\2d\83\e1\3f\a7\e0\a3\a9\1e\a8\73\bc\fd\7e\05\99\53\83\e2\3f\ba\e9\78\26\2f\49\77\bc") ;; 0.5472630199684217, 0.5785310734463277
  (data (i32.const 20160) "\06\cf\f5\0f\6e\8c\e1\3f\1f\67\2c\2c\14\65\57\3c\4d\ce\a1\38\fa\7d\e2\3f\11\f9\63\49\f3\e1\8b\3c") ;; 0.5483923255655732, 0.5778781038374717
  (data (i32.const 20192) "\1a\c2\5e\b7\ab\95\e1\3f\eb\7e\44\93\38\f0\8d\bc\50\e6\ae\ee\a3\78\e2\3f\42\36\dc\63\0a\04\7e\3c") ;; 0.5495203572700718, 0.5772266065388951
  (data (i32.const 20224) "\6f\c9\67\b4\e6\9e\e1\3f\0c\f1\43\14\a1\d1\79\bc\35\27\81\b8\50\73\e2\3f\02\71\a1\e6\24\10\57\3c") ;; 0.5506471179526623, 0.5765765765765766
  (data (i32.const 20256) "\56\1d\9a\08\1f\a8\e1\3f\54\c9\d4\a3\49\52\8e\3c\9c\04\70\93\00\6e\e2\3f\fe\47\b6\ff\c8\f6\8f\bc") ;; 0.5517726104743967, 0.5759280089988752
  (data (i32.const 20288) "\9f\a2\7d\b5\54\b1\e1\3f\99\6a\db\47\eb\11\60\bc\27\01\d6\7c\b3\68\e2\3f\d3\65\fb\a7\0c\32\8d\bc") ;; 0.5528968376866777, 0.5752808988764045
  (data (i32.const 20320) "\1b\ec\98\bc\87\ba\e1\3f\88\78\0b\19\e8\bf\81\bc\18\aa\10\72\69\63\e2\3f\74\84\a9\76\39\28\8c\bc") ;; 0.5540198024313016, 0.574635241301908
  (data (i32.const 20352) "\25\3c\71\1f\b8\c3\e1\3f\e9\10\c8\c4\c1\da\80\bc\f1\92\80\70\22\5e\e2\3f\20\9c\88\97\04\84\63\3c") ;; 0.5551415075405016, 0.5739910313901345
  (data (i32.const 20384) "\22\86\8a\df\e5\cc\e1\3f\95\79\c2\30\21\3c\83\3c\21\51\89\75\de\58\e2\3f\86\71\84\9a\89\a0\50\bc") ;; 0.5562619558369912, 0.5733482642777156
  (data (i32.const 20416) "\03\70\67\fe\10\d6\e1\3f\f2\58\1e\d9\58\9d\50\3c\b2\77\91\7e\9d\53\e2\3f\06\4b\c3\15\a6\a2\6c\3c") ;; 0.5573811501340064, 0.5727069351230425
  (data (i32.const 20448) "\bf\53\89\7d\39\df\e1\3f\fe\1c\cf\a4\4b\aa\8a\bc\05\93\02\89\5f\4e\e2\3f\67\e9\30\2b\17\d1\8b\3c") ;; 0.5584990932353476, 0.5720670391061452
  (data (i32.const 20480) "\d0\40\70\5e\5f\e8\e1\3f\e3\f1\f9\d2\2c\f6\7e\3c\92\24\49\92\24\49\e2\3f\92\24\49\92\24\49\82\3c") ;; 0.5596157879354227, 0.5714285714285714
  (data (i32.const 20512) "\b0\fd\9a\a2\82\f1\e1\3f\07\e6\d2\91\5c\00\8b\3c\ae\9e\d4\97\ec\43\e2\3f\4f\6b\88\22\07\67\67\3c") ;; 0.5607312370192883, 0.5707915273132664
  (data (i32.const 20544) "\4c\09\87\4b\a3\fa\e1\3f\b0\93\a1\f7\b8\17\58\3c\5b\60\17\97\b7\3e\e2\3f\10\e4\70\ba\f9\ca\7c\3c") ;; 0.5618454432626918, 0.5701559020044543
  (data (i32.const 20576) "\7a\9c\b0\5a\c1\03\e2\3f\57\f3\b3\92\f1\a5\73\bc\1f\b1\86\8d\85\39\e2\3f\ba\51\cb\12\ea\ee\53\3c") ;; 0.5629584094321125, 0.5695216907675195
  (data (i32.const 20608) "\6e\ab\92\d1\dc\0c\e2\3f\14\90\22\bc\f0\2b\8b\bc\df\bc\9a\78\56\34\e2\3f\df\bc\9a\78\56\34\22\3c") ;; 0.564070138284803, 0.5688888888888889
  (data (i32.const 20640) "\29\e7\a6\b1\f5\15\e2\3f\59\eb\4a\fa\1a\5a\76\3c\c5\8f\ce\55\2a\2f\e2\3f\ee\3f\53\df\96\49\69\bc") ;; 0.5651806325688301, 0.5682574916759157
  (data (i32.const 20672) "\ec\be\65\fc\0b\1f\e2\3f\92\7c\18\c9\f0\24\6e\bc\2a\12\a0\22\01\2a\e2\3f\2a\12\a0\22\01\2a\22\3c") ;; 0.5662898950231159, 0.5676274944567627
  (data (i32.const 20704) "\9f\61\46\b3\1f\28\e2\3f\e0\c1\fe\1d\32\f9\83\3c\89\04\90\dc\da\24\e2\3f\d7\26\91\00\92\5b\7b\3c") ;; 0.5673979283774776, 0.5669988925802879
  (data (i32.const 20736) "\43\bf\be\d7\30\31\e2\3f\6e\4d\37\5e\72\48\8f\bc\78\fb\21\81\b7\1f\e2\3f\78\fb\21\81\b7\1f\62\3c") ;; 0.5685047353526688, 0.5663716814159292
  (data (i32.const 20768) "\53\8a\43\6b\3f\3a\e2\3f\9c\06\7e\c8\2c\09\36\3c\a7\5b\dc\0d\97\1a\e2\3f\a9\21\01\1c\75\d2\88\bc") ;; 0.5696103186604183, 0.5657458563535912
  (data (i32.const 20800) "\34\39\48\6f\4b\43\e2\3f\11\6d\0f\cf\b8\eb\6d\bc\e6\55\48\80\79\15\e2\3f\e6\55\48\80\79\15\22\3c") ;; 0.5707146810034716, 0.565121412803532
  (data (i32.const 20832) "\93\07\3f\e5\54\4c\e2\3f\68\5c\88\37\24\3a\77\bc\36\e3\f1\d5\5e\10\e2\3f\1d\eb\1d\82\f9\24\67\bc") ;; 0.5718178250756288, 0.5644983461962514
  (data (i32.const 20864) "\cb\f7\98\ce\5b\55\e2\3f\e7\81\68\6d\1d\02\7e\3c\d9\c0\67\0c\47\0b\e2\3f\6a\76\bd\c8\da\2a\8e\bc") ;; 0.5729197535617855, 0.5638766519823789
  (data (i32.const 20896) "\47\d4\c5\2c\60\5e\e2\3f\10\8d\7c\59\2d\8b\8b\3c\6d\6c\3b\21\32\06\e2\3f\9d\55\10\5e\fa\63\81\3c") ;; 0.574020469137971, 0.5632563256325632
  (data (i32.const 20928) "\e0\30\34\01\62\67\e2\3f\27\67\1c\78\95\6a\79\bc\12\20\01\12\20\01\e2\3f\12\20\01\12\20\01\22\3c") ;; 0.575119974471388, 0.5626373626373626
  (data (i32.const 20960) "\38\6c\51\4d\61\70\e2\3f\6a\90\c1\49\62\81\6f\3c\8b\ce\4f\dc\10\fc\e1\3f\3f\e0\fe\bb\ed\2e\77\bc") ;; 0.5762182722204505, 0.562019758507135
  (data (i32.const 20992) "\1b\b1\89\12\5e\79\e2\3f\8e\97\46\c2\c0\87\64\bc\70\1f\c1\7d\04\f7\e1\3f\70\1f\c1\7d\04\f7\81\3c") ;; 0.5773153650348236, 0.5614035087719298
  (data (i32.const 21024) "\d3\f7\47\52\58\82\e2\3f\c0\29\1a\94\46\c0\61\bc\64\6b\f1\f3\fa\f1\e1\3f\60\0a\ab\be\d8\cb\69\3c") ;; 0.5784112555554607, 0.56078860898138
  (data (i32.const 21056) "\83\07\f6\0d\50\8b\e2\3f\b3\aa\5a\60\60\3f\84\bc\4c\b8\7f\3c\f4\ec\e1\3f\e4\a1\67\8f\00\87\77\3c") ;; 0.5795059464146423, 0.5601750547045952
  (data (i32.const 21088) "\7a\77\fc\46\45\94\e2\3f\e8\25\14\ca\9f\89\78\3c\94\b5\0d\55\f0\e7\e1\3f\94\b5\0d\55\f0\e7\21\3c") ;; 0.5805994402360135, 0.5595628415300546
  (data (i32.const 21120) "\8b\b0\c2\fe\37\9d\e2\3f\82\19\2d\9a\94\d1\7b\bc\74\b8\3f\3b\ef\e2\e1\3f\ed\bc\8b\47\c0\c4\80\3c") ;; 0.5816917396346225, 0.5589519650655022
  (data (i32.const 21152) "\59\ee\ae\36\28\a6\e2\3f\25\6f\57\50\99\35\63\3c\41\b8\bc\ec\f0\dd\e1\3f\9c\0a\f2\e9\52\bb\7d\bc") ;; 0.5827828472169571, 0.5583424209378408
  (data (i32.const 21184) "\ad\40\26\f0\15\af\e2\3f\b0\ce\4a\52\64\b0\6c\3c\bd\4a\2e\67\f5\d8\e1\3f\34\a6\c2\89\fb\17\8f\bc") ;; 0.5838727655809827, 0.5577342047930284
  (data (i32.const 21216) "\c1\8c\8c\2c\01\b8\e2\3f\e9\d0\86\b5\06\60\85\bc\74\a0\40\a8\fc\d3\e1\3f\c4\0e\ed\5b\ba\15\6e\bc") ;; 0.5849614973161793, 0.5571273122959739
  (data (i32.const 21248) "\8c\8e\44\ed\e9\c0\e2\3f\86\75\91\f3\58\a1\81\bc\1d\81\a2\ad\06\cf\e1\3f\f3\61\dc\af\4b\2a\5f\bc") ;; 0.5860490450035782, 0.5565217391304348
  (data (i32.const 21280) "\0f\da\af\33\d0\c9\e2\3f\de\bc\f1\44\13\e4\75\3c\fe\47\05\75\13\ca\e1\3f\dc\7f\54\50\37\a1\7c\bc") ;; 0.587135411215799, 0.5559174809989142
  (data (i32.const 21312) "\9e\dc\2e\01\b4\d2\e2\3f\ab\1c\9b\c9\62\11\85\bc\59\e0\1c\fc\22\c5\e1\3f\e0\21\cf\b7\89\28\73\bc") ;; 0.5882205985170861, 0.5553145336225597
  (data (i32.const 21344) "\23\de\20\57\95\db\e2\3f\18\75\11\f1\21\d8\7c\bc\df\c1\9f\40\35\c0\e1\3f\16\a3\5c\36\74\67\81\3c") ;; 0.5893046094633444, 0.5547128927410617
  (data (i32.const 21376) "\68\02\e4\36\74\e4\e2\3f\6b\88\a4\61\08\15\80\3c\29\ed\46\40\4a\bb\e1\3f\29\ed\46\40\4a\bb\21\3c") ;; 0.5903874466021763, 0.5541125541125541
  (data (i32.const 21408) "\5a\4a\d5\a1\50\ed\e2\3f\99\80\11\35\e7\ba\85\bc\33\e8\cd\f8\61\b6\e1\3f\98\6d\04\b0\54\a6\63\bc") ;; 0.5914691124729174, 0.5535135135135135
  (data (i32.const 21440) "\46\95\50\99\2a\f6\e2\3f\99\fd\9f\73\86\c6\76\3c\e3\ba\f2\67\7c\b1\e1\3f\de\61\81\0a\83\7d\83\bc") ;; 0.5925496096066716, 0.5529157667386609
  (data (i32.const 21472) "\21\a2\b0\1e\02\ff\e2\3f\a2\58\19\52\f7\40\84\bc\90\eb\75\8b\99\ac\e1\3f\12\40\e8\e9\af\9d\8b\3c") ;; 0.5936289405263474, 0.552319309600863
  (data (i32.const 21504) "\be\10\4f\33\d7\07\e3\3f\da\66\f5\a1\90\b5\6f\3c\96\7b\1a\61\b9\a7\e1\3f\96\7b\1a\61\b9\a7\61\3c") ;; 0.5947071077466928, 0.5517241379310345
  (data (i32.const 21536) "\12\63\84\d8\a9\10\e3\3f\e8\d3\f6\7a\91\8a\74\3c\e4\e3\a5\e6\db\a2\e1\3f\c4\fa\32\e7\19\62\8c\3c") ;; 0.5957841137743307, 0.5511302475780409
  (data (i32.const 21568) "\6a\fe\a7\0f\7a\19\e3\3f\8f\12\97\fb\48\63\6d\3c\9e\11\e0\19\01\9e\e1\3f\9e\11\e0\19\01\9e\21\3c") ;; 0.5968599611077938, 0.5505376344086022
  (data (i32.const 21600) "\a6\2c\10\da\47\22\e3\3f\ac\47\fb\ab\37\3e\7c\3c\b7\62\93\f8\28\99\e1\3f\dc\a0\dd\5e\2d\e9\70\3c") ;; 0.5979346522375593, 0.5499462943071965
  (data (i32.const 21632) "\71\1d\12\39\13\2b\e3\3f\6b\91\3d\5b\ab\02\79\3c\9c\a2\8c\80\53\94\e1\3f\9c\a2\8c\80\53\94\41\3c") ;; 0.5990081896460834, 0.5493562231759657
  (data (i32.const 21664) "\76\e7\01\2e\dc\33\e3\3f\5d\1c\c9\34\b7\f8\71\3c\dc\06\9b\af\80\8f\e1\3f\26\eb\5b\1d\31\89\5c\3c") ;; 0.600080575807836, 0.5487674169346195
  (data (i32.const 21696) "\95\89\32\ba\a2\3c\e3\3f\e1\ed\05\32\8b\f2\7b\bc\db\2b\90\83\b0\8a\e1\3f\32\4c\97\e4\c5\ad\81\bc") ;; 0.6011518131893349, 0.5481798715203426
  (data (i32.const 21728) "\14\ec\f5\de\66\45\e3\3f\b6\99\5a\75\00\4e\5f\3c\86\11\40\fa\e2\85\e1\3f\06\1d\7a\ee\bf\05\6d\bc") ;; 0.6022219042491792, 0.5475935828877005
  (data (i32.const 21760) "\d3\e1\9c\9d\28\4e\e3\3f\4f\ce\85\d8\92\eb\66\3c\12\18\81\11\18\81\e1\3f\a0\fb\b9\9f\fb\b9\8f\bc") ;; 0.6032908514380843, 0.5470085470085471
  (data (i32.const 21792) "\78\29\77\f7\e7\56\e3\3f\9d\12\76\94\8e\21\8e\3c\b9\fc\2b\c7\4f\7c\e1\3f\4c\a8\d8\0f\56\bd\83\bc") ;; 0.6043586571989144, 0.5464247598719317
  (data (i32.const 21824) "\a0\6e\d3\ed\a4\5f\e3\3f\62\43\96\80\46\7d\32\3c\84\d6\1b\19\8a\77\e1\3f\f6\46\86\e2\5d\04\68\3c") ;; 0.6054253239667169, 0.5458422174840085
  (data (i32.const 21856) "\07\4b\ff\81\5f\68\e3\3f\e5\10\e4\12\6b\97\78\bc\16\13\2e\05\c7\72\e1\3f\5b\1c\c8\66\95\94\8d\bc") ;; 0.6064908541687551, 0.5452609158679447
  (data (i32.const 21888) "\b6\47\47\b5\17\71\e3\3f\03\91\dd\db\7e\11\7d\bc\79\73\42\89\06\6e\e1\3f\20\e9\fe\c2\a7\b2\64\bc") ;; 0.6075552502245418, 0.5446808510638298
  (data (i32.const 21920) "\2b\de\f6\88\cd\79\e3\3f\37\ff\33\3a\a4\46\8e\bc\fa\08\3b\a3\48\69\e1\3f\78\43\28\9c\0a\5d\82\3c") ;; 0.6086185145458719, 0.5441020191285866
  (data (i32.const 21952) "\7f\79\58\fe\80\82\e3\3f\5d\6e\2a\36\bd\15\80\bc\01\32\fc\50\8d\64\e1\3f\11\20\c3\0f\d5\48\66\3c") ;; 0.6096806495368553, 0.5435244161358811
  (data (i32.const 21984) "\8e\77\b5\16\32\8b\e3\3f\a7\61\e9\75\10\73\5c\bc\f1\96\6c\90\d4\5f\e1\3f\8e\9b\2d\28\54\56\8e\bc") ;; 0.6107416575939497, 0.542948038176034
  (data (i32.const 22016) "\1a\2a\56\d3\e0\93\e3\3f\3a\48\f2\67\ef\8e\85\bc\0d\27\75\5f\1e\5b\e1\3f\0d\27\75\5f\1e\5b\41\3c") ;; 0.6118015411059929, 0.5423728813559322
  (data (i32.const 22048) "\ec\d7\81\35\8d\9c\e3\3f\9a\c1\38\79\95\0a\75\3c\67\15\01\bc\6a\56\e1\3f\00\51\65\aa\fb\0f\85\bc") ;; 0.612860302454235, 0.5417989417989418
  (data (i32.const 22080) "\fa\bd\7e\3e\37\a5\e3\3f\6e\f7\b8\75\f7\d8\8c\bc\c9\d5\fd\a3\b9\51\e1\3f\04\b8\8c\5c\dd\3f\7a\bc") ;; 0.6139179440123705, 0.5412262156448203
  (data (i32.const 22112) "\7f\10\92\ef\de\ad\e3\3f\51\c0\3d\18\a5\4b\87\3c\ae\19\5b\15\0b\4d\e1\3f\4f\b4\87\ce\ec\1c\87\3c") ;; 0.6149744681465704, 0.5406546990496304
  (data (i32.const 22144) "\23\fc\ff\49\84\b6\e3\3f\26\9b\9e\4f\48\1c\84\bc\3b\cd\0a\0e\5f\48\e1\3f\0e\5f\48\11\b0\31\8a\3c") ;; 0.616029877215514, 0.540084388185654
  (data (i32.const 22176) "\0d\a7\0b\4f\27\bf\e3\3f\36\90\39\72\f8\2a\83\bc\3b\14\01\8c\b5\43\e1\3f\00\63\ed\50\04\30\86\3c") ;; 0.6170841735704201, 0.5395152792413066
  (data (i32.const 22208) "\06\32\f7\ff\c7\c7\e3\3f\ed\5b\02\b7\0d\e8\7b\bc\24\47\34\8d\0e\3f\e1\3f\9b\f3\74\a5\77\06\6c\3c") ;; 0.6181373595550788, 0.5389473684210526
  (data (i32.const 22240) "\8f\b9\03\5e\66\d0\e3\3f\c9\81\51\97\c6\fd\64\3c\1e\f0\9c\0f\6a\3a\e1\3f\61\1a\52\a9\cd\1c\73\3c") ;; 0.6191894375058825, 0.5383806519453207
  (data (i32.const 22272) "\fb\56\71\6a\02\d9\e3\3f\62\4b\bd\70\f6\fe\86\bc\11\c8\35\11\c8\35\e1\3f\9b\08\e4\9a\08\e4\7a\3c") ;; 0.6202404097518576, 0.5378151260504201
  (data (i32.const 22304) "\82\21\7f\26\9c\e1\e3\3f\19\d4\11\14\5a\24\4b\3c\b6\b3\fb\8f\28\31\e1\3f\22\80\bb\76\76\ff\71\bc") ;; 0.6212902786146943, 0.5372507869884575
  (data (i32.const 22336) "\5c\2f\6b\93\33\ea\e3\3f\0b\36\a1\68\91\09\8f\bc\ac\c0\ed\89\8b\2c\e1\3f\a6\52\9e\2d\27\a3\80\bc") ;; 0.6223390464087788, 0.5366876310272537
  (data (i32.const 22368) "\ce\96\72\b2\c8\f2\e3\3f\42\bf\0f\41\f9\90\77\bc\95\22\0d\fd\f0\27\e1\3f\9f\2a\93\61\7c\90\8f\bc") ;; 0.6233867154412225, 0.5361256544502618
  (data (i32.const 22400) "\42\6f\d1\84\5b\fb\e3\3f\ef\2a\17\54\a7\d3\86\3c\33\30\5d\e7\58\23\e1\3f\90\26\e4\85\ad\82\8a\3c") ;; 0.6244332880118935, 0.5355648535564853
  (data (i32.const 22432) "\56\d2\c2\0b\ec\03\e4\3f\5f\d2\49\41\ac\0e\71\3c\92\60\e3\46\c3\1e\e1\3f\c4\ca\d2\5c\09\a1\8e\bc") ;; 0.6254787664134465, 0.5350052246603971
  (data (i32.const 22464) "\e9\dc\80\48\7a\0c\e4\3f\e1\c9\7f\de\22\4f\71\3c\26\48\a7\19\30\1a\e1\3f\a5\95\18\6e\0e\bb\8e\3c") ;; 0.6265231529313527, 0.534446764091858
  (data (i32.const 22496) "\2c\b0\44\3c\06\15\e4\3f\8b\e7\36\4a\29\be\86\3c\06\96\b2\5d\9f\15\e1\3f\fe\36\4e\e5\9b\48\70\bc") ;; 0.6275664498439304, 0.5338894681960376
  (data (i32.const 22528) "\ae\72\46\e8\8f\1d\e4\3f\06\18\bd\30\2f\19\89\3c\11\11\11\11\11\11\e1\3f\11\11\11\11\11\11\61\3c") ;; 0.6286086594223741, 0.5333333333333333
  (data (i32.const 22560) "\67\51\bd\4d\17\26\e4\3f\a5\e6\11\c6\6a\22\86\bc\2e\95\d0\31\85\0c\e1\3f\93\5a\ac\b9\07\a3\8c\bc") ;; 0.6296497839307847, 0.5327783558792925
  (data (i32.const 22592) "\bf\80\df\6d\9c\2e\e4\3f\1d\06\65\7a\dc\57\76\3c\80\10\01\be\fb\07\e1\3f\80\10\01\be\fb\07\81\bc") ;; 0.6306898256261987, 0.5322245322245323
  (data (i32.const 22624) "\9d\3d\e2\49\1f\37\e4\3f\7d\ad\1a\71\ce\29\57\3c\aa\80\b4\b3\74\03\e1\3f\ad\52\83\86\82\47\71\3c") ;; 0.6317287867586178, 0.5316718587746625
  (data (i32.const 22656) "\67\ce\f9\e2\9f\3f\e4\3f\86\3b\d8\e6\9e\9c\8e\3c\11\f0\fe\10\f0\fe\e0\3f\11\f0\fe\10\f0\fe\20\bc") ;; 0.6327666695710378, 0.5311203319502075
  (data (i32.const 22688) "\0e\84\59\3a\1e\48\e4\3f\67\f9\2e\a7\0d\be\8f\bc\22\73\f6\d3\6d\fa\e0\3f\7d\08\60\9e\af\62\7c\3c") ;; 0.6338034762994782, 0.5305699481865285
  (data (i32.const 22720) "\0a\bb\33\51\9a\50\e4\3f\5a\7b\2d\85\e2\0f\84\3c\a2\25\b3\fa\ed\f5\e0\3f\ce\54\20\a1\f0\fe\85\bc") ;; 0.6348392091730102, 0.5300207039337475
  (data (i32.const 22752) "\68\dc\b9\28\14\59\e4\3f\94\73\7b\6b\a0\47\80\3c\fa\27\4f\83\70\f1\e0\3f\68\bf\6b\4f\8c\a2\86\bc") ;; 0.6358738704137865, 0.5294725956566702
  (data (i32.const 22784) "\c2\5e\1c\c2\8b\61\e4\3f\1d\cf\ec\cd\de\42\8f\3c\90\9c\e6\6b\f5\ec\e0\3f\90\9c\e6\6b\f5\ec\70\bc") ;; 0.6369074622370692, 0.5289256198347108
  (data (i32.const 22816) "\45\c7\8a\1e\01\6a\e4\3f\c9\15\34\f5\02\64\84\3c\1e\a5\97\b2\7c\e8\e0\3f\a6\2c\1f\3a\04\70\88\3c") ;; 0.6379399868512584, 0.5283797729618163
  (data (i32.const 22848) "\ad\aa\33\3f\74\72\e4\3f\48\29\2a\01\cf\d6\78\3c\11\60\82\55\06\e4\e0\3f\1c\ef\9f\7d\aa\f9\6b\bc") ;; 0.6389714464579207, 0.5278350515463918
  (data (i32.const 22880) "\44\ae\44\25\e5\7a\e4\3f\07\4e\f0\a2\98\b7\89\3c\e6\e5\c8\52\92\df\e0\3f\c8\fb\2f\9e\f8\d3\74\3c") ;; 0.6400018432518171, 0.5272914521112255
  (data (i32.const 22912) "\df\88\ea\d1\53\83\e4\3f\f4\07\cc\2e\7a\f5\8c\3c\96\46\8f\a8\20\db\e0\3f\15\64\1b\02\8a\cf\89\bc") ;; 0.6410311794209312, 0.5267489711934157
  (data (i32.const 22944) "\d8\03\51\46\c0\8b\e4\3f\dc\94\80\b9\a5\88\75\3c\f9\86\fb\54\b1\d6\e0\3f\01\f1\1c\da\cf\92\6a\bc") ;; 0.6420594571464973, 0.526207605344296
  (data (i32.const 22976) "\07\fc\a2\83\2a\94\e4\3f\5a\2b\65\44\c5\d0\8e\3c\3a\9e\35\56\44\d2\e0\3f\9e\0c\d8\d3\8b\9a\76\bc") ;; 0.6430866786030273, 0.5256673511293635
  (data (i32.const 23008) "\be\62\0a\8b\92\9c\e4\3f\fb\a3\70\a6\8f\b9\58\bc\44\73\67\aa\d9\cd\e0\3f\44\73\67\aa\d9\cd\20\3c") ;; 0.6441128459583394, 0.5251282051282051
  (data (i32.const 23040) "\bb\3e\b0\5d\f8\a4\e4\3f\b6\61\37\3d\fa\3d\31\3c\3b\da\bc\4f\71\c9\e0\3f\2e\19\82\75\b4\79\7f\bc") ;; 0.6451379613735847, 0.5245901639344263
  (data (i32.const 23072) "\23\ad\bc\fc\5b\ad\e4\3f\ff\62\a4\71\de\58\62\bc\f3\91\63\44\0b\c5\e0\3f\c4\05\ca\6d\cd\f0\69\bc") ;; 0.646162027003275, 0.5240532241555783
  (data (i32.const 23104) "\74\e2\56\69\bd\b5\e4\3f\73\a7\ee\6b\a0\87\8c\bc\71\41\8b\86\a7\c0\e0\3f\f1\14\18\02\9c\66\8c\bc") ;; 0.6471850449953096, 0.523517382413088
  (data (i32.const 23136) "\78\2b\a5\a4\1c\be\e4\3f\27\46\df\d9\d1\4a\7e\bc\69\75\65\14\46\bc\e0\3f\80\2d\26\1a\74\2c\72\bc") ;; 0.6482070174910026, 0.5229826353421859
  (data (i32.const 23168) "\3a\ee\cc\af\79\c6\e4\3f\41\9e\b3\c8\c4\a5\83\bc\c8\9d\25\ec\e6\b7\e0\3f\64\20\bd\3f\d7\2a\8b\bc") ;; 0.6492279466251099, 0.5224489795918368
  (data (i32.const 23200) "\f4\aa\f2\8b\d4\ce\e4\3f\c5\11\3e\99\b0\37\81\bc\39\0b\01\0c\8a\b3\e0\3f\00\7d\1d\d3\fb\cf\87\bc") ;; 0.6502478345258553, 0.5219164118246687
  (data (i32.const 23232) "\00\fd\39\3a\2d\d7\e4\3f\8d\00\4e\41\4d\cd\81\3c\b5\ec\2e\72\2f\af\e0\3f\4c\8d\93\6f\fe\48\8c\3c") ;; 0.6512666833149581, 0.5213849287169042
  (data (i32.const 23264) "\c8\9b\c5\bb\83\df\e4\3f\ce\8d\3a\0d\2c\a2\82\3c\16\4d\e8\1c\d7\aa\e0\3f\b3\30\43\32\d9\72\71\3c") ;; 0.6522844951076587, 0.5208545269582909
  (data (i32.const 23296) "\b1\5b\b7\11\d8\e7\e4\3f\a9\9e\6e\ea\d9\d3\88\bc\a7\10\68\0a\81\a6\e0\3f\bd\5f\d6\fb\65\bd\8f\bc") ;; 0.6533012720127457, 0.5203252032520326
  (data (i32.const 23328) "\06\2f\30\3d\2a\f0\e4\3f\76\37\81\af\4e\d1\67\3c\bf\f2\ea\38\2d\a2\e0\3f\14\02\b8\9c\ad\04\7e\bc") ;; 0.6543170161325811, 0.5197969543147208
  (data (i32.const 23360) "\e9\26\50\3f\7a\f8\e4\3f\9d\ea\bc\b1\a8\8c\8e\bc\60\83\af\a6\db\9d\e0\3f\60\83\af\a6\db\9d\60\3c") ;; 0.6553317295631277, 0.5192697768762677
  (data (i32.const 23392) "\34\74\36\19\c8\00\e5\3f\5f\28\d0\0a\7c\28\87\3c\d5\24\f6\51\8c\99\e0\3f\be\06\92\77\89\2a\84\bc") ;; 0.6563454143939738, 0.5187436676798379
  (data (i32.const 23424) "\6b\68\01\cc\13\09\e5\3f\b1\d5\c2\96\ce\f2\82\3c\54\09\01\39\3f\95\e0\3f\fe\8d\81\d5\de\df\58\bc") ;; 0.65735807270836, 0.5182186234817814
  (data (i32.const 23456) "\9c\76\ce\58\5d\11\e5\3f\7f\04\30\52\1d\de\88\bc\aa\30\14\5a\f4\90\e0\3f\c1\99\86\58\b2\1b\79\bc") ;; 0.6583697065832044, 0.5176946410515673
  (data (i32.const 23488) "\46\34\ba\c0\a4\19\e5\3f\7f\a7\e4\28\21\b3\89\3c\e2\65\75\b3\ab\8c\e0\3f\e2\65\75\b3\ab\8c\20\3c") ;; 0.6593803180891278, 0.5171717171717172
  (data (i32.const 23520) "\45\5a\e0\04\ea\21\e5\3f\f0\2c\ea\30\58\d0\88\bc\f7\3c\6c\43\65\88\e0\3f\1c\ae\62\be\c1\2e\55\bc") ;; 0.6603899092904802, 0.5166498486377397
  (data (i32.const 23552) "\ab\c5\5b\26\2d\2a\e5\3f\0a\4d\ea\50\37\88\61\bc\84\10\42\08\21\84\e0\3f\84\10\42\08\21\84\70\3c") ;; 0.661398482245365, 0.5161290322580645
  (data (i32.const 23584) "\ad\78\46\26\6e\32\e5\3f\26\9c\02\52\4d\06\8e\bc\7c\ff\41\00\df\7f\e0\3f\7c\ff\41\00\df\7f\20\3c") ;; 0.6624060390056649, 0.5156092648539778
  (data (i32.const 23616) "\7d\9b\b9\05\ad\3a\e5\3f\39\25\2e\05\8b\5c\85\bc\e2\ea\b8\29\9f\7b\e0\3f\fe\43\3c\3b\5d\fb\88\bc") ;; 0.6634125816170663, 0.5150905432595574
  (data (i32.const 23648) "\2f\7d\cd\c5\e9\42\e5\3f\93\06\bd\56\ab\71\72\3c\86\73\f5\82\61\77\e0\3f\49\cc\62\80\4f\f9\8d\bc") ;; 0.664418112119085, 0.5145728643216081
  (data (i32.const 23680) "\98\94\99\67\24\4b\e5\3f\f4\09\2f\5d\af\ba\85\bc\c6\f7\47\0a\26\73\e0\3f\61\32\07\01\b7\3e\8b\3c") ;; 0.6654226325450905, 0.5140562248995983
  (data (i32.const 23712) "\28\81\34\ec\5c\53\e5\3f\cd\fe\ce\e1\db\ad\43\3c\55\91\02\be\ec\6e\e0\3f\80\e3\c2\55\ca\7c\32\bc") ;; 0.6664261449223305, 0.5135406218655968
  (data (i32.const 23744) "\cd\0b\b4\54\93\5b\e5\3f\37\cb\57\a3\97\41\7e\3c\fb\12\79\9c\b5\6a\e0\3f\53\aa\7c\ff\3a\7f\88\3c") ;; 0.6674286512719562, 0.5130260521042084
  (data (i32.const 23776) "\cc\27\2d\a2\c7\63\e5\3f\91\e8\22\4a\7c\99\8d\bc\68\06\01\a4\80\66\e0\3f\02\48\01\cd\20\80\54\3c") ;; 0.6684301536090458, 0.5125125125125125
  (data (i32.const 23808) "\99\f3\b3\d5\f9\6b\e5\3f\f3\8f\cd\85\18\47\80\3c\fc\a9\f1\d2\4d\62\e0\3f\fa\7e\6a\bc\74\93\68\bc") ;; 0.6694306539426292, 0.512
  (data (i32.const 23840) "\b9\b9\5b\f0\29\74\e5\3f\01\fc\06\d7\38\d6\87\bc\9c\ee\a3\27\1d\5e\e0\3f\9c\ee\a3\27\1d\5e\20\3c") ;; 0.6704301542757128, 0.5114885114885115
  (data (i32.const 23872) "\91\f1\36\f3\57\7c\e5\3f\92\81\c8\3b\3a\95\8e\bc\86\75\72\a0\ee\59\e0\3f\20\7a\2d\ab\4d\c8\88\3c") ;; 0.6714286566053024, 0.5109780439121756
  (data (i32.const 23904) "\44\40\57\df\83\84\e5\3f\97\9b\9b\ee\1d\b8\5f\3c\2a\8e\b9\3b\c2\55\e0\3f\79\2f\52\ba\f2\9b\87\3c") ;; 0.6724261629224277, 0.5104685942173479
  (data (i32.const 23936) "\89\79\cd\b5\ad\8c\e5\3f\58\84\c9\2e\79\49\78\3c\04\34\d7\f7\97\51\e0\3f\05\01\cd\f5\fd\65\64\3c") ;; 0.6734226752121667, 0.5099601593625498
  (data (i32.const 23968) "\7e\a0\a9\77\d5\94\e5\3f\5e\a2\89\f6\05\64\74\3c\7b\0c\2b\d3\6f\4d\e0\3f\17\99\63\3d\6b\67\82\3c") ;; 0.6744181954536683, 0.5094527363184079
  (data (i32.const 24000) "\7e\e8\fa\25\fb\9c\e5\3f\b6\c6\59\45\90\72\51\bc\c5\64\16\cc\49\49\e0\3f\96\76\e1\a3\b2\27\8e\3c") ;; 0.6754127256201767, 0.5089463220675944
  (data (i32.const 24032) "\f4\b5\cf\c1\1e\a5\e5\3f\ee\d3\ff\87\a7\d1\81\bc\cb\2f\fc\e0\25\45\e0\3f\da\ab\64\cc\e4\44\6f\3c") ;; 0.6764062676790545, 0.5084409136047666
  (data (i32.const 24064) "\2d\9f\35\4c\40\ad\e5\3f\96\71\3f\68\55\59\43\bc\10\04\41\10\04\41\e0\3f\10\04\41\10\04\41\80\3c") ;; 0.6773988235918061, 0.5079365079365079
  (data (i32.const 24096) "\2b\6d\39\c6\5f\b5\e5\3f\66\fa\d8\ed\de\36\4a\3c\a0\19\4b\58\e4\3c\e0\3f\70\a6\70\84\56\5b\68\3c") ;; 0.6783903953141012, 0.5074331020812686
  (data (i32.const 24128) "\73\1c\e7\30\7d\bd\e5\3f\5c\b4\b2\6d\da\f8\6b\3c\fc\47\82\b7\c6\38\e0\3f\f9\fd\23\c1\5b\63\5c\bc") ;; 0.6793809847957973, 0.5069306930693069
  (data (i32.const 24160) "\de\dd\49\8d\98\c5\e5\3f\52\af\bf\78\45\bf\84\bc\0d\04\50\2c\ab\34\e0\3f\59\a5\81\00\8a\65\75\3c") ;; 0.6803705939809637, 0.506429277942631
  (data (i32.const 24192) "\65\17\6c\dc\b1\cd\e5\3f\f4\3d\8a\0e\47\c2\8c\bc\1a\5e\1f\b5\91\30\e0\3f\b0\3a\be\94\31\bb\83\3c") ;; 0.6813592248079031, 0.5059288537549407
  (data (i32.const 24224) "\f0\64\57\1f\c9\d5\e5\3f\fe\69\d1\93\9b\56\6d\3c\bf\ff\5c\50\7a\2c\e0\3f\b2\40\00\a3\af\85\83\3c") ;; 0.6823468792091756, 0.5054294175715696
  (data (i32.const 24256) "\23\99\14\57\de\dd\e5\3f\28\ef\75\7d\a3\cf\8d\3c\e9\29\77\fc\64\28\e0\3f\4e\1f\a6\75\95\08\7d\bc") ;; 0.6833335591116206, 0.504930966469428
  (data (i32.const 24288) "\28\be\ab\84\f1\e5\e5\3f\7c\3d\b3\09\77\33\8b\bc\d2\b2\dd\b7\51\24\e0\3f\47\91\40\00\39\52\86\3c") ;; 0.68431926643638, 0.5044334975369458
  (data (i32.const 24320) "\75\16\24\a9\02\ee\e5\3f\82\90\f4\57\82\35\8c\3c\08\04\02\81\40\20\e0\3f\08\04\02\81\40\20\60\3c") ;; 0.6853040030989194, 0.5039370078740157
  (data (i32.const 24352) "\9f\1d\84\c5\11\f6\e5\3f\87\c2\c7\e1\e1\06\80\3c\6b\18\57\56\31\1c\e0\3f\3b\8f\bf\ff\48\4e\81\bc") ;; 0.6862877710090521, 0.5034414945919371
  (data (i32.const 24384) "\19\89\d1\da\1e\fe\e5\3f\bf\8d\e1\10\b6\a8\8c\bc\37\7a\51\36\24\18\e0\3f\8b\07\05\ae\1e\bf\84\3c") ;; 0.6872705720709603, 0.5029469548133595
  (data (i32.const 24416) "\fd\48\11\ea\29\06\e6\3f\0d\bd\9c\0f\91\7a\8c\3c\11\41\67\1f\19\14\e0\3f\ac\89\d4\76\c5\6a\85\3c") ;; 0.688252408183217, 0.5024533856722276
  (data (i32.const 24448) "\d9\88\47\f4\32\0e\e6\3f\9b\58\fa\52\bb\c1\7a\bc\10\10\10\10\10\10\e0\3f\10\10\10\10\10\10\60\3c") ;; 0.689233281238809, 0.5019607843137255
  (data (i32.const 24480) "\69\b0\77\fa\39\16\e6\3f\e0\8e\6c\81\f4\43\8d\3c\cf\13\c5\06\09\0c\e0\3f\c0\54\c6\5d\d2\6d\72\bc") ;; 0.6902131931251577, 0.5014691478942214
  (data (i32.const 24512) "\67\64\a4\fd\3e\1e\e6\3f\e3\fa\de\7e\72\1b\8a\bc\80\00\01\02\04\08\e0\3f\80\00\01\02\04\08\80\3c") ;; 0.691192145724142, 0.5009784735812133
  (data (i32.const 24544) "\43\87\cf\fe\41\26\e6\3f\4c\1e\98\e0\de\40\5e\bc\04\10\40\00\01\04\e0\3f\04\10\40\00\01\04\20\3c") ;; 0.6921701409121187, 0.5004887585532747
  (data (i32.const 24576) "\ef\39\fa\fe\42\2e\e6\3f\3f\80\39\3b\9e\bc\7a\3c\00\00\00\00\00\00\e0\3f\00\00\00\00\00\00\00\00") ;; 0.6931471805599453, 0.5
  ;; the runtime lays its arrays out from here up
  (global (export "heap_base") i32 (i32.const 24640))

  ;; e^x in both lanes: x = (m/512)·ln2 + r, |r| ≤ ln2/1024 (Cody–Waite with m by the 1.5·2^52 rounding trick; m = 512n + j),
  ;; e^x = 2^n·2^(j/512)·e^r with 2^(j/512) from the table (a double and its relative tail) and e^r − 1 by its Taylor
  ;; polynomial of degree 4; 2^n is applied as two powers of two so that a subnormal result is rounded once. x is clamped
  ;; to [−746, 710] first (e^x is 0 or ∞ beyond); NaN stays NaN. Within 2 ulp of Math.exp over the whole range
  ;; (test/linalg.test.ts).
  (func $exp_v (param $x v128) (result v128)
    (local $y v128) (local $e v128) (local $t v128) (local $kd v128) (local $r v128) (local $r2 v128) (local $tail v128) (local $sb v128) (local $p v128) (local $n1 v128) (local $ga v128) (local $gb v128) (local $o0 i32) (local $o1 i32)
    (local.set $y (f64x2.pmax (f64x2.pmin (local.get $x) (f64x2.splat (f64.const 710))) (f64x2.splat (f64.const -746))))
    (local.set $t (f64x2.add (f64x2.mul (local.get $y) (f64x2.splat (f64.const 738.6598609351493))) (f64x2.splat (f64.const 6755399441055744))))
    (local.set $kd (f64x2.sub (local.get $t) (f64x2.splat (f64.const 6755399441055744))))
    (local.set $r (f64x2.sub (f64x2.sub (local.get $y) (f64x2.mul (local.get $kd) (f64x2.splat (f64.const 0.001353803086658445)))) (f64x2.mul (local.get $kd) (f64x2.splat (f64.const 3.7269822837316166e-13)))))
    ;; the entries at byte offsets 16·j, j = m mod 512 (m = t's low bits)
    (local.set $o0 (i32.shl (i32.and (i32.wrap_i64 (i64x2.extract_lane 0 (local.get $t))) (i32.const 511)) (i32.const 4)))
    (local.set $o1 (i32.shl (i32.and (i32.wrap_i64 (i64x2.extract_lane 1 (local.get $t))) (i32.const 511)) (i32.const 4)))
    (local.set $ga (v128.load offset=0 (local.get $o0)))
    (local.set $gb (v128.load offset=0 (local.get $o1)))
    (local.set $tail (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ga) (local.get $gb)))
    (local.set $sb (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ga) (local.get $gb)))
    ;; 2^K·2^(j/N)·2^n: the entry's bits + m·2^43
    (local.set $sb (i64x2.add (local.get $sb) (i64x2.shl (local.get $t) (i32.const 43))))
    (local.set $r2 (f64x2.mul (local.get $r) (local.get $r)))
    ;; t_j + (e^r − 1) = t_j + r + r²·(1/2 + r/6 + r²/24)
    (local.set $p (f64x2.add (f64x2.add (local.get $tail) (local.get $r)) (f64x2.mul (local.get $r2) (f64x2.add (f64x2.add (f64x2.splat (f64.const 0.5)) (f64x2.mul (local.get $r) (f64x2.splat (f64.const 0.16666666666666666)))) (f64x2.mul (local.get $r2) (f64x2.splat (f64.const 0.041666666666666664)))))))
    ;; n = m >> 9 in halves n1 = n >> 1 and n − n1: 2^(j/N)·2^(n−n1) and 2^n1 are both normal
    (local.set $n1 (i64x2.shr_s (i64x2.sub (local.get $t) (v128.const i64x2 0x4338000000000000 0x4338000000000000)) (i32.const 10)))
    (local.set $sb (i64x2.sub (local.get $sb) (i64x2.shl (i64x2.add (local.get $n1) (v128.const i64x2 64 64)) (i32.const 52))))
    (local.set $e (f64x2.mul (f64x2.add (local.get $sb) (f64x2.mul (local.get $sb) (local.get $p))) (i64x2.shl (i64x2.add (local.get $n1) (v128.const i64x2 1023 1023)) (i32.const 52))))
    (local.get $e))

  ;; log1p(x) in both lanes for x ≥ 0. On [0, 1] by the table: j = round(512x), x = j/512 + d exactly, log1p(x) =
  ;; log1p(j/512) + log1p(q), q = d/(1 + j/512), by a degree-5 polynomial (Taylor, economized; no division). Beyond 1 by fdlibm's
  ;; reduction of u = 1 + x (u = m·2^k, m ∈ [√2/2, √2), f = m − 1, s = f/(2 + f), minimax R(s²)) and log(u)·x/(u − 1).
  ;; Within 2 ulp of Math.log1p on [0, 1] and beyond (test/linalg.test.ts).
  (func $log1p_v (param $x v128) (result v128)
    (local $small v128) (local $u v128) (local $m v128) (local $k v128) (local $big v128) (local $f v128) (local $s v128) (local $z v128) (local $w v128) (local $even v128) (local $odd v128) (local $hfsq v128) (local $lg v128) (local $um1 v128) (local $ect v128) (local $ltt v128) (local $ddt v128) (local $lhit v128) (local $llot v128) (local $ihit v128) (local $ilot v128) (local $qt v128) (local $q2t v128) (local $plt v128) (local $lot v128) (local $gat v128) (local $gbt v128) (local $o0t i32) (local $o1t i32)
    ;; x clamped to 1 for the index, NaN to 1 too: pmin(1, x) = x < 1 ? x : 1
    (local.set $ect (f64x2.pmin (f64x2.splat (f64.const 1)) (local.get $x)))
    (local.set $ltt (f64x2.add (local.get $ect) (f64x2.splat (f64.const 13194139533312))))
    (local.set $ddt (f64x2.sub (local.get $x) (f64x2.sub (local.get $ltt) (f64x2.splat (f64.const 13194139533312)))))
    ;; the entries at byte offset 32·j, j ≤ M
    (local.set $o0t (i32.shl (i32.wrap_i64 (i64x2.extract_lane 0 (local.get $ltt))) (i32.const 5)))
    (local.set $o1t (i32.shl (i32.wrap_i64 (i64x2.extract_lane 1 (local.get $ltt))) (i32.const 5)))
    (local.set $gat (v128.load offset=8192 (local.get $o0t)))
    (local.set $gbt (v128.load offset=8192 (local.get $o1t)))
    (local.set $lhit (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $gat) (local.get $gbt)))
    (local.set $llot (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $gat) (local.get $gbt)))
    (local.set $gat (v128.load offset=8208 (local.get $o0t)))
    (local.set $gbt (v128.load offset=8208 (local.get $o1t)))
    (local.set $ihit (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $gat) (local.get $gbt)))
    (local.set $ilot (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $gat) (local.get $gbt)))
    (local.set $qt (f64x2.mul (local.get $ddt) (local.get $ihit)))
    (local.set $q2t (f64x2.mul (local.get $qt) (local.get $qt)))
    ;; P(q) = a0 + a1·q + q²·(a2 + a3·q) ≈ −1/2 + q/3 − q²/4 + q³/5 (economized, log1pCoefficients)
    (local.set $plt (f64x2.add (f64x2.add (f64x2.splat (f64.const -0.49999999999998107)) (f64x2.mul (local.get $qt) (f64x2.splat (f64.const 0.33333333333329274)))) (f64x2.mul (local.get $q2t) (f64x2.add (f64x2.splat (f64.const -0.2500001589457194)) (f64x2.mul (local.get $qt) (f64x2.splat (f64.const 0.2000001702989851)))))))
    (local.set $lot (f64x2.add (f64x2.add (local.get $llot) (f64x2.mul (local.get $ddt) (local.get $ilot))) (f64x2.mul (local.get $q2t) (local.get $plt))))
    (local.set $small (f64x2.add (local.get $lhit) (f64x2.add (local.get $qt) (local.get $lot))))
    (local.set $u (f64x2.add (local.get $x) (f64x2.splat (f64.const 1))))
    ;; k = biased exponent − 1023, as a double: the exponent field under the bits of 2^52, minus 2^52
    (local.set $k (f64x2.sub (f64x2.sub (v128.or (i64x2.shr_u (local.get $u) (i32.const 52)) (v128.const i64x2 0x4330000000000000 0x4330000000000000)) (f64x2.splat (f64.const 4503599627370496))) (f64x2.splat (f64.const 1023))))
    (local.set $m (v128.or (v128.and (local.get $u) (v128.const i64x2 0x000fffffffffffff 0x000fffffffffffff)) (v128.const i64x2 0x3ff0000000000000 0x3ff0000000000000)))
    (local.set $big (f64x2.gt (local.get $m) (f64x2.splat (f64.const 1.4142135623730951))))
    (local.set $m (v128.bitselect (f64x2.mul (local.get $m) (f64x2.splat (f64.const 0.5))) (local.get $m) (local.get $big)))
    (local.set $k (f64x2.add (local.get $k) (v128.and (local.get $big) (f64x2.splat (f64.const 1)))))
    (local.set $f (f64x2.sub (local.get $m) (f64x2.splat (f64.const 1))))
    (local.set $s (f64x2.div (local.get $f) (f64x2.add (local.get $f) (f64x2.splat (f64.const 2)))))
    (local.set $z (f64x2.mul (local.get $s) (local.get $s)))
    (local.set $w (f64x2.mul (local.get $z) (local.get $z)))
    (local.set $even (f64x2.splat (f64.const 0.15313837699209373)))
    (local.set $even (f64x2.add (f64x2.mul (local.get $even) (local.get $w)) (f64x2.splat (f64.const 0.22222198432149784))))
    (local.set $even (f64x2.add (f64x2.mul (local.get $even) (local.get $w)) (f64x2.splat (f64.const 0.3999999999940942))))
    (local.set $even (f64x2.mul (local.get $even) (local.get $w)))
    (local.set $odd (f64x2.splat (f64.const 0.14798198605116586)))
    (local.set $odd (f64x2.add (f64x2.mul (local.get $odd) (local.get $w)) (f64x2.splat (f64.const 0.1818357216161805))))
    (local.set $odd (f64x2.add (f64x2.mul (local.get $odd) (local.get $w)) (f64x2.splat (f64.const 0.2857142874366239))))
    (local.set $odd (f64x2.add (f64x2.mul (local.get $odd) (local.get $w)) (f64x2.splat (f64.const 0.6666666666666735))))
    (local.set $odd (f64x2.mul (local.get $odd) (local.get $z)))
    (local.set $hfsq (f64x2.mul (f64x2.splat (f64.const 0.5)) (f64x2.mul (local.get $f) (local.get $f))))
    ;; log(u) = k·ln2_hi − ((hfsq − (s·(hfsq + R) + k·ln2_lo)) − f)
    (local.set $lg (f64x2.sub (f64x2.mul (local.get $k) (f64x2.splat (f64.const 0.6931471803691238)))
      (f64x2.sub (f64x2.sub (local.get $hfsq) (f64x2.add (f64x2.mul (local.get $s) (f64x2.add (local.get $hfsq) (f64x2.add (local.get $even) (local.get $odd)))) (f64x2.mul (local.get $k) (f64x2.splat (f64.const 1.9082149292705877e-10))))) (local.get $f))))
    (local.set $um1 (f64x2.sub (local.get $u) (f64x2.splat (f64.const 1))))
    (local.set $lg (f64x2.mul (local.get $lg) (f64x2.div (local.get $x) (local.get $um1))))
    (v128.bitselect (local.get $small) (local.get $lg) (f64x2.le (local.get $x) (f64x2.splat (f64.const 1)))))

  ;; z[p] ← softplus(z[p]), dphi[p] ← softplus′(z[p]) for p < len, with e = e^{−|z|}: φ = max(z, 0) + log1p(e),
  ;; φ′ = 1/(1 + e) for z > 0 and e/(1 + e) otherwise (the formulas of the JS activation). The exp and log1p of $exp_v
  ;; and $log1p_v are written out inline, specialised (the exponent is ≤ 0 and 2^n carries the table's 2^K, e ∈ [0, 1], the
  ;; log1p index from 2^(m/N)·(1 + r)), 2 vectors per iteration, the table offsets through the entries' own slots;
  ;; the last pairs one at a time, an odd last entry through a half-filled lane.
  (func (export "softplus_pass") (param $z i32) (param $dphi i32) (param $len i32)
    (local $end i32) (local $end2 i32) (local $endU i32) (local $x0 v128) (local $y0 v128) (local $e0 v128) (local $e00 v128) (local $u0 v128) (local $lg0 v128) (local $phi0 v128) (local $d0 v128) (local $t0 v128) (local $kd0 v128) (local $r0 v128) (local $r20 v128) (local $tail0 v128) (local $sb0 v128) (local $p0 v128) (local $n10 v128) (local $ga0 v128) (local $gb0 v128) (local $ec0 v128) (local $lt0 v128) (local $dd0 v128) (local $lhi0 v128) (local $llo0 v128) (local $ihi0 v128) (local $ilo0 v128) (local $q0 v128) (local $q20 v128) (local $pl0 v128) (local $lo0 v128) (local $o00 i32) (local $o10 i32) (local $x1 v128) (local $y1 v128) (local $e1 v128) (local $e01 v128) (local $u1 v128) (local $lg1 v128) (local $phi1 v128) (local $d1 v128) (local $t1 v128) (local $kd1 v128) (local $r1 v128) (local $r21 v128) (local $tail1 v128) (local $sb1 v128) (local $p1 v128) (local $n11 v128) (local $ga1 v128) (local $gb1 v128) (local $ec1 v128) (local $lt1 v128) (local $dd1 v128) (local $lhi1 v128) (local $llo1 v128) (local $ihi1 v128) (local $ilo1 v128) (local $q1 v128) (local $q21 v128) (local $pl1 v128) (local $lo1 v128) (local $o01 i32) (local $o11 i32)
    (local.set $end (i32.add (local.get $z) (i32.shl (local.get $len) (i32.const 3))))
    (local.set $end2 (i32.add (local.get $z) (i32.shl (i32.and (local.get $len) (i32.const -2)) (i32.const 3))))
    (local.set $endU (i32.add (local.get $z) (i32.shl (i32.and (local.get $len) (i32.const -4)) (i32.const 3))))
    (block $doneU
      (loop $groups
        (br_if $doneU (i32.ge_u (local.get $z) (local.get $endU)))
        (local.set $x0 (v128.load offset=0 (local.get $z)))
        (local.set $x1 (v128.load offset=16 (local.get $z)))
        ;; e = e^y, y = −|x| (x with its sign bit set), at least −746
        (local.set $y0 (f64x2.pmax (v128.or (local.get $x0) (v128.const i64x2 0x8000000000000000 0x8000000000000000)) (f64x2.splat (f64.const -746))))
        (local.set $t0 (f64x2.add (f64x2.mul (local.get $y0) (f64x2.splat (f64.const 738.6598609351493))) (f64x2.splat (f64.const 6755399441055744))))
        (local.set $kd0 (f64x2.sub (local.get $t0) (f64x2.splat (f64.const 6755399441055744))))
        (local.set $r0 (f64x2.sub (f64x2.sub (local.get $y0) (f64x2.mul (local.get $kd0) (f64x2.splat (f64.const 0.001353803086658445)))) (f64x2.mul (local.get $kd0) (f64x2.splat (f64.const 3.7269822837316166e-13)))))
        ;; the entries at byte offsets 16·j, j = m mod 512 (m = t's low bits)
        (v128.store offset=0 (local.get $z) (local.get $t0))
        (local.set $o00 (i32.shl (i32.and (i32.load offset=0 (local.get $z)) (i32.const 511)) (i32.const 4)))
        (local.set $o10 (i32.shl (i32.and (i32.load offset=8 (local.get $z)) (i32.const 511)) (i32.const 4)))
        (local.set $ga0 (v128.load offset=0 (local.get $o00)))
        (local.set $gb0 (v128.load offset=0 (local.get $o10)))
        (local.set $tail0 (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ga0) (local.get $gb0)))
        (local.set $sb0 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ga0) (local.get $gb0)))
        ;; 2^K·2^(j/N)·2^n: the entry's bits + m·2^43
        (local.set $sb0 (i64x2.add (local.get $sb0) (i64x2.shl (local.get $t0) (i32.const 43))))
        (local.set $r20 (f64x2.mul (local.get $r0) (local.get $r0)))
        ;; t_j + (e^r − 1) = t_j + r + r²·(1/2 + r/6 + r²/24)
        (local.set $p0 (f64x2.add (f64x2.add (local.get $tail0) (local.get $r0)) (f64x2.mul (local.get $r20) (f64x2.add (f64x2.add (f64x2.splat (f64.const 0.5)) (f64x2.mul (local.get $r0) (f64x2.splat (f64.const 0.16666666666666666)))) (f64x2.mul (local.get $r20) (f64x2.splat (f64.const 0.041666666666666664)))))))
        (local.set $e0 (f64x2.mul (f64x2.add (local.get $sb0) (f64x2.mul (local.get $sb0) (local.get $p0))) (f64x2.splat (f64.const 5.421010862427522e-20))))
        ;; e0 = 2^(m/N)·(1 + r) ≈ e (relative gap ≤ r²/2 ≈ 2.3e−7): the log table index from it, ready before e
        (local.set $e00 (f64x2.mul (f64x2.add (local.get $sb0) (f64x2.mul (local.get $sb0) (local.get $r0))) (f64x2.splat (f64.const 5.421010862427522e-20))))
        ;; φ′ = 1/(1 + e) where x > 0, e/(1 + e) elsewhere: the numerator is max(e, [x > 0]) (e ≤ 1; NaN stays)
        (local.set $u0 (f64x2.add (f64x2.splat (f64.const 1)) (local.get $e0)))
        (local.set $d0 (f64x2.div (f64x2.pmax (local.get $e0) (v128.and (f64x2.gt (local.get $x0) (f64x2.splat (f64.const 0))) (f64x2.splat (f64.const 1)))) (local.get $u0)))
        ;; φ = max(x, 0) + log1p(e)
        ;; x clamped to 1 for the index, NaN to 1 too: pmin(1, x) = x < 1 ? x : 1
        (local.set $ec0 (f64x2.pmin (f64x2.splat (f64.const 1)) (local.get $e00)))
        (local.set $lt0 (f64x2.add (local.get $ec0) (f64x2.splat (f64.const 13194139533312))))
        (local.set $dd0 (f64x2.sub (local.get $e0) (f64x2.sub (local.get $lt0) (f64x2.splat (f64.const 13194139533312)))))
        ;; the entries at byte offset 32·j, j ≤ M
        (v128.store offset=0 (local.get $dphi) (local.get $lt0))
        (local.set $o00 (i32.shl (i32.load offset=0 (local.get $dphi)) (i32.const 5)))
        (local.set $o10 (i32.shl (i32.load offset=8 (local.get $dphi)) (i32.const 5)))
        (local.set $ga0 (v128.load offset=8192 (local.get $o00)))
        (local.set $gb0 (v128.load offset=8192 (local.get $o10)))
        (local.set $lhi0 (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ga0) (local.get $gb0)))
        (local.set $llo0 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ga0) (local.get $gb0)))
        (local.set $ga0 (v128.load offset=8208 (local.get $o00)))
        (local.set $gb0 (v128.load offset=8208 (local.get $o10)))
        (local.set $ihi0 (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ga0) (local.get $gb0)))
        (local.set $ilo0 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ga0) (local.get $gb0)))
        (local.set $q0 (f64x2.mul (local.get $dd0) (local.get $ihi0)))
        (local.set $q20 (f64x2.mul (local.get $q0) (local.get $q0)))
        ;; P(q) = a0 + a1·q + q²·(a2 + a3·q) ≈ −1/2 + q/3 − q²/4 + q³/5 (economized, log1pCoefficients)
        (local.set $pl0 (f64x2.add (f64x2.add (f64x2.splat (f64.const -0.49999999999998107)) (f64x2.mul (local.get $q0) (f64x2.splat (f64.const 0.33333333333329274)))) (f64x2.mul (local.get $q20) (f64x2.add (f64x2.splat (f64.const -0.2500001589457194)) (f64x2.mul (local.get $q0) (f64x2.splat (f64.const 0.2000001702989851)))))))
        (local.set $lo0 (f64x2.add (f64x2.add (local.get $llo0) (f64x2.mul (local.get $dd0) (local.get $ilo0))) (f64x2.mul (local.get $q20) (local.get $pl0))))
        (local.set $lg0 (f64x2.add (local.get $lhi0) (f64x2.add (local.get $q0) (local.get $lo0))))
        (local.set $phi0 (f64x2.add (f64x2.pmax (local.get $x0) (f64x2.splat (f64.const 0))) (local.get $lg0)))
        ;; e = e^y, y = −|x| (x with its sign bit set), at least −746
        (local.set $y1 (f64x2.pmax (v128.or (local.get $x1) (v128.const i64x2 0x8000000000000000 0x8000000000000000)) (f64x2.splat (f64.const -746))))
        (local.set $t1 (f64x2.add (f64x2.mul (local.get $y1) (f64x2.splat (f64.const 738.6598609351493))) (f64x2.splat (f64.const 6755399441055744))))
        (local.set $kd1 (f64x2.sub (local.get $t1) (f64x2.splat (f64.const 6755399441055744))))
        (local.set $r1 (f64x2.sub (f64x2.sub (local.get $y1) (f64x2.mul (local.get $kd1) (f64x2.splat (f64.const 0.001353803086658445)))) (f64x2.mul (local.get $kd1) (f64x2.splat (f64.const 3.7269822837316166e-13)))))
        ;; the entries at byte offsets 16·j, j = m mod 512 (m = t's low bits)
        (v128.store offset=16 (local.get $z) (local.get $t1))
        (local.set $o01 (i32.shl (i32.and (i32.load offset=16 (local.get $z)) (i32.const 511)) (i32.const 4)))
        (local.set $o11 (i32.shl (i32.and (i32.load offset=24 (local.get $z)) (i32.const 511)) (i32.const 4)))
        (local.set $ga1 (v128.load offset=0 (local.get $o01)))
        (local.set $gb1 (v128.load offset=0 (local.get $o11)))
        (local.set $tail1 (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ga1) (local.get $gb1)))
        (local.set $sb1 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ga1) (local.get $gb1)))
        ;; 2^K·2^(j/N)·2^n: the entry's bits + m·2^43
        (local.set $sb1 (i64x2.add (local.get $sb1) (i64x2.shl (local.get $t1) (i32.const 43))))
        (local.set $r21 (f64x2.mul (local.get $r1) (local.get $r1)))
        ;; t_j + (e^r − 1) = t_j + r + r²·(1/2 + r/6 + r²/24)
        (local.set $p1 (f64x2.add (f64x2.add (local.get $tail1) (local.get $r1)) (f64x2.mul (local.get $r21) (f64x2.add (f64x2.add (f64x2.splat (f64.const 0.5)) (f64x2.mul (local.get $r1) (f64x2.splat (f64.const 0.16666666666666666)))) (f64x2.mul (local.get $r21) (f64x2.splat (f64.const 0.041666666666666664)))))))
        (local.set $e1 (f64x2.mul (f64x2.add (local.get $sb1) (f64x2.mul (local.get $sb1) (local.get $p1))) (f64x2.splat (f64.const 5.421010862427522e-20))))
        ;; e0 = 2^(m/N)·(1 + r) ≈ e (relative gap ≤ r²/2 ≈ 2.3e−7): the log table index from it, ready before e
        (local.set $e01 (f64x2.mul (f64x2.add (local.get $sb1) (f64x2.mul (local.get $sb1) (local.get $r1))) (f64x2.splat (f64.const 5.421010862427522e-20))))
        ;; φ′ = 1/(1 + e) where x > 0, e/(1 + e) elsewhere: the numerator is max(e, [x > 0]) (e ≤ 1; NaN stays)
        (local.set $u1 (f64x2.add (f64x2.splat (f64.const 1)) (local.get $e1)))
        (local.set $d1 (f64x2.div (f64x2.pmax (local.get $e1) (v128.and (f64x2.gt (local.get $x1) (f64x2.splat (f64.const 0))) (f64x2.splat (f64.const 1)))) (local.get $u1)))
        ;; φ = max(x, 0) + log1p(e)
        ;; x clamped to 1 for the index, NaN to 1 too: pmin(1, x) = x < 1 ? x : 1
        (local.set $ec1 (f64x2.pmin (f64x2.splat (f64.const 1)) (local.get $e01)))
        (local.set $lt1 (f64x2.add (local.get $ec1) (f64x2.splat (f64.const 13194139533312))))
        (local.set $dd1 (f64x2.sub (local.get $e1) (f64x2.sub (local.get $lt1) (f64x2.splat (f64.const 13194139533312)))))
        ;; the entries at byte offset 32·j, j ≤ M
        (v128.store offset=16 (local.get $dphi) (local.get $lt1))
        (local.set $o01 (i32.shl (i32.load offset=16 (local.get $dphi)) (i32.const 5)))
        (local.set $o11 (i32.shl (i32.load offset=24 (local.get $dphi)) (i32.const 5)))
        (local.set $ga1 (v128.load offset=8192 (local.get $o01)))
        (local.set $gb1 (v128.load offset=8192 (local.get $o11)))
        (local.set $lhi1 (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ga1) (local.get $gb1)))
        (local.set $llo1 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ga1) (local.get $gb1)))
        (local.set $ga1 (v128.load offset=8208 (local.get $o01)))
        (local.set $gb1 (v128.load offset=8208 (local.get $o11)))
        (local.set $ihi1 (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ga1) (local.get $gb1)))
        (local.set $ilo1 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ga1) (local.get $gb1)))
        (local.set $q1 (f64x2.mul (local.get $dd1) (local.get $ihi1)))
        (local.set $q21 (f64x2.mul (local.get $q1) (local.get $q1)))
        ;; P(q) = a0 + a1·q + q²·(a2 + a3·q) ≈ −1/2 + q/3 − q²/4 + q³/5 (economized, log1pCoefficients)
        (local.set $pl1 (f64x2.add (f64x2.add (f64x2.splat (f64.const -0.49999999999998107)) (f64x2.mul (local.get $q1) (f64x2.splat (f64.const 0.33333333333329274)))) (f64x2.mul (local.get $q21) (f64x2.add (f64x2.splat (f64.const -0.2500001589457194)) (f64x2.mul (local.get $q1) (f64x2.splat (f64.const 0.2000001702989851)))))))
        (local.set $lo1 (f64x2.add (f64x2.add (local.get $llo1) (f64x2.mul (local.get $dd1) (local.get $ilo1))) (f64x2.mul (local.get $q21) (local.get $pl1))))
        (local.set $lg1 (f64x2.add (local.get $lhi1) (f64x2.add (local.get $q1) (local.get $lo1))))
        (local.set $phi1 (f64x2.add (f64x2.pmax (local.get $x1) (f64x2.splat (f64.const 0))) (local.get $lg1)))
        (v128.store offset=0 (local.get $z) (local.get $phi0))
        (v128.store offset=0 (local.get $dphi) (local.get $d0))
        (v128.store offset=16 (local.get $z) (local.get $phi1))
        (v128.store offset=16 (local.get $dphi) (local.get $d1))
        (local.set $z (i32.add (local.get $z) (i32.const 32)))
        (local.set $dphi (i32.add (local.get $dphi) (i32.const 32)))
        (br $groups)))
    (block $done
      (loop $pairs
        (br_if $done (i32.ge_u (local.get $z) (local.get $end2)))
        (local.set $x0 (v128.load (local.get $z)))
        ;; e = e^y, y = −|x| (x with its sign bit set), at least −746
        (local.set $y0 (f64x2.pmax (v128.or (local.get $x0) (v128.const i64x2 0x8000000000000000 0x8000000000000000)) (f64x2.splat (f64.const -746))))
        (local.set $t0 (f64x2.add (f64x2.mul (local.get $y0) (f64x2.splat (f64.const 738.6598609351493))) (f64x2.splat (f64.const 6755399441055744))))
        (local.set $kd0 (f64x2.sub (local.get $t0) (f64x2.splat (f64.const 6755399441055744))))
        (local.set $r0 (f64x2.sub (f64x2.sub (local.get $y0) (f64x2.mul (local.get $kd0) (f64x2.splat (f64.const 0.001353803086658445)))) (f64x2.mul (local.get $kd0) (f64x2.splat (f64.const 3.7269822837316166e-13)))))
        ;; the entries at byte offsets 16·j, j = m mod 512 (m = t's low bits)
        (v128.store offset=0 (local.get $z) (local.get $t0))
        (local.set $o00 (i32.shl (i32.and (i32.load offset=0 (local.get $z)) (i32.const 511)) (i32.const 4)))
        (local.set $o10 (i32.shl (i32.and (i32.load offset=8 (local.get $z)) (i32.const 511)) (i32.const 4)))
        (local.set $ga0 (v128.load offset=0 (local.get $o00)))
        (local.set $gb0 (v128.load offset=0 (local.get $o10)))
        (local.set $tail0 (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ga0) (local.get $gb0)))
        (local.set $sb0 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ga0) (local.get $gb0)))
        ;; 2^K·2^(j/N)·2^n: the entry's bits + m·2^43
        (local.set $sb0 (i64x2.add (local.get $sb0) (i64x2.shl (local.get $t0) (i32.const 43))))
        (local.set $r20 (f64x2.mul (local.get $r0) (local.get $r0)))
        ;; t_j + (e^r − 1) = t_j + r + r²·(1/2 + r/6 + r²/24)
        (local.set $p0 (f64x2.add (f64x2.add (local.get $tail0) (local.get $r0)) (f64x2.mul (local.get $r20) (f64x2.add (f64x2.add (f64x2.splat (f64.const 0.5)) (f64x2.mul (local.get $r0) (f64x2.splat (f64.const 0.16666666666666666)))) (f64x2.mul (local.get $r20) (f64x2.splat (f64.const 0.041666666666666664)))))))
        (local.set $e0 (f64x2.mul (f64x2.add (local.get $sb0) (f64x2.mul (local.get $sb0) (local.get $p0))) (f64x2.splat (f64.const 5.421010862427522e-20))))
        ;; e0 = 2^(m/N)·(1 + r) ≈ e (relative gap ≤ r²/2 ≈ 2.3e−7): the log table index from it, ready before e
        (local.set $e00 (f64x2.mul (f64x2.add (local.get $sb0) (f64x2.mul (local.get $sb0) (local.get $r0))) (f64x2.splat (f64.const 5.421010862427522e-20))))
        ;; φ′ = 1/(1 + e) where x > 0, e/(1 + e) elsewhere: the numerator is max(e, [x > 0]) (e ≤ 1; NaN stays)
        (local.set $u0 (f64x2.add (f64x2.splat (f64.const 1)) (local.get $e0)))
        (local.set $d0 (f64x2.div (f64x2.pmax (local.get $e0) (v128.and (f64x2.gt (local.get $x0) (f64x2.splat (f64.const 0))) (f64x2.splat (f64.const 1)))) (local.get $u0)))
        ;; φ = max(x, 0) + log1p(e)
        ;; x clamped to 1 for the index, NaN to 1 too: pmin(1, x) = x < 1 ? x : 1
        (local.set $ec0 (f64x2.pmin (f64x2.splat (f64.const 1)) (local.get $e00)))
        (local.set $lt0 (f64x2.add (local.get $ec0) (f64x2.splat (f64.const 13194139533312))))
        (local.set $dd0 (f64x2.sub (local.get $e0) (f64x2.sub (local.get $lt0) (f64x2.splat (f64.const 13194139533312)))))
        ;; the entries at byte offset 32·j, j ≤ M
        (v128.store offset=0 (local.get $dphi) (local.get $lt0))
        (local.set $o00 (i32.shl (i32.load offset=0 (local.get $dphi)) (i32.const 5)))
        (local.set $o10 (i32.shl (i32.load offset=8 (local.get $dphi)) (i32.const 5)))
        (local.set $ga0 (v128.load offset=8192 (local.get $o00)))
        (local.set $gb0 (v128.load offset=8192 (local.get $o10)))
        (local.set $lhi0 (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ga0) (local.get $gb0)))
        (local.set $llo0 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ga0) (local.get $gb0)))
        (local.set $ga0 (v128.load offset=8208 (local.get $o00)))
        (local.set $gb0 (v128.load offset=8208 (local.get $o10)))
        (local.set $ihi0 (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ga0) (local.get $gb0)))
        (local.set $ilo0 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ga0) (local.get $gb0)))
        (local.set $q0 (f64x2.mul (local.get $dd0) (local.get $ihi0)))
        (local.set $q20 (f64x2.mul (local.get $q0) (local.get $q0)))
        ;; P(q) = a0 + a1·q + q²·(a2 + a3·q) ≈ −1/2 + q/3 − q²/4 + q³/5 (economized, log1pCoefficients)
        (local.set $pl0 (f64x2.add (f64x2.add (f64x2.splat (f64.const -0.49999999999998107)) (f64x2.mul (local.get $q0) (f64x2.splat (f64.const 0.33333333333329274)))) (f64x2.mul (local.get $q20) (f64x2.add (f64x2.splat (f64.const -0.2500001589457194)) (f64x2.mul (local.get $q0) (f64x2.splat (f64.const 0.2000001702989851)))))))
        (local.set $lo0 (f64x2.add (f64x2.add (local.get $llo0) (f64x2.mul (local.get $dd0) (local.get $ilo0))) (f64x2.mul (local.get $q20) (local.get $pl0))))
        (local.set $lg0 (f64x2.add (local.get $lhi0) (f64x2.add (local.get $q0) (local.get $lo0))))
        (local.set $phi0 (f64x2.add (f64x2.pmax (local.get $x0) (f64x2.splat (f64.const 0))) (local.get $lg0)))
        (v128.store (local.get $z) (local.get $phi0))
        (v128.store (local.get $dphi) (local.get $d0))
        (local.set $z (i32.add (local.get $z) (i32.const 16)))
        (local.set $dphi (i32.add (local.get $dphi) (i32.const 16)))
        (br $pairs)))
    (if (i32.lt_u (local.get $z) (local.get $end))
      (then
        (local.set $x0 (v128.load64_zero (local.get $z)))
        ;; e = e^y, y = −|x| (x with its sign bit set), at least −746
        (local.set $y0 (f64x2.pmax (v128.or (local.get $x0) (v128.const i64x2 0x8000000000000000 0x8000000000000000)) (f64x2.splat (f64.const -746))))
        (local.set $t0 (f64x2.add (f64x2.mul (local.get $y0) (f64x2.splat (f64.const 738.6598609351493))) (f64x2.splat (f64.const 6755399441055744))))
        (local.set $kd0 (f64x2.sub (local.get $t0) (f64x2.splat (f64.const 6755399441055744))))
        (local.set $r0 (f64x2.sub (f64x2.sub (local.get $y0) (f64x2.mul (local.get $kd0) (f64x2.splat (f64.const 0.001353803086658445)))) (f64x2.mul (local.get $kd0) (f64x2.splat (f64.const 3.7269822837316166e-13)))))
        ;; the entries at byte offsets 16·j, j = m mod 512 (m = t's low bits)
        (local.set $o00 (i32.shl (i32.and (i32.wrap_i64 (i64x2.extract_lane 0 (local.get $t0))) (i32.const 511)) (i32.const 4)))
        (local.set $o10 (i32.shl (i32.and (i32.wrap_i64 (i64x2.extract_lane 1 (local.get $t0))) (i32.const 511)) (i32.const 4)))
        (local.set $ga0 (v128.load offset=0 (local.get $o00)))
        (local.set $gb0 (v128.load offset=0 (local.get $o10)))
        (local.set $tail0 (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ga0) (local.get $gb0)))
        (local.set $sb0 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ga0) (local.get $gb0)))
        ;; 2^K·2^(j/N)·2^n: the entry's bits + m·2^43
        (local.set $sb0 (i64x2.add (local.get $sb0) (i64x2.shl (local.get $t0) (i32.const 43))))
        (local.set $r20 (f64x2.mul (local.get $r0) (local.get $r0)))
        ;; t_j + (e^r − 1) = t_j + r + r²·(1/2 + r/6 + r²/24)
        (local.set $p0 (f64x2.add (f64x2.add (local.get $tail0) (local.get $r0)) (f64x2.mul (local.get $r20) (f64x2.add (f64x2.add (f64x2.splat (f64.const 0.5)) (f64x2.mul (local.get $r0) (f64x2.splat (f64.const 0.16666666666666666)))) (f64x2.mul (local.get $r20) (f64x2.splat (f64.const 0.041666666666666664)))))))
        (local.set $e0 (f64x2.mul (f64x2.add (local.get $sb0) (f64x2.mul (local.get $sb0) (local.get $p0))) (f64x2.splat (f64.const 5.421010862427522e-20))))
        ;; e0 = 2^(m/N)·(1 + r) ≈ e (relative gap ≤ r²/2 ≈ 2.3e−7): the log table index from it, ready before e
        (local.set $e00 (f64x2.mul (f64x2.add (local.get $sb0) (f64x2.mul (local.get $sb0) (local.get $r0))) (f64x2.splat (f64.const 5.421010862427522e-20))))
        ;; φ′ = 1/(1 + e) where x > 0, e/(1 + e) elsewhere: the numerator is max(e, [x > 0]) (e ≤ 1; NaN stays)
        (local.set $u0 (f64x2.add (f64x2.splat (f64.const 1)) (local.get $e0)))
        (local.set $d0 (f64x2.div (f64x2.pmax (local.get $e0) (v128.and (f64x2.gt (local.get $x0) (f64x2.splat (f64.const 0))) (f64x2.splat (f64.const 1)))) (local.get $u0)))
        ;; φ = max(x, 0) + log1p(e)
        ;; x clamped to 1 for the index, NaN to 1 too: pmin(1, x) = x < 1 ? x : 1
        (local.set $ec0 (f64x2.pmin (f64x2.splat (f64.const 1)) (local.get $e00)))
        (local.set $lt0 (f64x2.add (local.get $ec0) (f64x2.splat (f64.const 13194139533312))))
        (local.set $dd0 (f64x2.sub (local.get $e0) (f64x2.sub (local.get $lt0) (f64x2.splat (f64.const 13194139533312)))))
        ;; the entries at byte offset 32·j, j ≤ M
        (local.set $o00 (i32.shl (i32.wrap_i64 (i64x2.extract_lane 0 (local.get $lt0))) (i32.const 5)))
        (local.set $o10 (i32.shl (i32.wrap_i64 (i64x2.extract_lane 1 (local.get $lt0))) (i32.const 5)))
        (local.set $ga0 (v128.load offset=8192 (local.get $o00)))
        (local.set $gb0 (v128.load offset=8192 (local.get $o10)))
        (local.set $lhi0 (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ga0) (local.get $gb0)))
        (local.set $llo0 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ga0) (local.get $gb0)))
        (local.set $ga0 (v128.load offset=8208 (local.get $o00)))
        (local.set $gb0 (v128.load offset=8208 (local.get $o10)))
        (local.set $ihi0 (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ga0) (local.get $gb0)))
        (local.set $ilo0 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ga0) (local.get $gb0)))
        (local.set $q0 (f64x2.mul (local.get $dd0) (local.get $ihi0)))
        (local.set $q20 (f64x2.mul (local.get $q0) (local.get $q0)))
        ;; P(q) = a0 + a1·q + q²·(a2 + a3·q) ≈ −1/2 + q/3 − q²/4 + q³/5 (economized, log1pCoefficients)
        (local.set $pl0 (f64x2.add (f64x2.add (f64x2.splat (f64.const -0.49999999999998107)) (f64x2.mul (local.get $q0) (f64x2.splat (f64.const 0.33333333333329274)))) (f64x2.mul (local.get $q20) (f64x2.add (f64x2.splat (f64.const -0.2500001589457194)) (f64x2.mul (local.get $q0) (f64x2.splat (f64.const 0.2000001702989851)))))))
        (local.set $lo0 (f64x2.add (f64x2.add (local.get $llo0) (f64x2.mul (local.get $dd0) (local.get $ilo0))) (f64x2.mul (local.get $q20) (local.get $pl0))))
        (local.set $lg0 (f64x2.add (local.get $lhi0) (f64x2.add (local.get $q0) (local.get $lo0))))
        (local.set $phi0 (f64x2.add (f64x2.pmax (local.get $x0) (f64x2.splat (f64.const 0))) (local.get $lg0)))
        (v128.store64_lane 0 (local.get $z) (local.get $phi0))
        (v128.store64_lane 0 (local.get $dphi) (local.get $d0)))))

  ;; dphi[p] ← softplus′(z[p]) (the sigmoid), z[p] ← softplus′(z[p])² for p < len: the pass above without the log1p
  ;; (the same bits for φ′). The Monte Carlo moments of Σ(C) for softplus need only φ′ and its square.
  (func (export "softplus_derivative_pass") (param $z i32) (param $dphi i32) (param $len i32)
    (local $end i32) (local $end2 i32) (local $endU i32) (local $x0 v128) (local $y0 v128) (local $e0 v128) (local $e00 v128) (local $u0 v128) (local $lg0 v128) (local $phi0 v128) (local $d0 v128) (local $t0 v128) (local $kd0 v128) (local $r0 v128) (local $r20 v128) (local $tail0 v128) (local $sb0 v128) (local $p0 v128) (local $n10 v128) (local $ga0 v128) (local $gb0 v128) (local $ec0 v128) (local $lt0 v128) (local $dd0 v128) (local $lhi0 v128) (local $llo0 v128) (local $ihi0 v128) (local $ilo0 v128) (local $q0 v128) (local $q20 v128) (local $pl0 v128) (local $lo0 v128) (local $o00 i32) (local $o10 i32) (local $x1 v128) (local $y1 v128) (local $e1 v128) (local $e01 v128) (local $u1 v128) (local $lg1 v128) (local $phi1 v128) (local $d1 v128) (local $t1 v128) (local $kd1 v128) (local $r1 v128) (local $r21 v128) (local $tail1 v128) (local $sb1 v128) (local $p1 v128) (local $n11 v128) (local $ga1 v128) (local $gb1 v128) (local $ec1 v128) (local $lt1 v128) (local $dd1 v128) (local $lhi1 v128) (local $llo1 v128) (local $ihi1 v128) (local $ilo1 v128) (local $q1 v128) (local $q21 v128) (local $pl1 v128) (local $lo1 v128) (local $o01 i32) (local $o11 i32)
    (local.set $end (i32.add (local.get $z) (i32.shl (local.get $len) (i32.const 3))))
    (local.set $end2 (i32.add (local.get $z) (i32.shl (i32.and (local.get $len) (i32.const -2)) (i32.const 3))))
    (local.set $endU (i32.add (local.get $z) (i32.shl (i32.and (local.get $len) (i32.const -4)) (i32.const 3))))
    (block $doneU
      (loop $groups
        (br_if $doneU (i32.ge_u (local.get $z) (local.get $endU)))
        (local.set $x0 (v128.load offset=0 (local.get $z)))
        (local.set $x1 (v128.load offset=16 (local.get $z)))
        ;; e = e^y, y = −|x| (x with its sign bit set), at least −746
        (local.set $y0 (f64x2.pmax (v128.or (local.get $x0) (v128.const i64x2 0x8000000000000000 0x8000000000000000)) (f64x2.splat (f64.const -746))))
        (local.set $t0 (f64x2.add (f64x2.mul (local.get $y0) (f64x2.splat (f64.const 738.6598609351493))) (f64x2.splat (f64.const 6755399441055744))))
        (local.set $kd0 (f64x2.sub (local.get $t0) (f64x2.splat (f64.const 6755399441055744))))
        (local.set $r0 (f64x2.sub (f64x2.sub (local.get $y0) (f64x2.mul (local.get $kd0) (f64x2.splat (f64.const 0.001353803086658445)))) (f64x2.mul (local.get $kd0) (f64x2.splat (f64.const 3.7269822837316166e-13)))))
        ;; the entries at byte offsets 16·j, j = m mod 512 (m = t's low bits)
        (v128.store offset=0 (local.get $z) (local.get $t0))
        (local.set $o00 (i32.shl (i32.and (i32.load offset=0 (local.get $z)) (i32.const 511)) (i32.const 4)))
        (local.set $o10 (i32.shl (i32.and (i32.load offset=8 (local.get $z)) (i32.const 511)) (i32.const 4)))
        (local.set $ga0 (v128.load offset=0 (local.get $o00)))
        (local.set $gb0 (v128.load offset=0 (local.get $o10)))
        (local.set $tail0 (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ga0) (local.get $gb0)))
        (local.set $sb0 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ga0) (local.get $gb0)))
        ;; 2^K·2^(j/N)·2^n: the entry's bits + m·2^43
        (local.set $sb0 (i64x2.add (local.get $sb0) (i64x2.shl (local.get $t0) (i32.const 43))))
        (local.set $r20 (f64x2.mul (local.get $r0) (local.get $r0)))
        ;; t_j + (e^r − 1) = t_j + r + r²·(1/2 + r/6 + r²/24)
        (local.set $p0 (f64x2.add (f64x2.add (local.get $tail0) (local.get $r0)) (f64x2.mul (local.get $r20) (f64x2.add (f64x2.add (f64x2.splat (f64.const 0.5)) (f64x2.mul (local.get $r0) (f64x2.splat (f64.const 0.16666666666666666)))) (f64x2.mul (local.get $r20) (f64x2.splat (f64.const 0.041666666666666664)))))))
        (local.set $e0 (f64x2.mul (f64x2.add (local.get $sb0) (f64x2.mul (local.get $sb0) (local.get $p0))) (f64x2.splat (f64.const 5.421010862427522e-20))))
        ;; φ′ = 1/(1 + e) where x > 0, e/(1 + e) elsewhere: the numerator is max(e, [x > 0]) (e ≤ 1; NaN stays)
        (local.set $u0 (f64x2.add (f64x2.splat (f64.const 1)) (local.get $e0)))
        (local.set $d0 (f64x2.div (f64x2.pmax (local.get $e0) (v128.and (f64x2.gt (local.get $x0) (f64x2.splat (f64.const 0))) (f64x2.splat (f64.const 1)))) (local.get $u0)))
        ;; φ′² beside it
        (local.set $phi0 (f64x2.mul (local.get $d0) (local.get $d0)))
        ;; e = e^y, y = −|x| (x with its sign bit set), at least −746
        (local.set $y1 (f64x2.pmax (v128.or (local.get $x1) (v128.const i64x2 0x8000000000000000 0x8000000000000000)) (f64x2.splat (f64.const -746))))
        (local.set $t1 (f64x2.add (f64x2.mul (local.get $y1) (f64x2.splat (f64.const 738.6598609351493))) (f64x2.splat (f64.const 6755399441055744))))
        (local.set $kd1 (f64x2.sub (local.get $t1) (f64x2.splat (f64.const 6755399441055744))))
        (local.set $r1 (f64x2.sub (f64x2.sub (local.get $y1) (f64x2.mul (local.get $kd1) (f64x2.splat (f64.const 0.001353803086658445)))) (f64x2.mul (local.get $kd1) (f64x2.splat (f64.const 3.7269822837316166e-13)))))
        ;; the entries at byte offsets 16·j, j = m mod 512 (m = t's low bits)
        (v128.store offset=16 (local.get $z) (local.get $t1))
        (local.set $o01 (i32.shl (i32.and (i32.load offset=16 (local.get $z)) (i32.const 511)) (i32.const 4)))
        (local.set $o11 (i32.shl (i32.and (i32.load offset=24 (local.get $z)) (i32.const 511)) (i32.const 4)))
        (local.set $ga1 (v128.load offset=0 (local.get $o01)))
        (local.set $gb1 (v128.load offset=0 (local.get $o11)))
        (local.set $tail1 (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ga1) (local.get $gb1)))
        (local.set $sb1 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ga1) (local.get $gb1)))
        ;; 2^K·2^(j/N)·2^n: the entry's bits + m·2^43
        (local.set $sb1 (i64x2.add (local.get $sb1) (i64x2.shl (local.get $t1) (i32.const 43))))
        (local.set $r21 (f64x2.mul (local.get $r1) (local.get $r1)))
        ;; t_j + (e^r − 1) = t_j + r + r²·(1/2 + r/6 + r²/24)
        (local.set $p1 (f64x2.add (f64x2.add (local.get $tail1) (local.get $r1)) (f64x2.mul (local.get $r21) (f64x2.add (f64x2.add (f64x2.splat (f64.const 0.5)) (f64x2.mul (local.get $r1) (f64x2.splat (f64.const 0.16666666666666666)))) (f64x2.mul (local.get $r21) (f64x2.splat (f64.const 0.041666666666666664)))))))
        (local.set $e1 (f64x2.mul (f64x2.add (local.get $sb1) (f64x2.mul (local.get $sb1) (local.get $p1))) (f64x2.splat (f64.const 5.421010862427522e-20))))
        ;; φ′ = 1/(1 + e) where x > 0, e/(1 + e) elsewhere: the numerator is max(e, [x > 0]) (e ≤ 1; NaN stays)
        (local.set $u1 (f64x2.add (f64x2.splat (f64.const 1)) (local.get $e1)))
        (local.set $d1 (f64x2.div (f64x2.pmax (local.get $e1) (v128.and (f64x2.gt (local.get $x1) (f64x2.splat (f64.const 0))) (f64x2.splat (f64.const 1)))) (local.get $u1)))
        ;; φ′² beside it
        (local.set $phi1 (f64x2.mul (local.get $d1) (local.get $d1)))
        (v128.store offset=0 (local.get $z) (local.get $phi0))
        (v128.store offset=0 (local.get $dphi) (local.get $d0))
        (v128.store offset=16 (local.get $z) (local.get $phi1))
        (v128.store offset=16 (local.get $dphi) (local.get $d1))
        (local.set $z (i32.add (local.get $z) (i32.const 32)))
        (local.set $dphi (i32.add (local.get $dphi) (i32.const 32)))
        (br $groups)))
    (block $done
      (loop $pairs
        (br_if $done (i32.ge_u (local.get $z) (local.get $end2)))
        (local.set $x0 (v128.load (local.get $z)))
        ;; e = e^y, y = −|x| (x with its sign bit set), at least −746
        (local.set $y0 (f64x2.pmax (v128.or (local.get $x0) (v128.const i64x2 0x8000000000000000 0x8000000000000000)) (f64x2.splat (f64.const -746))))
        (local.set $t0 (f64x2.add (f64x2.mul (local.get $y0) (f64x2.splat (f64.const 738.6598609351493))) (f64x2.splat (f64.const 6755399441055744))))
        (local.set $kd0 (f64x2.sub (local.get $t0) (f64x2.splat (f64.const 6755399441055744))))
        (local.set $r0 (f64x2.sub (f64x2.sub (local.get $y0) (f64x2.mul (local.get $kd0) (f64x2.splat (f64.const 0.001353803086658445)))) (f64x2.mul (local.get $kd0) (f64x2.splat (f64.const 3.7269822837316166e-13)))))
        ;; the entries at byte offsets 16·j, j = m mod 512 (m = t's low bits)
        (v128.store offset=0 (local.get $z) (local.get $t0))
        (local.set $o00 (i32.shl (i32.and (i32.load offset=0 (local.get $z)) (i32.const 511)) (i32.const 4)))
        (local.set $o10 (i32.shl (i32.and (i32.load offset=8 (local.get $z)) (i32.const 511)) (i32.const 4)))
        (local.set $ga0 (v128.load offset=0 (local.get $o00)))
        (local.set $gb0 (v128.load offset=0 (local.get $o10)))
        (local.set $tail0 (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ga0) (local.get $gb0)))
        (local.set $sb0 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ga0) (local.get $gb0)))
        ;; 2^K·2^(j/N)·2^n: the entry's bits + m·2^43
        (local.set $sb0 (i64x2.add (local.get $sb0) (i64x2.shl (local.get $t0) (i32.const 43))))
        (local.set $r20 (f64x2.mul (local.get $r0) (local.get $r0)))
        ;; t_j + (e^r − 1) = t_j + r + r²·(1/2 + r/6 + r²/24)
        (local.set $p0 (f64x2.add (f64x2.add (local.get $tail0) (local.get $r0)) (f64x2.mul (local.get $r20) (f64x2.add (f64x2.add (f64x2.splat (f64.const 0.5)) (f64x2.mul (local.get $r0) (f64x2.splat (f64.const 0.16666666666666666)))) (f64x2.mul (local.get $r20) (f64x2.splat (f64.const 0.041666666666666664)))))))
        (local.set $e0 (f64x2.mul (f64x2.add (local.get $sb0) (f64x2.mul (local.get $sb0) (local.get $p0))) (f64x2.splat (f64.const 5.421010862427522e-20))))
        ;; φ′ = 1/(1 + e) where x > 0, e/(1 + e) elsewhere: the numerator is max(e, [x > 0]) (e ≤ 1; NaN stays)
        (local.set $u0 (f64x2.add (f64x2.splat (f64.const 1)) (local.get $e0)))
        (local.set $d0 (f64x2.div (f64x2.pmax (local.get $e0) (v128.and (f64x2.gt (local.get $x0) (f64x2.splat (f64.const 0))) (f64x2.splat (f64.const 1)))) (local.get $u0)))
        ;; φ′² beside it
        (local.set $phi0 (f64x2.mul (local.get $d0) (local.get $d0)))
        (v128.store (local.get $z) (local.get $phi0))
        (v128.store (local.get $dphi) (local.get $d0))
        (local.set $z (i32.add (local.get $z) (i32.const 16)))
        (local.set $dphi (i32.add (local.get $dphi) (i32.const 16)))
        (br $pairs)))
    (if (i32.lt_u (local.get $z) (local.get $end))
      (then
        (local.set $x0 (v128.load64_zero (local.get $z)))
        ;; e = e^y, y = −|x| (x with its sign bit set), at least −746
        (local.set $y0 (f64x2.pmax (v128.or (local.get $x0) (v128.const i64x2 0x8000000000000000 0x8000000000000000)) (f64x2.splat (f64.const -746))))
        (local.set $t0 (f64x2.add (f64x2.mul (local.get $y0) (f64x2.splat (f64.const 738.6598609351493))) (f64x2.splat (f64.const 6755399441055744))))
        (local.set $kd0 (f64x2.sub (local.get $t0) (f64x2.splat (f64.const 6755399441055744))))
        (local.set $r0 (f64x2.sub (f64x2.sub (local.get $y0) (f64x2.mul (local.get $kd0) (f64x2.splat (f64.const 0.001353803086658445)))) (f64x2.mul (local.get $kd0) (f64x2.splat (f64.const 3.7269822837316166e-13)))))
        ;; the entries at byte offsets 16·j, j = m mod 512 (m = t's low bits)
        (local.set $o00 (i32.shl (i32.and (i32.wrap_i64 (i64x2.extract_lane 0 (local.get $t0))) (i32.const 511)) (i32.const 4)))
        (local.set $o10 (i32.shl (i32.and (i32.wrap_i64 (i64x2.extract_lane 1 (local.get $t0))) (i32.const 511)) (i32.const 4)))
        (local.set $ga0 (v128.load offset=0 (local.get $o00)))
        (local.set $gb0 (v128.load offset=0 (local.get $o10)))
        (local.set $tail0 (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $ga0) (local.get $gb0)))
        (local.set $sb0 (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $ga0) (local.get $gb0)))
        ;; 2^K·2^(j/N)·2^n: the entry's bits + m·2^43
        (local.set $sb0 (i64x2.add (local.get $sb0) (i64x2.shl (local.get $t0) (i32.const 43))))
        (local.set $r20 (f64x2.mul (local.get $r0) (local.get $r0)))
        ;; t_j + (e^r − 1) = t_j + r + r²·(1/2 + r/6 + r²/24)
        (local.set $p0 (f64x2.add (f64x2.add (local.get $tail0) (local.get $r0)) (f64x2.mul (local.get $r20) (f64x2.add (f64x2.add (f64x2.splat (f64.const 0.5)) (f64x2.mul (local.get $r0) (f64x2.splat (f64.const 0.16666666666666666)))) (f64x2.mul (local.get $r20) (f64x2.splat (f64.const 0.041666666666666664)))))))
        (local.set $e0 (f64x2.mul (f64x2.add (local.get $sb0) (f64x2.mul (local.get $sb0) (local.get $p0))) (f64x2.splat (f64.const 5.421010862427522e-20))))
        ;; φ′ = 1/(1 + e) where x > 0, e/(1 + e) elsewhere: the numerator is max(e, [x > 0]) (e ≤ 1; NaN stays)
        (local.set $u0 (f64x2.add (f64x2.splat (f64.const 1)) (local.get $e0)))
        (local.set $d0 (f64x2.div (f64x2.pmax (local.get $e0) (v128.and (f64x2.gt (local.get $x0) (f64x2.splat (f64.const 0))) (f64x2.splat (f64.const 1)))) (local.get $u0)))
        ;; φ′² beside it
        (local.set $phi0 (f64x2.mul (local.get $d0) (local.get $d0)))
        (v128.store64_lane 0 (local.get $z) (local.get $phi0))
        (v128.store64_lane 0 (local.get $dphi) (local.get $d0)))))

  ;; out[p] = e^{x[p]} and out[p] = log1p(x[p]) for p < len: the vectorised functions as array kernels (tests)
  (func (export "exp_f64") (param $x i32) (param $out i32) (param $len i32)
    (local $end i32) (local $end2 i32)
    (local.set $end (i32.add (local.get $x) (i32.shl (local.get $len) (i32.const 3))))
    (local.set $end2 (i32.add (local.get $x) (i32.shl (i32.and (local.get $len) (i32.const -2)) (i32.const 3))))
    (block $done
      (loop $pairs
        (br_if $done (i32.ge_u (local.get $x) (local.get $end2)))
        (v128.store (local.get $out) (call $exp_v (v128.load (local.get $x))))
        (local.set $x (i32.add (local.get $x) (i32.const 16)))
        (local.set $out (i32.add (local.get $out) (i32.const 16)))
        (br $pairs)))
    (if (i32.lt_u (local.get $x) (local.get $end))
      (then (v128.store64_lane 0 (local.get $out) (call $exp_v (v128.load64_zero (local.get $x)))))))

  (func (export "log1p_f64") (param $x i32) (param $out i32) (param $len i32)
    (local $end i32) (local $end2 i32)
    (local.set $end (i32.add (local.get $x) (i32.shl (local.get $len) (i32.const 3))))
    (local.set $end2 (i32.add (local.get $x) (i32.shl (i32.and (local.get $len) (i32.const -2)) (i32.const 3))))
    (block $done
      (loop $pairs
        (br_if $done (i32.ge_u (local.get $x) (local.get $end2)))
        (v128.store (local.get $out) (call $log1p_v (v128.load (local.get $x))))
        (local.set $x (i32.add (local.get $x) (i32.const 16)))
        (local.set $out (i32.add (local.get $out) (i32.const 16)))
        (br $pairs)))
    (if (i32.lt_u (local.get $x) (local.get $end))
      (then (v128.store64_lane 0 (local.get $out) (call $log1p_v (v128.load64_zero (local.get $x)))))))
)
