import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isBlank } from '../../src/html/walker.js';

describe('walker scans', () => {
  it('isBlank is `trim() === ""`', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(isBlank(ch), `U+${c.toString(16)}`).toBe(ch.trim() === '');
      expect(isBlank(`  ${ch}\n`), `U+${c.toString(16)}`).toBe(`  ${ch}\n`.trim() === '');
    }
    expect(isBlank('')).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '\n', '\t', '\u00a0', '\u2003', '\ufeff', '\u200b', 'a', 'é', '\u3000', '\u2028'), { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(isBlank(s)).toBe(s.trim() === '');
      }),
    );
  });
});
