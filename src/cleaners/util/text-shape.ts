/**
 * Shapes of short blocks shared by the captions, duplicates, related-links and trailing-stories
 * cleaners: comparison keys, headline-like and date-like lines, vocabulary sub-lists by role.
 * @module
 */
import { fastTest, type Vocab, type VocabEntry } from '../../vocab.js';
import { wordRuns, type BlockFeatures } from '../../features.js';

/** Key under which two blocks count as the same text: lower-cased, punctuation and spaces folded (`f`: the block's features, when `text` is its text). */
export function textKey(text: string, f?: BlockFeatures): string {
  // Text below U+00A0 (ASCII, C0/C1 controls) is lower-cased within it and NFKC leaves it as it is,
  // so the key is the feature tokens (the same runs of the lower-cased text) joined. So is text whose
  // other code units are all NFKC-stable ones (curly quotes, dashes, accented Latin letters).
  if (f !== undefined && f.text === text && (f.maxCode < 0xa0 || (f.maxCode < STABLE_END && allStable(text)))) return f.tokens.join(' ');
  // = `.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()`: the letter-and-digit runs joined by one space.
  return wordRuns(text.toLowerCase().normalize('NFKC')).join(' ');
}

/** End (exclusive) of the code units {@link STABLE} describes. */
const STABLE_END = 0x2070;
/**
 * Per code unit below {@link STABLE_END}: 1 when it and its lower case are left as they are by NFKC
 * (so a text made of such units keeps its word runs through `textKey`'s normalisation). Only the
 * Latin-1, Latin Extended-A/B and General Punctuation blocks are admitted (no combining marks, no
 * Hangul or other composing scripts); test/cleaners/lines.test.ts checks pairs of them compose to
 * nothing new.
 */
const STABLE = new Uint8Array(STABLE_END);
for (let c = 0; c < STABLE_END; c++) {
  if (c >= 0x250 && c < 0x2000) continue;
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  STABLE[c] = ch.normalize('NFKC') === ch && lower.normalize('NFKC') === lower ? 1 : 0;
}

/** True when every code unit of `text` is {@link STABLE}. */
function allStable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= STABLE_END || STABLE[c] === 0) return false;
  }
  return true;
}

/** Exported for its test. @internal */
export function isNfkcStableText(text: string): boolean {
  return allStable(text);
}

/** True when the text has at least one letter (separators like `* * *` have none). */
export function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text);
}

/**
 * A date or date-time line on its own, as printed under headlines in link lists:
 * `24/10/2019 17:56`, `2019-10-24`, `Oct 24, 2019`, `24. Oktober 2019`, `3 hours ago`.
 */
const MONTH =
  '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|janv|févr|fév|mars|avr|juin|juil|août|aoû|déc|ene|abr|ago|dic|gen|mag|giu|lug|ott|fev|mai|set|out|dez)[\\p{L}]*\\.?';
/** @internal (exported for the test of {@link isDateLine}'s pre-test) */
export const DATE_LINE_RE: RegExp = new RegExp(
  [
    '^\\(?\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\)?(?:,?\\s*(?:um\\s*|à\\s*|at\\s*)?\\d{1,2}[:.h]\\d{2}(?::\\d{2})?\\s*(?:am|pm|uhr|h)?(?:\\s*[a-z]{2,4})?)?$',
    `^(?:\\p{L}+,?\\s+)?\\d{1,2}\\.?\\s+(?:de\\s+)?${MONTH}\\s+(?:de\\s+)?\\d{4}(?:,?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*(?:am|pm|uhr|h))?)?$`,
    `^(?:\\p{L}+,?\\s+)?${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}(?:,?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*(?:am|pm))?(?:\\s*[a-z]{2,4})?)?$`,
    '^\\d{1,2}[:.]\\d{2}(?:\\s*(?:am|pm|uhr|h))?$',
    '^(?:vor\\s+)?\\d+\\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|stunden?|minuten?|tagen?|heures?|jours?|horas?|días?|dias?|ore|giorni)(?:\\s+(?:ago|her))?$',
    '^(?:il y a|hace|há)\\s+\\d+\\s+\\p{L}+$',
  ].join('|'),
  'iu',
);

/** True for a line that is only a date and/or time. */
export function isDateLine(text: string): boolean {
  return text.length <= 40 && hasAsciiDigit(text) && DATE_LINE_RE.test(text.trim());
}

/** Every alternative of {@link DATE_LINE_RE} holds a `\d` (ASCII 0–9 under `iu` too): a cheap test first. */
function hasAsciiDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

const CONTAINS_DATE_RE = new RegExp(
  `\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}\\b|\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b|\\b\\d{1,2}\\.?\\s+(?:de\\s+)?${MONTH}\\s+(?:de\\s+)?\\d{4}\\b`,
  'iu',
);

/** True when the text contains a full date somewhere (`Published: October 28, 2012`). */
export function containsDate(text: string): boolean {
  return CONTAINS_DATE_RE.test(text);
}

/** A byline: `By John Smith`, `Posted by …`, `von Anna Muster`, `par …`, `por …`, `di …`. */
const BYLINE_RE = /^(?:(?:posted|written|published|reported|edited)\s+by|by|von|par|por|di|de|door|av)\s+\p{Lu}/u;

/** True for a short byline line. */
export function isBylineLike(text: string, f: BlockFeatures): boolean {
  return f.words <= 14 && BYLINE_RE.test(text);
}

/** Starts like a headline: a capital letter, a digit, a quote or an opening bracket. */
export function startsLikeTitle(text: string): boolean {
  return /^[\p{Lu}\p{N}"“”„«‘’'¿¡(\[]/u.test(text);
}

/** A trailing date stuck to a headline: `Bomb against police station 12/02/2016 15:14`. */
const TRAILING_DATE_RE = /\s[-–—|(]?\s*\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?:,?\s*\d{1,2}[:.]\d{2})?\)?$/u;

/** Strip a trailing date from a headline-like line. */
export function stripTrailingDate(text: string): string {
  return text.replace(TRAILING_DATE_RE, '').trim();
}

/** Options of {@link isHeadlineLike}. */
export interface HeadlineShape {
  /** Most words a headline can have. */
  maxWords: number;
  /** Fewest words. */
  minWords: number;
}

/**
 * A title-like line: short, not a run of sentences, no sentence-final full stop (a headline may
 * end in `?`, `!`, `…`, `»` or a closing quote). A trailing date is tolerated.
 */
export function isHeadlineLike(text: string, f: BlockFeatures, shape: HeadlineShape): boolean {
  if (f.words < shape.minWords || f.words > shape.maxWords) return false;
  const t = stripTrailingDate(text);
  if (/[.;:,]\s*$/u.test(t) && !/(?:\.\.\.|…)\s*$/u.test(t) && !/\b[A-Z]\.$/u.test(t)) return false;
  if (f.sentences > 1) return false;
  return true;
}

/** A vocabulary entry may carry a role, e.g. `credit`, `widget`, `caption-cue`. */
export interface RoleEntry extends VocabEntry {
  role?: string;
}

/** Compiled matcher for the entries of one role of a vocabulary. */
export interface RoleMatcher {
  test(text: string): boolean;
  find(text: string): RoleEntry | undefined;
}

/** Build a matcher for the entries of `vocab` whose `role` is one of `roles`, honouring `match`. */
const roleMatchers = new WeakMap<Vocab, Map<string, RoleMatcher>>();

export function roleMatcher(vocab: Vocab, ...roles: string[]): RoleMatcher {
  // Compiled once per vocabulary and role list (cleaners ask for the same matchers on every page).
  let byRoles = roleMatchers.get(vocab);
  if (!byRoles) {
    byRoles = new Map();
    roleMatchers.set(vocab, byRoles);
  }
  const key = roles.join('\u0000');
  let matcher = byRoles.get(key);
  if (!matcher) {
    matcher = buildRoleMatcher(vocab, roles);
    byRoles.set(key, matcher);
  }
  return matcher;
}

function buildRoleMatcher(vocab: Vocab, roles: string[]): RoleMatcher {
  const items = (vocab.entries as readonly RoleEntry[])
    .filter((e) => roles.includes(e.role ?? ''))
    .map((e) => {
      const kind = e.match ?? 'line';
      const src = kind === 'line' ? `^(?:${e.pattern})$` : kind === 'prefix' ? `^(?:${e.pattern})` : e.pattern;
      return { entry: e, re: new RegExp(src, 'iu') };
    });
  // One alternation finds a match iff one of the entries does (no back-references in the vocabularies).
  // When every entry is a whole line (or every one a prefix), the anchors stand outside it
  // (`^(?:a|b)$`, the same matches as `(?:^(?:a)$)|(?:^(?:b)$)`): V8 then tries the alternation at
  // the start only, not at every offset.
  const kinds = new Set(items.map((i) => i.entry.match ?? 'line'));
  const anchored = kinds.size === 1 && !kinds.has('contains') ? [...kinds][0] : undefined;
  const body = items.map((i) => `(?:${i.entry.pattern})`).join('|');
  const any = !items.length
    ? null
    : anchored !== undefined
      ? new RegExp(anchored === 'line' ? `^(?:${body})$` : `^(?:${body})`, 'iu')
      : new RegExp(items.map((i) => `(?:${i.re.source})`).join('|'), 'iu');
  return {
    test: (text) => fastTest(any ?? undefined, text),
    // The entries one by one only when their alternation matches (most texts match none).
    find: (text) => (fastTest(any ?? undefined, text) ? items.find((i) => i.re.test(text))?.entry : undefined),
  };
}
