/**
 * Metadata from the page: one getter per field, each a fallback chain over JSON-LD, OpenGraph,
 * Twitter cards, `<meta>`, microdata, `<time>` and `<title>`; each value with its provenance
 * (`ruleId: 'html-metadata'`). A field that is not found is absent.
 * @module
 */
import type { Metadata, MetadataField, Provenance } from '../../types.js';
import type { PageInfo } from '../page-info.js';
import { metaSources, type MetaSources } from './sources.js';
import type { Found } from './title.js';
import { getTitle, titleCandidates, type HeadlineBlock } from './title.js';
import { storyTitle } from './site-title.js';
import { getAuthors } from './authors.js';
import { getDate, getModified, PAGE_NODE_EVIDENCE } from './dates.js';
import { footerAuthors, headerAuthors, headerDate, headerOrder, moreFromAuthor, printedDay, signedAuthors } from './header.js';
import { getDescription, getImage, getLanguage, getSection, getSiteName, getTags, getUrl } from './fields.js';

/** Rule id stamped on every value read from the page's markup. */
export const HTML_METADATA_RULE = 'html-metadata';

/** Markup dates the printed one does not override. */
const STRONG_DATE_RE = /^meta (?:article:published_time|og:published_time)|^itemprop datepublished/;

/** How many blocks below the headline a byline is looked for. */
const BYLINE_REACH = 16;

/** Metadata read from a page, and where each value came from. */
export interface PageMetadata {
  metadata: Partial<Metadata>;
  provenance: Partial<Record<MetadataField, Provenance>>;
}

/** `fn`, computed on the first call only (its result, undefined included, is kept). */
function once<T>(fn: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = fn();
      done = true;
    }
    return value;
  };
}

/** Read every metadata field the page's markup gives. */
export function extractMetadata(page: PageInfo, url?: string, blocks: readonly HeadlineBlock[] = []): PageMetadata {
  const src = metaSources(page, url);
  const metadata: Partial<Metadata> = {};
  const provenance: Partial<Record<MetadataField, Provenance>> = {};
  const set = <K extends MetadataField>(field: K, found: Found<NonNullable<Metadata[K]>> | undefined): void => {
    if (!found) return;
    metadata[field] = found.value as Metadata[K];
    provenance[field] = { ruleId: HTML_METADATA_RULE, evidence: found.evidence };
  };
  const language = getLanguage(src);
  set('language', language);
  const site = getSiteName(src);
  set('source', site);
  const title = storyTitle(getTitle(src, site?.value, blocks), blocks, { siteName: site?.value, lang: language?.value, candidates: () => titleCandidates(src) });
  set('title', title);
  const header = headerOrder(blocks, title?.value);
  // A byline sits further below the headline than a date line can (after a dek, a photo and its caption).
  // Each read once, when first asked for (getAuthors may ask for each several times).
  const printed = once((): Found<string[]> | undefined => headerAuthors(blocks, headerOrder(blocks, title?.value, BYLINE_REACH), language?.value));
  const boxed = once((): Found<string[]> | undefined => moreFromAuthor(blocks, language?.value));
  const signed = once(() => footerAuthors(blocks, language?.value) ?? signedAuthors(blocks, language?.value) ?? boxed());
  set('authors', getAuthors(src, site?.value, printed, signed, language?.value, boxed));
  const canonical = getUrl(src);
  set('url', canonical);
  src.url = url ?? canonical?.value;
  set('date', pageDate(src, blocks, header, language?.value));
  set('modified', getModified(src, language?.value));
  set('description', getDescription(src));
  set('image', getImage(src));
  set('tags', getTags(src));
  set('section', getSection(src));
  return { metadata, provenance };
}

/**
 * Published date: the markup's, unless it is a UTC time one day off the day the header prints;
 * the header's date line when the markup has none (the URL's date, or a page node's that is no
 * article's, only after both).
 */
function pageDate(src: MetaSources, blocks: readonly HeadlineBlock[], header: readonly number[], lang: string | undefined): Found<string> | undefined {
  const marked = getDate(src, lang);
  const printed = headerDate(blocks, header, lang);
  if (marked && !marked.evidence.startsWith('date in the URL') && !marked.evidence.startsWith(PAGE_NODE_EVIDENCE)) {
    if (!printed || printed.value.slice(0, 10) === marked.value.slice(0, 10)) return marked;
    if (/T\d/.test(marked.value) && printedDay(marked.value, printed.value)) {
      return { value: printed.value, evidence: `${printed.evidence}: the page's own day for ${marked.value} (${marked.evidence})` };
    }
    // An update line, or a numeric date read in the other order (`11/01/2021`), is no contradiction.
    if (printed.updated || swapped(printed.value) === marked.value.slice(0, 10)) return marked;
    // A date the page prints as its publication date beats a weaker markup date on another day: a
    // JSON-LD or generic `date` meta, a <time> (often the CMS's creation date or a republished
    // story's first one); `article:published_time` and microdata datePublished are kept.
    if (!STRONG_DATE_RE.test(marked.evidence)) {
      return { value: printed.value, evidence: `${printed.evidence}, printed as the publication date (${marked.evidence}: ${marked.value})` };
    }
    return marked;
  }
  return printed ?? marked;
}

/** `YYYY-MM-DD` with month and day swapped (when both could be either). */
function swapped(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m && +m[3]! <= 12 ? `${m[1]}-${m[3]}-${m[2]}` : undefined;
}
