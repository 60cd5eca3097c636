/**
 * Readers: sources → documents, streamed. Files (gzip by magic bytes), stdin, JSON lines, WARC.
 * A bad document becomes an item whose `load()` rejects with a {@link DecruftError}; the run goes on.
 * @module
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createGunzip, gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { Readable } from 'node:stream';
import { DecruftError } from '../errors.js';
import type { DocRef, DocTask } from '../batch/outcome.js';
import { safeName, type Source } from './inputs.js';

const gunzipAsync = promisify(gunzip);

/** One document of the run, in input order. */
export interface Item extends DocRef {
  /** 0-based position in the run's input order (stable across reruns of the same command). */
  seq: number;
  /** Name of its output below `--out`, before the extension is replaced. */
  outRel: string;
  /** Read (or hand over) the document; rejects with a DecruftError for a bad one. */
  load(): Promise<DocTask>;
}

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

function readError(err: unknown): DecruftError {
  if (err instanceof DecruftError) return err;
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return new DecruftError('READ', 'no such file');
  if (e.code === 'EISDIR') return new DecruftError('READ', 'is a directory');
  if (e.code === 'EACCES') return new DecruftError('READ', 'permission denied');
  return new DecruftError('READ', `cannot read: ${e.message}`);
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

function stripContainerExt(rel: string): string {
  return rel.replace(/\.gz$/i, '').replace(/\.(warc|jsonl?|txt|ndjson)$/i, '');
}

/** Validate one parsed JSON line against the contract `{id, text|html, url?, charset?}`. */
export function jsonlTask(value: unknown, lineNo: number, ref: Omit<DocRef, 'id'>): DocTask {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw Object.assign(new DecruftError('BAD_RECORD', `line ${lineNo}: expected a JSON object`), { docId: lineNo });
  }
  const v = value as Record<string, unknown>;
  const idOk = (typeof v.id === 'string' && v.id !== '') || (typeof v.id === 'number' && Number.isFinite(v.id));
  if (!idOk) {
    throw Object.assign(new DecruftError('BAD_RECORD', `line ${lineNo}: missing "id" (a string or number)`), { docId: lineNo });
  }
  const id = v.id as string | number;
  const fail = (msg: string) => Object.assign(new DecruftError('BAD_RECORD', `line ${lineNo}: ${msg}`), { docId: id });
  const hasText = typeof v.text === 'string';
  const hasHtml = typeof v.html === 'string';
  if (v.text !== undefined && !hasText) throw fail('"text" must be a string');
  if (v.html !== undefined && !hasHtml) throw fail('"html" must be a string');
  if (!hasText && !hasHtml) throw fail('missing "text" or "html"');
  if (hasText && hasHtml) throw fail('give "text" or "html", not both');
  for (const k of ['url', 'charset'] as const) {
    if (v[k] !== undefined && typeof v[k] !== 'string') throw fail(`"${k}" must be a string`);
  }
  const task: DocTask = { ...ref, id, input: (hasHtml ? v.html : v.text) as string, type: hasHtml ? 'html' : 'text' };
  if (typeof v.url === 'string') task.url = v.url;
  if (typeof v.charset === 'string') task.charset = v.charset;
  return task;
}

function rejected(err: unknown): () => Promise<DocTask> {
  return () => Promise.reject(err);
}

async function* jsonlItems(src: Source, nextSeq: () => number): AsyncGenerator<Item> {
  let stream: Readable;
  if (src.path === '-') stream = process.stdin;
  else {
    const file = createReadStream(src.path);
    stream = /\.gz$/i.test(src.path) ? file.pipe(createGunzip()) : file;
    file.on('error', (e) => stream.destroy(e));
  }
  const base = stripContainerExt(src.rel);
  const ref = src.path === '-' ? {} : { path: src.path };
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  try {
    for await (const line of lines) {
      lineNo++;
      if (!line.trim()) continue;
      let task: DocTask | undefined;
      let error: unknown;
      try {
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (e) {
          throw Object.assign(new DecruftError('BAD_JSON', `line ${lineNo}: not JSON: ${(e as Error).message}`), { docId: lineNo });
        }
        task = jsonlTask(value, lineNo, ref);
      } catch (e) {
        error = e;
      }
      const id = task ? task.id : ((error as { docId?: string | number }).docId ?? lineNo);
      const t = task;
      yield {
        ...ref,
        id,
        seq: nextSeq(),
        outRel: `${base}/${safeName(id)}.rec`,
        load: t ? () => Promise.resolve(t) : rejected(error),
      };
    }
  } catch (err) {
    lineNo++;
    yield { ...ref, id: src.path, seq: nextSeq(), outRel: `${base}/read-error.rec`, load: rejected(readError(err)) };
  }
}

/** `charset=` parameter of a Content-Type header. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return m ? m[1] : undefined;
}

function isHtmlType(contentType: string | null | undefined): boolean {
  if (!contentType) return true; // no header: let detection decide
  return /^\s*(text\/html|application\/xhtml\+xml)/i.test(contentType);
}

async function* warcItems(src: Source, nextSeq: () => number): AsyncGenerator<Item> {
  const base = stripContainerExt(src.rel);
  const stream = createReadStream(src.path);
  let n = 0;
  // warcio warns on the console about records not followed by a blank line; the record checks
  // below report what matters, per record.
  const warn = console.warn;
  console.warn = (...a: unknown[]) => {
    if (!String(a[0]).startsWith('Content-Length Too Small')) warn(...a);
  };
  try {
    const { WARCParser } = await import('warcio'); // loaded only for WARC inputs
    const parser = new WARCParser(stream);
    for await (const record of parser) {
      n++;
      if (!record.warcType || !/^WARC\//.test(record.warcHeaders.protocol ?? '')) {
        throw new Error('not a WARC record (no WARC/1.x header)');
      }
      if (record.warcType !== 'response') continue;
      const contentType = record.httpHeaders?.headers.get('content-type');
      if (!isHtmlType(contentType)) continue;
      const recordId = record.warcHeader('WARC-Record-ID') ?? `record-${n}`;
      const url = record.warcTargetURI ?? undefined;
      const ref: DocRef = { id: recordId, path: src.path, recordId };
      const outRel = `${base}/${safeName(recordId)}.rec`;
      let load: () => Promise<DocTask>;
      try {
        // Raw first: the record's reader then tells whether the block ended before its Content-Length.
        await record.readFully(false);
        const left = (record as unknown as { _reader?: { limit?: number } })._reader?.limit ?? 0;
        if (left > 0) {
          throw new DecruftError('BAD_RECORD', `WARC record is truncated: ${left} bytes missing`);
        }
        const payload = await record.readFully(true);
        const task: DocTask = { ...ref, input: payload, type: 'html' };
        if (url) task.url = url;
        const charset = charsetOf(contentType);
        if (charset) task.charset = charset;
        load = () => Promise.resolve(task);
      } catch (err) {
        const e = err instanceof DecruftError ? err : new DecruftError('BAD_RECORD', `bad WARC record: ${(err as Error).message}`);
        load = rejected(e);
      }
      yield { ...ref, seq: nextSeq(), outRel, load };
    }
    // A gzip member cut short ends the iteration silently: compare what was parsed with the file.
    const parsed = (parser as unknown as { _reader?: { getRawOffset?: () => number } })._reader?.getRawOffset?.();
    const size = (await stat(src.path)).size;
    if (parsed !== undefined && parsed < size) {
      throw new Error(`truncated or corrupt data after byte ${parsed} of ${size}`);
    }
  } catch (err) {
    yield {
      id: `${src.path}#${n + 1}`,
      path: src.path,
      seq: nextSeq(),
      outRel: `${base}/record-${n + 1}.rec`,
      load: rejected(new DecruftError('BAD_RECORD', `cannot read WARC record ${n + 1}: ${(err as Error).message}`)),
    };
  } finally {
    console.warn = warn;
    stream.destroy();
  }
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
