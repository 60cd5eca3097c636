import { describe, expect, it } from 'vitest';
import { groupedFolds, type PageVectors } from '../../src/model/cv.js';
import { siteDomain, sniffSite } from '../../src/model/corpus.js';

const pv = (id: string, group: string) => ({ id, group, corpus: 'c' }) as unknown as PageVectors;

describe('site-grouped folds', () => {
  const pages = [
    ...Array.from({ length: 6 }, (_, k) => pv(`a${k}`, 'a.com')),
    ...Array.from({ length: 3 }, (_, k) => pv(`b${k}`, 'b.com')),
    ...Array.from({ length: 9 }, (_, k) => pv(`p${k}`, `c/p${k}`)),
  ];

  it('keeps every site in one fold, balances fold sizes, and is deterministic', () => {
    const f = groupedFolds(pages, 3);
    for (const g of ['a.com', 'b.com']) expect(new Set(pages.filter((p) => p.group === g).map((p) => f.get(p))).size).toBe(1);
    const sizes = [0, 1, 2].map((k) => pages.filter((p) => f.get(p) === k).length);
    expect(sizes.sort()).toEqual([6, 6, 6]);
    const again = groupedFolds([...pages].reverse(), 3);
    for (const p of pages) expect(again.get(p)).toBe(f.get(p));
  });
});

describe('site of a page', () => {
  it('reduces hosts to the registrable domain', () => {
    expect(siteDomain('www.news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteDomain('edition.cnn.com')).toBe('cnn.com');
    expect(siteDomain('abc.net.au')).toBe('abc.net.au');
    expect(siteDomain('example.org')).toBe('example.org');
  });

  it('reads the canonical link or og:url, else the most-linked host', () => {
    expect(sniffSite('<head><link rel="canonical" href="https://www.example.com/a/b"></head>')).toBe('example.com');
    expect(sniffSite(`<meta property='og:url' content='http://blog.site.co.uk/x'>`)).toBe('site.co.uk');
    const links = (h: string, n: number) => Array.from({ length: n }, (_, k) => `<a href="http://${h}/p${k}">x</a>`).join('');
    expect(sniffSite(links('www.paper.com', 5) + links('ads.tracker.net', 2))).toBe('paper.com');
    expect(sniffSite(links('www.paper.com', 2))).toBeUndefined();
    expect(sniffSite('<p>no links</p>')).toBeUndefined();
  });
});
