import { Matrix } from 'ml-matrix';
import { CorruptedData } from '../data/corruption';
import { ValidationError } from '../core/errors';
import { DEFAULT_DIVERGENCE_FACTOR, gradientDescent } from '../train/gd';
import { jacobianNormSquared } from '../jacobian/explicit';
import { JacobianOperator, multiOutputJacobian, networkJacobian } from '../jacobian/operator';
import { leastSquares } from '../models/losses';
import { balancedOutputMatrix, multiOutputGradientDescent, oneHotTargets } from '../train/multiOutput';
import { countAbove, singularValuesFromGram, topSingularTriplets } from '../linalg/spectrum';
import { bimodalConstants, jacobianRowSubspace, residualEnergies } from '../jacobian/subspaces';
import { JacobianLayout, MAX_GRAM_ROWS, SpectrumExperimentConfig } from './spectrumConfig';
import { buildProblem, DataSummary, resolveStepSize, summarizeData } from './sections';

export interface JacobianSpectrum {
  layout: JacobianLayout;
  rows: number;
  columns: number;
  method: 'gram' | 'lanczos';
  /** All singular values (gram) or the top ones (lanczos), descending. */
  singularValues: number[];
  fraction: number;
  /** Singular values above fraction × the largest. */
  countAbove: number;
  /** True when only the top values were computed and all of them exceed the threshold: the true count may be larger. */
  countIsLowerBound: boolean;
  lanczos?: { converged: boolean; steps: number; maxResidual: number };
  /** Assumption-1 constants on S+ (rows grouped by cluster and output) and its diffusedness. */
  alpha: number;
  beta: number;
  epsilon: number;
  gamma: number;
  subspaceDimension: number;
  /** ‖Π_{S+} r‖, ‖Π_{S−} r‖ of the residual r = f − (training targets) at these weights. */
  ePlus: number;
  eMinus: number;
}

export interface SpectrumStage {
  stage: 'initialization' | 'trained';
  step: number;
  jacobians: JacobianSpectrum[];
}

export interface SpectrumExperimentResult {
  config: SpectrumExperimentConfig;
  data: DataSummary;
  network: { width: number; activation: string; outputs: number };
  stepSize?: { scalar?: { rule: string; c: number | null; value: number }; multiOutput?: { rule: string; c: number | null; value: number } };
  stages: SpectrumStage[];
}

function analyze(
  op: JacobianOperator,
  layout: JacobianLayout,
  targets: Float64Array,
  data: CorruptedData,
  spec: SpectrumExperimentConfig['spectrum'],
): JacobianSpectrum {
  const minDim = Math.min(op.rows, op.columns);
  let singularValues: number[];
  let lanczos: JacobianSpectrum['lanczos'];
  if (spec.method === 'gram') {
    if (op.rows > MAX_GRAM_ROWS) {
      throw new ValidationError(
        'config.spectrum.method',
        `the ${layout} Jacobian has ${op.rows} rows; the Gram route stops at ${MAX_GRAM_ROWS} (use "lanczos")`,
      );
    }
    singularValues = singularValuesFromGram(op.gram()).slice(0, minDim);
  } else {
    const top = topSingularTriplets(op, Math.min(spec.top, minDim));
    singularValues = top.values;
    lanczos = { converged: top.converged, steps: top.steps, maxResidual: Math.max(...top.residuals) };
  }
  const count = countAbove(singularValues, spec.fraction);
  const subspace = jacobianRowSubspace(op, data.cluster);
  const constants = bimodalConstants(op, subspace);
  const residual = op.predictions().map((f, r) => f - targets[r]);
  return {
    layout,
    rows: op.rows,
    columns: op.columns,
    method: spec.method,
    singularValues,
    fraction: spec.fraction,
    countAbove: count,
    countIsLowerBound: spec.method === 'lanczos' && count === singularValues.length && singularValues.length < minDim,
    ...(lanczos ? { lanczos } : {}),
    alpha: constants.alpha,
    beta: constants.beta,
    epsilon: constants.epsilon,
    gamma: constants.gamma,
    subspaceDimension: constants.dimension,
    ...residualEnergies(subspace, residual),
  };
}

/** Jacobian spectra and Assumption-1 constants at W0 and, with `training`, after GD (Li et al. 2019 Fig. 5 / Table 1 analogue). */
export function runSpectrumExperiment(config: SpectrumExperimentConfig, log: (message: string) => void = () => {}): SpectrumExperimentResult {
  const { rng, data, net, W0 } = buildProblem(config);
  const classes = data.classLabels.length;
  const layouts = config.spectrum.jacobians;
  const multi = layouts.some((l) => l !== 'scalar');
  const V = multi ? balancedOutputMatrix(classes, net.k, rng.fork('outputs')) : undefined;

  const targets = {
    scalar: data.labels,
    allClasses: oneHotTargets(data.noisyClass, classes),
    correctClass: new Float64Array(data.X.rows).fill(1),
  };
  const operators = (Ws: Matrix, Wm: Matrix) =>
    layouts.map((layout) => ({
      layout,
      op:
        layout === 'scalar'
          ? networkJacobian(net, Ws, data.X)
          : multiOutputJacobian({ activation: net.activation, W: Wm, X: data.X, outputs: V as Matrix, rows: layout, labels: data.noisyClass }),
    }));
  const stage = (name: SpectrumStage['stage'], step: number, Ws: Matrix, Wm: Matrix): SpectrumStage => {
    log(`${name}: spectra of ${layouts.join(', ')}`);
    return { stage: name, step, jacobians: operators(Ws, Wm).map(({ layout, op }) => analyze(op, layout, targets[layout], data, config.spectrum)) };
  };

  const result: SpectrumExperimentResult = {
    config,
    data: summarizeData(data),
    network: { width: net.k, activation: net.activation.name, outputs: multi ? classes : 1 },
    stages: [stage('initialization', 0, W0, W0)],
  };
  const training = config.training;
  if (training) {
    result.stepSize = {};
    let Ws = W0;
    let Wm = W0;
    if (layouts.includes('scalar')) {
      const eta = resolveStepSize(training.stepSize, {
        centers: data.centers,
        n: data.X.rows,
        jacobianNormSquared: () => jacobianNormSquared(net, W0, data.X),
      });
      result.stepSize.scalar = eta;
      log(`training the scalar network: ${training.steps} steps, η = ${eta.value.toPrecision(4)}`);
      Ws = gradientDescent({
        net,
        X: data.X,
        labels: data.labels,
        loss: leastSquares(),
        initialWeights: W0,
        stepSize: eta.value,
        steps: training.steps,
        divergenceFactor: DEFAULT_DIVERGENCE_FACTOR,
      }).weights;
    }
    if (multi) {
      // the all-classes Jacobian has n·K̄ rows: Lanczos top-1 is cheaper than its Gram's eigendecomposition
      const allClasses = multiOutputJacobian({ activation: net.activation, W: W0, X: data.X, outputs: V as Matrix, rows: 'allClasses' });
      const eta = resolveStepSize(training.stepSize, {
        centers: data.centers,
        n: data.X.rows,
        jacobianNormSquared: () => topSingularTriplets(allClasses, 1).values[0] ** 2,
      });
      result.stepSize.multiOutput = eta;
      log(`training the ${classes}-output network: ${training.steps} steps, η = ${eta.value.toPrecision(4)}`);
      Wm = multiOutputGradientDescent({
        activation: net.activation,
        W0,
        X: data.X,
        outputs: V as Matrix,
        targets: targets.allClasses,
        stepSize: eta.value,
        steps: training.steps,
      }).weights;
    }
    result.stages.push(stage('trained', training.steps, Ws, Wm));
  }
  return result;
}
