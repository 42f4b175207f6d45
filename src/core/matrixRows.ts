import { Matrix } from 'ml-matrix';

/**
 * The row arrays an ml-matrix `Matrix` keeps (`data`: one Float64Array per row), or undefined for other matrix classes
 * (views, wrappers, another copy of ml-matrix with a different layout). Reading them directly instead of through
 * `get`/`getRow` (which builds a fresh JS array per row) makes flattening and validating a matrix a memory copy.
 */
export function storedRows(m: Matrix): readonly Float64Array[] | undefined {
  const data = (m as unknown as { data?: unknown }).data;
  if (!Array.isArray(data) || data.length !== m.rows) return undefined;
  for (let i = 0; i < data.length; i++) {
    const row: unknown = data[i];
    if (!(row instanceof Float64Array) || row.length !== m.columns) return undefined;
  }
  return data as Float64Array[];
}
