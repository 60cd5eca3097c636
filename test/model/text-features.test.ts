import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/clean.js';
import { TEXT_DERIVED, textFeatures } from '../../src/model/text-features.js';
import { docVectors, featureNames } from '../../src/model/vector.js';

const para = (k: number) =>
  `The council said on Monday that the new harbour plan number ${k} would be put to a vote in the spring, and that residents were invited to comment on it.`;

/** Menu, article with a subhead, a related-headline list, a comment with its signature. */
function page(): string {
  return [
    'Home', 'News', 'Sport', 'Weather',
    para(0), para(1), 'Harbour plan vote', para(2), para(3),
    'Related stories',
    'Mayor opens new library in the old town',
    'Football club signs two young players',
    'Weather warning for the weekend issued',
    'Posted by Sam on 12.03.2021 10:15',
    'I think the council is wrong about this and the residents should say so loudly.',
  ].join('\n');
}

describe('text-derived features', () => {
  const doc = buildDocument(page(), 'text', {}, Infinity);
  const names = [...TEXT_DERIVED];
  const x = textFeatures(doc, names);
  const at = (t: string, name: (typeof TEXT_DERIVED)[number]) => {
    const i = doc.children.findIndex((b) => b.text === t);
    expect(i).toBeGreaterThanOrEqual(0);
    return x[i * names.length + names.indexOf(name)]!;
  };

  it('a subhead has prose on both sides; a related list has prose only before its first line', () => {
    expect(at('Harbour plan vote', 'proseBefore3')).toBeGreaterThan(0.95); // 'Weather' is in the window
    expect(at('Harbour plan vote', 'proseAfter3')).toBeGreaterThan(0.95); // and 'Related stories'
    expect(at('Mayor opens new library in the old town', 'proseAfter3')).toBe(0);
    expect(at('Home', 'proseBefore3')).toBe(0);
  });

  it('run lengths: prose runs of two, a menu run of four, the subhead a run of one', () => {
    expect(at(para(0), 'proseRunLen')).toBeCloseTo(Math.log1p(2), 9);
    expect(at(para(0), 'shortRunLen')).toBe(0);
    expect(at('News', 'shortRunLen')).toBeCloseTo(Math.log1p(4), 9);
    expect(at('Harbour plan vote', 'shortRunLen')).toBeCloseTo(Math.log1p(1), 9);
    expect(at('Harbour plan vote', 'proseRunLen')).toBe(0);
    const share = at(para(2), 'proseRunShare');
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.5);
  });

  it('topical overlap with the prose: the subhead shares its words, an unrelated headline not', () => {
    expect(at('Harbour plan vote', 'chainTopical')).toBe(1);
    expect(at('Mayor opens new library in the old town', 'chainTopical')).toBe(0);
    // A prose block's own words do not count for itself: para(0) shares them with para(1…3).
    expect(at(para(0), 'chainTopical')).toBeGreaterThan(0.8);
  });

  it('date-ish short lines nearby, and runs of same-size short lines', () => {
    expect(at('Weather warning for the weekend issued', 'dateNear')).toBe(1);
    expect(at('Home', 'dateNear')).toBe(0);
    expect(at('Football club signs two young players', 'sameWordsRun')).toBeGreaterThanOrEqual(Math.log1p(2));
    expect(at(para(1), 'sameWordsRun')).toBe(0);
  });

  it('the vector carries the text block at its end, and a spec without it keeps the old layout', () => {
    const spec = { vocab: [], extra: [], text: names };
    const { width, data } = docVectors(doc, spec);
    expect(width).toBe(featureNames(spec).length);
    expect(featureNames(spec).at(-1)).toBe(`t.${names.at(-1)}`);
    const i = doc.children.findIndex((b) => b.text === 'Harbour plan vote');
    expect([...data.subarray((i + 1) * width - names.length, (i + 1) * width)]).toEqual([
      ...x.subarray(i * names.length, (i + 1) * names.length),
    ]);
    expect(docVectors(doc, { vocab: [], extra: [] }).width).toBe(width - names.length);
  });
});
