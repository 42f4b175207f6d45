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
    if (!['code', 'markdown', 'raw'].includes(cell.cell_type as string))
      throw new ValidationError(`${field}.cell_type`, `expected code, markdown or raw, got ${describe(cell.cell_type)}`);
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

export const INJECTED_TAG = 'injected-parameters';

/** The notebook without cells a previous run injected (running an executed notebook again must not stack them). */
export function withoutInjectedCells(notebook: Notebook): Notebook {
  const cells = notebook.cells.filter((c) => !(c.metadata.tags ?? []).includes(INJECTED_TAG));
  return cells.length === notebook.cells.length ? notebook : { ...notebook, cells };
}

/** The presets a notebook declares in `metadata.labelnoise.presets` (name → parameter values). */
export function notebookPresets(notebook: Notebook): Record<string, Record<string, unknown>> {
  const presets = (notebook.metadata.labelnoise as { presets?: unknown } | undefined)?.presets;
  if (typeof presets !== 'object' || presets === null || Array.isArray(presets)) return {};
  return Object.fromEntries(Object.entries(presets).filter(([, v]) => typeof v === 'object' && v !== null && !Array.isArray(v))) as Record<
    string,
    Record<string, unknown>
  >;
}

/**
 * The parameters of one run: the preset's values (from the notebook's metadata), overridden by explicit
 * `--param` values. An unknown preset is bad input naming the presets the notebook has.
 */
export function resolveParameters(notebook: Notebook, source: string, params: Record<string, unknown>, preset?: string): Record<string, unknown> {
  if (preset === undefined) return { ...params };
  const presets = notebookPresets(notebook);
  const values = Object.hasOwn(presets, preset) ? presets[preset] : undefined;
  if (!values) {
    const known = Object.keys(presets);
    throw new ValidationError(
      `--preset ${preset}`,
      `${source} has no preset "${preset}" (${known.length ? `presets: ${known.join(', ')}` : 'it declares no presets in metadata.labelnoise.presets'})`,
    );
  }
  return { ...values, ...params };
}

/**
 * Returns a copy of the notebook with a cell tagged `injected-parameters` right after the `parameters` cell,
 * redeclaring each given parameter (tslab lets a later cell redeclare a const). Cells injected by an earlier run
 * are removed first. Unknown names are rejected.
 */
export function injectParameters(notebook: Notebook, params: Record<string, unknown>, source = 'notebook'): Notebook {
  const keys = Object.keys(params);
  const clean = withoutInjectedCells(notebook);
  if (keys.length === 0) return clean;
  const found = parameterNames(clean);
  if (!found) throw new ValidationError(`--param ${keys[0]}`, `${source} has no cell tagged "parameters"`);
  for (const key of keys) {
    if (!found.names.includes(key))
      throw new ValidationError(`--param ${key}`, `not a parameter of ${source} (parameters: ${found.names.join(', ') || 'none'})`);
    const value = params[key];
    if (typeof value === 'number' && !Number.isFinite(value)) throw new ValidationError(`--param ${key}`, `expected a finite number, got ${value}`);
  }
  const code = keys.map((key) => `const ${key} = ${JSON.stringify(params[key])};`).join('\n');
  const injected: Cell = { cell_type: 'code', source: code, metadata: { tags: [INJECTED_TAG] }, outputs: [], execution_count: null };
  const cells = [...clean.cells];
  cells.splice(found.index + 1, 0, injected);
  return { ...clean, cells };
}

/**
 * The value of every parameter of a run: the injected value, else the literal of its declaration in the
 * parameters cell when it is plain JSON (numbers, strings, booleans, arrays), else the source text.
 */
export function effectiveParameters(notebook: Notebook, params: Record<string, unknown>): Record<string, unknown> {
  const found = parameterNames(notebook);
  const result: Record<string, unknown> = {};
  if (found) {
    const source = cellSource(notebook.cells[found.index]);
    for (const m of source.matchAll(/^\s*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*([^;\n]+)/gm)) {
      const literal = m[2].trim().replace(/'([^'\\]*)'/g, '"$1"');
      try {
        result[m[1]] = JSON.parse(literal);
      } catch {
        result[m[1]] = m[2].trim();
      }
    }
  }
  return { ...result, ...params };
}
