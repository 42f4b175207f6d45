import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kernelBackend, kernelThreads, linalgLibraryText } from '../../src/linalg/wasm/runtime';
import { packageRoot } from './kernelspec';

/** What a report was produced with, recorded in every summary.json entry so two reports can be compared. */
export interface Provenance {
  /** Commit of the project's git checkout (null outside git). */
  commit: string | null;
  /** True when tracked files differ from that commit (null outside git). */
  dirty: boolean | null;
  /** Versions of this package and of the packages a notebook run depends on (null: not installed). */
  packages: Record<string, string | null>;
  node: string;
  platform: string;
  kernelBackend: string;
  kernelThreads: number;
  /** The native BLAS/LAPACK libraries on the blas backend (e.g. "libopenblas.so.0 + liblapacke.so.3, OpenBLAS SkylakeX"), else null. */
  kernelLibrary: string | null;
  /** When the report (or run) started, ISO 8601. */
  startedAt: string;
}

const PACKAGES = ['ml-matrix', 'seedrandom', 'tslab', 'zeromq', 'plotly.js-dist-min', 'katex', 'marked', 'sanitize-html', 'danfojs-node', 'mnist'];

function git(args: string[], cwd: string): string | null {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', timeout: 10_000 });
  return r.status === 0 ? r.stdout.trim() : null;
}

function installedVersion(name: string, root: string): string | null {
  const path = join(root, 'node_modules', name, 'package.json');
  try {
    return existsSync(path) ? ((JSON.parse(readFileSync(path, 'utf8')) as { version?: string }).version ?? null) : null;
  } catch {
    return null;
  }
}

export function collectProvenance(startedAt = new Date()): Provenance {
  const root = packageRoot();
  const commit = git(['rev-parse', 'HEAD'], root);
  const status = commit === null ? null : git(['status', '--porcelain', '--untracked-files=no'], root);
  let own: string | null = null;
  try {
    own = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string }).version ?? null;
  } catch {
    // not packaged
  }
  return {
    commit,
    dirty: status === null ? null : status.length > 0,
    packages: { labelnoise: own, ...Object.fromEntries(PACKAGES.map((p) => [p, installedVersion(p, root)])) },
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    kernelBackend: kernelBackend(),
    kernelThreads: kernelThreads(),
    kernelLibrary: linalgLibraryText(),
    startedAt: startedAt.toISOString(),
  };
}
