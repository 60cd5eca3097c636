import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evalCommand } from '../../src/eval/command.js';
import { loadCorpus } from '../../src/eval/corpus.js';
import { evalRun } from '../../src/eval/run.js';

const ARTICLE =
  'The city council voted on Tuesday to expand the bus network to the northern districts. ' +
  'The plan adds four new lines and more frequent service at night, officials said.';

function fixture(): string {
  const root = mkdtempSync(join(tmpdir(), 'decruft-eval-'));
  const gold = join(root, 'goldy');
  mkdirSync(gold);
  writeFileSync(join(gold, 'p1.dump.txt'), `${ARTICLE}\n`);
  writeFileSync(join(gold, 'p1.gold.txt'), `${ARTICLE}\n`);
  writeFileSync(join(gold, 'p1.meta.json'), JSON.stringify({ title: 'Buses', byline: null }));
  writeFileSync(join(gold, 'p2.dump.txt'), ''); // empty input: an error, scored as empty output
  writeFileSync(join(gold, 'p2.gold.txt'), `${ARTICLE}\n`);
  const snip = join(root, 'snippy');
  mkdirSync(snip);
  writeFileSync(join(snip, 's1.dump.txt'), `${ARTICLE}\n`);
  writeFileSync(
    join(snip, 'snippets.jsonl'),
    JSON.stringify({ id: 's1', with: ['expand the bus  network', 'not in the page'], without: ['Cookie settings'] }) + '\n',
  );
  return root;
}

describe('decruft eval', () => {
  afterEach(() => vi.restoreAllMocks());

  it('scores a text-gold corpus; a page that fails counts as empty output', async () => {
    const root = fixture();
    const { summary, records } = await evalRun(loadCorpus(join(root, 'goldy')), 'dump', { bootstrap: 50 });
    expect(summary.pages).toBe(2);
    expect(summary.errors).toBe(1);
    expect(summary.errorCodes).toEqual({ EMPTY: 1 });
    expect(records[1]).toMatchObject({ id: 'p2', r: 0, error: { code: 'EMPTY' } });
    expect(records[1].p).toBeUndefined();
    expect(summary.meta.title?.n).toBe(1);
    expect(summary.meta.authors).toBeUndefined();
  });

  it('scores a snippet corpus with summed snippet counts', async () => {
    const root = fixture();
    const { summary, records } = await evalRun(loadCorpus(join(root, 'snippy')), 'dump', { bootstrap: 0 });
    expect(records[0].snippets).toMatchObject({ missed: ['not in the page'], leaked: [] });
    expect(summary.snippets).toEqual({ tp: records[0].snippets!.tp, fp: 0, fn: 1, tn: 1 });
  });

  it('prints tables, writes per-page JSONL and a summary, exits 0', async () => {
    const root = fixture();
    const out = join(root, 'out');
    let stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
    const code = await evalCommand(['--input', 'dump', '--out', out, '--worst', '1', '--bootstrap', '20', '--all', root]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/corpus\s+input\s+pages\s+P\s+R\s+F1 ±/);
    expect(stdout).toMatch(/goldy\s+dump\s+2 /);
    expect(stdout).toMatch(/snippy \*\s+dump\s+1 /);
    expect(stdout).toMatch(/worst 1 of goldy\/dump:\n {2}p2 {2}P=- R=0\.000 {2}\[EMPTY\]/);
    const lines = readFileSync(join(out, 'goldy.dump.jsonl'), 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['p1', 'p2']);
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'))).toHaveLength(2);
  });

  it('--json prints the summaries; same seed, same ±', async () => {
    const root = fixture();
    const run = async () => {
      let stdout = '';
      const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
      await evalCommand(['--json', '--input', 'dump', '--seed', '3', join(root, 'goldy')]);
      spy.mockRestore();
      return JSON.parse(stdout);
    };
    const a = await run();
    expect(a.runs[0]).toMatchObject({ corpus: 'goldy', input: 'dump', pages: 2, bootstrapN: 1000, seed: 3 });
    expect(a.runs[0].ci.f1.pm).toBeGreaterThan(0);
    expect((await run()).runs[0].ci).toEqual(a.runs[0].ci);
  });

  it('rejects bad usage with exit code 2', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await evalCommand([])).toBe(2);
    expect(await evalCommand(['--input', 'pdf', 'x'])).toBe(2);
    expect(await evalCommand(['--worst', '-1', 'x'])).toBe(2);
  });
});

describe('decruft eval --markdown', () => {
  it('prints the tables as Markdown', async () => {
    const root = fixture();
    let stdout = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
    await evalCommand(['--markdown', '--worst', '0', '--bootstrap', '0', join(root, 'goldy')]);
    spy.mockRestore();
    expect(stdout).toMatch(/^\| corpus \| input \| pages \| P \| R \| F1 ± \| acc \| errors \| pages\/s \|\n\|---\|---\|--:\|/);
    expect(stdout).toMatch(/\| goldy \| dump \| 2 \|/);
  });
});
