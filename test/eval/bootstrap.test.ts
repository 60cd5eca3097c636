import { describe, expect, it } from 'vitest';
import { bootstrap, mulberry32, stdev } from '../../src/eval/bootstrap.js';

const mean = (xs: number[]) => ({ m: xs.reduce((a, b) => a + b, 0) / xs.length });

describe('bootstrap', () => {
  const data = Array.from({ length: 200 }, (_, i) => (i * 37) % 101 / 100);
  it('is deterministic for a seed', () => {
    expect(bootstrap(data, mean, 300, 7)).toEqual(bootstrap(data, mean, 300, 7));
    expect(mulberry32(1)()).toBe(mulberry32(1)());
  });
  it('differs with another seed', () => {
    expect(bootstrap(data, mean, 300, 7).m.std).not.toBe(bootstrap(data, mean, 300, 8).m.std);
  });
  it('reports ± as 1.96 × std, close to the standard error of the mean', () => {
    const s = bootstrap(data, mean, 1000, 1).m;
    expect(s.pm).toBeCloseTo(1.96 * s.std, 12);
    const se = stdev(data) / Math.sqrt(data.length);
    expect(s.std).toBeGreaterThan(se * 0.85);
    expect(s.std).toBeLessThan(se * 1.15);
    expect(s.lo).toBeLessThan(mean(data).m);
    expect(s.hi).toBeGreaterThan(mean(data).m);
  });
  it('has zero spread on constant data', () => {
    expect(bootstrap([1, 1, 1], mean, 100, 1).m.std).toBe(0);
  });
  it('stdev is the sample (n − 1) deviation', () => {
    expect(stdev([1, 2, 3, 4])).toBeCloseTo(Math.sqrt(5 / 3));
  });
});
