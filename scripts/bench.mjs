#!/usr/bin/env node
// npm run bench: decruft's speed and memory over the dev corpora, next to @mozilla/readability + jsdom.
// Reads dist/ (run `npm run build` first). Each configuration runs in its own process, after a
// warm-up pass. Writes bench/RESULTS.md. Never a timed test.
//   node scripts/bench.mjs [--quick] [--profile] [--corpus NAME]… [--input html|dump]…
//        [--no-readability] [--readability-limit N] [--no-pool] [--no-cli] [--no-big] [--no-mem]
//        [--rounds R] [--passes K]
// --jobs 1 vs --jobs N is measured, not sampled: R rounds (default 3), each run in its own process,
// the two alternating A B, B A, A B… (pool and CLI alike); every run is reported and the ratio is the
// median of the R per-round ratios. The pool reports a cold first pass and the steady state (K timed
// passes, default 2, after each worker has cleaned about one corpus pass; see scripts/bench/run.mjs).
// The big CLI batch (--no-big to skip) is the HTML and dumps of every corpus at once (~5,300 docs).
// Readability + jsdom runs on the first 100 documents of a corpus by default (25 with --quick;
// --readability-limit 0 = all: jsdom then needs several GB on dragnet, and a child that fails is
// reported in the table, not fatal).
//        [--corpora ROOT] [--out bench/RESULTS.md]
// The results file is rewritten after every configuration, so a long run leaves partial figures.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { listDocs } from './bench/docs.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: o } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    corpus: { type: 'string', multiple: true },
    input: { type: 'string', multiple: true },
    'no-readability': { type: 'boolean', default: false },
    'no-mem': { type: 'boolean', default: false },
    'no-pool': { type: 'boolean', default: false },
    'no-cli': { type: 'boolean', default: false },
    'no-big': { type: 'boolean', default: false },
    rounds: { type: 'string', default: '3' },
    passes: { type: 'string', default: '2' },
    'readability-limit': { type: 'string' },
    corpora: { type: 'string', default: process.env.DECRUFT_CORPORA ?? join(repo, '../shared/corpora') },
    dist: { type: 'string', default: process.env.DECRUFT_DIST ?? join(repo, 'dist') },
    out: { type: 'string', default: join(repo, 'bench/RESULTS.md') },
  },
});
if (!existsSync(join(o.dist, 'index.js'))) {
  console.error(`bench: ${o.dist}/index.js not found; run npm run build first`);
  process.exit(2);
}
const corpora = o.corpus ?? ['dragnet', 'l3s-gn1', 'readability', 'trafilatura'];
const inputs = o.input ?? ['html', 'dump'];
const ncpu = cpus().length;
const limit = o.quick ? 100 : 0;
const rLimit = o['readability-limit'] !== undefined ? Number(o['readability-limit']) : o.quick ? 25 : 100;
const runner = join(repo, 'scripts/bench/run.mjs');
const rounds = Math.max(1, Number(o.rounds) || 1);

/** Run `a` and `b` alternately for `rounds` rounds (A B, B A, A B…); returns [{a, b}] per round. */
function interleaved(a, b) {
  const out = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      const x = a();
      out.push({ a: x, b: b() });
    } else {
      const y = b();
      out.push({ a: a(), b: y });
    }
  }
  return out;
}

// `taskset -c 0` (util-linux) confines a child to one CPU, V8's GC and compiler threads included:
// that is the honest one-core rate. An unpinned "1 worker" also uses the other core for V8's helpers.
const taskset = ncpu > 1 && spawnSync('taskset', ['-c', '0', 'true']).status === 0;

function child(args, { pin = false } = {}) {
  const argv = ['--expose-gc', runner, '--dist', o.dist, ...args];
  const [cmd, cmdArgs] = pin && taskset ? ['taskset', ['-c', '0', process.execPath, ...argv]] : [process.execPath, argv];
  const r = spawnSync(cmd, cmdArgs, {
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
  });
  const line = r.stdout.trim().split('\n').pop();
  if (r.status !== 0 || !line) throw new Error(`bench child failed (${args.join(' ')}):\n${r.stderr}`);
  return JSON.parse(line);
}

// The real batch path: `decruft --jobs N --format jsonl --out FILE GLOB…` (scripts/bench/run.mjs
// --mode cli runs the CLI's main() in a child); wall time from spawning the child to its exit
// (process start, worker start-up, reading, gunzip, writing), CPU of the whole child and of its main thread.
function cliRun(globs, jobs, { pin = false } = {}) {
  const load = loadavg()[0];
  const t0 = performance.now();
  const argv = [runner, '--dist', o.dist, '--mode', 'cli', '--jobs', String(jobs), ...globs.flatMap((g) => ['--glob', g])];
  const [cmd, cmdArgs] = pin && taskset ? ['taskset', ['-c', '0', process.execPath, ...argv]] : [process.execPath, argv];
  const r = spawnSync(cmd, cmdArgs, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const wallMs = performance.now() - t0;
  let res = {};
  try {
    res = JSON.parse(r.stdout.trim().split('\n').pop());
  } catch {
    res = { status: r.status };
  }
  return { jobs, wallMs, status: res.status, cpuMs: res.processCpuMs, mainCpuMs: res.mainCpuMs, load, stderr: r.status !== 0 || res.status > 1 ? r.stderr.slice(0, 300) : '' };
}
const globOf = (dir, input) => join(dir, input === 'html' ? '*.html.gz' : '*.dump.txt');

const f = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '-');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const log = (s) => process.stderr.write(s + '\n');

const loadStart = loadavg()[0];
/** The commit when the run starts (dist/ is built from the tree then; a later commit is not measured). */
const gitAtStart = spawnSync('git', ['-C', repo, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
const rows = [];
let big; // the big CLI batch, once run
const profiles = [];
const mem = [];
for (const corpus of corpora) {
  const dir = join(o.corpora, corpus);
  for (const input of inputs) {
    const base = ['--dir', dir, '--input', input, '--limit', String(limit)];
    log(`${corpus}/${input}: decruft, 1 worker…`);
    const s = child(['--engine', 'decruft', '--mode', 'single', '--warmup', 'all', ...base]);
    if (!s.docs) continue;
    const row = { corpus, input, s };
    if (taskset) {
      log(`${corpus}/${input}: decruft, 1 worker pinned to one CPU…`);
      row.s1 = child(['--engine', 'decruft', '--mode', 'single', '--warmup', 'all', ...base], { pin: true });
    }
    if (!o['no-pool']) {
      log(`${corpus}/${input}: decruft, pool --jobs 1 / --jobs ${ncpu}, ${rounds} round(s)…`);
      const poolRun = (j) => () => child(['--engine', 'decruft', '--mode', 'pool', '--jobs', String(j), '--passes', o.passes, ...base]);
      if (ncpu > 1) row.pool = interleaved(poolRun(1), poolRun(ncpu));
      else row.pool = [{ a: poolRun(1)() }];
    }
    if (!o['no-cli'] && !o.quick) {
      log(`${corpus}/${input}: decruft CLI --jobs 1 / --jobs ${ncpu}, ${rounds} round(s)…`);
      row.cli = interleaved(() => cliRun([globOf(dir, input)], 1), () => cliRun([globOf(dir, input)], ncpu));
    }
    if (input === 'html' && !o['no-readability']) {
      log(`${corpus}/${input}: Readability + jsdom, 1 worker…`);
      const rb = ['--dir', dir, '--input', input, '--limit', String(rLimit || limit)];
      try {
        row.r = child(['--engine', 'readability', '--mode', 'single', '--warmup', '20', ...rb]);
      } catch (err) {
        // Readability + jsdom running out of memory is a figure of the comparison, not a reason to lose decruft's.
        const why = /heap out of memory/.test(String(err.message)) ? 'out of memory' : 'failed';
        log(`${corpus}/${input}: Readability + jsdom ${why}`);
        row.rFailed = why;
      }
    }
    if (o.profile) {
      log(`${corpus}/${input}: profile…`);
      profiles.push({ corpus, input, ...child(['--engine', 'decruft', '--mode', 'profile', ...base]) });
    }
    rows.push(row);
    report();
  }
}

// The big CLI batch: every corpus' HTML and dumps in one run, long enough to amortise start-up.
if (!o['no-cli'] && !o['no-big'] && !o.quick) {
  const dirs = ['dragnet', 'l3s-gn1', 'readability', 'trafilatura'].map((c) => join(o.corpora, c)).filter((d) => existsSync(d));
  const globs = dirs.flatMap((d) => ['html', 'dump'].map((i) => globOf(d, i)));
  const docs = dirs.reduce((n, d) => n + listDocs(d, 'html').length + listDocs(d, 'dump').length, 0);
  log(`big CLI batch (${docs} documents): --jobs 1 / --jobs ${ncpu}, ${rounds} round(s)…`);
  big = { docs, dirs: dirs.map((d) => d.slice(o.corpora.length + 1)), runs: [] };
  big.runs = interleaved(() => cliRun(globs, 1), () => cliRun(globs, ncpu));
  // The one-core rate of the CLI (issue 4's yardstick for all cores): --jobs 1 confined to one CPU,
  // its main thread, worker and V8's helper threads all on it.
  if (taskset && ncpu > 1) {
    log(`big CLI batch: --jobs 1 pinned to one CPU, ${rounds} run(s)…`);
    big.pinned = Array.from({ length: rounds }, () => cliRun(globs, 1, { pin: true }));
  }
  report();
}

// mem: declared above, with rows
if (!o['no-mem']) {
  for (const [input, source] of [
    ['html', join(o.corpora, 'l3s-gn1/gn-0001.html.gz')],
    ['dump', join(o.corpora, 'l3s-gn1/gn-0001.dump.txt')],
  ]) {
    if (!inputs.includes(input) || !existsSync(source)) continue;
    log(`20 MB ${input} page…`);
    mem.push({ input, source: source.slice(o.corpora.length + 1), ...child(['--mode', 'mem20', '--input', input, '--source', source]) });
    report();
  }
}
report(true);

// ---- report (rewritten after every configuration) ----
function report(final = false) {
  const mb = (b) => b / 1e6;
  const rate = (r) => (r ? r.docs / (r.wallMs / 1000) : NaN);
  const mbs = (r) => (r ? mb(r.bytes) / (r.wallMs / 1000) : NaN);
  const lines = [];
  const cmd = `node scripts/bench.mjs ${process.argv.slice(2).join(' ')}`.trim();
  lines.push('# decruft benchmark', '');
  lines.push(`- Command: \`${cmd}\` (\`npm run bench\`${o.quick ? '; --quick: 100 documents per corpus, 25 for Readability' : ''})`);
  const defaultDist = resolve(o.dist) === join(repo, 'dist');
  const git = gitAtStart;
  lines.push(`- Code: ${defaultDist ? `dist/ built from the working tree at commit ${git}` : `${o.dist} (DECRUFT_DIST)`}`);
  lines.push(`- Date: ${new Date().toISOString()}; Node ${process.version}; ${ncpu} cores (${cpus()[0]?.model ?? '?'}), ${f(totalmem() / 2 ** 30, 1)} GiB RAM`);
  const loadEnd = loadavg()[0];
  lines.push(`- Load average (1 min) at start / end: ${f(loadStart, 2)} / ${f(loadEnd, 2)}${loadStart > ncpu / 2 ? ' — **the machine was busy at the start: figures are low and the pool ratio is not meaningful; rerun on an idle machine**' : ' (the end figure is the bench\'s own load: its last runs use every core)'}`);
  lines.push('- Every configuration runs in its own process; pool runs over documents already in memory (gunzipped). 1 worker = in-process `clean()` loop over the corpus twice, each page read and gunzipped just before it is cleaned (not timed: pages/s counts `clean()` time only), so its peak RSS is one worker\'s: **cold** = the first pass (JIT compiling included: a short run, or the first pages a crawler cleans), then **steady** = the second pass (the rate of a long batch; the 1 worker and 1 core columns); p50/p95/max = ms per document of the steady pass. Readability: 20 documents of warm-up, then one timed pass. Peak RSS = `process.resourceUsage().maxRSS` of that process (for a pool: the whole process, all workers).');
  lines.push(`- Pool = piscina, \`--jobs N\` worker threads, chunks of 4 (HTML) or 16 (dumps) documents; every worker loads decruft before timing starts. **cold** = the first pass over the corpus (JIT compiling included, as in a short run); then untimed passes until each worker has cleaned about one corpus pass (N passes in all); **steady** = the median of ${o.passes} timed passes after that — the rate of a long batch. --jobs 1 and --jobs ${ncpu} run alternately (A B, B A, …) for ${rounds} round(s), each run in its own process; the table gives the median pages/s of each and the median of the per-round ratios; every run is listed under "Pool rounds". CPU/wall = process CPU (all threads: workers, V8's compiler and GC threads, main) ÷ wall time of the pass.`);
  lines.push(`- 1 core = the same 1-worker run confined to one CPU with \`taskset -c 0\`${taskset ? '' : ' (taskset not available here: not measured)'}: V8's garbage-collector and compiler threads then share that CPU, as on a one-core machine; unpinned, they use the other core too. jobs ${ncpu} / 1 core = pool --jobs ${ncpu} ÷ that one-core rate.`);
  lines.push('- Readability = `new JSDOM(bytes)` + `new Readability(document).parse()` (scripts off, nothing fetched), HTML only. Ratio = Readability total ms ÷ decruft total ms on the same documents (= decruft pages/s ÷ Readability pages/s); pair median = median over documents of Readability ms ÷ decruft ms.');
  lines.push('');
  lines.push(`| corpus | input | docs | MB | 1 worker pages/s | MB/s | p50 ms | p95 ms | max ms | errors | peak RSS MB | 1 core cold pages/s | 1 core pages/s | pool --jobs 1 pages/s | pool --jobs ${ncpu} pages/s | jobs ${ncpu}/1 | jobs ${ncpu} / 1 core | pool RSS MB |`);
  lines.push('|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  const med = (xs) => median(xs.filter(Number.isFinite));
  const pct = (x) => (Number.isFinite(x) ? f(x, 2) + '×' : '-');
  const cpuDoc = (r) => (r?.cpuMs !== undefined ? r.cpuMs / r.docs : NaN);
  const cpuWall = (r) => (r?.cpuMs !== undefined ? r.cpuMs / r.wallMs : NaN);
  const coldOf = (r) => (r?.cold ? { ...r.cold, docs: r.docs } : undefined);
  for (const { corpus, input, s, s1, pool } of rows) {
    const p1 = pool ? med(pool.map((x) => rate(x.a))) : NaN;
    const pN = pool && ncpu > 1 ? med(pool.map((x) => rate(x.b))) : NaN;
    const ratio = pool && ncpu > 1 ? med(pool.map((x) => rate(x.b) / rate(x.a))) : NaN;
    const rss = pool && ncpu > 1 ? Math.max(...pool.map((x) => x.b.maxRssMB)) : NaN;
    lines.push(
      `| ${corpus} | ${input} | ${s.docs} | ${f(mb(s.bytes), 1)} | ${f(rate(s))} | ${f(mbs(s), 1)} | ${f(s.p50, 2)} | ${f(s.p95, 2)} | ${f(s.max, 1)} | ${s.errors} | ${f(s.maxRssMB)} | ${f(rate(s1?.cold))} | ${f(rate(s1))} | ${f(p1)} | ${f(pN)} | ${pct(ratio)} | ${s1 ? pct(pN / rate(s1)) : '-'} | ${f(rss)} |`,
    );
  }
  const withPool = rows.filter((r) => r.pool && ncpu > 1);
  if (withPool.length) {
    lines.push('', `### Pool rounds: --jobs 1 vs --jobs ${ncpu}, alternating, each run in its own process`, '');
    lines.push(`| corpus | input | round | load at start 1 / ${ncpu} | cold pages/s 1 / ${ncpu} | cold ${ncpu}/1 | steady pages/s 1 / ${ncpu} | steady ${ncpu}/1 | steady CPU/wall 1 / ${ncpu} | steady CPU ms/doc 1 / ${ncpu} |`);
    lines.push('|---|---|---|--:|--:|--:|--:|--:|--:|--:|');
    for (const { corpus, input, pool } of withPool) {
      pool.forEach(({ a, b }, i) => {
        lines.push(`| ${corpus} | ${input} | ${i + 1} | ${f(a.load, 1)} / ${f(b.load, 1)} | ${f(rate(coldOf(a)))} / ${f(rate(coldOf(b)))} | ${pct(rate(coldOf(b)) / rate(coldOf(a)))} | ${f(rate(a))} / ${f(rate(b))} | ${pct(rate(b) / rate(a))} | ${f(cpuWall(a), 2)} / ${f(cpuWall(b), 2)} | ${f(cpuDoc(a), 1)} / ${f(cpuDoc(b), 1)} |`);
      });
      const m = (g) => med(pool.map(g));
      lines.push(`| ${corpus} | ${input} | **median** | | ${f(m((x) => rate(coldOf(x.a))))} / ${f(m((x) => rate(coldOf(x.b))))} | **${pct(m((x) => rate(coldOf(x.b)) / rate(coldOf(x.a))))}** | ${f(m((x) => rate(x.a)))} / ${f(m((x) => rate(x.b)))} | **${pct(m((x) => rate(x.b) / rate(x.a)))}** | ${f(m((x) => cpuWall(x.a)), 2)} / ${f(m((x) => cpuWall(x.b)), 2)} | ${f(m((x) => cpuDoc(x.a)), 1)} / ${f(m((x) => cpuDoc(x.b)), 1)} |`);
    }
  }
  const withCli = rows.filter((r) => r.cli);
  if (withCli.length || big?.runs.length) {
    lines.push('', `### decruft CLI batch: \`decruft --jobs N --format jsonl --out FILE GLOB…\` (wall time of the whole process: start-up, reading, gunzip, cleaning, writing)`, '');
    lines.push(`--jobs 1 and --jobs ${ncpu} alternate (A B, B A, …), ${rounds} round(s); seconds of each run in round order, pages/s and the ratio as medians (ratio = median of the per-round ratios). CPU = the whole process (all threads), main = its main thread (reading inputs, ordering, writing), medians.`, '');
    lines.push(`| inputs | docs | --jobs 1 s | pages/s | --jobs ${ncpu} s | pages/s | jobs ${ncpu}/1 (per round) | CPU s 1 / ${ncpu} | main-thread CPU s 1 / ${ncpu} | exit codes |`);
    lines.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|---|');
    const cliLine = (name, docs, runs) => {
      const secs = (k) => runs.map((x) => f(x[k].wallMs / 1000, 1)).join(', ');
      const pps = (k) => f(med(runs.map((x) => docs / (x[k].wallMs / 1000))));
      const ratios = runs.map((x) => x.a.wallMs / x.b.wallMs);
      const cpu = (k, field) => f(med(runs.map((x) => x[k][field] / 1000)), 1);
      const codes = [...new Set(runs.flatMap((x) => [x.a.status, x.b.status]))].join(', ');
      const err = runs.flatMap((x) => [x.a.stderr, x.b.stderr]).find(Boolean);
      lines.push(`| ${name} | ${docs} | ${secs('a')} | ${pps('a')} | ${secs('b')} | ${pps('b')} | **${pct(med(ratios))}** (${ratios.map((r) => f(r, 2)).join(', ')}) | ${cpu('a', 'cpuMs')} / ${cpu('b', 'cpuMs')} | ${cpu('a', 'mainCpuMs')} / ${cpu('b', 'mainCpuMs')} | ${codes}${err ? ' ' + err.replace(/\s+/g, ' ') : ''} |`);
    };
    for (const { corpus, input, s, cli } of withCli) cliLine(`${corpus} ${input}`, s.docs, cli);
    if (big?.runs.length) cliLine(`**all: ${big.dirs.join(', ')}, HTML + dumps**`, big.docs, big.runs);
    if (big?.pinned?.length) {
      const one = med(big.pinned.map((x) => big.docs / (x.wallMs / 1000)));
      const all = med(big.runs.map((x) => big.docs / (x.b.wallMs / 1000)));
      lines.push('', `One core (\`taskset -c 0\`), the same big batch with --jobs 1: ${big.pinned.map((x) => f(x.wallMs / 1000, 1)).join(', ')} s, median ${f(one)} pages/s (CPU ${f(med(big.pinned.map((x) => x.cpuMs / 1000)), 1)} s); --jobs ${ncpu} ÷ one core = **${pct(all / one)}**.`);
    }
  }
  const withR = rows.filter((r) => r.r);
  for (const { corpus, rFailed } of rows) if (rFailed) lines.push('', `Readability + jsdom on ${corpus}: ${rFailed} (not in the table below).`);
  if (withR.length) {
    lines.push('', '### decruft vs @mozilla/readability + jsdom (HTML, 1 worker)', '');
    lines.push('| corpus | docs | decruft pages/s | Readability pages/s | ratio | pair median | Readability p50 / p95 / max ms | Readability errors | Readability peak RSS MB |');
    lines.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|');
    for (const { corpus, s, r } of withR) {
      const dIdx = new Map(s.ids.map((id, i) => [id, s.ms[i]]));
      const pairs = r.ids.map((id, i) => r.ms[i] / dIdx.get(id)).filter(Number.isFinite);
      // Throughput ratio on the same documents: Readability total ms ÷ decruft total ms over them.
      const same = r.ids.reduce((n, id) => n + (dIdx.get(id) ?? NaN), 0);
      const ratio = r.ms.reduce((a, b) => a + b, 0) / same;
      lines.push(
        `| ${corpus} | ${r.docs} | ${f(rate(s))} | ${f(rate(r), 1)} | ${f(ratio, 1)}× | ${f(median(pairs), 1)}× | ${f(r.p50, 1)} / ${f(r.p95, 1)} / ${f(r.max)} | ${r.errors} | ${f(r.maxRssMB)} |`,
      );
    }
  }
  if (mem.length) {
    lines.push('', '### 20 MB page (real article body repeated)', '');
    lines.push('| input | source | size MB | RSS before MB | peak RSS MB | growth MB | growth ÷ size | time s | result |');
    lines.push('|---|---|--:|--:|--:|--:|--:|--:|---|');
    for (const m of mem) {
      lines.push(
        `| ${m.input} | ${m.source} | ${f(m.sizeMB, 1)} | ${f(m.rssBeforeMB)} | ${f(m.peakMB)} | ${f(m.growthMB)} | ${f(m.growthMB / m.sizeMB, 1)}× | ${f(m.ms / 1000, 1)} | ${m.error ? 'error: ' + m.error : m.words + ' words'} |`,
      );
    }
  }
  if (profiles.length) {
    lines.push('', '### Where time goes (`clean(…, {profile: true})`, summed over the corpus)', '');
    for (const p of profiles) {
      const total = p.sums.total ?? Object.values(p.sums).reduce((a, b) => a + b, 0);
      lines.push(`**${p.corpus}/${p.input}** — ${p.profiled} documents profiled (${p.errors} errors), total ${f(total)} ms, ${f(total / Math.max(1, p.profiled), 2)} ms/doc`, '');
      lines.push('| stage | ms | ms/doc | % of total |', '|---|--:|--:|--:|');
      const entries = Object.entries(p.sums).filter(([k]) => k !== 'total');
      const top = entries.filter(([k]) => !k.includes(':')).sort((a, b) => b[1] - a[1]);
      const sub = entries.filter(([k]) => k.includes(':')).sort((a, b) => b[1] - a[1]);
      for (const [k, v] of [...top, ...sub]) {
        lines.push(`| ${k.includes(':') ? '&nbsp;&nbsp;' + k : k} | ${f(v)} | ${f(v / Math.max(1, p.profiled), 3)} | ${f((100 * v) / total, 1)} |`);
      }
      lines.push('');
    }
  }
  const md = lines.join('\n') + '\n';
  mkdirSync(dirname(o.out), { recursive: true });
  writeFileSync(o.out, md);
  if (final) {
    process.stdout.write(md);
    log(`wrote ${o.out}`);
  }
}
