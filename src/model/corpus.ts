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
  /**
   * Site for grouped folds: the host of the manifest url, else of the page's canonical / og:url,
   * else the host most linked from the page, else the corpus and id (see {@link siteOf}).
   */
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

/** Registrable-ish domain: the last two labels, three under a short second level (`co.uk`, `com.au`). */
export function siteDomain(host: string): string {
  const parts = host.toLowerCase().replace(/\.$/, '').split('.');
  if (parts.length <= 2) return parts.join('.');
  const tld = parts[parts.length - 1]!;
  const sld = parts[parts.length - 2]!;
  const k = tld.length === 2 && (sld.length <= 3 || sld === 'gouv') ? 3 : 2;
  return parts.slice(-k).join('.');
}

const CANON_RES = [
  /<link\b[^>]*\brel\s*=\s*["']?canonical["']?[^>]*>/i,
  /<meta\b[^>]*\bproperty\s*=\s*["']?og:url["']?[^>]*>/i,
];
const URL_IN_TAG = /\b(?:href|content)\s*=\s*["']?(https?:\/\/[^"'\s>]+)/i;
const A_HREF = /<a\b[^>]*?\bhref\s*=\s*["']?https?:\/\/([^/"'\s>:?#]+)/gi;

/**
 * The site of a raw HTML page, for grouping pages of one site into one CV fold: the host of its
 * canonical link or og:url, else the host most of its absolute links point to (at least 3 links and
 * a quarter of them), else undefined. Domain-level (`news.bbc.co.uk` → `bbc.co.uk`).
 */
export function sniffSite(html: string): string | undefined {
  const head = html.slice(0, 200_000);
  for (const re of CANON_RES) {
    const tag = re.exec(head)?.[0];
    const url = tag ? URL_IN_TAG.exec(tag)?.[1] : undefined;
    const h = hostOf(url);
    if (h) return siteDomain(h);
  }
  const counts = new Map<string, number>();
  let total = 0;
  A_HREF.lastIndex = 0;
  for (let m = A_HREF.exec(html); m; m = A_HREF.exec(html)) {
    const d = siteDomain(m[1]!);
    counts.set(d, (counts.get(d) ?? 0) + 1);
    total++;
  }
  let best: string | undefined;
  let bc = 0;
  for (const [d, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (c > bc) [best, bc] = [d, c];
  return best && bc >= 3 && bc * 4 >= total ? best : undefined;
}

function siteOf(root: string, id: string, m: Record<string, unknown> | undefined, html?: Uint8Array): string | undefined {
  const h = hostOf(m?.url);
  if (h) return siteDomain(h);
  let bytes = html;
  if (!bytes) {
    const p = join(root, `${id}.html.gz`);
    if (!existsSync(p)) return undefined;
    bytes = gunzipSync(readFileSync(p));
  }
  return sniffSite(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
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
    const site = siteOf(root, id, m, type === 'html' ? bytes : undefined);
    pages.push({ corpus, id, group: site ?? `${corpus}/${id}`, doc, labels, gold, snippets: gold === undefined ? snip : undefined });
  }
  return pages;
}
