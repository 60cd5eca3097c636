import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/model/load.js';
import { describeEvidence, evidence, evidenceTop } from '../../src/model/explain.js';

describe('evidenceTop / describeEvidence', () => {
  it('keep the evidence of a row as numbers that describe to the same strings', () => {
    for (const type of ['text', 'html'] as const) {
      const model = loadModel(type)!;
      const width = model.features.length;
      let seed = 7;
      const rand = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
      const f = new Int32Array(9);
      const x = new Float64Array(9);
      let nonEmpty = 0;
      for (let t = 0; t < 40; t++) {
        const row = new Float64Array(width + 5);
        for (let k = 0; k < width; k++) row[5 + k] = rand() < 0.3 ? 0 : rand() * 4 - 1;
        for (const dir of [-1, 1] as const) {
          const n = evidenceTop(model, row, 5, dir, 3, f, x, 6);
          expect(n).toBeLessThanOrEqual(3);
          const want = evidence(model, row, 5, dir);
          expect(describeEvidence(model, f, x, 6, n)).toEqual(want);
          if (n > 0) nonEmpty++;
        }
      }
      expect(nonEmpty).toBeGreaterThan(10);
    }
  });
});
