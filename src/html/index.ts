/**
 * HTML → blocks with DOM evidence, plus page metadata. One htmlparser2 pass builds the blocks,
 * element records and page facts; the main-content candidate and the per-block DOM features are
 * computed from those records without re-walking the markup.
 * @module
 */
import type { Block, Metadata, MetadataField, Provenance } from '../types.js';
import type { HtmlContext } from '../doc.js';
import { DecruftError } from '../errors.js';
import { blockLines, checkDeadline, walkHtml } from './walker.js';
import { repairUnclosedRawText } from './repair.js';
import { findMainContent } from './main-content.js';
import { addDomFeatures, classEvidence } from './dom-features.js';
import type { PageInfo } from './page-info.js';
import { extractMetadata } from './metadata/index.js';
import { applyReadabilityFallback } from './fallback-readability.js';

/** What the HTML front end hands to the pipeline. */
export interface ParsedHtml {
  blocks: Block[];
  html: HtmlContext;
  /** Metadata read from the page (JSON-LD, OpenGraph, meta tags…). */
  metadata: Partial<Metadata>;
  provenance: Partial<Record<MetadataField, Provenance>>;
  warnings: string[];
}

/** Options of {@link parseHtml}. */
export interface ParseHtmlOptions {
  url?: string;
  /** Absolute deadline (`performance.now()` ms) after which parsing fails with TIMEOUT. */
  deadline: number;
  /** Keep hyperlinks as `[text](href)` in `block.markdown`. */
  links?: boolean;
  /** Ask Readability (jsdom) when the fast main-content candidate is nearly empty (default false). */
  readabilityFallback?: boolean;
}

/** Page facts the HTML path passes along to its cleaners and metadata getters. */
export interface HtmlPageContext extends HtmlContext {
  /** Everything collected from `<head>`, JSON-LD, microdata and `<time>`. */
  page: PageInfo;
  /** Why the main-content candidate won (absent when none). */
  main?: string;
}

/**
 * Parse an HTML document into blocks (every visible block of text, in document order) with DOM
 * features in `block.dom`, and read the page's metadata. Never runs scripts or fetches anything.
 *
 * @example
 * ```ts
 * const { blocks } = parseHtml('<article><p>Hello, world.</p></article>', { deadline: Infinity });
 * blocks[0].dom.extra.inArticle; // true
 * ```
 */
export function parseHtml(source: string, options: ParseHtmlOptions): ParsedHtml {
  if (performance.now() > options.deadline) throw new DecruftError('TIMEOUT', 'no time left to parse the HTML');
  const { blocks, sites, recs, page } = walkHtml(repairUnclosedRawText(source), {
    deadline: options.deadline,
    links: options.links ?? false,
    url: options.url,
  });
  checkDeadline(options.deadline, 'parsing');
  for (const b of blocks) if (b.dom?.level === 1 && page.h1.length < 5) page.h1.push(b.text);
  const evidence = classEvidence(recs);
  const main = findMainContent(recs, blocks, sites, evidence);
  checkDeadline(options.deadline, 'main-content scoring');
  addDomFeatures(blocks, sites, recs, main, evidence, options.deadline);
  const usedReadability = options.readabilityFallback === true && applyReadabilityFallback(blocks, source, options.deadline, options.url);
  const html: HtmlPageContext = {
    htmlLang: page.htmlLang,
    page,
    main: usedReadability ? 'readability fallback (fast candidate nearly empty)' : main?.evidence,
  };
  const warnings: string[] = [];
  if (blocks.length === 0) warnings.push('no-text');
  const heads = blocks.map((b) => ({ text: b.text, level: b.dom?.level ?? 0, inMain: b.dom?.extra?.inMain === true, lines: blockLines(b), key: undefined }));
  checkDeadline(options.deadline, 'block features');
  const { metadata, provenance } = extractMetadata(page, options.url, heads);
  return { blocks, html, metadata, provenance, warnings };
}
