/**
 * HTML → blocks with DOM evidence, plus page metadata. (Stub until the HTML path lands.)
 * @module
 */
import type { Block, Metadata, MetadataField, Provenance } from '../types.js';
import type { HtmlContext } from '../doc.js';
import { DecruftError } from '../errors.js';

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
}

/** Parse an HTML document into blocks. */
export function parseHtml(_source: string, _options: ParseHtmlOptions): ParsedHtml {
  throw new DecruftError('PARSE', 'HTML input is not supported yet');
}
