import { Matrix, EigenvalueDecomposition } from 'ml-matrix';
import {
  makeClusterable,
  networkJacobian,
  Rng,
  singularValuesFromGram,
  symmetricEigen,
  topSingularTriplets,
  TwoLayerNet,
  type LinearOperator,
} from '../src/index';
import { measure, record, report, SHORT_CASE_WARMUPS, withBaselines } from './harness';

/**
 * Jacobian spectrum benchmarks (issue 4), fixed sizes and seed 1, softplus, d = 20, k = 100 (p = k·d = 2000):
 * - full spectrum, n = 1000: Gram by the Hadamard formula vs explicit J then J·Jᵀ (ml-matrix), each + eigendecomposition;
 * - top-20 singular values of a 10,000-row Jacobian: Lanczos on JVP/VJP vs Lanczos on products with the explicit J.
 * Every pair is also checked to agree, so a fast wrong answer cannot pass as a speed-up.
 */
function problem(n: number) {
  const rng = new Rng(1);
  const data = makeClusterable({ d: 20, clusters: 10, perCluster: n / 10, classLabels: [-1, 1], epsilon0: 0.2 }, rng.fork('data'));
  const net = new TwoLayerNet({ inputDim: 20, width: 100, activation: 'softplus' });
  return { X: data.X, net, W: net.initialWeights(rng.fork('init')) };
}

function explicitOperator(J: Matrix): LinearOperator {
  const Jt = J.transpose();
  return {
    rows: J.rows,
    columns: J.columns,
    matvec: (x) => Float64Array.from(J.mmul(Matrix.columnVector(Array.from(x))).to1DArray()),
    rmatvec: (y) => Float64Array.from(Jt.mmul(Matrix.columnVector(Array.from(y))).to1DArray()),
  };
}

function maxRelativeGap(a: number[], b: number[]): number {
  return Math.max(...a.map((x, i) => Math.abs(x - b[i]) / b[0]));
}

export function spectrumBenchmarks(): void {
  const small = problem(1000);
  const op = networkJacobian(small.net, small.W, small.X);
  const J = op.explicit();
  const viaHadamard = singularValuesFromGram(op.gram());
  const viaExplicit = singularValuesFromGram(J.mmul(J.transpose()));
  const gap = maxRelativeGap(viaHadamard.slice(0, 50), viaExplicit.slice(0, 50));
  if (gap > 1e-10) throw new Error(`full-spectrum routes disagree by ${gap}`);
  const gram = op.gram();
  const gramFlat = op.gramFlat();
  // as a tracker along a trajectory would: a new 8-MB array per call costs its page faults (timed on the next line)
  const gramOut = new Float64Array(1000 * 1000);
  const full = [
    record(
      'gram',
      measure({
        name: 'Gram JJᵀ, Hadamard formula (n=1000), toolkit gramFlat(out) into one reused array',
        repeats: 20,
        warmup: SHORT_CASE_WARMUPS,
        run: () => op.gramFlat(gramOut),
      }),
    ),
    measure({
      name: 'Gram JJᵀ, Hadamard formula (n=1000), toolkit gramFlat() into a new array per call',
      repeats: 20,
      warmup: SHORT_CASE_WARMUPS,
      run: () => op.gramFlat(),
    }),
    ...(withBaselines()
      ? [
          measure({
            name: 'Gram JJᵀ, explicit J then J·Jᵀ (baseline, ml-matrix)',
            repeats: 3,
            run: () => {
              const Jx = op.explicit();
              return Jx.mmul(Jx.transpose());
            },
          }),
        ]
      : []),
    record(
      'gram_eig',
      measure({
        name: 'eigendecomposition of the 1000×1000 Gram (values + vectors), toolkit symmetricEigen()',
        repeats: 3,
        run: () => symmetricEigen(gramFlat, 1000),
      }),
    ),
    ...(withBaselines()
      ? [
          measure({
            name: 'eigendecomposition, ml-matrix EigenvalueDecomposition (baseline)',
            repeats: 1,
            warmup: false,
            run: () => new EigenvalueDecomposition(gram, { assumeSymmetric: true }),
          }),
        ]
      : []),
  ];
  report(`Full Gram spectrum, n = 1000, p = 2000 (top-50 routes agree to ${gap.toExponential(1)})`, full, (r) =>
    withBaselines() && r === full[0] ? full[1] : withBaselines() && r === full[2] ? full[3] : undefined,
  );

  const big = problem(10_000);
  const bigOp = networkJacobian(big.net, big.W, big.X);
  const bigJ = bigOp.explicit();
  const freeTop = topSingularTriplets(bigOp, 20);
  const explicitTop = topSingularTriplets(explicitOperator(bigJ), 20);
  const topGap = maxRelativeGap(freeTop.values, explicitTop.values);
  if (topGap > 1e-8 || !freeTop.converged) throw new Error(`top-20 routes disagree by ${topGap} (converged: ${freeTop.converged})`);
  const top = [
    record('lanczos', measure({ name: 'top-20 σ, Lanczos on JVP/VJP (10,000 × 2000)', repeats: 3, run: () => topSingularTriplets(bigOp, 20) })),
    ...(withBaselines()
      ? [
          measure({
            name: 'top-20 σ, Lanczos on explicit J (baseline, excl. forming J)',
            repeats: 3,
            run: () => topSingularTriplets(explicitOperator(bigJ), 20),
          }),
          measure({ name: 'forming the explicit 10,000 × 2000 J', repeats: 3, run: () => bigOp.explicit() }),
        ]
      : []),
  ];
  report(`Top-20 singular values of a 10,000-row Jacobian (${freeTop.steps} Lanczos steps; routes agree to ${topGap.toExponential(1)})`, top, (r) =>
    withBaselines() && r === top[0] ? top[1] : undefined,
  );
}
