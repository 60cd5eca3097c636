#!/usr/bin/env node
// Where the CPU goes in a pool run: per-thread CPU of each worker, of the main thread and of every
// other thread (V8's compiler and GC helper threads: V8's platform is per process, so its helper
// threads serve all workers; libuv's pool is idle here). Wall time on a shared 2-core VM swings
// 1.4-2.2x between rounds; thread CPU says what limits scaling even when the wall time is noisy.
//   node scripts/dev/pool-cpu.mjs --dir ../shared/corpora/dragnet --input html [--jobs 1,2]
//        [--limit N] [--passes K] [--dist DIST] [--young-mb N] [--chunk N] [--per-worker N] [--rounds R]
//        [--node-flags='--single-threaded-gc …'] (V8/Node flags of the children)
//        [--set-flags='…'] (V8 flags set with v8.setFlagsFromString before the workers start)
//   --cli: the CLI batch instead (one cold pass of `decruft --jobs N`; see cliOne)
// Each --jobs value runs in its own child process (R rounds, the values alternating), with the
// procedure of scripts/bench/run.mjs --mode pool: a cold pass, untimed passes until each worker
// has cleaned about one corpus pass, then K timed passes. Per timed pass, from
// /proc/self/task/<tid>/stat (utime+stime, 10 ms ticks) and /proc/.../status:
//   worker  = the worker threads' own CPU (JS, parsing, the GC pauses on that thread; GC 'perf'
//             entries cannot be counted: piscina's workers wait on Atomics, so observers never run)
//   helpers = every thread but the main thread and the workers (V8 compiler/GC helpers)
//   main    = the main thread (piscina scheduling, structured clone of the inputs)
//   wait    = wall ms a worker spent between tasks (per page): the main thread's round trip, and
//             on a busy machine the wait of a woken thread for a CPU
//   preempt = involuntary context switches of the worker threads (they waited for a CPU)
// Summary: ms per page of each; work ratio = worker ms/page at jobs 1 ÷ at jobs N (1.0 = a worker
// thread does not get slower beside another); and the CPU bound on the wall ratio: at jobs N the
// cores must carry all threads' CPU, so wall ratio ≤ N · (worker ms/page at 1) ÷ (all CPU ms/page at N)
// when jobs 1 already lets helpers run on the idle core.
//
// Measured 2 Dec 2026 on this 2-core VM with the main build (deaf7c0), dragnet HTML, while other
// jobs kept the load average at 12-20 (wall ratios then mean nothing; thread CPU still does):
//   --limit 460 --passes 2 --rounds 6: CPU ms/page (medians) jobs 1 → 2: worker 10.9 → 12.3
//     (a worker is ~12% slower beside another, in 5 of 6 rounds: shared caches/memory, host),
//     helpers 1.8 → 2.3, main 0.15 → 0.17; all 12.8 → 14.7.
//   full corpus, 2 rounds: worker 13.1 → 11.6, helpers 2.2 → 2.0, main 0.16 → 0.15.
//   Helpers are ~15% of the worker's CPU at steady state (~1 ms/page compiling, ~1 GC); the main
//   thread ~1%. --set-flags=--no-concurrent-recompilation cut helpers to ~1 ms/page but the worker
//   grew by as much (jobs 2, 460 pages, A B B A: all CPU 15.4/15.1 vs 15.2/13.3 by default);
//   --young-mb 96/160 and --per-worker 2 showed no effect
//   beyond the noise; --single-threaded-gc cannot be set at run time (V8 aborts).
//   --cli (l3s-gn1, jobs 2, cold): main thread 4% of all CPU (a quarter of it GC).
import { isMainThread, workerData } from 'node:worker_threads';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const self = fileURLToPath(import.meta.url);
const repo = resolve(dirname(self), '../..');

/** utime+stime (ms) and involuntary context switches of one thread of this process, or null. */
function threadStat(tid) {
  try {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    const status = readFileSync(`/proc/self/task/${tid}/status`, 'utf8');
    const nv = Number(/nonvoluntary_ctxt_switches:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return { cpuMs: (Number(f[11]) + Number(f[12])) * 10, preempt: nv };
  } catch {
    return null;
  }
}

/** Every thread of this process → its stat. */
function allThreads() {
  const out = new Map();
  for (const t of readdirSync('/proc/self/task')) {
    const s = threadStat(t);
    if (s) out.set(Number(t), s);
  }
  return out;
}

// ---------------------------------------------------------------- worker side
let workerRun;
if (!isMainThread) {
  const { clean } = await import(pathToFileURL(join(workerData.dist, 'index.js')).href);
  const tid = Number(readFileSync('/proc/thread-self/stat', 'utf8').split(' ')[0]);
  // Wall ms between the end of one task and the start of the next: the worker waiting for the main
  // thread to take its result and send it more work (piscina's round trip, or the main thread
  // waiting for a CPU).
  let lastEnd = 0;
  let gapMs = 0;
  workerRun = ({ docs, type, ready }) => {
    const start = performance.now();
    if (ready) {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
      lastEnd = performance.now();
      return { tid, n: 0, errors: 0, gapMs };
    }
    gapMs += start - lastEnd;
    let errors = 0;
    for (const d of docs) {
      try { clean(d, { type }); } catch { errors++; }
    }
    lastEnd = performance.now();
    return { tid, n: docs.length, errors, gapMs };
  };
}
export default function run(task) {
  return workerRun(task);
}

// ---------------------------------------------------------------- one configuration (child)
async function one(o) {
  const { listDocs, evenSubset, loadDocs } = await import(pathToFileURL(join(repo, 'scripts/bench/docs.mjs')).href);
  const { Piscina } = await import('piscina');
  const docs = loadDocs(evenSubset(listDocs(o.dir, o.input), Number(o.limit)));
  const type = o.input === 'html' ? 'html' : 'text';
  const jobs = Number(o.jobs);
  // --set-flags: V8 flags set at run time in the main thread before the workers start (as a CLI
  // can), which their isolates then read; --node-flags sets them on the child's command line.
  if (o['set-flags']) (await import('node:v8')).setFlagsFromString(o['set-flags']);
  const p = new Piscina({
    filename: self, minThreads: jobs, maxThreads: jobs, workerData: { dist: resolve(o.dist) },
    // --per-worker 2: piscina sends a worker its next task before this one ends (no round trip).
    concurrentTasksPerWorker: Number(o['per-worker'] ?? 1),
    ...(o['young-mb'] ? { resourceLimits: { maxYoungGenerationSizeMb: Number(o['young-mb']) } } : {}),
  });
  const chunk = Number(o.chunk) || (type === 'html' ? 4 : 16);
  const gaps = new Map(); // worker tid → latest cumulative gapMs
  const note = (r) => gaps.set(r.tid, r.gapMs);
  const pass = async () => {
    const tasks = [];
    for (let i = 0; i < docs.length; i += chunk) tasks.push(p.run({ docs: docs.slice(i, i + chunk), type }).then((r) => (note(r), r)));
    return Promise.all(tasks);
  };
  (await Promise.all(Array.from({ length: jobs }, () => p.run({ ready: true })))).forEach(note);
  const workers = [...gaps.keys()];
  const timed = async () => {
    const g0 = new Map(gaps);
    const s0 = allThreads();
    const t0 = performance.now();
    const res = await pass();
    const wallMs = performance.now() - t0;
    const s1 = allThreads();
    const d = (tid) => {
      const a = s0.get(tid) ?? { cpuMs: 0, preempt: 0 };
      const b = s1.get(tid) ?? a;
      return { cpuMs: b.cpuMs - a.cpuMs, preempt: b.preempt - a.preempt };
    };
    const helpers = [...new Set([...s0.keys(), ...s1.keys()])].filter((t) => t !== process.pid && !workers.includes(t));
    const w = workers.map((t) => ({ tid: t, ...d(t), gapMs: gaps.get(t) - g0.get(t), pages: 0 }));
    for (const r of res) w.find((x) => x.tid === r.tid).pages += r.n;
    const helperMs = helpers.map((t) => d(t).cpuMs);
    return {
      wallMs, pages: docs.length, main: d(process.pid), workers: w,
      helpersMs: helperMs.reduce((a, b) => a + b, 0), helperThreads: helperMs.filter((x) => x > 0).sort((a, b) => b - a),
      errors: res.reduce((n, r) => n + r.errors, 0),
    };
  };
  await pass(); // cold
  for (let done = docs.length; done < jobs * docs.length; done += docs.length) await pass();
  const steady = [];
  for (let i = 0; i < Math.max(1, Number(o.passes)); i++) steady.push(await timed());
  await p.destroy();
  return { jobs, docs: docs.length, steady, maxRssMB: process.resourceUsage().maxRSS / 1024 };
}

/**
 * The CLI batch (`decruft --jobs N --format jsonl --out FILE DIR/*.html.gz`) in this process, one
 * pass, cold start included. The CLI's workers have exited when it returns (their /proc entries are
 * gone), so: all = process.cpuUsage() (getrusage counts exited threads), main and helpers from
 * /proc (V8's platform threads outlive the workers), workers = the rest. The main thread here reads
 * directories, hands out file tasks (workers read and inflate the files), orders results and
 * writes the JSONL.
 */
async function cliOne(o) {
  const { mkdtempSync, rmSync, readdirSync: ls } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const out = mkdtempSync(join(tmpdir(), 'pool-cpu-'));
  const suffix = o.input === 'html' ? '.html.gz' : '.dump.txt';
  const pages = ls(o.dir).filter((f) => f.endsWith(suffix)).length;
  const { main } = await import(pathToFileURL(join(resolve(o.dist), 'cli/main.js')).href);
  const s0 = allThreads();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await main(['--jobs', o.jobs, '--quiet', '--force', '--format', 'jsonl', '--out', join(out, 'out.jsonl'), join(o.dir, `*${suffix}`)]);
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const s1 = allThreads();
  rmSync(out, { recursive: true, force: true });
  const d = (tid) => (s1.get(tid)?.cpuMs ?? 0) - (s0.get(tid)?.cpuMs ?? 0);
  const mainMs = d(process.pid);
  const helpersMs = [...s1.keys()].filter((t) => t !== process.pid).reduce((n, t) => n + d(t), 0);
  const allMs = (c.user + c.system) / 1000;
  return { wallMs, pages, mainMs, helpersMs, workerMs: allMs - mainMs - helpersMs, allMs };
}

/** Per-page figures of one timed pass. */
function split(pass) {
  const n = pass.pages;
  const workerMs = pass.workers.reduce((a, w) => a + w.cpuMs, 0);
  const all = workerMs + pass.helpersMs + pass.main.cpuMs;
  return {
    wallMsPage: pass.wallMs / n,
    workerMsPage: workerMs / n,
    helperMsPage: pass.helpersMs / n,
    mainMsPage: pass.main.cpuMs / n,
    gapMsPage: pass.workers.reduce((a, w) => a + w.gapMs, 0) / n,
    preemptPerPage: pass.workers.reduce((a, w) => a + w.preempt, 0) / n,
    cores: all / pass.wallMs,
    allMsPage: all / n,
  };
}

// ---------------------------------------------------------------- driver
if (isMainThread) {
  const { parseArgs } = await import('node:util');
  const { values: o } = parseArgs({
    options: {
      dir: { type: 'string', default: join(repo, '../shared/corpora/dragnet') },
      input: { type: 'string', default: 'html' },
      jobs: { type: 'string', default: '1,2' },
      limit: { type: 'string', default: '0' },
      passes: { type: 'string', default: '2' },
      dist: { type: 'string', default: join(repo, 'dist') },
      'young-mb': { type: 'string' },
      chunk: { type: 'string' },
      'per-worker': { type: 'string' },
      rounds: { type: 'string', default: '1' },
      one: { type: 'boolean', default: false },
      cli: { type: 'boolean', default: false },
      // Node/V8 flags for the child (V8 flags are per process: they apply to every worker).
      'node-flags': { type: 'string', default: '' },
      'set-flags': { type: 'string' },
    },
  });
  if (o.one && o.cli) {
    process.stdout.write(JSON.stringify(await cliOne(o)) + '\n');
  } else if (o.cli) {
    const { spawnSync } = await import('node:child_process');
    const f = (x, d = 2) => x.toFixed(d);
    for (let r = 0; r < Number(o.rounds); r++) {
      for (const j of r % 2 ? o.jobs.split(',').reverse() : o.jobs.split(',')) {
        const c = spawnSync(process.execPath, [self, '--one', '--cli', '--jobs', j, '--dir', o.dir, '--input', o.input, '--dist', o.dist], { encoding: 'utf8' });
        const line = c.stdout.trim().split('\n').pop();
        if (c.status !== 0 || !line) throw new Error(`pool-cpu --cli child failed (jobs ${j}):\n${c.stderr}`);
        const x = JSON.parse(line);
        const n = x.pages;
        console.log(`cli round ${r + 1} jobs ${j}: ${n} pages, wall ${f(x.wallMs / n)} ms/page, cores ${f(x.allMs / x.wallMs)}; CPU ms/page: workers ${f(x.workerMs / n)}, helpers ${f(x.helpersMs / n)}, main ${f(x.mainMs / n)} (${f((100 * x.mainMs) / x.allMs, 1)}% of all)`);
      }
    }
  } else if (o.one) {
    process.stdout.write(JSON.stringify(await one(o)) + '\n');
  } else {
    const { spawnSync } = await import('node:child_process');
    const jobsList = o.jobs.split(',').map(Number);
    const pass = ['--dir', o.dir, '--input', o.input, '--limit', o.limit, '--passes', o.passes, '--dist', o.dist];
    if (o['young-mb']) pass.push('--young-mb', o['young-mb']);
    if (o.chunk) pass.push('--chunk', o.chunk);
    if (o['per-worker']) pass.push('--per-worker', o['per-worker']);
    if (o['set-flags']) pass.push(`--set-flags=${o['set-flags']}`);
    const byJobs = new Map(jobsList.map((j) => [j, []]));
    const f = (x, d = 2) => x.toFixed(d);
    for (let r = 0; r < Number(o.rounds); r++) {
      for (const j of r % 2 ? [...jobsList].reverse() : jobsList) {
        const c = spawnSync(process.execPath, [...o['node-flags'].split(' ').filter(Boolean), self, '--one', '--jobs', String(j), ...pass], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
        const line = c.stdout.trim().split('\n').pop();
        if (c.status !== 0 || !line) throw new Error(`pool-cpu child failed (jobs ${j}):\n${c.stderr}`);
        const res = JSON.parse(line);
        // The fastest timed pass of the run, as the bench's min-steady figure.
        const best = res.steady.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
        const s = split(best);
        byJobs.get(j).push(s);
        console.log(`round ${r + 1} jobs ${j}: ${res.docs} pages, wall ${f(s.wallMsPage)} ms/page, cores ${f(s.cores)}; CPU ms/page: worker ${f(s.workerMsPage)}, helpers ${f(s.helperMsPage)}, main ${f(s.mainMsPage)}; worker wait for main ${f(s.gapMsPage)} ms/page; preempt/page ${f(s.preemptPerPage, 3)}; helper threads ms ${best.helperThreads.join(' ')}; per worker ${best.workers.map((w) => `${w.pages}p ${w.cpuMs}ms`).join(', ')}; RSS ${f(res.maxRssMB, 0)} MB`);
      }
    }
    const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
    const m = (j, k) => med(byJobs.get(j).map((s) => s[k]));
    const [a, ...rest] = jobsList;
    for (const b of rest) {
      const wall = med(byJobs.get(a).map((s, i) => s.wallMsPage / (byJobs.get(b)[i]?.wallMsPage ?? NaN)));
      console.log(`jobs ${b}/${a} (medians over ${o.rounds} round(s)): wall ratio ${f(wall)}; worker ms/page ${f(m(a, 'workerMsPage'))} → ${f(m(b, 'workerMsPage'))} (work ratio ${f(m(a, 'workerMsPage') / m(b, 'workerMsPage'))}); helpers ${f(m(a, 'helperMsPage'))} → ${f(m(b, 'helperMsPage'))}; main ${f(m(a, 'mainMsPage'))} → ${f(m(b, 'mainMsPage'))}; all CPU ${f(m(a, 'allMsPage'))} → ${f(m(b, 'allMsPage'))}; CPU bound on wall ratio ${f((b * m(a, 'workerMsPage')) / m(b, 'allMsPage'))}; cores ${f(m(a, 'cores'))} → ${f(m(b, 'cores'))}`);
    }
  }
}
