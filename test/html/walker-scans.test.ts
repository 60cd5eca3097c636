import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BYLINE_CLASS_RE, isBlank, mayBeByline, mayHide } from '../../src/html/walker.js';
import { ARTICLE_TOKEN_RE, firstChromeToken, hasArticleToken } from '../../src/html/dom-features.js';
import { HIDDEN_CLASS_RE, STRONG_NEGATIVE_RE } from '../../src/html/tags.js';

describe('walker scans', () => {
  it('isBlank is `trim() === ""`', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(isBlank(ch), `U+${c.toString(16)}`).toBe(ch.trim() === '');
      expect(isBlank(`  ${ch}\n`), `U+${c.toString(16)}`).toBe(`  ${ch}\n`.trim() === '');
    }
    expect(isBlank('')).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '\n', '\t', '\u00a0', '\u2003', '\ufeff', '\u200b', 'a', 'é', '\u3000', '\u2028'), { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(isBlank(s)).toBe(s.trim() === '');
      }),
    );
  });
});

describe('class evidence on whole token strings', () => {
  // The per-token computation these replace: split on ' ', test each token.
  const slowArticle = (tokens: string) => tokens.split(' ').some((t) => ARTICLE_TOKEN_RE.test(t));
  const slowChrome = (tokens: string) => tokens.split(' ').find((t) => STRONG_NEGATIVE_RE.test(t)) ?? '';
  const vocab = [
    'article', 'article-body', 'articlebody', 'article_body', 'articlebodyx', 'xarticle', 'story__body', 'post-entry',
    'main', 'main-content', 'maincontent', 'main-nav', 'nav', 'navbar', 'nav-main', 'x_nav_y', 'xnav', 'navx', 'ad',
    'ads', 'add', 'most-popular', 'mostpopular', 'most--popular', 'comment', 'comments', 'commentsx', 'share-bar',
    'social_icons', 'entry', 'entry-content', 'h-entry', 'hentry', '-', '_', '-nav', 'nav-', 'a', 'b1', 'clearfix',
    'col-md-4', 'sidebar', 'sidebar-right', 'related', 'widget', 'skip-link', 'disqus_thread', 'post', 'posts',
  ];
  it('hasArticleToken and firstChromeToken give the per-token answers', () => {
    for (const a of vocab) {
      for (const b of ['', ...vocab]) {
        const s = b ? `${a} ${b}` : a;
        expect(hasArticleToken(s), s).toBe(slowArticle(s));
        expect(firstChromeToken(s), s).toBe(slowChrome(s));
      }
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocab, ''), { minLength: 1, maxLength: 8 }), (parts) => {
        const s = parts.join(' ');
        expect(hasArticleToken(s)).toBe(slowArticle(s));
        expect(firstChromeToken(s)).toBe(slowChrome(s));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('class/id pre-tests', () => {
  const words = [
    'byline', 'by-line', 'bylines', 'byline__name', 'author', 'authors', 'author-name', 'authorname', 'post-author',
    'article_author', 'x-byline', 'story-byline-text', 'writer', 'comment-author', 'reply-author', 'hidden', 'hide',
    'sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'screenreader-text', 'screenreader',
    'offscreen', 'a11y-hidden', 'element-invisible', 'u-hidden', 'hid', 'entry', 'content', 'nav', 'a-b', 'x_y', '',
  ];
  const check = (s: string) => {
    if (BYLINE_CLASS_RE.test(s)) expect(mayBeByline(s), s).toBe(true);
    if (HIDDEN_CLASS_RE.test(s)) expect(mayHide(s), s).toBe(true);
  };
  it('pass every string their regex matches', () => {
    for (const a of words) for (const b of words) check(`${a} ${b}`.trim());
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, '-', '_', ' ', 'x', '1'), { maxLength: 8 }), (parts) => check(parts.join(''))),
      { numRuns: 20000 },
    );
    // And the regexes do match some of them, so the checks above are not vacuous.
    expect(BYLINE_CLASS_RE.test('story-byline-text') && HIDDEN_CLASS_RE.test('sr-only')).toBe(true);
    expect(mayBeByline('entry content') || mayHide('entry content')).toBe(false);
  });
});
