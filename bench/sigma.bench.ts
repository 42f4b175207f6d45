import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { activation, bivariateNormalExpectation, fromFlat, Rng, sigma, symmetricEigen, toFlat } from '../src/index';
import { measure, record, relativeGap, report, SHORT_CASE_WARMUPS, withBaselines, type CaseId, type BenchResult } from './harness';

/**
 * Σ(C) for K = 100 random unit centers in R^50 (seed 1) by each method, against plain reference routes:
 * - closed form (ReLU) vs the same formula entry by entry over ml-matrix C·Cᵀ;
 * - Gauss–Hermite (softplus, 128 + 96 nodes) vs the un-factored 2-D rule (φ'(u) inside the inner sum);
 * - Monte Carlo (softplus, 20,000 draws) vs ml-matrix products Z = G·Cᵀ, Φ'ᵀΦ'.
 * Each pair must agree (closed/quadrature to 1e-12 relative; Monte Carlo from the same draws to 1e-12). The toolkit's
 * times include what sigma() always computes besides Σ (eigenvalues, ‖C‖): for the closed form that is most of it.
 */
function centers(): Matrix {
  const rng = new Rng(1);
  const C = new Matrix(100, 50);
  for (let i = 0; i < 100; i++) C.setRow(i, Array.from(rng.unitSphere(50)));
  return C;
}

function closedReference(C: Matrix): Matrix {
  const gram = C.mmul(C.transpose());
  return gram.clone().apply(function (this: Matrix, i: number, j: number) {
    // correlation of the two rows (the rows are unit only to round-off, which arccos would amplify near ρ = 1)
    const rho = Math.max(-1, Math.min(1, gram.get(i, j) / Math.sqrt(gram.get(i, i) * gram.get(j, j))));
    this.set(i, j, (gram.get(i, j) * (Math.PI - Math.acos(rho))) / (2 * Math.PI));
  });
}

function quadratureReference(C: Matrix): Matrix {
  const act = activation('softplus');
  const gram = C.mmul(C.transpose());
  const S = new Matrix(C.rows, C.rows);
  const g = (u: number, v: number) => act.dphi(u) * act.dphi(v);
  for (let i = 0; i < C.rows; i++)
    for (let j = i; j < C.rows; j++) {
      const value = gram.get(i, j) * bivariateNormalExpectation(g, 1, 1, gram.get(i, j), 128);
      bivariateNormalExpectation(g, 1, 1, gram.get(i, j), 96); // the coarse rule the error estimate also needs
      S.set(i, j, value);
      S.set(j, i, value);
    }
  return S;
}

function monteCarloReference(C: Matrix, samples: number): Matrix {
  const act = activation('softplus');
  const draws = new Rng(0)
    .fork('sigma-montecarlo')
    .normalStream()
    .fill(new Float64Array(samples * C.columns));
  const G = fromFlat(draws, samples, C.columns);
  const D = G.mmul(C.transpose());
  D.apply(function (this: Matrix, i: number, j: number) {
    this.set(i, j, act.dphi(D.get(i, j)));
  });
  return D.transpose().mmul(D).div(samples).mul(C.mmul(C.transpose()));
}

export function sigmaBenchmarks(): void {
  const C = centers();
  const rows: BenchResult[] = [];
  const pairs: [BenchResult, BenchResult][] = [];
  const cases = [
    {
      id: 'sigma_closed' as CaseId,
      label: 'closed form (ReLU)',
      ours: () => sigma(C, 'relu', { method: 'closed' }).sigma,
      reference: () => closedReference(C),
      tolerance: 1e-12,
      repeats: 20, // a millisecond: a median of 3 is mostly JIT tier-up and noise
      warmup: SHORT_CASE_WARMUPS,
    },
    {
      id: 'sigma_quad' as CaseId,
      label: 'Gauss–Hermite 128² + 96² (softplus)',
      ours: () => sigma(C, 'softplus', { method: 'quadrature' }).sigma,
      reference: () => quadratureReference(C),
      tolerance: 1e-12,
      repeats: 3,
      warmup: 1,
    },
    {
      id: 'sigma_mc' as CaseId,
      label: 'Monte Carlo, 20,000 draws (softplus)',
      ours: () => sigma(C, 'softplus', { method: 'montecarlo', samples: 20000 }).sigma,
      reference: () => monteCarloReference(C, 20000),
      tolerance: 1e-12,
      repeats: 10, // its kernels take a few calls to reach steady speed (JIT tiers, the helper thread, WebAssembly memory)
      warmup: 1,
    },
  ];
  for (const c of cases) {
    const gap = relativeGap(toFlat(c.ours()), toFlat(c.reference()));
    if (!(gap <= c.tolerance)) throw new Error(`Σ(C) ${c.label}: toolkit and reference differ by ${gap}`);
    const ours = record(
      c.id,
      measure({
        name: `${c.label}: toolkit sigma(), incl. its eigenvalues and ‖C‖ (≡ reference to ${gap.toExponential(1)})`,
        repeats: c.repeats,
        warmup: c.warmup,
        run: c.ours,
      }),
    );
    rows.push(ours);
    if (withBaselines()) {
      const reference = measure({ name: `${c.label}: reference route (baseline)`, repeats: 1, warmup: false, run: c.reference });
      rows.push(reference);
      pairs.push([ours, reference]);
    }
  }
  const S = cases[0].ours();
  rows.push(
    record(
      'sigma_eig',
      measure({
        name: 'eigendecomposition of the 100×100 Σ(C) (λ(C), κ(C)), values + vectors, toolkit symmetricEigen()',
        repeats: 20,
        warmup: SHORT_CASE_WARMUPS,
        run: () => symmetricEigen(S),
      }),
    ),
  );
  if (withBaselines())
    rows.push(
      measure({
        name: '100×100 eigendecomposition, ml-matrix EigenvalueDecomposition (baseline)',
        repeats: 5,
        run: () => new EigenvalueDecomposition(S, { assumeSymmetric: true }),
      }),
    );
  report('Σ(C) for K = 100 centers in R^50', rows, (r) => pairs.find(([ours]) => ours === r)?.[1]);
}
