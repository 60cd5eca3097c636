import { describe, expect, it } from 'vitest';
import { DOM_EXTRA_FIELDS, DomExtra, DomExtraColumns, domExtraEntries, domExtraField } from '../../src/html/dom-extra.js';
import { parseHtml } from '../../src/html/index.js';

describe('DomExtra columns', () => {
  it('reads back what was set, per row and field kind, without one row touching another', () => {
    const cols = new DomExtraColumns(2);
    const a = new DomExtra(cols, 0) as unknown as Record<string, unknown>;
    const b = new DomExtra(cols, 1) as unknown as Record<string, unknown>;
    a.inMain = true;
    a.containerWords = 1234;
    a.mainScore = 0.375;
    a.navTag = 'nav';
    b.afterH1 = true;
    expect([a.inMain, a.afterH1, b.inMain, b.afterH1]).toEqual([true, false, false, true]);
    expect([a.containerWords, b.containerWords, a.mainScore, b.mainScore]).toEqual([1234, 0, 0.375, 0]);
    expect([a.navTag, b.navTag]).toEqual(['nav', '']);
    a.inMain = false;
    expect(a.inMain).toBe(false);
    // A key that is not a field is the view's own.
    a.mainSource = 'readability';
    expect(a.mainSource).toBe('readability');
    expect(b.mainSource).toBeUndefined();
  });

  it('lists its fields in the plain record order, then own keys', () => {
    const cols = new DomExtraColumns(1);
    const x = new DomExtra(cols, 0);
    (x as unknown as Record<string, unknown>).inReadability = true;
    const entries = domExtraEntries(x);
    expect(entries.map(([k]) => k)).toEqual([...DOM_EXTRA_FIELDS.map(([k]) => k), 'inReadability']);
    expect(domExtraEntries({ a: 1 })).toEqual([['a', 1]]);
    expect(domExtraField('inMain')).toBeGreaterThanOrEqual(0);
    expect(domExtraField('nope')).toBe(-1);
  });

  it('parseHtml fills the views with the record the blocks had', () => {
    const html = '<body><nav class="menu"><a href="/">Home</a></nav><article><h1>Title</h1><p>One two three four five six seven eight nine ten.</p></article></body>';
    const { blocks } = parseHtml(html, { deadline: Infinity });
    const home = blocks.find((b) => b.text === 'Home')!;
    const para = blocks.find((b) => b.text.startsWith('One'))!;
    const hx = home.dom!.extra!;
    const px = para.dom!.extra!;
    expect(hx).toBeInstanceOf(DomExtra);
    expect(hx.inNavLike).toBe(true);
    expect(hx.classChrome).toBe('menu');
    expect(hx.containerLinkDensity).toBe(1);
    expect(hx.navTag).toBe('nav');
    expect(px.inNavLike).toBe(false);
    expect(px.inArticle).toBe(true);
    expect(px.afterH1).toBe(true);
    expect(px.containerTag).toBe('article');
    expect(typeof px.textDensity).toBe('number');
    expect(px.textDensity).toBeGreaterThan(0);
  });
});
