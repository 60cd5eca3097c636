/**
 * Training pages: read a dev corpus folder, build each page's document exactly as `clean()` does
 * (decode → blocks → language → features → the cleaners that run before the scorer), and label
 * its blocks against the gold.
 * @module
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { VFile } from 'vfile';
import type { InputType } from '../types.js';
import type { Doc } from '../doc.js';
import { decodeTextBytes } from '../input/decode-text.js';
import { decodeHtmlBytes } from '../input/decode-html.js';
import { buildDocument } from '../clean.js';
import { CLEANERS } from '../pipeline.js';
import { labelsFromGold, labelsFromSnippets } from './labels.js';

/** One labelled page. */
export interface Page {
  corpus: string;
  id: string;
  /** Site (host) when the manifest has a url, else the id: for grouped folds. */
  group: string;
  doc: Doc;
  /** Per block: 1 content, 0 boilerplate, -1 unlabelled. */
  labels: Int8Array;
  gold?: string;
  snippets?: { with: string[]; without: string[] };
}


/** Build a document as `clean()` does, running every cleaner placed before `stopAt`. */
export function buildDoc(bytes: Uint8Array, type: InputType, stopAt = 'content-scorer', lang?: string): Doc {
  const source = type === 'html' ? decodeHtmlBytes(bytes) : decodeTextBytes(bytes);
  const doc = buildDocument(source, type, { language: lang }, performance.now() + 10_000);
  // Training has no time budget per page beyond the parse's.
  doc.deadline = undefined;
  const file = new VFile();
  for (const c of CLEANERS) {
    if (c.id === stopAt) break;
    c.run(doc, undefined, file);
  }
  return doc;
}

function hostOf(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** Load every page of one corpus folder for an input type (`dump.txt` or `html.gz`). */
export function loadCorpus(dir: string, corpus: string, type: InputType, limit = Infinity): Page[] {
  const root = join(dir, corpus);
  const manifest = new Map<string, Record<string, unknown>>();
  if (existsSync(join(root, 'manifest.jsonl'))) {
    for (const line of readFileSync(join(root, 'manifest.jsonl'), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const m = JSON.parse(line) as Record<string, unknown>;
      manifest.set(String(m.id), m);
    }
  }
  const snippets = new Map<string, { with: string[]; without: string[] }>();
  if (existsSync(join(root, 'snippets.jsonl'))) {
    for (const line of readFileSync(join(root, 'snippets.jsonl'), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const s = JSON.parse(line) as { id: string; with: string[]; without: string[] };
      snippets.set(s.id, { with: s.with, without: s.without });
    }
  }
  const suffix = type === 'html' ? '.html.gz' : '.dump.txt';
  const ids = readdirSync(root)
    .filter((f) => f.endsWith(suffix))
    .map((f) => f.slice(0, -suffix.length))
    .sort();
  const pages: Page[] = [];
  for (const id of ids) {
    if (pages.length >= limit) break;
    const goldPath = join(root, `${id}.gold.txt`);
    const gold = existsSync(goldPath) ? readFileSync(goldPath, 'utf8') : undefined;
    const snip = snippets.get(id);
    if (gold === undefined && !snip) continue;
    let bytes: Uint8Array = readFileSync(join(root, id + suffix));
    if (suffix.endsWith('.gz')) bytes = gunzipSync(bytes);
    if (!bytes.length) continue;
    let doc: Doc;
    try {
      doc = buildDoc(bytes, type);
    } catch {
      continue;
    }
    const labels = gold !== undefined ? labelsFromGold(doc.children, gold) : labelsFromSnippets(doc.children, snip!.with, snip!.without);
    const m = manifest.get(id);
    pages.push({ corpus, id, group: hostOf(m?.url) ?? id, doc, labels, gold, snippets: gold === undefined ? snip : undefined });
  }
  return pages;
}
