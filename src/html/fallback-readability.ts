/**
 * Readability fallback: when the fast main-content candidate holds almost no text, ask
 * `@mozilla/readability` (on a jsdom DOM: no scripts run, no resources load — jsdom's defaults;
 * never `resources: 'usable'`) and mark the blocks whose text Readability kept. Out of the fast
 * path: jsdom costs ~100 ms a page, and is loaded only when first needed.
 * @module
 */
import { createRequire } from 'node:module';
import type { Block } from '../types.js';
import { normalizeText } from './walker.js';

const require = createRequire(import.meta.url);

/** When to try the fallback. */
export const FALLBACK_LIMITS = {
  /** Main-content text shorter than this (chars) triggers the fallback. */
  minMainChars: 300,
  /** Pages larger than this (chars) are not handed to jsdom. */
  maxSourceChars: 3_000_000,
  /** Time that must remain before the deadline (ms). */
  minTimeLeft: 1500,
};

interface ReadabilityArticle {
  textContent?: string | null;
}

/** Readability's article text for a page, or undefined when it finds none. */
export function readabilityText(source: string, url?: string): string | undefined {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { JSDOM, VirtualConsole } = require('jsdom') as typeof import('jsdom');
  const { Readability } = require('@mozilla/readability') as typeof import('@mozilla/readability');
  // Default jsdom: `runScripts` off, no resource loader — nothing executes or is fetched.
  const dom = new JSDOM(source, { url: url && /^https?:/.test(url) ? url : 'https://localhost/', virtualConsole: new VirtualConsole() });
  try {
    const article = new Readability(dom.window.document, { charThreshold: 200 }).parse() as ReadabilityArticle | null;
    const text = article?.textContent ? normalizeText(article.textContent) : '';
    return text || undefined;
  } finally {
    dom.window.close();
  }
}

/**
 * If the main content is nearly empty, mark the blocks Readability keeps as `extra.inMain`
 * (with `extra.mainSource = 'readability'`) when that gives clearly more text. Returns true when used.
 */
export function applyReadabilityFallback(blocks: Block[], source: string, deadline: number, url?: string): boolean {
  let mainChars = 0;
  for (const b of blocks) if (b.dom?.extra?.inMain) mainChars += b.text.length;
  if (mainChars >= FALLBACK_LIMITS.minMainChars || blocks.length === 0) return false;
  if (source.length > FALLBACK_LIMITS.maxSourceChars || deadline - performance.now() < FALLBACK_LIMITS.minTimeLeft) return false;
  const text = readabilityText(source, url);
  if (!text || text.length < Math.max(3 * mainChars, 500)) return false;
  let kept = 0;
  for (const b of blocks) {
    const x = b.dom!.extra!;
    const hit = b.text.length >= 3 && text.includes(b.text);
    x.inReadability = hit;
    if (hit) kept += b.text.length;
  }
  if (kept < 200) return false;
  for (const b of blocks) {
    const x = b.dom!.extra!;
    x.inMain = x.inReadability === true;
    x.mainFound = true;
    x.mainSource = 'readability';
  }
  return true;
}
