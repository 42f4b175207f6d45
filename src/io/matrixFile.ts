import { readFileSync } from 'node:fs';
import { Matrix } from 'ml-matrix';
import { toMatrix } from '../data/clusterable';
import { ValidationError } from '../core/errors';
import { parseJson } from '../experiment/fields';

/**
 * Parses a numeric matrix from CSV text: one row per non-empty line, comma-separated numbers, no header.
 * Every cell must be a finite number; errors name `source`, the line and the column.
 */
export function parseMatrixCsv(text: string, source: string): Matrix {
  const rows: number[][] = [];
  const lines = text.split(/\r?\n/);
  let width = -1;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const cells = line.split(',');
    if (width < 0) width = cells.length;
    if (cells.length !== width) throw new ValidationError(`${source} line ${index + 1}`, `ragged rows: expected ${width} values, got ${cells.length}`);
    rows.push(
      cells.map((cell, column) => {
        const trimmed = cell.trim();
        const value = Number(trimmed);
        if (trimmed === '' || !Number.isFinite(value)) {
          throw new ValidationError(`${source} line ${index + 1}, column ${column + 1}`, `expected a finite number, got ${JSON.stringify(trimmed)}`);
        }
        return value;
      }),
    );
  });
  if (rows.length === 0) throw new ValidationError(source, 'no rows: the file is empty');
  return new Matrix(rows);
}

/** A JSON matrix is an array of rows, or an object whose `key` field is one. */
export function parseMatrixJson(text: string, source: string, key: string): Matrix {
  const json = parseJson(text, source);
  if (Array.isArray(json)) return toMatrix(json, source);
  if (typeof json === 'object' && json !== null && key in json) return toMatrix((json as Record<string, unknown>)[key], `${source}.${key}`);
  throw new ValidationError(source, `expected an array of rows or an object with a "${key}" array`);
}

/** Reads a matrix from a .csv or .json file (by extension). */
export function readMatrixFile(path: string, key: string): Matrix {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ValidationError(path, `cannot read: ${(e as Error).message}`);
  }
  if (/\.csv$/i.test(path)) return parseMatrixCsv(text, path);
  if (/\.json$/i.test(path)) return parseMatrixJson(text, path, key);
  throw new ValidationError(path, 'expected a .csv or .json file');
}
