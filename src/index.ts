/**
 * labelnoise — the core toolkit: data models, networks, losses, gradient-descent dynamics, Jacobian spectra, Σ(C)
 * and the bound-check type. It needs only ml-matrix and seedrandom at run time.
 *
 * Other entry points: `labelnoise/papers` (code that exists for one paper), `labelnoise/notebook` (display helpers
 * for tslab notebooks: figures, tables, verdicts, progress).
 */

// Matrices (re-exported so a script needs one import).
export { Matrix, EigenvalueDecomposition } from 'ml-matrix';

// Core: errors, seeded randomness, special functions, quadrature, small reductions.
export { ValidationError } from './core/errors';
export { MissingPackageError } from './core/optional';
export { Rng } from './core/random';
export { NormalStream } from './core/normalStream';
export { erf, erfc, normalCdf, normalSurvival, normalQuantile } from './core/special';
export { gaussHermite, gaussLegendre, bivariateNormalExpectation, bivariateProductExpectation, type QuadratureRule } from './core/quadrature';
export { norm2, normInf, mean, maxOf, minOf, subtract } from './core/vector';

// Linear algebra: flat views, the dense kernels and their backend (blas | wasm | js), decompositions, operators, spectra.
export { toFlat, fromFlat, multiplyTransposed } from './linalg/flat';
export { gemmNT, gemmNTInto, gemmSequential, gemmTNAccumulate, reluForward, scaledTNAccumulate, type ForwardPass } from './linalg/kernels';
export {
  kernelBackend,
  setKernelBackend,
  withKernelBackend,
  kernelThreads,
  setKernelThreads,
  availableKernelBackends,
  linalgBackend,
  type KernelBackend,
  type LinalgBackendInfo,
} from './linalg/wasm/runtime';
export { symmetricEigenvalues, symmetricEigen, singularValues, thinSvd, spectralNormOf, type SymmetricEigen, type ThinSvd } from './linalg/dense';
export { type NativeLibraryInfo } from './linalg/native/blas';
export { bufferedTrainingPass, reluTrainingPass, type TrainingPass } from './linalg/trainingPass';
export { weightedSum, type LinearOperator } from './linalg/linearOperator';
export { singularValuesFromGram, countAbove, topSingularTriplets, type SingularTriplets } from './linalg/spectrum';

// Models: activations, losses, the two-layer network, the MLP, decisions.
export {
  activation,
  relu,
  softplus,
  tanh,
  gaussianDerivative,
  linear,
  smoothedLeakyRelu,
  ACTIVATION_NAMES,
  type Activation,
  type ActivationName,
  type ActivationSpec,
  type SmoothedLeakyReluParams,
} from './models/activations';
export { loss, leastSquares, logistic, LOSS_NAMES, type Loss, type LossName, type LossSpec, type Reduction } from './models/losses';
export { TwoLayerNet, balancedOutputLayer, type TwoLayerNetOptions } from './models/twoLayerNet';
export { initMlp, cloneMlp, trainMlp, evaluateMlp, mlpGradient, mlpDistance, mlpNorm, mlpMatrices, type MlpWeights } from './models/mlp';
export {
  ConvNet,
  initCnn,
  cloneCnn,
  cnnDistance,
  cnnNorm,
  cnnParameterCount,
  loadTensorflowWasm,
  type CnnArchitecture,
  type CnnWeights,
  type CnnEvaluation,
  type CnnEpochOptions,
} from './models/cnn';
export { nearestClass, classificationError } from './models/decision';

// Jacobians of the two-layer network: matrix-free operator, explicit forms, cluster subspaces.
export { JacobianOperator, networkJacobian, multiOutputJacobian, type MultiOutputRows } from './jacobian/operator';
export { jacobian, jacobianGram, jacobianNormSquared } from './jacobian/explicit';
export {
  clusterSubspace,
  jacobianRowSubspace,
  signalBounds,
  projectedRows,
  noiseBound,
  bimodalConstants,
  residualEnergies,
  GroupSubspace,
  type BimodalConstants,
} from './jacobian/subspaces';

// Training: full-batch GD with trackers, span-form GD, the K̄-output least-squares GD, step sizes.
export {
  gradientDescent,
  checkProblem,
  frobeniusDistance,
  lossTracker,
  distanceTracker,
  errorTracker,
  inputsErrorTracker,
  DivergenceError,
  type StepState,
  type Tracker,
  type EarlyStoppingRule,
  type EarlyStop,
  type Progress,
  type GdProblem,
  type GdOptions,
  type Trajectory,
  type GdResult,
} from './train/gd';
export { spanGradientDescent, spanPredictor, SpanGeometry, type SpanState, type SpanRun } from './train/spanGd';
export { balancedOutputMatrix, oneHotTargets, multiOutputGradientDescent } from './train/multiOutput';
export { spectralNorm, clusterStepSize, jacobianStepSize } from './train/stepSize';

// Data models: clusterable data and its corruption, XOR clusters, two-cluster mixtures, MNIST digits.
export {
  makeClusterable,
  resampleClusterable,
  sampleInputs,
  toMatrix,
  INPUT_MODES,
  type InputMode,
  type ClusterableSpec,
  type ClusterableData,
} from './data/clusterable';
export { corruptLabels, CORRUPTION_SCHEMES, type CorruptionScheme, type CorruptionSpec, type CorruptedData } from './data/corruption';
export {
  makeXor,
  xorMean,
  xorBayesError,
  xorNoisyBayesError,
  XOR_NOISE,
  XOR_FLIPS,
  XOR_CLUSTER_LABELS,
  type XorSpec,
  type XorData,
  type XorNoise,
  type XorFlips,
} from './data/xor';
export {
  makeMixture,
  marginalSampler,
  MIXTURE_NOISE,
  MIXTURE_FLIPS,
  type MixtureNoise,
  type MixtureFlips,
  type MixtureSpec,
  type MixtureData,
  type MarginalSampler,
} from './data/mixture';
export { loadMnist, mnistPerDigitAvailable, randomizeLabels, type DigitSplit } from './data/mnist';
export { loadFashionMnist, fashionMnistPerClassAvailable, MissingDatasetError, FASHION_MNIST_DIR, FASHION_MNIST_CLASSES } from './data/fashionMnist';

// Theory: the bound-check type and its kinds, success fractions over seeds, Σ(C) and its eigenvalues.
export {
  boundCheck,
  hypothesis,
  CHECK_KINDS,
  EVIDENCE_KINDS,
  type BoundCheck,
  type BoundCheckInput,
  type CheckKind,
  type Hypothesis,
  type Verdict,
} from './theory/checks';
export {
  overSeeds,
  overMeasurements,
  seedRange,
  probabilityCheck,
  clopperPearson,
  wilson,
  binomialCdf,
  meanAndStandardError,
  type SeedFraction,
} from './theory/seeds';
export {
  sigma,
  reluSeparationCheck,
  SIGMA_METHODS,
  DEFAULT_QUADRATURE_NODES,
  MAX_QUADRATURE_NODES,
  DEFAULT_MONTE_CARLO_SAMPLES,
  type SigmaMethod,
  type SigmaOptions,
  type SigmaResult,
} from './theory/sigma';

// Experiments from config files (what the CLI runs) and matrix files.
export { parseGdConfig, type GdExperimentConfig } from './experiment/gdConfig';
export { runGdExperiment, trajectoryCsv, type GdExperimentResult, type Checkpoint } from './experiment/gdExperiment';
export {
  parseSpectrumConfig,
  JACOBIAN_LAYOUTS,
  SPECTRUM_METHODS,
  MAX_GRAM_ROWS,
  type SpectrumExperimentConfig,
  type JacobianLayout,
  type SpectrumMethod,
} from './experiment/spectrumConfig';
export { runSpectrumExperiment, type SpectrumExperimentResult, type SpectrumStage, type JacobianSpectrum } from './experiment/spectrumExperiment';
export { parseMatrixCsv, parseMatrixJson, readMatrixFile } from './io/matrixFile';
