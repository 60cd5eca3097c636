// Bench inputs: the documents of one corpus folder, decompressed into memory.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Paths of a corpus' inputs (`html` → <id>.html.gz, `dump` → <id>.dump.txt), sorted by id. */
export function listDocs(dir, input) {
  const suffix = input === 'html' ? '.html.gz' : input === 'dump-raw' ? '.dump-raw.txt' : '.dump.txt';
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => join(dir, f));
}

/** Every k-th item so that about n remain (deterministic subset). */
export function evenSubset(items, n) {
  if (!n || n >= items.length) return items;
  const out = [];
  const step = items.length / n;
  for (let i = 0; i < n; i++) out.push(items[Math.floor(i * step)]);
  return out;
}

/** Read (and gunzip) one path. */
export function readDoc(p) {
  const b = readFileSync(p);
  return p.endsWith('.gz') ? gunzipSync(b) : b;
}

/** Read (and gunzip) every path into memory. */
export function loadDocs(paths) {
  return paths.map(readDoc);
}

/** p-th percentile (nearest rank) of a numeric array. */
export function percentile(values, p) {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/**
 * A page of about `target` bytes made by repeating the body of a real page (`type` html: the
 * `<body>` content between the page's own head and `</body></html>`; text: the whole dump).
 */
export function bigPage(raw, type, target) {
  if (type === 'html') {
    const html = raw.toString('utf8');
    const open = html.search(/<body[^>]*>/i);
    const close = html.search(/<\/body>/i);
    const head = open >= 0 ? html.slice(0, html.indexOf('>', open) + 1) : '<html><body>';
    const body = open >= 0 ? html.slice(head.length, close >= 0 ? close : undefined) : html;
    const parts = [head];
    let size = Buffer.byteLength(head) + 16;
    const unit = Buffer.byteLength(body);
    while (size + unit < target) { parts.push(body); size += unit; }
    parts.push('</body></html>');
    return Buffer.from(parts.join(''));
  }
  const parts = [];
  let size = 0;
  while (size + raw.length < target) { parts.push(raw); size += raw.length; }
  return Buffer.concat(parts);
}
