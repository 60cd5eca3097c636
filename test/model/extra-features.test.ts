import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/clean.js';
import { DERIVED, derivedFeatures } from '../../src/model/extra-features.js';
import { docVectors, featureNames } from '../../src/model/vector.js';

const para = (k: number) =>
  `The council said on Monday that the new plan number ${k} would be put to a vote in the spring, and that residents were invited to comment on it.`;
const short = (k: number) => `It is cheap, and it works well for point ${k}.`;

/** Menu, a long article run, then a run of subhead + short paragraph pairs, then junk. */
function page(): string {
  const lines = ['Home', 'News', 'Sport', 'Weather'];
  for (let k = 0; k < 6; k++) lines.push(para(k));
  for (let k = 0; k < 5; k++) lines.push(`Subhead number ${k}`, short(k));
  lines.push('Share this', 'Tweet', 'Contact us', 'About', 'Jobs', 'Privacy', 'Terms', 'Copyright 2024 Example');
  return lines.join('\n');
}

describe('derived features', () => {
  const doc = buildDocument(page(), 'text', {}, Infinity);
  const names = DERIVED.slice(0, 7);
  const x = derivedFeatures(doc, names);
  const at = (i: number, name: string) => x[i * names.length + names.indexOf(name as never)]!;
  const idx = (t: string) => doc.children.findIndex((b) => b.text === t);

  it('the prose chain bridges subheads and follows short paragraphs to their end, not into the junk', () => {
    expect(at(idx('Home'), 'chainIn')).toBe(0);
    expect(at(idx(para(0)), 'chainIn')).toBe(1);
    expect(at(idx('Subhead number 3'), 'chainIn')).toBe(1);
    expect(at(idx(short(4)), 'chainIn')).toBe(1);
    expect(at(idx('Tweet'), 'chainIn')).toBe(0);
    expect(at(idx('Tweet'), 'chainOutDist')).toBeCloseTo(Math.log1p(2), 9);
    expect(at(idx('Home'), 'chainSigned')).toBeLessThan(0);
    expect(at(idx('Privacy'), 'chainSigned')).toBeGreaterThan(0);
  });

  it('a subhead between two prose blocks is flagged; a menu line is not', () => {
    expect(at(idx('Subhead number 2'), 'betweenProse')).toBe(1);
    expect(at(idx('News'), 'betweenProse')).toBe(0);
    expect(at(idx('Subhead number 2'), 'proseWin1')).toBe(1);
    expect(at(idx('Jobs'), 'proseWin4')).toBe(0);
  });

  it('DOM features are 0 on text input, and the vector carries the derived block at its end', () => {
    const all = derivedFeatures(doc, DERIVED);
    const k = DERIVED.indexOf('contSameLongest');
    expect(all[idx(para(2)) * DERIVED.length + k]).toBe(0);
    const spec = { vocab: [], extra: [], derived: [...names] };
    const { width, data } = docVectors(doc, spec);
    expect(width).toBe(featureNames(spec).length);
    expect(featureNames(spec).at(-1)).toBe(`x.${names.at(-1)}`);
    const i = idx(short(4));
    expect([...data.subarray(i * width + width - names.length, (i + 1) * width)]).toEqual([...x.subarray(i * names.length, (i + 1) * names.length)]);
    // A spec without derived features gives the old layout.
    expect(docVectors(doc, { vocab: [], extra: [] }).width).toBe(width - names.length);
  });

  it('HTML: same container as the longest block, and distance to the main-content candidate', () => {
    const body = Array.from({ length: 6 }, (_, k) => `<p>${para(k)}</p>`).join('');
    const html = `<html><body><nav><a href="/a">Home</a> <a href="/b">World</a></nav><div class="sidebar"><p>Sign up for our daily newsletter today</p></div>
      <article><h1>Council plan</h1>${body}</article><footer><p>Copyright 2024 Example Media</p></footer></body></html>`;
    const d = buildDocument(html, 'html', {}, Infinity);
    const all = derivedFeatures(d, DERIVED);
    const get = (i: number, nm: string) => all[i * DERIVED.length + DERIVED.indexOf(nm as never)]!;
    const p3 = d.children.findIndex((b) => b.text === para(3));
    const foot = d.children.findIndex((b) => b.text.startsWith('Copyright'));
    expect(p3).toBeGreaterThanOrEqual(0);
    expect(get(p3, 'contSameLongest')).toBe(1);
    expect(get(p3, 'mainDist')).toBe(0);
    expect(get(p3, 'contWordShare')).toBeGreaterThan(0.5);
    expect(get(foot, 'contSameLongest')).toBe(0);
    expect(get(foot, 'mainDist')).toBeGreaterThan(0);
  });

  it('HTML: tag-path groups — the article paragraphs share a path holding most words; a teaser list does not', () => {
    const body = Array.from({ length: 5 }, (_, k) => `<p>${para(k)}</p>`).join('');
    const teasers = Array.from({ length: 3 }, (_, k) => `<li><a href="/s${k}">Other story ${k}</a><p>${short(k)}</p></li>`).join('');
    const html = `<html><body><article><h1>Council plan</h1>${body}</article><ul class="more">${teasers}</ul></body></html>`;
    const d = buildDocument(html, 'html', {}, Infinity);
    const names = ['pathWordShare', 'pathProseShare', 'pathSameLongest'];
    const x = derivedFeatures(d, names);
    const get = (i: number, nm: string) => x[i * names.length + names.indexOf(nm)]!;
    const p1 = d.children.findIndex((b) => b.text === para(1));
    const t1 = d.children.findIndex((b) => b.text === short(1));
    expect(p1).toBeGreaterThanOrEqual(0);
    expect(t1).toBeGreaterThanOrEqual(0);
    expect(get(p1, 'pathSameLongest')).toBe(1);
    expect(get(p1, 'pathWordShare')).toBeGreaterThan(0.6);
    expect(get(p1, 'pathProseShare')).toBeGreaterThan(0.6);
    expect(get(t1, 'pathSameLongest')).toBe(0);
    expect(get(t1, 'pathWordShare')).toBeLessThan(0.3);
    expect(get(t1, 'pathWordShare')).toBeGreaterThan(0);
  });
});

describe('derived features: where the article ends (tail*)', () => {
  const other = 'Tickets for the summer music festival at the harbour go on sale on Friday morning online.';
  const lines = ['Home', 'News'];
  for (let k = 0; k < 6; k++) lines.push(para(k));
  lines.push('12 Comments', other, 'Related stories');
  const doc = buildDocument(lines.join('\n'), 'text', {}, Infinity);
  const names = ['tailLeadShare', 'tailAfterMarker', 'tailProseAfter'];
  const x = derivedFeatures(doc, names);
  const at = (i: number, name: string) => x[i * names.length + names.indexOf(name)]!;
  const idx = (t: string) => doc.children.findIndex((b) => b.text === t);

  it('an article paragraph shares its topic terms with the core, another story does not', () => {
    expect(at(idx(para(5)), 'tailLeadShare')).toBeGreaterThan(0.8);
    expect(at(idx(other), 'tailLeadShare')).toBeLessThan(0.2);
    // Fewer than 3 topic terms: unknown.
    expect(at(idx('Home'), 'tailLeadShare')).toBe(-1);
  });

  it('counts blocks from the first comments / related header after the article, and prose after a block', () => {
    expect(at(idx(para(5)), 'tailAfterMarker')).toBe(0);
    expect(at(idx('12 Comments'), 'tailAfterMarker')).toBeCloseTo(Math.log1p(1), 9);
    expect(at(idx('Related stories'), 'tailAfterMarker')).toBeCloseTo(Math.log1p(3), 9);
    expect(at(idx('Home'), 'tailProseAfter')).toBe(1);
    expect(at(idx(para(5)), 'tailProseAfter')).toBeGreaterThan(0);
    expect(at(idx('Related stories'), 'tailProseAfter')).toBe(0);
  });
});

describe('list features', () => {
  const names = ['listRun', 'listRunLinks', 'listProseAround', 'listParentLongest', 'listRunEnds'];

  // listParentLongest compares tag paths (classes ignored): a link list under a `<div>` beside the
  // article's `<div>` would share its parent path; under a `<section>` it does not.
  it('HTML: a steps list between article paragraphs vs a link list after the article', () => {
    const steps = ['Preheat the oven', 'Mix the flour and butter', 'Bake for twenty minutes.'].map((s) => `<li>${s}</li>`).join('');
    const links = ['Other story one', 'Other story two'].map((s, k) => `<li><a href="/s${k}">${s}</a></li>`).join('');
    const html = `<html><body><div class="story"><p>${para(0)}</p><p>${para(1)}</p><ol>${steps}</ol><p>${para(2)}</p><p>${para(3)}</p></div>
      <section class="more"><ul>${links}</ul></section></body></html>`;
    const d = buildDocument(html, 'html', {}, Infinity);
    const x = derivedFeatures(d, names);
    const at = (t: string, nm: string) => x[d.children.findIndex((b) => b.text === t) * names.length + names.indexOf(nm)]!;
    expect(at('Mix the flour and butter', 'listRun')).toBeCloseTo(Math.log1p(3), 9);
    expect(at('Mix the flour and butter', 'listRunLinks')).toBe(0);
    expect(at('Mix the flour and butter', 'listProseAround')).toBe(2);
    expect(at('Mix the flour and butter', 'listParentLongest')).toBe(1);
    expect(at('Mix the flour and butter', 'listRunEnds')).toBeCloseTo(1 / 3, 9);
    expect(at('Other story one', 'listRun')).toBeCloseTo(Math.log1p(2), 9);
    expect(at('Other story one', 'listRunLinks')).toBe(1);
    expect(at('Other story one', 'listProseAround')).toBe(1);
    expect(at('Other story one', 'listParentLongest')).toBe(0);
    // Not a list block.
    expect(at(para(1), 'listRun')).toBe(0);
    expect(at(para(1), 'listRunLinks')).toBe(-1);
  });

  it('text: bullet lines make a list', () => {
    const text = [para(0), '- eggs', '- milk', '- flour', para(1)].join('\n');
    const d = buildDocument(text, 'text', {}, Infinity);
    const x = derivedFeatures(d, names);
    const i = d.children.findIndex((b) => b.text === '- milk');
    expect(i).toBeGreaterThan(0);
    expect(x[i * names.length]).toBeCloseTo(Math.log1p(3), 9);
    expect(x[i * names.length + 2]).toBe(2);
  });
});
