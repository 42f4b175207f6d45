/** The checked statements of Frei, Chatterji & Bartlett 2022, Random feature amplification (XOR cluster data): each a function from measured quantities to BoundChecks. */
export { XOR_SOURCE, settingOf, effectiveConstants, xorAssumptions, gdTrajectoryHypothesis, type XorSetting } from './assumptions';
export { analyse, candidateSets, condition9Violations, xorStepTable, MU_NAMES, type XorAnalysis, type XorStepRow } from './analysis';
export { lemma3, lemma4, lemma5, lemma6, lemma6Edge, lemma8, lemma11, lemma12, lemma13, normBounds, type XorCheckOptions } from './mechanism';
export {
  theorem1Training,
  theorem1TestError,
  proposition2,
  proposition2Slope,
  proposition15,
  relativeFeatureChange,
  linearAtChance,
  type MeasuredError,
} from './theorem1';
export { figure1, figure2HighDimensional, figure2LowDimensional, overSeedsChecks, type OverfitCurve } from './experiments';
