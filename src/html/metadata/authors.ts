/**
 * Authors getter: JSON-LD `author` (string, Person, array, or an `@id` reference to a Person node;
 * organisations only when nothing else) → author metas and Yoast's `twitter:label1 = Written by` /
 * `twitter:data1` → microdata `author` → `rel=author` links → byline-class elements (`.byline`,
 * `.author`), the last three parsed as bylines (a one-word handle such as `David` or `oradmin` is
 * taken from such markup). A value that names the site or an organisation (`finanztreff.de`,
 * `Badische Zeitung` when that is the site, `… GmbH`) only counts when no source names a person.
 * @module
 */
import type { LdNode, MetaSources } from './sources.js';
import { decodeEntities, hasType, itemsWith } from './sources.js';
import type { Found } from './title.js';
import { titleKey } from './title.js';
import { normalizeText } from '../walker.js';
import { ROLE_RE, splitNames as splitBylineNames } from '../../metadata/byline.js';
import { unglue } from '../../metadata/text-util.js';
import { looksLikeName } from './header.js';

const AUTHOR_METAS = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'sailthru.author', 'parsely-author', 'byl'];
/** A byline label before the names: `By`, `Posted by`, `Von`, `Eingestellt von`, `Autor:`… */
const BY_RE =
  /^\s*(?:(?:posted|written|published|geschrieben|verfasst|eingestellt|erstellt|gespeichert|veröffentlicht|publié|écrit|escrito|publicado|scritto|pubblicato)\s+(?:by|von|par|por|da|di)\s+|(?:by|von|vom|par|por|di|door|av)\s+|(?:autor(?:in)?|author|auteur|text)\s*:?\s+)/iu;
const URL_RE = /^(?:https?:)?\/\/|^www\.|\.(?:com|net|org)\b/i;
/** Labels Yoast puts in `twitter:labelN` before the author in `twitter:dataN`. */
const WRITTEN_BY_RE = /^(?:written by|geschrieben von|verfasst von|autor(?:in)?|author|écrit par|rédigé par|escrito por|scritto da|geschreven door|napisane przez)$/iu;
/** A name that is an organisation: a domain, a legal form, a newsroom word. */
const ORG_RE = /\.(?:[a-z]{2,3}|info|online|news)\b|\b(?:gmbh|ag|se|kg|e\.\s?v|ltd|inc|llc|plc|s\.a|verlag|zeitung|online|redaktion|newsroom|editorial|staff)\b/iu;
/**
 * Initials only (`DT`, `J.F.`, `LN`): a desk's or editor's sign-off, weaker than a full name printed
 * elsewhere; kept only when nothing names a person.
 */
const INITIALS_RE = /^(?:\p{Lu}\.?\s?){1,3}$/u;
/** A one-word handle from author markup: `David`, `oradmin`, `ThE_PaiN`, `Marianne1`. */
const HANDLE_RE = /^[\p{L}\d][\p{L}\d._-]{1,39}$/u;
const LABEL_WORD_RE = /^(?:by|von|par|por|autor|autorin|author|auteur|posted|admin|administrator|user|guest|gast|anonymous|anonym|unknown)$/iu;

/** Clean one author string from structured data: drop `By`, handles, URLs; split `A and B`. */
export function cleanAuthors(raw: string): string[] {
  let s = normalizeText(raw);
  if (!s || URL_RE.test(s) || s.length > 120) return [];
  if (s.startsWith('@')) return [];
  s = s.replace(BY_RE, '').replace(/\s*@\w+/gu, '');
  const out: string[] = [];
  for (const piece of s.split(/\s*(?:;|\||,\s*(?=\p{Lu})|\s+(?:and|und|et|y|e|&)\s+)\s*/u)) {
    const name = piece.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '');
    if (name && name.length <= 60 && !/\d{3,}/.test(name) && !LABEL_WORD_RE.test(name)) out.push(name);
  }
  // `Rob Picheta; CNN`, `Grant Tinsley; PhD`: a lone role, agency or degree next to a name goes.
  const names = out.filter((n) => !(n.split(' ').length === 1 && (ROLE_RE.test(n) || /^(?:ph\.?d|m\.?d|mba|dr|prof)\.?$/iu.test(n))));
  return [...new Set(names.length ? names : out)];
}

/** Names from a byline element's text: a parsed byline, else a one-word handle. */
function markupNames(raw: string): string[] {
  // `AuthorAndreas Kalt`: a screen-reader label glued to the name by the markup.
  const text = unglue(normalizeText(raw)).replace(BY_RE, '').trim();
  if (text.length < 2 || text.length > 150) return [];
  const names = splitBylineNames(text);
  if (names.length) return names;
  // `Posted on September 21, 2020 by Adi Tzlil`, `Zeige alle Beiträge von Petra Ruland`: the names
  // after a byline label further in.
  const later = /\s(?:by|von|par|por)\s+(.+)$/iu.exec(text);
  if (later && later.index > 0) {
    const after = later[1]!.trim();
    const more = splitBylineNames(after);
    if (more.length) return more;
    const word = after.split(/\s+/)[0]!;
    if (after.split(/\s+/).length <= 5 && HANDLE_RE.test(word) && !LABEL_WORD_RE.test(word) && !ROLE_RE.test(word) && /\p{L}/u.test(word)) return [word];
  }
  const handle = HANDLE_RE.test(text) && /\p{L}/u.test(text) && !/^\d/.test(text);
  return handle && !LABEL_WORD_RE.test(text) && !ROLE_RE.test(text) ? [text] : [];
}

function ldAuthors(src: MetaSources, v: unknown, orgs: boolean): string[] {
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  const out: string[] = [];
  for (const a of list) {
    if (typeof a === 'string') out.push(...cleanAuthors(decodeEntities(a)));
    else if (a && typeof a === 'object') {
      let node = a as LdNode;
      const id = node['@id'];
      if (node.name === undefined && typeof id === 'string') node = src.byId.get(id) ?? node;
      if (!orgs && hasType(node, /^organi[sz]ation$|^newsmediaorganization$|^corporation$/i)) continue;
      const name = node.name;
      if (typeof name === 'string') out.push(...cleanAuthors(decodeEntities(name)));
      else if (Array.isArray(name)) for (const n of name) if (typeof n === 'string') out.push(...cleanAuthors(decodeEntities(n)));
    }
  }
  return [...new Set(out)];
}

/** Why `names` do not name a person (an organisation, initials only), or undefined when they do. */
function notAPerson(names: readonly string[], siteName?: string): string | undefined {
  if (orgLike(names, siteName)) return 'names the site or an organisation';
  if (names.every((n) => INITIALS_RE.test(n) || orgLike([n], siteName))) return 'initials only';
  return undefined;
}

/** True when every name looks like the site or an organisation rather than a person. */
function orgLike(names: readonly string[], siteName?: string): boolean {
  const site = siteName ? titleKey(siteName) : '';
  return names.every((n) => {
    const k = titleKey(n);
    return ORG_RE.test(n) || (site.length > 2 && (k === site || (k.length > 3 && (site.includes(k) || k.includes(site)))));
  });
}

/** Yoast's `twitter:label1 = Written by`, `twitter:data1 = Name`. */
function writtenBy(src: MetaSources): string | undefined {
  for (let i = 1; i <= 4; i++) {
    const label = src.meta.get(`twitter:label${i}`)?.[0];
    const data = src.meta.get(`twitter:data${i}`)?.[0];
    if (label && data && WRITTEN_BY_RE.test(label.trim())) return data;
  }
  return undefined;
}

/** Every author candidate, best source first. */
function* candidates(src: MetaSources): Generator<Found<string[]> & { weak?: boolean }> {
  for (const a of src.articles) {
    const names = ldAuthors(src, a.author ?? a.creator, false);
    if (names.length) yield { value: names, evidence: `json-ld ${String(a['@type'])}.author` };
  }
  for (const key of AUTHOR_METAS) {
    for (const v of src.meta.get(key) ?? []) {
      const names = cleanAuthors(v);
      if (names.length) yield { value: names, evidence: `meta ${key}` };
    }
  }
  const yoast = writtenBy(src);
  if (yoast) {
    const names = cleanAuthors(yoast);
    if (names.length) yield { value: names, evidence: 'meta twitter:data (Written by)' };
  }
  for (const item of itemsWith(src, 'author')) {
    if (item.attr && !URL_RE.test(item.attr) && !item.attr.startsWith('/')) {
      const names = cleanAuthors(item.attr);
      if (names.length) yield { value: names, evidence: 'itemprop author' };
    } else {
      const text = normalizeText(item.text);
      const names = text.length <= 80 ? markupNames(text) : [];
      if (names.length) yield { value: names, evidence: 'itemprop author' };
    }
  }
  for (const prop of ['rel-author', 'byline-class'] as const) {
    for (const item of itemsWith(src, prop)) {
      const names = markupNames(item.text);
      if (names.length) yield { value: names, evidence: prop === 'rel-author' ? 'a[rel=author]' : `byline element .${item.tokens.split(' ')[0]}` };
    }
  }
  for (const a of src.articles) {
    const names = ldAuthors(src, a.author ?? a.creator, true);
    if (names.length) yield { value: names, evidence: `json-ld ${String(a['@type'])}.author` };
  }
  // A Twitter handle without its `@` is a name of last resort.
  for (const v of src.meta.get('twitter:creator') ?? []) {
    const names = cleanAuthors(v);
    if (names.length) yield { value: names, evidence: 'meta twitter:creator', weak: true };
  }
}

/**
 * The printed byline when it is one full name that starts with `word` (`Nils` → `Nils Pickert`) or
 * that a handle writes without its spaces (`arianschlichenmayer` → `Arian Schlichenmayer`), each
 * word written as a name's (not `KleineGrüneMonster Ein` of `von KleineGrüneMonster Ein Kommentar`).
 */
function fullerName(word: string, shown: Found<string[]> | undefined, siteName?: string, lang?: string): Found<string[]> | undefined {
  if (!shown || shown.value.length !== 1 || notAPerson(shown.value, siteName)) return undefined;
  const name = shown.value[0]!;
  const letters = (s: string): string => s.toLowerCase().replace(/[^\p{L}]+/gu, '');
  const widens = name.toLowerCase().startsWith(`${word.toLowerCase()} `) || (name.includes(' ') && letters(name) === letters(word));
  if (!widens || name.split(' ').length > 4) return undefined;
  return looksLikeName(name, lang) ? shown : undefined;
}

/**
 * The article's authors: the first candidate naming a person (a printed byline, `printed`, before a
 * `<meta>` author; the full name the header or an author box, `boxed`, prints for a first name or
 * handle), else the byline the page prints in its header, else the first candidate at all, else
 * `signed` (a footer byline, a signature, an author box).
 */
export function getAuthors(
  src: MetaSources,
  siteName?: string,
  printed?: () => Found<string[]> | undefined,
  signed?: () => Found<string[]> | undefined,
  lang?: string,
  boxed?: () => Found<string[]> | undefined,
): Found<string[]> | undefined {
  let fallback: Found<string[]> | undefined;
  let n = 0;
  for (const c of candidates(src)) {
    const why = notAPerson(c.value, siteName);
    if (!c.weak && !why) {
      // A first name or handle alone (`Nils`, `Todd`) where the header or an author box prints the
      // full name (`Eine Kolumne von Nils Pickert`, `MEHR VON HENRY STEINHAU`): the full name.
      const single = c.value.length === 1 && !c.value[0]!.includes(' ');
      const fuller = single ? fullerName(c.value[0]!, printed?.(), siteName, lang) ?? fullerName(c.value[0]!, boxed?.(), siteName, lang) : undefined;
      if (fuller) return fuller;
      // The header's byline names every markup author and more people (`von Rudolf Fischer, Simon
      // Kohler` for a JSON-LD author `Rudolf Fischer`; not a role or desk read as a name): the whole byline.
      const more = printed?.();
      if (more && more.value.length > c.value.length && more.value.every((m) => looksLikeName(m, lang)) && c.value.every((n) => more.value.some((m) => titleKey(m) === titleKey(n)))) return more;
      // A `<meta name=author>` often names the site's account or its owner; the byline the page
      // prints is what the reader sees, and wins when it names a person.
      if (c.evidence.startsWith('meta ') && !c.evidence.startsWith('meta twitter')) {
        const shown = printed?.();
        // …unless it only adds words to the same name (`Carola Pönisch Kultur`, a section after it).
        const key = titleKey(c.value.join(' '));
        if (shown && !notAPerson(shown.value, siteName) && !titleKey(shown.value.join(' ')).includes(key)) return shown;
      }
      return { value: c.value, evidence: c.evidence };
    }
    fallback ??= { value: c.value, evidence: c.weak ? c.evidence : `${c.evidence} (${why}; nothing better)` };
    if (++n > 40) break;
  }
  const shown = printed?.();
  if (shown && !notAPerson(shown.value, siteName)) return shown;
  return fallback ?? shown ?? signed?.();
}
