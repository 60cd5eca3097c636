/**
 * lift-date: takes the date line of the article header (`07/24/2007 10:44 AM ET`,
 * `Published: December 11, 2007`, `3. März 2008, 14:22 Uhr`) out of the body into
 * `metadata.date` (ISO 8601), and an `Updated …` line into `metadata.modified`. A date glued to the
 * start of the first paragraph (`16 January 2008  The Security Council …`) is cut off it.
 * @module
 */
import { defineCleaner } from '../cleaner.js';
import type { Doc } from '../doc.js';
import { isKept } from '../doc.js';
import { findDate, type DateMatch } from '../metadata/date.js';
import { findBodyStart, headerZone } from '../metadata/text-util.js';
import { loadVocab } from '../vocab.js';

/** Options of {@link liftDate}. */
export interface LiftDateOptions {
  /** Longest block (in words) that can be a date line. */
  maxWords: number;
  /** Most words a date line may have besides the date and its labels (site name, `Print`…). */
  maxResidual: number;
  /** How many kept blocks above the first body paragraph to search. */
  zone: number;
}

const UPDATED_RE =
  /\b(?:updated|modified|aktualisiert|geändert|mis à jour|mise à jour|modifié|actualizado|actualización|aggiornato|atualizado|bijgewerkt|aktualizacja|zaktualizowano)\b/iu;
const BYLINE_RE = /^(?:by|von|par|por|di|door|autor|author)\b/iu;

let labelRe: RegExp | undefined;
function labels(): RegExp {
  if (labelRe) return labelRe;
  const pats = loadVocab('dates').entries.map((e) => e.pattern);
  labelRe = new RegExp(`(?<![\\p{L}])(?:${pats.join('|')})(?![\\p{L}])`, 'giu');
  return labelRe;
}

/** A block that is only a date (plus labels and at most a few other words). */
export interface DateLine {
  match: DateMatch;
  /** Words left besides the date and its labels. */
  residual: string[];
  updated: boolean;
  /** The date is one segment of a longer header line (the line is left in place). */
  segment?: boolean;
}

/** Read a date line; undefined when the block is not (mostly) a date. */
export function readDateLine(text: string, lang: string | undefined, maxResidual = 3): DateLine | undefined {
  const match = findDate(text, lang);
  if (!match) return undefined;
  // Remove every date of the line (`19. Oktober 2019, 19:08 Uhr Editiert am 19. Oktober 2019 …`).
  let rest = text.slice(0, match.start) + ' ' + text.slice(match.end);
  for (let k = 0, m = findDate(rest, lang); m && k < 3; k++, m = findDate(rest, lang)) {
    rest = rest.slice(0, m.start) + ' ' + rest.slice(m.end);
  }
  rest = rest.replace(labels(), ' ');
  const residual = rest.match(/[\p{L}\p{N}][\p{L}\p{N}.'’@/-]*/gu) ?? [];
  // A line that opens with its date may carry a little more (an issue number, the paper's name).
  const allowed = match.start === 0 ? maxResidual + 1 : maxResidual;
  if (residual.length > allowed) return undefined;
  return { match, residual, updated: UPDATED_RE.test(text) };
}

/**
 * A date line of a byline-ish header line: `Paddy · April 19, 2019 · Mac · 7 comments`,
 * `Gunter Frank / 22.04.2020 / 06:15 / Foto: Achgut.com / 150 /` — one segment between `·`, `|`,
 * `•` or ` / ` separators that is only a date.
 */
export function readDateSegment(text: string, lang: string | undefined): DateLine | undefined {
  const parts = text.split(/\s[|·•∙/]\s|\s*[|·•∙]\s*/u);
  if (parts.length < 2) return undefined;
  let offset = 0;
  for (const part of parts) {
    const at = text.indexOf(part, offset);
    offset = at + part.length;
    const line = part.trim().length >= 6 ? readDateLine(part, lang, 0) : undefined;
    if (line) return { ...line, segment: true, match: { ...line.match, start: line.match.start + at, end: line.match.end + at } };
  }
  return undefined;
}

/** Whole days from the calendar day of `a` to that of `b` (both ISO 8601). */
function dayDiff(a: string, b: string): number {
  return Math.round((Date.parse(b.slice(0, 10)) - Date.parse(a.slice(0, 10))) / 86_400_000);
}

/** An ISO timestamp given in UTC (`Z`, `+00:00`) or with no offset at all: its day may not be the page's. */
function utcOrFloating(iso: string): boolean {
  return /T\d{2}:\d{2}/.test(iso) && (/(?:Z|[+-]00:?00)$/.test(iso) || !/(?:Z|[+-]\d{2}:?\d{2})$/.test(iso));
}

function sameDay(a: string | undefined, b: string): boolean {
  return a !== undefined && a.slice(0, 10) === b.slice(0, 10);
}

/** A date at the very start of the first paragraph, followed by a separator or two spaces. */
function leadingDate(doc: Doc, i: number): DateMatch | undefined {
  const text = doc.children[i]!.text;
  const m = findDate(text.slice(0, 60), doc.lang);
  if (!m || m.start !== 0) return undefined;
  const after = text.slice(m.end);
  const sep = /^\s*(?:[-–—|:]\s*)?(?=\p{Lu}|["“„«])/u.exec(after);
  if (!sep) return undefined;
  // A sentence that merely starts with a date ("March 3, 2008 was…") has no separator before a
  // capital; require a dash/colon, or a source that had two spaces there.
  if (!/[-–—|:]/u.test(sep[0]) && !/\s{2,}|\u00a0/u.test(doc.source.slice(doc.children[i]!.position.start.offset, doc.children[i]!.position.end.offset))) {
    return undefined;
  }
  return { ...m, end: m.end + sep[0].length };
}

export const liftDate = defineCleaner<LiftDateOptions>(
  {
    id: 'lift-date',
    purpose: 'Lifts the date line of the article header into metadata.date (ISO 8601) and an update line into metadata.modified.',
    defaults: { maxWords: 16, maxResidual: 3, zone: 15 },
  },
  ({ doc, options, setMeta, lift, stripPrefix }) => {
    const zone = headerZone(doc, options.zone);
    const bodyStart = findBodyStart(doc);
    // A date line can also sit just under the first paragraph (when that is a dek taken for the lead).
    const after: number[] = [];
    for (let i = bodyStart + 1; bodyStart >= 0 && i < doc.children.length && after.length < 3; i++) {
      if (isKept(doc.children[i]!)) after.push(i);
    }
    const lines: { i: number; line: DateLine }[] = [];
    for (const i of [...zone, ...after.reverse()]) {
      if (doc.features[i]!.words > options.maxWords) continue;
      const text = doc.children[i]!.text;
      const line = readDateLine(text, doc.lang, options.maxResidual) ?? readDateSegment(text, doc.lang);
      if (line) lines.push({ i, line });
    }
    // Closest to the body first (above it, then below): sidebars and teaser lists sit further up.
    lines.reverse();
    const published = lines.find((l) => !l.line.updated) ?? lines[0];
    // The page's markup gives a UTC (or offset-less) time whose day is one off the day the page
    // prints in its header (`2022-11-06T23:00:00Z` on a page dated `7. November 2022`): the page's
    // own day wins; the time is then the printed one, if any.
    const known = doc.metadata.date;
    if (published && !published.line.updated && known && doc.provenance.date?.ruleId !== 'lift-date' && utcOrFloating(known)) {
      // An offset moves a UTC time by at most a day, and only a late time forward, an early one back.
      const d = dayDiff(known, published.line.match.iso);
      const hour = +known.slice(11, 13);
      if ((d === 1 && hour >= 14) || (d === -1 && hour < 12)) {
        const block = doc.children[published.i]!;
        doc.metadata.date = published.line.match.iso;
        doc.provenance.date = {
          ruleId: 'lift-date',
          evidence: `line ${block.position.start.line}: the page's own day for ${known} (${doc.provenance.date?.evidence ?? 'page metadata'})`,
        };
      }
    }
    for (const cand of lines) {
      const { i, line } = cand;
      const block = doc.children[i]!;
      const field = line.updated && cand !== published ? 'modified' : 'date';
      if (cand !== published && field === 'date') continue;
      const reason = `date line "${block.text}" -> metadata.${field}`;
      if (BYLINE_RE.test(block.text) || line.segment) {
        // A byline with a date, or a date among other header facts: take the date, leave the block.
        setMeta(field, line.match.iso, `line ${block.position.start.line}`);
        continue;
      }
      if (setMeta(field, line.match.iso, `line ${block.position.start.line}`, block)) {
        block.removed = { ruleId: 'lift-date', reason };
      } else if (sameDay(doc.metadata[field], line.match.iso)) {
        lift(block, field, reason);
      }
    }
    // Dates inside byline blocks already lifted by lift-byline.
    if (doc.metadata.date === undefined && zone.length) {
      for (let i = zone[0]!; i < (bodyStart < 0 ? zone[zone.length - 1]! + 1 : bodyStart); i++) {
        const b = doc.children[i]!;
        if (isKept(b) || b.lifted?.ruleId !== 'lift-byline') continue;
        const m = findDate(b.text, doc.lang);
        if (m && setMeta('date', m.iso, `line ${b.position.start.line} (byline)`)) break;
      }
    }
    // A date glued to the first paragraph.
    if (bodyStart >= 0 && (doc.metadata.date === undefined || !lines.length)) {
      const m = leadingDate(doc, bodyStart);
      if (m) {
        const block = doc.children[bodyStart]!;
        const iso = m.iso;
        if (doc.metadata.date === undefined) setMeta('date', iso, `line ${block.position.start.line} (paragraph start)`);
        if (sameDay(doc.metadata.date, iso)) {
          stripPrefix(block, m.end, 'date', `date "${block.text.slice(0, m.end).trim()}" at the start of the first paragraph -> metadata.date`);
        }
      }
    }
  },
);
