import { readFileSync } from 'node:fs';
import { ValidationError } from '../errors';

/** Reads a text file named on the command line; a missing or unreadable file is bad input on `option`. */
export function readTextFile(path: string, option: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new ValidationError(option, `cannot read ${path}: ${(e as Error).message}`);
  }
}
