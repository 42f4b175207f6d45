import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kernelBackend, kernelThreads, linalgLibraryText } from '../linalg/wasm/runtime';

/** This package's version, read from its package.json (dist/src/cli → root). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/** `labelnoise --version`: the package, the runtime and the kernel backend a run would use. */
export function versionText(): string {
  const library = linalgLibraryText();
  return [
    `labelnoise ${packageVersion()}`,
    `node ${process.versions.node}`,
    `kernels ${kernelBackend()} (${kernelThreads()} thread${kernelThreads() === 1 ? '' : 's'}${library !== null ? `; ${library}` : ''})`,
  ].join('\n');
}
