/**
 * Helpers for CLI tests: spawn `node bin/decruft.js` (the dist/ build made by test/global-setup.ts),
 * temp folders, and a few real dev pages.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { inject } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The snapshot of the build made by test/global-setup.ts (the repository when run without it). */
export const BUILD: string = inject('decruftBuild') ?? ROOT;
export const BIN = join(BUILD, 'bin', 'decruft.js');

/** The library from the same build as the CLI under test, so expected values match it. */
const lib: typeof import('../../src/index.js') = await import(pathToFileURL(join(BUILD, 'dist', 'index.js')).href);
export const { clean, CLEANERS, DecruftError } = lib;
export const CORPORA = join(ROOT, '..', 'shared', 'corpora');
export const SEEDS = join(ROOT, '..', 'shared', 'seeds');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string>;
  /** Hang guard only (never an assertion on time). */
  timeoutMs?: number;
}

/** Run the CLI and collect its output. */
export function runCli(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const guard = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(opts.input ?? '');
  });
}

/** A fresh temp folder. */
export function tempDir(prefix = 'decruft-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A corpus file path, e.g. `corpus('dragnet', 'dn-0001.dump.txt')`. */
export function corpus(name: string, file: string): string {
  return join(CORPORA, name, file);
}

/** The (inflated) bytes of a corpus file. */
export function corpusBytes(name: string, file: string): Buffer {
  const raw = readFileSync(corpus(name, file));
  return file.endsWith('.gz') ? gunzipSync(raw) : raw;
}

/** Parse JSONL output. */
export function jsonLines(s: string): Record<string, unknown>[] {
  return s
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A few real dev pages (HTML, gzipped) and dumps. */
export const HTML_PAGES = ['dn-0001.html.gz', 'dn-0002.html.gz', 'dn-0003.html.gz', 'dn-0005.html.gz'];
export const DUMPS = ['dn-0001.dump.txt', 'dn-0002.dump.txt', 'dn-0003.dump.txt'];
