/**
 * CLI entry (minimal until the CLI lands): `decruft FILE…` prints the cleaned text.
 * @module
 */
import { readFileSync } from 'node:fs';
import { clean } from '../clean.js';

/** Run the CLI; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  let code = 0;
  for (const path of argv) {
    try {
      const result = clean(readFileSync(path));
      process.stdout.write(result.text + '\n');
    } catch (err) {
      process.stderr.write(`decruft: ${path}: ${(err as Error).message}\n`);
      code = 1;
    }
  }
  return code;
}
