#!/usr/bin/env node
// npm run bench: decruft's speed and memory over the dev corpora, next to @mozilla/readability + jsdom.
// Reads dist/ (run `npm run build` first). Each configuration runs in its own process, after a
// warm-up pass. Writes bench/RESULTS.md. Never a timed test.
//   node scripts/bench.mjs [--quick] [--profile] [--corpus NAME]… [--input html|dump]…
//        [--no-readability] [--readability-limit N] [--no-pool] [--no-cli] [--no-mem]
// Readability + jsdom runs on the first 100 documents of a corpus by default (25 with --quick;
// --readability-limit 0 = all: jsdom then needs several GB on dragnet, and a child that fails is
// reported in the table, not fatal).
//        [--corpora ROOT] [--out bench/RESULTS.md]
// The results file is rewritten after every configuration, so a long run leaves partial figures.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

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

// The real batch path: `decruft --jobs N --format jsonl --out FILE 'DIR/*.html.gz'`, wall time
// including process start, reading, gunzip and writing.
function cliRun(dir, input, jobs) {
  const out = mkdtempSync(join(tmpdir(), 'decruft-bench-'));
  const glob = join(dir, input === 'html' ? '*.html.gz' : '*.dump.txt');
  const launcher = `import { main } from ${JSON.stringify(join(resolve(o.dist), 'cli/main.js'))}; process.exitCode = await main(process.argv.slice(1));`;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', launcher, '--', '--jobs', String(jobs), '--quiet', '--force',
    '--format', 'jsonl', '--out', join(out, 'out.jsonl'), glob], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  const wallMs = performance.now() - t0;
  rmSync(out, { recursive: true, force: true });
  return { jobs, wallMs, status: r.status, stderr: r.status > 1 ? r.stderr.slice(0, 300) : '' };
}

const f = (x, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '-');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const log = (s) => process.stderr.write(s + '\n');

const loadStart = loadavg()[0];
const rows = [];
const profiles = [];
const mem = [];
for (const corpus of corpora) {
  const dir = join(o.corpora, corpus);
  for (const input of inputs) {
    const base = ['--dir', dir, '--input', input, '--limit', String(limit)];
    log(`${corpus}/${input}: decruft, 1 worker…`);
    const s = child(['--engine', 'decruft', '--mode', 'single', ...base]);
    if (!s.docs) continue;
    const row = { corpus, input, s };
    if (taskset) {
      log(`${corpus}/${input}: decruft, 1 worker pinned to one CPU…`);
      row.s1 = child(['--engine', 'decruft', '--mode', 'single', ...base], { pin: true });
    }
    if (!o['no-pool']) {
      log(`${corpus}/${input}: decruft, pool --jobs 1 / --jobs ${ncpu}…`);
      row.p1 = child(['--engine', 'decruft', '--mode', 'pool', '--jobs', '1', ...base]);
      if (ncpu > 1) row.pN = child(['--engine', 'decruft', '--mode', 'pool', '--jobs', String(ncpu), ...base]);
    }
    if (!o['no-cli'] && !o.quick) {
      log(`${corpus}/${input}: decruft CLI --jobs 1 / --jobs ${ncpu}…`);
      row.cli = [1, ncpu].map((j) => cliRun(dir, input, j));
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
  const git = spawnSync('git', ['-C', repo, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  lines.push(`- Code: ${defaultDist ? `dist/ built from the working tree at commit ${git}` : `${o.dist} (DECRUFT_DIST)`}`);
  lines.push(`- Date: ${new Date().toISOString()}; Node ${process.version}; ${ncpu} cores (${cpus()[0]?.model ?? '?'}), ${f(totalmem() / 2 ** 30, 1)} GiB RAM`);
  const loadEnd = loadavg()[0];
  lines.push(`- Load average (1 min) at start / end: ${f(loadStart, 2)} / ${f(loadEnd, 2)}${Math.max(loadStart, loadEnd) > ncpu / 2 ? ' — **the machine was busy: figures are low and the pool ratio is not meaningful; rerun on an idle machine**' : ''}`);
  lines.push('- Every configuration runs in its own process over documents already in memory (gunzipped), after a warm-up pass (decruft: the first 200 documents, per worker in a pool; Readability: 20 documents).');
  lines.push('- 1 worker = in-process `clean()` loop; p50/p95/max = ms per document there. Pool = piscina, `--jobs N` worker threads, chunks of 4 (HTML) or 16 (dumps) documents. Peak RSS = `process.resourceUsage().maxRSS` of that process (for a pool: the whole process, all workers).');
  lines.push(`- 1 core = the same 1-worker run confined to one CPU with \`taskset -c 0\`${taskset ? '' : ' (taskset not available here: not measured)'}: V8's garbage-collector and compiler threads then share that CPU, as on a one-core machine; unpinned, they use the other core too. jobs ${ncpu} / 1 core = pool --jobs ${ncpu} ÷ that one-core rate.`);
  lines.push('- Readability = `new JSDOM(bytes)` + `new Readability(document).parse()` (scripts off, nothing fetched), HTML only. Ratio = Readability total ms ÷ decruft total ms on the same documents (= decruft pages/s ÷ Readability pages/s); pair median = median over documents of Readability ms ÷ decruft ms.');
  lines.push('');
  lines.push(`| corpus | input | docs | MB | 1 worker pages/s | MB/s | p50 ms | p95 ms | max ms | errors | peak RSS MB | 1 core pages/s | pool --jobs 1 pages/s | pool --jobs ${ncpu} pages/s | jobs ${ncpu}/1 | jobs ${ncpu} / 1 core | pool RSS MB |`);
  lines.push('|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const { corpus, input, s, s1, p1, pN } of rows) {
    lines.push(
      `| ${corpus} | ${input} | ${s.docs} | ${f(mb(s.bytes), 1)} | ${f(rate(s))} | ${f(mbs(s), 1)} | ${f(s.p50, 2)} | ${f(s.p95, 2)} | ${f(s.max, 1)} | ${s.errors} | ${f(s.maxRssMB)} | ${f(rate(s1))} | ${f(rate(p1))} | ${f(rate(pN))} | ${p1 && pN ? f(rate(pN) / rate(p1), 2) + '×' : '-'} | ${s1 && pN ? f(rate(pN) / rate(s1), 2) + '×' : '-'} | ${pN ? f(pN.maxRssMB) : '-'} |`,
    );
  }
  const withCli = rows.filter((r) => r.cli);
  if (withCli.length) {
    lines.push('', `### decruft CLI batch: \`decruft --jobs N --format jsonl --out FILE 'DIR/*.<input>'\` (wall time incl. start-up, reading, writing)`, '');
    lines.push(`| corpus | input | docs | --jobs 1 s | pages/s | --jobs ${ncpu} s | pages/s | jobs ${ncpu}/1 | exit codes |`);
    lines.push('|---|---|--:|--:|--:|--:|--:|--:|---|');
    for (const { corpus, input, s, cli } of withCli) {
      const [a, b] = cli;
      lines.push(`| ${corpus} | ${input} | ${s.docs} | ${f(a.wallMs / 1000, 1)} | ${f(s.docs / (a.wallMs / 1000))} | ${f(b.wallMs / 1000, 1)} | ${f(s.docs / (b.wallMs / 1000))} | ${f(a.wallMs / b.wallMs, 2)}× | ${a.status}, ${b.status}${a.stderr || b.stderr ? ' ' + (a.stderr || b.stderr).replace(/\s+/g, ' ') : ''} |`);
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
