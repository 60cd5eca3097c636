/**
 * Input discovery: command-line arguments → a list of sources (files, stdin, JSONL and WARC
 * containers), each with the relative name its output gets below `--out`.
 * @module
 */
import { opendir, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, normalize, relative, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** One source of documents. `rel` names its output below `--out` (POSIX separators). */
export type Source =
  | { kind: 'file'; path: string; rel: string }
  | { kind: 'stdin'; path: '-'; rel: string }
  | { kind: 'jsonl'; path: string; rel: string }
  | { kind: 'warc'; path: string; rel: string }
  | { kind: 'missing'; path: string; rel: string; message: string };

const WARC_RE = /\.warc(\.gz)?$/i;
const JSONL_RE = /\.jsonl?(\.gz)?$/i;

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** Name below `--out` for a file given by path: kept when inside the working directory, else its base name. */
function relForFile(path: string): string {
  const n = normalize(path);
  if (isAbsolute(n) || n.startsWith('..')) {
    const r = relative(process.cwd(), n);
    return r && !r.startsWith('..') && !isAbsolute(r) ? toPosix(r) : basename(n);
  }
  return toPosix(n);
}

function classify(path: string, rel: string, jsonl: boolean): Source {
  if (WARC_RE.test(path)) return { kind: 'warc', path, rel };
  if (jsonl && (JSONL_RE.test(path) || !/\.(html?|txt)(\.gz)?$/i.test(path))) return { kind: 'jsonl', path, rel };
  return { kind: 'file', path, rel };
}

/** Files below a directory, recursively, in a stable (sorted) order; dot files are skipped. */
async function* walk(dir: string, base: string): AsyncGenerator<{ path: string; rel: string }> {
  const entries: { name: string; dir: boolean }[] = [];
  for await (const e of await opendir(dir)) {
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory()) entries.push({ name: e.name, dir: true });
    else if (e.isFile() || e.isSymbolicLink()) entries.push({ name: e.name, dir: false });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.dir) yield* walk(path, base);
    else yield { path, rel: toPosix(relative(base, path)) };
  }
}

/** The directory part of a glob before its first dynamic segment. */
function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (isDynamicPattern(part)) break;
    fixed.push(part);
  }
  if (fixed.length === parts.length) fixed.pop();
  return fixed.join('/') || '.';
}

/** Expand the command-line inputs, in the order given; unknown paths become `missing` sources. */
export async function* discover(inputs: string[], jsonl: boolean): AsyncGenerator<Source> {
  for (const input of inputs) {
    if (input === '-') {
      yield jsonl ? { kind: 'jsonl', path: '-', rel: 'stdin' } : { kind: 'stdin', path: '-', rel: 'stdin' };
      continue;
    }
    let st;
    try {
      st = await stat(input);
    } catch (err) {
      if (isDynamicPattern(input)) {
        const base = globBase(input);
        const matches = (await glob(input, { onlyFiles: true, dot: false, expandDirectories: false })).sort();
        if (matches.length === 0) {
          yield { kind: 'missing', path: input, rel: input, message: 'no files match this pattern' };
        }
        for (const m of matches) {
          const rel = toPosix(relative(base, m));
          yield classify(m, rel.startsWith('..') ? basename(m) : rel, jsonl);
        }
        continue;
      }
      const code = (err as NodeJS.ErrnoException).code;
      const message = code === 'ENOENT' ? 'no such file or directory' : `cannot read: ${(err as Error).message}`;
      yield { kind: 'missing', path: input, rel: input, message };
      continue;
    }
    if (st.isDirectory()) {
      for await (const f of walk(input, input)) yield classify(f.path, f.rel, jsonl);
    } else {
      yield classify(input, relForFile(input), jsonl);
    }
  }
}

/** Output name below `--out`: `.gz` and the last extension replaced by the format's (`page.html.gz` → `page.txt`). */
export function outputName(rel: string, format: 'text' | 'json' | 'markdown' | 'jsonl'): string {
  const ext = format === 'json' ? '.json' : format === 'markdown' ? '.md' : format === 'jsonl' ? '.jsonl' : '.txt';
  let name = rel.replace(/\.gz$/i, '');
  const slash = name.lastIndexOf('/');
  const dot = name.lastIndexOf('.');
  if (dot > slash + 1) name = name.slice(0, dot);
  return name + ext;
}

/** A document id as a safe file name (for records inside WARC/JSONL containers). */
export function safeName(id: string | number): string {
  const s = String(id).replace(/^<|>$/g, '').replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '');
  return (s || 'doc').slice(0, 150);
}
