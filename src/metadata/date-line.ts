/**
 * Date lines: a block that is only a date (plus its labels and a few other words), or one segment
 * of a header line that is. Shared by lift-date (text blocks) and the HTML header reader.
 * @module
 */
import { findDate, type DateMatch } from './date.js';
import { loadVocab } from '../vocab.js';

const UPDATED_RE =
  /\b(?:updated|modified|aktualisiert|geändert|mis à jour|mise à jour|modifié|actualizado|actualización|aggiornato|atualizado|bijgewerkt|aktualizacja|zaktualizowano)\b/iu;

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
export function dayDiff(a: string, b: string): number {
  return Math.round((Date.parse(b.slice(0, 10)) - Date.parse(a.slice(0, 10))) / 86_400_000);
}

/** An ISO timestamp given in UTC (`Z`, `+00:00`) or with no offset at all: its day may not be the page's. */
export function utcOrFloating(iso: string): boolean {
  return /T\d{2}:\d{2}/.test(iso) && (/(?:Z|[+-]00:?00)$/.test(iso) || !/(?:Z|[+-]\d{2}:?\d{2})$/.test(iso));
}

