import { ACTIVATION_NAMES } from '../models/activations';
import { ValidationError } from '../core/errors';
import { readMatrixFile } from '../io/matrixFile';
import {
  DEFAULT_MONTE_CARLO_SAMPLES,
  DEFAULT_QUADRATURE_NODES,
  MAX_QUADRATURE_NODES,
  reluSeparationCheck,
  sigma,
  SIGMA_METHODS,
  SigmaMethod,
} from '../theory/sigma';
import { parseArgs } from './args';
import { ASSUMED_FLOPS, formatSeconds, MAX_SECONDS } from '../experiment/budget';
import { toJson } from './json';

export const SIGMA_HELP = `Usage: labelnoise sigma --centers C.csv|C.json --activation NAME [--method METHOD] [options]

Computes the neural-net cluster covariance Σ(C) = (CCᵀ) ⊙ E_g[φ'(Cg)φ'(Cg)ᵀ] (Li et al. 2019 Def. 2.1) and prints
JSON: Σ, its eigenvalues, λ(C) = λ_min, ‖C‖, κ(C) = √(d/K)·‖C‖/λ(C), the method and its error estimate.
For ReLU it also reports the separation bound λ(C) ≥ ν/(100K²) with both sides.

Options:
  --centers FILE   K×d centers: CSV (one row per line, no header) or JSON (array of rows, or {"centers": [...]})
  --activation     ${ACTIVATION_NAMES.join(' | ')} (smoothedLeakyRelu also needs --gamma and --H)
  --method         closed | quadrature | montecarlo (default: closed if available, else quadrature, else montecarlo)
  --nodes N        Gauss–Hermite nodes per axis (default ${DEFAULT_QUADRATURE_NODES}, at most ${MAX_QUADRATURE_NODES})
  --samples M      Monte Carlo draws (default ${DEFAULT_MONTE_CARLO_SAMPLES})
  --seed S         Monte Carlo seed (default 0)
  --gamma, --H     smoothed leaky ReLU parameters
  --allow-long     run even when the estimated time exceeds an hour

Closed forms: relu, gaussianDerivative, linear. Quadrature: softplus, tanh, gaussianDerivative, linear.
κ(C) is "Infinity" when λ(C) is zero up to round-off (e.g. duplicate centers).
Exit codes: 0 done, 2 bad input (bad CSV/JSON, ragged or zero rows, unknown activation or method).`;

function numberOption(value: string | true | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const x = Number(value);
  if (value === true || value.trim() === '' || !Number.isFinite(x)) throw new ValidationError(`--${name}`, `expected a number, got ${JSON.stringify(value)}`);
  return x;
}

export function sigmaCommand(argv: string[]): void {
  const { options, positional } = parseArgs(argv, ['centers', 'activation', 'method', 'nodes', 'samples', 'seed', 'gamma', 'H'], ['allow-long']);
  if (positional.length > 0) throw new ValidationError(positional[0], 'unexpected argument');
  const path = options.get('centers');
  if (typeof path !== 'string') throw new ValidationError('--centers', 'is required');
  const name = options.get('activation');
  if (typeof name !== 'string') throw new ValidationError('--activation', 'is required');
  const method = options.get('method') as string | undefined;
  if (method !== undefined && !SIGMA_METHODS.includes(method as SigmaMethod)) {
    throw new ValidationError('--method', `unknown method "${method}"; known: ${SIGMA_METHODS.join(', ')}`);
  }
  const samples = numberOption(options.get('samples'), 'samples');
  if (samples !== undefined && samples > Number.MAX_SAFE_INTEGER)
    throw new ValidationError('--samples', `expected at most ${Number.MAX_SAFE_INTEGER} draws, got ${samples}`);
  const centers = readMatrixFile(path, 'centers');
  if (samples !== undefined && options.get('allow-long') !== true) {
    // each draw costs a K×d product and K² accumulations
    const seconds = (samples * (2 * centers.rows * centers.columns + 3 * centers.rows ** 2)) / ASSUMED_FLOPS;
    if (seconds > MAX_SECONDS)
      throw new ValidationError(
        '--samples',
        `${samples} Monte Carlo draws would take ≈ ${formatSeconds(seconds)} (estimated at ${ASSUMED_FLOPS / 1e9} GFLOP/s); pass --allow-long to run anyway`,
      );
  }
  const activation = name === 'smoothedLeakyRelu' ? { name, gamma: numberOption(options.get('gamma'), 'gamma'), H: numberOption(options.get('H'), 'H') } : name;
  const result = sigma(centers, activation as never, {
    method: method as SigmaMethod | undefined,
    nodes: numberOption(options.get('nodes'), 'nodes'),
    samples,
    seed: options.get('seed') as string | undefined,
  });
  const output = {
    activation: result.activation,
    method: result.method,
    K: centers.rows,
    d: centers.columns,
    sigma: result.sigma.to2DArray(),
    eigenvalues: result.eigenvalues,
    lambda: result.lambda,
    centerNorm: result.centerNorm,
    kappa: result.kappa,
    singular: result.singular,
    errorEstimate: result.errorEstimate,
    ...(result.standardErrors ? { standardErrors: result.standardErrors.to2DArray() } : {}),
    ...(result.nodes ? { nodes: result.nodes } : {}),
    ...(result.samples ? { samples: result.samples } : {}),
    notes: result.notes,
    ...(result.activation === 'relu' ? { reluSeparationBound: reluSeparationCheck(centers, result) } : {}),
  };
  console.log(toJson(output));
}
