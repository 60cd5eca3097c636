#!/usr/bin/env node
// Steady-state A/B CPU of clean() on the HTML pages of two builds. ab.mjs times one pass after a
// 200-document warm-up, so a good part of its figure is TurboFan still compiling (helper-thread
// CPU); this one times whole passes after a full first one. Each run is a fresh child process
// holding ONE build, runs PASSES passes over all pages of the corpora and reports CPU ms per page
// per pass; a run's figure is its fastest pass after the first. Runs alternate A B B A A B …
// Pin it yourself (taskset -c 1 node scripts/bench/steady-ab.mjs …): the children inherit it.
//   node scripts/bench/steady-ab.mjs --a BASE/dist [--b dist] [--corpus dragnet]… [--runs 3] [--passes 4]
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
    runs: { type: 'string', default: '3' },
    passes: { type: 'string', default: '4' },
    corpora: { type: 'string', default: process.env.DECRUFT_CORPORA ?? join(repo, '../shared/corpora') },
    // Internal: one run of one build; prints the CPU ms per page of each pass.
    one: { type: 'string' },
  },
});
const corpora = o.corpus ?? ['dragnet', 'l3s-gn1'];

if (o.one) {
  const { clean } = await import(pathToFileURL(join(resolve(o.one), 'index.js')).href);
  const pages = [];
  for (const c of corpora) {
    const dir = join(o.corpora, c);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.html.gz')).sort()) pages.push(new Uint8Array(gunzipSync(readFileSync(join(dir, f)))));
  }
  const ms = [];
  for (let p = 0; p < Number(o.passes); p++) {
    const t = process.cpuUsage();
    for (const b of pages) {
      try {
        clean(b, { type: 'html' });
      } catch {}
    }
    const u = process.cpuUsage(t);
    ms.push((u.user + u.system) / 1000 / pages.length);
  }
  console.log(JSON.stringify(ms));
  process.exit(0);
}
if (!o.a) {
  console.error('steady-ab: --a DIST (the baseline build) is required');
  process.exit(2);
}
const self = fileURLToPath(import.meta.url);
const best = { A: [], B: [] };
for (let r = 0; r < Number(o.runs); r++) {
  for (const k of r % 2 ? ['B', 'A'] : ['A', 'B']) {
    const args = [self, '--one', resolve(k === 'A' ? o.a : o.b), '--passes', o.passes, '--corpora', o.corpora, ...corpora.flatMap((c) => ['--corpus', c])];
    const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`steady-ab child failed:\n${child.stderr}`);
    const ms = JSON.parse(child.stdout.trim().split('\n').pop());
    best[k].push(Math.min(...ms.slice(1)));
    console.log(`${k} passes ${ms.map((x) => x.toFixed(3)).join(' ')}`);
  }
}
const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
const [a, b] = [mean(best.A), mean(best.B)];
console.log(`${corpora.join('+')} html steady: CPU ms/page A ${a.toFixed(3)} B ${b.toFixed(3)}  B/A ${(b / a).toFixed(3)}`);
