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

/** franc-min's constants (index.js): sample cap and the distance of a trigram a profile lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/**
 * The languages of one script and, per trigram, `[language index, rank, …]` pairs: trigrams of three
 * code units below 1024 by a small-integer key ({@link smallKey}, cheap to hash), the others by string.
 */
interface ScriptIndex {
  langs: string[];
  trigrams: Map<string, Int32Array>;
  small: Map<number, Int32Array>;
}

/** Key of a trigram whose three code units are all below 1024 (30 bits: a small integer). */
function smallKey(a: number, b: number, c: number): number {
  return (a << 20) | (b << 10) | c;
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
      let list = pairs.get(tri);
      if (!list) pairs.set(tri, (list = []));
      list.push(li, r);
    }
  });
  const trigrams = new Map<string, Int32Array>();
  const small = new Map<number, Int32Array>();
  for (const [tri, list] of pairs) {
    const a = tri.charCodeAt(0);
    const b = tri.charCodeAt(1);
    const c = tri.charCodeAt(2);
    if (tri.length === 3 && a < 1024 && b < 1024 && c < 1024) small.set(smallKey(a, b, c), Int32Array.from(list));
    else trigrams.set(tri, Int32Array.from(list));
  }
  idx = { langs, trigrams, small };
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
  }
  for (let i = 0; i < n; i++) {
    let m = maskOf(value.charCodeAt(i));
    while (m !== 0) {
      const j = 31 - Math.clz32(m);
      out[j]++;
      m &= ~(1 << j);
    }
  }
  return out;
}

/** A reusable hash table counting small trigram keys (all slots empty between calls). */
interface SmallTable {
  keys: Int32Array;
  counts: Int32Array;
  /** Slots filled, in first-seen order. */
  used: Int32Array;
  mask: number;
  shift: number;
}
let sharedTable: SmallTable | undefined;

/** A table with room for the trigrams of a sample of `length` characters (at most twice full). */
function smallTable(length: number): SmallTable {
  if (sharedTable && sharedTable.used.length >= length) return sharedTable;
  let bits = 4;
  while (1 << bits < 2 * length) bits++;
  const size = 1 << bits;
  sharedTable = { keys: new Int32Array(size), counts: new Int32Array(size), used: new Int32Array(size >> 1), mask: size - 1, shift: 32 - bits };
  return sharedTable;
}

/** trigram-utils' `clean`: ASCII punctuation and digits to spaces, whitespace collapsed, lower case. */
function cleanSample(value: string): string {
  return value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
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
  const { langs, trigrams, small } = scriptIndex(script);
  const s = ' ' + cleanSample(value) + ' ';
  // Each distinct trigram counted once, under its small key or (any code unit ≥ 1024) its string.
  const counts = new Map<string, number>();
  const table = smallTable(s.length);
  let distinctSmall = 0;
  for (let i = 0; i + 3 <= s.length; i++) {
    const a = s.charCodeAt(i);
    const b = s.charCodeAt(i + 1);
    const c = s.charCodeAt(i + 2);
    if (a < 1024 && b < 1024 && c < 1024) {
      // Open addressing on the key (stored + 1, so 0 is an empty slot).
      const key = smallKey(a, b, c) + 1;
      let h = Math.imul(key, 0x9e3779b1) >>> table.shift;
      while (table.keys[h] !== 0 && table.keys[h] !== key) h = (h + 1) & table.mask;
      if (table.keys[h] === 0) {
        table.keys[h] = key;
        table.used[distinctSmall++] = h;
      }
      table.counts[h]++;
    } else {
      const tri = s.slice(i, i + 3);
      counts.set(tri, (counts.get(tri) ?? 0) + 1);
    }
  }
  const dist = new Float64Array(langs.length).fill((counts.size + distinctSmall) * MAX_DIFFERENCE);
  for (const [tri, c] of counts) addDistances(dist, trigrams.get(tri), c);
  for (let u = 0; u < distinctSmall; u++) {
    const h = table.used[u]!;
    addDistances(dist, small.get(table.keys[h]! - 1), table.counts[h]!);
    table.keys[h] = 0;
    table.counts[h] = 0;
  }
  let best = 0;
  for (let li = 1; li < langs.length; li++) if (dist[li]! < dist[best]!) best = li;
  return langs[best]!;
}

/** Add one sample trigram's distances (it occurs `c` times) to every language whose profile has it. */
function addDistances(dist: Float64Array, list: Int32Array | undefined, c: number): void {
  if (!list) return;
  for (let k = 0; k < list.length; k += 2) {
    let d = c - list[k + 1]! - 1;
    if (d < 0) d = -d;
    dist[list[k]!] += d - MAX_DIFFERENCE;
  }
}
