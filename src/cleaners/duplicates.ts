/**
 * duplicates: removes a block whose normalised text already appeared earlier in the page (repeated
 * headlines, teasers, excerpt boxes, share bars). Only later copies go; the first stays.
 * @module
 */
import { defineCleaner } from '../cleaner.js';
import type { BlockKind } from '../types.js';
import { isKept } from '../doc.js';
import { hasLetters, textKey } from './util/text-shape.js';

/** Options of {@link duplicates}. */
export interface DuplicatesOptions {
  /** Fewest words a repeated block needs to be removed (shorter repeats, like `Yes` or `Q:`, stay). */
  minWords: number;
  /**
   * A long block (at least this many words) is only removed when its first copy sits among body-like
   * blocks: if the first copy is an isolated teaser and the later one is in the article, neither is
   * touched, and the scorer decides.
   */
  longWords: number;
  /** A first copy whose neighbours are all under this many words sits in a list. */
  listWords: number;
  /** Largest share of the page's kept words that repeats may make up before only short ones go. */
  maxShare: number;
  /** Repeats under this many words still go on a repetitive page. */
  shortWords: number;
  /** Block kinds never treated as duplicates (cells of a table legitimately repeat). */
  skipKinds: BlockKind[];
}

/** Code lines repeat legitimately (`SELECT *`, `return x;`). */
function looksLikeCode(text: string, punctRatio: number): boolean {
  return punctRatio > 0.12 || /[{};=]\s*$|^\s*(?:[$#>]\s|\/\/)|\w\(.*\)/u.test(text);
}

export const duplicates = defineCleaner<DuplicatesOptions>(
  {
    id: 'duplicates',
    purpose: 'Removes later copies of a block whose text already appeared earlier.',
    defaults: { minWords: 4, longWords: 25, listWords: 12, maxShare: 0.2, shortWords: 8, skipKinds: ['table-cell', 'pre'] },
  },
  ({ doc, options, remove }) => {
    const blocks = doc.children;
    const feats = doc.features;
    /** Words of the nearest neighbours (kept or lifted) on each side. */
    const neighbourWords = (i: number): number => {
      let best = 0;
      for (const step of [-1, 1]) {
        const j = i + step;
        if (j >= 0 && j < blocks.length && blocks[j]!.lifted === undefined && !blocks[j]!.removed) best = Math.max(best, feats[j]!.words);
      }
      return best;
    };
    /** A body paragraph within two kept blocks after (or just before) block i. */
    const bodyNear = (i: number): boolean => {
      const near: number[] = [];
      for (let j = i - 1; j >= 0 && near.length < 1; j--) if (isKept(blocks[j]!)) near.push(j);
      for (let j = i + 1, n = 0; j < blocks.length && n < 2; j++) if (isKept(blocks[j]!)) { near.push(j); n++; }
      return near.some((j) => feats[j]!.words >= options.longWords && feats[j]!.endsSentence);
    };
    const first = new Map<string, number>();
    const found: { i: number; j: number }[] = [];
    let keptWords = 0;
    blocks.forEach((block, i) => {
      if (isKept(block)) keptWords += feats[i]!.words;
      // A copy removed as junk by an earlier cleaner does not count as "already in the page";
      // a lifted one (e.g. the title) does.
      if (block.removed && !block.lifted) return;
      if (options.skipKinds.includes(block.kind)) return;
      const f = feats[i]!;
      if (f.words < options.minWords || !hasLetters(block.text)) return;
      const key = textKey(block.text, f);
      const j = first.get(key);
      if (j === undefined) {
        first.set(key, i);
        return;
      }
      if (!isKept(block)) return;
      if (looksLikeCode(block.text, f.punctRatio)) return;
      // First copy in a list (a table of contents, a teaser box) and this one in running text: this
      // one is the article's own heading or paragraph; keep both and let the scorer decide.
      if (blocks[j]!.lifted === undefined && neighbourWords(j) < options.listWords && bodyNear(i)) return;
      found.push({ i, j });
    });
    // A page made of repeats (the article printed twice, a text that repeats on purpose): only the
    // short repeats (headlines, labels) go.
    const repeatedWords = found.reduce((n, d) => n + feats[d.i]!.words, 0);
    const repetitive = repeatedWords > options.maxShare * keptWords;
    for (const { i, j } of found) {
      if (repetitive && feats[i]!.words >= options.shortWords) continue;
      const first = blocks[j]!;
      const what = first.lifted ? `the ${first.lifted.field} lifted from line ${first.position.start.line}` : `line ${first.position.start.line}`;
      remove(blocks[i]!, `repeats the text of ${what}`);
    }
  },
);
