/**
 * The article-extraction benchmark's metric: 4-token shingles of `\w+` tokens (Unicode), multiset
 * overlap normalised to sum 1 per page; precision and recall averaged over pages.
 * @module
 */

/**
 * `\w+` as the benchmark's Python `re` sees it on `str`: letters (L*), numbers (N*) and `_`.
 * Python's `\w` does not match combining marks (M*) nor connector punctuation other than `_`,
 * so a combining accent or a Devanagari vowel sign splits a token there, as in the benchmark.
 */
const WORD_RE = /[\p{L}\p{N}_]+/gu;

/** Tokens as the metric sees them (case kept). */
export function metricTokens(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

/** Multiset of n-token shingles; a text under n tokens gives one shorter shingle. */
export function shingles(tokens: string[], n = 4): Map<string, number> {
  const out = new Map<string, number>();
  if (tokens.length === 0) return out;
  if (tokens.length < n) {
    out.set(tokens.join('\u0001'), 1);
    return out;
  }
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Per-page TP/FP/FN, normalised to sum 1 (all 0 when both texts are empty). */
export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  /** Token list equals the gold's. */
  exact: boolean;
}

/** Score one extraction against its gold text. */
export function scorePage(predicted: string, gold: string, n = 4): PageScore {
  const pt = metricTokens(predicted);
  const gt = metricTokens(gold);
  const ps = shingles(pt, n);
  const gs = shingles(gt, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, pc] of ps) {
    const gc = gs.get(k) ?? 0;
    tp += Math.min(pc, gc);
    if (pc > gc) fp += pc - gc;
  }
  for (const [k, gc] of gs) {
    const pc = ps.get(k) ?? 0;
    if (gc > pc) fn += gc - pc;
  }
  const s = tp + fp + fn;
  const exact = pt.length === gt.length && pt.every((t, i) => t === gt[i]);
  if (s === 0) return { tp: 0, fp: 0, fn: 0, exact };
  return { tp: tp / s, fp: fp / s, fn: fn / s, exact };
}

/** Precision, recall, F1 and accuracy over pages. */
export interface Aggregate {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

/**
 * Page precision/recall as the benchmark's `metrics_from_tp_fp_fns` does it: precision counts for a
 * page when TP+FP > 0, recall when TP+FN > 0, and a page with FP = FN = 0 scores 1 for both. A page
 * where both texts are empty (all zero) counts for neither.
 */
export function pagePR(s: PageScore): { p?: number; r?: number } {
  const perfect = s.fp === 0 && s.fn === 0;
  const out: { p?: number; r?: number } = {};
  if (s.tp + s.fp > 0) out.p = perfect ? 1 : s.tp / (s.tp + s.fp);
  if (s.tp + s.fn > 0) out.r = perfect ? 1 : s.tp / (s.tp + s.fn);
  return out;
}

/** Aggregate page scores the way the benchmark does. */
export function aggregate(scores: PageScore[]): Aggregate {
  let pSum = 0;
  let pN = 0;
  let rSum = 0;
  let rN = 0;
  let exact = 0;
  for (const s of scores) {
    const { p, r } = pagePR(s);
    if (p !== undefined) {
      pSum += p;
      pN++;
    }
    if (r !== undefined) {
      rSum += r;
      rN++;
    }
    if (s.exact) exact++;
  }
  const precision = pN ? pSum / pN : 0;
  const recall = rN ? rSum / rN : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { pages: scores.length, precision, recall, f1, accuracy: scores.length ? exact / scores.length : 0 };
}
