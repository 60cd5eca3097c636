import { describe, expect, it } from 'vitest';
import { normWs, scoreSnippets, snippetScores, sumSnippets } from '../../src/eval/snippets.js';

describe('snippet scoring (trafilatura count_item)', () => {
  it('normalises whitespace on both sides', () => {
    expect(normWs('  a \n\t b  ')).toBe('a b');
    const s = scoreSnippets('Hello   world\nfoo', { with: ['Hello world ', 'absent'], without: ['foo', 'bar'] });
    expect(s).toEqual({ tp: 1, fn: 1, fp: 1, tn: 1, missed: ['absent'], leaked: ['foo'] });
  });
  it('is case-sensitive substring containment', () => {
    expect(scoreSnippets('Hello world', { with: ['hello'], without: [] }).tp).toBe(0);
    expect(scoreSnippets('Hello world', { with: ['lo wo'], without: [] }).tp).toBe(1);
  });
  it('empty output: every with missed, every without a true negative', () => {
    expect(scoreSnippets('', { with: ['a', 'b'], without: ['c'] })).toMatchObject({ tp: 0, fn: 2, fp: 0, tn: 1 });
  });
  it('sums counts over all snippets for P, R, F and accuracy', () => {
    const a = scoreSnippets('x y z', { with: ['x', 'y'], without: ['q', 'r'] }); // tp2 tn2
    const b = scoreSnippets('r', { with: ['x', 'y'], without: ['q', 'r'] }); // fn2 fp1 tn1
    const c = sumSnippets([a, b]);
    expect(c).toEqual({ tp: 2, fp: 1, fn: 2, tn: 3 });
    const s = snippetScores(c);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(1 / 2);
    expect(s.f1).toBeCloseTo(4 / 7);
    expect(s.accuracy).toBeCloseTo(5 / 8);
  });
  it('gives 0 rather than NaN for empty denominators', () => {
    expect(snippetScores({ tp: 0, fp: 0, fn: 0, tn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0, accuracy: 0 });
  });
});
