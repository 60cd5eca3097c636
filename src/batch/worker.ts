/**
 * The piscina worker: cleans one document per task with the run's settings (sent once, as
 * `workerData`). Compiled to `dist/batch/worker.js`, which the pool loads.
 * @module
 */
import { workerData } from 'node:worker_threads';
import { loadTask, processTask, warmUp, type BatchConfig, type DocOutcome, type DocTask } from './task.js';

const config = (workerData as { config: BatchConfig } | undefined)?.config;
const hooks = process.env.DECRUFT_TEST_HOOKS === '1';

/** Test hooks (only with `DECRUFT_TEST_HOOKS=1`): a marker in the input hangs or kills the worker. */
function testHook(task: DocTask): void {
  const input = task.input ?? '';
  const head = typeof input === 'string' ? input.slice(0, 200) : Buffer.from(input.subarray(0, 200)).toString('latin1');
  if (head.includes('decruft-test:hang')) for (;;);
  if (head.includes('decruft-test:exit')) process.exit(9);
}

warmUp(config);

/** Clean one document; never throws for a bad document. */
export default function run(task: DocTask | { warmup: true }): DocOutcome | null {
  if ('warmup' in task) {
    // Hold this worker briefly so the other warm-up tasks go to the other workers.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30);
    return null;
  }
  if (!config) throw new Error('decruft worker started without its config');
  if (task.started) Atomics.store(task.started, 0, BigInt(Date.now()));
  if (hooks) {
    const loaded = loadTask(task, config);
    if ('ok' in loaded) return loaded;
    testHook(loaded);
    return processTask(loaded, config);
  }
  return processTask(task, config);
}
