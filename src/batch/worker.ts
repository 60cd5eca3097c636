/**
 * The piscina worker: cleans one document per task with the run's settings (sent once, as
 * `workerData`). Compiled to `dist/batch/worker.js`, which the pool loads.
 * @module
 */
import { workerData } from 'node:worker_threads';
import { loadTask, processTask, type BatchConfig, type DocOutcome, type DocTask } from './task.js';

const config = (workerData as { config: BatchConfig } | undefined)?.config;
const hooks = process.env.DECRUFT_TEST_HOOKS === '1';

/** Test hooks (only with `DECRUFT_TEST_HOOKS=1`): a marker in the input hangs or kills the worker. */
function testHook(task: DocTask): void {
  const input = task.input ?? '';
  const head = typeof input === 'string' ? input.slice(0, 200) : Buffer.from(input.subarray(0, 200)).toString('latin1');
  if (head.includes('decruft-test:hang')) for (;;);
  if (head.includes('decruft-test:exit')) process.exit(9);
}

const WARM_HTML =
  '<!doctype html><html><head><title>Warm-up page</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>' +
  '<article><h1>Warm-up page</h1><p>By A. Writer, 1 January 2020</p><p>The first paragraph of a short story, long enough to be kept as text by the cleaners.</p>' +
  '<p>A second paragraph says a little more about the story, so that the scorer and the metadata extractors have something to read.</p></article>' +
  '<footer><p>Copyright 2020. All rights reserved.</p></footer></body></html>';
const WARM_TEXT =
  'Home | News | Sport\n\nWarm-up story\n\nBy A. Writer\n\nThe first paragraph of a short story, long enough to be kept as text by the cleaners.\n\n' +
  'A second paragraph says a little more about the story, so that the scorer has something to read.\n\nShare this article\n';

/**
 * Clean two small documents when the worker starts (piscina loads this module before its first
 * task), so what `clean()` loads on first use (models, word lists) is loaded before any document's
 * time budget runs, for the first workers and for ones that replace a stopped worker alike.
 */
function warmUp(): void {
  if (!config) return;
  processTask({ id: 'warm-up', input: WARM_HTML, type: 'html' }, config);
  processTask({ id: 'warm-up', input: WARM_TEXT, type: 'text' }, config);
}
warmUp();

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
