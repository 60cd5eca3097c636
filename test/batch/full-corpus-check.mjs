#!/usr/bin/env node
// Full-corpus batch check (issue 5 "must show"; not part of `npm test`, takes minutes):
//   node test/batch/full-corpus-check.mjs [--jobs N] [--limit N]
// Cleans every dev-corpus document (HTML + dumps) plus ~5% hostile files in ONE batch run of the CLI
// (JSONL), then cleans each good document alone in this process and compares the records byte for
// byte. Reports missing/duplicated records, mismatches, and the hostile outcomes by error code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { clean } = await import(join(root, 'dist/clean.js'));
const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : def);
const jobs = opt('--jobs', 2);
const limit = opt('--limit', Infinity);
const corpora = join(root, '..', 'shared', 'corpora');

const good = [];
for (const c of readdirSync(corpora, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  for (const f of readdirSync(join(corpora, c)).sort()) {
    if (f.endsWith('.html.gz') || f.endsWith('.dump.txt')) good.push(join(corpora, c, f));
  }
}
good.splice(limit);

// ~5% hostile, derived from real pages and from scratch.
const dir = mkdtempSync(join(tmpdir(), 'decruft-full-'));
let seed = 12345;
const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const bytes = (n) => Buffer.from(Array.from({ length: n }, () => Math.floor(rnd() * 256)));
const kinds = [
  ['empty.txt', () => Buffer.alloc(0)],
  ['blank.txt', () => Buffer.from('\n \n\t\n')],
  ['random.bin', () => bytes(5000)],
  ['png.png', () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]), bytes(3000)])],
  ['garbage.gz', () => gzipSync(bytes(8000))],
  ['cut.html.gz', (p) => readFileSync(p.html).subarray(0, Math.floor(rnd() * 3000) + 20)],
  ['flip.html.gz', (p) => { const b = Buffer.from(readFileSync(p.html)); b[Math.floor(b.length / 2)] ^= 0xff; return b; }],
  ['nul.txt', (p) => Buffer.concat([readFileSync(p.dump).subarray(0, 5000), Buffer.from([0, 0]), readFileSync(p.dump).subarray(5000)])],
  ['utf16.txt', (p) => Buffer.from(readFileSync(p.dump, 'utf8'), 'utf16le')],
  ['badutf8.txt', (p) => Buffer.concat([readFileSync(p.dump), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x80])])],
  ['liar.html', (p) => Buffer.concat([Buffer.from('<meta charset="utf-16"><meta charset="koi8-r">'), gunzipSync(readFileSync(p.html))])],
  ['soup.html', (p) => { const s = gunzipSync(readFileSync(p.html)).toString(); const at = Math.floor(s.length / 3); return Buffer.from(s.slice(0, at) + '<table><tr><td><!--<script>'.repeat(50) + s.slice(at)); }],
];
const pairs = good.filter((g) => g.endsWith('.html.gz')).map((html) => ({ html, dump: html.replace('.html.gz', '.dump.txt') }));
const hostileCount = Math.ceil(good.length * 0.05);
const hostile = [];
for (let i = 0; i < hostileCount; i++) {
  const [name, make] = kinds[i % kinds.length];
  const p = join(dir, `h${String(i).padStart(4, '0')}-${name}`);
  writeFileSync(p, make(pairs[i % pairs.length]));
  hostile.push(p);
}
for (const [name, content] of [
  ['deep.html', '<html><body>' + '<div>'.repeat(100000) + '<p>deep</p>' + '</div>'.repeat(100000)],
  ['big-line.txt', 'a'.repeat(50 * 1024 * 1024)],
]) {
  writeFileSync(join(dir, name), content);
  hostile.push(join(dir, name));
}

// Interleave hostile files among the good ones.
const inputs = [];
const every = Math.max(1, Math.floor(good.length / hostile.length));
let h = 0;
good.forEach((g, i) => {
  inputs.push(g);
  if (i % every === every - 1 && h < hostile.length) inputs.push(hostile[h++]);
});
while (h < hostile.length) inputs.push(hostile[h++]);
const list = join(dir, 'inputs.jsonl');
console.error(`${good.length} good + ${hostile.length} hostile documents; batch with --jobs ${jobs}…`);

// The CLI takes paths as arguments; pass them in chunks through a JSONL of {id, …}? No: as paths.
const t0 = Date.now();
const run = spawnSync(process.execPath, [join(root, 'bin/decruft.js'), '--format', 'jsonl', '--jobs', String(jobs), '--summary', 'json', '--quiet', ...inputs], {
  maxBuffer: 2 ** 31 - 1,
  encoding: 'utf8',
});
const batchMs = Date.now() - t0;
void list;
const lines = run.stdout.split('\n').filter(Boolean);
const recs = lines.map((l) => JSON.parse(l));
console.error(`batch: exit ${run.status}, ${recs.length} records in ${(batchMs / 1000).toFixed(1)} s; ${run.stderr.trim().split('\n').at(-1)}`);

const byPath = new Map();
let dup = 0;
for (const [i, r] of recs.entries()) {
  if (byPath.has(r.path)) dup++;
  byPath.set(r.path, { r, line: lines[i] });
}
const missing = inputs.filter((p) => !byPath.has(p));
const orderOk = recs.every((r, i) => r.path === inputs[i]);

let same = 0;
const diffs = [];
const t1 = Date.now();
for (const p of good) {
  let b = readFileSync(p);
  if (p.endsWith('.gz')) b = gunzipSync(b);
  let rec;
  try {
    const r = clean(b);
    rec = { id: p, path: p, text: r.text, metadata: r.metadata };
    if (r.warnings.length) rec.warnings = r.warnings;
  } catch (e) {
    rec = { id: p, path: p, error: { code: e.code ?? 'INTERNAL', message: e.message } };
  }
  if (JSON.stringify(rec) === byPath.get(p)?.line) same++;
  else diffs.push(p);
}
const codes = {};
for (const p of hostile) {
  const r = byPath.get(p)?.r;
  const k = r ? (r.error ? r.error.code : 'result') : 'MISSING';
  codes[k] = (codes[k] ?? 0) + 1;
}
console.log(JSON.stringify({ good: good.length, hostile: hostile.length, records: recs.length, missing: missing.length, duplicated: dup, inOrder: orderOk, goodIdenticalToAlone: same, goodDifferent: diffs.length, differentExamples: diffs.slice(0, 10), hostileOutcomes: codes, batchSeconds: batchMs / 1000, aloneSeconds: (Date.now() - t1) / 1000 }, null, 2));
process.exitCode = missing.length || dup || diffs.length || !orderOk ? 1 : 0;
