import { describe, expect, it } from 'vitest';
import { decide } from '../../src/model/smooth.js';

const words = (n: number, w = 20) => new Array(n).fill(w);

describe('decide', () => {
  it('thresholds block by block without smoothing', () => {
    const { keep } = decide([0.9, 0.2, 0.8], words(3), 0.5, { method: 'none', stay: 0 });
    expect([...keep]).toEqual([1, 0, 1]);
  });

  it('fills a weak gap inside the article with the HMM', () => {
    const p = [0.1, 0.9, 0.95, 0.4, 0.9, 0.95, 0.1, 0.05];
    const { keep, note } = decide(p, words(p.length), 0.5, { method: 'hmm', stay: 0.8 });
    expect([...keep]).toEqual([0, 1, 1, 1, 1, 1, 0, 0]);
    expect(note[3]).toBe('smoothed');
  });

  it('drops an isolated island far from the article with the HMM', () => {
    const p = [0.95, 0.9, 0.95, 0.1, 0.1, 0.55, 0.1, 0.1];
    const { keep } = decide(p, words(p.length), 0.5, { method: 'hmm', stay: 0.8 });
    expect([...keep]).toEqual([1, 1, 1, 0, 0, 0, 0, 0]);
  });

  it('keeps the best contiguous region when the model would remove everything', () => {
    const p = [0.05, 0.3, 0.4, 0.35, 0.02];
    const { keep, note } = decide(p, words(p.length), 0.5, { method: 'none', stay: 0 });
    expect([...keep]).toEqual([0, 1, 1, 1, 0]);
    expect(note[2]).toBe('guard');
  });
});
