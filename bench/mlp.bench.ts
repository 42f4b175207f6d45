import { evaluateMlp, initMlp, loadMnist, Rng, trainMlp, withKernelBackend } from '../src/index';
import { measure, report } from './harness';

/**
 * The MNIST MLP at the li2019-mnist notebook's size (1,000 pooled digits, 196 pixels, width 256, 10 classes): one SGD
 * epoch (batch 32, momentum 0.9) and one evaluation of all 1,000 images, through the kernels and through the plain JS
 * loops (the `js` backend, which is the code the MLP had before the kernels). Both routes must end with the same
 * weights bit for bit, else the benchmark fails.
 */
export function mlpBenchmarks(): void {
  const train = loadMnist({ perDigit: 100, offset: 0, pool: 2 });
  const d = train.X.columns;
  const epoch = () => {
    const w = initMlp(d, 256, 10, new Rng(1));
    trainMlp(w, train.X, train.labels, { epochs: 1, batchSize: 32, learningRate: 0.05, momentum: 0.9, rng: new Rng(2) });
    return w;
  };
  const fast = withKernelBackend('wasm', epoch);
  const plain = withKernelBackend('js', epoch);
  if (!fast.W.every((x, p) => Object.is(x, plain.W[p])) || !fast.V.every((x, p) => Object.is(x, plain.V[p]))) throw new Error('MLP: the kernels and the plain loops trained different weights');
  const rows = [
    measure({ name: 'one SGD epoch, kernels (≡ plain loops bit for bit)', repeats: 5, run: () => withKernelBackend('wasm', epoch) }),
    measure({ name: 'one SGD epoch, plain JS loops (baseline)', repeats: 3, run: () => withKernelBackend('js', epoch) }),
    measure({ name: 'evaluate 1,000 images, kernels', repeats: 20, run: () => withKernelBackend('wasm', () => evaluateMlp(fast, train.X, train.labels)) }),
    measure({ name: 'evaluate 1,000 images, plain JS loops (baseline)', repeats: 10, run: () => withKernelBackend('js', () => evaluateMlp(fast, train.X, train.labels)) }),
  ];
  report(`MNIST MLP, n = ${train.X.rows}, d = ${d}, width 256, 10 classes`, rows, (r) => (r === rows[0] ? rows[1] : r === rows[2] ? rows[3] : undefined));
}
