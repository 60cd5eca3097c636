import { describe, expect, it } from 'vitest';
import { aggregate, metricTokens, pagePR, scorePage, shingles } from '../../src/eval/metric.js';

describe('metric tokens', () => {
  it('are \\w+ runs as Python sees them: letters, numbers, underscore', () => {
    expect(metricTokens('L’été 2019, foo_bar!')).toEqual(['L', 'été', '2019', 'foo_bar']);
  });
  it('split at a combining mark, like Python re', () => {
    expect(metricTokens('e\u0301te')).toEqual(['e', 'te']);
  });
});

describe('shingles', () => {
  it('are 4-token windows, counted as a multiset', () => {
    const s = shingles(metricTokens('a b c d a b c d'));
    expect([...s.values()].reduce((a, b) => a + b, 0)).toBe(5);
    expect(s.get(['a', 'b', 'c', 'd'].join('\u0001'))).toBe(2);
  });
  it('give one shorter shingle for a text under 4 tokens, none for an empty text', () => {
    expect([...shingles(['a', 'b']).entries()]).toEqual([['a\u0001b', 1]]);
    expect(shingles([]).size).toBe(0);
  });
});

describe('scorePage', () => {
  it('identical texts: TP = 1, exact', () => {
    expect(scorePage('a b c d e', 'a  b\nc d e')).toEqual({ tp: 1, fp: 0, fn: 0, exact: true });
    expect(pagePR(scorePage('a b c d e', 'a b c d e'))).toEqual({ p: 1, r: 1 });
  });
  it('disjoint texts: P = R = 0', () => {
    const s = scorePage('a b c d', 'e f g h');
    expect(s).toEqual({ tp: 0, fp: 0.5, fn: 0.5, exact: false });
    expect(pagePR(s)).toEqual({ p: 0, r: 0 });
  });
  it('short texts compare as one shingle', () => {
    expect(pagePR(scorePage('a b', 'a b'))).toEqual({ p: 1, r: 1 });
    expect(pagePR(scorePage('a b', 'a b c'))).toEqual({ p: 0, r: 0 });
  });
  it('counts repeated shingles (multiset overlap)', () => {
    // pred: abcd ×2, bcda, cdab, dabc (5 shingles); gold: abcd (1) → TP 1, FP 4 → 0.2 / 0.8
    const s = scorePage('a b c d a b c d', 'a b c d');
    expect(s.tp).toBeCloseTo(0.2);
    expect(s.fp).toBeCloseTo(0.8);
    expect(s.fn).toBe(0);
    expect(pagePR(s).p).toBeCloseTo(0.2);
    expect(pagePR(s).r).toBe(1);
    // gold repeats too: pred abcd ×2 … vs gold abcd ×2, bcda, cdab, dabc → identical multisets
    expect(scorePage('a b c d a b c d', 'a b c d a b c d').tp).toBe(1);
    // gold has abcd ×2, pred once → one FN
    const s3 = scorePage('a b c d', 'a b c d a b c d');
    expect(s3.fn).toBeCloseTo(0.8);
    expect(pagePR(s3)).toEqual({ p: 1, r: expect.closeTo(0.2) });
  });
});

describe('pagePR and aggregate (the benchmark convention)', () => {
  it('FP = FN = 0 counts 1 for both', () => {
    expect(pagePR({ tp: 1, fp: 0, fn: 0, exact: true })).toEqual({ p: 1, r: 1 });
  });
  it('empty output: no precision, recall 0', () => {
    expect(pagePR(scorePage('', 'a b c d e'))).toEqual({ r: 0 });
  });
  it('both empty: counts for neither mean', () => {
    expect(pagePR(scorePage('', '…'))).toEqual({});
  });
  it('averages P over pages with TP+FP > 0, R over pages with TP+FN > 0, F1 from the means', () => {
    const pages = [scorePage('a b c d e', 'a b c d e'), scorePage('', 'a b c d e'), scorePage('a b c d', 'e f g h'), scorePage('', '')];
    const a = aggregate(pages);
    expect(a.pages).toBe(4);
    expect(a.precision).toBeCloseTo(1 / 2); // [1, 0]
    expect(a.recall).toBeCloseTo(1 / 3); // [1, 0, 0]
    expect(a.f1).toBeCloseTo((2 * 0.5 * (1 / 3)) / (0.5 + 1 / 3));
    expect(a.accuracy).toBeCloseTo(2 / 4); // identical + both empty
  });
});
