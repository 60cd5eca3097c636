/**
 * Readers: sources → documents, streamed. Files and stdin here (gzip by magic bytes); JSON lines
 * and WARC in their own modules.
 * A bad document becomes an item whose `load()` rejects with a {@link DecruftError}; the run goes on.
 * @module
 */
import { open } from 'node:fs/promises';
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import { DecruftError } from '../errors.js';
import type { Source } from './inputs.js';
import { readError, rejected, type Item } from './item.js';
import { jsonlItems } from './read-jsonl.js';
import { warcItems } from './read-warc.js';

export type { Item } from './item.js';
export { charsetOf } from './read-warc.js';
export { jsonlTask } from './read-jsonl.js';

const gunzipAsync = promisify(gunzip);

function isGzip(b: Uint8Array): boolean {
  return b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;
}

/** Bytes of a file or stdin; gzip is inflated, capped at `maxBytes`. */
export async function inflate(raw: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  if (!isGzip(raw)) {
    if (raw.byteLength > maxBytes) {
      throw new DecruftError('TOO_LARGE', `input is ${raw.byteLength} bytes, over the ${maxBytes} limit`);
    }
    return raw;
  }
  try {
    return await gunzipAsync(raw, { maxOutputLength: maxBytes });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
      throw new DecruftError('TOO_LARGE', `gzip content is over the ${maxBytes} byte limit`);
    }
    throw new DecruftError('DECODE', `truncated or corrupt gzip: ${e.message}`);
  }
}

/** Read one file as a document (size checked before reading). */
export async function readDocFile(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const fh = await open(path, 'r');
    try {
      const { size } = await fh.stat();
      // A gzip file may legitimately be smaller than its content; plain files are refused unread.
      const head = Buffer.alloc(2);
      await fh.read(head, 0, 2, 0);
      if (!isGzip(head) && size > maxBytes) {
        throw new DecruftError('TOO_LARGE', `input is ${size} bytes, over the ${maxBytes} limit`);
      }
      if (size > maxBytes * 4 + 1024) {
        throw new DecruftError('TOO_LARGE', `input is ${size} bytes, over the ${maxBytes} limit`);
      }
      return await inflate(await fh.readFile(), maxBytes);
    } finally {
      await fh.close();
    }
  } catch (err) {
    throw readError(err);
  }
}

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
  return inflate(Buffer.concat(chunks), maxBytes);
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
          load: async () => ({ id: src.path, path: src.path, input: await readDocFile(src.path, maxBytes) }),
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
