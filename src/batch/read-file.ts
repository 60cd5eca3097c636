/**
 * Read one input file as a document: size checks, gzip by magic bytes, the same errors everywhere.
 * Synchronous, for the workers (each reads and inflates its own documents, so the main thread of a
 * batch only hands out paths); the CLI's stdin reader uses {@link inflateSync} too.
 * @module
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DecruftError } from '../errors.js';

/** Does this start with the gzip magic bytes? */
export function isGzip(b: Uint8Array): boolean {
  return b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;
}

/** A read failure as a DecruftError (`READ`), with a short reason. */
export function readError(err: unknown): DecruftError {
  if (err instanceof DecruftError) return err;
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return new DecruftError('READ', 'no such file');
  if (e.code === 'EISDIR') return new DecruftError('READ', 'is a directory');
  if (e.code === 'EACCES') return new DecruftError('READ', 'permission denied');
  return new DecruftError('READ', `cannot read: ${e.message}`);
}

/** Bytes of a file or stdin; gzip is inflated, capped at `maxBytes`. */
export function inflateSync(raw: Uint8Array, maxBytes: number): Uint8Array {
  if (!isGzip(raw)) {
    if (raw.byteLength > maxBytes) {
      throw new DecruftError('TOO_LARGE', `input is ${raw.byteLength} bytes, over the ${maxBytes} limit`);
    }
    return raw;
  }
  try {
    return gunzipSync(raw, { maxOutputLength: maxBytes });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
      throw new DecruftError('TOO_LARGE', `gzip content is over the ${maxBytes} byte limit`);
    }
    throw new DecruftError('DECODE', `truncated or corrupt gzip: ${e.message}`);
  }
}

/** Read one file as a document (size checked before reading); throws a DecruftError. */
export function readDocFileSync(path: string, maxBytes: number): Uint8Array {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const { size } = fstatSync(fd);
    // A gzip file may legitimately be smaller than its content; plain files are refused unread.
    const head = Buffer.alloc(2);
    readSync(fd, head, 0, 2, 0);
    if (!isGzip(head) && size > maxBytes) {
      throw new DecruftError('TOO_LARGE', `input is ${size} bytes, over the ${maxBytes} limit`);
    }
    if (size > maxBytes * 4 + 1024) {
      throw new DecruftError('TOO_LARGE', `input is ${size} bytes, over the ${maxBytes} limit`);
    }
    // Positional reads leave the file position at 0: this reads the whole file.
    return inflateSync(readFileSync(fd), maxBytes);
  } catch (err) {
    throw readError(err);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
