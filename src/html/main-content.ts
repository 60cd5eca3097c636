/**
 * Main-content candidate, readability-style: paragraphs give their container (and, less, its
 * ancestors) a score from length and commas; candidates get a tag and class/id weight and are
 * discounted by link density; the best one, plus its parent when several strong candidates share
 * it, plus qualifying siblings, is the main content. Works on the walk's element records only.
 * @module
 */
import type { Block } from '../types.js';
import type { BlockSite, ElementRecord } from './walker.js';
import { F_HIDDEN, F_NAV } from './walker.js';
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
function scoreParagraphs(recs: ElementRecord[], blocks: Block[], sites: BlockSite[], evidence: ClassEvidence): void {
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    const site = sites[i]!;
    if (text.length < 25 || site.flags & (F_HIDDEN | F_NAV) || evidence.chrome[site.owner]) continue;
    const commas = text.match(COMMA_RE);
    const score = 1 + (commas ? commas.length : 0) + Math.min(Math.floor(text.length / 100), 3);
    let id = site.container;
    for (let level = 0; level < 5 && id >= 0; level++) {
      const r = recs[id]!;
      r.score += level === 0 ? score : level === 1 ? score / 2 : score / (level * 3);
      id = r.parent;
    }
  }
}

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
  scoreParagraphs(recs, blocks, sites, classes);
  const finals = new Float64Array(n);
  let best = -1;
  for (let i = 1; i < n; i++) {
    const r = recs[i]!;
    if (r.score <= 0 || r.flags & (F_HIDDEN | F_NAV)) continue;
    const init = (TAG_INIT[r.tag] ?? 0) + classWeight(r.tokens);
    const f = (r.score + init) * (1 - linkDensity(r));
    finals[i] = f;
    if (best < 0 || f > finals[best]!) best = i;
  }
  if (best < 0 || finals[best]! <= 0) return undefined;
  let top = best;
  let evidence = `<${recs[top]!.tag}> scored ${finals[top]!.toFixed(1)}`;

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
  return { rec: top, score: topScore, ranges, finals, evidence };
}

/** True when record `rec` lies inside one of the ranges. */
export function inRanges(rec: number, ranges: Array<[number, number]>): boolean {
  for (const [a, b] of ranges) if (rec >= a && rec <= b) return true;
  return false;
}
