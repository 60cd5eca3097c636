/**
 * Topic terms of a block, for telling whether a block talks about the same things as the article's
 * lead. Language-neutral: content words are the block's tokens minus the stopwords of the document
 * language, folded to a 5-letter prefix so inflections meet (`Iranian`/`Iranians`, `Bolsonaro`/
 * `Bolsonaro’s`); a collision only makes a block look more on-topic, the safe direction for a remover.
 * @module
 */
import type { BlockFeatures } from '../../features.js';

/** Fold a token to its topic key. */
export function topicKey(token: string): string {
  return token.length <= 5 ? token : token.slice(0, 5);
}

const NUMBER_RE = /^\p{N}+$/u;

/** False when `NUMBER_RE` cannot match: the first code unit is ASCII and no digit. */
function mayBeNumber(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 128 || (c >= 48 && c <= 57);
}

/** Distinct topic keys of a block's tokens (no stopwords, no numbers, at least 3 letters). */
export function topicTerms(f: BlockFeatures, stop: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const n = f.words;
  for (let k = 0; k < n; k++) {
    const t = f.token(k);
    if (t.length < 3 || stop.has(t) || (mayBeNumber(t) && NUMBER_RE.test(t))) continue;
    out.add(topicKey(t));
  }
  return out;
}

/** Share of `terms` that also occur in `reference` (0 when `terms` is empty). */
export function overlap(terms: ReadonlySet<string>, reference: ReadonlySet<string>): number {
  if (!terms.size) return 0;
  let shared = 0;
  for (const t of terms) if (reference.has(t)) shared++;
  return shared / terms.size;
}
