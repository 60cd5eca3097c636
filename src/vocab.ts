/**
 * Boilerplate vocabulary as data: `data/vocab/<name>.json`, one entry per phrase with its language
 * and an example of where it occurs (after retext-equality's data files). Compiled once per name.
 * @module
 */
import { readFileSync } from 'node:fs';

/** One vocabulary entry. */
export interface VocabEntry {
  /** ISO 639-1 language, or `*` for language-neutral patterns. */
  lang: string;
  /** A regular-expression source, matched case-insensitively against the whole normalised block text
   * (anchored `^…$`), unless `match` says otherwise. */
  pattern: string;
  /** `line` (default): the whole block; `prefix`: the block starts with it; `contains`: anywhere. */
  match?: 'line' | 'prefix' | 'contains';
  /** Where it was seen, e.g. `seed 004: "Send to a friend"`. */
  example: string;
}

/** A vocabulary file. */
export interface VocabFile {
  description: string;
  entries: VocabEntry[];
}

/** Compiled matchers of one vocabulary. */
export interface Vocab {
  name: string;
  entries: readonly VocabEntry[];
  /** Whole-block matcher, or undefined when the vocabulary has no `line` entries. */
  line?: RegExp;
  prefix?: RegExp;
  contains?: RegExp;
  /** The first entry whose pattern matches `text`, for reporting. */
  find(text: string): VocabEntry | undefined;
}

const cache = new Map<string, Vocab>();
const DATA_DIR = new URL('../data/vocab/', import.meta.url);

function compile(name: string, file: VocabFile): Vocab {
  const group = (kind: 'line' | 'prefix' | 'contains'): RegExp | undefined => {
    const pats = file.entries.filter((e) => (e.match ?? 'line') === kind).map((e) => `(?:${e.pattern})`);
    if (!pats.length) return undefined;
    const body = pats.join('|');
    if (kind === 'line') return new RegExp(`^(?:${body})$`, 'iu');
    if (kind === 'prefix') return new RegExp(`^(?:${body})`, 'iu');
    return new RegExp(`(?:${body})`, 'iu');
  };
  const single = file.entries.map((e) => {
    const kind = e.match ?? 'line';
    const src = kind === 'line' ? `^(?:${e.pattern})$` : kind === 'prefix' ? `^(?:${e.pattern})` : e.pattern;
    return { entry: e, re: new RegExp(src, 'iu') };
  });
  return {
    name,
    entries: file.entries,
    line: group('line'),
    prefix: group('prefix'),
    contains: group('contains'),
    find(text: string) {
      return single.find((s) => s.re.test(text))?.entry;
    },
  };
}

/** Load and compile `data/vocab/<name>.json` (cached: vocabularies are immutable). */
export function loadVocab(name: string): Vocab {
  let v = cache.get(name);
  if (v) return v;
  const file = JSON.parse(readFileSync(new URL(`${name}.json`, DATA_DIR), 'utf8')) as VocabFile;
  v = compile(name, file);
  cache.set(name, v);
  return v;
}

/** True when any matcher of the vocabulary matches the text. */
export function vocabMatches(vocab: Vocab, text: string): boolean {
  return fastTest(vocab.line, text) || fastTest(vocab.prefix, text) || fastTest(vocab.contains, text);
}

/**
 * `source` with its `\b` assertions dropped (outside character classes and negative lookarounds),
 * or undefined when it has none. Dropping an assertion only relaxes a pattern, so the result matches
 * every text the original matches: a necessary test. Under the `iu` flags, V8 runs a pattern with
 * `\b` an order of magnitude slower (the post-meta vocabulary: 13×), so the relaxed one goes first.
 */
export function withoutWordBoundaries(source: string): string | undefined {
  let out = '';
  let inClass = false;
  let found = false;
  const groups: boolean[] = []; // per open group: is it a negative lookaround?
  let negative = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (next === 'b' && !inClass && negative === 0) {
        found = true;
        i++;
        continue;
      }
      out += ch + next;
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') inClass = true;
    else if (ch === '(') {
      const neg = source.startsWith('?!', i + 1) || source.startsWith('?<!', i + 1);
      groups.push(neg);
      if (neg) negative++;
    } else if (ch === ')') {
      if (groups.pop()) negative--;
    }
    out += ch;
  }
  return found ? out : undefined;
}

/** One item of a parsed pattern: a literal character, a group, or anything else; with its repeat bounds. */
interface Item {
  kind: 'lit' | 'group' | 'other';
  /** The literal, lower-cased (kind `lit`). */
  ch: string;
  /** Alternatives of a group that must match here (kind `group`; not lookarounds). */
  alts: Item[][];
  min: number;
  max: number;
}

/** Characters taken as literals of a run: matched only by themselves or their ASCII case pair under `iu` (and `K` U+212A for k, `ſ` U+017F for s). */
const PLAIN = /^[A-Za-z0-9 ,;:!'&/-]$/;
const ESCAPED_PLAIN = /^[.+*?()[\]{}|$^/\\-]$/;

/** Parse `src` from `at` up to an unmatched `)` or the end: its alternatives, as item lists. */
function parseAlternatives(src: string, at: number): { alts: Item[][]; end: number } | undefined {
  const alts: Item[][] = [[]];
  let i = at;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === ')') break;
    if (ch === '|') {
      alts.push([]);
      i++;
      continue;
    }
    let item: Item = { kind: 'other', ch: '', alts: [], min: 1, max: 1 };
    if (ch === '\\') {
      const next = src[i + 1];
      if (next === undefined) return undefined;
      if (next >= '1' && next <= '9') return undefined; // a back-reference: not read here
      if (ESCAPED_PLAIN.test(next)) item = { ...item, kind: 'lit', ch: next };
      else if (next === 'p' || next === 'P' || next === 'u' || next === 'x' || next === 'k') {
        // \p{…}, \u{…}/\uXXXX, \xXX, \k<name>: skip the whole escape.
        let j = i + 2;
        if (src[j] === '{' || src[j] === '<') j = src.indexOf(src[j] === '{' ? '}' : '>', j) + 1;
        else j += next === 'x' ? 2 : next === 'u' ? 4 : 0;
        if (j <= i + 1) return undefined;
        i = j;
        alts[alts.length - 1]!.push(item);
        i = quantify(src, i, item);
        if (i < 0) return undefined;
        continue;
      } else if (next === 'b' || next === 'B') item = { ...item, min: 0, max: 0 };
      i += 2;
    } else if (ch === '[') {
      let j = i + 1;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      if (j >= src.length) return undefined;
      i = j + 1;
    } else if (ch === '(') {
      let j = i + 1;
      let look = false;
      if (src.startsWith('?:', j)) j += 2;
      else if (src.startsWith('?=', j) || src.startsWith('?!', j)) (look = true), (j += 2);
      else if (src.startsWith('?<=', j) || src.startsWith('?<!', j)) (look = true), (j += 3);
      else if (src.startsWith('?<', j)) j = src.indexOf('>', j) + 1;
      else if (src[j] === '?') return undefined;
      if (j <= i) return undefined;
      const inner = parseAlternatives(src, j);
      if (!inner || src[inner.end] !== ')') return undefined;
      item = look ? { ...item, min: 0, max: 0 } : { ...item, kind: 'group', alts: inner.alts };
      i = inner.end + 1;
    } else if (ch === '^' || ch === '$') {
      item = { ...item, min: 0, max: 0 };
      i++;
    } else {
      if (PLAIN.test(ch)) item = { ...item, kind: 'lit', ch: ch.toLowerCase() };
      i++;
    }
    alts[alts.length - 1]!.push(item);
    i = quantify(src, i, item);
    if (i < 0) return undefined;
  }
  return { alts, end: i };
}

/** Read a quantifier after an item at `i` into its bounds; the index after it (-1: malformed). */
function quantify(src: string, i: number, item: Item): number {
  const q = src[i];
  if (q === '?' || q === '*' || q === '+') {
    item.min = q === '+' ? item.min : 0;
    item.max = q === '?' ? item.max : Infinity;
    i++;
  } else if (q === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i, i + 20));
    if (!m) return -1;
    item.min = Number(m[1]);
    item.max = m[2] === undefined ? item.min : m[3] ? Number(m[3]) : Infinity;
    i += m[0].length;
  } else return i;
  if (src[i] === '?') i++; // lazy
  return i;
}

/** Literals one of which every match of the alternatives contains, or undefined. */
function literalsOf(alts: Item[][]): string[] | undefined {
  const out: string[] = [];
  for (const items of alts) {
    let best = '';
    let run = '';
    for (const it of items) {
      if (it.kind === 'lit' && it.min === 1 && it.max === 1) {
        run += it.ch;
        if (run.length > best.length) best = run;
      } else run = '';
    }
    if (best.length >= 3) {
      out.push(best);
      continue;
    }
    // No literal run of its own: a group it cannot skip.
    let fromGroup: string[] | undefined;
    for (const it of items) {
      if (it.kind !== 'group' || it.min < 1) continue;
      const inner = literalsOf(it.alts);
      if (inner && (!fromGroup || inner.length < fromGroup.length)) fromGroup = inner;
    }
    if (!fromGroup) return undefined;
    out.push(...fromGroup);
  }
  return out;
}

/**
 * Lower-case ASCII literals (3+ characters) one of which every match of `source` (under the `iu`
 * flags) contains, or undefined when the pattern is not simple enough to tell. Read from the
 * pattern: per alternative, its longest run of plain characters that must occur once each in a row
 * (not optional, not repeated), or else the literals of a group it cannot skip.
 */
export function requiredLiterals(source: string): string[] | undefined {
  const parsed = parseAlternatives(source, 0);
  if (!parsed || parsed.end !== source.length) return undefined;
  const lits = literalsOf(parsed.alts);
  return lits && [...new Set(lits)];
}

/**
 * Most literals a pre-test looks for: it lower-cases the text, which on long blocks costs more than
 * a relaxed regex (post-meta with its 4 literals: 67 ms over the dragnet lines, 33 without them;
 * credits with its one literal: 73 instead of 146).
 */
const MAX_LITERALS = 2;

interface Relaxed {
  loose: RegExp | null;
  literals: string[] | null;
}
const relaxed = new WeakMap<RegExp, Relaxed>();

let lastText = '';
let lastLower = '';

/**
 * True when `text` may match a pattern with these required literals. A text character that the
 * `iu` flags match to an ASCII literal lower-cases to it, except `ſ` (U+017F, folded to `s`): with
 * one, no answer is given from the literals.
 */
function mayContain(text: string, literals: string[]): boolean {
  if (text.includes('\u017f')) return true;
  // A cleaner asks several matchers about one text in a row: its lower case is kept for the next.
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  const lower = lastLower;
  for (let k = 0; k < literals.length; k++) if (lower.includes(literals[k]!)) return true;
  return false;
}

/**
 * `re.test(text)` (false when `re` is undefined), with the relaxed pattern of
 * {@link withoutWordBoundaries} tried first when `re` is unanchored and has word boundaries: same
 * answer, less time on the texts that do not match. Not for `g`/`y` regexes (their `test` moves `lastIndex`).
 */
export function fastTest(re: RegExp | undefined, text: string): boolean {
  if (!re) return false;
  let r = relaxed.get(re);
  if (r === undefined) {
    const plain = !re.global && !re.sticky;
    // Anchored patterns fail fast at the start anyway: literals and the relaxed pattern only for
    // those matched anywhere (where `\b` is retried at every offset). Anchored, the relaxed pass
    // costs about as much as the pattern itself (captions' credit lines: 414 ms over the dragnet
    // lines alone, 554 with it first), so it only adds to the texts that pass it.
    const anywhere = !re.source.startsWith('^');
    const src = plain && anywhere ? withoutWordBoundaries(re.source) : undefined;
    const lits = plain && anywhere && re.flags.includes('i') && re.flags.includes('u') ? requiredLiterals(re.source) : undefined;
    r = {
      loose: src === undefined ? null : new RegExp(src, re.flags),
      literals: lits && lits.length <= MAX_LITERALS ? lits : null,
    };
    relaxed.set(re, r);
  }
  if (r.literals && !mayContain(text, r.literals)) return false;
  if (r.loose && !r.loose.test(text)) return false;
  return re.test(text);
}
