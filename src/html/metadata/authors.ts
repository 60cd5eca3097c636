/**
 * Authors getter: JSON-LD `author` (string, Person, array; organisations only when nothing else) →
 * author metas → microdata `author` → `rel=author` links → byline-class elements (`.byline`,
 * `.author`), the last two parsed as bylines.
 * @module
 */
import type { LdNode, MetaSources } from './sources.js';
import { firstMeta, hasType, itemsWith } from './sources.js';
import type { Found } from './title.js';
import { normalizeText } from '../walker.js';
import { splitNames as splitBylineNames } from '../../metadata/byline.js';

const AUTHOR_METAS = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'sailthru.author', 'parsely-author', 'byl', 'twitter:creator'];
const BY_RE = /^\s*(?:by|von|par|por|di|door|av|autor(?:in)?:?|author:?)\s+/iu;
const URL_RE = /^(?:https?:)?\/\/|^www\.|\.(?:com|net|org)\b/i;

/** Clean one author string from structured data: drop `By`, handles, URLs; split `A and B`. */
export function cleanAuthors(raw: string): string[] {
  let s = normalizeText(raw);
  if (!s || URL_RE.test(s) || s.length > 120) return [];
  if (s.startsWith('@')) return [];
  s = s.replace(BY_RE, '');
  const out: string[] = [];
  for (const piece of s.split(/\s*(?:;|\||,\s*(?=\p{Lu})|\s+(?:and|und|et|y|e|&)\s+)\s*/u)) {
    const name = piece.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '');
    if (name && name.length <= 60 && !/\d{3,}/.test(name)) out.push(name);
  }
  return [...new Set(out)];
}

function ldAuthors(v: unknown, orgs: boolean): string[] {
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  const out: string[] = [];
  for (const a of list) {
    if (typeof a === 'string') out.push(...cleanAuthors(a));
    else if (a && typeof a === 'object') {
      const node = a as LdNode;
      if (!orgs && hasType(node, /^organi[sz]ation$|^newsmediaorganization$|^corporation$/i)) continue;
      const name = node.name;
      if (typeof name === 'string') out.push(...cleanAuthors(name));
      else if (Array.isArray(name)) for (const n of name) if (typeof n === 'string') out.push(...cleanAuthors(n));
    }
  }
  return [...new Set(out)];
}

/** The article's authors. */
export function getAuthors(src: MetaSources): Found<string[]> | undefined {
  for (const orgs of [false, true]) {
    for (const a of src.articles) {
      const names = ldAuthors(a.author ?? a.creator, orgs);
      if (names.length) return { value: names, evidence: `json-ld ${String(a['@type'])}.author` };
    }
    if (!orgs) {
      const m = firstMeta(src, AUTHOR_METAS);
      if (m) {
        const names = cleanAuthors(m.value);
        if (names.length) return { value: names, evidence: `meta ${m.key}` };
      }
      for (const item of itemsWith(src, 'author')) {
        const names = item.attr && !URL_RE.test(item.attr) ? cleanAuthors(item.attr) : splitBylineNames(normalizeText(item.text).replace(BY_RE, ''));
        if (names.length) return { value: names, evidence: 'itemprop author' };
      }
      for (const prop of ['rel-author', 'byline-class'] as const) {
        for (const item of itemsWith(src, prop)) {
          const text = normalizeText(item.text);
          if (text.length < 3 || text.length > 150) continue;
          const names = splitBylineNames(text.replace(BY_RE, ''));
          if (names.length) return { value: names, evidence: prop === 'rel-author' ? 'a[rel=author]' : `byline element .${item.tokens.split(' ')[0]}` };
        }
      }
    }
  }
  return undefined;
}
