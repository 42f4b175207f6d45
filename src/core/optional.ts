/**
 * Packages that only notebooks and reports need (tslab, zeromq, danfojs-node, plotly.js, katex, marked, sanitize-html, mnist,
 * @tensorflow/tfjs with @tensorflow/tfjs-backend-wasm for the convolutional network) are
 * optional peer dependencies: the core library never loads them. Code that needs one loads it here, on first use,
 * and a missing one is an error that says which package to install and what for.
 */
export class MissingPackageError extends Error {
  constructor(
    readonly packageName: string,
    purpose: string,
  ) {
    super(`${purpose} needs the package "${packageName}", which is not installed: run \`npm install ${packageName}\``);
    this.name = 'MissingPackageError';
  }
}

const loaded = new Map<string, unknown>();

/** require(name), or a MissingPackageError naming the package when it cannot be resolved. */
export function requireOptional<T>(name: string, purpose: string): T {
  if (loaded.has(name)) return loaded.get(name) as T;
  let module: T;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    module = require(name) as T;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'MODULE_NOT_FOUND' && String((e as Error).message).includes(`'${name}'`)) throw new MissingPackageError(name, purpose);
    throw e;
  }
  loaded.set(name, module);
  return module;
}

/** require.resolve(path) inside an optional package (searched from `searchFrom` first when given), or a MissingPackageError naming the package. */
export function resolveOptional(path: string, packageName: string, purpose: string, searchFrom?: string[]): string {
  try {
    return require.resolve(path, searchFrom ? { paths: searchFrom } : undefined);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') throw new MissingPackageError(packageName, purpose);
    throw e;
  }
}
