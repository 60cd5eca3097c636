import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { NETWORKS, UNSPACED_MIN, labelText, mayBeUnspaced, socialRow, unspacedChars } from '../../src/cleaners/util/lines.js';
import { isNfkcStableText } from '../../src/cleaners/util/text-shape.js';

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

  it('mayBeUnspaced is true for every code unit of those scripts and every surrogate', () => {
    const one = new RegExp(UNSPACED_RE.source, 'u');
    const missed: number[] = [];
    let skipped = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const surrogate = c >= 0xd800 && c <= 0xdfff;
      if ((surrogate || one.test(String.fromCharCode(c))) && !mayBeUnspaced(c)) missed.push(c);
      if (!mayBeUnspaced(c)) skipped++;
    }
    expect(missed).toEqual([]);
    // It rules out the punctuation of Latin texts: curly quotes, dashes, the ellipsis, the euro sign.
    for (const ch of '‘’“”–—…€•') expect(mayBeUnspaced(ch.charCodeAt(0))).toBe(false);
    expect(skipped).toBeGreaterThan(0x2e00);
  });

  it('counts as the regex does, on mixed texts', () => {
    const texts = [
      '', 'plain ASCII text.', 'Ünïcödé — “quotes” …', '東京は日本の首都', 'ภาษาไทย and English', '𠀋𠂢 rare Han',
      'ひらがな カタカナ ລາວ ខ្មែរ မြန်မာ', '😀 emoji only', 'Москва 東京', '\u0dff\u0e00\u0e01',
      '“Curly” quotes – and dashes — only…', 'ｶﾀｶﾅ half-width', '\u3005\u3007 marks', '豈 compatibility', 'ꧠ ꩠ Myanmar ext',
    ];
    for (const t of texts) expect(unspacedChars(t)).toBe(t.match(UNSPACED_RE)?.length ?? 0);
  });
});

describe('socialRow', () => {
  /** The function before its anchored pre-test (reference). */
  function reference(text: string): number {
    const NETWORK_RE = new RegExp(`(?:${NETWORKS})`, 'giu');
    const WEAK = /^(?:x|line|mail|pocket|print|share|e-?mail|rss|sms|threads)$/iu;
    if (text.length > 160) return 0;
    const names = text.match(NETWORK_RE) ?? [];
    if (names.length === 0) return 0;
    const rest = text.replace(NETWORK_RE, ' ').replace(/[\s|·•,;:/\\()[\]\-–—+*»›<>#0-9.kK]+/gu, '');
    if (rest.length > 0) return 0;
    const strong = names.filter((n) => !WEAK.test(n.trim()));
    if (strong.length === 0 && names.length < 2) return 0;
    return names.length;
  }

  it('counts as before on button rows, near misses and corpus lines', () => {
    const texts = [
      'Facebook Twitter WhatsApp E-Mail', 'Share | Tweet | Email', '  | Facebook', '12k Facebook 3 Twitter', 'kFacebook',
      'Facebook is a company', 'Print', 'Print Mail', '(Facebook) [Twitter]', '— Pinterest • Reddit —', '123', '', '   ',
      'ſhare Twitter', 'Google+ Facebook', 'Kelvin Twitter', 'K Twitter',
    ];
    const dir = join(import.meta.dirname, '../../../shared/corpora/dragnet');
    if (existsSync(dir)) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.dump.txt')).sort().filter((_, i) => i % 5 === 0)) {
        for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) if (line.length <= 160) texts.push(line.trim());
      }
    }
    let rows = 0;
    for (const t of texts) {
      const want = reference(t);
      if (want > 0) rows++;
      expect(socialRow(t), t).toBe(want);
    }
    expect(rows).toBeGreaterThan(5);
  });
});

describe('labelText', () => {
  it('strips as the plain regex version does', () => {
    const LEAD_RE = /^(?:\d{1,2}[.)]\s+|[-–—•·*►▸▶›»>|]+\s*)/u;
    const TRAIL_RE = /\s*[|»›>:•·/\\]+$/u;
    const reference = (text: string): string => {
      const inner = /^[[(]([^\])]*)[\])]$/u.exec(text.trim());
      return (inner ? inner[1]! : text).replace(LEAD_RE, '').replace(TRAIL_RE, '').trim();
    };
    const texts = ['1. Archive', 'Archive »', 'Tags: ', 'News |', '[Home]', '(More ›)', '» Next', 'a/b/', 'x\\', 'plain', '', ' : ', 'Home | ',
      // The fast path (a letter first, a visible ASCII unit last) and just outside it.
      'Home ', 'Home\u00a0', 'Home\t', 'Archive:', 'Home/', 'Top\\', 'a', 'Zz', 'Ärger »', 'zeta|', 'Go >', 'Go ›', 'Next»', 'ok.'];
    const dir = join(import.meta.dirname, '../../../shared/corpora/dragnet');
    if (existsSync(dir)) {
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.dump.txt')).sort().filter((_, i) => i % 9 === 0)) {
        texts.push(...readFileSync(join(dir, f), 'utf8').split('\n'));
      }
    }
    for (const t of texts) expect(labelText(t), t).toBe(reference(t));
  });
});

describe('textKey with the block features', () => {
  it('gives the key of the text alone (corpus dumps of several languages, NBSP, compatibility characters)', async () => {
    const { computeFeatures } = await import('../../src/features.js');
    const { blocksFromText } = await import('../../src/blocks/from-text.js');
    const { textKey } = await import('../../src/cleaners/util/text-shape.js');
    const texts = [
      'Plain ASCII, with punctuation!', 'NBSP\u00a0here', 'ﬁne ligature', 'Ⅻ roman', 'Ａ full width', 'C1 \u0085 control', 'e\u0301 combining', 'İstanbul', 'ß STRASSE',
      '“Curly” quotes’ – and — dashes…', 'Café Ĳssel ǅemal ª º ² ¼ µ ſ ŉ', 'Ŀl ¨ ¯ ´ ¸ ‥ ․ ‑ ™', 'İi̇ ΣΑΣ',
    ];
    const dir = join(import.meta.dirname, '../../../shared/corpora');
    for (const corpus of ['dragnet', 'l3s-gn1']) {
      const d = join(dir, corpus);
      if (!existsSync(d)) continue;
      for (const f of readdirSync(d).filter((n) => n.endsWith('.dump.txt')).sort().filter((_, i) => i % 17 === 0)) texts.push(readFileSync(join(d, f), 'utf8'));
    }
    let fast = 0;
    let stable = 0;
    for (const t of texts) {
      const blocks = blocksFromText(t);
      const feats = computeFeatures(blocks, 'en');
      blocks.forEach((b, i) => {
        if (feats[i]!.maxCode < 0xa0) fast++;
        else if (isNfkcStableText(b.text)) stable++;
        expect(textKey(b.text, feats[i])).toBe(textKey(b.text));
      });
    }
    expect(fast).toBeGreaterThan(100);
    expect(stable).toBeGreaterThan(100);
  });

  it('its NFKC-stable code units stay so in pairs, lower-cased (no composition between them)', () => {
    const units: string[] = [];
    for (let c = 0; c < 0x2100; c++) if (isNfkcStableText(String.fromCharCode(c))) units.push(String.fromCharCode(c));
    expect(units.length).toBeGreaterThan(500);
    expect(isNfkcStableText('\u0301')).toBe(false); // a combining mark
    expect(isNfkcStableText('™')).toBe(false); // NFKC: TM
    expect(isNfkcStableText('ª')).toBe(false); // NFKC: a
    const bad: string[] = [];
    for (const a of units) {
      for (const b of units) {
        const lower = (a + b).toLowerCase();
        if (lower.normalize('NFKC') !== lower) bad.push(a + b);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('findLine and isVocabLine with the block features', () => {
  it('answer as without them, the label made once per block and not reused for another text', async () => {
    const { computeFeatures } = await import('../../src/features.js');
    const { blocksFromText } = await import('../../src/blocks/from-text.js');
    const { findLine, isVocabLine } = await import('../../src/cleaners/util/lines.js');
    const { loadVocab } = await import('../../src/vocab.js');
    const vocabs = ['navigation', 'promos', 'share-widgets', 'comments', 'comment-parts'].map(loadVocab);
    const blocks = blocksFromText('Home\n1. Archive\n» Impressum |\n(Reply)\nLeave a Reply\nThe article text goes on here.\nShare this:');
    const feats = computeFeatures(blocks, 'en');
    let found = 0;
    blocks.forEach((b, i) => {
      for (const v of vocabs) {
        const want = findLine(v, b.text);
        if (want) found++;
        expect(findLine(v, b.text, feats[i])).toBe(want);
        expect(isVocabLine(v, b.text, feats[i])).toBe(isVocabLine(v, b.text));
      }
    });
    expect(found).toBeGreaterThan(3);
    expect(feats[1]!.label).toBe('Archive');
    // Another text than the one the features describe (a prefix cut off): its own label.
    expect(findLine(vocabs[0]!, 'Ordinary words here', feats[0])).toBe(findLine(vocabs[0]!, 'Ordinary words here'));
    expect(feats[0]!.label).toBe('Home');
  });
});

describe('isDateLine', () => {
  it('answers as its regex (the digit pre-test only skips lines without a digit)', async () => {
    const { isDateLine, DATE_LINE_RE } = await import('../../src/cleaners/util/text-shape.js');
    const texts = ['Oct 24, 2019', '3 hours ago', 'vor 3 Stunden', 'hace 2 días', 'il y a 3 jours', '24/10/2019 17:56', '17:56', ' 2019-10-24 ', 'Hello', 'Oct twenty'];
    const d = join(import.meta.dirname, '../../../shared/corpora/dragnet');
    if (existsSync(d)) {
      for (const f of readdirSync(d).filter((n) => n.endsWith('.dump.txt')).sort().filter((_, i) => i % 9 === 0)) {
        texts.push(...readFileSync(join(d, f), 'utf8').split('\n'));
      }
    }
    let dates = 0;
    for (const t of texts) {
      const want = t.length <= 40 && DATE_LINE_RE.test(t.trim());
      expect(isDateLine(t), t).toBe(want);
      if (want) dates++;
    }
    expect(dates).toBeGreaterThan(20);
  });
});
