import { readFileSync } from 'node:fs';
import { ValidationError } from '../../src/core/errors';
import { parseJson } from '../../src/experiment/fields';
import { describe } from '../../src/core/validate';

/** The parts of nbformat v4 this project reads and writes. */
export interface Notebook {
  nbformat: number;
  nbformat_minor: number;
  metadata: Record<string, unknown>;
  cells: Cell[];
}

export interface Cell {
  cell_type: 'code' | 'markdown' | 'raw';
  source: string | string[];
  metadata: { tags?: string[]; [key: string]: unknown };
  outputs?: Output[];
  execution_count?: number | null;
  id?: string;
}

export type Output =
  | { output_type: 'stream'; name: 'stdout' | 'stderr'; text: string }
  | { output_type: 'display_data'; data: Record<string, unknown>; metadata: Record<string, unknown> }
  | { output_type: 'execute_result'; data: Record<string, unknown>; metadata: Record<string, unknown>; execution_count: number | null }
  | { output_type: 'error'; ename: string; evalue: string; traceback: string[] };

export function cellSource(cell: Cell): string {
  return Array.isArray(cell.source) ? cell.source.join('') : cell.source;
}

/** Reads and checks a notebook file; every problem names the file and the field. */
export function readNotebook(path: string): Notebook {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ValidationError(path, `cannot read: ${(e as Error).message}`);
  }
  const json = parseJson(text, path) as Record<string, unknown>;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new ValidationError(path, 'expected a notebook object');
  if (json.nbformat !== 4) throw new ValidationError(`${path}: nbformat`, `expected 4, got ${describe(json.nbformat)}`);
  if (!Array.isArray(json.cells)) throw new ValidationError(`${path}: cells`, 'expected an array');
  json.cells.forEach((cell: Record<string, unknown>, i: number) => {
    const field = `${path}: cells[${i}]`;
    if (typeof cell !== 'object' || cell === null) throw new ValidationError(field, 'expected an object');
    if (!['code', 'markdown', 'raw'].includes(cell.cell_type as string)) throw new ValidationError(`${field}.cell_type`, `expected code, markdown or raw, got ${describe(cell.cell_type)}`);
    const src = cell.source;
    if (!(typeof src === 'string' || (Array.isArray(src) && src.every((s) => typeof s === 'string')))) {
      throw new ValidationError(`${field}.source`, 'expected a string or an array of strings');
    }
    cell.metadata ??= {};
  });
  return json as unknown as Notebook;
}

const DECLARATION = /^\s*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)/gm;

/** Names declared at the top of the cell tagged `parameters` (papermill's convention). */
export function parameterNames(notebook: Notebook): { index: number; names: string[] } | null {
  const index = notebook.cells.findIndex((c) => c.cell_type === 'code' && (c.metadata.tags ?? []).includes('parameters'));
  if (index < 0) return null;
  return { index, names: [...cellSource(notebook.cells[index]).matchAll(DECLARATION)].map((m) => m[1]) };
}

/** `--param key=value`: the value is JSON when it parses (numbers, booleans, arrays, quoted strings), else a string. */
export function parseParam(text: string): [string, unknown] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new ValidationError('--param', `expected key=value, got ${JSON.stringify(text)}`);
  const key = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1);
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) throw new ValidationError(`--param ${key}`, 'not a valid identifier');
  try {
    return [key, JSON.parse(raw)];
  } catch {
    return [key, raw];
  }
}

/**
 * Returns a copy of the notebook with a cell tagged `injected-parameters` right after the `parameters` cell,
 * redeclaring each given parameter (tslab lets a later cell redeclare a const). Unknown names are rejected.
 */
export function injectParameters(notebook: Notebook, params: Record<string, unknown>, source = 'notebook'): Notebook {
  const keys = Object.keys(params);
  if (keys.length === 0) return notebook;
  const found = parameterNames(notebook);
  if (!found) throw new ValidationError(`--param ${keys[0]}`, `${source} has no cell tagged "parameters"`);
  for (const key of keys) {
    if (!found.names.includes(key)) throw new ValidationError(`--param ${key}`, `not a parameter of ${source} (parameters: ${found.names.join(', ') || 'none'})`);
    const value = params[key];
    if (typeof value === 'number' && !Number.isFinite(value)) throw new ValidationError(`--param ${key}`, `expected a finite number, got ${value}`);
  }
  const code = keys.map((key) => `const ${key} = ${JSON.stringify(params[key])};`).join('\n');
  const injected: Cell = { cell_type: 'code', source: code, metadata: { tags: ['injected-parameters'] }, outputs: [], execution_count: null };
  const cells = [...notebook.cells];
  cells.splice(found.index + 1, 0, injected);
  return { ...notebook, cells };
}
