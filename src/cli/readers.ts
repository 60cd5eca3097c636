/**
 * Readers: sources → documents, streamed. Files and stdin here (gzip by magic bytes; a file is read
 * by the worker that cleans it); JSON lines and WARC in their own modules.
 * A bad document becomes an item whose `load()` rejects with a {@link DecruftError}; the run goes on.
 * @module
 */
import { DecruftError } from '../errors.js';
import { inflateSync } from '../batch/read-file.js';
import type { Source } from './inputs.js';
import { readError, rejected, type Item } from './item.js';
import { jsonlItems } from './read-jsonl.js';
import { warcItems } from './read-warc.js';

export type { Item } from './item.js';
export { charsetOf } from './read-warc.js';
export { jsonlTask } from './read-jsonl.js';

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let n = 0;
  let over = false;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    n += chunk.length;
    if (n > maxBytes * 4 + 1024) over = true; // keep draining, keep nothing
    if (!over) chunks.push(chunk);
  }
  if (over) throw new DecruftError('TOO_LARGE', `stdin is ${n} bytes, over the ${maxBytes} limit`);
  return inflateSync(Buffer.concat(chunks), maxBytes);
}

/** All documents of the sources, in order; `seq` numbers them from 0. */
export async function* readItems(sources: AsyncIterable<Source>, maxBytes: number): AsyncGenerator<Item> {
  let seq = 0;
  const nextSeq = () => seq++;
  for await (const src of sources) {
    switch (src.kind) {
      case 'missing':
        yield {
          id: src.path,
          path: src.path,
          seq: nextSeq(),
          outRel: src.rel,
          load: rejected(new DecruftError('READ', src.message)),
        };
        break;
      case 'file':
        yield {
          id: src.path,
          path: src.path,
          seq: nextSeq(),
          outRel: src.rel,
          // The worker reads and inflates the file (see processTask).
          load: () => Promise.resolve({ id: src.path, path: src.path, file: src.path }),
        };
        break;
      case 'stdin':
        yield {
          id: '-',
          path: '-',
          seq: nextSeq(),
          outRel: src.rel,
          load: async () => ({ id: '-', path: '-', input: await readStdin(maxBytes).catch((e) => Promise.reject(readError(e))) }),
        };
        break;
      case 'jsonl':
        yield* jsonlItems(src, nextSeq);
        break;
      case 'warc':
        yield* warcItems(src, nextSeq);
        break;
    }
  }
}
