#!/usr/bin/env node
// Output-identity harness: sha1 of JSON.stringify({text, metadata, removed}) per page over a fixed subset
// (every Nth page of each corpus, HTML <id>.html.gz and text <id>.dump.txt).
// Usage: node scripts/dev/snapshot.mjs [--dist DIR] [--corpora DIR] [--every N] [--only html|text] [--out FILE] [--compare BASE.json]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
const dist = resolve(opt('--dist', 'dist'));
const corpora = resolve(opt('--corpora', '../shared/corpora'));
const every = Number(opt('--every', '5'));
const out = opt('--out');
const compare = opt('--compare');
const only = opt('--only');
const { clean } = await import(pathToFileURL(join(dist, 'index.js')).href);

const hashes = {};
const time = { html: 0, text: 0 };
const count = { html: 0, text: 0 };
for (const corpus of readdirSync(corpora).sort()) {
  let files;
  try { files = readdirSync(join(corpora, corpus)); } catch { continue; }
  const fileSet = new Set(files);
  const ids = [...new Set(files.filter((f) => f.endsWith('.html.gz') || f.endsWith('.dump.txt')).map((f) => f.replace(/\.(html\.gz|dump\.txt)$/, '')))].sort();
  for (let i = 0; i < ids.length; i += every) {
    const id = ids[i];
    for (const [kind, suffix] of [['html', '.html.gz'], ['text', '.dump.txt']]) {
      if (only && only !== kind) continue;
      if (!fileSet.has(id + suffix)) continue;
      let buf = readFileSync(join(corpora, corpus, id + suffix));
      if (suffix.endsWith('.gz')) buf = gunzipSync(buf);
      const t0 = performance.now();
      let s;
      try {
        const r = clean(new Uint8Array(buf), { type: kind, timeoutMs: 600_000 });
        s = JSON.stringify({ text: r.text, metadata: r.metadata, removed: r.removed });
      } catch (e) {
        s = 'ERROR ' + (e && e.code) + ' ' + (e && e.message);
      }
      time[kind] += performance.now() - t0;
      count[kind]++;
      hashes[`${corpus}/${id}${suffix}`] = createHash('sha1').update(s).digest('hex');
    }
  }
}
const n = Object.keys(hashes).length;
for (const k of ['html', 'text']) if (count[k]) console.error(`${k}: ${count[k]} pages, ${time[k].toFixed(0)} ms in clean(), ${(time[k] / count[k]).toFixed(2)} ms/page`);
if (out) writeFileSync(out, JSON.stringify(hashes));
if (compare) {
  const base = JSON.parse(readFileSync(compare, 'utf8'));
  const diff = [];
  for (const k of new Set([...Object.keys(base), ...Object.keys(hashes)])) if (base[k] !== hashes[k]) diff.push(k);
  console.log(`compared ${n} pages against ${Object.keys(base).length}: ${diff.length} differing`);
  for (const k of diff.slice(0, 50)) console.log('  ' + k);
  process.exitCode = diff.length ? 1 : 0;
}
