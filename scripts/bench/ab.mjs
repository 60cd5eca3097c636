#!/usr/bin/env node
// A/B CPU time of two builds on the same documents. Each timed pass runs in a fresh child process
// holding ONE build (warm-up first), and the passes alternate A B B A A B …, so machine load drifts
// over both alike. Both builds in one process were biased: an A/A run of two identical copies gave
// B/A 1.15 (the builds share node_modules such as htmlparser2, whose call sites the first build's
// objects make monomorphic and the second's then deoptimise).
// CPU = process.cpuUsage() of the child over the timed pass (all its threads), not wall time.
//   node scripts/bench/ab.mjs --a ../main/dist --b dist [--corpus dragnet]… [--stage parse|clean]
//        [--rounds 3] [--corpora ROOT] [--input html|dump]
// --input dump times clean() on the text dumps (<id>.dump.txt, type text; --stage clean only).
// --stage parse times parseHtml() on the decoded page (the HTML front end up to the block list
// with DOM features and page metadata); clean times the whole clean() on the bytes.
// A build's dist/ must sit in a checkout (beside data/ and node_modules/), as dist/ does.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: o } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string', default: join(repo, 'dist') },
    corpus: { type: 'string', multiple: true },
    stage: { type: 'string', default: 'parse' },
    rounds: { type: 'string', default: '3' },
    input: { type: 'string', default: 'html' },
    corpora: { type: 'string', default: process.env.DECRUFT_CORPORA ?? join(repo, '../shared/corpora') },
    // Internal: time one build on one corpus and print {ms} (CPU ms per page).
    one: { type: 'string' },
  },
});

/** Child: warm up, then one timed pass of `dist` over `corpus`. */
async function timeOne(dist, corpus) {
  const url = (p) => pathToFileURL(join(resolve(dist), p)).href;
  const { clean } = await import(url('index.js'));
  const { parseHtml } = await import(url('html/index.js'));
  const { decodeHtmlBytes } = await import(url('input/decode-html.js'));
  const dir = join(o.corpora, corpus);
  const dump = o.input === 'dump';
  const bytes = readdirSync(dir).filter((f) => f.endsWith(dump ? '.dump.txt' : '.html.gz')).sort()
    .map((f) => new Uint8Array(dump ? readFileSync(join(dir, f)) : gunzipSync(readFileSync(join(dir, f)))));
  const sources = dump ? [] : bytes.map((b) => decodeHtmlBytes(b));
  const run = o.stage === 'clean'
    ? (i) => { try { clean(bytes[i], { type: dump ? 'text' : 'html' }); } catch {} }
    : (i) => { try { parseHtml(sources[i], { deadline: Infinity }); } catch {} };
  for (let i = 0; i < Math.min(200, bytes.length); i++) run(i); // warm-up (JIT)
  const t = process.cpuUsage();
  for (let i = 0; i < bytes.length; i++) run(i);
  const u = process.cpuUsage(t);
  return { pages: bytes.length, ms: (u.user + u.system) / 1000 / bytes.length };
}

if (o.one) {
  const [dist, corpus] = JSON.parse(o.one);
  console.log(JSON.stringify(await timeOne(dist, corpus)));
  process.exit(0);
}
if (!o.a) {
  console.error('ab: --a DIST (the baseline build) is required');
  process.exit(2);
}
const dists = [resolve(o.a), resolve(o.b)];
const self = fileURLToPath(import.meta.url);
const child = (dist, corpus) => {
  const args = [self, '--one', JSON.stringify([dist, corpus]), '--stage', o.stage, '--corpora', o.corpora, '--input', o.input];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const line = r.stdout.trim().split('\n').pop();
  if (r.status !== 0 || !line) throw new Error(`ab child failed (${dist}, ${corpus}):\n${r.stderr}`);
  return JSON.parse(line);
};
const rounds = Number(o.rounds);
for (const corpus of o.corpus ?? ['dragnet', 'l3s-gn1']) {
  const ms = [[], []];
  let pages = 0;
  for (let r = 0; r < rounds; r++) {
    for (const k of r % 2 ? [1, 0] : [0, 1]) {
      const res = child(dists[k], corpus);
      pages = res.pages;
      ms[k].push(res.ms);
    }
  }
  const mean = ms.map((xs) => xs.reduce((a, b) => a + b, 0) / xs.length);
  const spread = ms.map((xs) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`);
  console.log(`${corpus} ${o.input} ${o.stage}: ${pages} pages × ${rounds} passes per build, CPU ms/page  A ${mean[0].toFixed(3)} (${spread[0]})  B ${mean[1].toFixed(3)} (${spread[1]})  B/A ${(mean[1] / mean[0]).toFixed(3)}  (pages/s on one core: A ${(1000 / mean[0]).toFixed(0)}, B ${(1000 / mean[1]).toFixed(0)})`);
}
