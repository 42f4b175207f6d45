import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseGdConfig } from '../experiment/gdConfig';
import { runGdExperiment, trajectoryCsv } from '../experiment/gdExperiment';
import { estimateTraining, checkEstimate } from '../experiment/budget';
import { checkOutputDir, readConfigArgs } from './files';
import { toJson } from './json';

export const GD_HELP = `Usage: labelnoise gd --config FILE.json [--out DIR] [--quiet]

Runs full-batch gradient descent on corrupted clusterable data (Li et al. 2019, Def. 1.1/1.2) with the
two-layer network f(W,x) = vᵀφ(Wx), and writes:
  DIR/result.json     configuration, data summary, step size, trajectory, checkpoints,
                      per-sample losses (clean vs corrupted) and the early-stopping result
  DIR/trajectory.csv  step,loss,distance,errorNoisy,errorTrue
Prints the training error at each checkpoint against the noisy and the true labels.

Options:
  --config FILE  experiment configuration (JSON); see configs/fig6.json for every field
  --out DIR      output folder (default: out/<config name>)
  --quiet        no progress lines on stderr
  --allow-long   run even when the estimated time exceeds an hour (a config that cannot fit in memory is
                 always refused)
  --help         this text

Before running, the memory and time the config needs are estimated; an impossible or hours-long config is
refused with the field and the estimate. Gradient descent that blows up (the loss grows by 1e6× over its start or
stops being finite) stops with the step size named.
Exit codes: 0 done, 2 bad input (the message names the field), 1 run failure (e.g. divergence).`;

function pct(x: number): string {
  return `${(100 * x).toFixed(2)}%`;
}

export function gdCommand(argv: string[]): void {
  const { configPath, json, out, quiet, allowLong } = readConfigArgs(argv);
  const config = parseGdConfig(json);
  checkEstimate(
    estimateTraining({
      data: config.data,
      network: config.network,
      steps: config.training.steps,
      stepSize: config.training.stepSize,
      recordEvery: config.training.recordEvery,
      checkpoints: config.training.checkpoints.length,
      trackers: 4,
      heldOutPerCluster: config.earlyStopping?.rule === 'heldOut' ? config.earlyStopping.perCluster : 0,
    }),
    { allowLong },
  );
  const outDir = out ?? join('out', basename(configPath).replace(/\.json$/i, ''));
  checkOutputDir(outDir);

  const started = Date.now();
  let lastDecile = -1;
  const result = runGdExperiment(config, ({ step, steps, loss }) => {
    const decile = steps === 0 ? 10 : Math.floor((10 * step) / steps);
    if (quiet || decile === lastDecile) return;
    lastDecile = decile;
    process.stderr.write(`step ${step}/${steps}  loss ${loss.toPrecision(6)}  (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'result.json'), toJson(result) + '\n');
  writeFileSync(join(outDir, 'trajectory.csv'), trajectoryCsv(result));

  const d = result.data;
  console.log(`n=${d.n} d=${d.d} K=${d.clusters} eps0=${d.epsilon0} (${d.inputs})  width=${result.network.width} ${result.network.activation}`);
  console.log(
    `corruption: ${pct(d.corruptionFraction)} chosen, ${pct(d.flippedFraction)} flipped  step size ${result.stepSize.value.toPrecision(6)} (${result.stepSize.rule})`,
  );
  console.log('step      train error (noisy labels)   train error (true labels)   ‖W−W0‖_F   mean loss clean / corrupted');
  for (const c of result.checkpoints) {
    console.log(
      `${String(c.step).padEnd(9)} ${pct(c.errorNoisy).padStart(12)}                 ${pct(c.errorTrue).padStart(12)}             ${c.distance.toFixed(3).padStart(8)}   ${c.meanLossClean?.toPrecision(4) ?? '—'} / ${c.meanLossCorrupted?.toPrecision(4) ?? '—'}`,
    );
  }
  if (result.earlyStop) {
    const e = result.earlyStop;
    console.log(
      `early stop (${e.rule}) at step ${e.step}: error ${pct(e.errorNoisy)} (noisy) ${pct(e.errorTrue)} (true)${e.heldOutError !== undefined ? `, held-out ${pct(e.heldOutError)}` : ''}`,
    );
  }
  console.log(`wrote ${join(outDir, 'result.json')} and ${join(outDir, 'trajectory.csv')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
