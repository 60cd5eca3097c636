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

/** A date that is not the story's: a forum member's sign-up day, a birthday. */
export const NOT_PUBLISHED_RE =
  /\b(?:registriert|registered|joined|member since|mitglied seit|dabei seit|inscrit|inscrito|iscritto|membre depuis|miembro desde|geboren|born|geburtstag)\b/iu;

/** A byline label opening a block: `By`, `Von`, `Geschrieben von`, `Author:`, `Posted by`… */
const BYLINE_START_RE =
  /^(?:(?:posted|written|published|geschrieben|verfasst|eingestellt|erstellt|gespeichert|veröffentlicht|publié|écrit|escrito|publicado|scritto|pubblicato)\s+(?:by|von|par|por|da|di)\b|(?:by|von|par|por|door)\s+\p{Lu}|(?:autor(?:in)?|author|auteur|text)\s*:)/iu;
/** A publication label right before a date: `Veröffentlicht am`, `Published:`, `Erschienen am:`, `Datum:`. */
const PUB_LABEL_RE =
  /(?:published|posted|released|veröffentlicht|veröffentlichung|erschienen|gepostet|publiziert|pressemitteilung vom|publié|publiée|mis en ligne|publicado|publicada|pubblicato|pubblicata|datum|date|stand)\s*(?:am|on|le|el|il|em|vom|:)?\s*:?\s*$/iu;
/** What may open a post-meta line before its date: nothing, `Am`/`On`/`Le`…, a weekday. */
const POST_META_OPEN_RE = /^[\s(]*(?:(?:am|on|le|el|il|em|op)\s+)?(?:\p{L}{2,10}\.?,?\s+)?$/iu;
/** What follows the date of a post-meta line: the author (`by`, `von`, `par`…) or the category (`in`). */
const POST_META_AFTER_RE = /^,?\s*(?:(?:um|at|à|a las|alle)\s+[\d:.h]+\s*(?:uhr|am|pm)?\s*)?(?:by|von|par|por|di|door|in|em|en)(?:\s+\S|(?=\p{Lu}))/iu;
/** A byline right before the date: `by Name on`, `von Name am`. */
const POST_META_BEFORE_RE = /\b(?:by|von|par|por|door)\s+\S+(?:\s+\S+){0,2}\s+(?:on|am|le|el|il|op)\s*$/iu;
const UPDATED_LABEL_RE = /(?:updated|edited|aktualisiert|geändert|änderung|zuletzt|mis à jour|actualizado|aggiornato|atualizado)\s*(?:am|on|le|el|il|em|:)?\s*:?\s*$/iu;

/**
 * A publication-labelled date after an update's in one short line (`Letzte Änderung: 31.10.2023 -
 * 14:49:39 Erschienen am: 01.11.2023 Lesungen: 61`): the update comes first, the story's date after.
 */
function publishedAfter(text: string, from: number, lang: string | undefined): { iso: string; updated: boolean } | undefined {
  let at = from;
  for (let k = 0; k < 2; k++) {
    const m = findDate(text.slice(at), lang);
    if (!m) return undefined;
    if (PUB_LABEL_RE.test(text.slice(Math.max(at, at + m.start - 40), at + m.start))) return { iso: m.iso, updated: false };
    at += m.end;
  }
  return undefined;
}

/**
 * A date with a label that says it is the story's, in a header line that is more than a date: a
 * byline with its date (`Geschrieben von Cooper am 25.08.2015 22:30`), a date right after a
 * publication label (`Veröffentlichung: 04.02.2022 Label: …`, `Pressemitteilung vom 25. Januar
 * 2022 | Berlin – …`), or a date opening the block before a dash (`29.11.2022 – Mehrfach und
 * vehement …`). A long block (the lead paragraph) is read only by how it opens. With `postMeta`
 * (text dumps), also a blog's post-meta line; the HTML header reader leaves those out: in a page's
 * markup a `<time>` is better evidence than a teaser's post-meta line near the headline.
 */
export function readLabelledDate(
  text: string,
  lang: string | undefined,
  postMeta = true,
): { iso: string; updated: boolean } | undefined {
  const short = text.length <= 300;
  // The date first: findDate rules most lines out at once (no digit), the `\b…\b` test does not.
  const m = findDate(short ? text : text.slice(0, 80), lang);
  if (!m) return undefined;
  if (NOT_PUBLISHED_RE.test(text.slice(0, 300))) return undefined;
  const words = short ? text.split(' ').length : 100;
  if (words <= 20 && BYLINE_START_RE.test(text)) return { iso: m.iso, updated: false };
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const labelled = words <= 25 || m.start <= 40;
  if (labelled && PUB_LABEL_RE.test(before)) return { iso: m.iso, updated: false };
  if (labelled && UPDATED_LABEL_RE.test(before)) return (short && publishedAfter(text, m.end, lang)) || { iso: m.iso, updated: true };
  if (/^[\s(]*$/u.test(text.slice(0, m.start)) && /^\)?\s*(?:[-–—|:]\s|["“„«]|\)\s*\p{Lu})/u.test(text.slice(m.end))) return { iso: m.iso, updated: false };
  // A blog's post-meta line: the date, then who wrote it or where it was filed (`6. Dezember 2022
  // von Fatima in Gefühle`, `July 24, 2019 by Amy Motroni 5 Comments`, `19.11.2021 in Community,
  // …`), or a byline before its date (`Posted in Datenschutz by damianduchamps on August 3, 2019`).
  if (!postMeta) return undefined;
  if (words <= 20 && POST_META_OPEN_RE.test(text.slice(0, m.start)) && POST_META_AFTER_RE.test(text.slice(m.end))) return { iso: m.iso, updated: false };
  if (words <= 20 && POST_META_BEFORE_RE.test(before)) return { iso: m.iso, updated: false };
  return undefined;
}
