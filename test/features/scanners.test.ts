import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blockFeatures, tokenize } from '../../src/features.js';
import { textKey } from '../../src/cleaners/util/text-shape.js';
import { normalizeSpace } from '../../src/blocks/from-text.js';
import type { Block } from '../../src/types.js';

// The regexes the hand-written scanners of src/features.ts replace: they must give the same answers.
const TOKEN_RE = /[\p{L}\p{N}]+/gu;
const SENTENCE_END_RE = /[.!?…](?:["'”’»)\]]*)(?=\s|$)/gu;
const ENDS_SENTENCE_RE = /[.!?…:;](?:["'”’»)\]]*)\s*$/u;

const block = (text: string): Block => ({ type: 'block', index: 0, kind: 'line', text, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } });
const countRe = (t: string, re: RegExp) => (t.match(re) ?? []).length;
/** Words of 2+ UTF-16 units (split on `\s+`) whose first code point has a case, and those upper-case. */
function caseWords(t: string): [number, number] {
  let long = 0;
  let cap = 0;
  for (const w of t.split(/\s+/)) {
    if (w.length < 2) continue;
    const ch = String.fromCodePoint(w.codePointAt(0)!);
    const up = ch.toUpperCase();
    if (ch.toLowerCase() === up) continue;
    long++;
    if (ch === up) cap++;
  }
  return [long, cap];
}

function check(text: string): void {
  const ff = blockFeatures(block(text), 0, 1, new Set());
  const chars = text.length;
  const letters = countRe(text, /\p{L}/gu);
  expect(ff.punctRatio, text).toBe(chars ? countRe(text, /[\p{P}\p{S}]/gu) / chars : 0);
  expect(ff.upperRatio, text).toBe(letters ? countRe(text, /\p{Lu}/gu) / letters : 0);
  expect(ff.digitRatio, text).toBe(chars ? countRe(text, /\p{N}/gu) / chars : 0);
  const [long, cap] = caseWords(text);
  expect(ff.capitalisedRatio, text).toBe(long ? cap / long : 0);
  expect(normalizeSpace(text), text).toBe(text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim());
  expect(textKey(text), text).toBe(text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
  expect(tokenize(text), text).toEqual(text.toLowerCase().match(TOKEN_RE) ?? []);
  const f = blockFeatures(block(text), 0, 1, new Set());
  expect(f.endsSentence, text).toBe(ENDS_SENTENCE_RE.test(text));
  expect(f.sentences, text).toBe((text.match(SENTENCE_END_RE) ?? []).length);
}

describe('feature scanners', () => {
  it('tokenise and find sentence ends as the regexes do on tricky strings', () => {
    for (const t of [
      '', ' ', 'Hello, World!', 'İstanbul ĞÜŞ', 'ǅemal DŽ', 'straße STRASSE', '𝐀𝐁𝐂 math 𝟏𝟐', 'emoji 😀 end.', 'lone \ud800 high', 'lone \udc00 low',
      'Ⅻ roman ½ ²', 'ruby子ども', 'اَلْعَرَبِيَّة', 'हिन्दी', 'He said "stop." Then left.', 'Really?!" ', 'End…', 'a.b.c', 'x.)\u00a0', 'Q: ', 'semi;',
      '3.5 million', 'ends with ]', '(note.)', '«Oui.»\t', 'dot.\u2028next', 'x\ufeff.', '...', '.', '.\u3000', '  Lead  and trail -- ', 'ﬁne ＡＢＣ ①②', '½ x', '—', 'a\u200bb', ' x ', 'a  b', 'a\tb', 'a\u00a0b', '\ufeffa', 'a \ufeff', 'a\u2028b',
    ]) check(t);
  });

  it('agree on random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (t) => check(t)), { numRuns: 3000 });
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'Z', 'é', 'İ', '.', '!', '?', '…', ':', ';', '"', '”', '’', '»', ')', ']', ' ', '\n', '\u00a0', '1', '²', '😀', '\ud800', '\u200b', '\t', '\ufeff', '\u3000'), { maxLength: 30 }), (a) => check(a.join(''))), { numRuns: 3000 });
  });

  it('agree on the lines of real dumps', () => {
    const dir = join(__dirname, '../../../shared/corpora/dragnet');
    const files = readdirSync(dir).filter((f) => f.endsWith('.dump.txt')).sort().slice(0, 40);
    let lines = 0;
    for (const f of files) for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) (check(line.trim()), lines++);
    expect(lines).toBeGreaterThan(1000);
  });
});
