/**
 * The smaller metadata getters: canonical URL, site name, description, image, tags, section,
 * language. Each is a fallback chain over structured data and `<meta>`/`<link>` tags.
 * @module
 */
import type { LdNode, MetaSources } from './sources.js';
import { absoluteUrl, firstMeta, hasType, itemsWith, ldText } from './sources.js';
import type { Found } from './title.js';
import { normalizeLang } from '../../language.js';

/** Canonical URL: `<link rel=canonical>` → og:url → JSON-LD url / mainEntityOfPage. */
export function getUrl(src: MetaSources): Found<string> | undefined {
  for (const l of src.page.links) {
    if (/(?:^|\s)canonical(?:\s|$)/i.test(l.rel ?? '') && l.href) {
      const u = absoluteUrl(src, l.href);
      if (u) return { value: u, evidence: '<link rel=canonical>' };
    }
  }
  const og = firstMeta(src, ['og:url', 'twitter:url']);
  if (og) {
    const u = absoluteUrl(src, og.value);
    if (u) return { value: u, evidence: `meta ${og.key}` };
  }
  for (const a of src.articles) {
    const v = ldText(a.url) ?? ldText(a.mainEntityOfPage);
    const u = v ? absoluteUrl(src, v) : undefined;
    if (u) return { value: u, evidence: `json-ld ${String(a['@type'])}.url` };
  }
  return undefined;
}

/** Site / publisher name: og:site_name → JSON-LD publisher → WebSite node → application-name. */
export function getSiteName(src: MetaSources): Found<string> | undefined {
  const og = firstMeta(src, ['og:site_name', 'application-name', 'apple-mobile-web-app-title']);
  if (og && og.key === 'og:site_name') return { value: og.value, evidence: 'meta og:site_name' };
  for (const a of src.articles) {
    const p = ldText(a.publisher);
    if (p && !/^https?:/.test(p)) return { value: p, evidence: `json-ld ${String(a['@type'])}.publisher` };
  }
  const site = src.nodes.find((n) => hasType(n, /^website$|^newsmediaorganization$/i));
  const sn = site ? ldText(site.name) : undefined;
  if (sn) return { value: sn, evidence: 'json-ld WebSite.name' };
  if (og) return { value: og.value, evidence: `meta ${og.key}` };
  return undefined;
}

/** Description: og:description → twitter:description → description → JSON-LD description. */
export function getDescription(src: MetaSources): Found<string> | undefined {
  const m = firstMeta(src, ['og:description', 'twitter:description', 'description', 'dc.description']);
  if (m) return { value: m.value, evidence: `meta ${m.key}` };
  for (const a of src.articles) {
    const v = ldText(a.description);
    if (v) return { value: v, evidence: `json-ld ${String(a['@type'])}.description` };
  }
  return undefined;
}

function ldImage(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.length ? ldImage(v[0]) : undefined;
  if (v && typeof v === 'object') {
    const o = v as LdNode;
    return ldImage(o.url ?? o.contentUrl ?? o['@id']);
  }
  return undefined;
}

/** Lead image: og:image → twitter:image → JSON-LD image → itemprop image. */
export function getImage(src: MetaSources): Found<string> | undefined {
  const m = firstMeta(src, ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src']);
  if (m) {
    const u = absoluteUrl(src, m.value);
    if (u) return { value: u, evidence: `meta ${m.key}` };
  }
  for (const a of src.articles) {
    const v = ldImage(a.image);
    const u = v ? absoluteUrl(src, v) : undefined;
    if (u) return { value: u, evidence: `json-ld ${String(a['@type'])}.image` };
  }
  const item = itemsWith(src, 'image')[0];
  const u = item?.attr ? absoluteUrl(src, item.attr) : undefined;
  return u ? { value: u, evidence: 'itemprop image' } : undefined;
}

function splitTags(v: string): string[] {
  return v.split(/\s*[,;]\s*/).map((t) => t.trim()).filter((t) => t.length > 1 && t.length < 60);
}

/** Tags: article:tag (all) → JSON-LD keywords → news_keywords → keywords. */
export function getTags(src: MetaSources): Found<string[]> | undefined {
  const tags = src.meta.get('article:tag');
  if (tags?.length) return { value: [...new Set(tags.flatMap(splitTags))], evidence: 'meta article:tag' };
  for (const a of src.articles) {
    const k = a.keywords;
    const list = typeof k === 'string' ? splitTags(k) : Array.isArray(k) ? k.filter((x): x is string => typeof x === 'string').flatMap(splitTags) : [];
    if (list.length) return { value: [...new Set(list)], evidence: `json-ld ${String(a['@type'])}.keywords` };
  }
  const m = firstMeta(src, ['news_keywords', 'keywords', 'parsely-tags']);
  if (m) {
    const list = splitTags(m.value);
    if (list.length) return { value: [...new Set(list)], evidence: `meta ${m.key}` };
  }
  return undefined;
}

/** Section: article:section → JSON-LD articleSection → itemprop articleSection. */
export function getSection(src: MetaSources): Found<string> | undefined {
  const m = firstMeta(src, ['article:section', 'section', 'parsely-section', 'sailthru.section']);
  if (m) return { value: m.value, evidence: `meta ${m.key}` };
  for (const a of src.articles) {
    const v = ldText(a.articleSection);
    if (v) return { value: v, evidence: `json-ld ${String(a['@type'])}.articleSection` };
  }
  const item = itemsWith(src, 'articlesection')[0];
  return item?.text ? { value: item.text.trim(), evidence: 'itemprop articleSection' } : undefined;
}

/** Language: `<html lang>` → content-language → og:locale → JSON-LD inLanguage (ISO 639-1). */
export function getLanguage(src: MetaSources): Found<string> | undefined {
  const html = normalizeLang(src.page.htmlLang);
  if (html) return { value: html, evidence: '<html lang>' };
  const m = firstMeta(src, ['content-language', 'language', 'dc.language', 'og:locale']);
  const ml = m ? normalizeLang(m.value.split(',')[0]) : undefined;
  if (ml) return { value: ml, evidence: `meta ${m!.key}` };
  for (const a of src.articles) {
    const v = normalizeLang(ldText(a.inLanguage));
    if (v) return { value: v, evidence: `json-ld ${String(a['@type'])}.inLanguage` };
  }
  return undefined;
}
