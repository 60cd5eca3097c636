import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { titleKey } from '../../src/html/metadata/title.js';

/** The key as first written: NFKC, lower case, apostrophes dropped, punctuation/symbol/space runs → one space. */
const reference = (s: string) => s.normalize('NFKC').toLowerCase().replace(/['’`´]/g, '').replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();

describe('titleKey', () => {
  it('drops apostrophes and folds punctuation, case and width', () => {
    expect(titleKey('Pakistan’s  PM -- “Talks” | Ｎｅｗｓ')).toBe('pakistans pm talks news');
    expect(titleKey("  Rock 'n' Roll! ")).toBe('rock n roll');
    expect(titleKey('Emoji 😀 here')).toBe('emoji here');
  });

  it('gives the regex version’s key on random strings', () => {
    const piece = fc.constantFrom(
      'a', 'B', 'Zz', ' ', '  ', "'", '`', '´', '’', '-', '.', '|', '\t', '\n', '\x01', 'é', 'e\u0301', '\u00a0', '\u2014',
      'İ', 'ẞ', 'ﬁ', '\u3000', 'Å', '😀', '\ud83d', '\ude00', '\u212a', '½', '①', '！', 'Ω', '日本', '「', '€', '\u200b', '\u00ad',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(titleKey(s)).toBe(reference(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the regex version’s key around every BMP code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const s = `Ab${ch}c ${ch}`;
      if (titleKey(s) !== reference(s)) expect(titleKey(s), `U+${c.toString(16)}`).toBe(reference(s));
    }
  });
});
