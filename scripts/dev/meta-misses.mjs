#!/usr/bin/env node
// Metadata misses, per field and corpus: gold vs decruft's value and where decruft's value came from.
//   node scripts/dev/meta-misses.mjs [--input html|dump] [--field title|date|authors] [--corpus NAME]…
//                                    [--save FILE] [--compare FILE] [--quiet]
// Needs `npm run build`. --save writes every verdict (JSONL) so a later run can --compare against it:
// then only pages whose verdict changed are printed (+ fixed, - broken).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../../dist/clean.js';
import { inputPath, readInput, readMeta } from '../../dist/eval/corpus.js';
import { matchMetadata, metaGold, META_FIELDS } from '../../dist/eval/metadata.js';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const all = (name) => args.flatMap((a, i) => (a === name ? [args[i + 1]] : []));
const input = opt('--input', 'html');
const fields = all('--field').length ? all('--field') : META_FIELDS;
const corpora = all('--corpus').length ? all('--corpus') : ['l3s-gn1', 'readability', 'trafilatura'];
const save = opt('--save');
const compare = opt('--compare');
const quiet = args.includes('--quiet');
const root = process.env.DECRUFT_CORPORA ?? new URL('../../../shared/corpora/', import.meta.url).pathname;

const before = new Map();
if (compare && existsSync(compare)) {
  for (const line of readFileSync(compare, 'utf8').split('\n')) if (line) {
    const r = JSON.parse(line);
    before.set(`${r.corpus}/${r.id}/${r.field}`, r);
  }
}
const out = [];
const totals = {};
for (const corpus of corpora) {
  const dir = join(root, corpus);
  const ids = readFileSync(join(dir, 'manifest.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).id);
  for (const id of ids) {
    const json = readMeta(dir, id);
    if (!json) continue;
    const gold = metaGold(json);
    const path = inputPath(dir, id, input);
    if (!path) continue;
    let result;
    try {
      result = clean(readInput(path), { type: input === 'html' ? 'html' : 'text', explain: true, timeoutMs: 120000 });
    } catch {
      result = undefined;
    }
    const verdicts = matchMetadata(result?.metadata, gold);
    for (const field of fields) {
      const v = verdicts[field];
      if (!v) continue;
      const t = (totals[`${corpus} ${field}`] ??= { ok: 0, n: 0 });
      t.n++;
      if (v.ok) t.ok++;
      const p = result?.provenance?.[field];
      const rec = { corpus, id, field, ok: v.ok, gold: v.gold, got: v.got, from: p ? `${p.ruleId}: ${p.evidence}` : '' };
      out.push(rec);
      const prev = before.get(`${corpus}/${id}/${field}`);
      if (compare) {
        if (prev && prev.ok !== v.ok) console.log(`${v.ok ? '+' : '-'} ${corpus}/${id} ${field}\n    gold: ${v.gold}\n    was:  ${prev.got}  [${prev.from}]\n    now:  ${v.got}  [${rec.from}]`);
      } else if (!v.ok && !quiet) {
        console.log(`${corpus}/${id} ${field}\n    gold: ${v.gold}\n    got:  ${v.got}  [${rec.from}]`);
      }
    }
  }
}
for (const [k, t] of Object.entries(totals)) console.log(`${k}: ${(t.ok / t.n).toFixed(3)} (${t.ok}/${t.n})`);
if (save) writeFileSync(save, out.map((r) => JSON.stringify(r)).join('\n') + '\n');
