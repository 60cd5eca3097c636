/**
 * Mojibake repair (text-dump lines; HTML block texts and metadata): UTF-8 that was decoded as
 * windows-1252, ISO-8859-1 or Mac Roman (`Ã©tÃ©`, `â€™`, `sprzeciwiajƒÖ siƒô`) is turned back into
 * the bytes it was and decoded as UTF-8 — when, and only when, every character of the line maps
 * back to a byte, the bytes are valid UTF-8 and the result is in a script real text uses. Genuine
 * Latin-1 text (`é` alone is the byte 0xE9, never valid UTF-8) stays as it is. The byte tables
 * come from the platform's decoders, not hand-written.
 * @module
 */
import { cp1252 } from './decode-html.js';

/** An 8-bit charset a scraper may have wrongly decoded UTF-8 with. */
interface Charset {
  name: string;
  /** Character → byte for the bytes 0x80–0xFF. */
  toByte: Map<number, number>;
}

/** Byte → character of the bytes 0x80–0xFF under a decoder. */
function table(decode: (bytes: Uint8Array) => string): Map<number, number> {
  const toByte = new Map<number, number>();
  for (let b = 0x80; b <= 0xff; b++) {
    const ch = decode(new Uint8Array([b]));
    if (ch.length === 1 && ch !== '\ufffd') toByte.set(ch.charCodeAt(0), b);
  }
  return toByte;
}

const mac = new TextDecoder('macintosh');
const CHARSETS: Charset[] = [
  // windows-1252 (Node's own decoder reads it as ISO-8859-1 on some versions: `cp1252` is right on
  // all), plus the C1 controls an ISO-8859-1 reading leaves where windows-1252 has no character.
  { name: 'windows-1252', toByte: new Map([...table((b) => String.fromCharCode(b[0]!)), ...table((b) => cp1252.decode(b))]) },
  { name: 'macintosh', toByte: table((b) => mac.decode(b)) },
];

/** Characters that stand for a UTF-8 lead byte (0xC2–0xF4) or a continuation byte (0x80–0xBF) in one of {@link CHARSETS}. */
function charClass(from: number, to: number): string {
  const chars = new Set<string>();
  for (const cs of CHARSETS) {
    for (const [code, b] of cs.toByte) if (b >= from && b <= to) chars.add(String.fromCharCode(code));
  }
  return [...chars].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
}

/** A lead-byte character followed by a continuation-byte one: the mark of UTF-8 read as 8-bit text. */
const MARK_RE = new RegExp(`[${charClass(0xc2, 0xf4)}][${charClass(0x80, 0xbf)}]`, 'u');

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Blocks real text is written in (Latin, Greek, Cyrillic, Hebrew, Arabic, punctuation, currency,
 * CJK, Hangul, emoji…): a re-read that yields anything else (`l’é` read as Mac Roman gives the
 * Armenian `Վ`) was no mojibake.
 */
const PLAUSIBLE_RE =
  /^[\u0000-\u007f\u00a0-\u024f\u0300-\u036f\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0e00-\u0e7f\u0900-\u097f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf\u2100-\u21ff\u2200-\u22ff\u2500-\u27bf\u3000-\u9fff\uac00-\ud7af\uff00-\uffef\u{1f000}-\u{1faff}]*$/u;

/**
 * Mac Roman reads UTF-8 lead bytes as letters too (`’é` is 0xD5 0x8E, valid UTF-8): re-read it only
 * when the line shows the lead bytes that read as odd symbols there (`√` 0xC3, `ƒ` 0xC4, `≈` 0xC5,
 * `‚` 0xE2, …), the marks of Latin letters and quotes gone through Mac Roman.
 */
const MAC_LEAD_RE = /[√ƒ≈∆¬◊⁄‚][\u0080-\uffff]/u;

/** The line as UTF-8 re-read from the bytes `cs` gave it, or undefined when that is not possible. */
function reread(line: string, cs: Charset): string | undefined {
  const bytes = new Uint8Array(line.length * 3);
  let n = 0;
  let high = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x80) {
      bytes[n++] = c;
      continue;
    }
    const b = cs.toByte.get(c);
    if (b === undefined) return undefined;
    bytes[n++] = b;
    high = true;
  }
  if (!high) return undefined;
  let text: string;
  try {
    text = utf8.decode(bytes.subarray(0, n));
  } catch {
    return undefined;
  }
  return PLAUSIBLE_RE.test(text) ? text : undefined;
}

/** The repaired text and how many lines were repaired. */
export interface MojibakeRepair {
  text: string;
  lines: number;
}

/** Whether `text` holds a UTF-8 lead/continuation pair as windows-1252 shows it: without one, {@link repairMojibake} changes nothing. */
export function mayBeMojibake(text: string): boolean {
  return MARK_RE.test(text);
}

/** Repair every line of `text` that is UTF-8 decoded as windows-1252 or Mac Roman (see the module doc). */
export function repairMojibake(text: string): MojibakeRepair {
  if (!MARK_RE.test(text)) return { text, lines: 0 };
  let lines = 0;
  const out = text.split('\n').map((line) => {
    if (!MARK_RE.test(line)) return line;
    for (const cs of CHARSETS) {
      if (cs.name === 'macintosh' && !MAC_LEAD_RE.test(line)) continue;
      const fixed = reread(line, cs);
      if (fixed !== undefined && fixed !== line) {
        lines++;
        return fixed;
      }
    }
    return line;
  });
  return lines ? { text: out.join('\n'), lines } : { text, lines: 0 };
}
