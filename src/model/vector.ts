/**
 * Block → numeric feature vector for the learned content scorer. One code path for text and HTML
 * (DOM features are 0 for text). The vector layout is described by a {@link VectorSpec} stored in the
 * model file, so a model always reads the features it was trained on.
 * @module
 */
import { existsSync } from 'node:fs';
import type { Doc } from '../doc.js';
import type { BlockFeatures } from '../features.js';
import type { Block } from '../types.js';
import { isKept } from '../doc.js';
import { isSpace, stopwords } from '../features.js';
import { loadVocab, vocabMatches, type Vocab } from '../vocab.js';
import { derivedFeatures } from './extra-features.js';
import { textFeatures } from './text-features.js';
import { DomExtra, domExtraField } from '../html/dom-extra.js';

/** What a vector contains beyond the fixed base features. */
export interface VectorSpec {
  /** Names of `data/vocab/<name>.json` vocabularies used as hit flags. */
  vocab: string[];
  /** Numeric/boolean `dom.extra` keys used as features (HTML). */
  extra: string[];
  /** Names of derived features (`src/model/extra-features.ts`), when the model uses them. */
  derived?: string[];
  /** Names of text-only derived features (`src/model/text-features.ts`), when the model uses them. */
  text?: string[];
}

const TAGS = ['p', 'div', 'li', 'h', 'td', 'span', 'a', 'blockquote', 'figcaption', 'pre', 'dd', 'section', 'article', 'font', 'b'];
const KINDS = ['paragraph', 'heading', 'list-item', 'quote', 'caption', 'table-cell', 'pre', 'line'];
const POS_ATTR = /(?:^|[\s_-])(?:article|body|content|entry|main|post|story|text|news)/;
const NEG_ATTR = [
  'comment', 'footer', 'nav', 'menu', 'sidebar', 'share', 'social', 'related', 'promo', 'ad',
  'banner', 'widget', 'cookie', 'newsletter', 'subscribe', 'breadcrumb', 'author', 'byline',
  'caption', 'tags', 'meta',
];
/** The class/id tests of {@link NEG_ATTR}, as regexes (what {@link negAttrFlag} answers). @internal (exported for its test) */
export const NEG_ATTR_RE = NEG_ATTR.map((k) =>
  k === 'ad' ? /(?:^|[\s_-])ads?(?:$|[\s_-])/ : new RegExp(`(?:^|[\\s_-])${k}`),
);

/** A code unit of `[\s_-]`. */
function isAttrSep(c: number): boolean {
  return c === 95 || c === 45 || isSpace(c);
}

/**
 * `NEG_ATTR_RE[k].test(attrs)` by `indexOf`: the word at the start or after `[\s_-]` (for `ad`,
 * then an optional `s` and the end or `[\s_-]`). One native search per word instead of a regex
 * retried at every offset (21 of them per distinct attribute string of a page). @internal
 */
export function negAttrFlag(attrs: string, k: number): boolean {
  const w = NEG_ATTR[k]!;
  const ad = w === 'ad';
  const n = attrs.length;
  for (let p = attrs.indexOf(w); p >= 0; p = attrs.indexOf(w, p + 1)) {
    if (p > 0 && !isAttrSep(attrs.charCodeAt(p - 1))) continue;
    if (!ad) return true;
    const q = p + 2;
    if (q === n || isAttrSep(attrs.charCodeAt(q))) return true;
    if (attrs.charCodeAt(q) === 115 && (q + 1 === n || isAttrSep(attrs.charCodeAt(q + 1)))) return true;
  }
  return false;
}
const PATH_TAGS = ['article', 'main', 'aside', 'nav', 'footer', 'header', 'form', 'table', 'ul', 'li'];
const PATH_NEEDLES = PATH_TAGS.map((t) => `>${t}>`);

/** Per-block own features (the same values are read for neighbours). */
const OWN = [
  'logWords', 'logChars', 'stopwordRatio', 'punctRatio', 'upperRatio', 'digitRatio',
  'capitalisedRatio', 'endsSentence', 'sentences', 'linkDensity', 'avgWordLen', 'commaPerWord',
  'separatorChars', 'endsColon', 'hasUrlOrMail', 'hasCopyright', 'startsLower', 'bulletStart',
  'quoteChars', 'yearLike', 'timeLike', 'allCapsWords', 'removedBefore',
] as const;
const NEIGH = ['logWords', 'stopwordRatio', 'endsSentence', 'linkDensity', 'capitalisedRatio', 'removedBefore'] as const;
const OFFSETS = [-2, -1, 1, 2];
const DOC = [
  'relPosition', 'wordsOverMax', 'lengthRank', 'distLongest', 'signedDistLongest', 'distDensest',
  'textBefore', 'textAfter', 'logDocBlocks', 'logDocWords', 'win3LogWords', 'win3Stop', 'win3Ends',
  'win3Link', 'win3Removed', 'win10LogWords', 'win10Stop', 'repeatCount', 'textRepeatedNearby',
  'topicalOverlap', 'topicalOverlapNeighbours', 'leftSentDist', 'rightSentDist', 'inSentSpan',
  'sentBlocksShare', 'densestWinShare', 'inDensestSpan', 'lineDupOfLonger',
] as const;
/** Own features per block, and which of them neighbours read. */
const OWN_LEN = OWN.length;
/**
 * Context columns kept for every block (what neighbours and windows read), in {@link NEIGH} order:
 * a block's row reads its neighbours' `NEIGH` features as context columns 0…5 (the other own
 * features are written straight into the block's own row).
 */
const CTX_LEN = NEIGH.length;
const CTX = {
  logWords: NEIGH.indexOf('logWords'),
  stopwordRatio: NEIGH.indexOf('stopwordRatio'),
  endsSentence: NEIGH.indexOf('endsSentence'),
  linkDensity: NEIGH.indexOf('linkDensity'),
  capitalisedRatio: NEIGH.indexOf('capitalisedRatio'),
  removedBefore: NEIGH.indexOf('removedBefore'),
};
const DOMF = ['depth', 'linkChars', 'headingLevel', 'attrPos', 'attrNegAny', 'attrLen'] as const;

/** Ordered feature names for a spec. */
export function featureNames(spec: VectorSpec): string[] {
  const names: string[] = [...OWN];
  for (const o of OFFSETS) for (const n of NEIGH) names.push(`${o > 0 ? 'next' : 'prev'}${Math.abs(o)}.${n}`);
  names.push(...DOC);
  for (const k of KINDS) names.push(`kind=${k}`);
  for (const t of TAGS) names.push(`tag=${t}`);
  names.push(...DOMF.map((d) => `dom.${d}`));
  for (const k of NEG_ATTR) names.push(`attr~${k}`);
  for (const t of PATH_TAGS) names.push(`path>${t}`);
  for (const v of spec.vocab) names.push(`vocab:${v}`);
  for (const e of spec.extra) names.push(`extra.${e}`);
  for (const d of spec.derived ?? []) names.push(`x.${d}`);
  for (const d of spec.text ?? []) names.push(`t.${d}`);
  return names;
}

/** `featureNames(spec).length`, without making the names. */
export function vectorWidth(spec: VectorSpec): number {
  return (
    OWN.length + OFFSETS.length * NEIGH.length + DOC.length + KINDS.length + TAGS.length + DOMF.length +
    NEG_ATTR.length + PATH_TAGS.length + spec.vocab.length + spec.extra.length + (spec.derived?.length ?? 0) +
    (spec.text?.length ?? 0)
  );
}

/** Column of the first kind/tag/DOM/attribute/path feature ({@link fillDomRow}'s columns). */
const DOM_BASE = OWN.length + OFFSETS.length * NEIGH.length + DOC.length;
/** Column of the first vocabulary flag (after the fixed base features, whatever the spec). */
const VOCAB_BASE = DOM_BASE + KINDS.length + TAGS.length + DOMF.length + NEG_ATTR.length + PATH_TAGS.length;

/** True unless `used` is given and marks none of the columns `from … to - 1`. */
function anyUsed(used: Uint8Array | undefined, from: number, to: number): boolean {
  if (!used) return true;
  for (let k = from; k < to; k++) if (used[k]) return true;
  return false;
}

/** Vocabulary names present under `data/vocab/` (checked once per name). */
const vocabCache = new Map<string, Vocab | null>();
function vocabFor(name: string): Vocab | null {
  let v = vocabCache.get(name);
  if (v !== undefined) return v;
  try {
    v = existsSync(new URL(`../../data/vocab/${name}.json`, import.meta.url)) ? loadVocab(name) : null;
  } catch {
    v = null;
  }
  vocabCache.set(name, v);
  return v;
}

/** Vocabulary flags are for short labels; long blocks are not matched (and regexes stay cheap). */
const VOCAB_MAX_CHARS = 120;
/** @internal */
export const SEP_RE = /[|»›·•«‹\/]/g;
/** Only tested (never matched for its span): `\S@` finds the same mail shapes as `\S+@` without rescanning long runs. */
const URL_RE = /https?:\/\/|www\.|\S@\S+\.\w/i;
const YEAR_RE = /\b(?:19|20)\d\d\b/;
const TIME_RE = /\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?|uhr|h)?\b/i;
/** @internal */
export const QUOTE_RE = /["“”„«»]/g;
const DIGITS_RE = /^\d+$/;
/** `DIGITS_RE.test(t)`, the regex asked only when `t` starts with a digit. */
function allDigits(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 48 && c <= 57 && DIGITS_RE.test(t);
}
const BULLET_RE = /^[-–—•*·►▶>]/;
/** What {@link endsColon} tests. @internal */
export const ENDS_COLON_RE = /:\s*$/;
const COPYRIGHT_RE = /©|\(c\)|copyright/i;
const HEADING_TAG_RE = /^h[1-6]$/;

const UPPER_CP_RE = /^\p{Lu}$/u;
const upperCache = new Map<number, boolean>();
function isUpperCp(cp: number): boolean {
  if (cp < 128) return cp >= 65 && cp <= 90;
  let u = upperCache.get(cp);
  if (u === undefined) {
    u = UPPER_CP_RE.test(String.fromCodePoint(cp));
    upperCache.set(cp, u);
  }
  return u;
}

/**
 * Words (split on single spaces) of 2+ UTF-16 units made only of upper-case letters — the count of
 * `t.split(' ')` words matching `/^\p{Lu}+$/u`, without the split and the per-word regex.
 */
function countAllCapsWords(t: string): number {
  let count = 0;
  let start = 0;
  let caps = true;
  const n = t.length;
  for (let i = 0; i <= n; i++) {
    if (i === n || t.charCodeAt(i) === 32) {
      if (caps && i - start >= 2) count++;
      start = i + 1;
      caps = true;
      continue;
    }
    let cp = t.charCodeAt(i);
    if (cp >= 0xd800) cp = t.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (!isUpperCp(cp)) {
      // The word is not all caps: on to its end (the next space, or the text's end).
      const sp = t.indexOf(' ', i + 1);
      i = (sp < 0 ? n : sp) - 1;
      caps = false;
    }
  }
  return count;
}

/** Per code unit below U+2040: 1 when {@link SEP_RE} matches it, 2 when {@link QUOTE_RE} does (« and » both). */
const CHAR_MARK = new Uint8Array(0x2040);
for (let c = 0; c < CHAR_MARK.length; c++) {
  const ch = String.fromCharCode(c);
  SEP_RE.lastIndex = 0;
  QUOTE_RE.lastIndex = 0;
  CHAR_MARK[c] = (SEP_RE.test(ch) ? 1 : 0) | (QUOTE_RE.test(ch) ? 2 : 0);
}
SEP_RE.lastIndex = 0;
QUOTE_RE.lastIndex = 0;

const MARKS = new Int32Array(3);

/**
 * Commas, separators and quotes of a text — `t.match(/,/g)`, `t.match(SEP_RE)` and
 * `t.match(QUOTE_RE)` counted (all single code units), in one pass with no match arrays. Returns a
 * shared array, valid until the next call. @internal (exported for its test)
 */
export function markCounts(t: string): Int32Array {
  let commas = 0;
  let seps = 0;
  let quotes = 0;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c === 44) commas++;
    else if (c < 0x2040) {
      const m = CHAR_MARK[c]!;
      if (m !== 0) {
        if (m & 1) seps++;
        if (m & 2) quotes++;
      }
    }
  }
  MARKS[0] = commas;
  MARKS[1] = seps;
  MARKS[2] = quotes;
  return MARKS;
}

/** `ENDS_COLON_RE.test(text)`: a colon, then only `\s` to the end. @internal (exported for its test) */
export function endsColon(text: string): boolean {
  let j = text.length - 1;
  while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  return j >= 0 && text.charCodeAt(j) === 58;
}


/**
 * Own features of a block that is a row of the matrix, written at `row[o…]` (order of {@link OWN}).
 * `removedBefore` is read from the context columns (filled before any row), so a row filled after
 * the caller removed blocks still describes the document as it was.
 */
function fillOwn(row: Float64Array, o: number, b: Block, f: BlockFeatures, removedBefore: number): void {
  const t = b.text;
  const w = f.words;
  let letters = 0;
  for (let k = 0; k < w; k++) letters += f.token(k).length;
  const allCaps = countAllCapsWords(t);
  const first = t.codePointAt(0) ?? 0;
  const fc = String.fromCodePoint(first);
  row[o] = Math.log1p(w);
  row[o + 1] = Math.log1p(f.chars);
  row[o + 2] = f.stopwordRatio;
  row[o + 3] = f.punctRatio;
  row[o + 4] = f.upperRatio;
  row[o + 5] = f.digitRatio;
  row[o + 6] = f.capitalisedRatio;
  row[o + 7] = f.endsSentence ? 1 : 0;
  row[o + 8] = f.sentences;
  row[o + 9] = f.linkDensity;
  row[o + 10] = w ? letters / w : 0;
  const marks = markCounts(t);
  const commas = marks[0]!;
  const seps = marks[1]!;
  const quotes = marks[2]!;
  row[o + 11] = w ? commas / w : 0;
  row[o + 12] = seps;
  row[o + 13] = endsColon(t) ? 1 : 0;
  // Cheap necessary tests from the features of the same text: a URL or mail address needs `.`,
  // `:` or `@` (punctuation), a year or a time an ASCII digit (a \p{N} unit).
  const same = f.text === t;
  row[o + 14] = (!same || f.punctRatio > 0) && URL_RE.test(t) ? 1 : 0;
  row[o + 15] = COPYRIGHT_RE.test(t) ? 1 : 0;
  row[o + 16] = fc !== fc.toUpperCase() ? 1 : 0;
  row[o + 17] = BULLET_RE.test(t) ? 1 : 0;
  row[o + 18] = quotes;
  const digits = !same || f.digitRatio > 0;
  row[o + 19] = digits && YEAR_RE.test(t) ? 1 : 0;
  row[o + 20] = digits && TIME_RE.test(t) ? 1 : 0;
  row[o + 21] = w ? allCaps / w : 0;
  row[o + 22] = removedBefore;
}

/** The context columns of every block (the same values as its own features' {@link NEIGH} ones). */
function fillContext(ctx: Float64Array, o: number, b: Block, f: BlockFeatures): void {
  ctx[o + CTX.logWords] = Math.log1p(f.words);
  ctx[o + CTX.stopwordRatio] = f.stopwordRatio;
  ctx[o + CTX.capitalisedRatio] = f.capitalisedRatio;
  ctx[o + CTX.endsSentence] = f.endsSentence ? 1 : 0;
  ctx[o + CTX.linkDensity] = f.linkDensity;
  ctx[o + CTX.removedBefore] = isKept(b) ? 0 : 1;
}

/** Sum of `prefix`-summed values over blocks `i - r … i + r` (clipped to the document). */
function winSum(prefix: Float64Array, n: number, i: number, r: number): number {
  return prefix[Math.min(n, i + r + 1)]! - prefix[Math.max(0, i - r)]!;
}

/** Mean of context column `k` over the blocks within ±`r` of `i`, `i` itself excluded. */
function windowMean(ctx: Float64Array, n: number, i: number, r: number, k: number): number {
  let s = 0;
  let m = 0;
  const hi = Math.min(n - 1, i + r);
  for (let j = Math.max(0, i - r); j <= hi; j++) {
    if (j === i) continue;
    s += ctx[j * CTX_LEN + k]!;
    m++;
  }
  return m ? s / m : 0;
}

/** Mean of `v` over the blocks within ±2 of `i`, `i` itself excluded. */
function neighbourMean(v: Float64Array, n: number, i: number): number {
  let s = 0;
  let m = 0;
  const hi = Math.min(n - 1, i + 2);
  for (let j = Math.max(0, i - 2); j <= hi; j++) {
    if (j === i) continue;
    s += v[j]!;
    m++;
  }
  return m ? s / m : 0;
}

/** Content words of a token list: 3+ characters, no stopword, not all digits. */
function contentWords(tokens: string[], stop: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.length >= 3 && !stop.has(t) && !allDigits(t)) out.push(t);
  }
  return out;
}

/**
 * Share of a block's content words ({@link contentWords}, repeats counted) found in the top blocks'
 * sets, its own set (`self`) excluded; 0 when it has none. Counted in one pass, no word list made.
 */
function topicalShare(f: BlockFeatures, stop: ReadonlySet<string>, self: number, topSets: Set<string>[]): number {
  let hit = 0;
  let total = 0;
  const n = f.words;
  for (let q = 0; q < n; q++) {
    const t = f.token(q);
    if (t.length < 3 || stop.has(t) || allDigits(t)) continue;
    total++;
    for (let j = 0; j < topSets.length; j++) {
      if (j !== self && topSets[j]!.has(t)) {
        hit++;
        break;
      }
    }
  }
  return total ? hit / total : 0;
}

/** Document-level facts read by every row (one shape, built once per call). */
export interface DocStats {
  n: number;
  ctx: Float64Array;
  words: Float64Array;
  rank: Float64Array;
  prefix: Float64Array;
  wordsBefore: Float64Array;
  leftSent: Float64Array;
  rightSent: Float64Array;
  topical: Float64Array;
  /** Previous / next block with the same lower-cased text (-1: none), and how many blocks have it. */
  prevSame: Int32Array;
  nextSame: Int32Array;
  sameCount: Int32Array;
  keys: string[];
  longText: (readonly [number, string])[];
  /**
   * Id of these stats for {@link mayBeInLongText}'s bit set of the hashes of every {@link WINDOW}-unit
   * window of the `longText` texts: one set, reused across documents, rebuilt for another id.
   */
  id: number;
  maxWords: number;
  longest: number;
  totalWords: number;
  densest: number;
  totalDens: number;
  spanL: number;
  spanR: number;
  sentCount: number;
  logN: number;
}

/** The {@link DOC} features of block `i` at `data[c…]`; returns the next column. */
function fillDocRow(data: Float64Array, c: number, i: number, s: DocStats): number {
  const n = s.n;
  const ctx = s.ctx;
  const words = s.words;
  const totalWords = s.totalWords;
  const longest = s.longest;
  const key = s.keys[i]!;
  // A repeat within 30 blocks exists iff the closest one on either side is.
  const prev = s.prevSame[i]!;
  const next = s.nextSame[i]!;
  const nearbyRepeat = (prev >= 0 && i - prev <= 30) || (next >= 0 && next - i <= 30) ? 1 : 0;
  let dupOfLonger = 0;
  if (key.length >= 12 && mayBeInLongText(s, key)) {
    const longText = s.longText;
    for (let q = 0; q < longText.length; q++) {
      const j = longText[q]![0];
      const t = longText[q]![1];
      if (j !== i && t.length > key.length && t.includes(key)) dupOfLonger = 1;
    }
  }
  const leftSent = s.leftSent[i]!;
  const rightSent = s.rightSent[i]!;
  data[c++] = n > 1 ? i / (n - 1) : 0;
  data[c++] = s.maxWords ? words[i]! / s.maxWords : 0;
  data[c++] = s.rank[i]!;
  data[c++] = Math.log1p(Math.abs(i - longest));
  data[c++] = Math.sign(i - longest) * Math.log1p(Math.abs(i - longest));
  data[c++] = Math.log1p(Math.abs(i - s.densest));
  data[c++] = totalWords ? s.wordsBefore[i]! / totalWords : 0;
  data[c++] = totalWords ? (totalWords - s.wordsBefore[i]! - words[i]!) / totalWords : 0;
  data[c++] = s.logN;
  data[c++] = Math.log1p(totalWords);
  data[c++] = windowMean(ctx, n, i, 3, CTX.logWords);
  data[c++] = windowMean(ctx, n, i, 3, CTX.stopwordRatio);
  data[c++] = windowMean(ctx, n, i, 3, CTX.endsSentence);
  data[c++] = windowMean(ctx, n, i, 3, CTX.linkDensity);
  data[c++] = windowMean(ctx, n, i, 3, CTX.removedBefore);
  data[c++] = windowMean(ctx, n, i, 10, CTX.logWords);
  data[c++] = windowMean(ctx, n, i, 10, CTX.stopwordRatio);
  data[c++] = Math.log(s.sameCount[i]!);
  data[c++] = nearbyRepeat;
  data[c++] = s.topical[i]!;
  data[c++] = neighbourMean(s.topical, n, i);
  data[c++] = Math.log1p(leftSent);
  data[c++] = Math.log1p(rightSent);
  data[c++] = leftSent < 1e3 && rightSent < 1e3 ? 1 : 0;
  data[c++] = n ? s.sentCount / n : 0;
  data[c++] = winSum(s.prefix, n, s.densest, 5) / s.totalDens;
  data[c++] = i >= s.spanL && i <= s.spanR ? 1 : 0;
  data[c++] = dupOfLonger;
  return c;
}

/** The cleaner whose removals are copies the page does not show (not counted as repeats). */
const HIDDEN_RULE = 'dom-hidden';
/** Window length of {@link mayBeInLongText} (a key of `lineDupOfLonger` has at least 12 code units). */
const WINDOW = 12;
/** 31^(WINDOW-1) mod 2^32: the weight of the unit leaving a rolling window. */
const WINDOW_OUT = (() => {
  let p = 1;
  for (let k = 1; k < WINDOW; k++) p = Math.imul(p, 31);
  return p;
})();
const WINDOW_BITS = 18;

/** The window-hash bit set of the stats whose id is {@link windowSetOwner} (see {@link DocStats.id}). */
let windowSet = new Uint32Array(0);
let windowSetOwner = -1;
/** Ids of {@link DocStats}. */
let nextStatsId = 0;

/** Bit of a window hash in the {@link windowSet}. */
function windowBit(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> (32 - WINDOW_BITS);
}

/**
 * False when no `longText` text contains the first {@link WINDOW} code units of `key`, so none
 * contains `key` (a necessary test for the `includes` loop: an equal window has an equal hash).
 */
function mayBeInLongText(s: DocStats, key: string): boolean {
  let set = windowSet;
  if (windowSetOwner !== s.id) {
    // Built on first use for these stats, into the one reused array (32 KB: zeroed, not made anew).
    if (set.length === 0) set = windowSet = new Uint32Array(1 << (WINDOW_BITS - 5));
    else set.fill(0);
    windowSetOwner = s.id;
    for (let q = 0; q < s.longText.length; q++) {
      const t = s.longText[q]![1];
      if (t.length < WINDOW) continue;
      let h = 0;
      for (let k = 0; k < WINDOW; k++) h = (Math.imul(h, 31) + t.charCodeAt(k)) | 0;
      for (let k = WINDOW; ; k++) {
        const b = windowBit(h);
        set[b >>> 5] |= 1 << (b & 31);
        if (k >= t.length) break;
        h = (Math.imul(h - Math.imul(t.charCodeAt(k - WINDOW), WINDOW_OUT), 31) + t.charCodeAt(k)) | 0;
      }
    }
  }
  let h = 0;
  for (let k = 0; k < WINDOW; k++) h = (Math.imul(h, 31) + key.charCodeAt(k)) | 0;
  const b = windowBit(h);
  return (set[b >>> 5]! & (1 << (b & 31))) !== 0;
}

/** Per-call caches of the DOM part (blocks of one page share a few attribute strings and paths). */
export interface DomMemo {
  negByAttrs: Map<string, Uint8Array>;
  flagsByPath: Map<string, Uint8Array>;
}

/** Kind, tag, DOM, attribute and path features of a block at `data[c…]`; returns the next column. */
function fillDomRow(data: Float64Array, c: number, b: Block, memo: DomMemo): number {
  const kind = b.kind;
  for (let k = 0; k < KINDS.length; k++) data[c++] = kind === KINDS[k] ? 1 : 0;
  const dom = b.dom;
  const tag = dom ? (HEADING_TAG_RE.test(dom.tag) ? 'h' : dom.tag) : '';
  for (let k = 0; k < TAGS.length; k++) data[c++] = tag === TAGS[k] ? 1 : 0;
  const attrs = dom?.attrs ?? '';
  let negFlags = memo.negByAttrs.get(attrs);
  if (!negFlags) {
    negFlags = new Uint8Array(NEG_ATTR_RE.length);
    for (let k = 0; k < NEG_ATTR_RE.length; k++) negFlags[k] = negAttrFlag(attrs, k) ? 1 : 0;
    memo.negByAttrs.set(attrs, negFlags);
  }
  let negAny = 0;
  for (let k = 0; k < negFlags.length; k++) negAny += negFlags[k]!;
  data[c++] = dom ? dom.depth : 0;
  data[c++] = dom ? Math.log1p(dom.linkChars) : 0;
  data[c++] = dom?.level ?? 0;
  data[c++] = POS_ATTR.test(attrs) ? 1 : 0;
  data[c++] = negAny;
  if (attrs) {
    let parts = 1;
    for (let q = attrs.indexOf(' '); q >= 0; q = attrs.indexOf(' ', q + 1)) parts++;
    data[c++] = Math.log1p(parts);
  } else data[c++] = 0;
  for (let k = 0; k < negFlags.length; k++) data[c++] = negFlags[k]!;
  // Keyed by the block's own path string (its hash is cached; `>path>` would be a new string per
  // row). A path of '' and no DOM give the same flags (no `>tag>` in `>>`), so they may share ''.
  const rawPath = dom ? dom.path : '';
  let pathFlags = memo.flagsByPath.get(rawPath);
  if (!pathFlags) {
    const path = dom ? `>${dom.path}>` : '';
    pathFlags = new Uint8Array(PATH_NEEDLES.length);
    for (let k = 0; k < PATH_NEEDLES.length; k++) pathFlags[k] = path.includes(PATH_NEEDLES[k]!) ? 1 : 0;
    memo.flagsByPath.set(rawPath, pathFlags);
  }
  for (let k = 0; k < pathFlags.length; k++) data[c++] = pathFlags[k]!;
  return c;
}

/**
 * Vocabulary hit flags and `dom.extra` values of a block at `data[c…]`; returns the next column.
 * `extraFields`: each `extra` key's field of a {@link DomExtra} (-1: none), read by index there.
 */
function fillVocabExtra(data: Float64Array, c: number, b: Block, vocabs: (Vocab | null)[], extra: string[], extraFields: Int32Array): number {
  const text = b.text;
  const short = text.length <= VOCAB_MAX_CHARS;
  for (let k = 0; k < vocabs.length; k++) {
    const v = vocabs[k]!;
    data[c++] = v && short && vocabMatches(v, text) ? 1 : 0;
  }
  const x = b.dom?.extra;
  const view = x instanceof DomExtra ? x : undefined;
  for (let k = 0; k < extra.length; k++) {
    const f = extraFields[k]!;
    const e = view !== undefined && f >= 0 ? view.field(f) : x?.[extra[k]!];
    data[c++] = typeof e === 'number' ? (Number.isFinite(e) ? e : 0) : e === true ? 1 : 0;
  }
  return c;
}

/** Top blocks by words descending, then index (the `order` of {@link docVectors}). */
function wordOrder(words: Float64Array, n: number, maxWords: number): Float64Array {
  // Word counts are integers, so one numeric key each (`(maxWords - words) * n + i`, exact) and a
  // native sort give the comparator's order.
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (maxWords - words[i]!) * n + i;
  keys.sort();
  for (let i = 0; i < n; i++) keys[i] = keys[i]! % n;
  return keys;
}

/** Everything a row reads, built once per document (one shape); rows are filled from it on demand. */
export interface Vectorizer {
  /** Row length (`featureNames(spec).length`). */
  width: number;
  doc: Doc;
  stats: DocStats;
  vocabs: (Vocab | null)[];
  extra: string[];
  /** Each `extra` key's {@link DomExtra} field (-1: not one). */
  extraFields: Int32Array;
  memo: DomMemo;
  /** False when the model reads none of {@link fillDomRow}'s columns (the text model): they are left 0. */
  dom: boolean;
  dk: number;
  dx: Float64Array | undefined;
  /** Text-derived features (`spec.text`), row-major. */
  tk: number;
  tx: Float64Array | undefined;
}

/**
 * The per-document part of {@link docVectors}: context columns of every block, document aggregates,
 * repetition, topical overlap and derived features. With `rows`, only what rows of the flagged
 * blocks read is computed (as {@link docVectors} with `rows`). With `used` (1 per column a model
 * reads), columns it does not read may be left 0 instead of computed. Rows are then written by
 * {@link fillRow}, in any order and any number of times, with the same values: a caller can fill a
 * few rows at a time into a small buffer instead of holding the whole matrix.
 */
export function vectorizer(doc: Doc, spec: VectorSpec, rows?: Uint8Array, used?: Uint8Array): Vectorizer {
  const blocks = doc.children;
  const feats = doc.features;
  const n = blocks.length;
  const width = vectorWidth(spec);
  const stop = stopwords(doc.lang);

  // Context columns, and word counts.
  const ctx = new Float64Array(n * CTX_LEN);
  const words = new Float64Array(n);
  const sentLike = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const f = feats[i]!;
    const w = f.words;
    words[i] = w;
    sentLike[i] = w >= 15 && f.endsSentence && f.stopwordRatio >= 0.15 && f.linkDensity < 0.5 ? 1 : 0;
    fillContext(ctx, i * CTX_LEN, blocks[i]!, f);
  }
  // Document-level aggregates.
  let maxWords = 0;
  let longest = 0;
  let totalWords = 0;
  for (let i = 0; i < n; i++) {
    totalWords += words[i]!;
    if (words[i]! > maxWords) {
      maxWords = words[i]!;
      longest = i;
    }
  }
  const order = wordOrder(words, n, maxWords);
  const rank = new Float64Array(n);
  for (let r = 0; r < n; r++) rank[order[r]!] = n > 1 ? r / (n - 1) : 0;
  // Density: text weighted by how prose-like it is, summed over a ±5 window.
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const f = feats[i]!;
    const dens = words[i]! * (f.endsSentence ? 1 : 0.4) * (1 - f.linkDensity) * Math.min(1, f.stopwordRatio * 3 + 0.1);
    prefix[i + 1] = prefix[i]! + dens;
  }
  let densest = 0;
  let best = -1;
  for (let i = 0; i < n; i++) {
    const v = winSum(prefix, n, i, 5);
    if (v > best) {
      best = v;
      densest = i;
    }
  }
  const totalDens = prefix[n]! || 1;
  // Densest span: grow from the densest block while the ±3 window keeps prose.
  let spanL = densest;
  let spanR = densest;
  const thr = Math.max(5, best / 11 / 4);
  while (spanL > 0 && winSum(prefix, n, spanL - 1, 3) / 7 >= thr) spanL--;
  while (spanR < n - 1 && winSum(prefix, n, spanR + 1, 3) / 7 >= thr) spanR++;
  const wordsBefore = new Float64Array(n);
  for (let i = 1; i < n; i++) wordsBefore[i] = wordsBefore[i - 1]! + words[i - 1]!;
  // Sentence-like blocks: nearest left/right.
  const leftSent = new Float64Array(n);
  const rightSent = new Float64Array(n);
  let last = -1;
  for (let i = 0; i < n; i++) {
    leftSent[i] = last < 0 ? 1e3 : i - last;
    if (sentLike[i]) last = i;
  }
  last = -1;
  for (let i = n - 1; i >= 0; i--) {
    rightSent[i] = last < 0 ? 1e3 : last - i;
    if (sentLike[i]) last = i;
  }
  let sentCount = 0;
  for (let i = 0; i < n; i++) sentCount += sentLike[i]!;
  // Repetition.
  const keys: string[] = new Array<string>(n);
  // Same text: the previous and next block with it, and its number of blocks (no list per text).
  const lastAt = new Map<string, number>();
  const prevSame = new Int32Array(n);
  const nextSame = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const b = blocks[i]!;
    // A copy the page hides (dom-hidden: a print or mobile twin, a collapsed teaser) is not a repeat
    // a reader sees: its key matches nothing, so the visible copy does not read as repeated furniture.
    const key = b.removed?.ruleId === HIDDEN_RULE ? `\u0000hidden ${i}` : b.text.toLowerCase();
    const j = lastAt.get(key);
    prevSame[i] = j ?? -1;
    if (j !== undefined) {
      nextSame[j] = i;
      // The earlier copy of an equal key: this block's lower-cased text is garbage at once (one
      // loop, so a long repetitive page never holds every block's lower case at the same time).
      keys[i] = keys[j]!;
    } else keys[i] = key;
    lastAt.set(keys[i]!, i);
  }
  // Counted down each chain: the count at its first block is its length.
  const sameCount = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) sameCount[i] = nextSame[i]! < 0 ? 1 : sameCount[nextSame[i]!]! + 1;
  for (let i = 0; i < n; i++) if (prevSame[i]! >= 0) sameCount[i] = sameCount[prevSame[i]!]!;
  // Topical overlap with the top-3 longest blocks.
  const nTop = Math.min(3, n);
  const topSets: Set<string>[] = [];
  for (let q = 0; q < nTop; q++) topSets.push(new Set(contentWords(feats[order[q]!]!.tokens, stop)));
  const topical = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // Read by row `i` and its neighbours within ±2 (`topicalOverlapNeighbours`).
    if (rows && !rows[i] && !rows[i - 1] && !rows[i + 1] && !rows[i - 2] && !rows[i + 2]) continue;
    let self = -1;
    for (let q = 0; q < nTop; q++) if (order[q] === i) { self = q; break; }
    topical[i] = topicalShare(feats[i]!, stop, self, topSets);
  }
  // Longer blocks contain this block's text (e.g. a teaser line repeated in a longer block).
  const longText: (readonly [number, string])[] = [];
  for (let q = 0; q < nTop; q++) longText.push([order[q]!, keys[order[q]!]!] as const);

  const stats: DocStats = {
    n, ctx, words, rank, prefix, wordsBefore, leftSent, rightSent, topical, prevSame, nextSame, sameCount, keys, longText, id: nextStatsId++,
    maxWords, longest, totalWords, densest, totalDens, spanL, spanR, sentCount, logN: Math.log1p(n),
  };
  const dk = spec.derived?.length ?? 0;
  const tk = spec.text?.length ?? 0;
  return {
    width,
    doc,
    stats,
    // A vocabulary column no tree splits on is never read: its flag is left 0, not matched.
    vocabs: spec.vocab.map((name, k) => (used && !used[VOCAB_BASE + k] ? null : vocabFor(name))),
    extra: spec.extra,
    extraFields: Int32Array.from(spec.extra, domExtraField),
    memo: { negByAttrs: new Map(), flagsByPath: new Map() },
    dom: anyUsed(used, DOM_BASE, VOCAB_BASE),
    dk,
    dx: dk ? derivedFeatures(doc, spec.derived!) : undefined,
    tk,
    tx: tk ? textFeatures(doc, spec.text!) : undefined,
  };
}

/** Row of block `i` at `data[row…row + width]`. */
export function fillRow(v: Vectorizer, i: number, data: Float64Array, row: number): void {
  const s = v.stats;
  const n = s.n;
  const ctx = s.ctx;
  const b = v.doc.children[i]!;
  let c = row;
  fillOwn(data, c, b, v.doc.features[i]!, ctx[i * CTX_LEN + CTX.removedBefore]!);
  c += OWN_LEN;
  for (let q = 0; q < OFFSETS.length; q++) {
    const j = i + OFFSETS[q]!;
    for (let k = 0; k < CTX_LEN; k++) data[c++] = j >= 0 && j < n ? ctx[j * CTX_LEN + k]! : -1;
  }
  c = fillDocRow(data, c, i, s);
  if (v.dom) c = fillDomRow(data, c, b, v.memo);
  else {
    data.fill(0, c, row + VOCAB_BASE);
    c = row + VOCAB_BASE;
  }
  c = fillVocabExtra(data, c, b, v.vocabs, v.extra, v.extraFields);
  const dk = v.dk;
  for (let q = 0; q < dk; q++) data[c++] = v.dx![i * dk + q]!;
  const tk = v.tk;
  for (let q = 0; q < tk; q++) data[c++] = v.tx![i * tk + q]!;
  if (c - row !== v.width) throw new Error(`vector width mismatch: ${c - row} != ${v.width}`);
}

/**
 * Feature matrix of a document: row `i` (length `names.length`) describes block `i`. Blocks removed
 * by earlier cleaners are described too (they are context), and flagged by `removedBefore`.
 * With `rows`, the matrix has only the rows of the blocks flagged there, in document order (row
 * `r` = the `r`-th flagged block): the scorer reads its candidates' rows only, training reads all.
 * `used` as in {@link vectorizer}: the scorer passes its model's split columns, training none.
 */
export function docVectors(
  doc: Doc,
  spec: VectorSpec,
  rows?: Uint8Array,
  used?: Uint8Array,
): { width: number; data: Float64Array } {
  const n = doc.children.length;
  const width = vectorWidth(spec);
  let m = n;
  if (rows) {
    m = 0;
    for (let i = 0; i < n; i++) if (rows[i]) m++;
  }
  const data = new Float64Array(m * width);
  if (n === 0) return { width, data };
  const v = vectorizer(doc, spec, rows, used);
  let r = 0;
  for (let i = 0; i < n; i++) {
    if (rows && !rows[i]) continue;
    fillRow(v, i, data, r++ * width);
  }
  return { width, data };
}
