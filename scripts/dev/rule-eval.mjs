#!/usr/bin/env node
// Dev eval of individual cleaners (needs `npm run build`).
//   node scripts/dev/rule-eval.mjs <corpus> <ids,comma> [--alone] [--html] [--limit N] [--show N]
// Compares the pipeline without the given cleaners ("before") and with them ("after").
// --alone: every other cleaner off, so "before" is the raw dump. --html: the pages' HTML instead of dumps.
// Lists blocks removed by the given cleaners whose text occurs in the gold (likely body losses),
// and for trafilatura/ the `with` snippets the given cleaners removed (must be none).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

// DIST=/some/outDir to use a private build (default: the checkout's dist/).
const dist = pathToFileURL(resolve(process.env.DIST ?? new URL('../../dist', import.meta.url).pathname)).href;
const { clean } = await import(`${dist}/index.js`);
const { CLEANERS } = await import(`${dist}/pipeline.js`);
const { scorePage, aggregate } = await import(`${dist}/eval/metric.js`);

const args = process.argv.slice(2);
const corpus = args[0];
const ids = (args[1] ?? '').split(',').filter(Boolean);
const alone = args.includes('--alone');
const html = args.includes('--html');
const limit = +(args[args.indexOf('--limit') + 1] || 0) || 1e9;
const show = args.includes('--show') ? +args[args.indexOf('--show') + 1] : 40;
const dir = join('../shared/corpora', corpus);
const norm = (s) => s.replace(/\s+/g, ' ').trim().toLowerCase();

const off = (keep) => Object.fromEntries(CLEANERS.filter((c) => !keep.includes(c.id)).map((c) => [c.id, false]));
const before = alone ? off([]) : Object.fromEntries(ids.map((i) => [i, false]));
const after = alone ? off(ids) : {};

const isTraf = existsSync(join(dir, 'snippets.jsonl'));
let docs;
if (isTraf) {
  docs = readFileSync(join(dir, 'snippets.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
} else {
  docs = readdirSync(dir).filter((f) => f.endsWith('.gold.txt')).sort().map((f) => ({ id: f.slice(0, -9) }));
}
docs = docs.slice(0, limit);
const sb = [], sa = [];
const losses = [];
const drops = [];
const removedByRule = {};
let withLost = 0, withoutGained = 0, withoutPresent = 0;
for (const d of docs) {
  const path = join(dir, html ? `${d.id}.html.gz` : `${d.id}.dump.txt`);
  if (!existsSync(path)) continue;
  const input = html ? gunzipSync(readFileSync(path)) : readFileSync(path, 'utf8');
  if (!html && !input.trim()) continue;
  const type = html ? 'html' : 'text';
  let rb, ra;
  try {
    rb = clean(input, { type, cleaners: before });
    ra = clean(input, { type, cleaners: after });
  } catch (e) {
    console.error(d.id, e.message);
    continue;
  }
  const mine = ra.removed.filter((r) => ids.includes(r.ruleId));
  for (const r of mine) removedByRule[r.ruleId] = (removedByRule[r.ruleId] ?? 0) + 1;
  if (isTraf) {
    const tb = norm(rb.text), ta = norm(ra.text);
    for (const w of d.with) {
      const n = norm(w);
      if (!n) continue;
      if (tb.includes(n) && !ta.includes(n)) {
        withLost++;
        const by = mine.filter((r) => norm(r.text).includes(n) || n.includes(norm(r.text)));
        losses.push({ id: d.id, snippet: w.slice(0, 120), by: by.map((r) => `${r.ruleId}: ${r.text.slice(0, 120)}`) });
      }
    }
    for (const w of d.without) {
      const n = norm(w);
      if (!n) continue;
      if (tb.includes(n)) { withoutPresent++; if (!ta.includes(n)) withoutGained++; }
    }
  } else {
    const gold = readFileSync(join(dir, `${d.id}.gold.txt`), 'utf8');
    const g = norm(gold);
    const b = scorePage(rb.text, gold), a = scorePage(ra.text, gold);
    sb.push(b); sa.push(a);
    const rr = (x) => x.tp / (x.tp + x.fn || 1);
    drops.push({ id: d.id, dR: rr(a) - rr(b) });
    for (const r of mine) {
      const t = norm(r.text);
      if (t.length >= 25 && g.includes(t)) losses.push({ id: d.id, rule: r.ruleId, text: r.text.slice(0, 160), reason: r.reason });
    }
  }
}
const f = (x) => x.toFixed(4);
if (isTraf) {
  console.log(`${corpus}: docs=${docs.length} with-snippets lost=${withLost}; without-snippets removed=${withoutGained}/${withoutPresent}`);
} else {
  const A = aggregate(sb), B = aggregate(sa);
  console.log(`${corpus} ${ids.join(',')}${alone ? ' (alone)' : ''}: before P=${f(A.precision)} R=${f(A.recall)} F1=${f(A.f1)} | after P=${f(B.precision)} R=${f(B.recall)} F1=${f(B.f1)} | dR=${f(B.recall - A.recall)} dP=${f(B.precision - A.precision)}`);
}
if (!isTraf) console.log('worst pages by recall:', drops.sort((x, y) => x.dR - y.dR).slice(0, 12).map((x) => `${x.id} ${x.dR.toFixed(3)}`).join(', '));
console.log('removed blocks:', JSON.stringify(removedByRule), ' likely body losses:', losses.length);
for (const l of losses.slice(0, show)) console.log(' ', JSON.stringify(l));
