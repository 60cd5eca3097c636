/**
 * lift-byline: lifts the byline of the article header (`By JOHN SMITH and JANE DOE, Associated
 * Press Writer`, `Von Max Mustermann`, `Par Jean Dupont`, `Autor: …`, `Dan Goodin - Apr 16, 2015`)
 * into `metadata.authors` (names only, roles and agencies cut off; an agency goes to
 * `metadata.source`).
 * @module
 */
import { defineCleaner } from '../cleaner.js';
import type { Doc } from '../doc.js';
import { isKept } from '../doc.js';
import { cleanName, LABEL_ONLY_RE, parseByline, type Byline } from '../metadata/byline.js';
import { findDate } from '../metadata/date.js';
import { bylineNames, labelledBylineNames } from '../metadata/byline-line.js';
import { readDateLine } from './lift-date.js';
import { looksLikeName } from '../html/metadata/header.js';
import { bodyWords, findBodyStart, headerZone, isProse, overlap, unglue } from '../metadata/text-util.js';
import { blockLines } from './util/lines.js';

/** Options of {@link liftByline}. */
export interface LiftBylineOptions {
  /** Longest block (in words) that can be a byline. */
  maxWords: number;
  /** How many kept blocks above the first body paragraph to search. */
  zone: number;
  /** How far up to look for names only (the line is not removed) when the zone has no byline. */
  widerZone: number;
  /** How many kept blocks below the body start a labelled byline is looked for when nothing else names the author. */
  footerReach: number;
}

/** `Dan Goodin - Apr 16, 2015 8:02 pm UTC`: a name, a separator, then only a date. */
function nameThenDate(text: string, lang: string | undefined): Byline | undefined {
  const m = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*[-–—|,·•]\s*(.+)$/u.exec(text);
  if (!m) return undefined;
  const d = findDate(m[2]!, lang);
  if (!d || d.start > 12 || m[2]!.length - d.end > 6) return undefined;
  const name = cleanName(m[1]!);
  return name ? { authors: [name] } : undefined;
}

function nextKept(doc: Doc, i: number, dir: 1 | -1): number {
  for (let j = i + dir; j >= 0 && j < doc.children.length; j += dir) if (isKept(doc.children[j]!)) return j;
  return -1;
}

/** A line that is only a date (checked on a neighbour of a bare name). */
function isDateLine(doc: Doc, i: number): boolean {
  return i >= 0 && doc.features[i]!.words <= 12 && readDateLine(doc.children[i]!.text, doc.lang, 1) !== undefined;
}

/** How long ago (`vor 2 Stunden`, `3 hours ago`, `před 2 hodinami`, `hace 3 horas`, `8h`), optionally labelled. */
const AGO_RE =
  /^(?:[•·|–-]\s*)?(?:(?:publiziert|veröffentlicht|aktualisiert|published|posted|updated|publié|publicado|pubblicato|publicado)\s+)?(?:vor\s+(?:\d+|einer?|zwei|drei)\s+(?:sekunden?|minuten?|stunden?|tagen?|wochen?|monaten?)|(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|(?:před|hace|há|il y a)\s+\d+\s+\p{L}+|\d+\s+\p{L}+\s+fa|\d{1,2}\s?[hm])$/iu;
/** A reading time: `14 min read`, `ca. 8 Min.`, `Lesezeit: 3 Minuten`, `5 min de lecture`. */
const READ_TIME_RE =
  /^(?:ca\.\s*)?\d+\s*(?:min(?:ute)?s?\.?|minuten)\s*(?:read|lesezeit|de lecture|de lectura|di lettura|leitura)?$|^(?:lesezeit|reading time|lesedauer|temps de lecture|tiempo de lectura)\s*:?\s*(?:ca\.\s*)?\d+\s*min/iu;
/** A time of day alone: `1:39 PM ET`, `08:15 Uhr`. */
const TIME_RE = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|uhr|h)?\s*(?:[A-Z]{2,4})?$/iu;
const EMAIL_RE = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
/** A name, then (after an optional separator) a fact on the same line. */
const NAME_THEN_FACT_RE = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*[-–—|,·•]?\s+(.+)$/u;

function isFact(text: string): boolean {
  return AGO_RE.test(text) || READ_TIME_RE.test(text) || TIME_RE.test(text);
}

/**
 * A header fact that follows a byline name on its own line: how long ago, a reading time, a time
 * of day, an e-mail address, a role (`Games Editor`, `Chefredakteur`).
 */
function isHeaderFact(doc: Doc, i: number): boolean {
  if (i < 0 || doc.features[i]!.words > 6) return false;
  const text = doc.children[i]!.text;
  if (isFact(text) || EMAIL_RE.test(text)) return true;
  return doc.features[i]!.words <= 3 && !/\d/u.test(text) && ROLE_WORD_RE.test(text);
}
/** A role on its own under a name. */
const ROLE_WORD_RE =
  /^(?:(?:senior|chief|staff|deputy|managing|contributing|stv\.|leitender?)\s+)?(?:(?:\p{L}+\s+)?(?:editor|reporter|writer|correspondent|columnist|journalist|contributor)|chefredakteur(?:in)?|redakteur(?:in)?|korrespondent(?:in)?|autor(?:in)?|journalist(?:in)?|rédacteur|rédactrice|journaliste|correspondant(?:e)?|redactor(?:a)?|periodista|corresponsal|giornalista|redattore|redattrice|jornalista|repórter)$/iu;

/**
 * The byline of block `i`, with the blocks it takes: `By …` / `Von …` lines, a byline segment of
 * a `site | date | Par …` line, a label on its own line followed by the name (`por` / `César
 * Salza`), or a bare name right above or below the date line (`Fleur Leyden` / `January 19, 2008`).
 */
function bylineOf(doc: Doc, i: number, maxWords: number): { by: Byline; blocks: number[]; keep?: boolean } | undefined {
  if (doc.features[i]!.words > maxWords * 1.5) return undefined;
  const text = unglue(doc.children[i]!.text);
  if (doc.features[i]!.words <= maxWords) {
    const direct = parseByline(text) ?? nameThenDate(text, doc.lang);
    if (direct) return { by: direct, blocks: [i] };
  }
  const segments = text.split(/\s[|•·∙]\s/u);
  if (segments.length > 1) {
    for (const s of segments) {
      // `Posted Nov 12 2012 - 2:33pm by Chi Diem Chau`: the byline after a date in the segment.
      const at = findDate(s, doc.lang) ? s.search(/\bby\s/iu) : 0;
      const by = parseByline(s.slice(Math.max(0, at)).trim());
      if (by?.authors.length) return { by, blocks: [i] };
    }
  }
  // `Headline<br>By Name<br>Agency - Date`: one HTML block, the byline on a line of its own; the
  // names are taken, the block stays (lift-title reads the headline off it).
  const lines = blockLines(doc.children[i]!);
  if (lines) {
    for (const line of lines.slice(1)) {
      const by = parseByline(unglue(line));
      if (by?.authors.length) return { by: { authors: by.authors }, blocks: [i], keep: true };
    }
  }
  if (LABEL_ONLY_RE.test(text)) {
    const j = nextKept(doc, i, 1);
    const name = j >= 0 ? cleanName(doc.children[j]!.text) : undefined;
    if (name) return { by: { authors: [name] }, blocks: [i, j] };
  }
  const bare = doc.features[i]!.words <= 4 && !/['’]s\b/u.test(text) ? cleanName(text) : undefined;
  const name = bare && bareNameMayBe(doc, i, bare) ? bare : undefined;
  if (name && (isDateLine(doc, nextKept(doc, i, 1)) || isDateLine(doc, nextKept(doc, i, -1)))) {
    return { by: { authors: [name] }, blocks: [i] };
  }
  // A bare name over another fact of the header (`Sarah Archer` / `1:39 PM ET`, `Aleš Vávra` /
  // `před 2 hodinami`, `Christoph Hein` / `Chefredakteur`, `Joseph Cox` / `14 min read`), or with
  // one on its line (`Alex Perry 1 day ago`, `James Akinaka • 8h`): names only, the line stays.
  if (name && isHeaderFact(doc, nextKept(doc, i, 1))) return { by: { authors: [name] }, blocks: [i], keep: true };
  const withFact = NAME_THEN_FACT_RE.exec(text);
  const factName = withFact && isFact(withFact[2]!) ? cleanName(withFact[1]!) : undefined;
  if (factName) return { by: { authors: [factName] }, blocks: [i], keep: true };
  // `Gespeichert von rasos am 24. Juli 2017`, `MikeNils 18.10.2019, 15:07 Uhr`, `von David · 18. Oktober 2019`:
  // the names are taken, the line is left in the text (some golds keep such lines, e.g. dragnet's
  // `by randfish on January 31, 2011`; the weaker evidence is not worth a removal).
  const more = doc.features[i]!.words <= maxWords ? bylineNames(text, doc.lang) : [];
  if (more.length) return { by: { authors: more }, blocks: [i], keep: true };
  return undefined;
}

/**
 * Whether block `i`, read as the bare name `name` (no `By` label; {@link cleanName} has title-cased
 * a name in capitals and refused furniture labels), may be one. A heading seldom is: an `<h1>` is
 * the page's headline or its masthead (`Web Ink Now`, `Presentation Zen`), and a lower heading next
 * to a date is a blog post's title (`Courvoisier Applesauce` / `October 3, 2012`). A heading below
 * `<h1>` passes when it reads as a person's name: two or three words, each `Xxxx` and no stopword
 * (`Sean Collins`, `PETER SHANKMAN`).
 */
function bareNameMayBe(doc: Doc, i: number, name: string): boolean {
  const b = doc.children[i]!;
  if (b.kind !== 'heading') return true;
  if ((b.dom?.level ?? 0) === 1) return false;
  const words = doc.features[i]!.words;
  return words >= 2 && words <= 3 && looksLikeName(name, doc.lang);
}

/** Index of the first kept prose paragraph (15 words or more), or -1. */
function firstProse(doc: Doc): number {
  for (let i = 0; i < doc.children.length; i++) if (isKept(doc.children[i]!) && isProse(doc, i, 15)) return i;
  return -1;
}

/** A byline label that may precede a one-word handle in a post-meta footer. */
const FOOTER_HANDLE_LABEL_RE =
  /^(?:(?:author|autor(?:in)?|auteur)\s*:|(?:posted|written|published)\s+by|(?:eingestellt|gespeichert|erstellt|geschrieben|verfasst|veröffentlicht)\s+von|publié\s+par|publicado\s+por)/iu;

/** Separators of a list of names on a line of its own: `,`, `&`, `and`, `und`, `et`, `y`, `e`. */
const NAME_LIST_RE = /\s*(?:,|&|\s(?:and|und|et|y|e)\s)\s*/u;

/**
 * A line that is only a list of people's names (`Clara Löw, Siddharth Prakash & Klaus Jacob`,
 * `Isabel Caro, Rocío Latorre y José Miguel Wilson`): two or more, each a name by {@link cleanName}
 * with no stopword and each word `Xxxx` or an initial ({@link looksLikeName}).
 */
function bareNames(doc: Doc, i: number): string[] | undefined {
  const f = doc.features[i]!;
  if (f.words < 2 || f.words > 14) return undefined;
  const text = doc.children[i]!.text;
  if (/['’]s\b|[.!?:;]$/u.test(text) && !/\b\p{Lu}\.$/u.test(text)) return undefined;
  const names: string[] = [];
  for (const piece of text.split(NAME_LIST_RE)) {
    const name = cleanName(piece);
    if (!name || name.split(' ').length > 4 || !looksLikeName(name, doc.lang)) return undefined;
    names.push(name);
  }
  // One name alone is too weak: `View Profile`, `Contact Info`, `Quick Linker` read as names too.
  return names.length >= 2 ? [...new Set(names)] : undefined;
}

export const liftByline = defineCleaner<LiftBylineOptions>(
  {
    id: 'lift-byline',
    purpose: 'Lifts the byline of the article header into metadata.authors (names without roles or agencies).',
    defaults: { maxWords: 20, zone: 12, widerZone: 20, footerReach: 150 },
  },
  ({ doc, options, setMeta, lift }) => {
    const zone = headerZone(doc, options.zone);
    const start = findBodyStart(doc);
    // The byline sits in the header, or right under the lead's first paragraph on some sites.
    const scope = [...zone];
    if (start >= 0) {
      for (let i = start + 1, n = 0; i < doc.children.length && n < 2; i++) {
        if (!isKept(doc.children[i]!)) continue;
        n++;
        scope.push(i);
      }
    }
    let done = doc.metadata.authors !== undefined;
    let weak: { authors: string[]; where: string } | undefined;
    for (const i of scope) {
      if (!isKept(doc.children[i]!)) continue;
      const found = bylineOf(doc, i, options.maxWords);
      if (!found) continue;
      const by = found.by;
      const block = doc.children[i]!;
      const where = `line ${block.position.start.line}`;
      if (found.keep) {
        // Names only, the line stays; used when no stronger byline is found.
        weak ??= { authors: by.authors, where };
        continue;
      }
      if (by.source) setMeta('source', by.source, where);
      const reason = `byline "${block.text}" -> metadata.authors`;
      if (!done && by.authors.length) {
        setMeta('authors', by.authors, where, block);
        done = true;
        block.removed = { ruleId: 'lift-byline', reason };
      } else {
        lift(block, by.authors.length ? 'authors' : 'source', reason);
      }
      for (const j of found.blocks.slice(1)) lift(doc.children[j]!, 'authors', reason);
    }
    if (!done && weak) setMeta('authors', weak.authors, `${weak.where} (names beside a date or a handle; the line is kept)`);
    // Still no names: a byline further up the header gives them, and stays in the text (the header
    // above the zone holds menus and teasers too, so nothing is removed on that evidence).
    if (doc.metadata.authors === undefined) {
      const wider = headerZone(doc, options.widerZone).filter((i) => !scope.includes(i)).reverse();
      for (const i of wider) {
        const found = bylineOf(doc, i, options.maxWords);
        if (!found?.by.authors.length) continue;
        setMeta('authors', found.by.authors, `line ${doc.children[i]!.position.start.line} (above the header zone; the line is kept)`);
        break;
      }
    }
    // Still no names, and the body start was found below an earlier prose paragraph (a photo
    // blog's one-paragraph text above a list of facts, a teaser's lead): the byline right above
    // that first paragraph (up to two kept blocks), the line kept.
    if (doc.metadata.authors === undefined) {
      const first = firstProse(doc);
      if (first >= 0 && first !== start) {
        for (let i = nextKept(doc, first, -1), n = 0; i >= 0 && n < 2; i = nextKept(doc, i, -1), n++) {
          const found = bylineOf(doc, i, options.maxWords);
          if (!found?.by.authors.length) continue;
          setMeta('authors', found.by.authors, `line ${doc.children[i]!.position.start.line} (above the first prose paragraph; the line is kept)`);
          break;
        }
      }
    }
    // Still no names: a line that lists names alone near the body start (closest first: up to six
    // kept blocks above it, then the two below), the line kept.
    if (doc.metadata.authors === undefined && start >= 0) {
      const words = bodyWords(doc, 12);
      const near = [...zone.slice(-6).reverse(), ...scope.slice(zone.length)];
      for (const i of near) {
        const names = isKept(doc.children[i]!) ? bareNames(doc, i) : undefined;
        // A subhead or a teaser's headline speaks of the story (`Längere Krankheitszeiten`); the
        // writer's name is seldom in it.
        if (!names || overlap(doc, i, words).shared > 0) continue;
        setMeta('authors', names, `line ${doc.children[i]!.position.start.line} (a list of names alone near the body start; the line is kept)`);
        break;
      }
    }
    // Still no names: a labelled byline after the story's opening (`Von Irmela Schwab`, `Autor:
    // Petra Ruland`, a blog's `Posted by T. V. Raman at 2:33 PM` footer), the first one below the
    // body start, the line kept.
    if (doc.metadata.authors === undefined && start >= 0) {
      for (let i = start + 1, n = 0; i < doc.children.length && n < options.footerReach; i++) {
        if (!isKept(doc.children[i]!)) continue;
        n++;
        if (doc.features[i]!.words > 12) continue;
        const text = unglue(doc.children[i]!.text);
        const names = labelledBylineNames(text);
        // One word after a bare `von`/`by` is often prose or a label (`von hier`, `BY DATE`): a
        // handle needs a byline label of its own (`Author: Bo2man`, `Eingestellt von Weinlachgummi`).
        if (!names.length || (!names[0]!.includes(' ') && !FOOTER_HANDLE_LABEL_RE.test(text))) continue;
        setMeta('authors', names, `line ${doc.children[i]!.position.start.line} (a labelled byline below the body start; the line is kept)`);
        break;
      }
    }
  },
);
