#!/usr/bin/env node
// Per-page cost distribution of clean() (`profile: true`) over one corpus: mean ms/page per stage and
// cleaner, p50/p90/p95/p99/max page time, the share of the slowest 5 %, and the 15 slowest pages with
// their size, removals and biggest stages. Warm-up: two passes over the first 300 pages. Wall times
// (performance.now, as `--profile`): on a loaded machine compare shares, not absolute numbers.
//   node scripts/dev/page-costs.mjs [--dist dist] [--corpus dragnet] [--input html|dump] [--corpora DIR]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values: o } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    corpus: { type: 'string', default: 'dragnet' },
    input: { type: 'string', default: 'html' },
    corpora: { type: 'string', default: '../shared/corpora' },
  },
});
const { clean } = await import(pathToFileURL(join(resolve(o.dist), 'index.js')).href);
const dir = join(o.corpora, o.corpus);
const dump = o.input === 'dump';
const files = readdirSync(dir).filter((f) => f.endsWith(dump ? '.dump.txt' : '.html.gz')).sort();
const bytes = files.map((f) => new Uint8Array(dump ? readFileSync(join(dir, f)) : gunzipSync(readFileSync(join(dir, f)))));
const run = (i) => { try { return clean(bytes[i], { type: dump ? 'text' : 'html', profile: true, timeoutMs: 1e9 }); } catch (e) { return null; } };
for (let i = 0; i < Math.min(300, bytes.length); i++) run(i);
for (let i = 0; i < Math.min(300, bytes.length); i++) run(i);
const rows = [];
const sum = {};
for (let i = 0; i < bytes.length; i++) {
  const r = run(i);
  if (!r) continue;
  const p = r.profile;
  for (const [k, v] of Object.entries(p)) sum[k] = (sum[k] ?? 0) + v;
  rows.push({ f: files[i], total: p.total, bytes: bytes[i].length, p, blocks: r.removed.length });
}
const n = rows.length;
console.log(`${o.corpus} ${o.input}: ${n} pages`);
for (const [k, v] of Object.entries(sum).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(32)} ${(v / n).toFixed(3)} ms/page  ${(100 * v / sum.total).toFixed(1)}%`);
rows.sort((a, b) => a.total - b.total);
const q = (x) => rows[Math.floor(x * (n - 1))].total.toFixed(2);
console.log(`p50 ${q(0.5)} p90 ${q(0.9)} p95 ${q(0.95)} p99 ${q(0.99)} max ${q(1)}`);
const top = rows.slice(-15).reverse();
let topSum = rows.slice(Math.floor(n * 0.95)).reduce((s, r) => s + r.total, 0);
console.log(`top 5% share of total: ${(100 * topSum / sum.total).toFixed(1)}%`);
for (const r of top) {
  const big = Object.entries(r.p).filter(([k]) => k !== 'total' && k !== 'cleaners').sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k.replace('cleaner:', '')}=${v.toFixed(1)}`).join(' ');
  console.log(`  ${r.f} ${r.total.toFixed(1)}ms ${(r.bytes / 1024).toFixed(0)}KB removed=${r.blocks} ${big}`);
}
