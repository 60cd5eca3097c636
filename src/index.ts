/**
 * decruft: strip boilerplate and junk from scraped news and return the clean article text with its
 * metadata.
 * @module
 */
export { clean, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './clean.js';
export { CLEANERS, createProcessor, getCleaner } from './pipeline.js';
export { defineCleaner } from './cleaner.js';
export type { Cleaner, CleanerContext, CleanerMeta } from './cleaner.js';
export type { Doc } from './doc.js';
export type { BlockFeatures } from './features.js';
export { DecruftError } from './errors.js';
export type { DecruftErrorCode } from './errors.js';
export type * from './types.js';
