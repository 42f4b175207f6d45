import { writeFileSync } from 'node:fs';
import { gdBenchmarks } from './gd.bench';
import { mlpBenchmarks } from './mlp.bench';
import { sigmaBenchmarks } from './sigma.bench';
import { spectrumBenchmarks } from './spectrum.bench';
import { CASE_IDS, recorded, selected } from './harness';
import { linalgBackend } from '../src/index';

/**
 * `npm run bench`: every benchmark, printed as Markdown tables. Timings are medians of repeated runs on this machine.
 * `npm run bench -- --json FILE` also writes, per case id (CASE_IDS), the toolkit's median ms and the backend that ran
 * it; `--no-baselines` skips the slow reference routes (plain JS loops, plain ml-matrix); `--only id,id,…` runs only
 * the benchmark groups holding those case ids (and, of the GD group, only the listed steps and the Fig. 6 run if listed).
 */
const jsonAt = process.argv.indexOf('--json');
const jsonFile = jsonAt >= 0 ? process.argv[jsonAt + 1] : undefined;
if (jsonAt >= 0 && (jsonFile === undefined || jsonFile.startsWith('--'))) throw new Error('--json needs a file name');
const info = linalgBackend();
const library = info.library
  ? `, ${info.library.blas} + ${info.library.lapack}, ${info.library.core === 'MKL' ? info.library.config : `OpenBLAS core ${info.library.core} (${info.library.coreSource})`}`
  : '';
console.log(`# labelnoise benchmarks (node ${process.version}, ${new Date().toISOString()}, kernels: ${info.backend}, ${info.threads} threads${library})`);
if (selected('gd_step_relu', 'gd_step_softplus', 'fig6')) gdBenchmarks();
if (selected('gram', 'gram_eig', 'lanczos')) spectrumBenchmarks();
if (selected('sigma_closed', 'sigma_quad', 'sigma_mc', 'sigma_eig')) sigmaBenchmarks();
if (selected('mlp_epoch', 'mlp_eval')) mlpBenchmarks();
if (jsonFile !== undefined) {
  const cases = recorded();
  const missing = CASE_IDS.filter((id) => selected(id) && !cases.has(id));
  if (missing.length > 0) throw new Error(`bench: no timing recorded for ${missing.join(', ')}`);
  const out: Record<string, unknown> = { _meta: { node: process.version, time: new Date().toISOString(), ...info } };
  for (const id of CASE_IDS) if (cases.has(id)) out[id] = cases.get(id);
  writeFileSync(jsonFile, JSON.stringify(out, null, 1) + '\n');
  console.log(`wrote ${jsonFile}`);
}
