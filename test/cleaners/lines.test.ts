import { describe, expect, it } from 'vitest';
import { UNSPACED_MIN, unspacedChars } from '../../src/cleaners/util/lines.js';

/** The regex `unspacedChars` stands for (a copy of lines.ts' UNSPACED_RE). */
const UNSPACED_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;

describe('unspacedChars', () => {
  it('no code point below UNSPACED_MIN is of an unspaced script (the fast path skips them)', () => {
    let below = '';
    for (let c = 0; c < UNSPACED_MIN; c++) below += String.fromCharCode(c);
    expect(below.match(UNSPACED_RE)).toBeNull();
    // The bound is tight: Thai starts there.
    expect(/\p{Script=Thai}/u.test(String.fromCharCode(UNSPACED_MIN + 1))).toBe(true);
  });

  it('counts as the regex does, on mixed texts', () => {
    const texts = [
      '', 'plain ASCII text.', 'Ünïcödé — “quotes” …', '東京は日本の首都', 'ภาษาไทย and English', '𠀋𠂢 rare Han',
      'ひらがな カタカナ ລາວ ខ្មែរ မြန်မာ', '😀 emoji only', 'Москва 東京', '\u0dff\u0e00\u0e01',
    ];
    for (const t of texts) expect(unspacedChars(t)).toBe(t.match(UNSPACED_RE)?.length ?? 0);
  });
});
