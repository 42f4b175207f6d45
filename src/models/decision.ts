import { ValidationError } from '../core/errors';

/** The decision rule of Li et al. 2019 (2.1): the class whose label α is nearest to the prediction. */
export function nearestClass(prediction: number, classLabels: readonly number[]): number {
  let best = 0;
  let bestGap = Infinity;
  for (let c = 0; c < classLabels.length; c++) {
    const gap = Math.abs(prediction - classLabels[c]);
    if (gap < bestGap) {
      bestGap = gap;
      best = c;
    }
  }
  return best;
}

/** Fraction of predictions whose nearest class differs from `classes` (e.g. noisy or true class indices). */
export function classificationError(predictions: ArrayLike<number>, classLabels: readonly number[], classes: ArrayLike<number>): number {
  if (predictions.length !== classes.length) {
    throw new ValidationError('classes', `expected ${predictions.length} class indices (one per prediction), got ${classes.length}`);
  }
  let wrong = 0;
  for (let i = 0; i < predictions.length; i++) if (nearestClass(predictions[i], classLabels) !== classes[i]) wrong++;
  return wrong / predictions.length;
}
