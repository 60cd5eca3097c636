/**
 * Aggregate per-page records of one (corpus, input) run into the figures the tables print.
 * @module
 */
import { bootstrap, type Spread } from './bootstrap.js';
import { META_FIELDS, type MetaField } from './metadata.js';
import type { PageRecord } from './page.js';
import { snippetScores, sumSnippets, type SnippetCounts } from './snippets.js';

/** Share of pages whose field matched, over pages whose gold has the field. */
export interface MetaScore {
  n: number;
  matched: number;
  share: number;
}

/** Figures of one (corpus, input) run. */
export interface RunSummary {
  corpus: string;
  input: string;
  gold: 'text' | 'snippets';
  pages: number;
  errors: number;
  /** Error codes and how often. */
  errorCodes: Record<string, number>;
  /** Wall time of the run, s, and pages per second of wall time. */
  seconds: number;
  pagesPerSec: number;
  /** Input MB (after gunzip). */
  mb: number;
  /** Text gold: benchmark P/R/F1 and accuracy. Snippet gold: snippet P/R/F and accuracy. */
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  /** ± per metric: 1.96 × std of `bootstrapN` seeded resamples of pages (plus 2.5/97.5 percentiles). */
  ci: Record<string, Spread>;
  bootstrapN: number;
  seed: number;
  /** Summed snippet counts (snippet gold only). */
  snippets?: SnippetCounts;
  /** Metadata match shares, per field the gold has on some page. */
  meta: Partial<Record<MetaField, MetaScore>>;
}

/** Benchmark aggregate from page P/R values (pages without a value are left out of that mean). */
export function textMetrics(recs: readonly PageRecord[]): { precision: number; recall: number; f1: number; accuracy: number } {
  let pSum = 0;
  let pN = 0;
  let rSum = 0;
  let rN = 0;
  let exact = 0;
  for (const r of recs) {
    if (r.p !== undefined) {
      pSum += r.p;
      pN++;
    }
    if (r.r !== undefined) {
      rSum += r.r;
      rN++;
    }
    if (r.exact) exact++;
  }
  const precision = pN ? pSum / pN : 0;
  const recall = rN ? rSum / rN : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, accuracy: recs.length ? exact / recs.length : 0 };
}

/** Snippet aggregate over pages. */
export function snippetMetrics(recs: readonly PageRecord[]): { precision: number; recall: number; f1: number; accuracy: number } {
  return snippetScores(sumSnippets(recs.map((r) => r.snippets ?? { tp: 0, fp: 0, fn: 0, tn: 0 })));
}

/** Summarise one run. */
export function summarise(
  corpus: string,
  input: string,
  gold: 'text' | 'snippets',
  recs: readonly PageRecord[],
  seconds: number,
  opts: { bootstrap?: number; seed?: number } = {},
): RunSummary {
  const n = opts.bootstrap ?? 1000;
  const seed = opts.seed ?? 1;
  const metricsOf = gold === 'text' ? textMetrics : snippetMetrics;
  const main = metricsOf(recs);
  const ci = bootstrap(recs, (s) => metricsOf(s), n, seed);
  const errorCodes: Record<string, number> = {};
  let errors = 0;
  let bytes = 0;
  for (const r of recs) {
    bytes += r.bytes;
    if (r.error) {
      errors++;
      errorCodes[r.error.code] = (errorCodes[r.error.code] ?? 0) + 1;
    }
  }
  const meta: Partial<Record<MetaField, MetaScore>> = {};
  for (const f of META_FIELDS) {
    let nf = 0;
    let ok = 0;
    for (const r of recs) {
      const v = r.meta?.[f];
      if (!v) continue;
      nf++;
      if (v.ok) ok++;
    }
    if (nf) meta[f] = { n: nf, matched: ok, share: ok / nf };
  }
  const summary: RunSummary = {
    corpus,
    input,
    gold,
    pages: recs.length,
    errors,
    errorCodes,
    seconds,
    pagesPerSec: seconds > 0 ? recs.length / seconds : 0,
    mb: bytes / 1e6,
    ...main,
    ci,
    bootstrapN: n,
    seed,
    meta,
  };
  if (gold === 'snippets') summary.snippets = sumSnippets(recs.map((r) => r.snippets!));
  return summary;
}

/** Page F1 from its P/R (0 when either is missing or both are 0). */
export function pageF1(r: PageRecord): number {
  if (r.snippets) {
    const { tp, fp, fn } = r.snippets;
    return 2 * tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 1;
  }
  const p = r.p ?? 0;
  const rc = r.r ?? 0;
  return p + rc > 0 ? (2 * p * rc) / (p + rc) : 0;
}

/** The `n` worst pages, lowest page F first (ties by id). */
export function worstPages(recs: readonly PageRecord[], n: number): PageRecord[] {
  return [...recs].sort((a, b) => pageF1(a) - pageF1(b) || a.id.localeCompare(b.id)).slice(0, n);
}
