import { describe, expect, it } from 'vitest';
import { decodeTextBytes } from '../../src/input/decode-text.js';
import { DecruftError } from '../../src/errors.js';

describe('decodeTextBytes', () => {
  it('decodes windows-1252 curly quotes and dashes (0x80–0x9F), not C1 controls', () => {
    // “Positive” – was how both sides … (windows-1252 bytes)
    const bytes = Uint8Array.from([0x93, 0x50, 0x6f, 0x73, 0x94, 0x20, 0x96, 0x20, 0x80]);
    expect(decodeTextBytes(bytes)).toBe('\u201cPos\u201d \u2013 \u20ac');
  });

  it('keeps valid UTF-8 and strips a UTF-8 BOM', () => {
    const bytes = new TextEncoder().encode('\ufeffBaghdad (AsiaNews) – For the first time');
    expect(decodeTextBytes(bytes)).toBe('Baghdad (AsiaNews) – For the first time');
  });

  it('reads UTF-16LE without a BOM', () => {
    const text = 'US-Iranian talks on Iraqi security situation end';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) bytes[i * 2] = text.charCodeAt(i);
    expect(decodeTextBytes(bytes)).toBe(text);
  });

  it('refuses binary input with a BINARY error', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]);
    expect(() => decodeTextBytes(png)).toThrow(DecruftError);
    try {
      decodeTextBytes(png);
    } catch (e) {
      expect((e as DecruftError).code).toBe('BINARY');
    }
  });
});
