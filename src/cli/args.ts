import { ValidationError } from '../core/errors';

export interface ParsedArgs {
  options: Map<string, string | true>;
  /** Values of options listed as repeatable, in order (e.g. several --param). */
  lists: Map<string, string[]>;
  positional: string[];
}

/**
 * Parses `--key value`, `--key=value` and bare flags. `flags` lists the options that take no value;
 * any option not in `known` is rejected so a typo never passes silently.
 */
export function parseArgs(argv: string[], known: readonly string[], flags: readonly string[] = [], repeatable: readonly string[] = []): ParsedArgs {
  const options = new Map<string, string | true>();
  const lists = new Map<string, string[]>();
  const set = (name: string, value: string) => (repeatable.includes(name) ? lists.set(name, [...(lists.get(name) ?? []), value]) : options.set(name, value));
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (!known.includes(name) && !flags.includes(name) && !repeatable.includes(name)) {
      throw new ValidationError(`--${name}`, `unknown option; expected one of ${[...known, ...repeatable, ...flags].map((o) => `--${o}`).join(', ')}`);
    }
    if (flags.includes(name)) {
      if (eq >= 0) throw new ValidationError(`--${name}`, 'takes no value');
      options.set(name, true);
    } else if (eq >= 0) {
      set(name, arg.slice(eq + 1));
    } else {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new ValidationError(`--${name}`, 'needs a value');
      set(name, value);
      i++;
    }
  }
  return { options, lists, positional };
}
