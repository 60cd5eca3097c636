/**
 * Evaluate one page: read its input, clean it, score it against the gold. Shared by the in-process
 * run and the worker pool, so both give identical records.
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../clean.js';
import { toErrorRecord } from '../errors.js';
import type { CleanResult } from '../types.js';
import { inputPath, readInput, readMeta, type EvalInput } from './corpus.js';
import { matchMetadata, metaGold, type MetaField, type MetaVerdict } from './metadata.js';
import { pagePR, scorePage } from './metric.js';
import { scoreSnippets, type SnippetGold, type SnippetPage } from './snippets.js';

/** Per-page time budget in the eval (the library default is 10 s). */
export const EVAL_TIMEOUT_MS = 120_000;

/** What a worker needs to evaluate a page (plain data, cheap to post). */
export interface PageTask {
  dir: string;
  id: string;
  input: EvalInput;
  /** Snippet gold for snippet corpora; absent → `<id>.gold.txt`. */
  snippets?: Pick<SnippetGold, 'with' | 'without'>;
}

/** Per-page result, one line of `<out>/<corpus>.<input>.jsonl`. */
export interface PageRecord {
  id: string;
  /** Input bytes (after gunzip). */
  bytes: number;
  /** Time in `clean()`, ms. */
  ms: number;
  /** Set when `clean()` threw or the input was missing; the page is scored as empty output. */
  error?: { code: string; message: string };
  /** Text gold: normalised TP/FP/FN, page P/R (absent where the benchmark leaves the page out). */
  tp?: number;
  fp?: number;
  fn?: number;
  p?: number;
  r?: number;
  exact?: boolean;
  /** Snippet gold. */
  snippets?: SnippetPage;
  /** Metadata verdicts for the fields the gold has. */
  meta?: Partial<Record<MetaField, MetaVerdict>>;
  /** Words in decruft's output. */
  words?: number;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Clean and score one page. Never throws for a page problem: errors go in the record. */
export function evalPage(task: PageTask): PageRecord {
  const { dir, id, input } = task;
  let result: CleanResult | undefined;
  let error: PageRecord['error'];
  let bytes = 0;
  let ms = 0;
  const path = inputPath(dir, id, input);
  if (!path) {
    error = { code: 'MISSING', message: `no ${input} input for ${id}` };
  } else {
    try {
      const data = readInput(path);
      bytes = data.length;
      const t0 = performance.now();
      try {
        // A generous time budget: the eval measures quality, and a busy machine must not turn a
        // slow page into a TIMEOUT (an empty output) and move the figures.
        result = clean(data, { type: input === 'html' ? 'html' : 'text', timeoutMs: EVAL_TIMEOUT_MS });
      } finally {
        ms = performance.now() - t0;
      }
    } catch (err) {
      error = toErrorRecord(err);
    }
  }
  const text = result?.text ?? '';
  const rec: PageRecord = { id, bytes, ms: round(ms) };
  if (error) rec.error = error;
  if (task.snippets) {
    rec.snippets = scoreSnippets(text, task.snippets);
  } else {
    const gold = readFileSync(join(dir, `${id}.gold.txt`), 'utf8');
    const s = scorePage(text, gold);
    const { p, r } = pagePR(s);
    Object.assign(rec, { tp: round(s.tp), fp: round(s.fp), fn: round(s.fn), exact: s.exact });
    if (p !== undefined) rec.p = round(p);
    if (r !== undefined) rec.r = round(r);
  }
  const metaJson = readMeta(dir, id);
  if (metaJson) {
    const verdicts = matchMetadata(result?.metadata, metaGold(metaJson));
    if (Object.keys(verdicts).length) rec.meta = verdicts;
  }
  if (result) rec.words = result.metadata.wordCount;
  return rec;
}
