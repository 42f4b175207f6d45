import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ValidationError } from '../core/errors';
import { parseJson } from '../experiment/fields';
import { parseArgs } from './args';

/** Reads a text file named on the command line; a missing or unreadable file is bad input on `option`. */
export function readTextFile(path: string, option: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new ValidationError(option, `cannot read ${path}: ${(e as Error).message}`);
  }
}

/** The arguments shared by the config-driven commands: --config FILE (required), --out, --quiet, --allow-long. */
export function readConfigArgs(argv: string[]): { configPath: string; json: unknown; out: string | undefined; quiet: boolean; allowLong: boolean } {
  const { options, positional } = parseArgs(argv, ['config', 'out'], ['quiet', 'allow-long']);
  if (positional.length > 0) throw new ValidationError(positional[0], 'unexpected argument (did you mean --config FILE?)');
  const configPath = options.get('config');
  if (typeof configPath !== 'string') throw new ValidationError('--config', 'is required');
  return {
    configPath,
    json: parseJson(readTextFile(configPath, '--config'), configPath),
    out: options.get('out') as string | undefined,
    quiet: options.get('quiet') === true,
    allowLong: options.get('allow-long') === true,
  };
}

/**
 * An output folder, checked before the run so a bad path does not lose the results: it is a folder, or it can be
 * created (the nearest existing ancestor is a writable folder). Nothing is created yet.
 */
export function checkOutputDir(dir: string, option = '--out'): void {
  let at = resolve(dir);
  if (existsSync(at)) {
    if (!statSync(at).isDirectory()) throw new ValidationError(option, `${dir} exists and is not a folder`);
  } else {
    while (!existsSync(at)) at = dirname(at);
    if (!statSync(at).isDirectory()) throw new ValidationError(option, `cannot create ${dir}: ${at} is not a folder`);
  }
  try {
    accessSync(at, constants.W_OK);
  } catch {
    throw new ValidationError(option, `cannot write to ${at}`);
  }
}

/** An output file, checked before the run: not a folder, and its folder exists. */
export function checkOutputFile(path: string, option = '--out'): void {
  if (existsSync(path) && statSync(path).isDirectory()) throw new ValidationError(option, `${path} is a folder; expected a file path`);
  const parent = dirname(resolve(path));
  if (!existsSync(parent) || !statSync(parent).isDirectory()) throw new ValidationError(option, `the folder ${parent} does not exist`);
}
