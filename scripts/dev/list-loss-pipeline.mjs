#!/usr/bin/env node
// Dev: gold words the full pipeline loses, by the cleaner that removed them and the block's shape
// (list item / short / long) and place (between kept blocks or outside the kept region).
//   node scripts/dev/list-loss-pipeline.mjs [html|text] [CORPORA_DIR]
// A block is gold when most of its 3-grams are in the gold (the training labels); trafilatura's
// snippet pages by their `with` snippets.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildDoc } from '../../dist/model/corpus.js';
import { labelsFromGold, labelsFromSnippets } from '../../dist/model/labels.js';

const [type = 'html', dir = '../shared/corpora'] = process.argv.slice(2);
const suffix = type === 'html' ? '.html.gz' : '.dump.txt';
for (const corpus of ['dragnet', 'l3s-gn1', 'readability', 'trafilatura']) {
  const root = join(dir, corpus);
  const snippets = new Map();
  if (existsSync(join(root, 'snippets.jsonl')))
    for (const line of readFileSync(join(root, 'snippets.jsonl'), 'utf8').split('\n'))
      if (line.trim()) {
        const s = JSON.parse(line);
        snippets.set(s.id, s);
      }
  const ids = readdirSync(root).filter((f) => f.endsWith(suffix)).map((f) => f.slice(0, -suffix.length)).sort();
  let goldW = 0;
  const lost = new Map();
  const pagesWith = new Map();
  for (const id of ids) {
    const gp = join(root, `${id}.gold.txt`);
    const gold = existsSync(gp) ? readFileSync(gp, 'utf8') : undefined;
    const snip = snippets.get(id);
    if (gold === undefined && !snip) continue;
    let bytes = readFileSync(join(root, id + suffix));
    if (suffix.endsWith('.gz')) bytes = gunzipSync(bytes);
    if (!bytes.length) continue;
    let doc;
    try {
      doc = buildDoc(bytes, type, '(none)');
    } catch {
      continue;
    }
    const bl = doc.children;
    const labels = gold !== undefined ? labelsFromGold(bl, gold) : labelsFromSnippets(bl, snip.with ?? [], snip.without ?? []);
    let first = -1;
    let last = -1;
    bl.forEach((b, i) => {
      if (!b.removed) (first < 0 && (first = i), (last = i));
    });
    const seen = new Set();
    bl.forEach((b, i) => {
      const w = doc.features[i].words;
      if (labels[i] !== 1) return;
      goldW += w;
      if (!b.removed) return;
      const li = b.kind === 'list-item' || b.dom?.extra?.inList === true || /^\s*(?:[-•*·–]|\d{1,2}[.)])\s/.test(b.text);
      const shape = li ? 'li' : w <= 20 ? 'short' : 'long';
      const key = `${b.removed.ruleId} ${shape}/${i > first && i < last ? 'between' : 'outside'}`;
      lost.set(key, (lost.get(key) ?? 0) + w);
      if (!seen.has(key)) (seen.add(key), pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1));
    });
  }
  const all = [...lost.values()].reduce((a, b) => a + b, 0);
  console.log(`== ${corpus} (${type}): gold-block words ${goldW}, lost ${all} (${((100 * all) / goldW).toFixed(1)} %)`);
  for (const [k, v] of [...lost].sort((a, b) => b[1] - a[1]).slice(0, 14))
    console.log(`  ${k.padEnd(40)} ${String(v).padStart(7)} words ${((100 * v) / goldW).toFixed(2).padStart(6)} %  ${pagesWith.get(k)} pages`);
}
