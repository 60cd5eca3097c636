/**
 * Bad input: a clear message naming the file, a non-zero exit, after every other input is processed.
 */
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean, jsonLines, runCli, SEEDS, tempDir } from './helpers.js';

const SEED = join(SEEDS, '003_5a771972531b0a05.txt');

describe('bad input', () => {
  it('names each bad file with a code, cleans every other input, and exits 3', async () => {
    const dir = tempDir();
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'image.png');
    const missing = join(dir, 'missing.txt');
    const unreadable = join(dir, 'secret.txt');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
    writeFileSync(unreadable, 'secret');
    chmodSync(unreadable, 0o000);
    const r = await runCli(['--format', 'jsonl', empty, SEED, binary, missing, unreadable, SEED]);
    expect(r.code).toBe(3);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual([empty, SEED, binary, missing, unreadable, SEED]);
    const expected = clean(readFileSync(SEED)).text;
    expect(out[1]!.text).toBe(expected);
    expect(out[5]!.text).toBe(expected);
    expect(out[0]!.error).toMatchObject({ code: 'EMPTY' });
    expect(out[2]!.error).toMatchObject({ code: 'BINARY' });
    expect(out[3]!.error).toMatchObject({ code: 'READ' });
    // root can read anything; otherwise permission denied.
    if (process.getuid?.() !== 0) expect(out[4]!.error).toMatchObject({ code: 'READ' });
    expect(r.stderr).toContain(`decruft: ${empty}: EMPTY:`);
    expect(r.stderr).toContain(`decruft: ${binary}: BINARY:`);
    expect(r.stderr).toContain(`decruft: ${missing}: READ: no such file`);
  });

  it('text format: the good text on stdout, the bad file on stderr, exit 3', async () => {
    const dir = tempDir();
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '   \n\n');
    const r = await runCli([empty, SEED]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe(`==> ${SEED} <==\n${clean(readFileSync(SEED)).text}\n`);
    expect(r.stderr).toMatch(new RegExp(`^decruft: ${empty.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: EMPTY: `, 'm'));
  });

  it('writes error records to --errors and to <out>/errors.jsonl', async () => {
    const dir = tempDir();
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const errs = join(dir, 'errs.jsonl');
    const r1 = await runCli(['--errors', errs, empty, SEED]);
    expect(r1.code).toBe(3);
    expect(jsonLines(readFileSync(errs, 'utf8'))).toEqual([{ id: empty, path: empty, error: { code: 'EMPTY', message: 'input is empty' } }]);
    const out = join(dir, 'out');
    const r2 = await runCli(['--out', out, empty, SEED]);
    expect(r2.code).toBe(3);
    expect(jsonLines(readFileSync(join(out, 'errors.jsonl'), 'utf8'))[0]).toMatchObject({ id: empty, error: { code: 'EMPTY' } });
  });

  it('--max-bytes refuses a larger document with TOO_LARGE and goes on', async () => {
    const dir = tempDir();
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'word '.repeat(5000));
    const r = await runCli(['--format', 'jsonl', '--max-bytes', '10k', big, SEED]);
    expect(r.code).toBe(3);
    const out = jsonLines(r.stdout);
    expect(out[0]!.error).toMatchObject({ code: 'TOO_LARGE' });
    expect(out[1]!.text).toBe(clean(readFileSync(SEED)).text);
  });
});
