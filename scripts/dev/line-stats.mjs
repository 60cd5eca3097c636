#!/usr/bin/env node
// Dev: frequency of short dump lines across corpora, with how often each is in the gold.
//   node scripts/dev/line-stats.mjs [maxWords=6] [minDocs=3] [grep-regex]
// Lines normalised (lower-case, digits → #). For trafilatura (no gold), "in gold" = inside a `with` snippet.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
const [maxWords = '6', minDocs = '3', re] = process.argv.slice(2);
const rx = re ? new RegExp(re, 'iu') : null;
const root = '../shared/corpora';
const norm = (s) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const stats = new Map();
for (const corpus of ['dragnet', 'l3s-gn1', 'readability', 'trafilatura']) {
  const dir = join(root, corpus);
  const traf = corpus === 'trafilatura';
  const snip = traf ? new Map(readFileSync(join(dir, 'snippets.jsonl'), 'utf8').trim().split('\n').map((l) => { const d = JSON.parse(l); return [d.id, d]; })) : null;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.dump.txt'))) {
    const id = f.slice(0, -9);
    let gold;
    if (traf) { const d = snip.get(id); if (!d) continue; gold = norm(d.with.join(' \n ')); }
    else { if (!existsSync(join(dir, `${id}.gold.txt`))) continue; gold = norm(readFileSync(join(dir, `${id}.gold.txt`), 'utf8')); }
    const seen = new Set();
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      const t = norm(line);
      if (!t) continue;
      const w = t.split(' ').length;
      if (w > +maxWords) continue;
      if (rx && !rx.test(t)) continue;
      const key = t.replace(/\d+/g, '#');
      if (seen.has(key)) continue;
      seen.add(key);
      let s = stats.get(key);
      if (!s) stats.set(key, (s = { docs: 0, gold: 0, corp: new Set() }));
      s.docs++;
      s.corp.add(corpus[0]);
      if (gold.includes(t)) s.gold++;
    }
  }
}
const rows = [...stats].filter(([, s]) => s.docs >= +minDocs).sort((a, b) => b[1].docs - a[1].docs);
for (const [k, s] of rows) console.log(`${String(s.docs).padStart(4)} gold=${String(s.gold).padStart(3)} ${[...s.corp].join('')}  ${k}`);
