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
import { findBodyStart, headerZone, unglue } from '../metadata/text-util.js';
import { footerDate } from '../html/metadata/header.js';
import { dayDiff, NOT_PUBLISHED_RE, readDateLine, readDateSegment, readLabelledDate, utcOrFloating, type DateLine } from '../metadata/date-line.js';

export { readDateLine, readDateSegment, type DateLine };

/** Options of {@link liftDate}. */
export interface LiftDateOptions {
  /** Longest block (in words) that can be a date line. */
  maxWords: number;
  /** Most words a date line may have besides the date and its labels (site name, `Print`…). */
  maxResidual: number;
  /** How many kept blocks above the first body paragraph to search. */
  zone: number;
  /** Text dumps, when nothing in `zone` or right under the body start is a date line: how far up to look then. */
  textZone: number;
  /** How many kept blocks below the body start a date line is looked for when nothing else dates the page. */
  belowReach: number;
}

const BYLINE_RE = /^(?:by|von|par|por|di|door|autor|author)\b/iu;
/** Provenance of a date the HTML metadata read off the article header (src/html/metadata/header.ts). */
const HEADER_DATE_RE = /^date line near the headline/;

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

/**
 * The date lines among `order` (in that order): whole date lines first; without one, a labelled date
 * in a longer header line (`Von Jule Radeck Vom 3. Februar 2022`, `Veröffentlichung: 04.02.2022 Label:
 * …`), which stays where it is.
 */
function dateLines(doc: Doc, order: readonly number[], options: LiftDateOptions): { i: number; line: DateLine }[] {
  const lines: { i: number; line: DateLine }[] = [];
  for (const i of order) {
    if (doc.features[i]!.words > options.maxWords) continue;
    const text = unglue(doc.children[i]!.text);
    const line = readDateLine(text, doc.lang, options.maxResidual) ?? readDateSegment(text, doc.lang);
    if (line) lines.push({ i, line });
  }
  if (!lines.length) {
    for (const i of order) {
      if (doc.features[i]!.words > options.maxWords + 4) continue;
      const d = readLabelledDate(unglue(doc.children[i]!.text), doc.lang);
      if (d) lines.push({ i, line: { match: { iso: d.iso, start: 0, end: 0 }, residual: [], updated: d.updated, segment: true } });
    }
  }
  return lines;
}

export const liftDate = defineCleaner<LiftDateOptions>(
  {
    id: 'lift-date',
    purpose: 'Lifts the date line of the article header into metadata.date (ISO 8601) and an update line into metadata.modified.',
    defaults: { maxWords: 16, maxResidual: 3, zone: 25, textZone: 40, belowReach: 30 },
  },
  ({ doc, options, setMeta, lift, stripPrefix }) => {
    const zone = headerZone(doc, options.zone);
    const bodyStart = findBodyStart(doc);
    // A date line can also sit just under the first paragraph (when that is a dek taken for the lead).
    const after: number[] = [];
    for (let i = bodyStart + 1; bodyStart >= 0 && i < doc.children.length && after.length < 3; i++) {
      if (isKept(doc.children[i]!)) after.push(i);
    }
    const lines = dateLines(doc, [...zone, ...after.reverse()], options);
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
      } else if (field === 'date' && i < bodyStart && HEADER_DATE_RE.test(doc.provenance.date?.evidence ?? '')) {
        // The page's date was read off another date line of its header before the cleaners ran
        // (src/html/metadata/header.ts): this one, above the body, is a date line all the same.
        lift(block, field, `${reason} (the page's date is from another date line of its header)`);
      }
    }
    // Dates inside byline blocks already lifted by lift-byline.
    // Every block it took counts: taking the byline out can move the body start up past it (a
    // teaser paragraph above then joins the story's run of prose).
    if (doc.metadata.date === undefined) {
      for (let i = 0; i < doc.children.length; i++) {
        const b = doc.children[i]!;
        if (isKept(b) || b.lifted?.ruleId !== 'lift-byline') continue;
        const m = findDate(unglue(b.text), doc.lang);
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
    // Still no date: a date line or a labelled date below the story's opening (`Erscheinungsdatum:
    // 07.02.2022`, `Published: 03 December 2019`, `24. April 2020 | Pressemitteilungen`): the first
    // one within `belowReach` kept blocks of the body start, the line kept.
    // An update line there is taken when it is the only one (the story is no younger than it).
    if (doc.metadata.date === undefined && bodyStart >= 0 && !doc.children[0]?.dom) {
      let updated: { iso: string; line: number } | undefined;
      for (let i = bodyStart + 1, n = 0; i < doc.children.length && n < options.belowReach; i++) {
        if (!isKept(doc.children[i]!)) continue;
        n++;
        if (doc.features[i]!.words > options.maxWords) continue;
        const text = unglue(doc.children[i]!.text);
        if (NOT_PUBLISHED_RE.test(text)) continue;
        const line = readDateLine(text, doc.lang, 1) ?? readDateSegment(text, doc.lang);
        const d = line ? { iso: line.match.iso, updated: line.updated } : readLabelledDate(text, doc.lang);
        if (!d) continue;
        if (d.updated) {
          updated ??= { iso: d.iso, line: doc.children[i]!.position.start.line };
          continue;
        }
        updated = undefined;
        setMeta('date', d.iso, `line ${doc.children[i]!.position.start.line} (below the body start; the line is kept)`);
        break;
      }
      if (updated) setMeta('date', updated.iso, `line ${updated.line} (an update line below the body start, the only date; the line is kept)`);
    }
    // Still no date in a text dump, which carries the whole page above the body (menus, a recipe's
    // ingredient list): the date line closest above the header zone, up to `textZone` blocks up, the
    // line kept (a sidebar up there can date other stories).
    if (doc.metadata.date === undefined && !doc.children[0]?.dom) {
      const near = new Set(zone);
      const far = dateLines(doc, headerZone(doc, options.textZone).filter((i) => !near.has(i)), options).reverse();
      const pick = far.find((l) => !l.line.updated);
      if (pick) setMeta('date', pick.line.match.iso, `line ${doc.children[pick.i]!.position.start.line} (above the header zone; the line is kept)`);
    }
    // Still no date on an HTML page: a blog's post-meta footer after the story (the line stays).
    if (doc.metadata.date === undefined && doc.children[0]?.dom) {
      const heads = doc.children.map((b) => ({ text: b.text, level: b.dom?.level ?? 0, inMain: b.dom?.extra?.inMain === true }));
      const footer = footerDate(heads, doc.lang);
      if (footer) setMeta('date', footer.value, footer.evidence);
    }
  },
);
