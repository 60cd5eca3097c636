/**
 * Resume: a batch killed with SIGKILL at a random point and rerun with the same command ends with
 * outputs byte-identical to an uninterrupted run (JSONL file + journal; --out DIR with atomic files).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, CORPORA, ROOT, runCli, tempDir } from '../cli/helpers.js';

/** Inputs: ~100 real dumps, a few HTML pages, and two bad files (their error records must survive too). */
function inputs(): string[] {
  const dir = tempDir('decruft-resume-in-');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.bin'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
  return [join(CORPORA, 'dragnet', 'dn-00[0-9]*.dump.txt'), join(CORPORA, 'dragnet', 'dn-000[0-9].html.gz'), dir];
}

const ENV = { DECRUFT_FLUSH_RECORDS: '4' };

/** Start the CLI and SIGKILL it once `trigger()` says so (or let it finish). */
function runAndKill(
  args: string[],
  trigger: () => boolean,
  signal: NodeJS.Signals = 'SIGKILL',
): Promise<{ killed: boolean; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...ENV }, stdio: 'ignore' });
    let killed = false;
    const poll = setInterval(() => {
      if (!killed && trigger()) {
        killed = true;
        child.kill(signal);
      }
    }, 5);
    const guard = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      clearTimeout(guard);
      resolve({ killed, code });
    });
  });
}

function sizeOf(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true }).map(String)) {
    const p = join(dir, f);
    if (statSync(p).isFile()) out[relative(dir, p)] = readFileSync(p, 'latin1');
  }
  return out;
}

describe('resume after SIGKILL', () => {
  it('JSONL output: killed twice at random points, rerun → byte-identical to a clean run', async () => {
    const args = ['--format', 'jsonl', '--jobs', '2', '--quiet', ...inputs()];
    const dir = tempDir('decruft-resume-');
    const clean = join(dir, 'clean.jsonl');
    const r = await runCli([...args, '--out', clean], { env: ENV });
    expect(r.code).toBe(3); // the two bad files
    const full = sizeOf(clean);
    const errorsFull = readFileSync(`${clean}.errors.jsonl`);
    expect(errorsFull.toString()).toContain('"EMPTY"');

    const out = join(dir, 'resumed.jsonl');
    const seed = Math.random();
    let kills = 0;
    for (const fraction of [0.15 + 0.3 * seed, 0.5 + 0.4 * Math.random()]) {
      const run = await runAndKill([...args, '--out', out], () => sizeOf(out) >= fraction * full);
      if (run.killed) kills++;
    }
    const last = await runCli([...args, '--out', out], { env: ENV });
    expect(last.code).toBe(3);
    expect(kills, `seed ${seed}`).toBeGreaterThan(0);
    expect(readFileSync(out).equals(readFileSync(clean)), `seed ${seed}`).toBe(true);
    expect(readFileSync(`${out}.errors.jsonl`).equals(errorsFull)).toBe(true);

    // A rerun of a finished run changes nothing and skips everything.
    const again = await runCli([...args, '--out', out, '--summary', 'json'], { env: ENV });
    expect(readFileSync(out).equals(readFileSync(clean))).toBe(true);
    const summary = JSON.parse(again.stderr.trim().split('\n').at(-1)!).summary;
    expect(summary.ok).toBe(0);
    expect(summary.skipped).toBeGreaterThan(50);
  });

  it('--out DIR: killed at a random point, rerun → the same files as a clean run', async () => {
    const args = ['--jobs', '2', '--quiet', ...inputs().slice(0, 2)];
    const dir = tempDir('decruft-resume-dir-');
    const cleanDir = join(dir, 'clean');
    const r = await runCli([...args, '--out', cleanDir]);
    expect(r.code).toBe(0);
    const expected = tree(cleanDir);
    const n = Object.keys(expected).length;
    expect(n).toBeGreaterThan(50);

    const out = join(dir, 'resumed');
    const fraction = 0.2 + 0.6 * Math.random();
    const run = await runAndKill([...args, '--out', out], () => existsSync(out) && readdirSync(out).length >= fraction * n);
    expect(run.killed, `fraction ${fraction}`).toBe(true);
    const rerun = await runCli([...args, '--out', out, '--summary', 'json']);
    expect(rerun.code).toBe(0);
    expect(tree(out)).toEqual(expected);
    expect(JSON.parse(rerun.stderr.trim()).summary.skipped).toBeGreaterThan(0);
  });

  it('Ctrl-C (SIGINT) keeps what is done, exits 130, and a rerun completes byte-identical', async () => {
    const args = ['--format', 'jsonl', '--jobs', '2', '--quiet', ...inputs().slice(0, 1)];
    const dir = tempDir('decruft-resume-int-');
    const clean = join(dir, 'clean.jsonl');
    expect((await runCli([...args, '--out', clean], { env: ENV })).code).toBe(0);
    const full = sizeOf(clean);
    const out = join(dir, 'resumed.jsonl');
    const fraction = 0.2 + 0.6 * Math.random();
    const run = await runAndKill([...args, '--out', out], () => sizeOf(out) >= fraction * full, 'SIGINT');
    expect(run.killed, `fraction ${fraction}`).toBe(true);
    expect(run.code).toBe(130);
    expect((await runCli([...args, '--out', out], { env: ENV })).code).toBe(0);
    expect(readFileSync(out).equals(readFileSync(clean))).toBe(true);
  });

  it('a journal of another command is not resumed (usage error, exit 2)', async () => {
    const dir = tempDir();
    const out = join(dir, 'a.jsonl');
    const seed = join(ROOT, '..', 'shared', 'seeds', '001_e8b5b4d679f388a7.txt');
    expect((await runCli(['--out', out, seed])).code).toBe(0);
    const r = await runCli(['--out', out, '--explain', seed]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--force');
  });
});
