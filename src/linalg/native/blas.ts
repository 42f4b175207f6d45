import { cpus } from 'node:os';
import { readFileSync } from 'node:fs';
import { requireOptional } from '../../core/optional';

/**
 * The native linear-algebra backend: the system's OpenBLAS (CBLAS) and LAPACKE, called through the optional FFI
 * package `koffi`. Nothing here is loaded until the backend is chosen (src/linalg/wasm/runtime.ts); when koffi or the
 * libraries are missing, `loadNative()` says what it searched and the WebAssembly kernels serve instead.
 *
 * Every routine takes row-major Float64Arrays (views are fine: koffi passes the view's own memory, also for shared
 * memory). Results are deterministic for a fixed library, core type and thread count; they differ from the JS and
 * WebAssembly kernels by round-off only (a different summation order), never bit for bit.
 */

/** The koffi API used here. */
interface Koffi {
  load(path: string, options?: { global?: boolean }): KoffiLibrary;
}
interface KoffiLibrary {
  func(signature: string): (...args: unknown[]) => unknown;
}

const ROW_MAJOR = 101;
const COL_MAJOR = 102;
const NO_TRANS = 111;
const TRANS = 112;
const UPPER = 121;
const CHAR_N = 78;
const CHAR_V = 86;
const CHAR_S = 83;
const CHAR_U = 85;
const CHAR_L = 76;
const CHAR_R = 82;
const CHAR_T = 84;
/**
 * Calls with fewer floating-point operations than this run OpenBLAS on one thread: waking and joining its second
 * thread costs more than it saves on small products, and far more on a loaded machine (where a descheduled worker
 * holds up the caller). The choice depends only on the sizes, so a run stays deterministic.
 */
export const MULTITHREAD_MIN_FLOPS = 3e7;
/** Matrix size from which the symmetric eigensolvers are called column-major (no copies by LAPACKE). */
const COLUMN_MAJOR_MIN = 300;
/** Matrix size from which eigenvalues alone use LAPACK's two-stage dsyev_2stage instead of dsyevd. */
const TWO_STAGE_MIN = 500;

export interface NativeLibraryInfo {
  /** The file the BLAS routines were loaded from. */
  blas: string;
  /** The file the LAPACKE routines were loaded from (the BLAS library itself when it carries them). */
  lapack: string;
  /** OpenBLAS's kernel family in use (e.g. SkylakeX, Haswell), 'MKL' for Intel's MKL, or 'unknown' for another BLAS. */
  core: string;
  /** OpenBLAS's build string, or MKL's version and threading layer, when the library has one. */
  config: string;
  /** Where the core type came from: the environment's OPENBLAS_CORETYPE, labelnoise's choice for this CPU, or the library's own detection. */
  coreSource: 'OPENBLAS_CORETYPE' | 'labelnoise' | 'library';
}

export interface NativeBlas {
  info: NativeLibraryInfo;
  /** C = α·op(A)·op(B) + β·C (row-major CBLAS dgemm). */
  dgemm(
    transA: boolean,
    transB: boolean,
    m: number,
    n: number,
    k: number,
    alpha: number,
    a: Float64Array,
    lda: number,
    b: Float64Array,
    ldb: number,
    beta: number,
    c: Float64Array,
    ldc: number,
  ): void;
  /** The upper triangle of C = α·A·Aᵀ + β·C (trans false, A n×k) or α·AᵀA + β·C (trans true, A k×n). */
  dsyrk(trans: boolean, n: number, k: number, alpha: number, a: Float64Array, lda: number, beta: number, c: Float64Array, ldc: number): void;
  /** y = α·x + y (n entries, unit strides). */
  daxpy(n: number, alpha: number, x: Float64Array, y: Float64Array): void;
  /** y = α·op(A)·x + β·y. */
  dgemv(trans: boolean, m: number, n: number, alpha: number, a: Float64Array, lda: number, x: Float64Array, beta: number, y: Float64Array): void;
  /**
   * Eigenvalues (ascending, into w) of the symmetric n×n A (row-major; its upper triangle is read), and with `vectors`
   * the eigenvectors as A's columns; returns LAPACK's info. Values alone of a matrix of order ≥ 500 use dsyev_2stage
   * where LAPACK has it. From order 300 LAPACK is called column-major on the lower triangle, which is the same numbers,
   * so that LAPACKE does not transpose A into a copy and the vectors back into another (800 MB each at n = 10,000); the
   * vectors, rows of `a` as LAPACK leaves them, are transposed in place (OpenBLAS's cblas_dimatcopy where present).
   */
  dsyevd(vectors: boolean, n: number, a: Float64Array, w: Float64Array): number;
  /** Singular values (descending) of the m×n A (destroyed), and with `vectors` the thin U (m×r) and Vᵀ (r×n), r = min(m, n). */
  dgesdd(vectors: boolean, m: number, n: number, a: Float64Array, s: Float64Array, u: Float64Array, vt: Float64Array): number;
  /** The Cholesky factor U (upper triangle, A = UᵀU) in place; returns LAPACK's info (> 0: not positive definite). */
  dpotrf(n: number, a: Float64Array): number;
  setThreads(threads: number): void;
  threads(): number;
}

/**
 * The libraries tried, in order, for this platform (a name is found on the loader's path, a path as it is).
 * LABELNOISE_BLAS_LIBRARY / LABELNOISE_LAPACK_LIBRARY (a name or path) replace the BLAS / LAPACKE candidates.
 */
export function librarySearchList(): { blas: string[]; lapack: string[] } {
  const defaults = defaultSearchList();
  const blas = process.env.LABELNOISE_BLAS_LIBRARY;
  const lapack = process.env.LABELNOISE_LAPACK_LIBRARY;
  return {
    blas: blas ? [blas] : defaults.blas,
    lapack: lapack ? ['(the BLAS library)', lapack] : defaults.lapack,
  };
}

function defaultSearchList(): { blas: string[]; lapack: string[] } {
  if (process.platform === 'darwin') {
    const brew = ['/opt/homebrew/opt/openblas/lib/libopenblas.dylib', '/usr/local/opt/openblas/lib/libopenblas.dylib'];
    return {
      blas: ['libopenblas.dylib', ...brew],
      lapack: ['(the BLAS library)', 'liblapacke.dylib', '/opt/homebrew/opt/lapack/lib/liblapacke.dylib', '/usr/local/opt/lapack/lib/liblapacke.dylib'],
    };
  }
  if (process.platform === 'win32') return { blas: ['libopenblas.dll', 'openblas.dll'], lapack: ['(the BLAS library)', 'liblapacke.dll'] };
  const debian = ['/usr/lib/x86_64-linux-gnu/libopenblas.so.0', '/usr/lib/aarch64-linux-gnu/libopenblas.so.0'];
  return {
    blas: ['libopenblas.so.0', 'libopenblas.so', ...debian, '/usr/lib64/libopenblas.so.0', '/usr/lib64/libopenblasp.so.0'],
    lapack: ['(the BLAS library)', 'liblapacke.so.3', 'liblapacke.so', '/usr/lib/x86_64-linux-gnu/liblapacke.so.3', '/usr/lib64/liblapacke.so.3'],
  };
}

/**
 * The OpenBLAS kernel family for this CPU when the environment names none. OpenBLAS 0.3.21 (Debian 12) does not know
 * newer Intel cores (e.g. Sapphire Rapids) and falls back to its slowest, SSE3 kernels ("Prescott"); SkylakeX (AVX-512)
 * and Haswell (AVX2 + FMA) are the families such CPUs run. Only read, at load time, by OpenBLAS's own start-up code.
 */
function coreTypeForThisCpu(): string | undefined {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  let flags: Set<string>;
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').match(/^flags\s*:\s*(.*)$/m);
    if (line === null) return undefined;
    flags = new Set(line[1].split(/\s+/));
  } catch {
    return undefined;
  }
  if (['avx512f', 'avx512dq', 'avx512bw', 'avx512vl', 'fma'].every((f) => flags.has(f))) return 'SkylakeX';
  if (flags.has('avx2') && flags.has('fma')) return 'Haswell';
  return undefined;
}

let native: NativeBlas | null | undefined;
let failure = '';

/** Why the native backend is unavailable ('' when it loaded or was never tried). */
export function nativeFailure(): string {
  return failure;
}

function tryLoad(koffi: Koffi, names: string[], options?: { global: boolean }): { lib: KoffiLibrary; name: string } | null {
  for (const name of names) {
    try {
      return { lib: options ? koffi.load(name, options) : koffi.load(name), name };
    } catch {
      // not there: try the next
    }
  }
  return null;
}

function hasSymbol(lib: KoffiLibrary, signature: string): boolean {
  try {
    lib.func(signature);
    return true;
  } catch {
    return false;
  }
}

const MKL_SET_THREADING_LAYER = 'int MKL_Set_Threading_Layer(int)';
/** MKL's threading layers (mkl_service.h). */
const MKL_THREADING = { INTEL: 0, SEQUENTIAL: 1, GNU: 3 } as const;
const MKL_THREADING_NAMES = ['INTEL', 'SEQUENTIAL', 'PGI', 'GNU', 'TBB'];
/** MKL_CBWR_Set: MKL_CBWR_AUTO (the code path chosen for this CPU, kept fixed) | MKL_CBWR_STRICT (also for unaligned arrays). */
const MKL_CBWR_AUTO_STRICT = 2 | 0x10000;

/** How Intel's MKL (libmkl_rt, e.g. Debian non-free's libmkl-rt) was set up when it is the BLAS library. */
interface MklSetup {
  /** The threading layer MKL reports it took ('GNU': OpenMP from libgomp, 'SEQUENTIAL'), or the one MKL_THREADING_LAYER names. */
  threading: string;
  /** Whether labelnoise set conditional numerical reproducibility (MKL_CBWR unset in the environment, and MKL took it). */
  reproducible: boolean;
}

/**
 * MKL's single dynamic library picks its threading layer on first use. Its GNU layer needs libgomp's OpenMP symbols
 * visible to the modules it opens, which a plain (RTLD_LOCAL) load does not give: libgomp is loaded globally first,
 * and without it MKL runs sequentially. A layer named by MKL_THREADING_LAYER is set as named (GNU with libgomp loaded
 * first; a name MKL does not list is left to MKL), and the layer MKL reports it took is what provenance shows. Conditional numerical reproducibility (AUTO, strict) is set unless MKL_CBWR says otherwise: without it MKL
 * may sum in a different order when an array's alignment differs, so the same call could differ between runs.
 */
function configureMkl(koffi: Koffi, lib: KoffiLibrary): MklSetup {
  const fromEnv = process.env.MKL_THREADING_LAYER?.trim().toUpperCase();
  let threading: string;
  const named = fromEnv === undefined ? -1 : MKL_THREADING_NAMES.indexOf(fromEnv);
  if (fromEnv !== undefined && fromEnv !== '' && fromEnv !== 'GNU') {
    // a layer MKL knows is set as named, so that the report says what MKL took; any other name is MKL's to read
    threading = named >= 0 ? (MKL_THREADING_NAMES[lib.func(MKL_SET_THREADING_LAYER)(named) as number] ?? fromEnv) : `MKL_THREADING_LAYER=${fromEnv}`;
  } else {
    const gomp = tryLoad(koffi, ['libgomp.so.1', 'libgomp.so'], { global: true });
    // MKL returns the layer it took
    const took = lib.func(MKL_SET_THREADING_LAYER)(gomp !== null ? MKL_THREADING.GNU : MKL_THREADING.SEQUENTIAL) as number;
    threading = MKL_THREADING_NAMES[took] ?? `unknown (${took})`;
    if (fromEnv === 'GNU' && gomp === null) threading += ' (MKL_THREADING_LAYER=GNU, but libgomp does not load)';
  }
  // MKL_CBWR_Set returns 0 (MKL_CBWR_SUCCESS) when the mode is taken
  const reproducible = (process.env.MKL_CBWR ?? '') === '' && lib.func('int MKL_CBWR_Set(int)')(MKL_CBWR_AUTO_STRICT) === 0;
  return { threading, reproducible };
}

/** The native backend, loaded on first call; null (with `nativeFailure()` saying why) when koffi or a library is missing. */
export function loadNative(): NativeBlas | null {
  if (native !== undefined) return native;
  const searched = librarySearchList();
  let koffi: Koffi;
  try {
    koffi = requireOptional<Koffi>('koffi', 'the native BLAS/LAPACK backend');
  } catch (e) {
    failure = `${(e as Error).message} (the optional dependency koffi calls the system's OpenBLAS and LAPACKE)`;
    native = null;
    return native;
  }
  const chosenCore = process.env.OPENBLAS_CORETYPE === undefined || process.env.OPENBLAS_CORETYPE === '' ? coreTypeForThisCpu() : undefined;
  const coreSource: NativeLibraryInfo['coreSource'] = chosenCore !== undefined ? 'labelnoise' : process.env.OPENBLAS_CORETYPE ? 'OPENBLAS_CORETYPE' : 'library';
  // OpenBLAS reads OPENBLAS_CORETYPE once, while it is loaded; it is removed again so child processes see the environment as it was
  if (chosenCore !== undefined) process.env.OPENBLAS_CORETYPE = chosenCore;
  let blas: { lib: KoffiLibrary; name: string } | null;
  try {
    blas = tryLoad(koffi, searched.blas);
  } finally {
    if (chosenCore !== undefined) delete process.env.OPENBLAS_CORETYPE;
  }
  if (blas === null) {
    failure = `no BLAS library found: searched ${searched.blas.join(', ')} (Debian/Ubuntu: apt-get install libopenblas0-pthread liblapacke; macOS: brew install openblas)`;
    native = null;
    return native;
  }
  const mkl = hasSymbol(blas.lib, MKL_SET_THREADING_LAYER) ? configureMkl(koffi, blas.lib) : null;
  const syevd = 'int LAPACKE_dsyevd(int, char, char, int, double *, int, double *)';
  const lapack = hasSymbol(blas.lib, syevd) ? blas : tryLoad(koffi, searched.lapack.slice(1));
  if (lapack === null) {
    failure = `no LAPACKE found: ${blas.name} has no LAPACKE_dsyevd, and searched ${searched.lapack.slice(1).join(', ')} (Debian/Ubuntu: apt-get install liblapacke)`;
    native = null;
    return native;
  }
  try {
    native = bind(blas, lapack, mkl === null ? coreSource : 'library', mkl);
  } catch (e) {
    failure = `${blas.name} / ${lapack.name} lack a routine labelnoise needs: ${(e as Error).message}`;
    native = null;
  }
  return native;
}

function bind(
  blas: { lib: KoffiLibrary; name: string },
  lapack: { lib: KoffiLibrary; name: string },
  coreSource: NativeLibraryInfo['coreSource'],
  mkl: MklSetup | null,
): NativeBlas {
  const b = blas.lib;
  const l = lapack.lib;
  const gemm = b.func('void cblas_dgemm(int, int, int, int, int, int, double, const double *, int, const double *, int, double, double *, int)');
  const syrk = b.func('void cblas_dsyrk(int, int, int, int, int, double, const double *, int, double, double *, int)');
  const gemv = b.func('void cblas_dgemv(int, int, int, int, double, const double *, int, const double *, int, double, double *, int)');
  const axpy = b.func('void cblas_daxpy(int, double, const double *, int, double *, int)');
  const syevd = l.func('int LAPACKE_dsyevd(int, char, char, int, double *, int, double *)');
  // values only: the two-stage tridiagonal reduction (band by BLAS3, then bulge chasing) where LAPACK has it, faster
  // than dsyevd's one-stage reduction, which is half memory-bound dsymv
  const syev2 = hasSymbol(l, 'int LAPACKE_dsyev_2stage(int, char, char, int, double *, int, double *)')
    ? l.func('int LAPACKE_dsyev_2stage(int, char, char, int, double *, int, double *)')
    : null;
  const gesdd = l.func('int LAPACKE_dgesdd(int, char, int, int, double *, int, double *, double *, int, double *, int)');
  const potrf = l.func('int LAPACKE_dpotrf(int, char, int, double *, int)');
  const optional = (signature: string) => (hasSymbol(b, signature) ? b.func(signature) : null);
  const imatcopy = optional('void cblas_dimatcopy(int, int, int, int, double, double *, int, int)');
  const mklImatcopy = imatcopy === null ? optional('void MKL_Dimatcopy(char, char, size_t, size_t, double, double *, size_t, size_t)') : null;
  const transposeSquare = (n: number, a: Float64Array) => {
    if (imatcopy !== null) imatcopy(ROW_MAJOR, TRANS, n, n, 1, a, n, n);
    else if (mklImatcopy !== null) mklImatcopy(CHAR_R, CHAR_T, n, n, 1, a, n, n);
    else {
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) {
          const t = a[i * n + j];
          a[i * n + j] = a[j * n + i];
          a[j * n + i] = t;
        }
    }
  };
  const coreName = optional('const char *openblas_get_corename()');
  const configName = optional('const char *openblas_get_config()');
  const setThreads = optional('void openblas_set_num_threads(int)') ?? optional('void MKL_Set_Num_Threads(int)');
  const getThreads = optional('int openblas_get_num_threads()') ?? optional('int MKL_Get_Max_Threads()');
  let threadCount = getThreads !== null ? (getThreads() as number) : cpus().length;
  let active = threadCount;
  /** One thread for small calls, `threadCount` for the rest. */
  const threadsFor = (flops: number) => {
    const want = flops < MULTITHREAD_MIN_FLOPS ? 1 : threadCount;
    if (want !== active && setThreads !== null) setThreads(want);
    active = want;
  };
  return {
    info: {
      blas: blas.name,
      lapack: lapack.name,
      core: coreName !== null ? String(coreName()).trim() : mkl !== null ? 'MKL' : 'unknown',
      config: configName !== null ? String(configName()).trim() : mkl !== null ? mklDescription(b, mkl) : '',
      coreSource,
    },
    dgemm: (transA, transB, m, n, k, alpha, a, lda, bm, ldb, beta, c, ldc) => {
      threadsFor(2 * m * n * k);
      gemm(ROW_MAJOR, transA ? TRANS : NO_TRANS, transB ? TRANS : NO_TRANS, m, n, k, alpha, a, lda, bm, ldb, beta, c, ldc);
    },
    dsyrk: (trans, n, k, alpha, a, lda, beta, c, ldc) => {
      threadsFor(n * n * k);
      syrk(ROW_MAJOR, UPPER, trans ? TRANS : NO_TRANS, n, k, alpha, a, lda, beta, c, ldc);
    },
    daxpy: (n, alpha, x, y) => {
      threadsFor(2 * n);
      axpy(n, alpha, x, 1, y, 1);
    },
    dgemv: (trans, m, n, alpha, a, lda, x, beta, y) => {
      threadsFor(2 * m * n);
      gemv(ROW_MAJOR, trans ? TRANS : NO_TRANS, m, n, alpha, a, lda, x, 1, beta, y, 1);
    },
    dsyevd: (vectors, n, a, w) => {
      threadsFor((vectors ? 9 : 4 / 3) * n * n * n);
      if (!vectors && syev2 !== null && n >= TWO_STAGE_MIN) return syev2(COL_MAJOR, CHAR_N, CHAR_L, n, a, n, w) as number;
      // small matrices: LAPACKE's own row-major copies cost less than transposing the vectors back
      if (n < COLUMN_MAJOR_MIN) return syevd(ROW_MAJOR, vectors ? CHAR_V : CHAR_N, CHAR_U, n, a, n, w) as number;
      const info = syevd(COL_MAJOR, vectors ? CHAR_V : CHAR_N, CHAR_L, n, a, n, w) as number;
      if (vectors && info === 0) transposeSquare(n, a);
      return info;
    },
    dgesdd: (vectors, m, n, a, s, u, vt) => {
      const r = Math.min(m, n);
      threadsFor((vectors ? 12 : 4) * m * n * r);
      // LAPACKE checks ldu and ldvt even when no vectors are wanted
      return gesdd(
        ROW_MAJOR,
        vectors ? CHAR_S : CHAR_N,
        m,
        n,
        a,
        n,
        s,
        vectors ? u : new Float64Array(1),
        vectors ? r : Math.max(1, m),
        vectors ? vt : new Float64Array(1),
        Math.max(1, n),
      ) as number;
    },
    dpotrf: (n, a) => (threadsFor((n * n * n) / 3), potrf)(ROW_MAJOR, CHAR_U, n, a, n) as number,
    setThreads: (threads) => {
      if (setThreads !== null) setThreads(threads);
      threadCount = threads;
      active = threads;
    },
    threads: () => threadCount,
  };
}

/** MKL's version string with its threading layer and reproducibility setting, for provenance. */
function mklDescription(lib: KoffiLibrary, mkl: MklSetup): string {
  const buffer = Buffer.alloc(256);
  lib.func('void MKL_Get_Version_String(_Out_ uint8_t *buf, int len)')(buffer, buffer.length);
  const end = buffer.indexOf(0);
  const version = buffer.toString('latin1', 0, end < 0 ? buffer.length : end).trim();
  return `${version}; threading ${mkl.threading}; ${mkl.reproducible ? 'CNR AUTO (strict), set by labelnoise' : `CNR ${process.env.MKL_CBWR ? `MKL_CBWR=${process.env.MKL_CBWR}` : 'not set (MKL refused it)'}`}`;
}
