import { ValidationError } from '../../src/core/errors';
import { parseJson } from '../../src/experiment/fields';
import { readFileSync } from 'node:fs';

/** The part of a summary.json entry that comparisons read. */
export interface SummaryLike {
  name: string;
  ok: boolean;
  failure?: { cell: number; message: string } | null;
  checks: { cell: number; check: { id?: string; kind?: string; name: string; lhs: number | string; rhs: number | string; verdict: string } }[];
}

/** Reads a summary.json written by `labelnoise report` (an array of notebook entries). */
export function readSummary(path: string, option: string): SummaryLike[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ValidationError(option, `cannot read ${path}: ${(e as Error).message}`);
  }
  const json = parseJson(text, path);
  if (!Array.isArray(json)) throw new ValidationError(option, `${path} is not a report summary (expected an array of notebooks)`);
  json.forEach((entry, i) => {
    if (typeof entry !== 'object' || entry === null || typeof entry.name !== 'string' || !Array.isArray(entry.checks)) {
      throw new ValidationError(option, `${path}[${i}]: expected {name, checks: [...]}`);
    }
  });
  return json as SummaryLike[];
}

function checkKey(check: SummaryLike['checks'][number]['check']): string {
  return check.id ?? check.name;
}

/** Checks of one notebook by id; a duplicate id is an error (ids key pinned verdicts). */
export function checksById(entry: SummaryLike, source: string): Map<string, SummaryLike['checks'][number]['check']> {
  const map = new Map<string, SummaryLike['checks'][number]['check']>();
  for (const { check } of entry.checks) {
    const key = checkKey(check);
    if (map.has(key)) throw new ValidationError(source, `notebook ${entry.name} has two checks with id "${key}"`);
    map.set(key, check);
  }
  return map;
}

function asNumber(x: number | string): number {
  return typeof x === 'number' ? x : Number(x); // "Infinity", "NaN" as written by summaryJson
}

function numbersDiffer(a: number | string, b: number | string, tolerance: number): boolean {
  const x = asNumber(a);
  const y = asNumber(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return !(Number.isNaN(x) && Number.isNaN(y));
  if (!Number.isFinite(x) || !Number.isFinite(y)) return x !== y;
  return Math.abs(x - y) > tolerance * Math.max(Math.abs(x), Math.abs(y), Number.MIN_VALUE);
}

export interface Comparison {
  /** One line per difference. */
  lines: string[];
  /** Verdicts that changed, checks added or removed, or a notebook whose status changed. */
  verdictChanges: number;
  /** lhs/rhs that moved by more than the relative tolerance with the same verdict. */
  numberChanges: number;
}

/**
 * Every difference between two reports: notebooks added, removed or whose status changed, checks added or
 * removed, verdicts changed, and lhs/rhs that moved by more than `tolerance` (relative).
 */
export function compareSummaries(before: SummaryLike[], after: SummaryLike[], tolerance: number): Comparison {
  const lines: string[] = [];
  let verdictChanges = 0;
  let numberChanges = 0;
  const old = new Map(before.map((e) => [e.name, e]));
  const now = new Map(after.map((e) => [e.name, e]));
  for (const name of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const a = old.get(name);
    const b = now.get(name);
    if (!a || !b) {
      lines.push(`${name}: notebook ${a ? 'removed' : 'added'}`);
      verdictChanges++;
      continue;
    }
    if (a.ok !== b.ok) {
      lines.push(`${name}: ${a.ok ? 'ok' : 'failed'} → ${b.ok ? 'ok' : `failed (${b.failure?.message ?? ''})`}`);
      verdictChanges++;
    }
    const ca = checksById(a, 'old summary');
    const cb = checksById(b, 'new summary');
    for (const id of [...new Set([...ca.keys(), ...cb.keys()])].sort()) {
      const x = ca.get(id);
      const y = cb.get(id);
      if (!x || !y) {
        lines.push(`${name} ${id}: check ${x ? `removed (was ${x.verdict})` : `added (${y?.verdict})`}`);
        verdictChanges++;
        continue;
      }
      if (x.verdict !== y.verdict) {
        lines.push(`${name} ${id}: verdict ${x.verdict} → ${y.verdict} (lhs ${x.lhs} → ${y.lhs}, rhs ${x.rhs} → ${y.rhs})`);
        verdictChanges++;
        continue;
      }
      for (const side of ['lhs', 'rhs'] as const) {
        if (numbersDiffer(x[side], y[side], tolerance)) {
          lines.push(`${name} ${id}: ${side} ${x[side]} → ${y[side]} (verdict ${y.verdict} unchanged)`);
          numberChanges++;
        }
      }
    }
  }
  return { lines, verdictChanges, numberChanges };
}

/** Pinned verdicts: {notebook: {checkId: {kind, verdict}}}, keys sorted so the file is stable. */
export type PinnedVerdicts = Record<string, Record<string, { kind: string; verdict: string }>>;

export function pinVerdicts(summary: SummaryLike[], source: string): PinnedVerdicts {
  const pinned: PinnedVerdicts = {};
  for (const entry of [...summary].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const checks = checksById(entry, source);
    pinned[entry.name] = Object.fromEntries(
      [...checks.keys()].sort().map((id) => [id, { kind: checks.get(id)?.kind ?? 'bound', verdict: checks.get(id)?.verdict as string }]),
    );
  }
  return pinned;
}

export function readPinned(path: string, option: string): PinnedVerdicts {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ValidationError(option, `cannot read ${path}: ${(e as Error).message}`);
  }
  const json = parseJson(text, path) as PinnedVerdicts;
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new ValidationError(option, `${path}: expected {notebook: {checkId: {kind, verdict}}}`);
  return json;
}

/** Every check added, removed or changed (kind or verdict) against the pinned file. */
export function checkPinned(pinned: PinnedVerdicts, current: PinnedVerdicts): string[] {
  const lines: string[] = [];
  for (const notebook of [...new Set([...Object.keys(pinned), ...Object.keys(current)])].sort()) {
    const a = pinned[notebook] ?? {};
    const b = current[notebook] ?? {};
    if (!(notebook in current)) lines.push(`${notebook}: notebook missing from the report (${Object.keys(a).length} pinned checks)`);
    else if (!(notebook in pinned)) lines.push(`${notebook}: notebook not pinned (${Object.keys(b).length} checks)`);
    for (const id of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      const x = a[id];
      const y = b[id];
      if (x && !y) lines.push(`removed  ${notebook} ${id} (pinned ${x.kind} ${x.verdict})`);
      else if (!x && y) lines.push(`added    ${notebook} ${id} (${y.kind} ${y.verdict})`);
      else if (x && y && (x.kind !== y.kind || x.verdict !== y.verdict))
        lines.push(`changed  ${notebook} ${id}: ${x.kind} ${x.verdict} → ${y.kind} ${y.verdict}`);
    }
  }
  return lines;
}

export function pinnedJson(pinned: PinnedVerdicts): string {
  return JSON.stringify(pinned, null, 1) + '\n';
}
