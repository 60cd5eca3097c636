/**
 * Bytes of an HTML page → string, as browsers do, with one guard against the commonest mojibake:
 *
 * 1. a byte-order mark (UTF-8, UTF-16LE/BE) wins;
 * 2. bytes that are valid UTF-8 and contain non-ASCII are UTF-8, whatever a label says — a page
 *    labelled ISO-8859-1 whose bytes form valid multi-byte UTF-8 sequences is UTF-8 in practice
 *    (real Latin-1/CJK text almost never does); 7-bit encodings (ISO-2022-*) are the exception;
 * 3. the caller's charset (e.g. the HTTP `Content-Type`);
 * 4. `<meta charset>` / `<meta http-equiv=content-type>` in the first 4 KiB (WHATWG prescan,
 *    leniently); a label of UTF-8 on bytes that are not UTF-8 is a lie and is skipped;
 * 5. statistical detection (chardet) on a sample;
 * 6. windows-1252.
 *
 * Labels go through `TextDecoder` (WHATWG labels: `iso-8859-1`/`ascii` → windows-1252, `gb2312`
 * → gbk…; Node's full ICU covers Shift_JIS, GBK, GB18030, EUC-KR, Big5, KOI8-R, windows-125x).
 * @module
 */
import chardet from 'chardet';
import { DecruftError } from '../errors.js';
import { looksBinary } from './decode-text.js';

/** How the encoding was chosen (for tests and `--explain`). */
export type CharsetSource = 'bom' | 'utf-8' | 'transport' | 'meta' | 'detected' | 'default';

/** The decoded text and the encoding used. */
export interface DecodedHtml {
  text: string;
  /** WHATWG encoding name, e.g. `utf-8`, `windows-1252`, `shift_jis`. */
  encoding: string;
  source: CharsetSource;
}

const PRESCAN_BYTES = 4096;
const DETECT_SAMPLE = 16 * 1024;
const META_RE = /<meta\s[^>]*>/gi;
const CHARSET_ATTR_RE = /charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)/i;
const HTTP_EQUIV_RE = /http-equiv\s*=\s*["']?\s*content-type/i;
const XML_DECL_RE = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:\-]+)["']/i;
const SEVEN_BIT = /^iso-2022-|^hz-gb-2312$|^utf-7$/;

/** What decoding needs of a `TextDecoder`. */
interface Decoder {
  readonly encoding: string;
  decode(bytes: Uint8Array): string;
}

/** windows-1252's 0x80–0x9F (Node 20's TextDecoder('windows-1252') decodes them as Latin-1 C1 controls). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1_RE = /[\u0080-\u009f]/g;

/** windows-1252 that is right on every Node version. */
export const cp1252: Decoder = {
  encoding: 'windows-1252',
  decode(bytes: Uint8Array): string {
    const text = new TextDecoder('windows-1252').decode(bytes);
    C1_RE.lastIndex = 0;
    return C1_RE.test(text) ? text.replace(C1_RE, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : text;
  },
};

const decoders = new Map<string, Decoder | null>();
const latin1 = cp1252;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** The stock windows-1252 decoder, for the prescan (a `TextDecoder` keeps no state between whole-input calls). */
const prescanDecoder = new TextDecoder('windows-1252');

/** Bytes 0x00–0x7F, to probe a decoder with. */
const ASCII_BYTES = Uint8Array.from({ length: 128 }, (_, i) => i);
const ASCII_CHARS = String.fromCharCode(...ASCII_BYTES);
const asciiSafe = new Map<Decoder, boolean>();

/**
 * Does `d` decode every byte below 0x80 to the same character (so that 7-bit input decodes to
 * what strict UTF-8 gave)? Most encodings do; ICU's Shift_JIS and IBM866 do not. Probed once per decoder.
 */
function decodesAsciiAsIs(d: Decoder): boolean {
  let ok = asciiSafe.get(d);
  if (ok === undefined) {
    ok = d.decode(ASCII_BYTES) === ASCII_CHARS;
    asciiSafe.set(d, ok);
  }
  return ok;
}

/** A decoder for a charset label, or null when the label is unknown. Cached. */
function decoderFor(label: string): Decoder | null {
  const key = label.trim().toLowerCase();
  let d = decoders.get(key);
  if (d !== undefined) return d;
  try {
    // Per WHATWG, a meta/transport label of UTF-16 on ASCII-compatible bytes means UTF-8, and
    // x-user-defined is windows-1252 in practice.
    const mapped = /^utf-?16/.test(key) ? 'utf-8' : key === 'x-user-defined' ? 'windows-1252' : key;
    const td = new TextDecoder(mapped);
    d = td.encoding === 'windows-1252' ? cp1252 : td;
  } catch {
    d = null;
  }
  decoders.set(key, d);
  return d;
}

/** WHATWG-style prescan: the charset a `<meta>` (or an XML declaration) in the first bytes names. */
export function prescanCharset(bytes: Uint8Array): string | undefined {
  let head = prescanDecoder.decode(bytes.subarray(0, PRESCAN_BYTES));
  // Comments are skipped by the prescan.
  if (head.includes('<!--')) head = head.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
  META_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = META_RE.exec(head)) !== null) {
    const tag = m[0];
    const c = CHARSET_ATTR_RE.exec(tag);
    if (!c) continue;
    // `charset=` inside `content` only counts with http-equiv=content-type; a bare charset attr always.
    if (/\scharset\s*=/i.test(tag) || HTTP_EQUIV_RE.test(tag)) return c[1]!;
  }
  const x = XML_DECL_RE.exec(head);
  return x ? x[1] : undefined;
}

/** UTF-16 without a BOM: NULs on one side of most ASCII characters in the first 4 KiB. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8 || (bytes[0] !== 0 && bytes[1] !== 0)) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (odd > n * 0.15 && even === 0) return 'utf-16le';
  if (even > n * 0.15 && odd === 0) return 'utf-16be';
  return undefined;
}

/** Count well-formed multi-byte UTF-8 sequences and bytes that cannot be UTF-8. */
function utf8Evidence(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len - 1;
    } else invalid++;
  }
  return { valid, invalid };
}

/** Bytes of context kept on each side of a non-ASCII byte in a {@link detectionSample}. */
const DETECT_CONTEXT = 48;

/**
 * What the detector reads of a page: all of a short one; of a longer one, the stretches around its
 * non-ASCII bytes (each with {@link DETECT_CONTEXT} bytes either side, overlapping stretches merged,
 * one space between stretches), in page order, up to {@link DETECT_SAMPLE} bytes. The non-ASCII bytes
 * and the words around them are what tell one legacy encoding from another; the ASCII markup between
 * them only costs time (chardet reads ~1 µs a byte, 27 recognisers in turn).
 */
export function detectionSample(bytes: Uint8Array): Uint8Array {
  const n = bytes.length;
  if (n <= DETECT_SAMPLE) return bytes;
  const out = new Uint8Array(DETECT_SAMPLE);
  let len = 0;
  let i = 0;
  let prevEnd = 0;
  while (len < DETECT_SAMPLE) {
    while (i < n && bytes[i]! < 0x80) i++;
    if (i >= n) break;
    const start = Math.max(prevEnd, i - DETECT_CONTEXT);
    // Extend while further non-ASCII bytes come within the context window.
    let end = Math.min(n, i + 1 + DETECT_CONTEXT);
    for (let j = i + 1; j < end; j++) if (bytes[j]! >= 0x80) end = Math.min(n, j + 1 + DETECT_CONTEXT);
    if (len > 0 && start > prevEnd) out[len++] = 0x20;
    const take = Math.min(end - start, DETECT_SAMPLE - len);
    if (take <= 0) break;
    out.set(bytes.subarray(start, start + take), len);
    len += take;
    i = prevEnd = end;
  }
  // No non-ASCII byte at all: the page's start, as before.
  return len === 0 ? bytes.subarray(0, DETECT_SAMPLE) : out.subarray(0, len);
}

function detect(bytes: Uint8Array): string | undefined {
  const name = chardet.detect(detectionSample(bytes));
  if (!name) return undefined;
  // chardet reports ISO-8859-1 for Western text; browsers decode that label as windows-1252.
  return name;
}

/** Decode HTML bytes and say which encoding was used and why. */
export function decodeHtml(bytes: Uint8Array, charset?: string): DecodedHtml {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', source: 'bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', source: 'bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', source: 'bom' };
  }
  const u16 = utf16WithoutBom(bytes);
  if (u16) return { text: new TextDecoder(u16).decode(bytes), encoding: u16, source: 'detected' };
  if (looksBinary(bytes)) {
    throw new DecruftError('BINARY', 'input looks binary (NUL or control bytes), not HTML');
  }
  const transport = charset ? decoderFor(charset) : null;
  const meta = prescanCharset(bytes);
  const metaDecoder = meta ? decoderFor(meta) : null;
  const sevenBit = [transport, metaDecoder].find((d) => d && SEVEN_BIT.test(d.encoding));
  if (sevenBit && bytes.includes(0x1b)) {
    return { text: sevenBit.decode(bytes), encoding: sevenBit.encoding, source: sevenBit === transport ? 'transport' : 'meta' };
  }
  let utf8: string | undefined;
  try {
    utf8 = strictUtf8.decode(bytes);
  } catch {
    utf8 = undefined;
  }
  // Valid UTF-8 decodes to fewer UTF-16 units than bytes exactly when it holds a non-ASCII byte.
  if (utf8 !== undefined && (utf8.length !== bytes.length || (!transport && !metaDecoder))) {
    return { text: utf8, encoding: 'utf-8', source: 'utf-8' };
  }
  if (utf8 === undefined) {
    // Mostly UTF-8 with a few broken bytes (a cut page, one pasted Latin-1 character): still UTF-8,
    // as a browser told "utf-8" would show it.
    const { valid, invalid } = utf8Evidence(bytes);
    if (valid >= 8 && valid >= invalid * 8) {
      return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', source: 'detected' };
    }
  }
  // Not valid UTF-8 (or pure ASCII under a label): follow the labels, skipping a UTF-8 lie.
  for (const [d, source] of [[transport, 'transport'], [metaDecoder, 'meta']] as const) {
    if (d && (d.encoding !== 'utf-8' || utf8 !== undefined)) {
      // 7-bit bytes (valid UTF-8 of the same length) decode as they did under UTF-8.
      const same = utf8 !== undefined && (d.encoding === 'utf-8' || decodesAsciiAsIs(d));
      return { text: same ? utf8! : d.decode(bytes), encoding: d.encoding, source };
    }
  }
  const guessed = detect(bytes);
  const gd = guessed ? decoderFor(guessed) : null;
  if (gd && gd.encoding !== 'utf-8') return { text: gd.decode(bytes), encoding: gd.encoding, source: 'detected' };
  return { text: latin1.decode(bytes), encoding: 'windows-1252', source: 'default' };
}

/** Decode HTML bytes; `charset` is the transport's (e.g. HTTP header) when known. */
export function decodeHtmlBytes(bytes: Uint8Array, charset?: string): string {
  return decodeHtml(bytes, charset).text;
}
