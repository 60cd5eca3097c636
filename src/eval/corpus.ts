/**
 * Corpus folders for `decruft eval`: `<id>.<input>` files with `<id>.gold.txt` (text gold) or a
 * `snippets.jsonl` (trafilatura's snippet gold), and optional `<id>.meta.json`.
 * @module
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { SnippetGold } from './snippets.js';

/** Which file of a page is cleaned. */
export type EvalInput = 'dump' | 'dump-raw' | 'html';
export const EVAL_INPUTS: readonly EvalInput[] = ['dump', 'dump-raw', 'html'];

/** A corpus folder, read once. */
export interface Corpus {
  name: string;
  dir: string;
  gold: 'text' | 'snippets';
  /** Page ids, sorted. */
  ids: string[];
  /** Snippet gold by id (snippet corpora only). */
  snippets?: Map<string, SnippetGold>;
}

/** Read a corpus folder; throws when it has neither `*.gold.txt` nor `snippets.jsonl`. */
export function loadCorpus(dir: string): Corpus {
  const files = readdirSync(dir);
  const name = basename(dir.replace(/[\\/]+$/, ''));
  const goldIds = files.filter((f) => f.endsWith('.gold.txt')).map((f) => f.slice(0, -'.gold.txt'.length));
  if (goldIds.length) return { name, dir, gold: 'text', ids: goldIds.sort() };
  if (files.includes('snippets.jsonl')) {
    const snippets = new Map<string, SnippetGold>();
    for (const line of readFileSync(join(dir, 'snippets.jsonl'), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const s = JSON.parse(line) as SnippetGold;
      snippets.set(s.id, { id: s.id, url: s.url, with: s.with ?? [], without: s.without ?? [] });
    }
    return { name, dir, gold: 'snippets', ids: [...snippets.keys()].sort(), snippets };
  }
  throw new Error(`${dir}: no <id>.gold.txt files and no snippets.jsonl`);
}

/** Every corpus folder directly under `root` (folders holding gold or snippets), by name. */
export function findCorpora(root: string): string[] {
  return readdirSync(root)
    .map((f) => join(root, f))
    .filter((p) => {
      if (!statSync(p).isDirectory()) return false;
      const files = readdirSync(p);
      return files.includes('snippets.jsonl') || files.some((f) => f.endsWith('.gold.txt'));
    })
    .sort();
}

/** The input file of a page, or undefined when it is not there. */
export function inputPath(dir: string, id: string, input: EvalInput): string | undefined {
  const candidates =
    input === 'html' ? [`${id}.html.gz`, `${id}.html`, `${id}.htm`] : input === 'dump' ? [`${id}.dump.txt`] : [`${id}.dump-raw.txt`];
  for (const c of candidates) {
    const p = join(dir, c);
    if (existsSync(p)) return p;
  }
  return undefined;
}

/** Whether a corpus has this input for at least its first page. */
export function hasInput(corpus: Corpus, input: EvalInput): boolean {
  return corpus.ids.some((id) => inputPath(corpus.dir, id, input) !== undefined);
}

/** Read an input file's bytes (gunzipped for `.gz`). */
export function readInput(path: string): Uint8Array {
  const bytes = readFileSync(path);
  return path.endsWith('.gz') ? gunzipSync(bytes) : bytes;
}

/** The page's `meta.json`, when there is one. */
export function readMeta(dir: string, id: string): Record<string, unknown> | undefined {
  const p = join(dir, `${id}.meta.json`);
  if (!existsSync(p)) return undefined;
  return JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;
}
