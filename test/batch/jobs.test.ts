/**
 * Parallelism and fault isolation: --jobs 2 gives the same bytes as --jobs 1; a document that hangs
 * is stopped at --timeout (TIMEOUT) and one that kills its worker gets WORKER; the others are intact.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPORA, jsonLines, runCli, SEEDS, tempDir } from '../cli/helpers.js';

const INPUTS = [join(CORPORA, 'dragnet', 'dn-00[0-4]*.dump.txt'), join(CORPORA, 'l3s-gn1', 'gn-000[0-9].html.gz'), SEEDS];

describe('--jobs', () => {
  it('--jobs 2 output is byte-identical to --jobs 1 (JSONL with --explain)', async () => {
    const args = ['--format', 'jsonl', '--explain', '--quiet', ...INPUTS];
    const one = await runCli(['--jobs', '1', ...args]);
    const two = await runCli(['--jobs', '2', ...args]);
    expect(one.code).toBe(two.code);
    expect(jsonLines(one.stdout).length).toBeGreaterThan(30);
    expect(two.stdout).toBe(one.stdout);
  });
});

describe('fault isolation (test hooks: DECRUFT_TEST_HOOKS=1)', () => {
  it('a hanging document is stopped at --timeout with TIMEOUT, a crashing worker gives WORKER; the rest are exact', async () => {
    const dir = tempDir();
    const hang = join(dir, 'b-hang.txt');
    const exit = join(dir, 'c-exit.txt');
    writeFileSync(hang, 'decruft-test:hang\n\nA paragraph that never gets cleaned because the worker loops.\n');
    writeFileSync(exit, 'decruft-test:exit\n\nA paragraph whose worker exits.\n');
    const good = [join(SEEDS, '001_e8b5b4d679f388a7.txt'), join(SEEDS, '004_6b90616502daa14e.txt')];
    const alone = await runCli(['--format', 'jsonl', ...good]);
    const env = { DECRUFT_TEST_HOOKS: '1' };
    const r = await runCli(['--format', 'jsonl', '--timeout', '3000', '--jobs', '2', good[0]!, hang, exit, good[1]!, hang], { env });
    expect(r.code).toBe(3);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual([good[0], hang, exit, good[1], hang]);
    expect(out[1]!.error).toMatchObject({ code: 'TIMEOUT' });
    expect(out[4]!.error).toMatchObject({ code: 'TIMEOUT' });
    expect(out[2]!.error).toMatchObject({ code: 'WORKER' });
    const expected = jsonLines(alone.stdout);
    expect(out[0]).toEqual(expected[0]);
    expect(out[3]).toEqual(expected[1]);
    expect(r.stderr).toContain(`${hang}: TIMEOUT`);
  });

  it('with one job, a hang does not block the documents after it', async () => {
    const dir = tempDir();
    const hang = join(dir, 'hang.txt');
    writeFileSync(hang, 'decruft-test:hang\n');
    const good = join(SEEDS, '002_dac5eb39bed7bfc0.txt');
    const r = await runCli(['--format', 'jsonl', '--timeout', '2000', '--jobs', '1', hang, good, hang, good], {
      env: { DECRUFT_TEST_HOOKS: '1' },
    });
    const out = jsonLines(r.stdout);
    expect(out.map((o) => (o.error as { code?: string } | undefined)?.code ?? 'ok')).toEqual(['TIMEOUT', 'ok', 'TIMEOUT', 'ok']);
    expect(out[1]!.text).toBe(out[3]!.text);
  });
});

describe('progress and summary', () => {
  it('--progress json prints JSON progress lines; --summary json the counts and per-cleaner removals', async () => {
    const r = await runCli(['--format', 'jsonl', '--progress', 'json', '--summary', 'json', SEEDS]);
    const lines = r.stderr.trim().split('\n').map((l) => JSON.parse(l));
    const progress = lines.filter((l) => l.progress).map((l) => l.progress);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toMatchObject({ done: 5, ok: 5, failed: 0 });
    expect(Object.keys(progress.at(-1)).sort()).toEqual(
      ['docsPerSec', 'done', 'elapsedMs', 'etaMs', 'failed', 'mbPerSec', 'ok', 'skipped', 'total'].sort(),
    );
    const summary = lines.find((l) => l.summary)!.summary;
    expect(summary).toMatchObject({ ok: 5, failed: 0, skipped: 0, total: 5 });
    expect(jsonLines(r.stdout).length).toBe(5);
    expect(Object.values(summary.cleaners as Record<string, { blocks: number; chars: number }>).every((c) => c.blocks > 0)).toBe(true);
  });

  it('--profile prints time per stage and per cleaner', async () => {
    const r = await runCli(['--profile', '--quiet', SEEDS]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^profile \(5 documents\):/m);
    expect(r.stderr).toMatch(/^\s+total\s/m);
    expect(r.stderr).toMatch(/^\s+cleaner:/m);
  });

  it('the text summary names counts, throughput and cleaners', async () => {
    const r = await runCli([SEEDS]);
    expect(r.stderr).toMatch(/^decruft: 5 documents: 5 ok, 0 failed, 0 skipped in [\d.]+ s \([\d.]+ docs\/s, [\d.]+ MB\/s\)$/m);
    expect(r.stderr).toContain('removed by cleaner:');
  });
});
