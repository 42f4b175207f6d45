/** The checked statements of Li, Soltanolkotabi & Oymak 2019, Gradient descent with early stopping is provably robust to label noise: each a function from measured quantities to BoundChecks. */
export { measureClusters, clusterStepBound, PAPER, type MeasuredClusters } from './common';
export { clusteredProbe, lowRankTheorem32Checks, clusteredTheorem23Checks, theorem23SeedCheck, theorem23StoppingTime, theorem23Width, type ClusteredTrajectory, type ClusteredProbe, type ClusteredChecksInput } from './clustered';
