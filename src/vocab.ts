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

const relaxed = new WeakMap<RegExp, RegExp | null>();

/**
 * `re.test(text)` (false when `re` is undefined), with the relaxed pattern of
 * {@link withoutWordBoundaries} tried first when `re` has word boundaries: same answer, less time
 * on the texts that do not match. Not for `g`/`y` regexes (their `test` moves `lastIndex`).
 */
export function fastTest(re: RegExp | undefined, text: string): boolean {
  if (!re) return false;
  let loose = relaxed.get(re);
  if (loose === undefined) {
    const src = re.global || re.sticky ? undefined : withoutWordBoundaries(re.source);
    loose = src === undefined ? null : new RegExp(src, re.flags);
    relaxed.set(re, loose);
  }
  if (loose && !loose.test(text)) return false;
  return re.test(text);
}
