/**
 * The metadata sources of a page, indexed once: `<meta>` values by lower-cased name/property/
 * itemprop, JSON-LD nodes (article-like first), microdata/`<time>`/byline-class values, links.
 * @module
 */
import { decodeHTMLStrict } from 'entities';
import type { ItemValue, PageInfo } from '../page-info.js';
import { normalizeText } from '../walker.js';

/** A JSON-LD node (an object with `@type`). */
export type LdNode = Record<string, unknown>;

/** What every getter reads. */
export interface MetaSources {
  page: PageInfo;
  /** `<meta>` content by lower-cased key (`og:title`, `author`, `article:published_time`…), in order. */
  meta: Map<string, string[]>;
  /** Article-like JSON-LD nodes (NewsArticle, Article, BlogPosting…), in order. */
  articles: LdNode[];
  /** Every JSON-LD node. */
  nodes: LdNode[];
  /** JSON-LD nodes by `@id`, to resolve references (`"author": {"@id": "…#/schema/person/…"}`). */
  byId: Map<string, LdNode>;
  /** Base URL for relative links. */
  url?: string;
}

const ARTICLE_TYPE_RE = /(?:^|[^a-z])(?:newsarticle|article|blogposting|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|reviewnewsarticle|backgroundnewsarticle|livebl?ogposting|socialmediaposting|report|techarticle|scholarlyarticle|posting)$/i;

function typesOf(node: LdNode): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** The first article-like `@type` of a node, or undefined. */
export function articleType(node: LdNode): string | undefined {
  return typesOf(node).find((t) => ARTICLE_TYPE_RE.test(t));
}

/** True when a node has one of the given types (case-insensitive, `schema:` prefixes ignored). */
export function hasType(node: LdNode, re: RegExp): boolean {
  return typesOf(node).some((t) => re.test(t.replace(/^.*[:/]/, '')));
}

function parseJson(raw: string): unknown {
  let s = raw.trim();
  if (!s) return undefined;
  s = s.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '');
  try {
    return JSON.parse(s);
  } catch {
    try {
      // Common breakage: raw newlines/tabs inside strings, trailing commas.
      return JSON.parse(s.replace(/[\n\r\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

/** Flatten JSON-LD: arrays, `@graph`, and nested objects with a `@type` (iteratively, bounded). */
function collectNodes(roots: unknown[], out: LdNode[]): void {
  const stack: unknown[] = [...roots].reverse();
  let budget = 5000;
  while (stack.length && budget-- > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    if (!v || typeof v !== 'object') continue;
    const node = v as LdNode;
    if (node['@type'] !== undefined) out.push(node);
    if (Array.isArray(node['@graph'])) stack.push(node['@graph']);
    const main = node.mainEntity ?? node.mainEntityOfPage;
    if (main && typeof main === 'object' && (main as LdNode)['@type'] !== undefined) stack.push(main);
  }
}

/** Index the page's metadata sources. */
export function metaSources(page: PageInfo, url?: string): MetaSources {
  const meta = new Map<string, string[]>();
  for (const m of page.metas) {
    const key = (m.property ?? m.name ?? m.itemprop ?? m['http-equiv'])?.trim().toLowerCase();
    const content = m.content;
    if (!key || content === undefined) continue;
    const v = normalizeText(content);
    if (!v) continue;
    const list = meta.get(key);
    if (list) list.push(v);
    else meta.set(key, [v]);
  }
  const nodes: LdNode[] = [];
  const roots: unknown[] = [];
  for (const raw of page.jsonLd) {
    const j = parseJson(raw);
    if (j !== undefined) roots.push(j);
  }
  collectNodes(roots, nodes);
  const articles = nodes.filter((n) => articleType(n) !== undefined);
  const byId = new Map<string, LdNode>();
  for (const n of nodes) {
    const id = n['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, n);
  }
  return { page, meta, articles, nodes, byId, url };
}

/** First `<meta>` value among keys, with the key it came from. */
export function firstMeta(src: MetaSources, keys: readonly string[]): { value: string; key: string } | undefined {
  for (const key of keys) {
    const v = src.meta.get(key);
    if (v && v[0]) return { value: v[0], key };
  }
  return undefined;
}

/** Microdata / `<time>` values with a given prop, article ones first. */
export function itemsWith(src: MetaSources, prop: string): ItemValue[] {
  const all = src.page.items.filter((i) => i.prop === prop);
  return [...all.filter((i) => i.inArticle), ...all.filter((i) => !i.inArticle)];
}

/**
 * Decode HTML character references in a JSON-LD string: many CMSs escape the values for HTML
 * before writing the JSON (`Redacci&oacute;n`, `&#8222;Loriot 100&#8220;`, `Filme &amp; Serien`,
 * `Wohngew&#x00E4;chshaus`), and a JSON-LD script is raw text, so nothing else decodes them.
 * Strict: only references closed by `;` (`AT&T`, `a &amp b` stay as written), with the HTML
 * standard's table and its numeric rules (`&#150;` is `–`, as browsers read it).
 */
export function decodeEntities(s: string): string {
  return s.includes('&') ? decodeHTMLStrict(s) : s;
}

/** A JSON-LD value as text: a string, a number, or `{name}` / `{@value}`; arrays give their first. */
export function ldText(v: unknown): string | undefined {
  if (typeof v === 'string') return normalizeText(decodeEntities(v)) || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const t = ldText(x);
      if (t) return t;
    }
    return undefined;
  }
  if (v && typeof v === 'object') {
    const o = v as LdNode;
    return ldText(o.name ?? o['@value'] ?? o.url ?? o['@id']);
  }
  return undefined;
}

/** Resolve a possibly relative URL against the page URL. */
export function absoluteUrl(src: MetaSources, href: string): string | undefined {
  const h = href.trim();
  if (!h || h.startsWith('javascript:') || h.startsWith('data:')) return undefined;
  try {
    return src.url ? new URL(h, src.url).href : new URL(h).href;
  } catch {
    return /^https?:\/\//.test(h) ? h : undefined;
  }
}
