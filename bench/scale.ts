import { linalgBackend, makeClusterable, networkJacobian, Rng, singularValuesFromGram, TwoLayerNet } from '../src/index';

/**
 * `npx tsx bench/scale.ts [n]`: the exact spectrum of an n×n Jacobian Gram (default 10,000; Li et al. 2019 Table 1 at
 * the paper's size), timed in its two parts: forming JJᵀ (Hadamard formula, dsyrk) and all its eigenvalues (dsyevd).
 */
const n = Number(process.argv[2] ?? 10_000);
const rng = new Rng(1);
const data = makeClusterable({ d: 20, clusters: 10, perCluster: n / 10, classLabels: [-1, 1], epsilon0: 0.2 }, rng.fork('data'));
const net = new TwoLayerNet({ inputDim: 20, width: 100, activation: 'softplus' });
const op = networkJacobian(net, net.initialWeights(rng.fork('init')), data.X);
const start = process.hrtime.bigint();
const gram = op.gramFlat();
const formed = process.hrtime.bigint();
const values = singularValuesFromGram(gram, n);
const done = process.hrtime.bigint();
const ms = (a: bigint, b: bigint) => (Number(b - a) / 1e6).toFixed(0);
console.log(JSON.stringify(linalgBackend()));
console.log(`n = ${n}: Gram ${ms(start, formed)} ms, eigenvalues ${ms(formed, done)} ms, total ${ms(start, done)} ms; σ_max = ${values[0].toPrecision(6)}, σ_min = ${values[n - 1].toExponential(3)}`);
