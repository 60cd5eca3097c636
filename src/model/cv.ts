/**
 * Training sets from labelled pages, and evaluation of block decisions with the benchmark metric
 * (shingle F1 against the gold text; snippet F for snippet-gold corpora).
 * @module
 */
import { isKept } from '../doc.js';
import { aggregate, scorePage, type PageScore } from '../eval/metric.js';
import type { GbdtModel, SmoothingParams } from './gbdt.js';
import { sigmoid } from './gbdt.js';
import type { Page } from './corpus.js';
import type { TrainSet } from './train.js';
import { decide } from './smooth.js';
import { fastScore, prepareFast, type FastPage } from './fast-score.js';
import { docVectors, type VectorSpec } from './vector.js';

/**
 * A page reduced to what training and scoring need: the feature rows of its candidate blocks
 * (those still kept when the scorer runs), their texts, words and labels.
 */
export interface PageVectors {
  corpus: string;
  id: string;
  group: string;
  width: number;
  /** Row-major, one row per candidate. */
  data: Float64Array;
  texts: string[];
  words: number[];
  labels: Int8Array;
  gold?: string;
  snippets?: { with: string[]; without: string[] };
}

export function vectorize(page: Page, spec: VectorSpec): PageVectors {
  const { width, data } = docVectors(page.doc, spec);
  const cand: number[] = [];
  page.doc.children.forEach((b, i) => {
    if (isKept(b)) cand.push(i);
  });
  const rows = new Float64Array(cand.length * width);
  cand.forEach((i, c) => rows.set(data.subarray(i * width, (i + 1) * width), c * width));
  return {
    corpus: page.corpus,
    id: page.id,
    group: page.group,
    width,
    data: rows,
    texts: cand.map((i) => page.doc.children[i]!.text),
    words: cand.map((i) => page.doc.features[i]!.words),
    labels: Int8Array.from(cand, (i) => page.labels[i]!),
    gold: page.gold,
    snippets: page.snippets,
  };
}

/**
 * Rows = labelled candidate blocks. Weight ∝ words + 3, normalised so every page weighs the same
 * (the metric averages over pages), then scaled to a mean of 1.
 */
export function buildSet(pvs: PageVectors[]): TrainSet {
  let rows = 0;
  for (const pv of pvs) for (const l of pv.labels) if (l >= 0) rows++;
  const width = pvs[0]?.width ?? 0;
  const data = new Float64Array(rows * width);
  const y = new Uint8Array(rows);
  const w = new Float64Array(rows);
  const group = new Uint32Array(rows);
  const groupIds = new Map<string, number>();
  let r = 0;
  for (const pv of pvs) {
    let gid = groupIds.get(pv.group);
    if (gid === undefined) groupIds.set(pv.group, (gid = groupIds.size));
    let sum = 0;
    pv.labels.forEach((l, c) => {
      if (l >= 0) sum += pv.words[c]! + 3;
    });
    pv.labels.forEach((l, c) => {
      if (l < 0) return;
      data.set(pv.data.subarray(c * width, (c + 1) * width), r * width);
      y[r] = l;
      w[r] = (pv.words[c]! + 3) / sum;
      group[r] = gid;
      r++;
    });
  }
  let tw = 0;
  for (let i = 0; i < rows; i++) tw += w[i]!;
  for (let i = 0; i < rows; i++) w[i] = (w[i]! * rows) / (tw || 1);
  return { width, data, y, w, group };
}

/**
 * Fold of each page for site-grouped K-fold CV: every page of one site in one fold. Sites are dealt
 * largest first (ties by name) to the fold with the fewest pages so far — deterministic and balanced.
 */
export function groupedFolds(pvs: PageVectors[], k: number): Map<PageVectors, number> {
  const size = new Map<string, number>();
  for (const pv of pvs) size.set(pv.group, (size.get(pv.group) ?? 0) + 1);
  const order = [...size].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const load = new Array<number>(k).fill(0);
  const foldOfGroup = new Map<string, number>();
  for (const [g, n] of order) {
    let f = 0;
    for (let j = 1; j < k; j++) if (load[j]! < load[f]!) f = j;
    foldOfGroup.set(g, f);
    load[f] += n;
  }
  return new Map(pvs.map((pv) => [pv, foldOfGroup.get(pv.group)!]));
}

/** Log-odds of each candidate, for models truncated at each of `stages` trees. */
export function stagedLogOdds(model: GbdtModel, pv: PageVectors, stages: number[]): Float64Array[] {
  const n = pv.width ? pv.data.length / pv.width : 0;
  const out = stages.map(() => new Float64Array(n));
  for (let c = 0; c < n; c++) {
    const i = c;
    let s = model.base;
    let st = 0;
    for (let t = 0; t < model.trees.length; t++) {
      const tr = model.trees[t]!;
      let k = 0;
      while (tr.f[k]! >= 0) k = pv.data[i * pv.width + tr.f[k]!]! <= tr.t[k]! ? tr.l[k]! : tr.r[k]!;
      s += tr.v[k]!;
      while (st < stages.length && t + 1 === stages[st]) out[st++]![c] = s;
    }
  }
  return out;
}

/** The text kept for a page given p(content) per candidate. */
export function keptText(pv: PageVectors, p: Float64Array, threshold: number, smoothing: SmoothingParams): string {
  const { keep } = decide(p, pv.words, threshold, smoothing);
  const out: string[] = [];
  pv.texts.forEach((t, c) => {
    if (keep[c]) out.push(t);
  });
  return out.join('\n\n');
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Snippet counts of one extraction. */
export function snippetCounts(text: string, s: { with: string[]; without: string[] }): { tp: number; fn: number; fp: number } {
  const t = norm(text);
  let tp = 0;
  let fn = 0;
  let fp = 0;
  for (const w of s.with) {
    const n = norm(w);
    if (!n) continue;
    if (t.includes(n)) tp++;
    else fn++;
  }
  for (const w of s.without) {
    const n = norm(w);
    if (n && t.includes(n)) fp++;
  }
  return { tp, fn, fp };
}

/** Score of a set of pages from one corpus: shingle F1 (gold) or snippet F. */
export interface CorpusScore {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
}

export function scoreTexts(pages: PageVectors[], texts: string[]): CorpusScore {
  if (pages.length && pages[0]!.gold === undefined) {
    let tp = 0;
    let fn = 0;
    let fp = 0;
    pages.forEach((pg, k) => {
      const c = snippetCounts(texts[k]!, pg.snippets!);
      tp += c.tp;
      fn += c.fn;
      fp += c.fp;
    });
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    return { pages: pages.length, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  }
  const scores: PageScore[] = pages.map((pg, k) => scorePage(texts[k]!, pg.gold ?? ''));
  const a = aggregate(scores);
  return { pages: a.pages, precision: a.precision, recall: a.recall, f1: a.f1 };
}

/** Score pages given per-page candidate log-odds. */
export function scoreDecisions(
  pvs: PageVectors[],
  logOdds: Float64Array[],
  threshold: number,
  smoothing: SmoothingParams,
): CorpusScore {
  const texts = pvs.map((pv, k) => keptText(pv, logOdds[k]!.map(sigmoid), threshold, smoothing));
  return scoreTexts(pvs, texts);
}

const fastCache = new WeakMap<PageVectors, FastPage>();

/** Like {@link scoreDecisions}, with the fast metric for gold pages (for the hyper-parameter grid). */
export function scoreDecisionsFast(
  pvs: PageVectors[],
  logOdds: Float64Array[],
  threshold: number,
  smoothing: SmoothingParams,
): CorpusScore {
  if (pvs.length && pvs[0]!.gold === undefined) return scoreDecisions(pvs, logOdds, threshold, smoothing);
  const scores = pvs.map((pv, k) => {
    let fp = fastCache.get(pv);
    if (!fp) fastCache.set(pv, (fp = prepareFast(pv)));
    const { keep } = decide(logOdds[k]!.map(sigmoid), pv.words, threshold, smoothing);
    return fastScore(fp, keep);
  });
  const a = aggregate(scores);
  return { pages: a.pages, precision: a.precision, recall: a.recall, f1: a.f1 };
}
