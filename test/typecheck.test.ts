/**
 * Type-checks src/ and test/ together (tsconfig.test.json), so a broken import or a wrong option
 * type in a test fails here with tsc's own message, not only at run time.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

describe('typecheck', () => {
  it('src/ and test/ type-check under tsconfig.test.json', () => {
    let output = '';
    let status = 0;
    try {
      execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.test.json')], { cwd: root, encoding: 'utf8' });
    } catch (err) {
      const e = err as { status?: number; stdout?: string; stderr?: string };
      status = e.status ?? 1;
      output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    }
    expect(output, 'tsc errors').toBe('');
    expect(status).toBe(0);
  }, 120_000);
});
