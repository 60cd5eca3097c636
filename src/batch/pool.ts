/**
 * A pool of workers (piscina) that cleans documents with a hard time budget per document: a task
 * that runs past `timeoutMs` is aborted, piscina terminates its worker and starts a new one, and the
 * document gets a `TIMEOUT` error record. A worker that dies (out of memory, crash) costs only the
 * document it was cleaning (`WORKER`).
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

/** Start `jobs` workers with the run's settings and wait until each has loaded decruft. */
export async function createPool(jobs: number, config: BatchConfig): Promise<DocRunner> {
  const pool = new Piscina({
    filename: fileURLToPath(new URL('./worker.js', import.meta.url)),
    minThreads: jobs,
    maxThreads: jobs,
    concurrentTasksPerWorker: 1,
    idleTimeout: 60_000,
    workerData: { config },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  // Warm up: one task per worker so module loading does not count against the first documents' budget.
  await Promise.all(Array.from({ length: jobs }, () => pool.run({ warmup: true })));
  // One task queued per worker besides the one it runs, so a worker never waits for the main thread.
  const slots = new Semaphore(jobs * 2);

  async function run(task: DocTask): Promise<DocOutcome> {
    const bytes = inputBytes(task);
    // Bytes read here (WARC records, stdin) are moved to the worker, not copied, when they own their buffer.
    const input = task.input;
    const own = input instanceof Uint8Array && input.byteOffset === 0 && input.byteLength === input.buffer.byteLength;
    const transferList = own && input.buffer instanceof ArrayBuffer ? [input.buffer] : undefined;
    await slots.acquire();
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
      const sent: DocTask = { ...task, started };
      return (await pool.run(sent, { signal: controller.signal, transferList })) as DocOutcome;
    } catch (err) {
      if (timedOut) {
        const e = new DecruftError('TIMEOUT', `took longer than ${config.timeoutMs} ms; its worker was stopped`);
        return failure(task, e, config, bytes);
      }
      const message = err instanceof Error ? err.message : String(err);
      return failure(task, new DecruftError('WORKER', `worker failed: ${message}`), config, bytes);
    } finally {
      clearTimeout(timer);
      slots.release();
    }
  }

  return {
    run,
    close: () => pool.destroy(),
  };
}
