#!/usr/bin/env node
// Language detection check: node scripts/lang-eval.mjs [dump|raw]
// Compares clean()'s metadata.language on the dumps with trafilatura's manifest `lang` (from <html lang>,
// not gold) and readability's meta `lang`. Needs `npm run build`.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../dist/index.js';

const kind = process.argv[2] === 'raw' ? '.dump-raw.txt' : '.dump.txt';
const root = '../shared/corpora';
const rows = [];
for (const line of readFileSync(join(root, 'trafilatura/manifest.jsonl'), 'utf8').split('\n').filter(Boolean)) {
  const m = JSON.parse(line);
  if (m.lang) rows.push({ corpus: 'trafilatura', id: m.id, want: m.lang });
}
for (const line of readFileSync(join(root, 'readability/manifest.jsonl'), 'utf8').split('\n').filter(Boolean)) {
  const m = JSON.parse(line);
  const mp = join(root, 'readability', `${m.id}.meta.json`);
  const lang = existsSync(mp) ? JSON.parse(readFileSync(mp, 'utf8')).lang : undefined;
  if (lang) rows.push({ corpus: 'readability', id: m.id, want: lang });
}
const by = {};
const confusion = {};
for (const r of rows) {
  const p = join(root, r.corpus, r.id + kind);
  if (!existsSync(p)) continue;
  let got;
  try {
    got = clean(readFileSync(p), { type: 'text' }).metadata.language;
  } catch {
    got = 'error';
  }
  const want = r.want.slice(0, 2).toLowerCase();
  const s = (by[r.corpus] ??= { n: 0, ok: 0, none: 0 });
  s.n++;
  if (got === want) s.ok++;
  else {
    if (!got) s.none++;
    const k = `${want}->${got ?? 'none'}`;
    (confusion[k] ??= []).push(r.id);
  }
}
for (const [c, s] of Object.entries(by)) console.log(`${c}: ${s.ok}/${s.n} = ${(s.ok / s.n).toFixed(3)} (no language: ${s.none})`);
for (const [k, ids] of Object.entries(confusion).sort((a, b) => b[1].length - a[1].length)) console.log(`  ${k}: ${ids.length} ${ids.slice(0, 6).join(' ')}`);
