#!/usr/bin/env node
// Lifter measurement: node scripts/lift-eval.mjs <corpus> [dump|raw] [limit]
// Needs `npm run build`. Prints F1 with and without the lifters (same build), and metadata
// accuracy against <id>.meta.json (title: same words; date: same day; authors: same name set).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../dist/index.js';
import { scorePage, aggregate } from '../dist/eval/metric.js';

const [corpus = 'l3s-gn1', kind = 'dump', limit = '100000'] = process.argv.slice(2);
const dir = join('../shared/corpora', corpus);
const ext = kind === 'raw' ? '.dump-raw.txt' : '.dump.txt';
const ids = readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)).sort().slice(0, +limit);
const LIFTERS = ['lift-title', 'lift-subtitle', 'lift-date', 'lift-byline', 'lift-dateline', 'lift-credits'];
// ONLY=lift-subtitle compares with/without that one lifter instead of all of them.
const off = Object.fromEntries((process.env.ONLY ? process.env.ONLY.split(',') : LIFTERS).map((id) => [id, false]));
const words = (s) => (s ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu)?.join(' ') ?? '';
const names = (a) => new Set((Array.isArray(a) ? a : String(a ?? '').split(/\s*(?:,|;|\band\b|&)\s*/)).map(words).filter(Boolean));
const sameSet = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));
const on = [], offS = [];
const acc = { title: [0, 0, 0], date: [0, 0, 0], authors: [0, 0, 0] }; // [gold pages, found, correct]
let titlePrefix = 0; // found title is the gold's first words (l3s gold joins headline and dek)
const misses = { title: [], date: [], authors: [] };
for (const id of ids) {
  const text = readFileSync(join(dir, id + ext));
  const goldPath = join(dir, `${id}.gold.txt`);
  let r;
  try {
    r = clean(text, { type: 'text' });
  } catch (e) {
    console.error(id, e.message);
    continue;
  }
  if (existsSync(goldPath)) {
    const gold = readFileSync(goldPath, 'utf8');
    const s1 = scorePage(r.text, gold);
    const s0 = scorePage(clean(text, { type: 'text', cleaners: off }).text, gold);
    on.push(s1);
    offS.push(s0);
    const rec = (s) => s.tp / (s.tp + s.fn || 1);
    if (process.env.LOSS && rec(s0) - rec(s1) > 0.02) {
      console.log(`LOSS ${id} ${rec(s0).toFixed(2)}->${rec(s1).toFixed(2)}`);
      for (const x of r.removed.filter((x) => x.ruleId.startsWith('lift-'))) console.log(`   ${x.ruleId}: ${x.text.slice(0, 150)}`);
    }
  }
  const mp = join(dir, `${id}.meta.json`);
  if (!existsSync(mp)) continue;
  const meta = JSON.parse(readFileSync(mp, 'utf8'));
  const m = r.metadata;
  const title = meta.title;
  if (title && title.trim()) {
    acc.title[0]++;
    if (m.title) acc.title[1]++;
    if (m.title && words(title).startsWith(words(m.title)) && words(m.title).length >= 8) titlePrefix++;
    // Gold titles from <title> carry a site name after ` | `, ` - `, ` – `: either form counts.
    const bare = title.replace(/\s+(?:[|–—-]|::)\s+[^|–—]{2,60}$/u, '');
    if (m.title && (words(m.title) === words(title) || words(m.title) === words(bare))) acc.title[2]++;
    else misses.title.push(`${id}: got ${JSON.stringify(m.title)} want ${JSON.stringify(title.trim())}`);
  }
  const date = meta.publishedTime ?? meta.date;
  if (date && String(date).trim()) {
    acc.date[0]++;
    if (m.date) acc.date[1]++;
    if (m.date && m.date.slice(0, 10) === String(date).slice(0, 10)) acc.date[2]++;
    else misses.date.push(`${id}: got ${m.date} want ${date}`);
  }
  const auth = meta.byline ?? meta.author;
  if (auth && String(auth).trim()) {
    acc.authors[0]++;
    if (m.authors) acc.authors[1]++;
    if (m.authors && sameSet(names(m.authors), names(auth))) acc.authors[2]++;
    else misses.authors.push(`${id}: got ${JSON.stringify(m.authors)} want ${JSON.stringify(auth)}`);
  }
}
if (on.length) {
  const a = aggregate(on), b = aggregate(offS);
  console.log(`${corpus}/${kind}: pages=${a.pages} with lifters P=${a.precision.toFixed(3)} R=${a.recall.toFixed(3)} F1=${a.f1.toFixed(3)} | without P=${b.precision.toFixed(3)} R=${b.recall.toFixed(3)} F1=${b.f1.toFixed(3)}`);
}
for (const [k, [n, f, c]] of Object.entries(acc)) {
  if (n) console.log(`  ${k}: gold on ${n} pages, found ${f}, correct ${c} (${(c / n).toFixed(3)} of gold, precision ${(f ? c / f : 0).toFixed(3)})`);
}
if (acc.title[0]) console.log(`  title: gold starts with found title on ${titlePrefix} pages (${(titlePrefix / acc.title[0]).toFixed(3)})`);
if (process.env.MISSES) for (const [k, v] of Object.entries(misses)) { console.log(`-- ${k} misses`); for (const x of v.slice(0, +process.env.MISSES)) console.log('  ' + x); }
