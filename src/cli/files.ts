import { readFileSync } from 'node:fs';
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

/** The arguments shared by the config-driven commands: --config FILE (required), --out, --quiet. */
export function readConfigArgs(argv: string[]): { configPath: string; json: unknown; out: string | undefined; quiet: boolean } {
  const { options, positional } = parseArgs(argv, ['config', 'out'], ['quiet']);
  if (positional.length > 0) throw new ValidationError(positional[0], 'unexpected argument (did you mean --config FILE?)');
  const configPath = options.get('config');
  if (typeof configPath !== 'string') throw new ValidationError('--config', 'is required');
  return { configPath, json: parseJson(readTextFile(configPath, '--config'), configPath), out: options.get('out') as string | undefined, quiet: options.get('quiet') === true };
}
