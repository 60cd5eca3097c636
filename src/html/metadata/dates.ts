/**
 * Date getters: published and modified, from JSON-LD → date metas → microdata → `<time>` → a date
 * in the URL path. Values become ISO 8601 (date only when no time is given).
 * @module
 */
import type { MetaSources } from './sources.js';
import { hasType, itemsWith } from './sources.js';
import type { Found } from './title.js';
import { parseDate } from '../../metadata/date.js';

const PUBLISHED_METAS = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished',
  'publishdate', 'publish-date', 'publish_date', 'pubdate', 'publication_date', 'date', 'dc.date',
  'dc.date.issued', 'dc.date.created', 'dcterms.created', 'dcterms.issued', 'dcterms.date',
  'sailthru.date', 'parsely-pub-date', 'citation_publication_date', 'citation_date',
  'article.published', 'originalpublicationdate', 'displaydate', 'cxenseparse:recs:publishtime',
  'article_date_original', 'date.release', 'creation_date',
];
const MODIFIED_METAS = [
  'article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified',
  'dc.date.modified', 'article.updated', 'lastmod', 'revised',
];
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const URL_DATE_RE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:\/|[-_]|$)/;

function pad(n: string | number): string {
  return String(n).padStart(2, '0');
}

/** Turn a date string from structured data into ISO 8601; undefined when it is not a plausible date. */
export function toIsoDate(value: string, lang?: string): string | undefined {
  const v = value.trim();
  const m = ISO_RE.exec(v);
  if (m) {
    const [, y, mo, d, h, mi, s, z] = m;
    if (+y! < 1990 || +y! > 2100 || +mo! < 1 || +mo! > 12 || +d! < 1 || +d! > 31) return undefined;
    const day = `${y}-${mo}-${d}`;
    if (h === undefined || (h === '00' && mi === '00' && (s ?? '00') === '00' && !z)) return day;
    const zone = z === undefined ? '' : z === 'Z' ? 'Z' : z.includes(':') ? z : `${z.slice(0, 3)}:${z.slice(3)}`;
    return `${day}T${h}:${mi}:${s ?? '00'}${zone}`;
  }
  if (/^\d{10,13}$/.test(v)) {
    const t = new Date(v.length === 13 ? +v : +v * 1000);
    const y = t.getUTCFullYear();
    return y >= 1990 && y <= 2100 ? t.toISOString().replace('.000', '') : undefined;
  }
  return parseDate(v, lang);
}

function fromSources(src: MetaSources, ldKeys: string[], metas: string[], props: string[], lang?: string): Found<string> | undefined {
  for (const a of src.articles) {
    for (const k of ldKeys) {
      const v = a[k];
      if (typeof v === 'string') {
        const iso = toIsoDate(v, lang);
        if (iso) return { value: iso, evidence: `json-ld ${String(a['@type'])}.${k}` };
      }
    }
  }
  for (const key of metas) {
    for (const v of src.meta.get(key) ?? []) {
      const iso = toIsoDate(v, lang);
      if (iso) return { value: iso, evidence: `meta ${key}` };
    }
  }
  for (const prop of props) {
    for (const item of itemsWith(src, prop)) {
      const iso = toIsoDate(item.attr ?? item.text, lang) ?? (item.attr ? toIsoDate(item.text, lang) : undefined);
      if (iso) return { value: iso, evidence: `itemprop ${prop}` };
    }
  }
  return undefined;
}

/** Published date. */
export function getDate(src: MetaSources, lang?: string): Found<string> | undefined {
  const found = fromSources(src, ['datePublished', 'dateCreated', 'uploadDate'], PUBLISHED_METAS, ['datepublished', 'datecreated'], lang);
  if (found) return localTwin(src, found, lang) ?? found;
  // <time>: one marked as the publication time, else the first in the article, else the first.
  const times = itemsWith(src, 'time');
  const marked = times.find((t) => /publish|pubdate|posted|created|date-?line|article-?date|entry-date/.test(t.tokens));
  for (const t of marked ? [marked, ...times] : times) {
    const iso = (t.attr ? toIsoDate(t.attr, lang) : undefined) ?? toIsoDate(t.text, lang);
    if (iso) return { value: iso, evidence: '<time datetime>' };
  }
  const page = pageNodeDate(src, lang);
  if (page) return page;
  const url = src.url ?? src.meta.get('og:url')?.[0];
  const m = url ? URL_DATE_RE.exec(url) : null;
  if (m) return { value: `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`, evidence: 'date in the URL path' };
  return undefined;
}

/** Evidence prefix of a date read off a page node ({@link pageNodeDate}): weaker than the header's date line. */
export const PAGE_NODE_EVIDENCE = 'json-ld page node';

/** JSON-LD types that describe the page itself when it is no article: a web page, a recipe, a how-to. */
const PAGE_TYPE_RE = /^(?:\w*Page|Recipe|HowTo|CreativeWork)$/;

/**
 * The `datePublished` of a JSON-LD node for the page that is no article (`WebPage`, `Recipe`,
 * `HowTo`): the publication date of a page with no article node, no date meta and no `<time>`.
 * Media objects, comments and people are left out: their dates are not the page's. A date line the
 * header prints comes first (src/html/metadata/index.ts), as for a date in the URL.
 */
function pageNodeDate(src: MetaSources, lang?: string): Found<string> | undefined {
  for (const n of src.nodes) {
    if (!hasType(n, PAGE_TYPE_RE)) continue;
    const v = n.datePublished;
    const iso = typeof v === 'string' ? toIsoDate(v, lang) : undefined;
    if (iso) return { value: iso, evidence: `${PAGE_NODE_EVIDENCE} ${String(n['@type'])}.datePublished` };
  }
  return undefined;
}

const UTC_RE = /T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]00:?00)$/;
const LOCAL_OFFSET_RE = /T\d{2}:\d{2}(?::\d{2})?[+-](?!00:?00)\d{2}:?\d{2}$/;

/**
 * The same instant written with the page's own UTC offset, when the value found is in UTC: JSON-LD
 * `2017-02-24T01:18:13Z` and `article:published_time` `2017-02-23T17:18:13-08:00` are one moment,
 * and the offset one tells the day the page was published on where it was published.
 */
function localTwin(src: MetaSources, found: Found<string>, lang?: string): Found<string> | undefined {
  if (!UTC_RE.test(found.value)) return undefined;
  const t = Date.parse(found.value);
  const same = (v: string): boolean => LOCAL_OFFSET_RE.test(v) && Math.abs(Date.parse(v) - t) < 60_000;
  for (const key of PUBLISHED_METAS) {
    for (const raw of src.meta.get(key) ?? []) {
      const iso = toIsoDate(raw, lang);
      if (iso && same(iso)) return { value: iso, evidence: `meta ${key} (the same time as ${found.evidence}, with the page's offset)` };
    }
  }
  for (const a of src.articles) {
    for (const k of ['datePublished', 'dateCreated']) {
      const v = a[k];
      const iso = typeof v === 'string' ? toIsoDate(v, lang) : undefined;
      if (iso && same(iso)) return { value: iso, evidence: `json-ld ${String(a['@type'])}.${k} (the same time as ${found.evidence}, with the page's offset)` };
    }
  }
  // The story's own <time datetime> (WordPress themes print `2022-05-03T23:37:37-04:00` for the
  // `2022-05-04T03:37:37+00:00` of their metas).
  for (const prop of ['datepublished', 'time']) {
    for (const item of itemsWith(src, prop)) {
      const iso = item.inArticle && item.attr ? toIsoDate(item.attr, lang) : undefined;
      if (iso && same(iso)) return { value: iso, evidence: `<time datetime> (the same time as ${found.evidence}, with the page's offset)` };
    }
  }
  return undefined;
}

/** Last-modified date. */
export function getModified(src: MetaSources, lang?: string): Found<string> | undefined {
  return fromSources(src, ['dateModified'], MODIFIED_METAS, ['datemodified'], lang);
}
