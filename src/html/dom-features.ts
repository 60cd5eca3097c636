/**
 * DOM features of each block, for cleaners and the learned scorer: landmarks, visibility, class/id
 * evidence, container aggregates and main-content membership. One pass over the blocks after the
 * walk; no block re-walks the tree.
 * @module
 */
import type { Block } from '../types.js';
import type { BlockSite, ElementRecord } from './walker.js';
import { checkDeadline } from './walker.js';
import {
  F_ARIA_HIDDEN, F_ARTICLE, F_FIGURE, F_FORM, F_HIDDEN, F_HIDDEN_CLASS, F_LINK, F_LIST, F_NAV, F_TABLE,
} from './walker.js';
import type { MainContent } from './main-content.js';
import { classWeight } from './main-content.js';
import { STRONG_NEGATIVE_RE } from './tags.js';

/** Class/id tokens that name the article body itself. */
export const ARTICLE_TOKEN_RE =
  /^(?:article|story|entry|post|main)(?:[-_]?(?:body|content|text|main|inner|container|wrapper))?$|^(?:articlebody|storybody|postbody|entrybody|hentry|h-entry|blog-posts?|post-outer|post-entry|main-content|content-body|body-text|itemfulltext|article__body|article__content|story__body)$/;

/**
 * {@link ARTICLE_TOKEN_RE} on a whole token string: some space-separated token matches it in full
 * (its alternatives hold no space, so a match between token bounds is a match of one whole token).
 */
const ARTICLE_ANY_RE =
  /(?:^| )(?:(?:article|story|entry|post|main)(?:[-_]?(?:body|content|text|main|inner|container|wrapper))?|articlebody|storybody|postbody|entrybody|hentry|h-entry|blog-posts?|post-outer|post-entry|main-content|content-body|body-text|itemfulltext|article__body|article__content|story__body)(?= |$)/;

/**
 * The first space-separated token of `tokens` that {@link STRONG_NEGATIVE_RE} matches, or ''.
 * One match over the whole string: the regex's bounds (`^`, `$`, `[-_ ]`) are token bounds or
 * inside a token, its alternatives hold no space, and the leftmost match lies in the first such token.
 */
export function firstChromeToken(tokens: string): string {
  const m = STRONG_NEGATIVE_RE.exec(tokens);
  if (m === null) return '';
  const at = tokens.charCodeAt(m.index) === 0x20 ? m.index + 1 : m.index;
  const end = tokens.indexOf(' ', at);
  return tokens.slice(tokens.lastIndexOf(' ', at) + 1, end < 0 ? tokens.length : end);
}

/** Whether some space-separated token of `tokens` names the article body ({@link ARTICLE_TOKEN_RE}). */
export function hasArticleToken(tokens: string): boolean {
  return ARTICLE_ANY_RE.test(tokens);
}

/** Comment sections can be most of a page's text and are still not the article. */
const COMMENTS_RE = /comment|disqus|respon[sd]|repl(?:y|ies)|discussion/;

/** Nearest class/id evidence per record: a chrome token (e.g. `sidebar`), or article evidence. */
export interface ClassEvidence {
  chrome: string[];
  article: Uint8Array;
}

/** Compute, per record, the nearest chrome token and whether article tokens are nearer. */
export function classEvidence(recs: ElementRecord[]): ClassEvidence {
  const chrome: string[] = new Array<string>(recs.length);
  const article = new Uint8Array(recs.length);
  chrome[0] = '';
  const byTokens = new Map<string, { article: boolean; chrome: string }>();
  // An element holding most of the page's text is a layout wrapper, whatever its class says
  // (`two-col-sidebar-right`): chrome tokens count only on smaller elements.
  const bigChars = recs[0]!.chars * 0.4;
  for (let i = 1; i < recs.length; i++) {
    const r = recs[i]!;
    const p = r.parent >= 0 ? r.parent : 0;
    let c = chrome[p]!;
    let a = article[p]!;
    if (r.chars > bigChars && r.chars > 500 && !COMMENTS_RE.test(r.tokens)) {
      chrome[i] = c;
      article[i] = r.tokens && hasArticleToken(r.tokens) ? 1 : a;
      continue;
    }
    if (r.tokens) {
      let known = byTokens.get(r.tokens);
      if (known === undefined) {
        const own = hasArticleToken(r.tokens);
        // With an article token on the element, its chrome tokens do not count.
        known = { article: own, chrome: own ? '' : firstChromeToken(r.tokens) };
        byTokens.set(r.tokens, known);
      }
      if (known.article) {
        a = 1;
        c = '';
      } else if (known.chrome) c = known.chrome;
    }
    chrome[i] = c;
    article[i] = a;
  }
  return { chrome, article };
}

/** Boilerpipe text density: words per 80-character wrapped line. */
function textDensity(words: number, chars: number): number {
  const lines = Math.max(1, Math.ceil(chars / 80));
  return words / lines;
}

/**
 * {@link classWeight} of each record's tokens, once per record and once per distinct token string:
 * blocks of one container share it, and the per-block lookup ran two regexes over the same
 * strings for every block.
 */
function recordClassWeights(recs: ElementRecord[]): Int16Array {
  const out = new Int16Array(recs.length);
  const byTokens = new Map<string, number>();
  for (let i = 0; i < recs.length; i++) {
    const t = recs[i]!.tokens;
    if (!t) continue;
    let w = byTokens.get(t);
    if (w === undefined) {
      w = classWeight(t);
      byTokens.set(t, w);
    }
    out[i] = w;
  }
  return out;
}

/** Fill `block.dom.extra` for every block. */
export function addDomFeatures(
  blocks: Block[],
  sites: BlockSite[],
  recs: ElementRecord[],
  main: MainContent | undefined,
  evidence: ClassEvidence,
  deadline = Infinity,
): void {
  let firstH1 = -1;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.dom?.level === 1) {
      firstH1 = i;
      break;
    }
  }
  const top = main ? main.score || 1 : 1;
  // Records inside the main content, marked once: a page of many kept siblings has many ranges,
  // and testing each block against every range is quadratic.
  const inMainRec = new Uint8Array(main ? recs.length : 0);
  if (main) for (const [a, b] of main.ranges) inMainRec.fill(1, a, b + 1);
  const weights = recordClassWeights(recs);
  for (let i = 0; i < blocks.length; i++) {
    if ((i & 8191) === 8191) checkDeadline(deadline, 'block features');
    const b = blocks[i]!;
    const s = sites[i]!;
    const c = recs[s.container]!;
    const o = recs[s.owner]!;
    const f = s.flags;
    let mainScore = 0;
    if (main) {
      for (let id = s.owner, k = 0; id > 0 && k < 6; id = recs[id]!.parent, k++) {
        const v = main.finals[id]!;
        if (v > mainScore) mainScore = v;
      }
    }
    const words = s.words;
    b.dom!.extra = {
      inArticle: (f & F_ARTICLE) !== 0,
      inNavLike: (f & F_NAV) !== 0,
      navTag: s.nav,
      hidden: (f & F_HIDDEN) !== 0,
      ariaHidden: (f & F_ARIA_HIDDEN) !== 0,
      hiddenClass: (f & F_HIDDEN_CLASS) !== 0,
      inLink: (f & F_LINK) !== 0,
      inTable: (f & F_TABLE) !== 0,
      inFigure: (f & F_FIGURE) !== 0,
      inList: (f & F_LIST) !== 0,
      inForm: (f & F_FORM) !== 0,
      containerId: s.container,
      containerTag: c.tag,
      containerWords: c.words,
      containerChars: c.chars,
      containerBlocks: c.blocks,
      containerLinkDensity: c.chars ? c.linkChars / c.chars : 0,
      pCount: c.paras,
      tagDensity: c.chars / (c.elements + 1),
      textDensity: textDensity(words, b.text.length),
      ownerBlocks: o.blocks,
      classWeight: weights[s.owner]! + (s.container !== s.owner ? weights[s.container]! : 0),
      classChrome: evidence.chrome[s.owner]!,
      classArticle: evidence.article[s.owner] === 1,
      innerAttrs: s.inner,
      mainFound: main !== undefined,
      inMain: main ? inMainRec[s.owner] === 1 : false,
      mainScore: mainScore / top,
      containerScore: main ? main.finals[s.container]! / top : 0,
      afterH1: firstH1 >= 0 && i > firstH1,
    };
  }
}
