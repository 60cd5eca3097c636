/**
 * A batch run: inputs are read as a stream, cleaned on the worker pool with bounded work in flight
 * (backpressure), and written in input order (or as they finish with `--unordered`).
 * @module
 */
import { stat } from 'node:fs/promises';
import { isDynamicPattern } from 'tinyglobby';
import { createPool, TASKS_PER_WORKER, type DocRunner } from '../batch/pool.js';
import { failure, inputBytes, type DocOutcome } from '../batch/outcome.js';
import { Semaphore } from '../batch/semaphore.js';
import { EXIT, UsageError, type RunSettings } from './args.js';
import { discover } from './inputs.js';
import { createProgress } from './progress.js';
import { readItems, type Item } from './readers.js';
import { openSink, type Sink } from './sinks.js';
import { RunStats } from './stats.js';
import { profileTable, summaryRecord, summaryText } from './summary.js';

/** Up to this size (after gunzip), a lone document is cleaned in-process; bigger ones get a worker. */
const IN_PROCESS_MAX_BYTES = 4 * 1024 * 1024;

/**
 * The runner for a run of one document: read it here and clean it in-process with `clean()`'s own
 * time budget (after the same warm-up as a worker's), the same code and output as a worker's,
 * without the worker's start-up (~0.5 s). A
 * document over {@link IN_PROCESS_MAX_BYTES} goes to a one-worker pool (its heap cap and hard
 * timeout). The pipeline is imported only when needed.
 */
function inProcess(settings: RunSettings): DocRunner {
  let pool: DocRunner | undefined;
  return {
    async run(task) {
      const { readDocFileSync } = await import('../batch/read-file.js');
      if (task.input === undefined && task.file !== undefined) {
        try {
          task = { ...task, input: readDocFileSync(task.file, settings.config.maxBytes) };
        } catch (err) {
          return failure(task, err, settings.config);
        }
      }
      if (inputBytes(task) > IN_PROCESS_MAX_BYTES) {
        pool = await createPool(1, settings.config);
        return pool.run(task);
      }
      const { processTask, warmUp } = await import('../batch/task.js');
      warmUp(settings.config);
      return processTask(task, settings.config);
    },
    close: async () => {
      await pool?.close();
    },
  };
}

interface Done {
  item: Item;
  outcome?: DocOutcome;
}

/** Can these inputs name more than one document? (Then stdout shows `==> id <==` headers.) */
async function manyDocs(settings: RunSettings): Promise<boolean> {
  if (settings.inputs.length > 1 || settings.jsonl) return true;
  const input = settings.inputs[0]!;
  if (input === '-') return false;
  if (/\.warc(\.gz)?$/i.test(input)) return true;
  try {
    return (await stat(input)).isDirectory();
  } catch {
    return isDynamicPattern(input);
  }
}

/** Count the documents in the background when they are plain files (for the progress total). */
function countInBackground(settings: RunSettings, stats: RunStats): void {
  void (async () => {
    let n = 0;
    for await (const src of discover(settings.inputs, settings.jsonl)) {
      if (src.kind === 'jsonl' || src.kind === 'warc' || src.kind === 'stdin') return;
      n++;
    }
    stats.total = n;
  })().catch(() => {});
}

function errorLine(o: DocOutcome): string {
  const where = o.path !== undefined && o.path !== o.id ? `${o.path}: ${o.id}` : String(o.id);
  return `decruft: ${where}: ${o.error!.code}: ${o.error!.message}\n`;
}

async function handle(item: Item, sink: Sink, pool: DocRunner, loads: Semaphore, settings: RunSettings): Promise<Done> {
  const plan = sink.plan(item);
  if (plan === 'skip') return { item };
  if (plan !== 'run') return { item, outcome: failure(item, plan, settings.config) };
  await loads.acquire();
  try {
    let task;
    try {
      task = await item.load();
    } catch (err) {
      return { item, outcome: failure(item, err, settings.config) };
    }
    return { item, outcome: await pool.run(task) };
  } finally {
    loads.release();
  }
}

/** Run a batch; resolves to the exit code. */
export async function runBatch(settings: RunSettings): Promise<number> {
  const stats = new RunStats();
  const multi = await manyDocs(settings);
  let sink: Sink;
  try {
    sink = openSink(settings, multi);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    process.stderr.write(`decruft: cannot open the output: ${(err as Error).message}\n`);
    return EXIT.FATAL;
  }
  // Ctrl-C / kill: keep what is done (flush + journal), say how to resume, exit 130/143.
  const onSignal = (signal: NodeJS.Signals) => {
    progress?.stop();
    sink.interrupt();
    const resumable = settings.outMode === 'stdout' ? '' : '; rerun the same command to resume';
    process.stderr.write(`\ndecruft: interrupted (${signal}) after ${stats.done} documents${resumable}\n`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let progress: ReturnType<typeof createProgress> | undefined;
  // One document: cleaned on this thread (no worker start-up), unless it is big (see inProcess).
  const pool = multi ? await createPool(settings.jobs, settings.config) : inProcess(settings);
  if (settings.progress !== 'none') countInBackground(settings, stats);
  progress = createProgress(settings.progress, stats);
  // Documents in flight: three per worker (one running, one queued in the worker, one ready here)
  // plus a little read-ahead (for WARC and JSONL inputs their bytes are held here); results held for
  // ordering: more.
  const loads = new Semaphore(settings.jobs * (TASKS_PER_WORKER + 1) + 2);
  const windowSize = settings.jobs * 16 + 16;
  const window = new Map<number, Promise<Done>>();
  let fatal: unknown;

  const emit = async (done: Done): Promise<void> => {
    window.delete(done.item.seq);
    if (!done.outcome) stats.skipped++;
    else {
      stats.add(done.outcome);
      if (!done.outcome.ok && !settings.quiet) process.stderr.write(errorLine(done.outcome));
      await sink.write(done.outcome, done.item);
    }
    progress.update();
  };
  const emitOne = async (): Promise<void> => {
    if (settings.unordered) {
      await emit(await Promise.race(window.values()));
    } else {
      const head = window.keys().next().value as number;
      await emit(await window.get(head)!);
    }
  };

  try {
    for await (const item of readItems(discover(settings.inputs, settings.jsonl), settings.config.maxBytes)) {
      window.set(item.seq, handle(item, sink, pool, loads, settings));
      while (window.size >= windowSize) await emitOne();
    }
    while (window.size) await emitOne();
  } catch (err) {
    fatal = err;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    progress.stop();
    await pool.close().catch(() => {});
    await sink.close().catch((e) => (fatal ??= e));
  }
  if (fatal) {
    process.stderr.write(`decruft: ${(fatal as Error).message ?? String(fatal)}\n`);
    return EXIT.FATAL;
  }
  const errorsFile = settings.errors;
  if (settings.summary === 'json') {
    process.stderr.write(JSON.stringify({ summary: summaryRecord(stats, errorsFile) }) + '\n');
  } else if (settings.summary === 'text' || (settings.summary === 'auto' && stats.done > 1)) {
    process.stderr.write(summaryText(stats, errorsFile));
  }
  if (settings.config.profile && settings.summary !== 'json') process.stderr.write(profileTable(stats));
  return stats.failed ? EXIT.SOME_FAILED : EXIT.OK;
}
