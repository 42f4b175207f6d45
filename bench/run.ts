import { gdBenchmarks } from './gd.bench';
import { mlpBenchmarks } from './mlp.bench';
import { sigmaBenchmarks } from './sigma.bench';
import { spectrumBenchmarks } from './spectrum.bench';
import { kernelBackend } from '../src/index';

/** `npm run bench`: every benchmark, printed as Markdown tables. Timings are medians of repeated runs on this machine. */
console.log(`# labelnoise benchmarks (node ${process.version}, ${new Date().toISOString()}, kernels: ${kernelBackend()})`);
gdBenchmarks();
spectrumBenchmarks();
sigmaBenchmarks();
mlpBenchmarks();
