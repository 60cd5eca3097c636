/**
 * Helpers the metadata lifters share: where the article body starts in a list of blocks, the
 * header zone above it, title-likeness and content-word overlap. All read the shared features.
 * @module
 */
import type { Doc } from '../doc.js';
import { isKept } from '../doc.js';
import { stopwords, tokenize } from '../features.js';
import { loadVocab } from '../vocab.js';
import { isVocabLine } from '../cleaners/util/lines.js';
import { readDateLine } from './date-line.js';

/** Blocks a lifter may look at: kept blocks, as `[index in doc.children]`. */
function keptIndexes(doc: Doc): number[] {
  const out: number[] = [];
  doc.children.forEach((b, i) => {
    if (isKept(b)) out.push(i);
  });
  return out;
}

/** A prose paragraph: a sentence or more of running text in the document language. */
export function isProse(doc: Doc, i: number, minWords = 12): boolean {
  const f = doc.features[i]!;
  if (f.words < minWords) return false;
  if (!f.endsSentence && f.words < 40) return false;
  if (f.linkDensity > 0.5) return false;
  // Stopword share only means something when we know the language's stopwords.
  const stopOk = f.stopwordRatio >= 0.12 || stopwords(doc.lang).size < 20;
  return stopOk && f.upperRatio < 0.5;
}

/**
 * Index (in `doc.children`) of the first body paragraph: the first prose paragraph that starts a
 * run of prose (another prose paragraph within the next three kept blocks), or a long one on its
 * own. -1 when nothing looks like running text.
 */
export function findBodyStart(doc: Doc): number {
  // Several lifters ask in a row; the answer depends only on which blocks are kept (features and
  // language never change), so it is kept per document with the kept list it was computed for.
  const hit = bodyStartCache.get(doc);
  if (hit && sameKept(doc, hit.kept)) return hit.start;
  const kept = keptIndexes(doc);
  let result = -1;
  let proseAbove = false;
  for (let k = 0; k < kept.length; k++) {
    const i = kept[k]!;
    // The story's prose ends where its readers' comments begin: a comment-section header
    // (`57 Comments`, `Leave a Reply`) under a prose paragraph ends the search, so a one-paragraph
    // story is not passed over for the first two comments (the lifters would take a commenter's
    // name and date for the story's byline and date).
    if (proseAbove && opensComments(doc, i)) break;
    if (!isProse(doc, i, 15)) continue;
    proseAbove = true;
    const following = kept.slice(k + 1, k + 11);
    const next = following.slice(0, 3).some((j) => isProse(doc, j, 12));
    if (!next && doc.features[i]!.words < 45) continue;
    // Same topic as what follows: a promo or teaser above the article shares no content words.
    if (following.length && sharedStems(doc, i, following) < 2) continue;
    result = i;
    break;
  }
  // A short article (a teaser before a paywall, a caption-length story): its first prose paragraph.
  if (result < 0) result = kept.find((i) => isProse(doc, i, 15)) ?? -1;
  bodyStartCache.set(doc, { kept, start: result });
  return result;
}
const bodyStartCache = new WeakMap<Doc, { kept: number[]; start: number }>();

/**
 * A comment-section header that opens the readers' comments: a line of the comments vocabulary,
 * two to six words (`57 Comments`, `Leave a Reply`) or one with a count or a colon (`Comments (3)`;
 * a bare `Comments` is as often a tab above the story), with two or more date lines among the
 * eight blocks under it (the comments' stamps). The post-meta count under a byline
 * (`By Jane Doe` / `0 Comments`) is followed by the story instead.
 */
function opensComments(doc: Doc, i: number): boolean {
  const f = doc.features[i]!;
  if (f.words === 0 || f.words > 6) return false;
  const text = doc.children[i]!.text;
  if (f.words === 1 && !/\d|:\s*$|\(/u.test(text)) return false;
  if (!isVocabLine(loadVocab('comments'), text, f)) return false;
  // Every block counts, kept or not: a stamp lifted as the date by then is a stamp all the same.
  let dates = 0;
  const end = Math.min(doc.children.length, i + 9);
  for (let j = i + 1; j < end; j++) if (doc.features[j]!.words <= 12 && readDateLine(doc.children[j]!.text, doc.lang) && ++dates >= 2) return true;
  return false;
}

/**
 * `overlap(doc, i, new Set(content words of others)).shared`, without the word set, its copy and
 * a stem cache entry that no later call could hit (findBodyStart asks once per candidate).
 */
function sharedStems(doc: Doc, i: number, others: readonly number[]): number {
  const cw = contentWords(doc, i);
  if (!cw.length) return 0;
  // Per stem of the block's distinct words, how many of them have it; then each stem the others
  // use adds its count once (no set of all their stems built per candidate).
  const cs = contentStems(doc, i);
  const seen = new Set<string>();
  const mine = new Map<string, number>();
  for (let k = 0; k < cw.length; k++) {
    const w = cw[k]!;
    if (seen.has(w)) continue;
    seen.add(w);
    mine.set(cs[k]!, (mine.get(cs[k]!) ?? 0) + 1);
  }
  let shared = 0;
  for (const j of others) {
    for (const s of contentStems(doc, j)) {
      const count = mine.get(s);
      if (count !== undefined && count > 0) {
        shared += count;
        mine.set(s, 0);
      }
    }
  }
  return shared;
}

/** `contentWords(doc, i).map(stem)`, made once per block (findBodyStart's windows overlap: each block is in up to ten). */
function contentStems(doc: Doc, i: number): string[] {
  let memo = contentStemsCache.get(doc);
  if (!memo) contentStemsCache.set(doc, (memo = []));
  let stems = memo[i];
  if (!stems) memo[i] = stems = contentWords(doc, i).map(stem);
  return stems;
}
const contentStemsCache = new WeakMap<Doc, string[][]>();

/** Of the distinct words `cw`, how many have their stem in `stems`. */
function countShared(cw: readonly string[], stems: ReadonlySet<string>): { shared: number; distinct: number } {
  let shared = 0;
  const seen = new Set<string>();
  for (const w of cw) {
    if (seen.has(w)) continue;
    seen.add(w);
    if (stems.has(stem(w))) shared++;
  }
  return { shared, distinct: seen.size };
}

/** True when `kept` is `keptIndexes(doc)` (compared without building that list). */
function sameKept(doc: Doc, kept: readonly number[]): boolean {
  const blocks = doc.children;
  let k = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (!isKept(blocks[i]!)) continue;
    if (kept[k] !== i) return false;
    k++;
  }
  return k === kept.length;
}

/**
 * Kept block indexes of the header zone: up to `before` kept blocks above the body start (and the
 * body start itself excluded). When no body start is found, the first `before` kept blocks.
 */
export function headerZone(doc: Doc, before = 12): number[] {
  const start = findBodyStart(doc);
  const kept = keptIndexes(doc);
  if (start < 0) return kept.slice(0, before);
  const k = kept.indexOf(start);
  return kept.slice(Math.max(0, k - before), k);
}

/** Lower-cased content words (not stopwords, 3+ characters) of a block, from its features. */
export function contentWords(doc: Doc, i: number): string[] {
  // Computed once per block (callers only read the list).
  let memo = contentWordsCache.get(doc);
  if (!memo) contentWordsCache.set(doc, (memo = []));
  let words = memo[i];
  if (!words) {
    memo[i] = words = contentOf(doc.features[i]!.tokens, stopwords(doc.lang));
  }
  return words;
}
const contentWordsCache = new WeakMap<Doc, string[][]>();

const DIGITS_RE = /^\d+$/;

/** `/^\d+$/.test(t)`, the regex asked only when `t` starts with a digit. */
export function allDigits(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 48 && c <= 57 && DIGITS_RE.test(t);
}

/** The content words among tokens: 3+ characters, not a stopword, not a number. */
function contentOf(tokens: readonly string[], stop: ReadonlySet<string>): string[] {
  return tokens.filter((t) => t.length >= 3 && !stop.has(t) && !allDigits(t));
}

/** {@link contentWords} of a text that is not a whole block (one line of a `<br>`-broken block). */
export function textContentWords(doc: Doc, text: string): string[] {
  return contentOf(tokenize(text), stopwords(doc.lang));
}

/** Content words of the first `blocks` body paragraphs (kept blocks from the body start on). */
export function bodyWords(doc: Doc, blocks = 4): Set<string> {
  const start = findBodyStart(doc);
  const out = new Set<string>();
  if (start < 0) return out;
  let n = 0;
  for (let i = start; i < doc.children.length && n < blocks; i++) {
    if (!isKept(doc.children[i]!)) continue;
    for (const w of contentWords(doc, i)) out.add(w);
    n++;
  }
  return out;
}

/** Crude stem: the first six letters of a long word (`integration` ~ `integrated`). */
export function stem(w: string): string {
  if (w.length > 6) return w.slice(0, 6);
  // `w.replace(/s$/u, '')` without a regex call per word.
  return w.charCodeAt(w.length - 1) === 115 ? w.slice(0, -1) : w;
}

const stemCache = new WeakMap<ReadonlySet<string>, Set<string>>();

/** Share of a block's content words found in `words`, by stem (0 when it has none). */
export function overlap(doc: Doc, i: number, words: ReadonlySet<string>, text?: string): { share: number; shared: number } {
  const cw = text === undefined ? contentWords(doc, i) : textContentWords(doc, text);
  if (!cw.length) return { share: 0, shared: 0 };
  let stems = stemCache.get(words);
  if (!stems) {
    stems = new Set([...words].map(stem));
    stemCache.set(words, stems);
  }
  const { shared, distinct } = countShared(cw, stems);
  return { share: shared / distinct, shared };
}

/** Ends with a full stop (not `?`, `!`, an ellipsis or a closing quote after a question). */
export function endsWithPeriod(text: string): boolean {
  return /[^.]\.["'”’»)]*$/u.test(text) && !/\b(?:[A-Z]|[A-Z][a-z]{0,2}|U\.S|Jr|Sr|Inc|Co|Ltd|St)\.$/u.test(text);
}

/**
 * Could the block be a headline: 3–25 words, no final full stop, mostly letters, not a list of
 * links separated by `|` or `>`.
 */
export function isTitleLike(doc: Doc, i: number): boolean {
  const b = doc.children[i]!;
  const f = doc.features[i]!;
  if (f.words < 3 || f.words > 25) return false;
  const t = b.text;
  if (endsWithPeriod(t) || /[:,;|>«»]$/u.test(t) || /^[«‹]/u.test(t)) return false;
  if ((t.match(/[|>•»]/g) ?? []).length >= 2) return false;
  if (f.digitRatio > 0.25 || f.linkDensity > 0.9) return false;
  if (/^\(?\d+\)?$/u.test(t)) return false;
  return true;
}

/** Month names as pages print them, capitalised (for {@link unglue}). */
const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December|Januar|Februar|März|Juni|Juli|Oktober|Dezember|Janvier|Février|Avril|Juillet|Août|Septembre|Octobre|Novembre|Décembre|Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Octubre|Noviembre|Diciembre';
const GLUED_YEAR_RE = /(?<!\d)((?:19|20)\d{2})(?=\d{1,2}\.?\s?(?:\d{1,2}\.|\p{L})|\d{1,2}:\d{2}(?!\d)|\p{Lu}\p{Ll})/gu;
const GLUED_DATE_RE = new RegExp(`(\\p{Ll}{2})(?=\\d{1,2}\\.\\s?(?:\\d{1,2}\\.|\\p{L})|(?:${MONTH_NAMES})\\.?\\s+\\d)`, 'gu');
const GLUED_LABEL_RE = /(?<![\p{L}])(von|vom|by|par|por|door|Author|Autor|Autorin|Auteur)(?=\p{Lu}\p{Ll})/gu;

/**
 * Words and dates a text dump glued together where the page had them in separate elements: a
 * published and a modified date (`22. Dezember 201922. Dezember 2019`), a year and the next label
 * (`28. Juli 2019AuthorAndreas Kalt`), a name and its date (`Shana Nys DambrotNovember 6, 2023`,
 * `Nicole Collignon22. Februar 2020`), a year and the time (`3 de mayo de 202221:25`), a byline label and
 * the name (`Veröffentlicht vonChris Jung`).
 * A space goes between them; nothing else changes.
 */
export function unglue(text: string): string {
  if (!/\d\d|\p{Ll}\p{Lu}/u.test(text)) return text;
  // The lifters unglue the same block texts over and over (lift-byline's header and footer
  // searches, then byline-line's readers again): the answer is kept per text.
  // Only short texts (header and footer lines) are kept, so the cache never holds a long paragraph
  // or a hostile megabyte line of a document cleaned long ago.
  const cacheable = text.length <= UNGLUE_CACHE_TEXT_MAX;
  const hit = cacheable ? unglueCache.get(text) : undefined;
  if (hit !== undefined) return hit;
  const out = text.replace(GLUED_YEAR_RE, '$1 ').replace(GLUED_DATE_RE, '$1 ').replace(GLUED_LABEL_RE, '$1 ');
  if (!cacheable) return out;
  if (unglueCache.size >= UNGLUE_CACHE_MAX) unglueCache.clear();
  const key = ownCopy(text);
  unglueCache.set(key, out === text ? key : ownCopy(out));
  return out;
}
/**
 * A copy of a short string that shares no memory with the string it was cut from. V8 keeps a
 * substring as a slice of its parent, so a cache entry taken from a page would keep the whole page
 * text alive (the unglue cache held hundreds of past pages that way: a worker's heap grew ~12 MB
 * per 100 HTML pages). The concatenation is flattened into a new string before `slice`.
 */
function ownCopy(s: string): string {
  return (' ' + s).slice(1);
}
/** Texts {@link unglue} remembers before starting over (a few documents' worth of short lines). */
const UNGLUE_CACHE_MAX = 4096;
/** Longest text {@link unglue} remembers (a byline or date line is far shorter). */
const UNGLUE_CACHE_TEXT_MAX = 300;
const unglueCache = new Map<string, string>();
