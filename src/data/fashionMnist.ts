import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { Matrix } from 'ml-matrix';
import { ValidationError } from '../core/errors';
import { integer } from '../core/validate';
import type { DigitSplit } from './mnist';

/**
 * Fashion-MNIST (Xiao, Rasul & Vollgraf 2017: 70,000 28×28 grey images of 10 clothing classes) from the Debian
 * package `dataset-fashion-mnist` (IDX files under /usr/share/datasets/fashion-mnist), a harder stand-in for the
 * CIFAR-10 experiments of Li, Soltanolkotabi & Oymak 2019 (Figs. 4, 5, Table 1). Read by index, so a split is
 * deterministic. The directory can be overridden with LABELNOISE_FASHION_MNIST_DIR.
 */

export const FASHION_MNIST_DIR = '/usr/share/datasets/fashion-mnist';
export const FASHION_MNIST_CLASSES = ['T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot'] as const;

/** Thrown when the data files are absent: says which Debian package provides them. */
export class MissingDatasetError extends Error {
  constructor(
    readonly directory: string,
    readonly file: string,
  ) {
    super(
      `Fashion-MNIST not found (${path.join(directory, file)} is missing): install the Debian package dataset-fashion-mnist (\`apt-get install dataset-fashion-mnist\`, listed in .ci/install-debian-packages) or point LABELNOISE_FASHION_MNIST_DIR at a folder with the four *-idx*-ubyte.gz files`,
    );
    this.name = 'MissingDatasetError';
  }
}

interface Idx {
  images: Uint8Array;
  labels: Uint8Array;
  count: number;
}

const cache = new Map<string, Idx>();

function directory(): string {
  return process.env.LABELNOISE_FASHION_MNIST_DIR || FASHION_MNIST_DIR;
}

function readGz(dir: string, file: string): Buffer {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) throw new MissingDatasetError(dir, file);
  return zlib.gunzipSync(fs.readFileSync(full));
}

function load(split: 'train' | 'test'): Idx {
  const dir = directory();
  const key = `${dir}:${split}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const prefix = split === 'train' ? 'train' : 't10k';
  const img = readGz(dir, `${prefix}-images-idx3-ubyte.gz`);
  const lab = readGz(dir, `${prefix}-labels-idx1-ubyte.gz`);
  if (img.readUInt32BE(0) !== 2051 || lab.readUInt32BE(0) !== 2049) throw new ValidationError('fashion-mnist', `unexpected IDX magic numbers in ${dir}`);
  const count = img.readUInt32BE(4);
  if (img.readUInt32BE(8) !== 28 || img.readUInt32BE(12) !== 28 || lab.readUInt32BE(4) !== count)
    throw new ValidationError('fashion-mnist', `unexpected IDX shapes in ${dir}`);
  const idx = { images: new Uint8Array(img.buffer, img.byteOffset + 16, count * 784), labels: new Uint8Array(lab.buffer, lab.byteOffset + 8, count), count };
  cache.set(key, idx);
  return idx;
}

/** Images available for every class in a split (6,000 per class in train, 1,000 in test). */
export function fashionMnistPerClassAvailable(split: 'train' | 'test' = 'train'): number {
  const { labels } = load(split);
  const counts = new Array<number>(10).fill(0);
  for (const l of labels) counts[l]++;
  return Math.min(...counts);
}

/**
 * Images [offset, offset + perClass) of every class of a split, class-major (the order within a class is the file's).
 * `pool: 2` averages 2×2 blocks (196 inputs); pixels are scaled to [0, 1]; `normalize: 'unit'` scales each image to unit norm.
 */
export function loadFashionMnist(options: {
  perClass: number;
  offset?: number;
  split?: 'train' | 'test';
  pool?: 1 | 2;
  normalize?: 'unit' | 'none';
}): DigitSplit {
  const perClass = integer(options.perClass, 'perClass', 1);
  const offset = integer(options.offset ?? 0, 'offset', 0);
  const split = options.split ?? 'train';
  if (split !== 'train' && split !== 'test') throw new ValidationError('split', `expected "train" or "test", got ${split}`);
  const pool = options.pool ?? 1;
  if (pool !== 1 && pool !== 2) throw new ValidationError('pool', `expected 1 or 2, got ${pool}`);
  const normalize = options.normalize ?? 'none';
  const data = load(split);
  const byClass: number[][] = Array.from({ length: 10 }, () => []);
  for (let i = 0; i < data.count; i++) byClass[data.labels[i]].push(i);
  const available = Math.min(...byClass.map((c) => c.length));
  if (offset + perClass > available)
    throw new ValidationError('perClass', `offset ${offset} + perClass ${perClass} exceeds the ${available} images of every class in the ${split} split`);
  const side = pool === 2 ? 14 : 28;
  const rows: number[][] = [];
  const labels: number[] = [];
  byClass.forEach((indices, label) => {
    for (const i of indices.slice(offset, offset + perClass)) {
      const base = i * 784;
      const x = new Array<number>(side * side);
      for (let r = 0; r < side; r++) {
        for (let c = 0; c < side; c++) {
          x[r * side + c] =
            pool === 2
              ? (data.images[base + 2 * r * 28 + 2 * c] +
                  data.images[base + 2 * r * 28 + 2 * c + 1] +
                  data.images[base + (2 * r + 1) * 28 + 2 * c] +
                  data.images[base + (2 * r + 1) * 28 + 2 * c + 1]) /
                (4 * 255)
              : data.images[base + r * 28 + c] / 255;
        }
      }
      if (normalize === 'unit') {
        const norm = Math.sqrt(x.reduce((a, b) => a + b * b, 0)) || 1;
        for (let p = 0; p < x.length; p++) x[p] /= norm;
      }
      rows.push(x);
      labels.push(label);
    }
  });
  return { X: new Matrix(rows), labels: Int32Array.from(labels) };
}
