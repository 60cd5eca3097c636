import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TokenTable, blockFeatures, stopwords, tokenize, tokenizeShared } from '../../src/features.js';
import type { Block } from '../../src/types.js';

// Shared tokens must be exactly the tokens of `tokenize`, whatever the table already holds.
const TRICKY = [
  '',
  '   ',
  'Hello World hello, WORLD! hello',
  'straße STRASSE İstanbul ΣΑΣ σας ǅemal',
  '𝐀bc 𝐀BC x𝐀y 😀 a😀b',
  '12ab ab12 ١٢٣ naïve NAÏVE na\u0308ive',
  'internationalisation internationalisation INTERNATIONALISATION',
  '\ud800 lone \udc00 surrogates',
  '東京都 東京 مرحبا بالعالم',
];

describe('TokenTable / tokenizeShared', () => {
  it('gives the tokens of tokenize on tricky text, one table across texts', () => {
    const table = new TokenTable(1);
    for (const t of TRICKY) expect(tokenizeShared(t, table), t).toEqual(tokenize(t));
    for (const t of TRICKY) expect(tokenizeShared(t, table), t).toEqual(tokenize(t));
  });

  it('survives growth from a tiny table (thousands of distinct tokens)', () => {
    const table = new TokenTable(1);
    const texts = Array.from({ length: 3000 }, (_, k) => `w${k} W${k % 7} common ${k.toString(36)}x`);
    for (const t of texts) expect(tokenizeShared(t, table)).toEqual(tokenize(t));
    for (const t of texts.slice(0, 200)) expect(tokenizeShared(t, table)).toEqual(tokenize(t));
  });

  it('a block of more than 4,096 tokens, then short ones', () => {
    const table = new TokenTable();
    const long = Array.from({ length: 6000 }, (_, k) => `t${k % 900}`).join(' ');
    expect(tokenizeShared(long, table)).toEqual(tokenize(long));
    for (const t of TRICKY) expect(tokenizeShared(t, table), t).toEqual(tokenize(t));
  });

  it('matches tokenize on random Unicode text', () => {
    const table = new TokenTable(4);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('ab', 'AB', 'Ab', ' ', '.')), { maxLength: 12 }), (parts) => {
        const t = parts.join(' ');
        expect(tokenizeShared(t, table)).toEqual(tokenize(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('one pass for tokens and counts gives the features of the separate scans (tricky and random text)', () => {
    // With the table's own stopword set blockFeatures scans text and lower case together; without a
    // table it tokenises and counts separately.
    const en = stopwords('en');
    const table = new TokenTable(4, en);
    const same = (text: string): void => {
      const block = { type: 'block', kind: 'line', text } as unknown as Block;
      expect(blockFeatures(block, 1, 3, en, table).toJSON(), JSON.stringify(text)).toEqual(blockFeatures(block, 1, 3, en).toJSON());
    };
    for (const t of [...TRICKY, 'The CAT sat. Über ÆSIR… İİ ok', 'ǅ ǈ ǋ Ⅻ ⅻ Ⓐ ⓐ', 'A\u00a0B\u2009C\u3000D\ufeffE']) same(t);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('The', 'AB', 'Ab', ' ', '.', 'İ', 'Σ', '\u00a0')), { maxLength: 12 }), (parts) => {
        same(parts.join(' '));
        same(parts.join(''));
      }),
      { numRuns: 3000 },
    );
  });

  it("counts stopwords from the table's flags as a per-token look-up does (growth, repeats, other sets)", () => {
    const en = stopwords('en');
    const de = stopwords('de');
    const table = new TokenTable(1, en);
    const texts = [
      ...TRICKY,
      'The the THE of and AND to in is that for it with as was on are be by this have from',
      ...Array.from({ length: 2000 }, (_, k) => `w${k} the Of ${k % 3 ? 'and' : 'und'} der die ${k.toString(36)}`),
    ];
    for (let pass = 0; pass < 2; pass++) {
      texts.forEach((text, i) => {
        const block = { type: 'block', kind: 'line', text } as unknown as Block;
        for (const stop of [en, de]) {
          const shared = blockFeatures(block, i, texts.length, stop, table);
          const plain = blockFeatures(block, i, texts.length, stop);
          expect(shared.stopwordRatio, text).toBe(plain.stopwordRatio);
          expect(shared.tokens).toEqual(plain.tokens);
        }
      });
    }
  });
});
