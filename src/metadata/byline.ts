/**
 * Byline parsing: `By JOHN SMITH and JANE DOE, Associated Press Writer` → `['John Smith', 'Jane Doe']`,
 * with roles and agencies cut off. Usable on a byline text from HTML too (`rel=author`, meta author).
 * @module
 */
import { loadVocab } from '../vocab.js';
import { isFurnitureLabel } from '../cleaners/util/lines.js';
import { findDate } from './date.js';

/** `March 18 at 11:59 AM` after the name: a date without a year. */
const MONTH_DAY_RE =
  /\s*,?\s*\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d.*$/iu;

const WEEKDAY_RE =
  /\s*,?\s*\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b.*$|\s*,?\s*\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b.*$/iu;

/** `x` or `X` at the start of each word: the relative-date pattern is case-sensitive so its end can test for a lower-case letter. */
const anyCase = (words: string): string => words.replace(/(^|\|)(\p{Ll})/gu, (_, sep: string, ch: string) => `${sep}[${ch}${ch.toUpperCase()}]`);
/**
 * A relative date after the names (`José Miguel WilsonHace 13 horas`, `Houzz Deutschlandvor 5
 * Stunden`, `Jane Doe 3 hours ago`): author markup that holds the time element too, often glued to
 * the name; it and all after it go.
 */
const RELATIVE_DATE_RE = new RegExp(
  `\\s*(?:(?:${anyCase('hace|vor|il y a|há')})\\s+(?:\\d{1,3}|${anyCase('einer?|un[ae]?')})\\s+(?:${anyCase(
    'sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?|segundos?|minutos?|horas?|días?|dias?|semanas?|mes(?:es)?|años?|anos?|secondes?|minutes?|heures?|jours?|semaines?|mois|ans?',
  )})(?!\\p{Ll})|\\d{1,3}\\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\\s+ago\\b).*$`,
  'u',
);

/**
 * A link to the author's other stories after the name (`Johanna Kropfitsch Alle Artikel`, `Jane
 * Doe View all posts`): it and all after it go.
 */
const AUTHOR_PAGE_LINK_RE =
  /\s+(?:alle (?:artikel|beiträge)(?: von| anzeigen)?|(?:view |see )?all (?:posts|articles|stories)(?: by)?|more (?:posts|articles|stories) by|tous (?:les|ses) articles|todos (?:los|sus) artículos|tutti gli articoli)(?:\s.*)?$/iu;

/** A short weekday before a date the names were cut at (`Von Tomas Spahn Fr, 18. Oktober 2019`). */
const SHORT_WEEKDAY_END_RE = /\s+(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Lun|Mar|Mer|Jeu|Ven|Sam|Dim)\.?,?\s*$/u;

/** Words that make a piece of a byline a role or an organisation, not a person. */
export const ROLE_RE =
  /\b(?:writer|reporter|correspondent|editor|editors|staff|press|news|service|agency|wire|desk|bureau|contributor|columnist|journalist|photographer|associated|reuters|afp|ap|dpa|apa|sda|kna|epd|ansa|efe|xinhua|bloomberg|upi|cnn|bbc|redaktion|redakteur|redakteurin|korrespondent|korrespondentin|rédaction|correspondant|correspondante|envoyé|envoyée|spécial|redacción|corresponsal|agencia|redazione|inviato|redactie|redakcja|online|magazine|times|post|daily|herald|tribune|journal|gazette|team|group|media|network|special|senior|chief|sports|business|political|science|health|technology|tech|updated|published|posted|am|pm|ago|author|engineer|manager|coordinator|director|marketing|officer|founder|analyst|consultant|strategist)\b/iu;

/** Separators between names. */
const AND_RE = /\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\bi\b|\boraz\b)\s*/iu;

/** Lower-case particles allowed inside a name. */
const PARTICLE = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'ter', 'le', 'la', 'du', 'al', 'el', 'bin', 'ben', 'y', 'zu']);

function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’\s.])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** A byline label on a line (or in an element) of its own, the name on the next: `By`, `Von:`, `Autor:`, `Written by`. */
export const LABEL_ONLY_RE = /^(?:(?:written|posted)\s+by|by|von|par|por|di|door|autor(?:in)?|author|auteur|text)\s*:?$/iu;

/** A capitalised word of a name. */
const NAME_WORD_RE = /^\p{Lu}[\p{L}'’.-]*$/u;

/** `lo <= s.split(' ').length <= hi`, counting the spaces. */
function wordCountWithin(s: string, lo: number, hi: number): boolean {
  let n = 1;
  for (let i = s.indexOf(' '); i !== -1; i = s.indexOf(' ', i + 1)) if (++n > hi) return false;
  return n >= lo;
}

/** A person's name: 2–5 words, capitalised (particles allowed), letters only, not a furniture label. */
export function cleanName(raw: string): string | undefined {
  const s = raw
    .replace(/^[\s,;:·•|–—-]+|[\s,;:·•|–—-]+$/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/(?:\s+(?:le|la|el|il|am|vom|on|at|à|a|de|du|em|op|um|den|der|the))+$/iu, '');
  // Every test says no on its own, so the cheap ones go first: the word count (without a split),
  // the words' shape, then the role words (a `\b…\b` alternation under `iu`, slow on long texts).
  if (!s || !wordCountWithin(s, 2, 5)) return undefined;
  const words = s.split(' ');
  for (const w of words) {
    if (PARTICLE.has(w.toLowerCase()) && w === w.toLowerCase()) continue;
    if (!NAME_WORD_RE.test(w)) return undefined;
  }
  if (ROLE_RE.test(s) || /\d|@|https?:|www\./iu.test(s)) return undefined;
  if (isFurnitureLabel(s)) return undefined;
  const letters = s.replace(/[^\p{L}]/gu, '');
  const allCaps = letters === letters.toUpperCase() && letters.length > 3;
  return allCaps ? words.map((w) => (PARTICLE.has(w.toLowerCase()) ? w.toLowerCase() : titleCase(w))).join(' ') : s;
}

/** Split a list of names (`A, B and C`) after the byline label, cutting roles/agencies/dates. */
export function splitNames(rest: string): string[] {
  if (!rest) return [];
  // Cut at the first separator that starts something else: ` - `, `|`, `·`, `(`, a date, a role.
  rest = rest.replace(RELATIVE_DATE_RE, '').replace(AUTHOR_PAGE_LINK_RE, '');
  const date = findDate(rest);
  if (date) rest = rest.slice(0, date.start).replace(SHORT_WEEKDAY_END_RE, '');
  // An e-mail address or a handle after the name (`Por Mariano Martín mmartin@ambito.com.ar`,
  // `Williams Perdomo @wperdomod`) goes whole; an update label ends the names (`By Alejandro
  // Villamor Last updated Nov 8, 2023`).
  rest = rest
    .replace(WEEKDAY_RE, '')
    .replace(MONTH_DAY_RE, '')
    .replace(/(?<!\S)[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[\w.]+/gu, ' ')
    .split(/\b(?:(?:last\s+|zuletzt\s+)?(?:updated|aktualisiert|geändert)|published|posted|veröffentlicht|publié|mis à jour|actualizado|publicado|pubblicato|aggiornato)\b/iu)[0]!;
  const cut = rest.split(/\s[-–—|·•]\s|\s*[|·•(/]\s*|\s+(?:on|am|vom|le|el|il|op)\s+\p{L}*\s*\d|\s+\d/u)[0] ?? '';
  const names: string[] = [];
  for (const piece of cut.split(AND_RE)) {
    const name = cleanName(piece);
    if (name) names.push(name);
    else if (piece.trim() && !ROLE_RE.test(piece) && names.length === 0 && /^\p{Lu}/u.test(piece.trim())) {
      // A piece that is not a name before any name: not a byline.
      return [];
    }
  }
  return [...new Set(names)];
}

/** A byline read from a block. */
export interface Byline {
  authors: string[];
  /** Agency named in the byline (`By the Associated Press`, `By Jane Doe, AFP`), if any. */
  source?: string;
}

const AGENCY_RE =
  /\b(associated press|reuters|agence france-presse|afp|ap|dpa|ansa|efe|xinhua|bloomberg|upi|press association|canadian press|kyodo|yonhap|tass|anp|belga|apa|sda|kna|epd|pap)\b/iu;

/** Parse a byline line (`By …`, `Von …`, `Par …`, `Autor: …`); undefined when it is not one. */
export function parseByline(text: string): Byline | undefined {
  const vocab = loadVocab('bylines');
  // `ByAlex Bozarjian`: the dump lost the space after the label; `ByJ.R. Stone`: …or before initials.
  text = text.replace(/^(By|Von|Par|Por|Door)(?=\p{Lu}(?:\p{Ll}|\.\s?\p{Lu}\.))/u, '$1 ');
  const m = vocab.prefix?.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length).trim();
  if (!rest) return undefined;
  const authors = splitNames(rest.replace(/^the\s+/iu, ''));
  const agency = AGENCY_RE.exec(rest)?.[1];
  const source = agency ? normaliseAgency(agency) : undefined;
  if (!authors.length && !(source && rest.replace(/^the\s+/iu, '').length <= agency!.length + 12)) return undefined;
  return source ? { authors, source } : { authors };
}

function normaliseAgency(a: string): string {
  const l = a.toLowerCase();
  if (l === 'ap' || l === 'associated press') return 'Associated Press';
  if (l === 'afp' || l === 'agence france-presse') return 'AFP';
  if (l === 'reuters') return 'Reuters';
  if (l.length <= 4) return a.toUpperCase() === a ? a : a;
  return titleCase(a);
}
