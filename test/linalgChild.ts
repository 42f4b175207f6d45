/**
 * Run by test/linalg.test.ts in a child process (its environment chooses the backend and OpenBLAS's core type): the
 * kernels and decompositions on fixed inputs, printed as one JSON line.
 */
import { gemmNT, gemmTNAccumulate, linalgBackend, Rng, singularValues, symmetricEigenvalues, toFlat } from '../src/index';

const rng = new Rng(7);
const A = toFlat(rng.normalMatrix(70, 45));
const B = toFlat(rng.normalMatrix(50, 45));
const C = toFlat(rng.normalMatrix(70, 50));
const G = new Float64Array(50 * 45);
gemmTNAccumulate(C, A, 70, 50, 45, G);
const gram = gemmNT(A, A, 70, 70, 45);
const M = rng.normalMatrix(60, 35);
console.log(
  JSON.stringify({
    info: linalgBackend(),
    product: Array.from(gemmNT(A, B, 70, 50, 45)),
    accumulated: Array.from(G),
    gram: Array.from(gram),
    eigenvalues: Array.from(symmetricEigenvalues(gram, 70)),
    singularValues: Array.from(singularValues(M)),
  }),
);
