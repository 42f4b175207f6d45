import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { tslabKernelCommand } from './kernelClient';

export const KERNEL_NAME = 'labelnoise';
export const KERNEL_DISPLAY_NAME = 'labelnoise (TypeScript)';

/** The root of this package (dist/kernel/runner/… → root). */
export function packageRoot(): string {
  return resolve(__dirname, '..', '..', '..');
}

/**
 * Notebooks import the toolkit by name (`import … from 'labelnoise'`). In a project that installed labelnoise that
 * name resolves already. In a development checkout of labelnoise itself it must resolve to the checkout, so
 * node_modules/labelnoise is made a link to the root (npm refuses a dependency of a package on itself). Does nothing
 * for an installed copy (a root inside node_modules). Returns true when the link was created.
 */
export function ensureSelfLink(root = packageRoot()): boolean {
  if (root.split(sep).includes('node_modules')) return false;
  const link = join(root, 'node_modules', 'labelnoise');
  if (existsSync(link)) return false;
  mkdirSync(join(root, 'node_modules'), { recursive: true });
  try {
    symlinkSync('..', link, 'dir');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false; // a report's other job linked it first
    throw e;
  }
  return true;
}

/** Jupyter's per-user data directory on Linux/macOS unless JUPYTER_DATA_DIR says otherwise. */
export function defaultKernelsDir(): string {
  const data = process.env.JUPYTER_DATA_DIR ?? join(homedir(), '.local', 'share', 'jupyter');
  return join(data, 'kernels');
}

/**
 * Registers the kernel spec `labelnoise`: argv runs this package's own tslab with the current Node by absolute
 * path, so stock Jupyter (notebook, lab, nbconvert) finds it without anything on PATH.
 */
export function installKernelSpec(kernelsDir = defaultKernelsDir()): string {
  const dir = join(kernelsDir, KERNEL_NAME);
  mkdirSync(dir, { recursive: true });
  const spec = {
    argv: [...tslabKernelCommand(), '--config-path', '{connection_file}'],
    display_name: KERNEL_DISPLAY_NAME,
    language: 'typescript',
    metadata: {},
  };
  writeFileSync(join(dir, 'kernel.json'), JSON.stringify(spec, null, 2) + '\n');
  return dir;
}
