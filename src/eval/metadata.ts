/**
 * Metadata evaluation against `<id>.meta.json`: per field, does decruft's value match the gold?
 * Only pages whose gold has a non-empty value for the field count.
 * - title: normalised exact match (soft hyphens and zero-width characters dropped, NFKC, lower
 *   case, punctuation/quotes/symbols read as a space, spaces collapsed) — so the `?` that replaced
 *   curly quotes in the l3s-gn1 gold does not matter, nor a colon that lost its space (`Deal:Es`);
 * - date: same calendar day (trafilatura `date`, readability `publishedTime`), as written in the
 *   ISO string (a gold written year-day-month, `2022-29-11`, or with a dot, `2022-01.26`, read as
 *   the day it names), else the UTC day of a parsable date;
 * - authors: same set of normalised names (trafilatura `author`, `;`/`,`-separated; readability
 *   `byline`; a leading `By` is dropped; `and`/`&`/`und`/`et` also separate names; `ß` reads as
 *   `ss`, as in titles: `Beyß` and `Beyss` are one name).
 * @module
 */
import type { Metadata } from '../types.js';

/** The metadata fields `decruft eval` scores. */
export const META_FIELDS = ['title', 'date', 'authors'] as const;
export type MetaField = (typeof META_FIELDS)[number];

/** Gold values of one page, normalised to decruft's shapes; absent when the gold has none. */
export interface MetaGold {
  title?: string;
  date?: string;
  authors?: string[];
}

/** One field's verdict on one page. */
export interface MetaVerdict {
  gold: string;
  got: string;
  ok: boolean;
}

function nonEmpty(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** Read the gold fields out of a `meta.json` object (trafilatura, readability or l3s-gn1 shape). */
export function metaGold(json: Record<string, unknown>): MetaGold {
  const out: MetaGold = {};
  const title = nonEmpty(json.title);
  if (title) out.title = title;
  const date = nonEmpty(json.date) ?? nonEmpty(json.publishedTime);
  if (date) out.date = date;
  const author = nonEmpty(json.author) ?? nonEmpty(json.byline);
  if (author) {
    const names = splitNames(author);
    if (names.length) out.authors = names;
  } else if (Array.isArray(json.authors)) {
    const names = json.authors.filter((a): a is string => typeof a === 'string').flatMap(splitNames);
    if (names.length) out.authors = names;
  }
  return out;
}

/**
 * Invisible characters: soft hyphens (U+00AD, hyphenation hints a browser shows only at a line
 * break: trafilatura's gold keeps them in `Deutsch\u00adland`) and zero-width spaces/joiners. NFKC
 * keeps them, so without this two titles that read the same would differ.
 */
const INVISIBLE_RE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;

/**
 * Marks that sit inside or against a word, dropped rather than read as a space: apostrophes and
 * quotes (`Kosovo’s`, `‘cursed’`, and the `?` l3s-gn1's gold has in their place), full stops
 * (`U.S.`), hyphens (`e-mail`).
 */
const WORD_JOINER_RE = /[\p{Pi}\p{Pf}'"`´ʼ‘’‚“”„«»?.\-\u2010\u2011]+/gu;

/**
 * Normalise a title: invisible characters dropped, NFKC, lower case, quotes, apostrophes, `?`, full stops and
 * hyphens dropped, other punctuation and symbols read as a space (so `Versammlung:Es` and
 * `Versammlung: Es` are one title), whitespace collapsed.
 */
export function normTitle(s: string): string {
  return s
    .replace(INVISIBLE_RE, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(WORD_JOINER_RE, '')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * Calendar day `YYYY-MM-DD` of a date string: as written when ISO-like (`-` or `.` between the
 * parts; a middle part above 12 with a last part up to 12 is a year-day-month gold, `2022-29-11`),
 * else the parsed UTC day.
 */
export function calendarDay(s: string): string | undefined {
  const m = /^\s*(\d{4})[-.](\d{1,2})[-.](\d{1,2})(?!\d)/.exec(s);
  if (m) {
    let month = Number(m[2]);
    let day = Number(m[3]);
    if (month > 12 && day <= 12) [month, day] = [day, month];
    return `${m[1]}-${two(month)}-${two(day)}`;
  }
  const t = Date.parse(s);
  if (Number.isNaN(t)) return undefined;
  return new Date(t).toISOString().slice(0, 10);
}

/** Split an author string into names: `;`, `,`, `&`, ` and `, ` und `, ` et `; a leading `by`/`von`/`par` is dropped. */
export function splitNames(s: string): string[] {
  return s
    .split(/\s*(?:[;,&|/]|\band\b|\bund\b|\bet\b)\s*/iu)
    .map((n) => n.replace(/^\s*(?:by|von|par|por|di|door)\s+/iu, ''))
    .map(normName)
    .filter(Boolean);
}

/** Normalise one name: NFKC, lower case, `ß` as `ss`, accents kept, punctuation dropped, whitespace collapsed. */
export function normName(s: string): string {
  return s
    .replace(INVISIBLE_RE, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Compare decruft's metadata to the gold; one verdict per field the gold has. */
export function matchMetadata(got: Partial<Metadata> | undefined, gold: MetaGold): Partial<Record<MetaField, MetaVerdict>> {
  const out: Partial<Record<MetaField, MetaVerdict>> = {};
  if (gold.title !== undefined) {
    const g = got?.title ?? '';
    out.title = { gold: gold.title, got: g, ok: !!g && normTitle(g) === normTitle(gold.title) };
  }
  if (gold.date !== undefined) {
    const g = got?.date ?? '';
    const gd = calendarDay(gold.date);
    out.date = { gold: gold.date, got: g, ok: !!g && gd !== undefined && calendarDay(g) === gd };
  }
  if (gold.authors !== undefined) {
    const g = got?.authors ?? [];
    const gs = new Set(g.flatMap(splitNames));
    const want = new Set(gold.authors);
    const ok = gs.size > 0 && gs.size === want.size && [...want].every((n) => gs.has(n));
    out.authors = { gold: gold.authors.join('; '), got: g.join('; '), ok };
  }
  return out;
}
