/**
 * Bytes of an HTML page → string, as browsers do. (Stub: BOM/UTF-8/windows-1252 until the HTML path lands.)
 * @module
 */
import { decodeTextBytes } from './decode-text.js';

/** Decode HTML bytes; `charset` is the transport's (e.g. HTTP header) when known. */
export function decodeHtmlBytes(bytes: Uint8Array, _charset?: string): string {
  return decodeTextBytes(bytes);
}
