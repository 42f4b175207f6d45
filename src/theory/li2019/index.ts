/** The checked statements of Li, Soltanolkotabi & Oymak 2019, Gradient descent with early stopping is provably robust to label noise: each a function from measured quantities to BoundChecks. */
export { measureClusters, clusterStepBound, PAPER, type MeasuredClusters } from './common';
export {
  clusteredProbe,
  gradientStepCheck,
  lowRankTheorem32Checks,
  clusteredTheorem23Checks,
  theorem23SeedCheck,
  theorem23StoppingTime,
  theorem23Width,
  type ClusteredTrajectory,
  type ClusteredProbe,
  type ClusteredChecksInput,
} from './clustered';
export { clusterableDefinitionChecks } from './definitions';
export {
  theorem22Checks,
  theorem22Hypotheses,
  theorem22SeedCheck,
  epsilonSweepChecks,
  monotoneTrendCheck,
  theorem22DistanceConstant,
  theorem613DistanceConstant,
  allCorrectStart,
  type Theorem22Input,
  type SweepRun,
  type TrendPoint,
} from './earlyStopping';
export { fig6Checks, type Fig6Input } from './fig6';
export { cleanInputs, coupledGradientDescent, theorem612Checks, type Coupling } from './perturbation';
export {
  jacobianFactsProbe,
  jacobianFactsChecks,
  theorem68MinSingularSeedCheck,
  diffusednessChecks,
  concentratedCorruption,
  type JacobianSample,
  type JacobianFactsProbe,
} from './jacobianFacts';
export {
  DEFAULT_FIT_TOLERANCE,
  measurePairFit,
  pairDistanceChecks,
  initNormProbabilityCheck,
  measureCorruptedPairs,
  corruptedPairsChecks,
  spreadProbabilityCheck,
  measureTheorem33,
  theorem33Checks,
  type PairFit,
  type PairFitMeasurement,
  type CorruptedPairsFit,
  type CorruptedPairsMeasurement,
  type ClusterFit,
  type Theorem33Measurement,
} from './lowerBounds';
export {
  accuracyWithError,
  fig1Checks,
  fig3Checks,
  lossSeparation,
  fig4Checks,
  exactSpectrum,
  table1Checks,
  PAPER_TABLE1,
  type AccuracySet,
  type CorruptionLevelResult,
  type JacobianSpectrum,
} from './realData';
export {
  MONTE_CARLO_FALSE_ALARM,
  bonferroniZ,
  sigmaAgreementCheck,
  gramExpectationCheck,
  type CenterGram,
  type GramExpectationMeasurement,
} from './sigmaChecks';
export { clusterSpectrumChecks, type ClusterSpectrumInput } from './jacobianSpectrum';
export {
  linearisedDynamics,
  linearisedCoefficients,
  linearisedPrediction,
  energyByDirection,
  measureLinearisation,
  errorWindow,
  linearisationChecks,
  type LinearisedDynamics,
  type LinearisationMeasurement,
} from './linearisation';
