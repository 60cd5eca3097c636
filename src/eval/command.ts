/**
 * `decruft eval` (stub until the evaluation lands).
 * @module
 */

/** Run `decruft eval ARGS`; resolves to the exit code. */
export async function evalCommand(_argv: string[]): Promise<number> {
  process.stderr.write('decruft eval: not implemented yet\n');
  return 2;
}
