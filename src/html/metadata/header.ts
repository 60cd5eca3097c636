/**
 * The article header as the page prints it: the blocks around the headline (before any cleaner
 * ran, so a header that `dom-boilerplate` later drops as `<header>` chrome still counts). A date
 * line or byline there is the fallback when the markup gives no date or author, and the printed
 * day corrects a UTC timestamp that fell on the day before or after.
 * @module
 */
import type { Found, HeadlineBlock } from './title.js';
import { titleKey } from './title.js';
import { findDate } from '../../metadata/date.js';
import { cleanName, parseByline, ROLE_RE } from '../../metadata/byline.js';
import { dayDiff, readDateLine, readDateSegment, utcOrFloating } from '../../metadata/date-line.js';

/** How many blocks below / above the headline the header reaches. */
const BELOW = 10;
const ABOVE = 5;
/** Longest block (characters) read as a header line. */
const MAX_CHARS = 300;

/**
 * Block indexes of the header: below the headline (closest first), then above it; around
 * the block that shows the title, else just above the start of the main content. Empty when
 * neither is known.
 */
export function headerOrder(blocks: readonly HeadlineBlock[], title: string | undefined): number[] {
  let anchor = -1;
  if (title) {
    const key = titleKey(title);
    let best = -1;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.text.length > MAX_CHARS || titleKey(b.text) !== key) continue;
      // A heading wins over a plain block (a teaser link with the same words).
      if (best < 0 || (b.level > 0 && blocks[best]!.level === 0)) best = i;
      if (b.level > 0) break;
    }
    anchor = best;
  }
  let below = BELOW;
  let above = ABOVE;
  if (anchor < 0) {
    anchor = blocks.findIndex((b) => b.inMain === true && b.level === 0);
    if (anchor < 0) return [];
    // No headline to go by: the header is above the body's first block.
    below = 2;
    above = 8;
  }
  // Below the headline first: above it sit mastheads that print today's date.
  const out: number[] = [];
  for (let d = 1; d <= below && anchor + d < blocks.length; d++) out.push(anchor + d);
  for (let d = 1; d <= above && anchor - d >= 0; d++) out.push(anchor - d);
  return out;
}

/** A date that is not the story's: a forum member's sign-up day, a birthday. */
const NOT_PUBLISHED_RE =
  /\b(?:registriert|registered|joined|member since|mitglied seit|dabei seit|inscrit|inscrito|iscritto|membre depuis|miembro desde|geboren|born|geburtstag)\b/iu;

/** A byline label opening a block: `By`, `Von`, `Geschrieben von`, `Author:`, `Posted by`… */
const BYLINE_START_RE =
  /^(?:(?:posted|written|published|geschrieben|verfasst|eingestellt|erstellt|gespeichert|veröffentlicht|publié|écrit|escrito|publicado|scritto|pubblicato)\s+(?:by|von|par|por|da|di)\b|(?:by|von|par|por|door)\s+\p{Lu}|(?:autor(?:in)?|author|auteur|text)\s*:)/iu;
/** A publication label right before a date: `Veröffentlicht am`, `Published:`, `Erschienen am:`, `Datum:`. */
const PUB_LABEL_RE =
  /(?:published|posted|released|veröffentlicht|veröffentlichung|erschienen|gepostet|publiziert|pressemitteilung vom|publié|publiée|mis en ligne|publicado|publicada|pubblicato|pubblicata|datum|date|stand)\s*(?:am|on|le|el|il|em|vom|:)?\s*:?\s*$/iu;
const UPDATED_LABEL_RE = /(?:updated|aktualisiert|geändert|änderung|mis à jour|actualizado|aggiornato|atualizado)\s*(?:am|on|le|el|il|em|:)?\s*:?\s*$/iu;

/**
 * A date line of the header: a block that is only a date, one segment of a header line that is,
 * a byline with its date (`Geschrieben von Cooper am 25.08.2015 22:30`), a date right after a
 * publication label (`Veröffentlichung: 04.02.2022 Label: …`), or a date opening the block before
 * a dash (`29.11.2022 – Mehrfach und vehement …`).
 */
function dateOf(text: string, lang: string | undefined): { iso: string; updated: boolean } | undefined {
  if (NOT_PUBLISHED_RE.test(text.slice(0, MAX_CHARS))) return undefined;
  const short = text.length <= MAX_CHARS;
  const words = short ? text.split(' ').length : 100;
  if (words <= 16) {
    const line = readDateLine(text, lang, 3) ?? readDateSegment(text, lang);
    if (line) return { iso: line.match.iso, updated: line.updated };
  }
  // A long block (the lead paragraph) only by how it opens.
  const m = findDate(short ? text : text.slice(0, 80), lang);
  if (!m) return undefined;
  if (words <= 20 && BYLINE_START_RE.test(text)) return { iso: m.iso, updated: false };
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const labelled = words <= 25 || m.start <= 40;
  if (labelled && PUB_LABEL_RE.test(before)) return { iso: m.iso, updated: false };
  if (labelled && UPDATED_LABEL_RE.test(before)) return { iso: m.iso, updated: true };
  if (/^[\s(]*$/u.test(text.slice(0, m.start)) && /^\)?\s*(?:[-–—|:]\s|["“„«]|\)\s*\p{Lu})/u.test(text.slice(m.end))) return { iso: m.iso, updated: false };
  return undefined;
}

/** The published date printed in the header (an update line only when nothing else is dated). */
export function headerDate(blocks: readonly HeadlineBlock[], order: readonly number[], lang: string | undefined): Found<string> | undefined {
  let updated: Found<string> | undefined;
  for (const i of order) {
    const d = dateOf(blocks[i]!.text, lang);
    if (!d) continue;
    const found = { value: d.iso, evidence: `date line near the headline ("${blocks[i]!.text.slice(0, 60)}")` };
    if (!d.updated) return found;
    updated ??= found;
  }
  return updated;
}

/**
 * The printed day, when the markup's timestamp is UTC (or has no offset) and falls one day off it:
 * an offset moves a UTC time by at most a day, a late time forward and an early one back
 * (`2022-11-06T23:00:00Z` on a page dated `7. November 2022`).
 */
export function printedDay(known: string, printed: string): boolean {
  if (!utcOrFloating(known)) return false;
  const d = dayDiff(known, printed);
  const hour = +known.slice(11, 13);
  return (d === 1 && hour >= 14) || (d === -1 && hour < 12);
}

/** Byline labels the shared byline vocabulary lacks: `Gespeichert von`, `Ein Artikel von`, `Posted in News by`. */
const MORE_LABELS_RE =
  /^(?:(?:geschrieben|verfasst|eingestellt|erstellt|gespeichert|veröffentlicht|gepostet)\s+von|(?:publié|écrit|rédigé|posté)\s+par|(?:escrito|publicado|redactado)\s+por|(?:scritto|pubblicato)\s+da|(?:ein\s+)?(?:artikel|beitrag|blog\s*beitrag|bericht|gastbeitrag)\s+von|posted\s+in\s+[^|]{1,40}?\s+by|posted\s+by|published\s+by|written\s+by)\s*:?\s+/iu;
/** A byline label at the start (after the label rewrite above). */
const LABEL_RE = /^(?:(?:by|von|par|por|door)\s+|(?:autor(?:in)?|author|auteur|text|verfasst von)\s*:\s*)/iu;
/** Where a handle after a label ends: `am`/`on` before a date, a separator, a comma. */
const HANDLE_END_RE = /\s+(?:am|on|le|el|il|um|at|under|in|»)\s+|\s*[|·•—–,(]\s*|\s+\d/u;
/** A one-word handle: letters and digits, with a capital inside or a digit (`MikeNils`, `Marianne1`) unless a label says it is a name. */
const HANDLE_RE = /^[\p{L}][\p{L}\d._-]{1,30}$/u;
const CAMEL_OR_DIGIT_RE = /\p{Ll}\p{Lu}|\p{L}\d/u;
const NOT_NAME_RE = /^(?:admin|administrator|redaktion|redaction|rédaction|redacción|redazione|editor|staff|team|user|guest|gast|anonymous|anonym|unknown|home|startseite|news|blog|posts?|comments?|kommentare?|share|teilen|print|drucken|foto|fotos|photo|bild|video|mehr|more|lesezeit|min)$/iu;

function handleOf(s: string, labelled: boolean): string | undefined {
  const w = s.trim();
  if (!HANDLE_RE.test(w) || NOT_NAME_RE.test(w) || ROLE_RE.test(w)) return undefined;
  return labelled || CAMEL_OR_DIGIT_RE.test(w) ? w : undefined;
}

/** A name on either side of a date: `Cara Stiles | April 13, 2020`, `11.12.2019 - Amelie Loevenich`, `MikeNils 18.10.2019, 15:07 Uhr`. */
function nameBesideDate(text: string, lang: string | undefined): string[] {
  const line = readDateLine(text, lang, 4);
  if (!line || line.updated) return [];
  const strip = (s: string): string => s.replace(DATE_WORDS_RE, ' ').replace(/^[\s|·•/—–,:-]+|[\s|·•/—–,:-]+$/gu, '').replace(/\s+\d+$/u, '').trim();
  const before = strip(text.slice(0, line.match.start));
  const after = strip(text.slice(line.match.end));
  const nameIn = (s: string): string | undefined => (s ? cleanName(s) ?? handleOf(s, false) : undefined);
  const a = nameIn(before);
  const b = nameIn(after);
  if (a && !b && after.split(' ').length <= 4) return [a];
  if (b && !a && before.split(' ').length <= 4) return [b];
  return [];
}
/** Words of a date line that are not a name: weekdays, `Uhr`, `Stand:`, `Posted`. */
const DATE_WORDS_RE = /(?<![\p{L}])(?:stand|datum|date|uhr|um|am|on|at|posted|published|veröffentlicht|aktualisiert|updated)(?![\p{L}])\s*:?/giu;

/** Names from a byline of the header; empty when the block is not one. */
function bylineNames(text: string, lang: string | undefined): string[] {
  if (text.length > 160) return [];
  const t = text.replace(MORE_LABELS_RE, 'von ');
  const by = parseByline(t);
  if (by?.authors.length) return by.authors;
  const label = LABEL_RE.exec(t);
  if (label) {
    const rest = t.slice(label[0].length);
    const head = rest.split(HANDLE_END_RE)[0] ?? '';
    const name = cleanName(head) ?? handleOf(head, true);
    return name ? [name] : [];
  }
  return nameBesideDate(text, lang);
}

/** The byline printed in the header: names (or a handle) after a byline label, or a name beside a date. */
export function headerAuthors(blocks: readonly HeadlineBlock[], order: readonly number[], lang: string | undefined): Found<string[]> | undefined {
  for (const i of order) {
    const names = bylineNames(blocks[i]!.text, lang);
    if (names.length) return { value: names, evidence: `byline near the headline ("${blocks[i]!.text.slice(0, 60)}")` };
  }
  return undefined;
}
