#!/usr/bin/env node
// Dev: kept blocks that are not gold (false positives) and gold blocks removed, per page, with DOM evidence.
//   node scripts/dev/fp-blocks.mjs <corpus> [--input html|dump] [--json FILE]
// Writes one JSON line per kept or removed block of substance (>= 3 words): page, index, kept, gold
// share (4-shingles of the block found in the gold; trafilatura: 1 if a `with` snippet is inside,
// 0 if a `without` one is), words, tag, attrs, heading level, position after the last gold block.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const dist = pathToFileURL(resolve(process.env.DIST ?? new URL('../../dist', import.meta.url).pathname)).href;
const { buildDocument } = await import(`${dist}/clean.js`);
const { createProcessor } = await import(`${dist}/pipeline.js`);
const { decodeHtmlBytes } = await import(`${dist}/input/decode-html.js`);
const { metricTokens, shingles } = await import(`${dist}/eval/metric.js`);
const { isKept } = await import(`${dist}/doc.js`);
const { VFile } = await import('vfile');

const args = process.argv.slice(2);
const corpus = args[0];
const input = args.includes('--input') ? args[args.indexOf('--input') + 1] : 'html';
const outFile = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const dir = join('../shared/corpora', corpus);
const isTraf = existsSync(join(dir, 'snippets.jsonl'));
let docs;
if (isTraf) docs = readFileSync(join(dir, 'snippets.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
else docs = readFileSync(join(dir, 'manifest.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((d) => existsSync(join(dir, `${d.id}.gold.txt`)));
const norm = (s) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const proc = createProcessor();
const lines = [];
for (const d of docs) {
  const path = join(dir, input === 'html' ? `${d.id}.html.gz` : `${d.id}.dump.txt`);
  if (!existsSync(path)) continue;
  let doc;
  try {
    const raw = readFileSync(path);
    const source = input === 'html' ? decodeHtmlBytes(gunzipSync(raw)) : raw.toString('utf8');
    if (!String(source).trim()) continue;
    doc = buildDocument(source, input === 'html' ? 'html' : 'text', {}, performance.now() + 60000);
    proc.runSync(doc, new VFile());
  } catch (e) {
    console.error(d.id, e.message);
    continue;
  }
  let goldSh, withS, withoutS;
  if (isTraf) {
    withS = (d.with ?? []).map(norm);
    withoutS = (d.without ?? []).map(norm);
  } else {
    goldSh = shingles(metricTokens(readFileSync(join(dir, `${d.id}.gold.txt`), 'utf8')));
  }
  const recs = [];
  doc.children.forEach((b, i) => {
    const words = doc.features[i].words;
    if (words < 3) return;
    let gold;
    if (isTraf) {
      const t = norm(b.text);
      if (withoutS.some((s) => s && t.includes(s))) gold = 0;
      else if (withS.some((s) => s && t.includes(s))) gold = 1;
      else gold = -1;
    } else {
      const sh = shingles(metricTokens(b.text));
      let n = 0, hit = 0;
      for (const k of sh.keys()) { n++; if (goldSh.has(k)) hit++; }
      gold = n ? hit / n : -1;
    }
    recs.push({ page: d.id, i, kept: isKept(b), ld: b.dom ? Math.round((b.dom.linkChars / Math.max(1, b.text.length)) * 100) / 100 : undefined, end: doc.features[i].endsSentence, gold: Math.round(gold * 100) / 100, words, tag: b.dom?.tag, level: b.dom?.level, attrs: b.dom?.attrs?.slice(0, 200), rule: b.removed?.ruleId ?? (b.lifted ? 'lift' : undefined), text: b.text.slice(0, 160) });
  });
  const lastGold = Math.max(-1, ...recs.filter((r) => r.gold >= 0.5).map((r) => r.i));
  for (const r of recs) { r.afterGold = r.i > lastGold; lines.push(r); }
}
const out = lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
if (outFile) writeFileSync(outFile, out); else process.stdout.write(out);
