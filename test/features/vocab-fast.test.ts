import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fastTest, loadVocab, requiredLiterals, withoutWordBoundaries } from '../../src/vocab.js';
import { blocksFromText } from '../../src/blocks/from-text.js';
import { roleMatcher, type RoleEntry } from '../../src/cleaners/util/text-shape.js';

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

describe('requiredLiterals', () => {
  it('reads a literal of each alternative, or gives up', () => {
    expect(requiredLiterals('all rights reserved|(?:we|they) use cookies')).toEqual(['all rights reserved', ' use cookies']);
    expect(requiredLiterals('(?:[(\\[]\\s*(?:photos?|images?)\\s*:)')).toEqual(['photo', 'image']);
    expect(requiredLiterals('Foo\\.Bar')).toEqual(['foo.bar']);
    expect(requiredLiterals('ab|cde')).toBeUndefined(); // a short alternative
    expect(requiredLiterals('qu+x')).toBeUndefined(); // repeated: no run of 3
    expect(requiredLiterals('(?:abc)?de')).toBeUndefined(); // an optional group is no requirement
    expect(requiredLiterals('(abc)\\1')).toBeUndefined(); // back-references are not read
    expect(requiredLiterals('x(?=abc)y')).toBeUndefined(); // nor lookarounds
    expect(requiredLiterals('abcd{2}')).toEqual(['abc']);
    expect(requiredLiterals('\\p{L}+ said')).toEqual([' said']);
  });
});

describe('fastTest', () => {
  it("answers as the regex itself on every vocabulary's matchers, over corpus lines and edge cases", () => {
    const texts = [
      '', 'Bookmark the permalink.', 'ALL RIGHTS RESERVED', 'All riſhts reserved', 'Acce\u017ft cookies', 'We use cooKies to', '\u212Aeep', 'xbookmark the permalinks', 'ſ K bookmark the permalink_', 'Trackbacks are closed, but you can post a comment.',
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

describe('roleMatcher', () => {
  it('answers as its entries one by one, for every role of every vocabulary (anchors hoisted or not)', () => {
    const texts = [
      '', 'Photo: AFP/Getty Images', '(Photo by John Smith/Reuters)', 'AP Photo', 'Reuters', 'Enlarge this image', 'Image 1 of 12',
      'Caption: a man walks', 'See also', 'Related: Five things to know', 'The rally in Kabul. AFP/Getty Images', 'Read more …',
      'He said the AFP photo was fake.', 'Bild vergrößern', 'Foto: dpa',
    ];
    if (existsSync(corpora)) {
      const dir = join(corpora, 'dragnet');
      const files = readdirSync(dir).filter((f) => f.endsWith('.dump.txt')).sort().filter((_, i) => i % 31 === 0);
      for (const f of files) for (const b of blocksFromText(readFileSync(join(dir, f), 'utf8'))) texts.push(b.text);
    }
    let roles = 0;
    let hits = 0;
    for (const f of readdirSync(vocabDir).filter((n) => n.endsWith('.json'))) {
      const v = loadVocab(f.replace(/\.json$/, ''));
      const byRole = new Map<string, RoleEntry[]>();
      for (const e of v.entries as readonly RoleEntry[]) if (e.role) byRole.set(e.role, [...(byRole.get(e.role) ?? []), e]);
      for (const [role, entries] of byRole) {
        roles++;
        const m = roleMatcher(v, role);
        const one = entries.map((e) => {
          const kind = e.match ?? 'line';
          return { e, re: new RegExp(kind === 'line' ? `^(?:${e.pattern})$` : kind === 'prefix' ? `^(?:${e.pattern})` : e.pattern, 'iu') };
        });
        for (const t of texts) {
          const want = one.find((o) => o.re.test(t))?.e;
          if (want) hits++;
          if (m.find(t) !== want || m.test(t) !== (want !== undefined)) throw new Error(`${f} ${role} on ${JSON.stringify(t.slice(0, 80))}`);
        }
      }
    }
    expect(roles).toBeGreaterThan(5);
    expect(hits).toBeGreaterThan(10);
  });
});
