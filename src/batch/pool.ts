/**
 * A pool of workers (piscina) that cleans documents with a hard time budget per document: a task
 * that runs past `timeoutMs` is aborted, piscina terminates its worker and starts a new one, and the
 * document gets a `TIMEOUT` error record. A worker that dies (out of memory, crash) costs only the
 * document it was cleaning (`WORKER`); a document queued behind it in that worker is sent again.
 * @module
 */
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { DecruftError } from '../errors.js';
import { Semaphore } from './semaphore.js';
import { failure, inputBytes, type BatchConfig, type DocOutcome, type DocTask } from './outcome.js';

/** Cleans documents; `run` never rejects for a bad document. */
export interface DocRunner {
  run(task: DocTask): Promise<DocOutcome>;
  close(): Promise<void>;
}

/** How often a timer checks whether a queued task has started. */
const START_POLL_MS = 100;

/** Heap cap per worker, so a pathological page kills its worker, not the run. */
const WORKER_HEAP_MB = 2048;

/**
 * Tasks sent to a worker at once: the one it runs and the next, waiting in its own queue, so a
 * worker that finishes a document starts the next without waiting for the main thread to answer.
 */
export const TASKS_PER_WORKER = 2;

/**
 * How often a document is sent again after its worker was stopped or died before starting it (the
 * fault of the document that worker was running). Bounded, in case workers die before any task.
 */
const MAX_RESENDS = 3;

/** Start `jobs` workers with the run's settings and wait until each has loaded decruft. */
export async function createPool(jobs: number, config: BatchConfig): Promise<DocRunner> {
  const pool = new Piscina({
    filename: fileURLToPath(new URL('./worker.js', import.meta.url)),
    minThreads: jobs,
    maxThreads: jobs,
    concurrentTasksPerWorker: TASKS_PER_WORKER,
    idleTimeout: 60_000,
    workerData: { config },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  // Warm up: one task per worker so module loading does not count against the first documents' budget.
  await Promise.all(Array.from({ length: jobs }, () => pool.run({ warmup: true })));
  // Besides the tasks the workers hold, one more per worker waits here, ready to go.
  const slots = new Semaphore(jobs * (TASKS_PER_WORKER + 1));

  /** One try: the outcome, or `resend` when the worker went down before it started this task. */
  async function attempt(task: DocTask, bytes: number): Promise<DocOutcome | 'resend'> {
    const controller = new AbortController();
    let timedOut = false;
    // The budget counts from when a worker starts the task (it stamps `started`), so neither the wait
    // in the queue nor the start-up of a worker that replaces a stopped one is charged to it.
    const started = new BigInt64Array(new SharedArrayBuffer(8));
    let timer: NodeJS.Timeout;
    const check = () => {
      const t0 = Number(Atomics.load(started, 0));
      const left = t0 ? t0 + config.timeoutMs - Date.now() : Math.min(config.timeoutMs, START_POLL_MS);
      if (t0 && left <= 0) {
        timedOut = true;
        controller.abort();
      } else timer = setTimeout(check, t0 ? left : START_POLL_MS);
    };
    timer = setTimeout(check, config.timeoutMs);
    try {
      // The input is copied, not moved, so it can be sent again.
      const sent: DocTask = { ...task, started };
      return (await pool.run(sent, { signal: controller.signal })) as DocOutcome;
    } catch (err) {
      if (timedOut) {
        const e = new DecruftError('TIMEOUT', `took longer than ${config.timeoutMs} ms; its worker was stopped`);
        return failure(task, e, config, bytes);
      }
      // Queued behind a document whose worker was stopped or died: this one never ran.
      if (Atomics.load(started, 0) === 0n) return 'resend';
      const message = err instanceof Error ? err.message : String(err);
      return failure(task, new DecruftError('WORKER', `worker failed: ${message}`), config, bytes);
    } finally {
      clearTimeout(timer);
    }
  }

  async function run(task: DocTask): Promise<DocOutcome> {
    const bytes = inputBytes(task);
    await slots.acquire();
    try {
      for (let sends = 1; ; sends++) {
        const outcome = await attempt(task, bytes);
        if (outcome !== 'resend') return outcome;
        if (sends > MAX_RESENDS) {
          return failure(task, new DecruftError('WORKER', `worker failed ${sends} times before starting it`), config, bytes);
        }
      }
    } finally {
      slots.release();
    }
  }

  return {
    run,
    close: () => pool.destroy(),
  };
}
