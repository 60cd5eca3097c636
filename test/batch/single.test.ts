/**
 * One input is cleaned in-process (no worker start-up) with the same output as from the worker
 * pool; a big one still goes to a worker. The test hooks (DECRUFT_TEST_HOOKS=1) exist only in the
 * workers, so a hang marker tells which path a document took.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus, jsonLines, runCli, SEEDS, tempDir } from '../cli/helpers.js';

const OTHER = join(SEEDS, '004_6b90616502daa14e.txt');

describe('one input, in-process', () => {
  for (const file of [corpus('l3s-gn1', 'gn-0003.html.gz'), corpus('dragnet', 'dn-0005.dump.txt')]) {
    it(`${file.split('/').slice(-2).join('/')}: the same JSONL record and JSON as from the pool`, async () => {
      const one = await runCli(['--format', 'jsonl', '--explain', file]);
      const pooled = await runCli(['--format', 'jsonl', '--explain', '--jobs', '1', file, OTHER]);
      expect(one.code).toBe(0);
      expect(pooled.code).toBe(0);
      expect(jsonLines(one.stdout)).toHaveLength(1);
      expect(pooled.stdout.startsWith(one.stdout)).toBe(true);
      expect(jsonLines(pooled.stdout)[1]!.id).toBe(OTHER);
      const json = await runCli(['--format', 'json', file]);
      const jsonPooled = await runCli(['--format', 'json', '--jobs', '2', file, OTHER]);
      expect(json.stdout.length).toBeGreaterThan(100);
      expect(jsonPooled.stdout.startsWith(json.stdout)).toBe(true);
    });
  }

  it('runs without a worker: a worker-only hang marker has no effect on a lone file, but does in a batch', async () => {
    const dir = tempDir();
    const marked = join(dir, 'marked.txt');
    writeFileSync(marked, 'decruft-test:hang\n\nA paragraph of text that is cleaned in-process, where there is no test hook at all.\n');
    const env = { DECRUFT_TEST_HOOKS: '1' };
    const alone = await runCli(['--format', 'jsonl', '--timeout', '2000', marked], { env });
    expect(alone.code).toBe(0);
    expect(jsonLines(alone.stdout)[0]!.text).toContain('cleaned in-process');
    const batch = await runCli(['--format', 'jsonl', '--timeout', '2000', '--jobs', '1', marked, OTHER], { env });
    expect(jsonLines(batch.stdout).map((o) => (o.error as { code?: string } | undefined)?.code ?? 'ok')).toEqual(['TIMEOUT', 'ok']);
  });

  it('a lone document over 4 MiB goes to a worker (heap cap, hard timeout)', async () => {
    const dir = tempDir();
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'decruft-test:hang\n\n' + 'A line of filler text for a big document.\n'.repeat(110_000));
    const r = await runCli(['--format', 'jsonl', '--timeout', '2000', big], { env: { DECRUFT_TEST_HOOKS: '1' } });
    expect(r.code).toBe(3);
    expect(jsonLines(r.stdout)[0]!.error).toMatchObject({ code: 'TIMEOUT' });
  });

  it('a lone missing file is a READ error record, exit 3', async () => {
    const missing = join(tempDir(), 'nope.html');
    const r = await runCli(['--format', 'jsonl', missing]);
    expect(r.code).toBe(3);
    expect(jsonLines(r.stdout)).toEqual([{ id: missing, path: missing, error: { code: 'READ', message: 'no such file or directory' } }]);
  });
});
