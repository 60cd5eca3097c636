/**
 * Text-only derived features of the learned scorer: what a dump line's neighbourhood says when
 * there is no DOM. Computed once per page in O(blocks + tokens) from the per-block features; a model
 * lists the ones it reads in `spec.text`, so models trained before them keep their layout.
 *
 * "Prose" is the same test as the prose chain of `extra-features.ts` (8+ words, ends a sentence,
 * stopword share ≥ 0.15, kept).
 * - `proseBefore3` / `proseAfter3`: share of the words of the 3 blocks before / after that is prose
 *   (asymmetric: a subhead has prose after it, a trailer or caption often only before).
 * - `proseRunLen`: log length in blocks of the run of consecutive prose blocks holding the block (0
 *   when it is no prose); `proseRunShare`: that run's share of the page's words.
 * - `shortRunLen`: log length of the run of consecutive non-prose blocks holding the block (0 for
 *   prose): a headline list or a menu is a long run, a subhead a run of one.
 * - `chainTopical`: share of the block's content words used elsewhere in the page's prose (its own
 *   occurrences excluded): a subhead or a lead-in talks about the story, a related headline not.
 * - `dateNear`: short blocks holding a time or a year within ±3 (comment signatures, teaser lists).
 * - `sameWordsRun`: log length of the run of neighbouring non-prose blocks with about the same word
 *   count (within a factor of 2) as this one: a list of headlines or links.
 * @module
 */
import type { Doc } from '../doc.js';
import { isKept } from '../doc.js';
import { stopwords } from '../features.js';

export const TEXT_DERIVED = [
  'proseBefore3', 'proseAfter3', 'proseRunLen', 'proseRunShare', 'shortRunLen', 'chainTopical', 'dateNear',
  'sameWordsRun',
] as const;

const DIGITS_RE = /^\d+$/;
const DATEISH_RE = /\b(?:19|20)\d\d\b|\b\d{1,2}[:.]\d\d\b/;

/**
 * Text-derived features of every block of `doc`, for the names in `names` (a subset of
 * {@link TEXT_DERIVED}), row-major: `out[i * names.length + k]`.
 */
export function textFeatures(doc: Doc, names: readonly string[]): Float64Array {
  const blocks = doc.children;
  const feats = doc.features;
  const n = blocks.length;
  const k = names.length;
  const out = new Float64Array(n * k);
  if (!n || !k) return out;
  const words = new Float64Array(n);
  const prose = new Uint8Array(n);
  const kept = new Uint8Array(n);
  const dateish = new Uint8Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const f = feats[i]!;
    words[i] = f.words;
    total += f.words;
    kept[i] = isKept(blocks[i]!) ? 1 : 0;
    prose[i] = kept[i] && f.words >= 8 && f.endsSentence && f.stopwordRatio >= 0.15 && f.linkDensity < 0.34 ? 1 : 0;
    dateish[i] = f.words <= 12 && DATEISH_RE.test(blocks[i]!.text) ? 1 : 0;
  }
  // Prose words before / after.
  const pw = new Float64Array(n + 1);
  const aw = new Float64Array(n + 1);
  const dp = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    pw[i + 1] = pw[i]! + (prose[i] ? words[i]! : 0);
    aw[i + 1] = aw[i]! + words[i]!;
    dp[i + 1] = dp[i]! + dateish[i]!;
  }
  const share = (a: number, b: number) => {
    a = Math.max(0, a);
    b = Math.min(n, b);
    const all = aw[b]! - aw[a]!;
    return all > 0 ? (pw[b]! - pw[a]!) / all : 0;
  };
  // Runs of prose / non-prose.
  const runStart = new Int32Array(n);
  for (let i = 0; i < n; i++) runStart[i] = i > 0 && prose[i] === prose[i - 1] ? runStart[i - 1]! : i;
  const runEnd = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) runEnd[i] = i + 1 < n && prose[i] === prose[i + 1] ? runEnd[i + 1]! : i;
  // Same-size neighbours (non-prose).
  const similar = (a: number, b: number) =>
    !prose[a] && !prose[b] && words[a]! > 0 && words[b]! > 0 && words[a]! <= 2 * words[b]! && words[b]! <= 2 * words[a]!;
  const simLeft = new Int32Array(n);
  for (let i = 1; i < n; i++) simLeft[i] = similar(i, i - 1) ? simLeft[i - 1]! + 1 : 0;
  const simRight = new Int32Array(n);
  for (let i = n - 2; i >= 0; i--) simRight[i] = similar(i, i + 1) ? simRight[i + 1]! + 1 : 0;
  // Content words of the page's prose, with counts.
  const want = names.includes('chainTopical');
  const stop = want ? stopwords(doc.lang) : undefined;
  const proseCount = new Map<string, number>();
  if (want)
    for (let i = 0; i < n; i++) {
      if (!prose[i]) continue;
      for (const t of feats[i]!.tokens)
        if (t.length >= 3 && !stop!.has(t) && !DIGITS_RE.test(t)) proseCount.set(t, (proseCount.get(t) ?? 0) + 1);
    }
  const own = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const lo = runStart[i]!;
    const hi = runEnd[i]!;
    for (let q = 0; q < k; q++) {
      let v = 0;
      switch (names[q]) {
        case 'proseBefore3': v = share(i - 3, i); break;
        case 'proseAfter3': v = share(i + 1, i + 4); break;
        case 'proseRunLen': v = prose[i] ? Math.log1p(hi - lo + 1) : 0; break;
        case 'proseRunShare': v = prose[i] && total ? (aw[hi + 1]! - aw[lo]!) / total : 0; break;
        case 'shortRunLen': v = prose[i] ? 0 : Math.log1p(hi - lo + 1); break;
        case 'chainTopical': {
          own.clear();
          let hit = 0;
          let all = 0;
          const toks = feats[i]!.tokens;
          for (const t of toks) if (t.length >= 3 && !stop!.has(t) && !DIGITS_RE.test(t)) own.set(t, (own.get(t) ?? 0) + 1);
          for (const [t, c] of own) {
            all += c;
            const elsewhere = (proseCount.get(t) ?? 0) - (prose[i] ? c : 0);
            if (elsewhere > 0) hit += c;
          }
          v = all ? hit / all : 0;
          break;
        }
        case 'dateNear': v = dp[Math.min(n, i + 4)]! - dp[Math.max(0, i - 3)]! - dateish[i]!; break;
        case 'sameWordsRun': v = prose[i] ? 0 : Math.log1p(simLeft[i]! + simRight[i]!); break;
      }
      out[i * k + q] = v;
    }
  }
  return out;
}
