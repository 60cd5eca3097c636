#!/usr/bin/env node
// One cold pass of clean() over a corpus folder in a fresh process, as a new batch worker does it:
// the JIT warm-up is included. Prints one JSON line: wall ms, CPU ms of the whole process, of the
// main (cleaning) thread and of all other threads (V8's compiler and GC helpers), from
// /proc/self/stat (Linux; 10 ms ticks). Run two builds alternately to compare them:
//   for r in 1 2; do node scripts/bench/cold.mjs --dist BASE/dist; node scripts/bench/cold.mjs; done
// Options: --dist DIR (default dist), --dir CORPUS_DIR (default ../shared/corpora/dragnet),
// --ext .html.gz|.dump.txt (default .html.gz), --worker (clean in a worker thread with the batch
// pool's heap cap; then main is the idle main thread and only cpu counts). BASE must be a checkout
// (dist/ needs data/ beside it).
import { readdirSync, readFileSync } from 'node:fs';
import { Worker, isMainThread } from 'node:worker_threads';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: o } = parseArgs({
  options: {
    dist: { type: 'string', default: join(repo, 'dist') },
    dir: { type: 'string', default: join(repo, '../shared/corpora/dragnet') },
    ext: { type: 'string', default: '.html.gz' },
    worker: { type: 'boolean', default: false },
  },
});
if (o.worker && isMainThread) {
  const argv = process.argv.slice(2).filter((a) => a !== '--worker');
  new Worker(fileURLToPath(import.meta.url), { argv, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
} else {
  await coldPass();
}

async function coldPass() {
  const files = readdirSync(o.dir).filter((f) => f.endsWith(o.ext)).sort();
  const docs = files.map((f) => {
    const b = readFileSync(join(o.dir, f));
    return o.ext.endsWith('.gz') ? new Uint8Array(gunzipSync(b)) : b.toString('utf8');
  });
  const type = o.ext.includes('html') ? 'html' : 'text';
  /** utime + stime of a /proc stat file, in ms. */
  const cpuMs = (path) => {
    const s = readFileSync(path, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  };
  const self = `/proc/self/task/${process.pid}/stat`;
  const { clean } = await import(pathToFileURL(join(resolve(o.dist), 'index.js')).href);
  const p0 = cpuMs('/proc/self/stat');
  const m0 = cpuMs(self);
  const t0 = performance.now();
  for (const d of docs) {
    try {
      clean(d, { type });
    } catch {
      // empty or bad documents count as done
    }
  }
  const wall = performance.now() - t0;
  const cpu = cpuMs('/proc/self/stat') - p0;
  const main = cpuMs(self) - m0;
  console.log(JSON.stringify({ dist: o.dist, docs: docs.length, wall: Math.round(wall), cpu, main, other: cpu - main }));
}
