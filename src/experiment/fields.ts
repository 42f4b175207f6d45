import { ValidationError } from '../core/errors';
import { describe } from '../core/validate';

/**
 * Strict reader for one JSON object of a config: every accessor names the full path of the field in
 * its error, and `done()` rejects keys nobody asked for (a typo must not be silently ignored).
 */
export class Fields {
  private readonly seen = new Set<string>();
  private readonly obj: Record<string, unknown>;

  constructor(
    value: unknown,
    readonly path: string,
  ) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new ValidationError(path, `expected an object, got ${describe(value)}`);
    }
    this.obj = value as Record<string, unknown>;
  }

  has(key: string): boolean {
    return this.obj[key] !== undefined;
  }

  raw(key: string): unknown {
    this.seen.add(key);
    return this.obj[key];
  }

  at(key: string): string {
    return `${this.path}.${key}`;
  }

  private present(key: string): unknown {
    const value = this.raw(key);
    if (value === undefined) throw new ValidationError(this.at(key), 'is required');
    return value;
  }

  number(key: string, opts: { min?: number; max?: number; integer?: boolean; positive?: boolean; default?: number } = {}): number {
    if (!this.has(key) && opts.default !== undefined) {
      this.seen.add(key);
      return opts.default;
    }
    return checkNumber(this.present(key), this.at(key), opts);
  }

  optionalNumber(key: string, opts: { min?: number; max?: number; integer?: boolean; positive?: boolean } = {}): number | undefined {
    return this.has(key) ? this.number(key, opts) : (this.seen.add(key), undefined);
  }

  string<T extends string>(key: string, choices: readonly T[], fallback?: T): T {
    if (!this.has(key) && fallback !== undefined) {
      this.seen.add(key);
      return fallback;
    }
    const value = this.present(key);
    if (typeof value !== 'string') throw new ValidationError(this.at(key), `expected a string, got ${describe(value)}`);
    if (!choices.includes(value as T)) throw new ValidationError(this.at(key), `unknown value "${value}"; expected one of ${choices.join(', ')}`);
    return value as T;
  }

  boolean(key: string, fallback: boolean): boolean {
    if (!this.has(key)) {
      this.seen.add(key);
      return fallback;
    }
    const value = this.present(key);
    if (typeof value !== 'boolean') throw new ValidationError(this.at(key), `expected true or false, got ${describe(value)}`);
    return value;
  }

  numberArray(key: string, opts: { min?: number; max?: number; integer?: boolean; positive?: boolean; minLength?: number } = {}): number[] {
    const value = this.present(key);
    if (!Array.isArray(value)) throw new ValidationError(this.at(key), `expected an array of numbers, got ${describe(value)}`);
    if (opts.minLength !== undefined && value.length < opts.minLength) {
      throw new ValidationError(this.at(key), `expected at least ${opts.minLength} entries, got ${value.length}`);
    }
    return value.map((x, i) => checkNumber(x, `${this.at(key)}[${i}]`, opts));
  }

  object(key: string): Fields {
    return new Fields(this.present(key), this.at(key));
  }

  optionalObject(key: string): Fields | undefined {
    return this.has(key) ? this.object(key) : (this.seen.add(key), undefined);
  }

  /** Rejects any key that was not read. Call after reading every field. */
  done(): void {
    for (const key of Object.keys(this.obj)) {
      if (!this.seen.has(key)) {
        throw new ValidationError(this.at(key), `unknown key; expected one of ${[...this.seen].join(', ')}`);
      }
    }
  }
}

function checkNumber(value: unknown, field: string, opts: { min?: number; max?: number; integer?: boolean; positive?: boolean }): number {
  if (typeof value !== 'number') throw new ValidationError(field, `expected a number, got ${describe(value)}`);
  if (!Number.isFinite(value)) throw new ValidationError(field, `expected a finite number, got ${value}`);
  if (opts.integer && !Number.isInteger(value)) throw new ValidationError(field, `expected an integer, got ${value}`);
  if (opts.positive && value <= 0) throw new ValidationError(field, `expected a positive number, got ${value}`);
  if (opts.min !== undefined && value < opts.min) throw new ValidationError(field, `expected a number >= ${opts.min}, got ${value}`);
  if (opts.max !== undefined && value > opts.max) throw new ValidationError(field, `expected a number <= ${opts.max}, got ${value}`);
  return value;
}

/** JSON.parse with the failure turned into a ValidationError on `field` (e.g. the config file name). */
export function parseJson(text: string, field: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ValidationError(field, `bad JSON: ${(e as Error).message}`);
  }
}
