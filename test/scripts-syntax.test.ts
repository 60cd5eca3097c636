/**
 * The maintenance scripts (`npm run bench`, eval helpers, dev tools) are plain .mjs files that no
 * build step compiles, so a syntax error in one would only show when someone runs it. `node --check`
 * parses each one without running it.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function mjsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...mjsFiles(path));
    else if (name.endsWith('.mjs') || name.endsWith('.js')) out.push(path);
  }
  return out;
}

const files = [...mjsFiles('scripts'), ...mjsFiles('bin')];

describe('scripts parse', () => {
  it('finds the scripts', () => {
    expect(files).toContain(join('scripts', 'bench.mjs'));
  });
  it.each(files)('%s', (file) => {
    expect(() => execFileSync(process.execPath, ['--check', file], { stdio: 'pipe' })).not.toThrow();
  });
});
