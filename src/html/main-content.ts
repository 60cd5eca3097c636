/**
 * Main-content candidate, readability-style: paragraphs give their container (and, less, its
 * ancestors) a score from length and commas; candidates get a tag and class/id weight and are
 * discounted by link density; the best one, plus its parent when several strong candidates share
 * it, plus qualifying siblings, is the main content. Works on the walk's element records only.
 * @module
 */
import type { Block } from '../types.js';
import type { BlockSite, ElementRecord } from './walker.js';
import { F_FIGURE, F_HIDDEN, F_LIST, F_NAV } from './walker.js';
import type { ClassEvidence } from './dom-features.js';
import { NEGATIVE_RE, POSITIVE_RE } from './tags.js';

/** The chosen main content. */
export interface MainContent {
  /** Record of the best candidate. */
  rec: number;
  /** Its final score. */
  score: number;
  /** Record id ranges (subtrees) that make up the main content: the candidate and kept siblings. */
  ranges: Array<[number, number]>;
  /** Final score of every record (0 when unscored), indexed by record id. */
  finals: Float64Array;
  /** One line on why this candidate won. */
  evidence: string;
}

const COMMA_RE = /[,\uff0c\u3001\u060c]/g;

const TAG_INIT: Readonly<Record<string, number>> = {
  div: 5, article: 8, main: 5, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
  nav: -10, footer: -10, aside: -10, header: -5,
};

/** Class/id weight of one element's tokens: +25 article-like, −25 chrome-like. */
export function classWeight(tokens: string): number {
  if (!tokens) return 0;
  let w = 0;
  if (NEGATIVE_RE.test(tokens)) w -= 25;
  if (POSITIVE_RE.test(tokens)) w += 25;
  return w;
}

/**
 * Each paragraph-like block (≥ 25 chars, visible, not in a landmark or under chrome class/id
 * evidence) gives 1 + commas + one per 100 chars (max 3) to its container, half to the container's
 * parent, then 1/(3·level) up to five levels.
 */
function scoreParagraphs(recs: ElementRecord[], blocks: Block[], sites: BlockSite[], evidence: ClassEvidence): number[] {
  const underChrome: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    const site = sites[i]!;
    if (text.length < 25 || site.flags & (F_HIDDEN | F_NAV)) continue;
    if (evidence.chrome[site.owner]) {
      underChrome.push(i);
      continue;
    }
    addParagraphScore(recs, site.container, paragraphScore(text), undefined);
  }
  return underChrome;
}

function paragraphScore(text: string): number {
  const commas = text.match(COMMA_RE);
  return 1 + (commas ? commas.length : 0) + Math.min(Math.floor(text.length / 100), 3);
}

/** Give a paragraph's score to its container and (less) five levels of ancestors. */
function addParagraphScore(recs: ElementRecord[], container: number, score: number, into: Float64Array | undefined): void {
  let id = container;
  for (let level = 0; level < 5 && id >= 0; level++) {
    const r = recs[id]!;
    const s = level === 0 ? score : level === 1 ? score / 2 : score / (level * 3);
    if (into) into[id]! += s;
    else r.score += s;
    id = r.parent;
  }
}

/** Chrome tokens that really are reader comments: prose there is still not the article. */
const COMMENT_CHROME_RE = /comment|disqus|repl(?:y|ies)|respon[sd]|discussion/;

/** Prose paragraphs (≥ this many chars, sentence-like) under chrome evidence that may reclaim the article. */
const PROSE_MIN_CHARS = 80;

function linkDensity(r: ElementRecord): number {
  return r.chars ? r.linkChars / r.chars : 0;
}

/** Score every record and pick the main content; undefined when no block scored. */
export function findMainContent(
  recs: ElementRecord[],
  blocks: Block[],
  sites: BlockSite[],
  classes: ClassEvidence,
): MainContent | undefined {
  const n = recs.length;
  const underChrome = scoreParagraphs(recs, blocks, sites, classes);
  let finals: Float64Array = new Float64Array(n);
  let best = rank(recs, undefined, finals);
  const rescue = rescueChromeProse(recs, blocks, sites, classes, underChrome, best, best < 0 ? 0 : finals[best]!);
  if (rescue) {
    finals = rescue.finals;
    best = rescue.best;
  }
  if (best < 0 || finals[best]! <= 0) return undefined;
  let top = best;
  let evidence = `<${recs[top]!.tag}> scored ${finals[top]!.toFixed(1)}`;
  if (rescue) evidence += ` with ${rescue.paras} paragraph(s) under chrome class/id "${rescue.tokens.join('", "')}" counted (they hold the page's prose)`;

  // Several strong candidates under one ancestor: the article is split; take the ancestor.
  const strong: number[] = [];
  for (let i = 1; i < n && strong.length < 16; i++) if (i !== top && finals[i]! >= finals[top]! * 0.75) strong.push(i);
  if (strong.length >= 2) {
    for (let a = recs[top]!.parent; a > 0; a = recs[a]!.parent) {
      const ra = recs[a]!;
      let inside = 0;
      for (const s of strong) if (s > a && s <= ra.last && !(s >= top && s <= recs[top]!.last)) inside++;
      if (inside >= 2) {
        if (ra.tag !== 'body' && ra.tag !== 'html') {
          evidence += `; ancestor <${ra.tag}> holds ${inside + 1} strong candidates`;
          top = a;
        }
        break;
      }
    }
  }
  // A candidate that is its parent's only content: use the parent.
  for (let p = recs[top]!.parent; p > 0; p = recs[top]!.parent) {
    const rp = recs[p]!;
    if (rp.tag === 'body' || rp.tag === 'html' || rp.chars > recs[top]!.chars * 1.02) break;
    top = p;
  }

  // Siblings of the candidate that look like more of the article.
  const ranges: Array<[number, number]> = [];
  const topRec = recs[top]!;
  const topScore = Math.max(finals[top]!, finals[best]!);
  const threshold = Math.max(10, topScore * 0.2);
  const parent = topRec.parent;
  const firstBlock = new Int32Array(n).fill(-1);
  for (let i = sites.length - 1; i >= 0; i--) firstBlock[sites[i]!.owner] = i;
  if (parent > 0) {
    const pr = recs[parent]!;
    for (let c = parent + 1; c <= pr.last; c = recs[c]!.last + 1) {
      const rc = recs[c]!;
      if (c === top) {
        ranges.push([c, rc.last]);
        continue;
      }
      if (rc.flags & (F_HIDDEN | F_NAV)) continue;
      const ld = linkDensity(rc);
      let keep = finals[c]! >= threshold;
      if (!keep && rc.tag === 'p' && rc.blocks > 0) {
        const b = firstBlock[c]!;
        keep = rc.chars > 80 ? ld < 0.25 : ld === 0 && b >= 0 && /\.\s*$/.test(blocks[b]!.text);
      }
      if (keep) ranges.push([c, rc.last]);
    }
  } else ranges.push([top, topRec.last]);
  if (ranges.length > 1) evidence += `; ${ranges.length - 1} sibling(s) kept`;
  if (rescue) {
    // The chrome tokens that hid the article do not hold inside the main content.
    const tokens = new Set(rescue.tokens);
    for (const [a, b] of ranges) for (let id = a; id <= b; id++) if (tokens.has(classes.chrome[id]!)) classes.chrome[id] = '';
  }
  return { rec: top, score: topScore, ranges, finals, evidence };
}

/** Final scores of all records (into `finals`) from their paragraph scores (or `scores`); the best record or −1. */
function rank(recs: ElementRecord[], scores: Float64Array | undefined, finals: Float64Array): number {
  let best = -1;
  for (let i = 1; i < recs.length; i++) {
    const r = recs[i]!;
    const score = scores ? scores[i]! : r.score;
    if (score <= 0 || r.flags & (F_HIDDEN | F_NAV)) continue;
    const init = (TAG_INIT[r.tag] ?? 0) + classWeight(r.tokens);
    const f = (score + init) * (1 - linkDensity(r));
    finals[i] = f;
    if (best < 0 || f > finals[best]!) best = i;
  }
  return best;
}

/**
 * Chrome class/id evidence can sit on the article itself (`elementor-widget-container`,
 * `main_nav_header`, `js-social-images` wrappers). When the prose paragraphs left out for it would
 * make a candidate clearly stronger than the best one without them, count them: the candidate and
 * its scores are recomputed with those paragraphs. Comment sections are never reclaimed.
 */
function rescueChromeProse(
  recs: ElementRecord[],
  blocks: Block[],
  sites: BlockSite[],
  classes: ClassEvidence,
  underChrome: number[],
  oldBest: number,
  bestFinal: number,
): { finals: Float64Array; best: number; tokens: string[]; paras: number } | undefined {
  const prose: number[] = [];
  let chars = 0;
  for (const i of underChrome) {
    const b = blocks[i]!;
    const token = classes.chrome[sites[i]!.owner]!;
    // Paragraphs only: list items and captions under a chrome wrapper are teasers and galleries.
    if (b.text.length < PROSE_MIN_CHARS || COMMENT_CHROME_RE.test(token) || b.kind !== 'paragraph') continue;
    if (sites[i]!.flags & (F_LIST | F_FIGURE)) continue;
    if ((b.dom?.linkChars ?? 0) > b.text.length * 0.2 || !/[.!?:;…。！？」"”)]\s*$/.test(b.text)) continue;
    prose.push(i);
    chars += b.text.length;
  }
  if (prose.length < 3 || chars < 400) return undefined;
  const scores = new Float64Array(recs.length);
  for (let i = 0; i < recs.length; i++) scores[i] = recs[i]!.score;
  for (const i of prose) addParagraphScore(recs, sites[i]!.container, paragraphScore(blocks[i]!.text), scores);
  const finals = new Float64Array(recs.length);
  const best = rank(recs, scores, finals);
  if (best < 0 || finals[best]! <= bestFinal) return undefined;
  const rb = recs[best]!;
  const tokens = new Map<string, number>();
  let inside = 0;
  let insideChars = 0;
  for (const i of prose) {
    const o = sites[i]!.owner;
    if (o < best || o > rb.last) continue;
    inside++;
    insideChars += blocks[i]!.text.length;
    const t = classes.chrome[o]!;
    tokens.set(t, (tokens.get(t) ?? 0) + blocks[i]!.text.length);
  }
  // The reclaimed prose must dwarf what the candidate without it held (besides that prose).
  let oldChars = 0;
  if (oldBest > 0) {
    const ro = recs[oldBest]!;
    oldChars = ro.chars;
    for (const i of prose) if (sites[i]!.owner >= oldBest && sites[i]!.owner <= ro.last) oldChars -= blocks[i]!.text.length;
  }
  if (inside < 3 || insideChars < 400 || insideChars < 2 * oldChars) return undefined;
  return { finals, best, tokens: [...tokens.keys()], paras: inside };
}
