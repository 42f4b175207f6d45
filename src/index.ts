/** labelnoise: the toolkit. Everything a notebook or script needs is exported from here. */
export { Matrix } from 'ml-matrix';
export { ValidationError } from './errors';
export { Rng } from './random';
export { erf, normalCdf } from './special';
export * from './activations';
export * from './losses';
export * from './data/clusterable';
export * from './data/corruption';
export { TwoLayerNet, balancedOutputLayer, type TwoLayerNetOptions } from './network';
export { jacobian, jacobianGram, jacobianNormSquared } from './jacobian';
export { nearestClass, classificationError } from './decision';
export * from './gd';
export { spectralNorm, clusterStepSize, jacobianStepSize } from './stepSize';
export { parseGdConfig, type GdExperimentConfig } from './experiment/gdConfig';
export { runGdExperiment, trajectoryCsv, type GdExperimentResult, type Checkpoint } from './experiment/gdExperiment';
export { toFlat, fromFlat } from './flat';
