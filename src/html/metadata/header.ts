/**
 * The article header as the page prints it: the blocks around the headline (before any cleaner
 * ran, so a header that `dom-boilerplate` later drops as `<header>` chrome still counts). A date
 * line or byline there is the fallback when the markup gives no date or author, and the printed
 * day corrects a UTC timestamp that fell on the day before or after.
 * @module
 */
import type { Found, HeadlineBlock } from './title.js';
import { headKey, titleKey } from './title.js';
import { bylineNames, labelledBylineNames } from '../../metadata/byline-line.js';
import { cleanName, LABEL_ONLY_RE } from '../../metadata/byline.js';
import { stopwords } from '../../features.js';
import { findDate } from '../../metadata/date.js';
import { dayDiff, NOT_PUBLISHED_RE, readDateLine, readDateSegment, readLabelledDate, utcOrFloating } from '../../metadata/date-line.js';

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
export function headerOrder(blocks: readonly HeadlineBlock[], title: string | undefined, reach = BELOW): number[] {
  let anchor = -1;
  if (title) {
    const key = titleKey(title);
    let best = -1;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (b.text.length > MAX_CHARS || headKey(b) !== key) continue;
      // A heading wins over a plain block (a teaser link with the same words).
      if (best < 0 || (b.level > 0 && blocks[best]!.level === 0)) best = i;
      if (b.level > 0) break;
    }
    anchor = best;
  }
  let below = reach;
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

const HAS_DIGIT_RE = /\d/;

/** Longest block (in words) read as a date line. */
const MAX_LINE_WORDS = 16;

/**
 * A date line of the header: a block that is only a date, one segment of a header line that is,
 * or a labelled date ({@link readLabelledDate}); else one of the block's `<br>` lines that is a
 * date line (`Synchronschwimmen<br>01.02.2022 Kategorie: Synchronschwimmen, Verband`: the block
 * as a whole has too many other words).
 */
function dateOf(block: HeadlineBlock, lang: string | undefined): { iso: string; updated: boolean } | undefined {
  const { text } = block;
  // Every date the readers below find has an ASCII digit (and the lines are parts of the text).
  if (!HAS_DIGIT_RE.test(text)) return undefined;
  if (NOT_PUBLISHED_RE.test(text.slice(0, MAX_CHARS))) return undefined;
  const whole = dateLineOf(text, lang) ?? readLabelledDate(text, lang, false);
  if (whole || !block.lines || text.length > MAX_CHARS) return whole;
  for (const line of block.lines) {
    const d = dateLineOf(line, lang);
    if (d) return d;
  }
  return undefined;
}

/** A short line that is a date line or has a date segment. */
function dateLineOf(text: string, lang: string | undefined): { iso: string; updated: boolean } | undefined {
  if (text.length > MAX_CHARS || text.split(' ').length > MAX_LINE_WORDS) return undefined;
  const line = readDateLine(text, lang, 3) ?? readDateSegment(text, lang);
  return line && { iso: line.match.iso, updated: line.updated };
}

/** The published date printed in the header (an update line only when nothing else is dated). */
export function headerDate(blocks: readonly HeadlineBlock[], order: readonly number[], lang: string | undefined): (Found<string> & { updated: boolean }) | undefined {
  let updated: (Found<string> & { updated: boolean }) | undefined;
  for (const i of order) {
    const d = dateOf(blocks[i]!, lang);
    if (!d) continue;
    const found = { value: d.iso, evidence: `date line near the headline ("${blocks[i]!.text.slice(0, 60)}")`, updated: d.updated };
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

/** The byline printed in the header: names (or a handle) after a byline label, or a name beside a date. */
export function headerAuthors(blocks: readonly HeadlineBlock[], order: readonly number[], lang: string | undefined): Found<string[]> | undefined {
  for (const i of order) {
    const text = blocks[i]!.text;
    const names = bylineNames(text, lang);
    if (names.length) return { value: names, evidence: `byline near the headline ("${text.slice(0, 60)}")` };
    const name = nameAfterLabel(blocks, i, lang);
    if (name) return { value: [name], evidence: `byline near the headline ("${text} ${blocks[i + 1]!.text}")` };
  }
  return undefined;
}


/** The label in an element of its own, the name in the next (`By` / `Todd Bates`, `Von:` / `Götz Warnke`). */
function nameAfterLabel(blocks: readonly HeadlineBlock[], i: number, lang: string | undefined): string | undefined {
  const next = blocks[i + 1]?.text;
  if (!next || !LABEL_ONLY_RE.test(blocks[i]!.text) || next.split(' ').length > 4) return undefined;
  const name = cleanName(next);
  return name && looksLikeName(name, lang) ? name : undefined;
}

/** A credit label before the writer's name at the end of a story: `Text:`, `Text von`, `Autor:`, `Texte :`. */
const SIGNED_LABEL_RE = /^(?:text(?:e)?|autor(?:in)?|author|auteur|redaktion|texto|testo)\s*(?::|\s(?:von|by|de|par|di))\s*/iu;
/** How many of the main content's last blocks may sign the story. */
const SIGNATURE_REACH = 2;

/**
 * The story signed at its end: one of the main content's last blocks is the writer's name alone
 * (`Denis Clerc`, `Stefan Wasmer`), right after a paragraph of prose, or a credit line (`Text:
 * Klausmartin Friedrich`, `Text von Christian Seiler Illustration von …`). Used only when nothing
 * else names an author.
 */
export function signedAuthors(blocks: readonly HeadlineBlock[], lang: string | undefined): Found<string[]> | undefined {
  const main: number[] = [];
  for (let i = 0; i < blocks.length; i++) if (blocks[i]!.inMain && blocks[i]!.level === 0) main.push(i);
  for (let k = main.length - 1; k >= Math.max(1, main.length - SIGNATURE_REACH); k--) {
    const text = blocks[main[k]!]!.text;
    if (text.length > 80) continue;
    const label = SIGNED_LABEL_RE.exec(text);
    if (label) {
      const rest = text.slice(label[0].length).split(/\s+(?:illustrations?|fotos?|photos?|bilder?|grafik)\b|\s*[|·•(/,;]/iu)[0]!;
      const name = cleanName(rest);
      if (name) return { value: [name], evidence: `credit line at the end of the story ("${text.slice(0, 60)}")` };
      continue;
    }
    const prev = blocks[main[k - 1]!]!.text;
    const words = text.split(' ').length;
    if (words > 3 || !/[.!?"“”»«)]$/u.test(prev) || prev.split(' ').length < 15) continue;
    const name = cleanName(text);
    if (name && looksLikeName(name, lang)) return { value: [name], evidence: `name signing the story ("${text}")` };
  }
  return undefined;
}

/**
 * A bare name and not a label (`Top Stories`, `Alle Artikel`, `Show Me More`): no stopword of the
 * page's language or of English, and each word written `Xxxx` (not `SOURCE BET Networks`).
 */
export function looksLikeName(name: string, lang: string | undefined): boolean {
  const stop = stopwords(lang);
  const en = stopwords('en');
  return name.split(' ').every((w) => {
    const k = w.toLowerCase();
    return !stop.has(k) && !en.has(k) && /^\p{Lu}\p{Ll}[\p{L}'’-]*\.?$|^\p{Lu}\.$/u.test(w);
  });
}

/** How many blocks after the main content's last one a post-meta footer is looked for. */
const FOOTER_REACH = 20;
/** A line that opens with a date and a dash. */
const TEASER_OPEN_RE = /^[\s(]*[\d.\/-]{6,10}\s*[-–—]\s/u;
/** A date that a verb after it says is the post's: `wurde am 19. Mai 2010 um 23:03 Uhr gepostet`. */
const POSTED_AFTER_RE = /^\s*(?:(?:um|at)\s+[\d:.]+\s*(?:uhr|h|[ap]\.?m\.?)?\s*)?(?:gepostet|veröffentlicht|publiziert|erstellt|geschrieben|veröffentlicht)\b/iu;

/**
 * The date of a blog's post-meta footer, after the story (`erstellt von Dominique — veröffentlicht
 * 28.01.2022 06:00`, `This entry was posted on May 19, 2010`, `… wurde am 19. Mai 2010 um 23:03 Uhr
 * gepostet`): the first labelled publication date in the last blocks of the main content or right
 * after them. Used only when neither the markup nor the header dates the page. When the footer
 * dates the page only by its last update (`Aktualisiert am 17.01.2021.`, `(last edited 2019-11-10
 * 13:28:18 by …)`), that date, as the header reader takes an update line when nothing else
 * is dated: the story is no younger than it.
 */
export function footerDate(blocks: readonly HeadlineBlock[], lang: string | undefined): Found<string> | undefined {
  let updated: Found<string> | undefined;
  for (const i of footerLines(blocks)) {
    const text = blocks[i]!.text;
    const d = readLabelledDate(text, lang, false);
    if (d && !d.updated) return { value: d.iso, evidence: `post-meta line after the story ("${text.slice(0, 60)}")` };
    if (d) updated ??= { value: d.iso, evidence: `update line after the story, the only date ("${text.slice(0, 60)}")` };
    const m = findDate(text, lang);
    if (m && /\b(?:wurde|was|a été)\s+(?:am|on|le)\s*$/iu.test(text.slice(Math.max(0, m.start - 12), m.start)) && POSTED_AFTER_RE.test(text.slice(m.end))) {
      return { value: m.iso, evidence: `post-meta line after the story ("${text.slice(0, 60)}")` };
    }
  }
  return updated;
}

/**
 * Short lines of the post-meta footer (their block indexes): the main content's last blocks and the
 * ones right after it, without a teaser's date line (`19.01.2021 - Die besten …`) or a comment's
 * signature (`Posted by: Name | date`).
 */
function* footerLines(blocks: readonly HeadlineBlock[]): Generator<number> {
  let last = -1;
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (blocks[i]!.inMain) {
      last = i;
      break;
    }
  }
  if (last < 0) return;
  for (let i = Math.max(0, last - 2); i < blocks.length && i <= last + FOOTER_REACH; i++) {
    const text = blocks[i]!.text;
    if (text.length > MAX_CHARS || text.split(' ').length > 40) continue;
    if (TEASER_OPEN_RE.test(text) || /^posted by:/iu.test(text)) continue;
    yield i;
  }
}

/**
 * An author box's link to the writer's other stories: `More from Inga Hoeltmann`, `MEHR VON HENRY
 * STEINHAU`, `Alles von Martin Junker`, `Alle Artikel von Tanja Karrasch`, `More articles by …`.
 */
const MORE_FROM_RE =
  /^(?:mehr|alles|alle\s+(?:artikel|beiträge|texte)|weitere\s+(?:artikel|beiträge|texte)|more(?:\s+(?:stories|articles|posts))?|all\s+(?:stories|articles|posts)|other\s+articles)\s+(?:von|from|by)\s+(.{3,60})$/iu;
/** What may follow the name in such a line: `lesen`, `auf reitschuster.de`, an arrow. */
const MORE_FROM_TAIL_RE = /\s*(?:[:»›>→]+|\s(?:lesen|auf\s+\S+|on\s+\S+))\s*$/iu;

/**
 * The writer an author box names by a link to more of their stories, anywhere on the page: a full
 * name (two to four words written as a name's, so not `Mehr von uns`, `More from AD`, `Mehr von
 * meininger.de`). The first one, as the story's own box comes before teasers' boxes.
 */
export function moreFromAuthor(blocks: readonly HeadlineBlock[], lang: string | undefined): Found<string[]> | undefined {
  for (const b of blocks) {
    if (b.text.length > 90) continue;
    const m = MORE_FROM_RE.exec(b.text.trim());
    if (!m) continue;
    const name = cleanName(m[1]!.replace(MORE_FROM_TAIL_RE, ''));
    const words = name?.split(' ').length ?? 0;
    if (name && words >= 2 && words <= 4 && looksLikeName(name, lang)) return { value: [name], evidence: `author box ("${b.text.slice(0, 60)}")` };
  }
  return undefined;
}

/**
 * The names of a post-meta footer's byline (`erstellt von Dominique — veröffentlicht …`, `Author:
 * Bo2man am …`, `Von:` / `Götz Warnke`).
 */
export function footerAuthors(blocks: readonly HeadlineBlock[], lang?: string): Found<string[]> | undefined {
  for (const i of footerLines(blocks)) {
    const text = blocks[i]!.text;
    const names = labelledBylineNames(text);
    if (names.length) return { value: names, evidence: `byline after the story ("${text.slice(0, 60)}")` };
    const name = nameAfterLabel(blocks, i, lang);
    if (name) return { value: [name], evidence: `byline after the story ("${text} ${blocks[i + 1]!.text}")` };
  }
  return undefined;
}
