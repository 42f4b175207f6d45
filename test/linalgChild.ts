/**
 * Run by test/linalg.test.ts in a child process (its environment chooses the backend, the BLAS library and OpenBLAS's
 * core type): the kernels and decompositions on fixed inputs, printed as one JSON line.
 */
import { gemmNT, gemmTNAccumulate, linalgBackend, Rng, singularValues, spectralNormOf, symmetricEigen, symmetricEigenvalues, toFlat } from '../src/index';
import { symmetricHadamardGram } from '../src/linalg/kernels';

const rng = new Rng(7);
const A = toFlat(rng.normalMatrix(70, 45));
const B = toFlat(rng.normalMatrix(50, 45));
const C = toFlat(rng.normalMatrix(70, 50));
const G = new Float64Array(50 * 45);
gemmTNAccumulate(C, A, 70, 50, 45, G);
const gram = gemmNT(A, A, 70, 70, 45);
const M = rng.normalMatrix(60, 35);
// order 310: the eigensolver's column-major route, whose vectors are transposed back in place by the library
const S = gemmNT(toFlat(rng.normalMatrix(310, 40)), toFlat(rng.normalMatrix(310, 40)), 310, 310, 40);
for (let i = 0; i < 310; i++) for (let j = 0; j < i; j++) S[i * 310 + j] = S[j * 310 + i] = (S[i * 310 + j] + S[j * 310 + i]) / 2;
const eig = symmetricEigen(S, 310);
let residual = 0;
let scale = 0;
for (let i = 0; i < 310; i++) {
  for (let c = 0; c < 310; c += 7) {
    let s = 0;
    for (let j = 0; j < 310; j++) s += S[i * 310 + j] * eig.vectors.get(j, c);
    residual = Math.max(residual, Math.abs(s - eig.values[c] * eig.vectors.get(i, c)));
  }
  for (let j = 0; j < 310; j++) scale = Math.max(scale, Math.abs(S[i * 310 + j]));
}
console.log(
  JSON.stringify({
    info: linalgBackend(),
    product: Array.from(gemmNT(A, B, 70, 50, 45)),
    accumulated: Array.from(G),
    gram: Array.from(gram),
    hadamardGram: Array.from(symmetricHadamardGram(toFlat(rng.normalMatrix(130, 30)), toFlat(rng.normalMatrix(130, 9)), 130, 30, 9)),
    eigenvalues: Array.from(symmetricEigenvalues(gram, 70)),
    eigenvalues310: Array.from(eig.values),
    eigenResidual310: residual / scale,
    singularValues: Array.from(singularValues(M)),
    spectralNorm: [spectralNormOf(M)],
  }),
);
