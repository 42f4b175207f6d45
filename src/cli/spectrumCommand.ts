import { writeFileSync } from 'node:fs';
import { parseSpectrumConfig } from '../experiment/spectrumConfig';
import { runSpectrumExperiment } from '../experiment/spectrumExperiment';
import { checkEstimate, estimateTraining, problemSize } from '../experiment/budget';
import { MAX_GRAM_ROWS } from '../experiment/spectrumConfig';
import { ValidationError } from '../core/errors';
import { checkOutputFile, readConfigArgs } from './files';
import { toJson } from './json';

export const SPECTRUM_HELP = `Usage: labelnoise spectrum --config FILE.json [--out FILE] [--quiet]

Jacobian spectrum of the two-layer network on corrupted clusterable data (Li et al. 2019 Fig. 5 / Table 1 analogue),
at initialisation and, when the config has "training", after GD. For each Jacobian it writes JSON with the
singular values, how many exceed fraction × the largest, the measured Assumption-1 constants α, β, ε on the
cluster subspace S+, its diffusedness γ, and the residual energies E+ = ‖Π_{S+}r‖, E− = ‖Π_{S−}r‖.

Config: "seed", "data", "corruption", "network" as for \`labelnoise gd\`, optional "training": {"steps", "stepSize"},
and "spectrum": {
  "jacobians": ["scalar", "allClasses", "correctClass"]   (default ["scalar"]; the last two use a K̄-output net)
  "method": "gram" | "lanczos"   (gram: every singular value, rows ≤ 5000; lanczos: the top ones, matrix-free)
  "top": 20, "fraction": 0.1 }
See configs/spectrum.json.

Options:
  --config FILE  experiment configuration (JSON)
  --out FILE     write the JSON there instead of standard output
  --quiet        no progress lines on stderr
  --allow-long   run even when the estimated time exceeds an hour (never past the memory estimate)

Exit codes: 0 done, 2 bad input (the message names the field), 1 run failure.`;

export function spectrumCommand(argv: string[]): void {
  const { json, out, quiet, allowLong } = readConfigArgs(argv);
  const config = parseSpectrumConfig(json);
  const multi = config.spectrum.jacobians.some((j) => j !== 'scalar');
  const classes = config.data.classLabels.length;
  checkEstimate(
    estimateTraining({
      data: config.data,
      network: config.network,
      steps: config.training?.steps ?? 0,
      stepSize: config.training?.stepSize,
      recordEvery: Math.max(1, config.training?.steps ?? 1),
      outputs: multi ? classes : 1,
    }),
    { allowLong },
  );
  if (config.spectrum.method === 'gram') {
    // the Gram route's row limit, checked before any work rather than after the data and the first spectra
    const { n } = problemSize(config.data);
    for (const layout of config.spectrum.jacobians) {
      const rows = layout === 'allClasses' ? n * classes : n;
      if (rows > MAX_GRAM_ROWS)
        throw new ValidationError(
          'config.spectrum.method',
          `the ${layout} Jacobian has ${rows} rows; the Gram route stops at ${MAX_GRAM_ROWS} (use "lanczos")`,
        );
    }
  }
  if (out !== undefined) checkOutputFile(out);
  const result = runSpectrumExperiment(config, (message) => quiet || process.stderr.write(`${message}\n`));
  const text = toJson(result) + '\n';
  if (out !== undefined) writeFileSync(out, text);
  else process.stdout.write(text);
}
