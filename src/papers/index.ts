/**
 * labelnoise/papers — code that exists for one paper only, grouped by paper. The paper-agnostic machinery it builds
 * on (networks, GD, data models, spectra) is in the core entry point `labelnoise`.
 */

// Frei, Chatterji & Bartlett — random feature amplification on XOR cluster data.
export { normalizedCorrelations, captureFractions, xorTestError } from './freiXor/xorMetrics';
export { xorTrajectory, xorStoppingTime, xorGdUpdate, concentrateXorNoise, fitLinearClassifier, mapSnapshots, type XorRun } from './freiXor/xorRun';

// Frei, Chatterji & Bartlett — benign overfitting without linearity (two-cluster mixtures).
export {
  logisticSurrogate,
  logisticGradientNorm,
  mixtureBayesError,
  gaussianMixtureTestError,
  mixtureTestError,
  empiricalC1,
  benignAssumptions,
  iidOutputLayer,
  type MixtureTestError,
  type AssumptionConstant,
} from './freiBenign/benign';

// Zhou et al. — self-labeling refinement: the refinery on the theory network, and the contrastive learner.
export {
  refineryGradientDescent,
  cosineRamp,
  muSchedule,
  refinedRecoveryThreshold,
  paperRecoveryCondition,
  stepRecorder,
  REFINERIES,
  type Refinery,
  type RefineryState,
  type RefineryOptions,
  type RecordedRefineryStep,
} from './zhouSlr/slr';
export {
  trainContrastive,
  contrastiveLoss,
  refinedContrastiveLabels,
  accumulateContrastiveGradient,
  crossEntropy,
  initEncoder,
  cloneEncoder,
  zeroEncoder,
  emaUpdate,
  encode,
  knnAccuracy,
  makeGaussianClasses,
  measureRefinedLabels,
  linearProbeAccuracy,
  imageAugmentation,
  MIXUPS,
  type Encoder,
  type Mixup,
  type ContrastiveOptions,
  type ContrastiveEpoch,
  type RefinedLabelQuality,
  type ViewAugmentation,
} from './zhouSlr/contrastive';
export { makeFiniteClassProblem, sampleFiniteClass, type FiniteClassProblem, type FiniteClassSample } from './zhouSlr/generalisation';
