#!/usr/bin/env node
// One bench configuration in its own process (so peak RSS is its own); prints one JSON line.
//   node scripts/bench/run.mjs --engine decruft|readability --mode single|pool|profile|mem20
//        --dir CORPUS_DIR --input html|dump [--jobs N] [--limit N] [--warmup N|all] [--dist DIST]
//        [--passes K] (pool: steady-state passes timed, after a cold pass and the warm-up; see pool())
//        [--young-mb N] (pool: the workers' young generation, as src/batch/pool.ts sets it)
//   --mode cli: the CLI batch `decruft --jobs N --format jsonl --out FILE 'DIR/*.<input>'` in this
//        process; wall time from before the CLI is imported, and CPU time of the main thread and of
//        the whole process (Linux: /proc/self/task/<tid>/stat). `--glob G` (repeatable) instead of
//        --dir/--input: any inputs, e.g. several corpora at once.
import { parseArgs } from 'node:util';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { listDocs, evenSubset, loadDocs, readDoc, percentile, bigPage } from './docs.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: o } = parseArgs({
  options: {
    engine: { type: 'string', default: 'decruft' },
    mode: { type: 'string', default: 'single' },
    dir: { type: 'string' },
    input: { type: 'string', default: 'html' },
    jobs: { type: 'string', default: '1' },
    limit: { type: 'string', default: '0' },
    warmup: { type: 'string', default: '0' },
    dist: { type: 'string', default: process.env.DECRUFT_DIST ?? join(repo, 'dist') },
    source: { type: 'string' },
    size: { type: 'string', default: '20000000' },
    passes: { type: 'string', default: '2' },
    glob: { type: 'string', multiple: true },
    'young-mb': { type: 'string' },
  },
});
const dist = resolve(o.dist);
const type = o.input === 'html' ? 'html' : 'text';
const rssMB = () => process.resourceUsage().maxRSS / 1024;
const { loadavg } = await import('node:os');
/** 1-minute load average when this configuration started. */
const loadNow = loadavg()[0];

async function decruftClean() {
  const { clean } = await import(pathToFileURL(join(dist, 'index.js')).href);
  return clean;
}

async function readabilityFn() {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  const vc = new VirtualConsole(); // swallow page CSS/script errors
  return (bytes) => {
    // Bytes in: jsdom sniffs the encoding like a browser. No scripts run, nothing is fetched (jsdom defaults).
    const dom = new JSDOM(bytes, { virtualConsole: vc });
    try {
      return new Readability(dom.window.document).parse()?.textContent ?? '';
    } finally {
      dom.window.close();
    }
  };
}

function docsFor() {
  const paths = evenSubset(listDocs(o.dir, o.input), Number(o.limit));
  return { paths, docs: loadDocs(paths) };
}

// One worker: pages are read (and gunzipped) one at a time, as a CLI worker reads its files, so peak
// RSS is what one worker needs, not the whole corpus in memory (trafilatura HTML: 143 MB). Only the
// clean() calls are timed; wallMs is their sum.
async function single() {
  const paths = evenSubset(listDocs(o.dir, o.input), Number(o.limit));
  const fn = o.engine === 'readability' ? await readabilityFn() : await (async () => { const c = await decruftClean(); return (d) => c(d, { type }).text; })();
  // --warmup all: one whole untimed-for-the-table pass first (its clean() time is reported as the
  // cold pass: JIT compiling included), so the timed pass is the steady rate of a long batch.
  const warm = o.warmup === 'all' ? paths.length : Number(o.warmup) || 200;
  let coldMs = 0;
  let coldDocs = 0;
  for (let i = 0; i < Math.min(warm, paths.length); i++) {
    const d = readDoc(paths[i]);
    const t = performance.now();
    try { fn(d); } catch {}
    coldMs += performance.now() - t;
    coldDocs++;
  }
  const ms = [];
  let errors = 0;
  let bytes = 0;
  for (const p of paths) {
    const d = readDoc(p);
    bytes += d.length;
    const t = performance.now();
    try { fn(d); } catch { errors++; }
    ms.push(performance.now() - t);
  }
  const wall = ms.reduce((a, b) => a + b, 0);
  return {
    docs: paths.length, bytes, wallMs: wall, errors, ms, cold: { docs: coldDocs, wallMs: coldMs },
    p50: percentile(ms, 50), p95: percentile(ms, 95), max: Math.max(...ms),
    maxRssMB: rssMB(), ids: paths.map((p) => p.split('/').pop()),
  };
}

// Pool: piscina with `--jobs N` workers over documents in memory. Passes over the whole corpus:
//   cold   = the first pass of freshly started workers (module loading excluded: every worker has
//            cleaned one small page first), JIT compiling included, as on a short run;
//   warm-up = further untimed passes until the documents cleaned since the start reach N per worker
//            (each worker has then cleaned about one full corpus pass itself);
//   steady = `--passes K` timed passes after that (default 2), reported each and as the median:
//            the rate of a long batch (a million pages runs at steady state).
// CPU = process.cpuUsage() over a pass (all threads: workers, V8's compiler and GC helpers, main).
async function pool() {
  const { docs } = docsFor();
  const jobs = Number(o.jobs);
  const { Piscina } = await import('piscina');
  const { cpus } = await import('node:os');
  const p = new Piscina({
    filename: fileURLToPath(new URL('./worker.mjs', import.meta.url)),
    minThreads: jobs, maxThreads: jobs, workerData: { dist },
    // --young-mb N: the workers' young generation (resourceLimits.maxYoungGenerationSizeMb), to
    // measure the CLI pool's setting (src/batch/pool.ts) on its own; default: V8's.
    ...(o['young-mb'] ? { resourceLimits: { maxYoungGenerationSizeMb: Number(o['young-mb']) } } : {}),
  });
  const chunk = type === 'html' ? 4 : 16;
  const pass = async (set) => {
    const tasks = [];
    for (let i = 0; i < set.length; i += chunk) tasks.push(p.run({ docs: set.slice(i, i + chunk), type }));
    return Promise.all(tasks);
  };
  const timed = async () => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const res = await pass(docs);
    const wallMs = performance.now() - t0;
    const c = process.cpuUsage(c0);
    return { wallMs, cpuMs: (c.user + c.system) / 1000, errors: res.reduce((n, r) => n + r.errors, 0) };
  };
  // Load every worker (one tiny task each, held so the next goes to another worker).
  await Promise.all(Array.from({ length: jobs }, () => p.run({ ready: true })));
  const cold = await timed();
  let done = docs.length;
  while (done < jobs * docs.length) {
    await pass(docs);
    done += docs.length;
  }
  const steady = [];
  for (let i = 0; i < Math.max(1, Number(o.passes)); i++) steady.push(await timed());
  await p.destroy();
  const bytes = docs.reduce((n, d) => n + d.length, 0);
  const mid = [...steady].sort((a, b) => a.wallMs - b.wallMs)[(steady.length - 1) >> 1];
  return {
    docs: docs.length, bytes, jobs, wallMs: mid.wallMs, cpuMs: mid.cpuMs, errors: mid.errors,
    cold, steady, warmupPasses: Math.max(0, jobs - 1), load: loadNow, maxRssMB: rssMB(),
    ncpu: cpus().length,
  };
}

async function profile() {
  const { docs } = docsFor();
  const clean = await decruftClean();
  for (const d of docs.slice(0, Math.min(docs.length, Number(o.warmup) || 50))) { try { clean(d, { type }); } catch {} }
  const sums = {};
  let n = 0;
  let errors = 0;
  for (const d of docs) {
    try {
      const r = clean(d, { type, profile: true });
      for (const [k, v] of Object.entries(r.profile ?? {})) sums[k] = (sums[k] ?? 0) + v;
      n++;
    } catch { errors++; }
  }
  return { docs: docs.length, profiled: n, errors, sums };
}

async function mem20() {
  // Build a ~20 MB page by repeating the body of a real article page, and clean it once.
  const { readFileSync } = await import('node:fs');
  const { gunzipSync } = await import('node:zlib');
  const clean = await decruftClean();
  const raw = o.source.endsWith('.gz') ? gunzipSync(readFileSync(o.source)) : readFileSync(o.source);
  const target = Number(o.size);
  const big = bigPage(raw, type, target);
  try { clean(raw, { type }); } catch {}
  global.gc?.();
  const rssBefore = process.memoryUsage().rss / 2 ** 20;
  const peakBefore = rssMB();
  const t0 = performance.now();
  let error;
  let words = 0;
  try {
    words = clean(big, { type, timeoutMs: 600_000 }).metadata.wordCount;
  } catch (e) {
    error = `${e.code ?? ''} ${e.message}`.trim();
  }
  const ms = performance.now() - t0;
  const peak = rssMB();
  return { sizeMB: big.length / 2 ** 20, rssBeforeMB: rssBefore, peakBeforeMB: peakBefore, peakMB: peak, growthMB: peak - rssBefore, ms, words, error };
}

/** CPU ms of one thread of this process (Linux), or NaN. */
async function threadCpuMs(tid) {
  const { readFileSync } = await import('node:fs');
  try {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10; // utime + stime, in clock ticks of 10 ms
  } catch {
    return NaN;
  }
}

async function cli() {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const out = mkdtempSync(join(tmpdir(), 'decruft-bench-'));
  const globs = o.glob?.length ? o.glob : [join(o.dir, o.input === 'html' ? '*.html.gz' : '*.dump.txt')];
  const t0 = performance.now();
  const { main } = await import(pathToFileURL(join(dist, 'cli/main.js')).href);
  const args = ['--jobs', o.jobs, '--quiet', '--force', '--format', 'jsonl', '--out', join(out, 'out.jsonl'), ...globs];
  const status = await main(args);
  const wallMs = performance.now() - t0;
  const mainCpuMs = await threadCpuMs(process.pid);
  const u = process.cpuUsage();
  rmSync(out, { recursive: true, force: true });
  return { jobs: Number(o.jobs), wallMs, status, mainCpuMs, processCpuMs: (u.user + u.system) / 1000, maxRssMB: rssMB(), load: loadNow };
}

const modes = { single, pool, profile, mem20, cli };
const out = await modes[o.mode]();
process.stdout.write(JSON.stringify(out) + '\n');
