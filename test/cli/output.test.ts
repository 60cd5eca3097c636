/**
 * CLI output: text, json, markdown, several inputs, --out naming, --explain, subcommands, usage.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { clean, CLEANERS, corpus, corpusBytes, jsonLines, runCli, SEEDS, tempDir } from './helpers.js';

const SEED = join(SEEDS, '001_e8b5b4d679f388a7.txt');
const seedBytes = readFileSync(SEED);

describe('decruft FILE', () => {
  it('prints the cleaned text of one file, exactly as clean() returns it', async () => {
    const r = await runCli([SEED]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(clean(seedBytes).text + '\n');
  });

  it('reads stdin with -', async () => {
    const r = await runCli(['-'], { input: seedBytes });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(clean(seedBytes).text + '\n');
  });

  it('reads .gz transparently', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'seed.txt.gz'), gzipSync(seedBytes));
    const r = await runCli([join(dir, 'seed.txt.gz')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(clean(seedBytes).text + '\n');
  });

  it('separates several inputs with a ==> id <== header on stdout', async () => {
    const a = corpus('dragnet', 'dn-0001.dump.txt');
    const r = await runCli([SEED, a]);
    expect(r.code).toBe(0);
    const expected =
      `==> ${SEED} <==\n${clean(seedBytes).text}\n` + `\n==> ${a} <==\n${clean(readFileSync(a)).text}\n`;
    expect(r.stdout).toBe(expected);
  });

  it('--format json prints the record with id, text and metadata', async () => {
    const r = await runCli(['--format', 'json', SEED]);
    expect(r.code, r.stderr).toBe(0);
    const rec = JSON.parse(r.stdout);
    const res = clean(seedBytes);
    expect(rec.id).toBe(SEED);
    expect(rec.text).toBe(res.text);
    expect(rec.metadata).toEqual(JSON.parse(JSON.stringify(res.metadata)));
    expect(rec.removed).toBeUndefined();
  });

  it('--format markdown prints the title as a heading and the markdown body', async () => {
    const r = await runCli(['--format', 'markdown', SEED]);
    expect(r.code).toBe(0);
    const res = clean(seedBytes, { format: 'markdown' });
    const title = res.metadata.title ? `# ${res.metadata.title}\n\n` : '';
    expect(r.stdout).toBe(title + res.markdown + '\n');
  });

  it('--explain lists each removal with its cleaner, reason and lines, and metadata provenance (stderr)', async () => {
    const r = await runCli(['--explain', SEED]);
    expect(r.code).toBe(0);
    const res = clean(seedBytes, { explain: true });
    expect(r.stdout).toBe(res.text + '\n');
    expect(r.stderr).toContain(`removed: ${res.removed.length} block(s)`);
    for (const rem of res.removed) {
      const where = rem.lineStart === rem.lineEnd ? `L${rem.lineStart}` : `L${rem.lineStart}-${rem.lineEnd}`;
      expect(r.stderr).toContain(`${where.padEnd(10)} ${rem.ruleId.padEnd(22)} ${rem.reason}`);
    }
    for (const [field, p] of Object.entries(res.provenance ?? {})) {
      expect(r.stderr).toMatch(new RegExp(`\\n  ${field} .*<- ${p!.ruleId.replace(/[-]/g, '\\-')}: `));
    }
  });

  it('--explain with --format jsonl puts removed and provenance in the record', async () => {
    const r = await runCli(['--explain', '--format', 'jsonl', SEED]);
    const [rec] = jsonLines(r.stdout);
    const res = clean(seedBytes, { explain: true });
    expect(rec!.removed).toEqual(JSON.parse(JSON.stringify(res.removed)));
    expect(rec!.provenance).toEqual(JSON.parse(JSON.stringify(res.provenance)));
  });

  it('--url goes to metadata.url; --disable switches a cleaner off', async () => {
    const id = CLEANERS[0]!.id;
    const r = await runCli(['--format', 'json', '--url', 'https://example.com/a', '--disable', id, SEED]);
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout);
    const res = clean(seedBytes, { url: 'https://example.com/a', cleaners: { [id]: false } });
    expect(rec.metadata.url).toBe('https://example.com/a');
    expect(rec.text).toBe(res.text);
  });
});

describe('--out DIR', () => {
  it('writes one output per input, relative paths kept for directory inputs, .gz and last extension replaced', async () => {
    const src = tempDir();
    mkdirSync(join(src, 'x'));
    copyFileSync(corpus('dragnet', 'dn-0001.dump.txt'), join(src, 'x', 'page.dump.txt'));
    copyFileSync(corpus('dragnet', 'dn-0003.html.gz'), join(src, 'page.html.gz'));
    writeFileSync(join(src, 'x', 'seed.txt'), seedBytes);
    const out = tempDir();
    const r = await runCli(['--out', out, src]);
    expect(r.stderr.split('\n')[0]).toMatch(/^decruft: 3 documents: \d+ ok/);
    const files = readdirSync(out, { recursive: true }).map(String).sort();
    expect(files).toContain(join('x', 'page.dump.txt'));
    expect(files).toContain(join('x', 'seed.txt'));
    expect(readFileSync(join(out, 'x', 'seed.txt'), 'utf8')).toBe(clean(seedBytes).text + '\n');
    expect(readFileSync(join(out, 'x', 'page.dump.txt'), 'utf8')).toBe(
      clean(readFileSync(corpus('dragnet', 'dn-0001.dump.txt'))).text + '\n',
    );
    // The HTML page: cleaned, or (while the HTML path cannot) an error record — never a half output.
    if (r.code === 0) expect(files).toContain('page.txt');
    else expect(readFileSync(join(out, 'errors.jsonl'), 'utf8')).toContain('page.html.gz');
  });

  it('uses .json and .md for the other formats, and the name of a file given directly', async () => {
    const out = tempDir();
    const r1 = await runCli(['--out', out, '--format', 'json', SEED]);
    const r2 = await runCli(['--out', out, '--format', 'markdown', SEED]);
    expect(r1.code).toBe(0);
    expect(r2.code).toBe(0);
    // SEED is outside the working directory: its base name is used.
    expect(JSON.parse(readFileSync(join(out, '001_e8b5b4d679f388a7.json'), 'utf8')).text).toBe(clean(seedBytes).text);
    expect(existsSync(join(out, '001_e8b5b4d679f388a7.md'))).toBe(true);
  });

  it('keeps paths relative to the working directory and to the base of a glob', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'in', 'a'), { recursive: true });
    writeFileSync(join(cwd, 'in', 'a', 'one.dump.txt'), seedBytes);
    writeFileSync(join(cwd, 'in', 'two.txt.gz'), gzipSync(seedBytes));
    const r1 = await runCli(['--out', 'o1', 'in/a/one.dump.txt'], { cwd });
    expect(r1.code).toBe(0);
    expect(existsSync(join(cwd, 'o1', 'in', 'a', 'one.dump.txt'))).toBe(true);
    const r2 = await runCli(['--out', 'o2', 'in/**/*.{txt,gz}'], { cwd });
    expect(r2.code).toBe(0);
    expect(readdirSync(join(cwd, 'o2'), { recursive: true }).map(String).sort()).toEqual(
      [join('a'), join('a', 'one.dump.txt'), 'two.txt'].sort(),
    );
  });

  it('a finished output is skipped on rerun; --force redoes it', async () => {
    const out = tempDir();
    await runCli(['--out', out, SEED]);
    const target = join(out, '001_e8b5b4d679f388a7.txt');
    writeFileSync(target, 'kept\n');
    const r = await runCli(['--out', out, '--summary', 'json', SEED]);
    expect(JSON.parse(r.stderr).summary).toMatchObject({ ok: 0, skipped: 1, failed: 0 });
    expect(readFileSync(target, 'utf8')).toBe('kept\n');
    await runCli(['--out', out, '--force', SEED]);
    expect(readFileSync(target, 'utf8')).toBe(clean(seedBytes).text + '\n');
  });
});

describe('subcommands, help and usage errors', () => {
  it('decruft cleaners lists every cleaner id with its purpose', async () => {
    const r = await runCli(['cleaners']);
    expect(r.code).toBe(0);
    for (const c of CLEANERS) expect(r.stdout).toContain(`${c.id.padEnd(4)}`);
    for (const c of CLEANERS) expect(r.stdout).toContain(c.purpose);
  });

  it('--help shows examples and exit codes; --version the package version', async () => {
    const h = await runCli(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Examples:');
    expect(h.stdout).toContain('Exit codes:');
    const v = await runCli(['--version']);
    expect(v.stdout.trim()).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
  });

  it('exits 2 on usage errors: unknown option, bad choice, unknown cleaner', async () => {
    for (const args of [['--bogus', SEED], ['--format', 'pdf', SEED], ['--disable', 'no-such-cleaner', SEED], ['--jobs', '0', SEED]]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/unknown|invalid|must be|Allowed choices/i);
      expect(r.stdout).toBe('');
    }
  });

  it('dispatches decruft eval to the eval command', async () => {
    const r = await runCli(['eval', '--help']);
    expect(r.stderr + r.stdout).toMatch(/eval/i);
  });
});
