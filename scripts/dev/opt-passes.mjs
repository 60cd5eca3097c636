#!/usr/bin/env node
// Repeated passes of clean() over the first 60 HTML pages of one corpus, in ONE process, marking each
// pass, so V8's `--trace-opt` lines can be counted per pass: TurboFan compiles in the steady passes
// (2+) are work the compiler thread does on the other core, which caps the `--jobs 2` speed-up (issue 5).
// Also prints per-pass wall and process CPU (all threads) and their ratio.
//   node --trace-opt scripts/dev/opt-passes.mjs DIST CORPUS [PASSES] > /tmp/opt.log
//   awk '/#PASS/{p=$2} /completed compil/{c[p]++} END{for(k in c) print k, c[k]}' /tmp/opt.log
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
const [dist, corpus, passes] = [resolve(process.argv[2]), process.argv[3], Number(process.argv[4] ?? 4)];
const { clean } = await import(pathToFileURL(join(dist, 'index.js')).href);
const dir = resolve('../shared/corpora', corpus);
const docs = readdirSync(dir).filter((f) => f.endsWith('.html.gz')).slice(0, 60).map((f) => new Uint8Array(gunzipSync(readFileSync(join(dir, f)))));
for (let p = 0; p < passes; p++) {
  console.log(`#PASS ${p}`);
  const t0 = performance.now(); const c0 = process.cpuUsage();
  for (const d of docs) clean(d, { type: 'html', timeoutMs: 600000 });
  const c = process.cpuUsage(c0); const w = performance.now() - t0;
  console.log(`#STAT pass=${p} wall=${w.toFixed(0)}ms cpu=${((c.user + c.system) / 1000).toFixed(0)}ms ratio=${((c.user + c.system) / 1000 / w).toFixed(2)}`);
}
