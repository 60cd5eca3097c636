// Piscina worker for the bench pool: cleans a chunk of documents (bytes) with decruft from dist/.
import { workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';

const { clean } = await import(pathToFileURL(join(workerData.dist, 'index.js')).href);

export default function run({ docs, type }) {
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
