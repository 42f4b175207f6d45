/** JSON for CLI output: ±Infinity become the strings "Infinity"/"-Infinity" (JSON would write null); NaN is a bug, so it throws. */
export function toJson(value: unknown): string {
  return JSON.stringify(
    value,
    (key, x) => {
      if (typeof x !== 'number' || Number.isFinite(x)) return x;
      if (Number.isNaN(x)) throw new Error(`internal error: NaN in output field "${key}"`);
      return x > 0 ? 'Infinity' : '-Infinity';
    },
    1,
  );
}
