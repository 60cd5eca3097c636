/**
 * JSON lines reader: the input contract `{"id", "text" | "html", "url"?, "charset"?}`, one record a
 * line, streamed (readline with backpressure); a bad line becomes an error item and the rest go on.
 * @module
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { DecruftError } from '../errors.js';
import type { DocRef, DocTask } from '../batch/outcome.js';
import { safeName, type Source } from './inputs.js';
import { readError, rejected, stripContainerExt, type Item } from './item.js';

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

/** The documents of a JSONL source. */
export async function* jsonlItems(src: Source, nextSeq: () => number): AsyncGenerator<Item> {
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
