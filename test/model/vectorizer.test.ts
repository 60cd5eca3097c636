import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/clean.js';
import fc from 'fast-check';
import { ENDS_COLON_RE, NEG_ATTR_RE, QUOTE_RE, SEP_RE, docVectors, endsColon, featureNames, fillRow, markCounts, negAttrFlag, vectorWidth, vectorizer } from '../../src/model/vector.js';
import { loadModel } from '../../src/model/load.js';

const para = (k: number) =>
  `The council said on Monday that the new plan number ${k} would be put to a vote in the spring, and that residents were invited to comment on it.`;

function page(): string {
  const lines = ['Home', 'News', 'Sport', 'Share this'];
  for (let k = 0; k < 8; k++) lines.push(para(k), k % 2 ? 'Read more' : `Subhead ${k}`);
  lines.push('Contact us', 'Copyright 2024 Example', 'Home');
  return lines.join('\n');
}

describe('negAttrFlag', () => {
  it('answers as NEG_ATTR_RE', () => {
    const parts = ['comment', 'comments', 'nocomment', 'ad', 'ads', 'adsx', 'add', 'bad', 'ad-', 'x-ad', 'x_ads', 'nav', 'navbar', 'xnav',
      'footer', 'meta', 'metadata', 'tags', 'a', 's', '', ' ', '  ', '-', '_', '\t', '\u00a0', 'author', 'byline', 'share', 'related'];
    const check = (s: string) => {
      for (let k = 0; k < NEG_ATTR_RE.length; k++) expect(negAttrFlag(s, k), `${k} ${JSON.stringify(s)}`).toBe(NEG_ATTR_RE[k]!.test(s));
    };
    for (const a of parts) for (const b of parts) for (const sep of ['', ' ', '-', '_', 'x']) check(a + sep + b);
    fc.assert(fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 6 }), (ps) => check(ps.join(''))), { numRuns: 3000 });
  });
});

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

describe('vectorizer with the columns a model reads', () => {
  for (const type of ['text', 'html'] as const) {
    it(`${type}: the used columns are the full rows' values, the others those or 0 (a row filled into a dirty buffer too)`, () => {
      const src = type === 'html' ? `<html><body><nav><a href="/">Home</a></nav>${page().split('\n').map((l) => `<p class="share">${l}</p>`).join('')}</body></html>` : page();
      const doc = buildDocument(src, type, {}, Infinity);
      const model = loadModel(type)!;
      const width = vectorWidth(model.spec);
      const used = new Uint8Array(width);
      for (const tree of model.trees) for (const f of tree.f) if (f >= 0) used[f] = 1;
      // Some columns are unused, or the test tests nothing.
      expect(used.includes(0)).toBe(true);
      const full = docVectors(doc, model.spec).data;
      const lean = docVectors(doc, model.spec, undefined, used).data;
      const v = vectorizer(doc, model.spec, undefined, used);
      const buf = new Float64Array(width).fill(7);
      for (let i = 0; i < doc.children.length; i++) {
        fillRow(v, i, buf, 0);
        for (let k = 0; k < width; k++) {
          const want = full[i * width + k]!;
          if (used[k]) {
            expect(lean[i * width + k], `row ${i} col ${k}`).toBe(want);
            expect(buf[k], `filled row ${i} col ${k}`).toBe(want);
          } else {
            expect([0, want], `row ${i} col ${k}`).toContain(lean[i * width + k]);
            expect([0, want], `filled row ${i} col ${k}`).toContain(buf[k]);
          }
        }
      }
    });
  }
});

describe('markCounts / endsColon', () => {
  const count = (t: string, re: RegExp): number => {
    re.lastIndex = 0;
    return t.match(re)?.length ?? 0;
  };
  const check = (t: string): void => {
    const m = markCounts(t);
    expect([m[0], m[1], m[2]], JSON.stringify(t)).toEqual([count(t, /,/g), count(t, SEP_RE), count(t, QUOTE_RE)]);
    expect(endsColon(t), JSON.stringify(t)).toBe(ENDS_COLON_RE.test(t));
  };
  it('count as the regexes do, on every BMP code unit and on mixes', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      check(ch);
      check(`a${ch},:${ch}`);
    }
    for (const t of ['', ':', ' : \u00a0\u2028', 'a: b', 'x:\ufeff', '«Quote» „x“ ”y” a|b/c·d•e‹f›', ',,,', 'a:\u200b']) check(t);
  });
  it('count as the regexes do on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (t) => check(t)), { numRuns: 3000 });
    fc.assert(fc.property(fc.array(fc.constantFrom(',', ':', ' ', '|', '/', '«', '»', '"', '“', '\u2039', 'a', '\t')), (a) => check(a.join(''))), { numRuns: 3000 });
  });
});

describe('lineDupOfLonger', () => {
  it('flags a line whose text a longer top block contains (at its start, middle or very end), and no other', () => {
    const long1 = 'The council said on Monday that the new plan would be put to a vote in the spring, residents were invited to comment.';
    const long2 = 'Officials added that the budget for the bridge repairs had doubled since last year and that work would start in June.';
    const long3 = 'A spokesman for the mayor declined to say when the final decision on the plan would be made by the full council.';
    const lines = [
      'the council said', // start of long1 (16 units)
      'invited to comment.', // the very end of long1
      'the bridge repairs', // middle of long2
      'decision on the pla', // middle of long3
      'not in any long block', // nowhere
      'short one', // under 12 units: never flagged
      'made by the full council.!', // longer than the end it shares
      long1, long2, long3,
    ];
    const doc = buildDocument(lines.join('\n'), 'text', {}, Infinity);
    const spec = { vocab: [], extra: [] };
    const names = featureNames(spec);
    const col = names.indexOf('lineDupOfLonger');
    const { width, data } = docVectors(doc, spec);
    const got = doc.children.map((b, i) => [b.text.slice(0, 20), data[i * width + col]]);
    const want = doc.children.map((b) => {
      const key = b.text.toLowerCase();
      const hit = key.length >= 12 && [long1, long2, long3].some((t) => t !== b.text && t.length > key.length && t.toLowerCase().includes(key));
      return [b.text.slice(0, 20), hit ? 1 : 0];
    });
    expect(got).toEqual(want);
    expect(got.filter((g) => g[1] === 1).length).toBe(4);
  });
});

describe('repetition features and hidden copies', () => {
  // dn-0061's shape (a WSJ page): the story's paragraphs are printed twice, once inside an element
  // the page hides (a print twin). The hidden copy is no repeat a reader sees.
  const story = 'Treasury Secretary Timothy Geithner on Monday warned German leaders against leaving Europe teetering on the edge of financial disaster.';
  const html = (hiddenCopy: string) =>
    `<html><body><div class="article"><h1>Geithner Urges Quick Action</h1><p>${story}</p><p>${para(1)}</p></div>${hiddenCopy}<p>${para(2)}</p></body></html>`;
  const repeatCol = (spec: ReturnType<typeof loadModel>) => featureNames(spec!.spec).indexOf('repeatCount');

  it('a copy removed by dom-hidden does not count; a visible copy does', () => {
    const spec = loadModel('html')!;
    const col = repeatCol(spec);
    expect(col).toBeGreaterThanOrEqual(0);
    /** repeatCount of the story's first (visible) block; `hide` marks its twin removed by dom-hidden. */
    const repeatOfStory = (src: string, copies: number, hide: boolean) => {
      const doc = buildDocument(src, 'html', {}, Infinity);
      const idx = doc.children.map((b, i) => (b.text === story ? i : -1)).filter((i) => i >= 0);
      expect(idx.length).toBe(copies);
      if (hide) doc.children[idx[1]!]!.removed = { ruleId: 'dom-hidden', reason: 'hidden element' };
      const { width, data } = docVectors(doc, spec.spec);
      return data[idx[0]! * width + col]!;
    };
    const twice = html(`<div class="print"><p>${story}</p></div>`);
    const once = repeatOfStory(html(''), 1, false);
    expect(repeatOfStory(twice, 2, false)).toBeGreaterThan(once);
    // With its twin hidden, the visible paragraph reads as on a page that prints it once.
    expect(repeatOfStory(twice, 2, true)).toBe(once);
  });
});
