#!/usr/bin/env node
// Quick dev eval (until `decruft eval` lands): node scripts/quick-eval.mjs <corpus> [dump|html|raw] [limit]
// Needs `npm run build` first. Prints P/R/F1 and the 10 worst pages.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { clean } from '../dist/index.js';
import { scorePage, aggregate } from '../dist/eval/metric.js';

const [corpus = 'dragnet', kind = 'dump', limit = '100000'] = process.argv.slice(2);
const dir = join('../shared/corpora', corpus);
const ids = readdirSync(dir).filter((f) => f.endsWith('.gold.txt')).map((f) => f.slice(0, -9)).sort().slice(0, +limit);
const scores = [];
const t0 = performance.now();
for (const id of ids) {
  const file = kind === 'html' ? `${id}.html.gz` : kind === 'raw' ? `${id}.dump-raw.txt` : `${id}.dump.txt`;
  const path = join(dir, file);
  if (!existsSync(path)) continue;
  let bytes = readFileSync(path);
  if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
  let text = '';
  try {
    text = clean(bytes, { type: kind === 'html' ? 'html' : 'text' }).text;
  } catch (e) {
    console.error(id, e.message);
  }
  const s = scorePage(text, readFileSync(join(dir, `${id}.gold.txt`), 'utf8'));
  s.id = id;
  scores.push(s);
}
const a = aggregate(scores);
console.log(`${corpus}/${kind}: pages=${a.pages} P=${a.precision.toFixed(3)} R=${a.recall.toFixed(3)} F1=${a.f1.toFixed(3)} acc=${a.accuracy.toFixed(3)} (${((performance.now() - t0) / 1000).toFixed(1)}s)`);
const worst = scores.map((s) => ({ id: s.id, f: s.tp ? (2 * s.tp) / (2 * s.tp + s.fp + s.fn) : 0, p: s.tp / (s.tp + s.fp || 1), r: s.tp / (s.tp + s.fn || 1) })).sort((x, y) => x.f - y.f).slice(0, 10);
for (const w of worst) console.log(`  ${w.id} F=${w.f.toFixed(2)} P=${w.p.toFixed(2)} R=${w.r.toFixed(2)}`);
