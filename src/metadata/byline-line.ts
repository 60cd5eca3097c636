/**
 * Byline lines as pages print them around the headline: names (or a one-word handle) after a
 * byline label (`Gespeichert von rasos am 24. Juli 2017`, `Ein Artikel von Pamela Sladky | …`,
 * `Posted in News by damianduchamps on …`), or a name beside a date (`Cara Stiles | April 13, 2020`,
 * `11.12.2019 - Amelie Loevenich`, `MikeNils 18.10.2019, 15:07 Uhr`). Shared by the HTML header
 * reader and lift-byline.
 * @module
 */
import { cleanName, parseByline, ROLE_RE } from './byline.js';
import { findDate } from './date.js';
import { unglue } from './text-util.js';

/**
 * Byline labels the shared byline vocabulary lacks: `Gespeichert von`, `Ein Artikel von`, `Eine Kolumne
 * von`, `Eine Analyse von`, `Posted in News by` (not `Kommentar von`: that signs a reader's comment);
 * a credit for the text (`Text von`, `Text & Fotos:`, `Words:`); a forum thread's starter
 * (`Thread starter Tiberius`, `Themenstarter Pepemaus`).
 */
const MORE_LABELS_RE =
  /^(?:(?:geschrieben|verfasst|eingestellt|erstellt|gespeichert|veröffentlicht|gepostet)\s+von|(?:publié|écrit|rédigé|posté)\s+par|(?:escrito|publicado|redactado)\s+por|(?:scritto|pubblicato)\s+da|(?:eine?\s+)?(?:artikel|beitrag|blog\s*beitrag|bericht|gastbeitrag|kolumne|interview|reportage|glosse|analyse|rezension)\s+von|thread\s+starter|themenstarter|text\s+von|text\s*(?:&|und|and|\+)\s*(?:fotos?|bilder?|photos?)\s*:|words\s*:|posted\s+in\s+[^|]{1,40}?\s+by|posted\s+by|published\s+by|written\s+by)\s*:?\s+/iu;
/** A byline label at the start (after the label rewrite above). */
const LABEL_RE = /^(?:(?:by|von|par|por|door)\s+|(?:autor(?:in)?|author|auteur|text|verfasst von|interview)\s*:(?!\p{Ll})\s*)/iu;
/** Where a handle after a label ends: `am`/`on` before a date, a separator, a comma. */
const HANDLE_END_RE =
  /\s+(?:am|on|le|el|il|um|at|under|in|»)\s+|\s*[|·•—–,(]\s*|\s+\d|\s+\p{L}+\s?:(?:\s|$)|\s+(?:[Vv]eröffentlicht|[Pp]ublished|[Pp]osted|[Pp]ublié|[Pp]ublicado|[Pp]ubblicato)(?![\p{L}])/u;
/** The next credit of a credit line: `Illustration von`, `Fotos:`, `Photos by`. */
const CREDIT_NEXT_RE = /\s+(?:illustrations?|fotos?|photos?|bilder?|grafik)\s*(?::|von\s|by\s)/iu;
/** Another header label after the names: `Started:`, `Tags:`, `Quelle:`. */
const NEXT_LABEL_RE = /\s\p{Lu}\p{L}+\s?:(?:\s|$)/u;

/** A name without its full stop (`Alon Zakai.`), and once when printed twice (a link and its text: `Olivier Minot Olivier Minot`). */
function tidyName(name: string): string {
  const s = name.trim().replace(/(\p{L}{3})\.$/u, '$1');
  const words = s.split(' ');
  const half = words.length / 2;
  return words.length >= 4 && words.length % 2 === 0 && words.slice(0, half).join(' ') === words.slice(half).join(' ') ? words.slice(0, half).join(' ') : s;
}
/** A one-word handle: letters and digits, with a capital inside or a digit (`MikeNils`, `Marianne1`) unless a label says it is a name. */
const HANDLE_RE = /^[\p{L}][\p{L}\d._-]{1,30}$/u;
const CAMEL_OR_DIGIT_RE = /\p{Ll}\p{Lu}|\p{L}\d/u;
const NOT_NAME_RE = /^(?:admin|administrator|redaktion|redaction|rédaction|redacción|redazione|editor|staff|team|user|guest|gast|anonymous|anonym|unknown|home|startseite|news|blog|posts?|comments?|kommentare?|share|teilen|print|drucken|foto|fotos|photo|bild|video|mehr|more|lesezeit|min)$/iu;

function handleOf(s: string, labelled: boolean): string | undefined {
  const w = s.trim();
  if (!HANDLE_RE.test(w) || NOT_NAME_RE.test(w) || ROLE_RE.test(w)) return undefined;
  return labelled || CAMEL_OR_DIGIT_RE.test(w) ? w : undefined;
}

/**
 * A name on either side of a date: `Cara Stiles | April 13, 2020`, `11.12.2019 - Amelie Loevenich`,
 * `MikeNils 18.10.2019, 15:07 Uhr`, `Gunter Frank / 22.04.2020 / 06:15 / Foto: …`; or a byline after
 * it (`Posted on September 21, 2020 by Adi Tzlil`). The other side must not be a name too (`The
 * Guardian 02/10/2020 Anna Fazackerley`: which one?) and is at most eight words.
 */
function nameBesideDate(text: string, lang: string | undefined): string[] {
  const m = findDate(text, lang);
  if (!m) return [];
  // `Evgenia Karp Zuletzt geändert am 06.11.2023`: a name, then the date it was last changed.
  const head = text.slice(0, m.start).replace(CHANGED_LABEL_RE, '');
  if (UPDATED_BEFORE_RE.test(head)) return [];
  // Words with a colon right before the date label it (`Article Launched: 01/14/2008`, `Gallery
  // London Olympics: July 30, 2012`); a name beside its date is not followed by one.
  if (LABEL_COLON_RE.test(head.replace(DATE_WORDS_RE, ' ').trimEnd())) return [];
  const strip = (s: string): string =>
    s.replace(COMMENT_TAIL_RE, '').replace(DATE_WORDS_RE, ' ').replace(/^[\s|·•/—–,:-]+|[\s|·•/—–,:-]+$/gu, '').replace(/\s+\d+$/u, '').trim();
  const before = strip(head);
  // A second date right after the first (`Posted on Freitag, 15. April 2016Samstag, 4. März 2017
  // by LD`: published and modified) goes too.
  let rest = text.slice(m.end);
  for (let k = 0, d = findDate(rest, lang); d && d.start <= 12 && k < 2; k++, d = findDate(rest, lang)) rest = rest.slice(d.end);
  const after = strip(rest);
  if (!before && /^(?:by|von|par|por)\s/iu.test(after)) return labelledNames(after);
  // A comment prompt or count after the date marks a blog's post-meta line (`28. Januar 2015
  // karstenruppert Schreibe einen Kommentar`): a lower-case handle there is the author's.
  const postMeta = COMMENT_TAIL_RE.test(rest);
  const nameIn = (s: string, labelled = false): string | undefined => (s ? cleanName(s) ?? handleOf(s, labelled) : undefined);
  const a = nameIn(before);
  const b = nameIn(after, postMeta);
  if (a && !b && after.split(' ').length <= 8) return [a];
  if (b && !a && before.split(' ').length <= 8) return [b];
  return [];
}
/** Words, then a colon, right before the date: a label (date words such as `Stand:` or `Posted:` are taken out first: `Sara Zinnecker Stand: 05. Februar`). */
const LABEL_COLON_RE = /\p{L}{2,}\s*:\s*$/u;
/** `Zuletzt geändert am`, `Last updated on` right before the date, after the name. */
const CHANGED_LABEL_RE = /\s+(?:(?:zuletzt\s+)?(?:geändert|aktualisiert)\s+am|(?:last\s+)?(?:updated|modified)(?:\s+on)?)\s*:?\s*$/iu;
const UPDATED_BEFORE_RE = /\b(?:updated|modified|aktualisiert|geändert|mis à jour|actualizado|aggiornato)\b/iu;
/** Words of a date line that are not a name: weekdays, `Uhr`, `Stand:`, `Posted`. */
const DATE_WORDS_RE =
  /(?<![\p{L}])(?:stand|datum|date|author|autor|uhr|um|am|on|at|posted|published|veröffentlicht|publiziert|erstellt|aktualisiert|updated|publié le|publicado|pubblicato|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\p{L}])\s*:?/giu;
/** A comment count or prompt ending a post-meta line: `Schreibe einen Kommentar`, `5 Comments`, `Leave a comment`. */
const COMMENT_TAIL_RE =
  /\s*[|·•—–-]?\s*(?:(?:schreibe|hinterlasse|leave|laisser|deja|lascia)\s+(?:einen|a|un|una)\s+(?:kommentar|comment|commentaire|comentario|commento)|(?:\d+|no|keine)\s+(?:kommentare?|comments?|commentaires?|comentarios?|commenti)|(?:kommentare?|comments?)\s*:?\s*\d*)\s*$/iu;

/** Names from a byline of the header; empty when the block is not one. */
export function bylineNames(text: string, lang: string | undefined): string[] {
  if (text.length > 160) return [];
  text = unglue(text);
  const t = text.replace(MORE_LABELS_RE, 'von ');
  if (LABEL_RE.test(t) || parseByline(t)?.authors.length) return labelledNames(text);
  return nameBesideDate(text, lang);
}

/** Names from a line only when a byline label says so (`erstellt von …`, `Author: …`, `By …`); no name-beside-date reading. */
export function labelledBylineNames(text: string): string[] {
  if (text.length > 160) return [];
  text = unglue(text);
  const t = text.replace(MORE_LABELS_RE, 'von ');
  return LABEL_RE.test(t) || parseByline(t)?.authors.length ? labelledNames(text) : [];
}

/** Names (or a handle) after a byline label; empty when there is none or nothing after it. */
function labelledNames(text: string): string[] {
  let t = text.replace(MORE_LABELS_RE, 'von ');
  // The names end before the next label (`Author: Luke Van Leuveren Started: 29 Dec`, `Autor: X Tags: …`,
  // `Text von X Illustration von Y`).
  const credit = CREDIT_NEXT_RE.exec(t);
  if (credit) t = t.slice(0, credit.index);
  const next = NEXT_LABEL_RE.exec(t.slice(1));
  const by = parseByline(next ? t.slice(0, next.index + 1) : t);
  if (by?.authors.length) return [...new Set(by.authors.map(tidyName))];
  const label = LABEL_RE.exec(t);
  if (!label) return [];
  const rest = t.slice(label[0].length);
  const head = tidyName(rest.split(HANDLE_END_RE)[0] ?? '');
  const name = cleanName(head) ?? handleOf(head, true);
  return name ? [name] : [];
}

