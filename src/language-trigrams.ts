/**
 * franc-min's `franc(value, { minLength })`, computed faster with the same data and the same
 * answer: franc looks every trigram of the sample up in every language's profile (an object per
 * language, ~60 × 1,000 lookups per sample); here each trigram is looked up once in an index of the
 * languages whose profile has it, with its rank there. Distances are integer sums, so the order of
 * the additions does not matter, and ties go to the first language in franc's order, as franc's
 * stable sort does. `test/language.test.ts` checks the answers against franc itself.
 * @module
 */
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { isSpace } from './features.js';

/** franc-min's constants (index.js): sample cap and the distance of a trigram a profile lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/**
 * The languages of one script and their profiles' trigrams in one open-addressing table: slot `h`
 * holds a trigram's key ({@link trigramKey}; 0 = empty) and its `[language index, rank, …]` pairs at
 * `pairs[start[h]…end[h]]`. `counts` / `used` count one sample's trigrams per slot (all zero between
 * calls).
 */
interface ScriptIndex {
  langs: string[];
  keys: Float64Array;
  start: Int32Array;
  end: Int32Array;
  pairs: Int32Array;
  mask: number;
  shift: number;
  counts: Int32Array;
  used: Int32Array;
}

/** Key of a trigram of code units `a b c` (exact: 48 bits), plus 1 so that 0 marks an empty slot. */
function trigramKey(a: number, b: number, c: number): number {
  return a * 4294967296 + b * 65536 + c + 1;
}

/** Hash of a trigram's code units into `32 - shift` bits. */
function trigramHash(a: number, b: number, c: number, shift: number): number {
  return Math.imul((a << 16) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35), 0x9e3779b1) >>> shift;
}

const indexes = new Map<string, ScriptIndex>();
const scriptEntries = Object.entries(expressions);

function scriptIndex(script: string): ScriptIndex {
  let idx = indexes.get(script);
  if (idx) return idx;
  const languages = data[script]!;
  const langs = Object.keys(languages);
  const pairs = new Map<string, number[]>();
  langs.forEach((name, li) => {
    const model = languages[name]!.split('|');
    // As franc builds its dictionaries: from the last entry down, so a repeated trigram keeps its first rank.
    const rank = new Map<string, number>();
    for (let w = model.length - 1; w >= 0; w--) rank.set(model[w]!, w);
    for (const [tri, r] of rank) {
      // A sample trigram is three code units: a profile entry of another length never matches.
      if (tri.length !== 3) continue;
      let list = pairs.get(tri);
      if (!list) pairs.set(tri, (list = []));
      list.push(li, r);
    }
  });
  let bits = 4;
  while (1 << bits < 3 * pairs.size) bits++;
  const size = 1 << bits;
  let total = 0;
  for (const list of pairs.values()) total += list.length;
  idx = {
    langs,
    keys: new Float64Array(size),
    start: new Int32Array(size),
    end: new Int32Array(size),
    pairs: new Int32Array(total),
    mask: size - 1,
    shift: 32 - bits,
    counts: new Int32Array(size),
    used: new Int32Array(size),
  };
  let at = 0;
  for (const [tri, list] of pairs) {
    const a = tri.charCodeAt(0);
    const b = tri.charCodeAt(1);
    const c = tri.charCodeAt(2);
    const key = trigramKey(a, b, c);
    let h = trigramHash(a, b, c, idx.shift);
    while (idx.keys[h] !== 0) h = (h + 1) & idx.mask;
    idx.keys[h] = key;
    idx.start[h] = at;
    for (const x of list) idx.pairs[at++] = x;
    idx.end[h] = at;
  }
  indexes.set(script, idx);
  return idx;
}

/**
 * Bit `j` set: code unit `c` (not a surrogate) is matched by script `j`'s expression on its own
 * (-1: not yet computed). Each expression is an alternation of one-character classes and
 * surrogate-pair sequences, so in a text without surrogates every match is one code unit.
 */
const scriptMask = new Int32Array(0xd800).fill(-1);
const scriptOne = scriptEntries.map(([, re]) => new RegExp(`^(?:${re.source})$`));
const scriptCounts = new Int32Array(scriptEntries.length);

function maskOf(c: number): number {
  let m = scriptMask[c]!;
  if (m < 0) {
    m = 0;
    const ch = String.fromCharCode(c);
    for (let j = 0; j < scriptOne.length; j++) if (scriptOne[j]!.test(ch)) m |= 1 << j;
    scriptMask[c] = m;
  }
  return m;
}

/**
 * Matches of each script's expression in `value` (`value.match(re).length`, in `scriptEntries`
 * order; a shared array, valid until the next call): by a table of one-unit masks, or with the
 * regexes themselves when the text holds surrogates.
 */
function scriptMatches(value: string): Int32Array {
  const out = scriptCounts;
  out.fill(0);
  const n = value.length;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      for (let j = 0; j < scriptEntries.length; j++) out[j] = value.match(scriptEntries[j]![1])?.length ?? 0;
      return out;
    }
    let m = maskOf(c);
    while (m !== 0) {
      const j = 31 - Math.clz32(m);
      out[j]++;
      m &= ~(1 << j);
    }
  }
  return out;
}

/**
 * A reusable table of the distinct sample trigrams no profile of the script has (only their number
 * matters): keys as in {@link trigramKey}, all slots empty between calls.
 */
interface UnknownTable {
  keys: Float64Array;
  /** Slots filled, in first-seen order. */
  used: Int32Array;
  mask: number;
  shift: number;
}
let unknownTable: UnknownTable | undefined;

/** A table with room for the trigrams of a sample of `length` code units (at most half full). */
function unknowns(length: number): UnknownTable {
  if (unknownTable && unknownTable.used.length >= length) return unknownTable;
  let bits = 4;
  while (1 << bits < 2 * length) bits++;
  const size = 1 << bits;
  unknownTable = { keys: new Float64Array(size), used: new Int32Array(size >> 1), mask: size - 1, shift: 32 - bits };
  return unknownTable;
}

/** trigram-utils' `clean`: ASCII punctuation and digits to spaces, whitespace collapsed, lower case. */
function cleanSample(value: string): string {
  return value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Code units of the padded sample ' ' + cleanSample(value) + ' ' (a reused buffer). */
let sampleUnits = new Uint16Array(0);

/** True for the code units `cleanSample` turns into a separating space: ASCII 0x21–0x40 and `\s`. */
function isSeparator(u: number): boolean {
  return (u >= 0x21 && u <= 0x40) || isSpace(u);
}

/**
 * Fill {@link sampleUnits} with ' ' + cleanSample(value) + ' ' and return its length. Lower-casing
 * first and then cutting at the separators gives the same units (no separator has a case mapping,
 * and no letter lower-cases to a separator), except for the context rule of Greek capital sigma
 * (final ς before a separator): a text holding Σ takes the regex path.
 */
function paddedSample(value: string): number {
  const lower = value.toLowerCase();
  if (sampleUnits.length < lower.length + 2) sampleUnits = new Uint16Array(lower.length + 2);
  const out = sampleUnits;
  let n = 0;
  out[n++] = 32;
  if (value.includes('\u03a3')) {
    const s = cleanSample(value);
    if (sampleUnits.length < s.length + 2) return paddedFrom(' ' + s + ' ');
    for (let i = 0; i < s.length; i++) out[n++] = s.charCodeAt(i);
  } else {
    let gap = false;
    for (let i = 0; i < lower.length; i++) {
      const u = lower.charCodeAt(i);
      if (isSeparator(u)) {
        gap = n > 1;
        continue;
      }
      if (gap) {
        out[n++] = 32;
        gap = false;
      }
      out[n++] = u;
    }
  }
  out[n++] = 32;
  return n;
}

function paddedFrom(s: string): number {
  sampleUnits = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) sampleUnits[i] = s.charCodeAt(i);
  return s.length;
}

/** The ISO 639-3 code franc-min's `franc(value, { minLength })` returns (`und` when unsure). */
export function francCode(value: string, minLength: number): string {
  if (!value || value.length < minLength) return 'und';
  value = value.slice(0, MAX_LENGTH);
  let topCount = -1;
  let script: string | undefined;
  const matches = scriptMatches(value);
  for (let j = 0; j < scriptEntries.length; j++) {
    const count = matches[j]! / value.length || 0;
    if (count > topCount) {
      topCount = count;
      script = scriptEntries[j]![0];
    }
  }
  if (!script || !(script in data)) return !script || topCount === 0 ? 'und' : script;
  const idx = scriptIndex(script);
  const { langs, keys, mask, shift, counts, used } = idx;
  const len = paddedSample(value);
  const s = sampleUnits;
  const unk = unknowns(len);
  // Each distinct trigram counted once: in its profile slot, or (no profile has it) in the unknown table.
  let distinct = 0;
  let distinctUnknown = 0;
  let a = s[0]!;
  let b = len > 1 ? s[1]! : 0;
  for (let i = 2; i < len; i++) {
    const c = s[i]!;
    const key = trigramKey(a, b, c);
    let h = trigramHash(a, b, c, shift);
    let k = keys[h]!;
    while (k !== 0 && k !== key) {
      h = (h + 1) & mask;
      k = keys[h]!;
    }
    if (k !== 0) {
      if (counts[h]++ === 0) used[distinct++] = h;
    } else {
      let g = trigramHash(a, b, c, unk.shift);
      let u = unk.keys[g]!;
      while (u !== 0 && u !== key) {
        g = (g + 1) & unk.mask;
        u = unk.keys[g]!;
      }
      if (u === 0) {
        unk.keys[g] = key;
        unk.used[distinctUnknown++] = g;
      }
    }
    a = b;
    b = c;
  }
  for (let q = 0; q < distinctUnknown; q++) unk.keys[unk.used[q]!] = 0;
  const dist = new Float64Array(langs.length).fill((distinct + distinctUnknown) * MAX_DIFFERENCE);
  const { start, end, pairs } = idx;
  for (let q = 0; q < distinct; q++) {
    const h = used[q]!;
    const c = counts[h]!;
    counts[h] = 0;
    const e = end[h]!;
    // Add this trigram's distances (it occurs `c` times) to every language whose profile has it.
    for (let p = start[h]!; p < e; p += 2) {
      let d = c - pairs[p + 1]! - 1;
      if (d < 0) d = -d;
      dist[pairs[p]!] += d - MAX_DIFFERENCE;
    }
  }
  let best = 0;
  for (let li = 1; li < langs.length; li++) if (dist[li]! < dist[best]!) best = li;
  return langs[best]!;
}
