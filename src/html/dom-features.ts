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
import { DOM_EXTRA_WIDTH, DomExtra, DomExtraColumns, domExtraSlot } from './dom-extra.js';

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

const B_ARTICLE = 1 << domExtraSlot('inArticle');
const B_NAV = 1 << domExtraSlot('inNavLike');
const B_HIDDEN = 1 << domExtraSlot('hidden');
const B_ARIA_HIDDEN = 1 << domExtraSlot('ariaHidden');
const B_HIDDEN_CLASS = 1 << domExtraSlot('hiddenClass');
const B_LINK = 1 << domExtraSlot('inLink');
const B_TABLE = 1 << domExtraSlot('inTable');
const B_FIGURE = 1 << domExtraSlot('inFigure');
const B_LIST = 1 << domExtraSlot('inList');
const B_FORM = 1 << domExtraSlot('inForm');
const B_CLASS_ARTICLE = 1 << domExtraSlot('classArticle');
const B_MAIN_FOUND = 1 << domExtraSlot('mainFound');
const B_IN_MAIN = 1 << domExtraSlot('inMain');
const B_AFTER_H1 = 1 << domExtraSlot('afterH1');
const I_CONTAINER_ID = domExtraSlot('containerId');
const I_CONTAINER_WORDS = domExtraSlot('containerWords');
const I_CONTAINER_CHARS = domExtraSlot('containerChars');
const I_CONTAINER_BLOCKS = domExtraSlot('containerBlocks');
const I_P_COUNT = domExtraSlot('pCount');
const I_OWNER_BLOCKS = domExtraSlot('ownerBlocks');
const I_CLASS_WEIGHT = domExtraSlot('classWeight');
const N_CONTAINER_LINK_DENSITY = domExtraSlot('containerLinkDensity');
const N_TAG_DENSITY = domExtraSlot('tagDensity');
const N_TEXT_DENSITY = domExtraSlot('textDensity');
const N_MAIN_SCORE = domExtraSlot('mainScore');
const N_CONTAINER_SCORE = domExtraSlot('containerScore');
const S_NAV_TAG = domExtraSlot('navTag');
const S_CONTAINER_TAG = domExtraSlot('containerTag');
const S_CLASS_CHROME = domExtraSlot('classChrome');
const S_INNER_ATTRS = domExtraSlot('innerAttrs');
const W = DOM_EXTRA_WIDTH;

/** Fill `block.dom.extra` for every block (views of one {@link DomExtraColumns}). */
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
  // One set of columns for the page's blocks, a two-field view per block (see dom-extra.ts).
  const cols = new DomExtraColumns(blocks.length);
  const { ints, nums, strs } = cols;
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
    const fl =
      (f & F_ARTICLE ? B_ARTICLE : 0) | (f & F_NAV ? B_NAV : 0) | (f & F_HIDDEN ? B_HIDDEN : 0) |
      (f & F_ARIA_HIDDEN ? B_ARIA_HIDDEN : 0) | (f & F_HIDDEN_CLASS ? B_HIDDEN_CLASS : 0) | (f & F_LINK ? B_LINK : 0) |
      (f & F_TABLE ? B_TABLE : 0) | (f & F_FIGURE ? B_FIGURE : 0) | (f & F_LIST ? B_LIST : 0) | (f & F_FORM ? B_FORM : 0) |
      (evidence.article[s.owner] === 1 ? B_CLASS_ARTICLE : 0) | (main !== undefined ? B_MAIN_FOUND : 0) |
      (main && inMainRec[s.owner] === 1 ? B_IN_MAIN : 0) | (firstH1 >= 0 && i > firstH1 ? B_AFTER_H1 : 0);
    cols.flags[i] = fl;
    const ii = i * W.int;
    ints[ii + I_CONTAINER_ID] = s.container;
    ints[ii + I_CONTAINER_WORDS] = c.words;
    ints[ii + I_CONTAINER_CHARS] = c.chars;
    ints[ii + I_CONTAINER_BLOCKS] = c.blocks;
    ints[ii + I_P_COUNT] = c.paras;
    ints[ii + I_OWNER_BLOCKS] = o.blocks;
    ints[ii + I_CLASS_WEIGHT] = weights[s.owner]! + (s.container !== s.owner ? weights[s.container]! : 0);
    const ni = i * W.num;
    nums[ni + N_CONTAINER_LINK_DENSITY] = c.chars ? c.linkChars / c.chars : 0;
    nums[ni + N_TAG_DENSITY] = c.chars / (c.elements + 1);
    nums[ni + N_TEXT_DENSITY] = textDensity(words, b.text.length);
    nums[ni + N_MAIN_SCORE] = mainScore / top;
    nums[ni + N_CONTAINER_SCORE] = main ? main.finals[s.container]! / top : 0;
    const si = i * W.str;
    strs[si + S_NAV_TAG] = s.nav;
    strs[si + S_CONTAINER_TAG] = c.tag;
    strs[si + S_CLASS_CHROME] = evidence.chrome[s.owner]!;
    strs[si + S_INNER_ATTRS] = s.inner;
    b.dom!.extra = new DomExtra(cols, i) as unknown as Record<string, number | string | boolean>;
  }
}
