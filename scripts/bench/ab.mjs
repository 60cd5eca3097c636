#!/usr/bin/env node
// A/B CPU time of two builds on the same documents, interleaved per document (A then B, B then A on
// the next), so machine load hits both alike. Process CPU time (process.cpuUsage), not wall time.
//   node scripts/bench/ab.mjs --a ../main/dist --b dist [--corpus dragnet]… [--stage parse|clean]
//        [--rounds 3] [--corpora ROOT]
// --stage parse times parseHtml() on the decoded page (the HTML front end up to the block list
// with DOM features and page metadata); clean times the whole clean() on the bytes.
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
    corpora: { type: 'string', default: process.env.DECRUFT_CORPORA ?? join(repo, '../shared/corpora') },
  },
});
if (!o.a) {
  console.error('ab: --a DIST (the baseline build) is required');
  process.exit(2);
}
const load = async (dir) => {
  const d = resolve(dir);
  const url = (p) => pathToFileURL(join(d, p)).href;
  return {
    dir: d,
    clean: (await import(url('index.js'))).clean,
    parseHtml: (await import(url('html/index.js'))).parseHtml,
    decode: (await import(url('input/decode-html.js'))).decodeHtmlBytes,
    cpu: 0,
  };
};
const builds = [await load(o.a), await load(o.b)];
const cpuNow = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
for (const corpus of o.corpus ?? ['dragnet', 'l3s-gn1']) {
  const dir = join(o.corpora, corpus);
  const bytes = readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort()
    .map((f) => new Uint8Array(gunzipSync(readFileSync(join(dir, f)))));
  const sources = bytes.map((b) => builds[0].decode(b));
  const run = o.stage === 'clean'
    ? (b, i) => { try { b.clean(bytes[i], { type: 'html' }); } catch {} }
    : (b, i) => { try { b.parseHtml(sources[i], { deadline: Infinity }); } catch {} };
  for (const b of builds) {
    b.cpu = 0;
    for (let i = 0; i < Math.min(200, bytes.length); i++) run(b, i); // warm-up (JIT)
  }
  const rounds = Number(o.rounds);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < bytes.length; i++) {
      for (const k of (i + r) % 2 ? [1, 0] : [0, 1]) {
        const t = cpuNow();
        run(builds[k], i);
        builds[k].cpu += cpuNow() - t;
      }
    }
  }
  const n = bytes.length * rounds;
  const ms = builds.map((b) => b.cpu / n / 1000);
  console.log(`${corpus} ${o.stage}: ${bytes.length} pages × ${rounds} rounds, CPU ms/page  A ${ms[0].toFixed(3)}  B ${ms[1].toFixed(3)}  B/A ${(ms[1] / ms[0]).toFixed(3)}  (pages/s on one core: A ${(1000 / ms[0]).toFixed(0)}, B ${(1000 / ms[1]).toFixed(0)})`);
}
