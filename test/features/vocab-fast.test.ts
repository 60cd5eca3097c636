import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fastTest, loadVocab, withoutWordBoundaries } from '../../src/vocab.js';
import { blocksFromText } from '../../src/blocks/from-text.js';

const corpora = join(import.meta.dirname, '../../../shared/corpora');
const vocabDir = join(import.meta.dirname, '../../data/vocab');

describe('withoutWordBoundaries', () => {
  it('drops \\b outside classes and negative lookarounds only', () => {
    expect(withoutWordBoundaries('\\bfoo\\b|bar')).toBe('foo|bar');
    expect(withoutWordBoundaries('foo')).toBeUndefined();
    expect(withoutWordBoundaries('[\\b]x')).toBeUndefined(); // backspace in a class
    expect(withoutWordBoundaries('\\\\b')).toBeUndefined(); // an escaped backslash, then `b`
    expect(withoutWordBoundaries('(?!\\bno)\\byes')).toBe('(?!\\bno)yes');
    expect(withoutWordBoundaries('(?<!\\bno)(?<=\\bok)x')).toBe('(?<!\\bno)(?<=ok)x');
    expect(withoutWordBoundaries('(\\(\\b)[(]\\b')).toBe('(\\()[(]');
  });
});

describe('fastTest', () => {
  it("answers as the regex itself on every vocabulary's matchers, over corpus lines and edge cases", () => {
    const texts = [
      '', 'Bookmark the permalink.', 'xbookmark the permalinks', 'ſ K bookmark the permalink_', 'Trackbacks are closed, but you can post a comment.',
      'Photo: AFP/Getty Images', 'Reuters reporter Jane Doe contributed to this report.', 'contributed to this reporting', '(Photo by John Smith/Reuters)',
    ];
    if (existsSync(corpora)) {
      for (const corpus of ['dragnet', 'l3s-gn1']) {
        const dir = join(corpora, corpus);
        if (!existsSync(dir)) continue;
        const files = readdirSync(dir).filter((f) => f.endsWith('.dump.txt')).sort().filter((_, i) => i % 31 === 0);
        for (const f of files) for (const b of blocksFromText(readFileSync(join(dir, f), 'utf8'))) texts.push(b.text);
      }
    }
    let checked = 0;
    let relaxed = 0;
    for (const f of readdirSync(vocabDir).filter((n) => n.endsWith('.json'))) {
      const v = loadVocab(f.replace(/\.json$/, ''));
      const res = [v.line, v.prefix, v.contains, ...v.entries.map((e) => new RegExp(e.pattern, 'iu'))];
      for (const re of res) {
        if (!re) continue;
        if (withoutWordBoundaries(re.source) !== undefined) relaxed++;
        for (const t of texts) {
          if (fastTest(re, t) !== re.test(t)) throw new Error(`${f} /${re.source.slice(0, 60)}…/ on ${JSON.stringify(t.slice(0, 80))}`);
          checked++;
        }
      }
    }
    expect(relaxed).toBeGreaterThan(0);
    expect(checked).toBeGreaterThan(1000);
    expect(fastTest(undefined, 'x')).toBe(false);
  });
});
