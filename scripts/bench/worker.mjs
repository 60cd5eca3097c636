// Piscina worker for the bench pool: cleans a chunk of documents (bytes) with decruft from dist/.
import { workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const { clean } = await import(pathToFileURL(join(workerData.dist, 'index.js')).href);

export default function run({ docs, type, ready }) {
  if (ready) {
    // Loading is done (top-level await above); hold this worker briefly so the other `ready` tasks go to the others.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    return { n: 0, errors: 0, chars: 0, maxRSS: process.resourceUsage().maxRSS };
  }
  let errors = 0;
  let chars = 0;
  for (const d of docs) {
    try {
      chars += clean(d, { type }).text.length;
    } catch {
      errors++;
    }
  }
  return { n: docs.length, errors, chars, maxRSS: process.resourceUsage().maxRSS };
}
