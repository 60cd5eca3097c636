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
  return Boolean(vocab.line?.test(text) || vocab.prefix?.test(text) || vocab.contains?.test(text));
}
