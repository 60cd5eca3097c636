/**
 * A post-decision pass of the learned scorer: lists of short items inside the article (bullet
 * lists, numbered steps, feature lists) that the scorer drops as a whole. Each item alone looks
 * like navigation — few words, no sentence end — so the model and its smoothing remove the run,
 * though it sits between kept article blocks. A run of removed candidates that lies between two
 * kept ones, is made of list items, and whose items carry little link text is restored.
 * Navigation and related-story lists are kept out by their links (most of their text is anchor
 * text) and by nav-like landmarks; runs are bounded so a long index of items is not taken in.
 * @module
 */

/** What the pass reads of one candidate block (aligned with the scorer's candidates). */
export interface ListCandidate {
  /** A list item (`li`/`dt`/`dd`) or a block inside a list element. */
  list: boolean;
  words: number;
  linkDensity: number;
  /** Inside a nav-like landmark (`nav`, `footer`, `role=navigation`…). */
  nav: boolean;
}

/** Options of {@link restoreLists}. */
export interface RestoreListOptions {
  /** Longest run of removed candidates considered (a list and perhaps its lead-in). */
  maxRun: number;
  /** Highest link density of one item. */
  maxItemLinks: number;
  /** Highest link density of the run (link words / words). */
  maxRunLinks: number;
  /** Share of the run's blocks that must be list items. */
  minListShare: number;
  /** Most words of a non-list block inside the run (a lead-in line such as `You will need:`). */
  maxOtherWords: number;
}

export const RESTORE_LIST_DEFAULTS: RestoreListOptions = {
  maxRun: 40,
  maxItemLinks: 0.5,
  maxRunLinks: 0.25,
  minListShare: 0.6,
  maxOtherWords: 25,
};

/**
 * Restore (set `keep[c] = 1`) the removed runs of list items lying between kept candidates; returns
 * the restored candidates' indices. `keep` is the scorer's decision, changed in place.
 */
export function restoreLists(
  cands: readonly ListCandidate[],
  _p: ArrayLike<number>,
  keep: Uint8Array,
  options: RestoreListOptions = RESTORE_LIST_DEFAULTS,
): number[] {
  const n = keep.length;
  const restored: number[] = [];
  let c = 0;
  // Only runs with a kept candidate before them: skip to the first kept one.
  while (c < n && !keep[c]) c++;
  while (c < n) {
    if (keep[c]) {
      c++;
      continue;
    }
    const a = c;
    while (c < n && !keep[c]) c++;
    // [a, c) is a removed run; c === n means nothing kept after it (the page's tail).
    if (c === n) break;
    if (runIsArticleList(cands, a, c, options)) for (let k = a; k < c; k++) (keep[k] = 1), restored.push(k);
  }
  return restored;
}

/** Whether removed candidates `[a, b)` look like a list inside the article. */
function runIsArticleList(cands: readonly ListCandidate[], a: number, b: number, o: RestoreListOptions): boolean {
  if (b - a > o.maxRun) return false;
  let items = 0;
  let words = 0;
  let linkWords = 0;
  for (let k = a; k < b; k++) {
    const x = cands[k]!;
    if (x.nav) return false;
    words += x.words;
    linkWords += x.words * x.linkDensity;
    if (x.list) {
      if (x.linkDensity > o.maxItemLinks) return false;
      items++;
    } else if (x.words > o.maxOtherWords) return false;
  }
  return items > 0 && items >= o.minListShare * (b - a) && linkWords <= o.maxRunLinks * Math.max(1, words);
}

/**
 * Candidates as {@link restoreLists} reads them, from the rows of a feature matrix (`names`: the
 * model's feature names): the dev scripts' cached vectors.
 */
export function listCandidatesFromRows(
  pv: { data: Float64Array; width: number; words: number[] },
  names: readonly string[],
): ListCandidate[] {
  const li = names.indexOf('kind=list-item');
  const inList = names.indexOf('extra.inList');
  const ld = names.indexOf('linkDensity');
  const nav = names.indexOf('extra.inNavLike');
  // Text models have no DOM columns: a bullet line is a list item.
  const bullet = names.indexOf('bulletStart');
  return pv.words.map((w, c) => {
    const r = c * pv.width;
    return {
      list: pv.data[r + li] === 1 || (inList >= 0 ? pv.data[r + inList] === 1 : pv.data[r + bullet] === 1),
      words: w,
      linkDensity: pv.data[r + ld]!,
      nav: nav >= 0 && pv.data[r + nav] === 1,
    };
  });
}

/** A bullet or numbered line of a text dump (`- item`, `• item`, `1. step`, `2) step`). */
const BULLET_LINE_RE = /^(?:[-•*·–▪►]|\d{1,2}[.)])\s/;

/** Candidates as {@link restoreLists} reads them, from the blocks of a document (`cand`: block indices). */
export function listCandidatesFromDoc(
  blocks: readonly { kind: string; text: string; dom?: { extra?: Record<string, unknown> } }[],
  features: readonly { words: number; linkDensity: number }[],
  cand: readonly number[],
): ListCandidate[] {
  return cand.map((i) => {
    const b = blocks[i]!;
    const x = b.dom?.extra;
    const f = features[i]!;
    return {
      list: b.kind === 'list-item' || (x ? x.inList === true : BULLET_LINE_RE.test(b.text)),
      words: f.words,
      linkDensity: f.linkDensity,
      nav: x?.inNavLike === true,
    };
  });
}
