import { createHash } from 'node:crypto';
import { ValidationError } from '../../../src/core/errors';
import { describe } from '../../../src/core/validate';
import { cellSource, Notebook, parameterNames } from '../notebookFile';

/**
 * A sweep is a grid (named parameter values) times a list of seeds; each (grid point, seed) is one run of the
 * notebook with those values injected after its `parameters` cell. This module turns the user's grid and seed
 * specifications into typed values, refusing anything the notebook's parameters cell does not declare.
 */

/** What a parameter's default in the parameters cell says about the values it may take. */
export type ParameterType = 'number' | 'string' | 'boolean' | 'array' | 'unknown';

export interface NotebookParameter {
  name: string;
  type: ParameterType;
  /** The default's source text, for messages (e.g. "0.3"). */
  defaultText: string;
}

export interface GridAxis {
  name: string;
  values: unknown[];
}

export type GridPoint = Record<string, unknown>;

const DECLARATION_LINE = /^\s*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*([^=]+?))?\s*=\s*(.*)$/;

/** Drops a trailing `// comment` and `;` from an initializer (a `//` inside a string literal is kept). */
function initializerText(rest: string): string {
  let quote: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '/' && rest[i + 1] === '/') return rest.slice(0, i).trim().replace(/;$/, '').trim();
  }
  return rest.trim().replace(/;$/, '').trim();
}

function typeOf(annotation: string | undefined, init: string): ParameterType {
  const declared = annotation?.trim();
  if (declared === 'number' || declared === 'string' || declared === 'boolean') return declared;
  if (declared && /\[\]$|^Array<|^readonly /.test(declared)) return 'array';
  if (/^[-+]?(\d[\d_]*\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(init) || /^[-+]?(Infinity|NaN)$/.test(init)) return 'number';
  if (/^(['"`]).*\1$/.test(init)) return 'string';
  if (init === 'true' || init === 'false') return 'boolean';
  if (init.startsWith('[')) return 'array';
  return 'unknown';
}

/**
 * The variables of the cell tagged `parameters`, each typed by its annotation or its literal default
 * (`const corruption = 0.3` is a number; `const mode: string = 'ok'` a string; an expression is `unknown`).
 */
export function notebookParameters(notebook: Notebook, source = 'notebook'): NotebookParameter[] {
  const found = parameterNames(notebook);
  if (!found) throw new ValidationError(source, 'has no code cell tagged "parameters", so it cannot be swept');
  const params: NotebookParameter[] = [];
  for (const line of cellSource(notebook.cells[found.index]).split('\n')) {
    const m = DECLARATION_LINE.exec(line);
    if (!m) continue;
    const init = initializerText(m[3]);
    params.push({ name: m[1], type: typeOf(m[2], init), defaultText: init });
  }
  // declarations the line parser missed (several on one line) still count as names of unknown type
  for (const name of found.names) if (!params.some((p) => p.name === name)) params.push({ name, type: 'unknown', defaultText: '…' });
  return params;
}

/** A value checked against the parameter's type; `raw` is the command-line text, used as is for string parameters. */
export function typedValue(param: NotebookParameter, value: unknown, field: string, raw?: string): unknown {
  const expected = (what: string) =>
    new ValidationError(field, `expected ${what} like the default \`${param.name} = ${param.defaultText}\`, got ${describe(value)}`);
  switch (param.type) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw expected('a finite number');
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw expected('true or false');
      return value;
    case 'string':
      if (typeof value === 'string') return value;
      if (raw !== undefined) return raw;
      throw expected('a string');
    case 'array':
      if (!Array.isArray(value)) throw expected('a JSON array');
      return value;
    default:
      if (typeof value === 'number' && !Number.isFinite(value)) throw new ValidationError(field, `expected a finite number, got ${value}`);
      return value;
  }
}

function parsePiece(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * `--grid key=v1,v2,…`: values split at commas, each JSON when it parses (numbers, booleans, quoted strings), else
 * a plain string. `key=[…]` is one JSON array of values, for values that contain commas (e.g. arrays).
 */
export function parseGridOption(text: string, params: NotebookParameter[]): GridAxis {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new ValidationError('--grid', `expected key=v1,v2,…, got ${JSON.stringify(text)}`);
  const name = text.slice(0, eq).trim();
  const list = text.slice(eq + 1).trim();
  let pieces: { value: unknown; raw?: string }[];
  if (list.startsWith('[')) {
    const parsed = parsePiece(list);
    if (!Array.isArray(parsed)) throw new ValidationError(`--grid ${name}`, `expected a JSON array of values, got ${JSON.stringify(list)}`);
    pieces = parsed.map((value) => ({ value }));
  } else {
    pieces = list === '' ? [] : list.split(',').map((raw) => ({ value: parsePiece(raw.trim()), raw: raw.trim() }));
  }
  return checkAxis(name, pieces, params, `--grid ${name}`);
}

/** A grid axis from a config file: `"grid": { "corruption": [0.1, 0.3] }` (values are JSON, typed strictly). */
export function configAxis(name: string, values: unknown, params: NotebookParameter[], field: string): GridAxis {
  if (!Array.isArray(values)) throw new ValidationError(field, `expected an array of values, got ${describe(values)}`);
  return checkAxis(
    name,
    values.map((value) => ({ value })),
    params,
    field,
  );
}

function checkAxis(name: string, pieces: { value: unknown; raw?: string }[], params: NotebookParameter[], field: string): GridAxis {
  if (name === 'seed') throw new ValidationError(field, 'seed is set by --seeds, not by the grid');
  const param = params.find((p) => p.name === name);
  if (!param) throw new ValidationError(field, `not a parameter of the notebook (parameters: ${params.map((p) => p.name).join(', ') || 'none'})`);
  if (pieces.length === 0) throw new ValidationError(field, 'has no values');
  const values = pieces.map((p, i) => typedValue(param, p.value, pieces.length > 1 ? `${field}[${i}]` : field, p.raw));
  const seen = new Set<string>();
  for (const v of values) {
    const key = JSON.stringify(v);
    if (seen.has(key)) throw new ValidationError(field, `the value ${key} appears twice`);
    seen.add(key);
  }
  return { name, values };
}

/** Grid axes after checking that no parameter appears twice and the notebook has a numeric `seed` parameter. */
export function checkGrid(axes: GridAxis[], params: NotebookParameter[], source: string): GridAxis[] {
  const seed = params.find((p) => p.name === 'seed');
  if (!seed)
    throw new ValidationError(
      source,
      `has no parameter "seed" in its parameters cell, so seeds cannot be swept (parameters: ${params.map((p) => p.name).join(', ') || 'none'})`,
    );
  if (seed.type !== 'number' && seed.type !== 'unknown')
    throw new ValidationError(`${source}: seed`, `expected a numeric default, got \`seed = ${seed.defaultText}\``);
  const names = new Set<string>();
  for (const axis of axes) {
    if (names.has(axis.name)) throw new ValidationError(`--grid ${axis.name}`, 'given twice; list all its values in one --grid');
    names.add(axis.name);
  }
  return axes;
}

/** Largest seed list a sweep accepts (the plan holds one entry per run). */
export const MAX_SEEDS = 1_000_000;

/**
 * `--seeds`: `A..B` (inclusive, A ≤ B), a comma list `1,5,9`, or one seed; in a config file also an array of
 * whole numbers. Seeds are whole numbers (the notebook's `seed` parameter feeds a seeded generator).
 */
export function parseSeeds(spec: unknown, field = '--seeds'): number[] {
  const whole = (x: unknown, what: string): number => {
    const n = typeof x === 'string' && x.trim() !== '' ? Number(x) : x;
    if (typeof n !== 'number' || !Number.isSafeInteger(n)) throw new ValidationError(field, `expected whole numbers, got ${what} ${JSON.stringify(x)}`);
    return n;
  };
  let seeds: number[];
  if (Array.isArray(spec)) {
    seeds = spec.map((x) => whole(x, 'the seed'));
  } else if (typeof spec === 'number') {
    seeds = [whole(spec, 'the seed')];
  } else if (typeof spec === 'string') {
    const range = /^\s*(-?\d+)\s*\.\.\s*(-?\d+)\s*$/.exec(spec);
    if (range) {
      const from = whole(range[1], 'the start');
      const to = whole(range[2], 'the end');
      if (to < from) throw new ValidationError(field, `the range ${spec} is reversed (${to} < ${from}); write ${to}..${from}`);
      if (to - from + 1 > MAX_SEEDS) throw new ValidationError(field, `the range ${spec} has ${to - from + 1} seeds, more than ${MAX_SEEDS}`);
      seeds = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    } else if (spec.trim() === '') {
      seeds = [];
    } else {
      seeds = spec.split(',').map((s) => whole(s.trim(), 'the seed'));
    }
  } else {
    throw new ValidationError(field, `expected A..B, a comma list or an array of whole numbers, got ${describe(spec)}`);
  }
  if (seeds.length === 0) throw new ValidationError(field, 'is empty: give at least one seed, e.g. 1..10');
  if (seeds.length > MAX_SEEDS) throw new ValidationError(field, `has ${seeds.length} seeds, more than ${MAX_SEEDS}`);
  if (new Set(seeds).size !== seeds.length) throw new ValidationError(field, 'lists a seed twice');
  return seeds;
}

/** Number of grid points (1 for an empty grid: seeds only). */
export function pointCount(axes: GridAxis[]): number {
  return axes.reduce((n, a) => n * a.values.length, 1);
}

/** Every grid point, the last axis varying fastest. */
export function gridPoints(axes: GridAxis[]): GridPoint[] {
  let points: GridPoint[] = [{}];
  for (const axis of axes) points = points.flatMap((p) => axis.values.map((v) => ({ ...p, [axis.name]: v })));
  return points;
}

/** JSON with object keys sorted, so equal parameters give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A run's key: hash of the notebook's bytes and its parameters (seed included), so a rerun finds finished runs. */
export function runKey(notebookSha256: string, params: Record<string, unknown>): string {
  return sha256(`${notebookSha256}\n${canonicalJson(params)}`).slice(0, 16);
}

/** "corruption=0.1 seed=3": a run's or a point's parameters for messages and labels. */
export function describeParams(params: Record<string, unknown>): string {
  const entries = Object.entries(params);
  return entries.length === 0 ? '(defaults)' : entries.map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' ');
}
