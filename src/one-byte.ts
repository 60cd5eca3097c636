/**
 * One-byte copies of Latin-1 text. V8 stores a string whose code units are all below U+0100 at
 * one byte per unit, but a slice of a two-byte string stays two-byte whatever it holds, and so
 * does what `replace`, `toLowerCase`, `trim` and concatenation make of it: on a page or dump with
 * a single curly quote, every block text would be stored, lower-cased, hashed, compared and
 * matched by each regex at two bytes a unit (toLowerCase ~2× slower, regexes ~1.4×).
 * @module
 */

/** A code unit above Latin-1. On a one-byte string V8 answers at once: none can be there. */
const ABOVE_LATIN1_RE = /[^\x00-\xff]/;

/** True when `s` holds a code unit above U+00FF (so it, and every slice of it, is two-byte). */
export function hasAboveLatin1(s: string): boolean {
  return ABOVE_LATIN1_RE.test(s);
}

/**
 * `s` itself, or an equal one-byte copy when all its code units are Latin-1. Costs a scan and a
 * copy (a few ns per unit), so callers ask only for strings of a two-byte source.
 */
export function latin1Compact(s: string): string {
  return ABOVE_LATIN1_RE.test(s) ? s : Buffer.from(s, 'latin1').toString('latin1');
}
