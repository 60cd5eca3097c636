/**
 * The Readability fallback (`readabilityFallback` option): when the fast main-content candidate is
 * nearly empty, the blocks Readability keeps become the main content; otherwise nothing changes.
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { parseHtml } from '../../src/html/index.js';
import { applyReadabilityFallback } from '../../src/html/fallback-readability.js';

const story = [
  'The council met on Tuesday night to decide the future of the old bridge over the river, which has been closed to traffic since the spring floods damaged two of its piers.',
  'Engineers told the meeting that repairs would cost about four million and take a year, while a new bridge a little further upstream would cost twice as much but last a century.',
  'After three hours of debate the members voted seven to four to repair the old bridge, and asked the engineers to report back in June on how the work is going.',
  'Residents who had crossed the river by ferry all summer said they were relieved, though several asked why the repairs could not start before the winter.',
];
const page = `<!doctype html><html><head><title>Council votes to repair the bridge</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>Council votes to repair the bridge</h1>${story.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer><p>Copyright 2024 The Town Paper. All rights reserved.</p></footer></body></html>`;

describe('readability fallback', () => {
  it('takes the blocks Readability keeps when the fast candidate holds almost nothing', () => {
    const { blocks } = parseHtml(page, { deadline: Infinity });
    // Simulate a fast candidate that found nothing (a layout it does not understand).
    for (const b of blocks) b.dom!.extra!.inMain = false;
    expect(applyReadabilityFallback(blocks, page, Infinity)).toBe(true);
    const main = blocks.filter((b) => b.dom!.extra!.inMain).map((b) => b.text);
    for (const p of story) expect(main).toContain(p);
    expect(main.some((t) => t.includes('Copyright'))).toBe(false);
    expect(blocks.every((b) => b.dom!.extra!.mainSource === 'readability')).toBe(true);
  });

  it('leaves a page whose fast candidate holds the story alone', () => {
    const { blocks } = parseHtml(page, { deadline: Infinity });
    expect(applyReadabilityFallback(blocks, page, Infinity)).toBe(false);
    const off = clean(page, { type: 'html' });
    const on = clean(page, { type: 'html', readabilityFallback: true });
    expect(on.text).toBe(off.text);
    for (const p of story) expect(on.text).toContain(p);
  });

  it('is skipped when too little time is left before the deadline', () => {
    const { blocks } = parseHtml(page, { deadline: Infinity });
    for (const b of blocks) b.dom!.extra!.inMain = false;
    expect(applyReadabilityFallback(blocks, page, performance.now() + 10)).toBe(false);
    expect(blocks.some((b) => b.dom!.extra!.inMain)).toBe(false);
  });
});
