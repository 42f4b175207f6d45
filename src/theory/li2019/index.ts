/** The checked statements of Li, Soltanolkotabi & Oymak 2019, Gradient descent with early stopping is provably robust to label noise: each a function from measured quantities to BoundChecks. */
export { measureClusters, clusterStepBound, PAPER, type MeasuredClusters } from './common';
export { clusteredProbe, gradientStepCheck, lowRankTheorem32Checks, clusteredTheorem23Checks, theorem23SeedCheck, theorem23StoppingTime, theorem23Width, type ClusteredTrajectory, type ClusteredProbe, type ClusteredChecksInput } from './clustered';
export { clusterableDefinitionChecks } from './definitions';
export { theorem22Checks, theorem22Hypotheses, theorem22SeedCheck, epsilonSweepChecks, monotoneTrendCheck, theorem22DistanceConstant, theorem613DistanceConstant, allCorrectStart, type Theorem22Input, type SweepRun, type TrendPoint } from './earlyStopping';
export { fig6Checks, lossSeparation, type Fig6Input } from './fig6';
export { cleanInputs, coupledGradientDescent, theorem612Checks, type Coupling } from './perturbation';
export { jacobianFactsProbe, jacobianFactsChecks, theorem68MinSingularSeedCheck, diffusednessChecks, concentratedCorruption, type JacobianSample, type JacobianFactsProbe } from './jacobianFacts';
