import { describe, expect, it } from 'vitest';
import { compareFloors, formatFloors, raiseFloors, runKey, type FloorsFile } from '../../src/eval/gate.js';

const file: FloorsFile = {
  _comment: ['test'],
  tolerance: 0.005,
  runs: [
    { corpus: 'a', input: 'dump' },
    { corpus: 'b', input: 'html', sample: 50 },
  ],
  floors: { 'a/dump': { f1: 0.8, precision: 0.7 } },
};

describe('quality-gate floors', () => {
  it('keys runs by corpus/input, with @N for a subset', () => {
    expect(file.runs.map(runKey)).toEqual(['a/dump', 'b/html@50']);
  });
  it('passes within the tolerance, fails beyond it with a clear message', () => {
    expect(compareFloors({ 'a/dump': { f1: 0.7951, precision: 0.7 } }, file).failures).toEqual([]);
    const { failures } = compareFloors({ 'a/dump': { f1: 0.79, precision: 0.9 } }, file);
    expect(failures.map((f) => [f.key, f.metric])).toEqual([['a/dump', 'f1']]);
    expect(failures[0].message).toMatch(/a\/dump f1 = 0\.7900, 0\.0100 below its floor 0\.8000 \(tolerance 0\.005\)/);
    expect(failures[0].message).toMatch(/quality-floors\.json/);
  });
  it('lists values without a floor instead of failing on them', () => {
    const r = compareFloors({ 'b/html@50': { f1: 0.1 } }, file);
    expect(r.failures).toEqual([]);
    expect(r.unpinned).toEqual(['b/html@50 f1']);
  });
  it('--raise only raises (rounded down to 4 decimals) and adds missing floors, never lowers', () => {
    const { file: next, raised } = raiseFloors(file, { 'a/dump': { f1: 0.85559, precision: 0.6 }, 'b/html@50': { f1: 0.5 } });
    expect(next.floors['a/dump']).toEqual({ f1: 0.8555, precision: 0.7 });
    expect(next.floors['b/html@50']).toEqual({ f1: 0.5 });
    expect(raised).toHaveLength(2);
    expect(file.floors['a/dump'].f1).toBe(0.8); // input untouched
  });
  it('formats the file as valid JSON that reads back the same', () => {
    const text = formatFloors(file);
    expect(JSON.parse(text)).toEqual(file);
    expect(text).toContain('{"corpus": "a", "input": "dump"}');
  });
});
