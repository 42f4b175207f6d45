/** The checked statements of Frei, Chatterji & Bartlett 2022, Benign overfitting without linearity: each a function from measured quantities to BoundChecks. */
export {
  benignSample,
  benignConstants,
  assumptionHypotheses,
  goodRunHypotheses,
  settingDetails,
  FREI_BENIGN,
  type BenignSetting,
  type BenignSample,
  type BenignConstants,
} from './setting';
export { benignRecorder, slreluDerivative, type BenignRecorder, type BenignTrajectory, type BenignStep, type BenignCheckpoint } from './trajectory';
export {
  gradientDescentHypotheses,
  lossRatioConditions,
  lemma42InitialNorm,
  lemma43SignalAlignment,
  lemma49LossRatio,
  lemma410NormGrowth,
  lemma411Bound,
  lemma411Margin,
  lemma412ProxyPl,
  lemma41MarginToError,
  lemmas45to48,
  theorem31StepCount,
  theorem31Steps,
  theorem31Interpolation,
  theorem31Benign,
  proposition32Movement,
  unionBoundIdentity,
  bayesFloorIdentity,
  tagged,
  type InterpolationRun,
} from './checks';
export { rateSlope, dimensionHarm, fixedRateAgreement, type SweepRow } from './sweeps';
