/**
 * Run the evaluation of one (corpus, input): every page cleaned and scored, in process or on a
 * piscina pool of workers (`jobs > 1`), records kept in page order.
 * @module
 */
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import type { Corpus, EvalInput } from './corpus.js';
import { evalPage, type PageRecord, type PageTask } from './page.js';
import { summarise, type RunSummary } from './summary.js';

/** Options of {@link evalRun}. */
export interface EvalRunOptions {
  /** Worker threads; 1 (default) runs in process. */
  jobs?: number;
  /** Compiled worker module for `jobs > 1` (default: `worker.js` beside this module, i.e. in `dist/eval/`). */
  workerFile?: string;
  /** Only these page ids (e.g. a deterministic subset); default all. */
  ids?: readonly string[];
  bootstrap?: number;
  seed?: number;
  /** Called after each page (in-process) or each chunk (pool) with pages done. */
  onProgress?: (done: number, total: number) => void;
}

/** The records and summary of one run. */
export interface EvalRun {
  summary: RunSummary;
  records: PageRecord[];
}

/** Every `k`-th id so that about `n` remain: a deterministic, spread-out subset. */
export function evenSubset<T>(items: readonly T[], n: number): T[] {
  if (n >= items.length) return [...items];
  const out: T[] = [];
  const step = items.length / n;
  for (let i = 0; i < n; i++) out.push(items[Math.floor(i * step)]);
  return out;
}

function tasksFor(corpus: Corpus, input: EvalInput, ids: readonly string[]): PageTask[] {
  return ids.map((id) => {
    const t: PageTask = { dir: corpus.dir, id, input };
    const s = corpus.snippets?.get(id);
    if (s) t.snippets = { with: s.with, without: s.without };
    return t;
  });
}

type Pool = { run(task: unknown): Promise<unknown>; destroy(): Promise<void> };
let pool: { jobs: number; filename: string; pool: Pool } | undefined;

async function getPool(jobs: number, workerFile?: string): Promise<Pool> {
  const filename = workerFile ?? fileURLToPath(new URL('./worker.js', import.meta.url));
  if (pool && pool.jobs === jobs && pool.filename === filename) return pool.pool;
  if (pool) await pool.pool.destroy();
  if (!existsSync(filename)) throw new Error(`--jobs needs the compiled worker ${filename} (run npm run build)`);
  const { Piscina } = await import('piscina');
  const p = new Piscina({ filename, minThreads: jobs, maxThreads: jobs }) as unknown as Pool;
  pool = { jobs, filename, pool: p };
  return p;
}

/** Shut the worker pool down (call once at the end of a command). */
export async function closePool(): Promise<void> {
  if (pool) await pool.pool.destroy();
  pool = undefined;
}

/** Evaluate one (corpus, input). */
export async function evalRun(corpus: Corpus, input: EvalInput, opts: EvalRunOptions = {}): Promise<EvalRun> {
  const ids = opts.ids ?? corpus.ids;
  const tasks = tasksFor(corpus, input, ids);
  const jobs = Math.max(1, Math.min(opts.jobs ?? 1, cpus().length * 4));
  const t0 = performance.now();
  let records: PageRecord[];
  if (jobs === 1) {
    records = [];
    for (const t of tasks) {
      records.push(evalPage(t));
      opts.onProgress?.(records.length, tasks.length);
    }
  } else {
    const p = await getPool(jobs, opts.workerFile);
    const chunk = 8;
    const chunks: PageTask[][] = [];
    for (let i = 0; i < tasks.length; i += chunk) chunks.push(tasks.slice(i, i + chunk));
    let done = 0;
    const results = await Promise.all(
      chunks.map((c) =>
        (p.run(c) as Promise<PageRecord[]>).then((r) => {
          done += r.length;
          opts.onProgress?.(done, tasks.length);
          return r;
        }),
      ),
    );
    records = results.flat();
  }
  const seconds = (performance.now() - t0) / 1000;
  const summary = summarise(corpus.name, input, corpus.gold, records, seconds, opts);
  return { summary, records };
}
