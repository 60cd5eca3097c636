/**
 * WARC / WARC.gz reader (warcio): HTML `response` records become documents with the target URI as
 * URL and the HTTP charset; truncated or corrupt records become error items and the run goes on.
 * @module
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { DecruftError } from '../errors.js';
import type { DocRef, DocTask } from '../batch/outcome.js';
import { safeName, type Source } from './inputs.js';
import { rejected, stripContainerExt, type Item } from './item.js';

/** `charset=` parameter of a Content-Type header. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return m ? m[1] : undefined;
}

function isHtmlType(contentType: string | null | undefined): boolean {
  if (!contentType) return true; // no header: let detection decide
  return /^\s*(text\/html|application\/xhtml\+xml)/i.test(contentType);
}

/** The documents of a WARC source. */
export async function* warcItems(src: Source, nextSeq: () => number): AsyncGenerator<Item> {
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
