/** The checked statements of Zhou, Xiong, Yuan & Hoi 2021, Self-labeling refinement for contrastive learning: each a function from measured quantities to BoundChecks. */
export {
  PAPER,
  source,
  sizes,
  assumptionGamma,
  theoremStepSize,
  smoothnessHypothesis,
  corruptionHypothesis,
  stepSizeHypothesis,
  cleanInputsHypothesis,
  studentT975,
  type ClusteredSetting,
} from './common';
export {
  holdingFrom,
  ownPredictionEquivalence,
  theorem7Time,
  signalSingularValues,
  theorem6,
  theorem6Contradiction,
  lemma3Recursion,
  frozenNoiseGap,
  frozenNoiseComponent,
  lemma8,
  theorem2Recovery,
  theorem4MinSingularValue,
  theorem7SignalAlongPath,
  theorem4Rank,
  memorisation,
  type SupErrorRun,
  type MeasuredJacobianBounds,
  type RecordedStep,
  type RecoveryRun,
  type MemorisationRun,
} from './refinery';
export { paperToyExample, toyNumbers, theorem1Toy, type ToyExample, type ToyNumbers } from './generalisation';
export { pairedDifferenceCheck, contrastiveLabelQuality, contrastiveDownstream, MIN_SEEDS, type LabelQualitySeed, type DownstreamSeed } from './contrastive';
