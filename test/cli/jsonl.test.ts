/**
 * The JSONL contract: `decruft --jsonl` reads `{"id", "text"|"html", "url"?, "charset"?}` lines and
 * writes one `{"id", "text", "metadata", "removed"?, "error"?}` line per input, in order; a bad line
 * yields an error record for that id (or line number) and the rest go on.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { clean, corpus, jsonLines, runCli, SEEDS, tempDir } from './helpers.js';

const seedText = readFileSync(join(SEEDS, '002_dac5eb39bed7bfc0.txt'), 'utf8');
const dump = readFileSync(corpus('dragnet', 'dn-0002.dump.txt'), 'utf8');

function expectedRecord(id: unknown, text: string, options = {}): Record<string, unknown> {
  const r = clean(text, { type: 'text', ...options });
  const rec: Record<string, unknown> = { id, text: r.text, metadata: JSON.parse(JSON.stringify(r.metadata)) };
  if (r.warnings.length) rec.warnings = r.warnings;
  return rec;
}

const lines = [
  JSON.stringify({ id: 'a', text: seedText, url: 'https://example.com/a' }),
  'this is not json',
  JSON.stringify({ id: 'b' }),
  JSON.stringify({ text: 'no id here' }),
  '',
  JSON.stringify({ id: 7, text: dump }),
  JSON.stringify([1, 2]),
  JSON.stringify({ id: 'c', text: 42 }),
  JSON.stringify({ id: 'd', text: '' }),
  JSON.stringify({ id: 'e', text: seedText }),
];

describe('decruft --jsonl', () => {
  it('writes one record per input line in order, errors in place, and exits 3', async () => {
    const r = await runCli(['--jsonl'], { input: lines.join('\n') + '\n' });
    expect(r.code).toBe(3);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['a', 2, 'b', 4, 7, 7, 'c', 'd', 'e']);
    expect(out[0]).toEqual(expectedRecord('a', seedText, { url: 'https://example.com/a' }));
    expect(out[1]).toMatchObject({ id: 2, error: { code: 'BAD_JSON' } });
    expect(out[2]).toMatchObject({ id: 'b', error: { code: 'BAD_RECORD' } });
    expect((out[2]!.error as { message: string }).message).toMatch(/"text" or "html"/);
    expect(out[3]).toMatchObject({ id: 4, error: { code: 'BAD_RECORD' } });
    expect((out[3]!.error as { message: string }).message).toMatch(/"id"/);
    expect(out[4]).toEqual(expectedRecord(7, dump));
    expect(out[5]).toMatchObject({ id: 7, error: { code: 'BAD_RECORD' } });
    expect(out[6]).toMatchObject({ id: 'c', error: { code: 'BAD_RECORD' } });
    expect(out[7]).toMatchObject({ id: 'd', error: { code: 'EMPTY' } });
    expect(out[8]).toEqual(expectedRecord('e', seedText));
    for (const o of out) {
      if (o.error) expect(Object.keys(o).sort()).toEqual(['error', 'id']);
    }
    // Each error is also named on stderr.
    expect(r.stderr).toContain('BAD_JSON');
  });

  it('adds removed with --explain, and reads a .jsonl.gz file', async () => {
    const dir = tempDir();
    const file = join(dir, 'in.jsonl.gz');
    writeFileSync(file, gzipSync(lines[0] + '\n'));
    const r = await runCli(['--jsonl', '--explain', file]);
    expect(r.code).toBe(0);
    const [rec] = jsonLines(r.stdout);
    const res = clean(seedText, { type: 'text', url: 'https://example.com/a', explain: true });
    expect(rec!.removed).toEqual(JSON.parse(JSON.stringify(res.removed)));
    expect(rec!.path).toBe(file);
  });

  it('streams: many records in, the same number out, in order', async () => {
    const n = 2000;
    const input = Array.from({ length: n }, (_, i) =>
      JSON.stringify({ id: `doc-${i}`, text: `Paragraph ${i} of a short story about the city council.\n\nIt met on Tuesday and voted ${i} to ${n - i}.` }),
    ).join('\n');
    const r = await runCli(['--jsonl', '--jobs', '2'], { input });
    expect(r.code).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out.length).toBe(n);
    expect(out.map((o) => o.id)).toEqual(Array.from({ length: n }, (_, i) => `doc-${i}`));
  });

  it('--unordered writes every record exactly once', async () => {
    const input = Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: i, text: `Line ${i} of text.\n\nMore words here.` })).join('\n');
    const r = await runCli(['--jsonl', '--unordered', '--jobs', '2'], { input });
    const ids = jsonLines(r.stdout).map((o) => o.id as number);
    expect(ids.slice().sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });
});
