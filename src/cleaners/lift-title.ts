/**
 * lift-title: finds the headline in the header zone above the first body paragraph — a title-like
 * line (3–25 words, no final full stop) that shares its words with the body — and lifts it into
 * `metadata.title`. Found by its place and its words, not by being the first line: navigation
 * and section labels above it share nothing with the story. When the title is already known
 * (HTML metadata), the block that repeats it is lifted.
 * @module
 */
import { defineCleaner } from '../cleaner.js';
import type { Doc } from '../doc.js';
import { isKept } from '../doc.js';
import { tokenize } from '../features.js';
import { bodyWords, contentWords, findBodyStart, headerZone, isTitleLike, overlap, textContentWords } from '../metadata/text-util.js';
import { loadVocab, vocabMatches } from '../vocab.js';
import { readDateLine } from './lift-date.js';
import { NOT_SHOWN } from '../html/metadata/title.js';
import { blockLines, isFurnitureLabel } from './util/lines.js';


/** A photo credit inside a line: `©`, `Foto:`, `Photo:`, `Bild:`, `Credit:`. */
const CREDIT_RE = /©|\((?:c|C)\)\s|(?<![\p{L}-])(?:foto|fotos|photo|photos|bild|image|credit|crédit|crédito|immagine|imagem)\s*:/iu;

/** Options of {@link liftTitle}. */
export interface LiftTitleOptions {
  /** How many kept blocks above the first body paragraph to search (HTML: the main content's). */
  zone: number;
  /**
   * The same for text dumps: the whole page sits above the body there (menus, a recipe's ingredient
   * list between its title and its method), so the headline can be further up.
   */
  textZone: number;
  /** Least share of the title's content words that the opening paragraphs must contain. */
  minOverlap: number;
}

const BYLINE_RE = /^(?:by|von|par|por|di|door|autor|author|text|fotos?|photos?)\b/iu;

/** Same words, in order, ignoring case and punctuation. */
function sameWords(a: string, b: string): boolean {
  return tokenize(a).join(' ') === tokenize(b).join(' ');
}

/** The block repeating a known title (exactly, or the title with a site name after a separator). */
function findKnownTitle(doc: Doc, title: string, zone: number[]): number | undefined {
  const t = tokenize(title).join(' ');
  if (!t) return undefined;
  const start = findBodyStart(doc);
  const scope = zone.length ? zone : doc.children.slice(0, 30).map((_, i) => i);
  const found = scope.filter((i) => {
    const b = tokenize(doc.children[i]!.text).join(' ');
    return b === t || (b.length >= 12 && t.startsWith(b + ' ') && t.length - b.length < 40);
  });
  // Closest above the body start.
  if (!found.length) return undefined;
  return start >= 0 ? found[found.length - 1] : found[0];
}

interface Candidate {
  i: number;
  score: number;
  shared: number;
  share: number;
}

/** Not a headline whatever its words: a label line, a date line, a widget row with `|`. */
function excluded(doc: Doc, i: number): boolean {
  return excludedText(doc, headlineText(doc, i));
}

/** {@link excluded} for a text (a block's, or one of its lines). */
function excludedText(doc: Doc, text: string): boolean {
  if (BYLINE_RE.test(text) || vocabMatches(loadVocab('header-labels'), text)) return true;
  if (isFurnitureLabel(text)) return true;
  // A photo caption with its credit (`… Mikaela Shiffrin. © AFP / JEFF PACHOUD`, `… Foto: dpa`).
  if (CREDIT_RE.test(text)) return true;
  if (/[|>→]|\s[·•]\s/u.test(text) || readDateLine(text, doc.lang, 2)) return true;
  // A headline starts with a capital, a digit or a quote (`editor's picks` is a label), or with a
  // name written with a capital inside (`iMac 5K …`, `iPhone 14: …`).
  if (/^\p{Ll}/u.test(text) && !/^\p{Ll}{1,2}\p{Lu}/u.test(text)) return true;
  return false;
}

/**
 * The headline a block shows. An HTML block whose lines are broken by single `<br>`s
 * (`Headline<br>By Name<br>Agency - Date`, `Top Stories<br>Headline`) shows it on one of them: the
 * first line of three words or more that is no label, byline or date line; else the whole text.
 */
export function headlineText(doc: Doc, i: number): string {
  const block = doc.children[i]!;
  const lines = blockLines(block);
  if (!lines) return block.text;
  for (const line of lines) if (line.split(' ').length >= 3 && !excludedText(doc, line)) return line;
  return block.text;
}

/** A byline or date line under `headline` among the `<br>`-broken lines of block `i`. */
function metaInLines(doc: Doc, i: number, headline: string): boolean {
  const lines = blockLines(doc.children[i]!)!;
  return lines.slice(lines.indexOf(headline) + 1).some((l) => BYLINE_RE.test(l) || readDateLine(l, doc.lang, 4) !== undefined);
}

/**
 * Title candidates with their score: overlap with the body, less the further up they sit. Right
 * above the body (nothing kept in between but one block) one shared word is enough.
 */
function candidates(doc: Doc, zone: number[], minOverlap: number): Candidate[] {
  const words = bodyWords(doc, 12);
  const out: Candidate[] = [];
  const start = findBodyStart(doc);
  const end = start >= 0 ? start : doc.children.length;
  zone.forEach((i, k) => {
    if (!isTitleLike(doc, i) || excluded(doc, i)) return;
    // A `<br>`-broken block (`Headline<br>By Name<br>Date`) is weighed by its headline line, and
    // the byline or date on a line under it counts as the metadata below.
    const headline = headlineText(doc, i);
    const line = headline === doc.children[i]!.text ? undefined : headline;
    const { share, shared } = overlap(doc, i, words, line);
    const between = zone.length - k - 1;
    // The headline is usually followed by the date or byline of the story.
    const below = line !== undefined && metaInLines(doc, i, line) ? 1 : metaBelow(doc, i, end);
    const meta = below === 1 ? 0.6 : below > 0 ? 0.2 : 0;
    // Right above the body, or right above the story's date or byline, its place says enough: a
    // headline need not share a word with the opening paragraphs (`That Way iCutting Lies`).
    const byWords =
      shared > 0 && !(share < minOverlap && !(between <= 1 && shared >= 1)) && !(shared < 2 && share < 0.5 && between > 1);
    if (!byWords && !(start >= 0 && (between === 0 || below === 1) && headline.length <= 120)) return;
    // Two-word labels (`Go to Google News`, `Past 7 Days`) share a word by chance: weigh by length.
    const cw = new Set(line === undefined ? contentWords(doc, i) : textContentWords(doc, line)).size;
    let score = share * Math.min(1, cw / 3) + 0.05 * Math.min(shared, 6) - 0.03 * between + meta;
    // Its place alone is weaker evidence than shared words (at most 0.28, below most that share them).
    if (!byWords) score = 0.3 * meta + 0.1 - 0.03 * between;
    out.push({ i, score, shared, share });
  });
  return out;
}

export const liftTitle = defineCleaner<LiftTitleOptions>(
  {
    id: 'lift-title',
    purpose: 'Lifts the headline above the first body paragraph into metadata.title.',
    defaults: { zone: 20, textZone: 40, minOverlap: 0.3 },
  },
  ({ doc, options, setMeta, lift }) => {
    const zone = headerZone(doc, doc.inputType === 'html' ? options.zone : options.textZone);
    const known = doc.metadata.title;
    if (known !== undefined && doc.provenance.title?.evidence.endsWith(NOT_SHOWN)) {
      // The page's <title> / og:title is shown nowhere in the page (often only the site's name):
      // a headline above the story that shares few words with it, when the markup's title is not
      // about what the body says, is the story's title.
      const best = bestCandidate(doc, zone, options.minOverlap);
      const block = best ? doc.children[best.i]! : undefined;
      const body = bodyWords(doc, 12);
      const titleWords = tokenize(known).filter((w) => w.length >= 3);
      const inBody = titleWords.filter((w) => body.has(w)).length / Math.max(1, titleWords.length);
      const headline = block ? headlineText(doc, best!.i) : '';
      if (block && best!.score >= 0.35 && inBody < 0.6 && wordShare(tokenize(known), tokenize(headline)) < 0.3) {
        doc.metadata.title = headline;
        doc.provenance.title = { ruleId: 'lift-title', evidence: `line ${block.position.start.line} (the markup's title "${known}" is not shown in the page)` };
        lift(block, 'title', 'headline -> metadata.title');
        return;
      }
    }
    if (doc.metadata.title !== undefined) {
      const i = findKnownTitle(doc, doc.metadata.title, zone);
      if (i !== undefined) lift(doc.children[i]!, 'title', `headline repeating metadata.title`);
      return;
    }
    const best = bestCandidate(doc, zone, options.minOverlap);
    if (!best) return;
    const block = doc.children[best.i]!;
    const headline = headlineText(doc, best.i);
    const line = headline === block.text ? '' : ` (a line of the block)`;
    if (setMeta('title', headline, `line ${block.position.start.line}${line}`, block)) {
      block.removed = { ruleId: 'lift-title', reason: 'headline -> metadata.title' };
    }
    // The same headline repeated higher up (page title line, breadcrumb end) goes too.
    for (const i of zone) {
      if (i < best.i && isKept(doc.children[i]!) && sameWords(doc.children[i]!.text, block.text)) {
        lift(doc.children[i]!, 'title', 'headline repeated -> metadata.title');
      }
    }
  },
);

/** Share of the words of `a` that are in `b`. */
function wordShare(a: string[], b: string[]): number {
  if (!a.length) return 0;
  const set = new Set(b);
  return a.filter((w) => set.has(w)).length / a.length;
}

/** The best headline candidate of the header zone, or undefined. */
function bestCandidate(doc: Doc, zone: number[], minOverlap: number): Candidate | undefined {
  const cands = candidates(doc, zone, minOverlap);
  if (!cands.length) return undefined;
  let best = cands.reduce((a, b) => (b.score > a.score ? b : a));
  // A headline directly followed by its dek: both share words with the body; the headline is
  // the upper one.
  const above = cands.find((c) => zone.indexOf(c.i) === zone.indexOf(best.i) - 1);
  if (
    above &&
    above.share >= 0.5 &&
    above.shared >= 2 &&
    doc.features[above.i]!.words >= 4 &&
    previousKept(doc, best.i) === above.i &&
    doc.features[above.i]!.words <= doc.features[best.i]!.words
  ) {
    return above;
  }
  // A headline followed by its dek or a photo caption, which sit nearer the body and so score
  // higher: a candidate up to three kept blocks above that speaks of the same thing (two content
  // words in common with it) is the headline.
  const k = zone.indexOf(best.i);
  const bestWords = new Set(contentWords(doc, best.i));
  let upper = best;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const c = cands.find((x) => x.i === zone[j]);
    if (!c || c.shared < 2 || doc.features[c.i]!.words < 4) continue;
    // A breadcrumb ending in the headline (`Home News <headline>`) confirms it.
    if (contains(doc.children[c.i]!.text, doc.children[best.i]!.text)) continue;
    if (overlap(doc, c.i, bestWords).shared >= 2) upper = c;
  }
  best = upper;
  return best;
}

/**
 * How far below block `i` (in blocks, up to 4, before `end`) the story's date or byline was
 * lifted: 1 = right under it; 0 = not there.
 */
function metaBelow(doc: Doc, i: number, end: number): number {
  for (let j = i + 1, k = 1; j < end && k <= 4; j++) {
    const r = doc.children[j]!.lifted?.ruleId;
    if (r === 'lift-date' || r === 'lift-byline') return k;
    if (isKept(doc.children[j]!)) k++;
  }
  return 0;
}

/** Does `outer` contain all of `inner`'s words, in order (a breadcrumb ending in a headline)? */
function contains(outer: string, inner: string): boolean {
  const a = ` ${tokenize(outer).join(' ')} `;
  const b = tokenize(inner).join(' ');
  return b.length > 0 && a.includes(` ${b} `);
}

/** Index of the nearest kept block above `i`, or -1. */
function previousKept(doc: Doc, i: number): number {
  for (let j = i - 1; j >= 0; j--) if (isKept(doc.children[j]!)) return j;
  return -1;
}
