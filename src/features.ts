/**
 * Per-block features, computed once per document and shared by every cleaner and scorer
 * (no cleaner re-tokenises).
 * @module
 */
import { createRequire } from 'node:module';
import type { Block } from './types.js';
import { BlockFeatures, FeatureColumns } from './feature-columns.js';

const require = createRequire(import.meta.url);

export { BlockFeatures, FeatureColumns } from './feature-columns.js';
export type { PlainFeatures } from './feature-columns.js';

/** Sentence ends (counted by the regex: its first-character scan beats a hand loop). */
const SENTENCE_END_RE = /[.!?…](?:["'”’»)\]]*)(?=\s|$)/gu;

function count(text: string, re: RegExp): number {
  re.lastIndex = 0;
  const m = text.match(re);
  return m ? m.length : 0;
}

/** Tokenise like the evaluation metric: Unicode word runs, lower-cased. */
export function tokenize(text: string): string[] {
  return wordRuns(text.toLowerCase());
}

/** The runs of letters and digits of a text, `text.match(/[\p{L}\p{N}]+/gu) ?? []`. */
export function wordRuns(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let start = -1;
  // Code point by code point, as the `u` regex, by a scan over the cached character classes: no regex call per token.
  for (let i = 0; i < n; i++) {
    // A surrogate pair is one code point (width 2); a lone surrogate stands for itself.
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800) cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const c = cp < 128 ? ASCII_CLASS[cp]! : charClass(cp);
    if (c & C_WORD) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) out.push(text.slice(start, n));
  return out;
}

/** FNV-1a over the code points of `s` (the hash the tokenizers compute while scanning a token). */
function tokenHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    h = Math.imul(h ^ cp, 0x01000193);
    if (cp > 0xffff) i++;
  }
  return h;
}

/**
 * A stopword set keyed by {@link tokenHash}: a token the scan has hashed is looked up in place, with
 * no string hashed for `Set#has` (~20 ns per distinct token of a document). Same members as the set.
 */
class StopTable {
  private readonly keys: (string | undefined)[];
  private readonly hashes: Int32Array;
  private readonly mask: number;

  constructor(words: ReadonlySet<string>) {
    let cap = 16;
    while (cap < words.size * 4) cap *= 2;
    this.keys = new Array<string | undefined>(cap).fill(undefined);
    this.hashes = new Int32Array(cap);
    this.mask = cap - 1;
    for (const w of words) {
      const h = tokenHash(w);
      let at = h & this.mask;
      while (this.keys[at] !== undefined) at = (at + 1) & this.mask;
      this.keys[at] = w;
      this.hashes[at] = h;
    }
  }

  /** Whether `text.slice(start, end)`, whose {@link tokenHash} is `h`, is a member. */
  has(text: string, start: number, end: number, h: number): boolean {
    const keys = this.keys;
    const len = end - start;
    for (let at = h & this.mask; ; at = (at + 1) & this.mask) {
      const s = keys[at];
      if (s === undefined) return false;
      if (this.hashes[at] === h && s.length === len) {
        let k = 0;
        while (k < len && s.charCodeAt(k) === text.charCodeAt(start + k)) k++;
        if (k === len) return true;
      }
    }
  }
}
const stopTables = new WeakMap<ReadonlySet<string>, StopTable>();
function stopTableOf(words: ReadonlySet<string>): StopTable {
  let t = stopTables.get(words);
  if (t === undefined) stopTables.set(words, (t = new StopTable(words)));
  return t;
}

/** Slots of a released {@link TokenTable} (empty keys; hashes, flags and ids are only read under a key). */
let spareSlots: { keys: (string | undefined)[]; hashes: Int32Array; stopFlags: Uint8Array; ids: Int32Array } | undefined;
/** Largest table whose slots are kept for reuse. */
const SPARE_MAX = 65536;

/**
 * The distinct tokens of one document: a repeated token is the same string, one copy per document
 * instead of one per occurrence (most of a page's words repeat). A token is found by a hash of its
 * code points, computed while scanning, and compared in place: a repeat is never sliced out.
 * Open addressing, linear probing, grown at half full. Each distinct token has an id: its index in
 * {@link list}.
 */
export class TokenTable {
  private keys: (string | undefined)[];
  private hashes: Int32Array;
  /** Per slot: 1 when the token is in {@link stop} (looked up once per distinct token). */
  private stopFlags: Uint8Array;
  /** Per slot: the token's id. */
  private ids: Int32Array;
  private mask: number;
  /** The distinct tokens, by id (in the order first seen). */
  readonly list: string[] = [];
  /** {@link stopwords} keyed by token hash (undefined without a set). */
  private readonly stopTable: StopTable | undefined;
  /** Whether the last token {@link get} returned is a stopword (of the table's set; false without one). */
  lastIsStop = false;
  /** Id of the last token {@link get} returned. */
  lastId = 0;

  constructor(
    capacity = 1024,
    readonly stopwords?: ReadonlySet<string>,
  ) {
    let cap = 256;
    while (cap < capacity) cap *= 2;
    const spare = spareSlots;
    if (spare !== undefined && spare.keys.length >= cap && spare.keys.length <= 4 * cap) {
      // The last document's emptied slots (typed arrays cost ~0.5 µs each to make).
      spareSlots = undefined;
      this.keys = spare.keys;
      this.hashes = spare.hashes;
      this.stopFlags = spare.stopFlags;
      this.ids = spare.ids;
      cap = spare.keys.length;
    } else {
      this.keys = new Array<string | undefined>(cap).fill(undefined);
      this.hashes = new Int32Array(cap);
      this.stopFlags = new Uint8Array(cap);
      this.ids = new Int32Array(cap);
    }
    this.mask = cap - 1;
    this.stopTable = stopwords === undefined ? undefined : stopTableOf(stopwords);
  }

  /** The token `text.slice(start, end)`, whose hash is `h`: the stored copy, else the slice, stored. */
  get(text: string, start: number, end: number, h: number): string {
    const keys = this.keys;
    const len = end - start;
    let at = h & this.mask;
    for (;;) {
      const s = keys[at];
      if (s === undefined) break;
      if (this.hashes[at] === h && s.length === len) {
        let k = 0;
        while (k < len && s.charCodeAt(k) === text.charCodeAt(start + k)) k++;
        if (k === len) {
          this.lastIsStop = this.stopFlags[at] === 1;
          this.lastId = this.ids[at]!;
          return s;
        }
      }
      at = (at + 1) & this.mask;
    }
    const t = text.slice(start, end);
    const isStop = this.stopTable !== undefined && this.stopTable.has(text, start, end, h);
    const id = this.list.length;
    this.list.push(t);
    keys[at] = t;
    this.hashes[at] = h;
    this.stopFlags[at] = isStop ? 1 : 0;
    this.ids[at] = id;
    this.lastIsStop = isStop;
    this.lastId = id;
    if ((id + 1) * 2 > keys.length) this.grow();
    return t;
  }

  /**
   * Done with the table: its slots are emptied (no token kept past the document) and kept for the
   * next table. Synchronous use only; the table must not be used after.
   */
  release(): void {
    if (this.keys.length > SPARE_MAX) return;
    this.keys.fill(undefined);
    spareSlots = { keys: this.keys, hashes: this.hashes, stopFlags: this.stopFlags, ids: this.ids };
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldHashes = this.hashes;
    const oldFlags = this.stopFlags;
    const oldIds = this.ids;
    const cap = oldKeys.length * 2;
    this.keys = new Array<string | undefined>(cap).fill(undefined);
    this.hashes = new Int32Array(cap);
    this.stopFlags = new Uint8Array(cap);
    this.ids = new Int32Array(cap);
    this.mask = cap - 1;
    for (let q = 0; q < oldKeys.length; q++) {
      const s = oldKeys[q];
      if (s === undefined) continue;
      let at = oldHashes[q]! & this.mask;
      while (this.keys[at] !== undefined) at = (at + 1) & this.mask;
      this.keys[at] = s;
      this.hashes[at] = oldHashes[q]!;
      this.stopFlags[at] = oldFlags[q]!;
      this.ids[at] = oldIds[q]!;
    }
  }
}

/** Scratch ids of one block's tokens (read by the caller before the next scan; sync use only). */
let runIds = new Int32Array(1024);
/** Largest {@link runIds} kept after a scan (a huge block's scratch is let go). */
const RUN_KEEP = 65536;

/** {@link runIds} with room for the tokens of `n` code units (at most one per two units, plus one). */
function runRoom(n: number): Int32Array {
  const need = (n >> 1) + 1;
  if (runIds.length < need) runIds = new Int32Array(Math.max(need, 2 * runIds.length));
  return runIds;
}

/** Done with a scan's ids: a scratch grown past {@link RUN_KEEP} for a huge block is let go. */
function releaseRun(): void {
  if (runIds.length > RUN_KEEP) runIds = new Int32Array(1024);
}

/** Stopwords among the tokens of the last {@link tokenizeShared} call (by its table's stopword set). */
let sharedStopCount = 0;
/** The lower-cased text of the last {@link tokenizeAndCount} call (also when it gave up). */
let sharedLower = '';
/** The text {@link sharedLower} is the lower case of. */
let sharedLowerOf = '';

/**
 * {@link tokenize} with the tokens taken from a document's {@link TokenTable}: the same strings
 * (equal values, in the same order), repeats shared, in an array of exactly their number.
 */
export function tokenizeShared(text: string, table: TokenTable, lower = text.toLowerCase()): string[] {
  const k = scanShared(table, lower);
  const ids = runIds;
  const list = table.list;
  const out = new Array<string>(k);
  for (let q = 0; q < k; q++) out[q] = list[ids[q]!]!;
  releaseRun();
  return out;
}

/**
 * The tokens of `lower` (a lower-cased text) as ids of `table`, into {@link runIds}; returns their
 * number (the stopword count in {@link sharedStopCount}).
 */
function scanShared(table: TokenTable, lower: string): number {
  const n = lower.length;
  const run = runRoom(n);
  let k = 0;
  let stops = 0;
  let start = -1;
  let h = 0;
  for (let i = 0; i < n; i++) {
    let cp = lower.charCodeAt(i);
    if (cp >= 0xd800) cp = lower.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const c = cp < 128 ? ASCII_CLASS[cp]! : charClass(cp);
    if (c & C_WORD) {
      if (start < 0) {
        start = i;
        h = 0x811c9dc5;
      }
      h = Math.imul(h ^ cp, 0x01000193);
    } else if (start >= 0) {
      table.get(lower, start, i, h);
      run[k++] = table.lastId;
      if (table.lastIsStop) stops++;
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) {
    table.get(lower, start, n, h);
    run[k++] = table.lastId;
    if (table.lastIsStop) stops++;
  }
  sharedStopCount = stops;
  return k;
}

/** Closing quotes and brackets that may follow sentence punctuation (`["'”’»)\]]`). */
function isClosing(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93;
}

/** `/[.!?…:;]["'”’»)\]]*\s*$/u.test(text)`, read from the end: `[.!?…:;]`, closing marks, spaces, end. */
function endsSentence(text: string): boolean {
  let j = text.length - 1;
  while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  while (j >= 0 && isClosing(text.charCodeAt(j))) j--;
  if (j < 0) return false;
  const c = text.charCodeAt(j);
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 58 || c === 59;
}


/** Character classes counted per block, as bit flags (one pass instead of four regex scans). */
const C_PUNCT = 1;
const C_UPPER = 2;
const C_LETTER = 4;
const C_DIGIT = 8;
/** Letters and digits: the characters of a token. */
const C_WORD = C_LETTER | C_DIGIT;
const CLASS_PUNCT_RE = /^[\p{P}\p{S}]$/u;
const CLASS_UPPER_RE = /^\p{Lu}$/u;
const CLASS_LETTER_RE = /^\p{L}$/u;
const CLASS_DIGIT_RE = /^\p{N}$/u;
const classCache = new Map<number, number>();
/** Class flags + 16 of each BMP code point seen (0: not computed yet): a typed-array read, no hashing. */
const bmpClass = new Uint8Array(0x10000);
/** Class flags of one code point (computed with the same Unicode property regexes, then cached). */
function charClass(cp: number): number {
  if (cp < 0x10000) {
    const k = bmpClass[cp]!;
    if (k !== 0) return k - 16;
  }
  let c = classCache.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c =
      (CLASS_PUNCT_RE.test(ch) ? C_PUNCT : 0) |
      (CLASS_UPPER_RE.test(ch) ? C_UPPER : 0) |
      (CLASS_LETTER_RE.test(ch) ? C_LETTER : 0) |
      (CLASS_DIGIT_RE.test(ch) ? C_DIGIT : 0);
    classCache.set(cp, c);
  }
  if (cp < 0x10000) bmpClass[cp] = c + 16;
  return c;
}
const ASCII_CLASS = new Uint8Array(128);
for (let i = 0; i < 128; i++) ASCII_CLASS[i] = charClass(i);

/** What {@link textCounts} counts, by index in the array it returns. */
const K_PUNCT = 0;
const K_UPPER = 1;
const K_LETTERS = 2;
const K_DIGITS = 3;
const K_LONG_WORDS = 4;
const K_CAPITALISED = 5;
const K_MAX_CODE = 6;
const COUNTS = new Int32Array(7);

/**
 * One pass over a block's text: punctuation/symbol, upper-case, letter and digit code points (as
 * the `u` regexes count them), and the words of `text.split(/\s+/)` of 2+ UTF-16 units whose first
 * code point has a case, and of those the ones that start upper-case. Returns a shared array,
 * valid until the next call.
 */
function textCounts(text: string): Int32Array {
  let punct = 0;
  let upper = 0;
  let letters = 0;
  let digits = 0;
  let longWords = 0;
  let capitalised = 0;
  let start = -1;
  let startCase = CASE_NONE;
  let maxCode = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let cp = text.charCodeAt(i);
    if (cp > maxCode) maxCode = cp;
    if (isSpace(cp)) {
      // A word ends (spaces are of no counted class, and no surrogate is a space).
      if (start >= 0) {
        if (i - start >= 2 && startCase !== CASE_NONE) {
          longWords++;
          if (startCase === CASE_UPPER) capitalised++;
        }
        start = -1;
      }
      continue;
    }
    // A surrogate pair is one code point (width 2); a lone surrogate stands for itself.
    if (cp >= 0xd800) cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const c = cp < 128 ? ASCII_CLASS[cp]! : charClass(cp);
    if (start < 0) {
      start = i;
      startCase = caseOf(cp);
    }
    i += width - 1;
    if (c === 0) continue;
    if (c & C_PUNCT) punct++;
    if (c & C_UPPER) upper++;
    if (c & C_LETTER) letters++;
    if (c & C_DIGIT) digits++;
  }
  if (start >= 0 && n - start >= 2 && startCase !== CASE_NONE) {
    longWords++;
    if (startCase === CASE_UPPER) capitalised++;
  }
  const out = COUNTS;
  out[K_PUNCT] = punct;
  out[K_UPPER] = upper;
  out[K_LETTERS] = letters;
  out[K_DIGITS] = digits;
  out[K_LONG_WORDS] = longWords;
  out[K_CAPITALISED] = capitalised;
  out[K_MAX_CODE] = maxCode;
  return out;
}

/**
 * {@link tokenizeShared} and {@link textCounts} of a block in one pass (the two loops each read
 * every code unit and its class). Reads `text` and its lower case side by side, so only when they
 * line up unit for unit: the same length and no surrogate (a BMP unit lower-cases to at least one
 * unit, so equal lengths mean one each). Returns the number of tokens (their ids in
 * {@link runIds}, the stopword count in {@link sharedStopCount}, the counts in the array
 * `textCounts` returns), or -1 when the texts do not line up, having changed nothing but the table
 * (which then holds some of the tokens, as tokenizeShared would store them).
 */
function tokenizeAndCount(text: string, table: TokenTable): number {
  const lower = text.toLowerCase();
  sharedLower = lower;
  sharedLowerOf = text;
  const n = text.length;
  if (lower.length !== n) return -1;
  const run = runRoom(n);
  let k = 0;
  let stops = 0;
  let start = -1;
  let h = 0;
  let punct = 0;
  let upper = 0;
  let letters = 0;
  let digits = 0;
  let longWords = 0;
  let capitalised = 0;
  let wordStart = -1;
  let startCase = CASE_NONE;
  let maxCode = 0;
  for (let i = 0; i < n; i++) {
    const u = text.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdfff) return -1;
    if (u > maxCode) maxCode = u;
    // Aligned unit for unit, an ASCII unit's lower case is its own (A–Z + 32): no read of `lower`.
    const l = u < 128 ? (u >= 65 && u <= 90 ? u + 32 : u) : lower.charCodeAt(i);
    const c = u < 128 ? ASCII_CLASS[u]! : charClass(u);
    const lc = l === u ? c : l < 128 ? ASCII_CLASS[l]! : charClass(l);
    // Tokens: runs of letters and digits of the lower case (as tokenizeShared).
    if (lc & C_WORD) {
      if (start < 0) {
        start = i;
        h = 0x811c9dc5;
      }
      h = Math.imul(h ^ l, 0x01000193);
    } else if (start >= 0) {
      table.get(lower, start, i, h);
      run[k++] = table.lastId;
      if (table.lastIsStop) stops++;
      start = -1;
    }
    // Counts of the text itself (as textCounts).
    if (isSpace(u)) {
      if (wordStart >= 0) {
        if (i - wordStart >= 2 && startCase !== CASE_NONE) {
          longWords++;
          if (startCase === CASE_UPPER) capitalised++;
        }
        wordStart = -1;
      }
      continue;
    }
    if (wordStart < 0) {
      wordStart = i;
      startCase = caseOf(u);
    }
    if (c === 0) continue;
    if (c & C_PUNCT) punct++;
    if (c & C_UPPER) upper++;
    if (c & C_LETTER) letters++;
    if (c & C_DIGIT) digits++;
  }
  if (start >= 0) {
    table.get(lower, start, n, h);
    run[k++] = table.lastId;
    if (table.lastIsStop) stops++;
  }
  if (wordStart >= 0 && n - wordStart >= 2 && startCase !== CASE_NONE) {
    longWords++;
    if (startCase === CASE_UPPER) capitalised++;
  }
  sharedStopCount = stops;
  const cc = COUNTS;
  cc[K_PUNCT] = punct;
  cc[K_UPPER] = upper;
  cc[K_LETTERS] = letters;
  cc[K_DIGITS] = digits;
  cc[K_LONG_WORDS] = longWords;
  cc[K_CAPITALISED] = capitalised;
  cc[K_MAX_CODE] = maxCode;
  return k;
}

/** The code units JavaScript's `\s` matches. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Case of a word's first code point: no case (`ch.toLowerCase() === ch.toUpperCase()`), upper (`ch === ch.toUpperCase()`), or other. */
const CASE_NONE = 0;
const CASE_UPPER = 1;
const CASE_OTHER = 2;
const caseCache = new Map<number, number>();
/** Case + 1 of each BMP code point seen (0: not computed yet). */
const bmpCase = new Uint8Array(0x10000);
function caseOf(cp: number): number {
  if (cp < 128) {
    if (cp >= 65 && cp <= 90) return CASE_UPPER;
    return cp >= 97 && cp <= 122 ? CASE_OTHER : CASE_NONE;
  }
  if (cp < 0x10000) {
    const k = bmpCase[cp]!;
    if (k !== 0) return k - 1;
  }
  let c = caseCache.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    const up = ch.toUpperCase();
    c = ch.toLowerCase() === up ? CASE_NONE : ch === up ? CASE_UPPER : CASE_OTHER;
    caseCache.set(cp, c);
  }
  if (cp < 0x10000) bmpCase[cp] = c + 1;
  return c;
}

let stopwordData: Record<string, string[]> | undefined;
const stopwordSets = new Map<string, ReadonlySet<string>>();

/** Stopwords of a language (ISO 639-1), from `stopwords-iso`; English when unknown. */
export function stopwords(lang: string | undefined): ReadonlySet<string> {
  const key = lang && lang.length >= 2 ? lang.slice(0, 2).toLowerCase() : 'en';
  let set = stopwordSets.get(key);
  if (set) return set;
  stopwordData ??= require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>;
  const list = stopwordData[key] ?? stopwordData.en ?? [];
  set = new Set(list.map((w) => w.toLowerCase()));
  stopwordSets.set(key, set);
  return set;
}

/**
 * Compute the features of one block (its own one-row {@link FeatureColumns}; its tokens from
 * `table` when given, else from a table of its own).
 */
export function blockFeatures(
  block: Block,
  index: number,
  total: number,
  stop: ReadonlySet<string>,
  table?: TokenTable,
): BlockFeatures {
  const own = table ?? new TokenTable(16);
  const cols = new FeatureColumns(1, own.list, 16);
  const f = addBlockFeatures(cols, block, index, total, stop, own);
  if (!table) own.release();
  return f;
}

/** Append the features of `block` (block `index` of `total`) to `cols`, its tokens from `table`. */
function addBlockFeatures(
  cols: FeatureColumns,
  block: Block,
  index: number,
  total: number,
  stop: ReadonlySet<string>,
  table: TokenTable,
): BlockFeatures {
  const text = block.text;
  let k: number;
  let stopCount = 0;
  let cc: Int32Array;
  // The table looked each distinct token up in `stop` once.
  if (table.stopwords === stop && (k = tokenizeAndCount(text, table)) >= 0) {
    stopCount = sharedStopCount;
    cc = COUNTS;
  } else {
    // After tokenizeAndCount gave up on this text, its lower case is at hand.
    const lower = text === sharedLowerOf ? sharedLower : text.toLowerCase();
    k = scanShared(table, lower);
    if (table.stopwords === stop) stopCount = sharedStopCount;
    else {
      const list = table.list;
      for (let q = 0; q < k; q++) if (stop.has(list[runIds[q]!]!)) stopCount++;
    }
    cc = textCounts(text);
  }
  // Not kept past the call (the next block's text is another string).
  sharedLowerOf = '';
  sharedLower = '';
  const f = cols.add(text, runIds, k);
  releaseRun();
  const r = cols.length - 1;
  const letters = cc[K_LETTERS]!;
  const longWords = cc[K_LONG_WORDS]!;
  const chars = text.length;
  cols.stopwordRatio[r] = k ? stopCount / k : 0;
  cols.punctRatio[r] = chars ? cc[K_PUNCT]! / chars : 0;
  cols.upperRatio[r] = letters ? cc[K_UPPER]! / letters : 0;
  cols.digitRatio[r] = chars ? cc[K_DIGITS]! / chars : 0;
  cols.capitalisedRatio[r] = longWords ? cc[K_CAPITALISED]! / longWords : 0;
  cols.endsSentence[r] = endsSentence(text) ? 1 : 0;
  cols.sentences[r] = count(text, SENTENCE_END_RE);
  cols.linkDensity[r] = block.dom && chars ? Math.min(1, block.dom.linkChars / chars) : 0;
  cols.relPosition[r] = total > 1 ? index / (total - 1) : 0;
  cols.maxCode[r] = cc[K_MAX_CODE]!;
  return f;
}

/** Compute features for all blocks of a document (one {@link FeatureColumns}; the views in block order). */
export function computeFeatures(blocks: Block[], lang: string | undefined): BlockFeatures[] {
  const stop = stopwords(lang);
  // One table per document: its tokens are shared by its blocks only (nothing kept across calls).
  const table = new TokenTable(Math.min(65536, blocks.length * 4), stop);
  const cols = new FeatureColumns(blocks.length, table.list, blocks.length * 8);
  for (let i = 0; i < blocks.length; i++) addBlockFeatures(cols, blocks[i]!, i, blocks.length, stop, table);
  cols.seal();
  table.release();
  return cols.views;
}
