import { evaluateMlp, initMlp, kernelBackend, loadMnist, Rng, trainMlp, withKernelBackend } from '../src/index';
import { measure, record, relativeGap, report, SHORT_CASE_WARMUPS, withBaselines } from './harness';

/**
 * The MNIST MLP at the li2019-mnist notebook's size (1,000 pooled digits, 196 pixels, width 256, 10 classes): one SGD
 * epoch (batch 32, momentum 0.9) and one evaluation of all 1,000 images, on the backend in use and through the plain JS
 * loops (the `js` backend, the code the MLP had before the kernels). The wasm kernels reproduce the plain loops bit for
 * bit; BLAS sums in another order, so the routes must agree to 1e-10 relative after the epoch, else the benchmark fails.
 */
export function mlpBenchmarks(): void {
  const train = loadMnist({ perDigit: 100, offset: 0, pool: 2 });
  const d = train.X.columns;
  const epoch = () => {
    const w = initMlp(d, 256, 10, new Rng(1));
    trainMlp(w, train.X, train.labels, { epochs: 1, batchSize: 32, learningRate: 0.05, momentum: 0.9, rng: new Rng(2) });
    return w;
  };
  const inUse = kernelBackend();
  const fast = epoch();
  const plain = withKernelBackend('js', epoch);
  const gap = Math.max(relativeGap(fast.W, plain.W), relativeGap(fast.V, plain.V));
  if (!(gap <= 1e-10)) throw new Error(`MLP: the ${inUse} backend and the plain loops trained weights ${gap} apart`);
  const rows = [
    record('mlp_epoch', measure({ name: `one SGD epoch, kernels (backend ${inUse}; ≡ plain loops to ${gap.toExponential(1)})`, repeats: 5, run: epoch })),
    ...(withBaselines() ? [measure({ name: 'one SGD epoch, plain JS loops (baseline)', repeats: 3, run: () => withKernelBackend('js', epoch) })] : []),
    record(
      'mlp_eval',
      measure({
        name: `evaluate 1,000 images, kernels (backend ${inUse})`,
        repeats: 20,
        warmup: SHORT_CASE_WARMUPS,
        run: () => evaluateMlp(fast, train.X, train.labels),
      }),
    ),
    ...(withBaselines()
      ? [
          measure({
            name: 'evaluate 1,000 images, plain JS loops (baseline)',
            repeats: 10,
            run: () => withKernelBackend('js', () => evaluateMlp(fast, train.X, train.labels)),
          }),
        ]
      : []),
  ];
  const baselineOf = (r: (typeof rows)[number]) => (withBaselines() ? rows[rows.indexOf(r) + 1] : undefined);
  report(`MNIST MLP, n = ${train.X.rows}, d = ${d}, width 256, 10 classes`, rows, (r) => (r.name.includes('baseline') ? undefined : baselineOf(r)));
}
