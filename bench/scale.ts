import { linalgBackend, makeClusterable, networkJacobian, Rng, singularValuesFromGram, TwoLayerNet } from '../src/index';

/**
 * `npx tsx bench/scale.ts [n]`: the exact spectrum of an n×n Jacobian Gram (default 10,000; Li et al. 2019 Table 1 at
 * the paper's size), two ways: JacobianOperator.gramSingularValues() (the nonzero part from the 2000×2000 JᵀJ, the
 * rest exactly 0: rank J ≤ k·d) and, with `--direct`, forming the n×n JJᵀ and all its eigenvalues (dsyev_2stage).
 */
const n = Number(process.argv.find((a, i) => i >= 2 && /^\d+$/.test(a)) ?? 10_000);
const rng = new Rng(1);
const data = makeClusterable({ d: 20, clusters: 10, perCluster: n / 10, classLabels: [-1, 1], epsilon0: 0.2 }, rng.fork('data'));
const net = new TwoLayerNet({ inputDim: 20, width: 100, activation: 'softplus' });
const op = networkJacobian(net, net.initialWeights(rng.fork('init')), data.X);
const ms = (a: bigint, b: bigint) => (Number(b - a) / 1e6).toFixed(0);
const t0 = process.hrtime.bigint();
const viaSmall = op.gramSingularValues();
const t1 = process.hrtime.bigint();
console.log(
  `n = ${n}: all ${viaSmall.length} singular values of J (eigenvalues of JJᵀ = σ²) via JᵀJ in ${ms(t0, t1)} ms; σ_max = ${viaSmall[0].toPrecision(6)}, ${viaSmall.filter((x) => x > 0.1 * viaSmall[0]).length} above 0.1·σ_max`,
);
if (!process.argv.includes('--direct')) process.exit(0);
const start = process.hrtime.bigint();
const gram = op.gramFlat();
const formed = process.hrtime.bigint();
const values = singularValuesFromGram(gram, n);
const done = process.hrtime.bigint();
console.log(JSON.stringify(linalgBackend()));
console.log(
  `n = ${n}: Gram ${ms(start, formed)} ms, eigenvalues ${ms(formed, done)} ms, total ${ms(start, done)} ms; σ_max = ${values[0].toPrecision(6)}, σ_min = ${values[n - 1].toExponential(3)}`,
);
