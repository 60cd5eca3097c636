/**
 * Bytes of a text dump → string: BOM, then strict UTF-8, then UTF-16 without BOM, then windows-1252.
 * Refuses binary input with a clear error.
 * @module
 */
import { DecruftError } from '../errors.js';
import { cp1252 } from './decode-html.js';

/** True when the bytes look like a binary file (NULs or many control bytes in the first 4 KiB). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  if (n === 0) return false;
  let control = 0;
  let nul = 0;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      nul++;
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    } else if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  // UTF-16 text has NULs on one side only; that is not binary.
  const utf16 = nul > n / 4 && (evenNul === 0 || oddNul === 0);
  if (utf16) return false;
  return nul > 0 || control / n > 0.1;
}

/** Guess UTF-16 byte order without a BOM from where the NULs sit. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even === 0) return 'utf-16le';
  if (even > pairs * 0.3 && odd === 0) return 'utf-16be';
  return undefined;
}

/** Decode bytes that hold a text dump. */
export function decodeTextBytes(bytes: Uint8Array): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  }
  const u16 = utf16WithoutBom(bytes);
  if (u16) return new TextDecoder(u16).decode(bytes);
  if (looksBinary(bytes)) {
    throw new DecruftError('BINARY', 'input looks binary (NUL or control bytes), not text or HTML');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return cp1252.decode(bytes);
  }
}
