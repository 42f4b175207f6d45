import { spectrumBenchmarks } from './spectrum.bench';

/** `npm run bench`: every benchmark, printed as Markdown tables. Timings are medians of repeated runs on this machine. */
console.log(`# labelnoise benchmarks (node ${process.version}, ${new Date().toISOString()})`);
spectrumBenchmarks();
