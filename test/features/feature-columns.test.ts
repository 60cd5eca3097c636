import { describe, expect, it } from 'vitest';
import { FeatureColumns } from '../../src/feature-columns.js';
import { TokenTable, blockFeatures, computeFeatures, stopwords, tokenize } from '../../src/features.js';
import type { Block } from '../../src/types.js';

const block = (text: string, index = 0): Block => ({ type: 'block', kind: 'line', text, index }) as unknown as Block;

describe('FeatureColumns', () => {
  it('keeps each row’s token ids apart, and grows the id array past its first size', () => {
    const list = ['a', 'b', 'c'];
    const cols = new FeatureColumns(3, list, 2);
    const ids = new Int32Array([2, 0, 1, 2, 9]);
    const f0 = cols.add('c a b c', ids, 4);
    const f1 = cols.add('', ids, 0);
    const f2 = cols.add('b', new Int32Array([1]), 1);
    expect(f0.tokens).toEqual(['c', 'a', 'b', 'c']);
    expect(f1.tokens).toEqual([]);
    expect(f2.tokens).toEqual(['b']);
    expect([f0.words, f1.words, f2.words]).toEqual([4, 0, 1]);
    expect(f0.token(2)).toBe('b');
    expect(cols.views).toEqual([f0, f1, f2]);
    expect(() => cols.add('x', ids, 1)).toThrow(RangeError);
  });

  it('reads and memoises through the view; seal() cuts spare id room and keeps the tokens', () => {
    const cols = new FeatureColumns(2, ['x', 'y'], 1000);
    cols.add('X y', new Int32Array([0, 1]), 2);
    const f = cols.add('Y', new Int32Array([1]), 1);
    cols.punctRatio[1] = 0.25;
    cols.endsSentence[1] = 1;
    expect(f.punctRatio).toBe(0.25);
    expect(f.endsSentence).toBe(true);
    expect(f.unspaced).toBe(-1);
    f.unspaced = 3;
    f.label = 'y';
    expect(cols.unspaced[1]).toBe(3);
    expect(cols.label[1]).toBe('y');
    expect(cols.views[0]!.label).toBeUndefined();
    expect(f.chars).toBe(1);
    expect(f.lower).toBe('y');
    cols.seal();
    expect(cols.tokenIds.length).toBe(3);
    expect(cols.views[0]!.tokens).toEqual(['x', 'y']);
    expect(f.tokens).toEqual(['y']);
  });
});

describe('computeFeatures on columns', () => {
  it('gives every block the features blockFeatures gives it alone', () => {
    const texts = ['The cat sat on the mat.', '', 'Über ÆSIR… İİ ok', 'The cat, again: the CAT!', '𝐀bc 😀 a😀b', 'mat mat mat'];
    const blocks = texts.map((t, i) => block(t, i));
    const en = stopwords('en');
    const feats = computeFeatures(blocks, 'en');
    expect(feats.length).toBe(texts.length);
    feats.forEach((f, i) => {
      expect(f.toJSON(), texts[i]).toEqual(blockFeatures(blocks[i]!, i, texts.length, en).toJSON());
      expect(f.tokens).toEqual(tokenize(texts[i]!));
    });
  });

  it('shares one token string per distinct token across blocks', () => {
    const feats = computeFeatures([block('Alpha beta'), block('beta ALPHA alpha')], 'en');
    expect(feats[1]!.token(1)).toBe(feats[0]!.token(0));
    expect(feats[1]!.token(0)).toBe(feats[0]!.token(1));
  });

  it('a block with more tokens than the id scratch holds (the scratch let go after)', () => {
    const long = Array.from({ length: 100_000 }, (_, k) => `t${k % 500}`).join(' ');
    const feats = computeFeatures([block(long), block('after it')], 'en');
    expect(feats[0]!.words).toBe(100_000);
    expect(feats[0]!.token(99_999)).toBe('t499');
    expect(feats[1]!.tokens).toEqual(['after', 'it']);
  });

  it('table ids follow first sight, and a repeat gets the id of its first copy', () => {
    const table = new TokenTable(1);
    table.get('ab cd', 0, 2, 11);
    expect(table.lastId).toBe(0);
    table.get('ab cd', 3, 5, 22);
    expect(table.lastId).toBe(1);
    table.get('xx ab', 3, 5, 11);
    expect(table.lastId).toBe(0);
    expect(table.list).toEqual(['ab', 'cd']);
  });
});
