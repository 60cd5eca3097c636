/**
 * lift-subtitle: lifts the dek / standfirst into `metadata.subtitle`: the block right under the
 * headline (or, with no headline, right above the first body paragraph) that summarises the story
 * but is not its lead. A lead paragraph is kept: a dek is told from it by sitting above the date or
 * byline, above a lead that opens with a dateline, or by having no final full stop.
 * @module
 */
import { defineCleaner } from '../cleaner.js';
import type { Doc } from '../doc.js';
import { isKept } from '../doc.js';
import { matchDateline } from '../metadata/dateline.js';
import { bodyWords, endsWithPeriod, findBodyStart, isProse, isTitleLike, overlap } from '../metadata/text-util.js';

/** Options of {@link liftSubtitle}. */
export interface LiftSubtitleOptions {
  minWords: number;
  maxWords: number;
}


function nextKept(doc: Doc, i: number): number {
  for (let j = i + 1; j < doc.children.length; j++) if (isKept(doc.children[j]!)) return j;
  return -1;
}

function previousKept(doc: Doc, i: number): number {
  for (let j = i - 1; j >= 0; j--) if (isKept(doc.children[j]!)) return j;
  return -1;
}

/** A date or byline block was lifted between blocks `a` and `b`. */
function metaBetween(doc: Doc, a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) {
    const r = doc.children[j]!.lifted?.ruleId;
    if (r === 'lift-date' || r === 'lift-byline') return true;
  }
  return false;
}

/** Is block `c` (under the headline, or above the body) a dek rather than the lead? */
function isDek(doc: Doc, c: number, opts: LiftSubtitleOptions, underTitle: boolean): boolean {
  const f = doc.features[c]!;
  const text = doc.children[c]!.text;
  if (f.words < opts.minWords || f.words > opts.maxWords) return false;
  if (matchDateline(text)) return false;
  const words = bodyWords(doc, 8);
  const { shared } = overlap(doc, c, words);
  const next = nextKept(doc, c);
  if (next < 0 || !isProse(doc, next, 12)) return false;
  const datelineNext = matchDateline(doc.children[next]!.text) !== undefined;
  if (underTitle && isTitleLike(doc, c) && !endsWithPeriod(text) && !/[!?]["'”’»]*$/u.test(text)) return shared >= 1;
  if (shared < 2) return false;
  if (metaBetween(doc, c, next) || datelineNext) return f.words < doc.features[next]!.words || datelineNext;
  // No headline: a one-sentence summary above a longer body, with header material above it.
  if (!underTitle) {
    const above = previousKept(doc, c);
    const headerAbove = above < 0 || !isProse(doc, above, 12);
    return headerAbove && f.sentences <= 1 && f.words <= 30 && f.words * 2 <= doc.features[next]!.words;
  }
  return false;
}

export const liftSubtitle = defineCleaner<LiftSubtitleOptions>(
  {
    id: 'lift-subtitle',
    purpose: 'Lifts the dek / standfirst under the headline into metadata.subtitle.',
    defaults: { minWords: 4, maxWords: 60 },
  },
  ({ doc, options, setMeta }) => {
    const title = doc.children.findIndex((b) => b.lifted?.ruleId === 'lift-title' && b.removed?.reason.startsWith('headline ->'));
    let c: number;
    if (title >= 0) {
      c = nextKept(doc, title);
    } else {
      const start = findBodyStart(doc);
      if (start < 0) return;
      c = previousKept(doc, start);
      // Only in the header: nothing lifted as metadata may sit below it, except date/byline.
      if (c < 0) return;
    }
    if (c < 0 || !isDek(doc, c, options, title >= 0)) return;
    const block = doc.children[c]!;
    if (setMeta('subtitle', block.text, `line ${block.position.start.line}`, block)) {
      block.removed = { ruleId: 'lift-subtitle', reason: `dek under the headline -> metadata.subtitle` };
    }
  },
);
