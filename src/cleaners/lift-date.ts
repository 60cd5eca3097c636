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
      const line = readDateLine(doc.children[i]!.text, doc.lang, options.maxResidual);
      if (line) lines.push({ i, line });
    }
    // Closest to the body first (above it, then below): sidebars and teaser lists sit further up.
    lines.reverse();
    const published = lines.find((l) => !l.line.updated) ?? lines[0];
    for (const cand of lines) {
      const { i, line } = cand;
      const block = doc.children[i]!;
      const field = line.updated && cand !== published ? 'modified' : 'date';
      if (cand !== published && field === 'date') continue;
      const reason = `date line "${block.text}" -> metadata.${field}`;
      if (BYLINE_RE.test(block.text)) {
        // A byline with a date: take the date, leave the block to lift-byline.
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
