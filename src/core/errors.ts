/**
 * Every rejection of user input is a ValidationError that names the offending field, so a CLI can
 * print it verbatim and exit with code 2, and a notebook user sees exactly what to fix.
 */
export class ValidationError extends Error {
  constructor(
    /** Dotted path of the field, e.g. `config.network.width` or `centers[3][1]`. */
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'ValidationError';
  }
}
