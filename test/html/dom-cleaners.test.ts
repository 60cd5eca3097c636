import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { CLEANERS } from '../../src/pipeline.js';

/** clean() with only the named cleaners on. */
const only = (ids: string[]) => ({
  type: 'html' as const,
  cleaners: Object.fromEntries(CLEANERS.filter((c) => !ids.includes(c.id)).map((c) => [c.id, false as const])),
});

const STORY = `<p>The city council voted on Tuesday to expand the bus network, adding three routes that will serve the northern suburbs from next spring.</p>
  <p>Officials said the plan, which costs about 12 million euros, would be paid for by a regional grant and higher parking fees in the centre.</p>`;

describe('dom-boilerplate', () => {
  it('removes nav, footer and sidebar blocks outside the main content, with reasons', () => {
    const html = `<html><body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
      <div class="article-body">${STORY}</div>
      <div class="sidebar"><h3>Most read</h3><p>Ten things to do this weekend in the city</p></div>
      <footer><p>© 2024 Example Media. All rights reserved.</p></footer></body></html>`;
    const r = clean(html, only(['dom-boilerplate']));
    const removed = r.removed.filter((x) => x.ruleId === 'dom-boilerplate');
    expect(removed.map((x) => x.text)).toEqual(['Home', 'World', 'Most read', 'Ten things to do this weekend in the city', '© 2024 Example Media. All rights reserved.']);
    expect(removed[0]!.reason).toBe('in <nav> outside the main content');
    expect(removed[2]!.reason).toBe('under class/id "sidebar" outside the main content');
    expect(r.text).toContain('The city council voted on Tuesday');
  });

  it('keeps the article header (title, byline) that sits inside the main content', () => {
    const html = `<html><body><nav><a href="/">Home</a></nav><article><header><h1>Buses for the north</h1><p class="byline">By Ana Ruiz</p></header>
      ${STORY}<footer><p>Filed under: transport</p></footer></article></body></html>`;
    const r = clean(html, only(['dom-boilerplate']));
    const byDom = r.removed.filter((x) => x.ruleId === 'dom-boilerplate').map((x) => x.text);
    expect(byDom).toEqual(['Home']);
  });

  it("leaves an article's own <header> outside the main content to the scorer; a page banner still goes (trafilatura tf-0983's shape)", () => {
    // The lead sits in <article><header> next to the body's wrapper, which is the main-content
    // candidate: a header inside an article is no banner landmark.
    const lead = 'Heat pumps are booming, not least because heating with fossil fuels has become expensive for households.';
    const html = `<html><body><header class="documentHeader"><p>Subscribe to our weekly newsletter and never miss a story</p></header>
      <article><header class="articleHeader"><h1>Heat pump market grows by 42 percent</h1><p>${lead}</p></header>
      <div class="article-body">${STORY}${STORY}</div></article></body></html>`;
    const r = clean(html, only(['dom-boilerplate']));
    const byDom = r.removed.filter((x) => x.ruleId === 'dom-boilerplate').map((x) => x.text);
    expect(byDom).toEqual(['Subscribe to our weekly newsletter and never miss a story']);
    expect(r.text).toContain(lead);
  });
});

describe('main content under a chrome class/id (page-builder wrappers)', () => {
  const PROSE = `<p>The city council voted on Tuesday to expand the bus network, adding three routes that will serve the northern suburbs from next spring.</p>
    <p>Officials said the plan, which costs about 12 million euros, would be paid for by a regional grant and higher parking fees in the centre.</p>
    <p>Residents of the northern districts have asked for better connections for years, and the first buses are due to run in April.</p>
    <p>The opposition welcomed the routes but said the parking fees would hit small shops in the old town hardest.</p>`;

  it('reclaims the article when each of its paragraphs sits in a widget-named wrapper', () => {
    const html = `<html><body><div class="menu"><a href="/">Home</a> <a href="/news">News</a></div>
      <div class="teaser"><p>Short teaser line for another story here</p></div>
      <div class="elementor-section">${PROSE.replace(/<p>/g, '<div class="elementor-widget-container"><p>').replace(/<\/p>/g, '</p></div>')}</div>
      <div class="sidebar"><p><a href="/a">Most read: ten things to do this weekend in the city</a></p></div></body></html>`;
    const r = clean(html, only(['dom-boilerplate']));
    expect(r.text).toContain('The city council voted on Tuesday');
    expect(r.text).toContain('hit small shops in the old town hardest');
    expect(r.removed.map((x) => x.text)).toContain('Most read: ten things to do this weekend in the city');
  });

  it('never reclaims a comment section, however long', () => {
    const html = `<html><body><article><p>Short story body, only two lines long, about the new routes.</p></article>
      <div class="comments">${PROSE}</div></body></html>`;
    const r = clean(html, only(['dom-boilerplate']));
    expect(r.text).not.toContain('The city council voted on Tuesday');
  });
});

describe('dom-hidden', () => {
  it('removes hidden-attribute, display:none and sr-only text, keeps aria-hidden by default', () => {
    const html = `<html><body><article>${STORY}
      <div hidden>Subscribe to read more</div><p style="display:none">Advertisement</p>
      <span class="sr-only">Share on Facebook</span><p aria-hidden="true">Decorative pull quote that stays</p></article></body></html>`;
    const r = clean(html, only(['dom-hidden']));
    const removed = r.removed.filter((x) => x.ruleId === 'dom-hidden').map((x) => x.text);
    expect(removed).toEqual(['Subscribe to read more', 'Advertisement', 'Share on Facebook']);
    expect(r.removed.find((x) => x.text === 'Decorative pull quote that stays')?.ruleId).not.toBe('dom-hidden');
  });
});

describe('navigation on HTML: a run of short lines with no link inside the main content', () => {
  // trafilatura tf-0579 / tf-0968's shape: facts or ingredients as short lines ending the article body.
  const items = ['200 g flour', 'Two eggs', 'A pinch of salt', 'Butter for the tin', 'Icing sugar'];
  const page = (li: (t: string) => string) => `<html><body><article><h1>Lemon cake</h1>${STORY}
    <ul>${items.map((t) => `<li>${li(t)}</li>`).join('')}</ul></article></body></html>`;

  it('keeps it when no line is a link (the article\'s list), removes it when they are links (a menu)', () => {
    const plain = clean(page((t) => t), only(['navigation']));
    expect(plain.removed.filter((x) => x.ruleId === 'navigation').map((x) => x.text)).toEqual([]);
    expect(plain.text).toContain('A pinch of salt');
    const links = clean(page((t) => `<a href="/${encodeURIComponent(t)}">${t}</a>`), only(['navigation']));
    expect(links.removed.filter((x) => x.ruleId === 'navigation').map((x) => x.text)).toEqual(expect.arrayContaining(['Two eggs', 'Icing sugar']));
  });
});
