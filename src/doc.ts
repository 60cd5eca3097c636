/**
 * The document a pipeline works on: a unist root whose children are blocks, with features computed
 * once and shared by every cleaner.
 * @module
 */
import type { Block, InputType, Metadata, MetadataField, Provenance } from './types.js';
import type { BlockFeatures } from './features.js';

/** Page-level facts from HTML (head metadata etc.), opaque to text cleaners. */
export interface HtmlContext {
  /** `<html lang>` if any. */
  htmlLang?: string;
  /** Anything the HTML path wants to pass to its metadata getters. */
  [key: string]: unknown;
}

/** The tree every cleaner reads and marks. */
export interface Doc {
  type: 'root';
  inputType: InputType;
  /** Decoded input text (the dump, or the HTML source). */
  source: string;
  /** Blocks in document order; cleaners mark them, never splice them out. */
  children: Block[];
  /** Features of each block, aligned with `children` (same index). */
  features: BlockFeatures[];
  /** ISO 639-1 language of the body, when known or detected. */
  lang?: string;
  metadata: Partial<Metadata>;
  provenance: Partial<Record<MetadataField, Provenance>>;
  html?: HtmlContext;
  warnings: string[];
  /** `performance.now()` time after which the pipeline stops with TIMEOUT (checked between cleaners). */
  deadline?: number;
}

/** True when no cleaner has removed or lifted the block. */
export function isKept(block: Block): boolean {
  return block.removed === undefined && block.lifted === undefined;
}

/** Blocks still in the body. */
export function keptBlocks(doc: Doc): Block[] {
  return doc.children.filter(isKept);
}
