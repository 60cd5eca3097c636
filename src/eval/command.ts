/**
 * `decruft eval`: score decruft against gold corpora.
 *
 * ```
 * decruft eval [--input dump|dump-raw|html|all] [--out DIR] [--worst N] [--bootstrap 1000]
 *              [--seed 1] [--jobs N] [--limit N] [--json|--markdown] CORPUS_DIR…
 * decruft eval --all ROOT          # every corpus folder under ROOT
 * ```
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EVAL_INPUTS, findCorpora, hasInput, loadCorpus, type EvalInput } from './corpus.js';
import { closePool, evalRun, evenSubset } from './run.js';
import { metadataTable, qualityTable, worstList } from './report.js';
import { worstPages, type RunSummary } from './summary.js';
import type { PageRecord } from './page.js';

const USAGE = `usage: decruft eval [--input dump|dump-raw|html|all] [--out DIR] [--worst N] [--bootstrap N]
                    [--seed N] [--jobs N] [--limit N] [--json|--markdown] (CORPUS_DIR… | --all ROOT)

For each corpus folder (<id>.<input> + <id>.gold.txt, or snippets.jsonl) clean every input and score
it with the article-extraction benchmark metric (snippet P/R/F for snippet corpora), plus metadata
matches where <id>.meta.json exists. --input all (default) runs every input the folder has.
--jobs N: N worker threads (default 1, in process). --limit N: an evenly spread subset of N pages.
--markdown: the tables as Markdown (for the README). --out DIR: <corpus>.<input>.jsonl per-page scores.
`;

function usage(msg: string): number {
  process.stderr.write(`decruft eval: ${msg}\n${USAGE}`);
  return 2;
}

function int(v: string | undefined, name: string, dflt: number, min = 0): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
  return n;
}

/** Run `decruft eval ARGS`; resolves to the exit code (0 ok, 2 usage error). */
export async function evalCommand(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        input: { type: 'string', default: 'all' },
        out: { type: 'string' },
        worst: { type: 'string' },
        bootstrap: { type: 'string' },
        seed: { type: 'string' },
        jobs: { type: 'string' },
        limit: { type: 'string' },
        json: { type: 'boolean', default: false },
        markdown: { type: 'boolean', default: false },
        all: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    return usage((err as Error).message);
  }
  const { values: o, positionals } = args;
  if (o.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  let worstN: number, nBoot: number, seed: number, jobs: number, limit: number;
  try {
    worstN = int(o.worst, 'worst', 10);
    nBoot = int(o.bootstrap, 'bootstrap', 1000);
    seed = int(o.seed, 'seed', 1);
    jobs = int(o.jobs, 'jobs', 1, 1);
    limit = int(o.limit, 'limit', 0);
  } catch (err) {
    return usage((err as Error).message);
  }
  const inputs: EvalInput[] =
    o.input === 'all' ? [...EVAL_INPUTS] : EVAL_INPUTS.includes(o.input as EvalInput) ? [o.input as EvalInput] : [];
  if (!inputs.length) return usage(`unknown --input '${o.input}'`);
  const dirs = [...positionals];
  try {
    if (o.all) dirs.push(...findCorpora(o.all));
  } catch (err) {
    return usage(`--all ${o.all}: ${(err as Error).message}`);
  }
  if (!dirs.length) return usage('no corpus folder given');

  const runs: RunSummary[] = [];
  const worst: { run: RunSummary; pages: PageRecord[] }[] = [];
  const progress = !o.quiet && !o.json && process.stderr.isTTY;
  try {
    for (const dir of dirs) {
      let corpus;
      try {
        corpus = loadCorpus(dir);
      } catch (err) {
        process.stderr.write(`decruft eval: ${(err as Error).message}\n`);
        return 2;
      }
      const ids = limit ? evenSubset(corpus.ids, limit) : corpus.ids;
      for (const input of inputs) {
        if (!hasInput(corpus, input)) {
          if (o.input !== 'all') process.stderr.write(`decruft eval: ${dir}: no ${input} inputs, skipped\n`);
          continue;
        }
        const { summary, records } = await evalRun(corpus, input, {
          jobs,
          ids,
          bootstrap: nBoot,
          seed,
          onProgress: progress
            ? (d, t) => {
                if (d % 25 === 0 || d === t) process.stderr.write(`\r${corpus.name}/${input} ${d}/${t}\x1b[K`);
              }
            : undefined,
        });
        if (progress) process.stderr.write('\r\x1b[K');
        runs.push(summary);
        worst.push({ run: summary, pages: worstPages(records, worstN) });
        if (o.out) {
          mkdirSync(o.out, { recursive: true });
          writeFileSync(join(o.out, `${corpus.name}.${input}.jsonl`), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
        }
      }
    }
  } finally {
    await closePool();
  }
  if (o.out) writeFileSync(join(o.out, 'summary.json'), JSON.stringify(runs, null, 2) + '\n');
  if (o.json) {
    const out = { runs, worst: worst.map((w) => ({ corpus: w.run.corpus, input: w.run.input, pages: w.pages })) };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }
  const parts = [qualityTable(runs, o.markdown)];
  const meta = metadataTable(runs, o.markdown);
  if (meta) parts.push(meta);
  if (worstN > 0) parts.push(...worst.map((w) => worstList(w.run, w.pages)));
  process.stdout.write(parts.join('\n\n') + '\n');
  return 0;
}
