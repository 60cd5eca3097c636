/**
 * Snippet scoring for trafilatura's evaluation set (`snippets.jsonl`): whitespace-normalised
 * substring containment, exactly as trafilatura's `tests/eval_common.py` (`count_item`): a `with`
 * snippet found is a TP, missed a FN; a `without` snippet found is a FP, absent a TN. Totals are
 * summed over all snippets: precision = TP/(TP+FP), recall = TP/(TP+FN), F = 2TP/(2TP+FP+FN),
 * accuracy = (TP+TN)/all. An extraction that failed counts as empty text (every `with` missed).
 * @module
 */

/** One line of `snippets.jsonl`. */
export interface SnippetGold {
  id: string;
  url?: string;
  with: string[];
  without: string[];
}

/** Snippet counts of one page (or summed over pages). */
export interface SnippetCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Per-page snippet result: counts plus which snippets went wrong. */
export interface SnippetPage extends SnippetCounts {
  /** `with` snippets not found in the output. */
  missed: string[];
  /** `without` snippets found in the output. */
  leaked: string[];
}

/** Whitespace normalisation: runs of whitespace → one space, trimmed (trafilatura's `norm`). */
export function normWs(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Score one page's output against its snippets. */
export function scoreSnippets(text: string, gold: Pick<SnippetGold, 'with' | 'without'>): SnippetPage {
  const t = normWs(text);
  const missed = gold.with.filter((s) => !t.includes(normWs(s)));
  const leaked = gold.without.filter((s) => t.includes(normWs(s)));
  return {
    tp: gold.with.length - missed.length,
    fn: missed.length,
    fp: leaked.length,
    tn: gold.without.length - leaked.length,
    missed,
    leaked,
  };
}

/** Sum counts over pages. */
export function sumSnippets(pages: readonly SnippetCounts[]): SnippetCounts {
  const s = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const p of pages) {
    s.tp += p.tp;
    s.fp += p.fp;
    s.fn += p.fn;
    s.tn += p.tn;
  }
  return s;
}

/** Snippet precision, recall, F and accuracy from summed counts (0 when a denominator is 0). */
export function snippetScores(c: SnippetCounts): { precision: number; recall: number; f1: number; accuracy: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const denom = 2 * c.tp + c.fp + c.fn;
  const all = c.tp + c.fp + c.fn + c.tn;
  return { precision, recall, f1: denom ? (2 * c.tp) / denom : 0, accuracy: all ? (c.tp + c.tn) / all : 0 };
}
