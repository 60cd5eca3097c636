/** Error codes decruft reports for inputs it cannot clean. */
export type DecruftErrorCode =
  | 'EMPTY'
  | 'BINARY'
  | 'DECODE'
  | 'TOO_LARGE'
  | 'TIMEOUT'
  | 'PARSE'
  | 'BAD_OPTION'
  | 'READ'
  | 'BAD_JSON'
  | 'BAD_RECORD'
  | 'WORKER';

/** A clear, typed error for one bad input; never leaks to other documents. */
export class DecruftError extends Error {
  readonly code: DecruftErrorCode;

  constructor(code: DecruftErrorCode, message: string) {
    super(message);
    this.name = 'DecruftError';
    this.code = code;
  }

  toJSON(): { code: DecruftErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

/** Turn anything thrown into `{code, message}`. */
export function toErrorRecord(err: unknown): { code: string; message: string } {
  if (err instanceof DecruftError) return err.toJSON();
  if (err instanceof Error) return { code: 'INTERNAL', message: err.message };
  return { code: 'INTERNAL', message: String(err) };
}
