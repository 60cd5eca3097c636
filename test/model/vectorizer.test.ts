import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/clean.js';
import { docVectors, featureNames, fillRow, vectorWidth, vectorizer } from '../../src/model/vector.js';
import { loadModel } from '../../src/model/load.js';

const para = (k: number) =>
  `The council said on Monday that the new plan number ${k} would be put to a vote in the spring, and that residents were invited to comment on it.`;

function page(): string {
  const lines = ['Home', 'News', 'Sport', 'Share this'];
  for (let k = 0; k < 8; k++) lines.push(para(k), k % 2 ? 'Read more' : `Subhead ${k}`);
  lines.push('Contact us', 'Copyright 2024 Example', 'Home');
  return lines.join('\n');
}

describe('vectorizer / fillRow', () => {
  it('vectorWidth is the number of feature names', () => {
    for (const spec of [{ vocab: [], extra: [] }, { vocab: ['a', 'b'], extra: ['x'], derived: ['d1', 'd2', 'd3'] }, loadModel('text')!.spec, loadModel('html')!.spec]) {
      expect(vectorWidth(spec)).toBe(featureNames(spec).length);
    }
  });

  for (const type of ['text', 'html'] as const) {
    it(`${type}: rows filled one at a time, in any order, equal the matrix rows (also after removals)`, () => {
      const src = type === 'html' ? `<html><body><nav><a href="/">Home</a></nav>${page().split('\n').map((l) => `<p>${l}</p>`).join('')}</body></html>` : page();
      const doc = buildDocument(src, type, {}, Infinity);
      const spec = loadModel(type)!.spec;
      const n = doc.children.length;
      const rows = new Uint8Array(n);
      for (let i = 0; i < n; i += 2) rows[i] = 1;
      doc.children[1]!.removed = { ruleId: 'test', reason: 'test' };
      for (const flagged of [undefined, rows]) {
        const { width, data } = docVectors(doc, spec, flagged);
        expect(width).toBe(featureNames(spec).length);
        const v = vectorizer(doc, spec, flagged);
        const ids = [...Array(n).keys()].filter((i) => !flagged || flagged[i]);
        // After the vectorizer is built, removing a block must not change a row (removedBefore is read from it).
        const later = doc.children[ids.at(-1)!]!;
        const before = later.removed;
        later.removed = { ruleId: 'test', reason: 'later' };
        const buf = new Float64Array(width);
        for (let r = ids.length - 1; r >= 0; r--) {
          fillRow(v, ids[r]!, buf, 0);
          expect([...buf], `row ${r}`).toEqual([...data.subarray(r * width, (r + 1) * width)]);
        }
        later.removed = before;
      }
    });
  }
});
