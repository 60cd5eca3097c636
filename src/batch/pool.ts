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
  const slots = new Semaphore(jobs);

  async function run(task: DocTask): Promise<DocOutcome> {
    await slots.acquire();
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, config.timeoutMs);
    try {
      return (await pool.run(task, { signal: controller.signal })) as DocOutcome;
    } catch (err) {
      const bytes = inputBytes(task);
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
