/**
 * content-scorer: a learned block classifier (gradient-boosted trees over length, punctuation,
 * stopword, link, position, neighbour, repetition, topical and DOM features) removes the blocks it
 * judges boilerplate, after the named cleaners. Decisions are smoothed over neighbouring blocks
 * (two-state HMM) and guarded against over-pruning; each removal names the evidence.
 * Models: `data/model/{text,html}.json`, made by `npm run train`.
 * @module
 */
import { defineCleaner, type ReasonSource } from '../cleaner.js';
import { loadModel } from '../model/load.js';
import { fillRow, vectorizer } from '../model/vector.js';
import { attributeLeavesSums, maxSplitFeature, predictRows } from '../model/gbdt.js';
import { decide } from '../model/smooth.js';
import type { GbdtModel, SmoothingParams } from '../model/gbdt.js';
import type { Doc } from '../doc.js';
import type { Block } from '../types.js';
import { describeEvidence, evidenceOfSums, evidenceTop } from '../model/explain.js';
import { isKept } from '../doc.js';

/** Options of {@link contentScorer}. */
export interface ContentScorerOptions {
  /** Decision threshold on p(content); null = the model's (chosen by cross-validation). */
  threshold: number | null;
  /** Smooth decisions over neighbouring blocks as the model says (false = per-block threshold). */
  smoothing: boolean;
  /** Over-pruning guard: when at most this share of the words would be kept, keep the best region. */
  guardShare: number;
}

/** Most leaf ids kept for evidence (4 bytes each): 2^21 = 8 MB, some 10,000 candidates. */
const MAX_LEAVES = 2 ** 21;

/** Rows filled and scored at a time on a huge page (a small buffer instead of the whole matrix). */
const CHUNK_ROWS = 1024;

/**
 * A page with too many candidates for the leaf table (some 10,000): rows are filled a chunk at a
 * time into one small buffer and scored, so the feature matrix (candidates × ~160 × 8 bytes: 120 MB
 * on a 20 MB dump) is never held; after the decision, each removed row is filled again for its
 * evidence (the same values: the rows read what was computed before any removal), kept as numbers
 * ({@link CompactReasons}: ~45 bytes a removal, the vectorizer let go) and made into its reason
 * string when first read (a reason string is ~200 bytes; 255,000 removals on a 20 MB dump).
 */
function hugePage(
  doc: Doc,
  model: GbdtModel,
  cand: number[],
  rows: Uint8Array,
  words: number[],
  threshold: number,
  smoothing: SmoothingParams,
  guardShare: number,
  removeKeyed: (block: Block, source: ReasonSource, key: number) => void,
): void {
  const v = vectorizer(doc, model.spec, rows, splitColumns(model));
  const width = v.width;
  const buf = new Float64Array(CHUNK_ROWS * width);
  const p = new Float64Array(cand.length);
  for (let c0 = 0; c0 < cand.length; c0 += CHUNK_ROWS) {
    const c1 = Math.min(cand.length, c0 + CHUNK_ROWS);
    for (let c = c0; c < c1; c++) fillRow(v, cand[c]!, buf, (c - c0) * width);
    predictRows(model, buf, width, c1 - c0, p, c0);
  }
  const { keep, note } = decide(p, words, threshold, smoothing, guardShare);
  let removed = 0;
  for (let c = 0; c < cand.length; c++) if (!keep[c]) removed++;
  const reasons = new CompactReasons(model, threshold, removed);
  for (let c = 0; c < cand.length; c++) {
    if (keep[c]) continue;
    fillRow(v, cand[c]!, buf, 0);
    reasons.add(p[c]!, note[c] === 'smoothed', buf);
  }
  // All evidence kept before the first removal; the rows are not read again.
  for (let c = 0, r = 0; c < cand.length; c++) if (!keep[c]) removeKeyed(doc.children[cand[c]!]!, reasons, r++);
}

/** Evidence items kept per removal (what {@link reason} lists). */
const EVIDENCE_K = 3;

/**
 * The reasons of a huge page's removals as numbers: per removal its p(content), whether it was
 * smoothed, and its evidence items (feature and row value, {@link evidenceTop}); the reason
 * string of removal `r` is made from them on first read, equal to the one made from the row.
 */
class CompactReasons implements ReasonSource {
  private readonly p: Float64Array;
  private readonly smoothed: Uint8Array;
  private readonly count: Uint8Array;
  private readonly f: Int32Array;
  private readonly x: Float64Array;
  private n = 0;

  constructor(
    private readonly model: GbdtModel,
    private readonly threshold: number,
    capacity: number,
  ) {
    this.p = new Float64Array(capacity);
    this.smoothed = new Uint8Array(capacity);
    this.count = new Uint8Array(capacity);
    this.f = new Int32Array(capacity * EVIDENCE_K);
    this.x = new Float64Array(capacity * EVIDENCE_K);
  }

  /** Keep the next removal: its p(content), smoothing, and the evidence of its row `row[0…]`. */
  add(p: number, smoothed: boolean, row: Float64Array): void {
    const r = this.n++;
    this.p[r] = p;
    this.smoothed[r] = smoothed ? 1 : 0;
    this.count[r] = evidenceTop(this.model, row, 0, -1, EVIDENCE_K, this.f, this.x, r * EVIDENCE_K);
  }

  reasonOf(r: number): string {
    const why = describeEvidence(this.model, this.f, this.x, r * EVIDENCE_K, this.count[r]!);
    return reason(this.p[r]!, this.threshold, this.smoothed[r] === 1, why);
  }
}

/** Per model: 1 for each column some tree splits on (the only columns prediction and evidence read). */
const splitColumnsCache = new WeakMap<GbdtModel, { trees: GbdtModel['trees']; count: number; used: Uint8Array }>();
function splitColumns(model: GbdtModel): Uint8Array {
  const cached = splitColumnsCache.get(model);
  // Rebuilt when the tree list changed (as the flattened trees are, e.g. while training).
  if (cached && cached.trees === model.trees && cached.count === model.trees.length) return cached.used;
  const used = new Uint8Array(model.features.length);
  for (const tree of model.trees) for (const f of tree.f) if (f >= 0) used[f] = 1;
  splitColumnsCache.set(model, { trees: model.trees, count: model.trees.length, used });
  return used;
}

/**
 * Most values of the reused row and leaf buffers (1 MB each): a typical page's matrix (a few hundred
 * candidates × ~160 columns) and leaves (× 200–300 trees) are not allocated and zeroed anew per
 * page; a bigger page gets its own arrays, so no huge buffer stays behind. Synchronous use only:
 * nothing reads them after the cleaner returns (removals keep copies of their rows and leaves).
 */
const REUSE_MAX = 2 ** 17;
let rowScratch = new Float64Array(0);
let leafScratch = new Int32Array(0);
function rowBuffer(length: number): Float64Array {
  if (length > REUSE_MAX) return new Float64Array(length);
  if (rowScratch.length < length) rowScratch = new Float64Array(Math.min(REUSE_MAX, Math.max(length, 2 * rowScratch.length)));
  return rowScratch;
}
function leafBuffer(length: number): Int32Array {
  if (length > 2 * REUSE_MAX) return new Int32Array(length);
  if (leafScratch.length < length) leafScratch = new Int32Array(Math.min(2 * REUSE_MAX, Math.max(length, 2 * leafScratch.length)));
  return leafScratch;
}

/** The reason of a removal: the block's p(content), the threshold and the strongest evidence. */
function reason(p: number, threshold: number, smoothed: boolean, why: string[]): string {
  const note = smoothed ? ' (over the threshold alone, removed with its boilerplate neighbours)' : '';
  return `p(content)=${p.toFixed(2)} < ${threshold}${note} — ${why.join(', ') || 'no single strong signal'}`;
}

export const contentScorer = defineCleaner<ContentScorerOptions>(
  {
    id: 'content-scorer',
    purpose: 'Removes blocks a learned scorer (GBDT on block, neighbour and page features) judges boilerplate.',
    defaults: { threshold: null, smoothing: true, guardShare: 0.05 },
  },
  ({ doc, options, remove, removeKeyed }) => {
    const model = loadModel(doc.inputType);
    if (!model) return;
    const cand: number[] = [];
    doc.children.forEach((b, i) => {
      if (isKept(b)) cand.push(i);
    });
    if (!cand.length) return;
    const rows = new Uint8Array(doc.children.length);
    for (const i of cand) rows[i] = 1;
    const nt = model.trees.length;
    const threshold = options.threshold ?? model.threshold;
    const smoothing = options.smoothing ? model.smoothing : { method: 'none' as const, stay: 0 };
    const words = cand.map((i) => doc.features[i]!.words);
    if (cand.length * nt > MAX_LEAVES) {
      hugePage(doc, model, cand, rows, words, threshold, smoothing, options.guardShare, removeKeyed);
      return;
    }
    // The candidates' rows (docVectors with `rows`), into a reused buffer: every value is written.
    const v = vectorizer(doc, model.spec, rows, splitColumns(model));
    const width = v.width;
    const data = rowBuffer(cand.length * width);
    for (let c = 0; c < cand.length; c++) fillRow(v, cand[c]!, data, c * width);
    const p = new Float64Array(cand.length);
    // The leaf each tree reaches, per candidate: a removal's evidence is read from them (every
    // value is written by predictRows).
    const leaves = leafBuffer(cand.length * nt);
    predictRows(model, data, width, cand.length, p, 0, leaves);
    const { keep, note } = decide(p, words, threshold, smoothing, options.guardShare);
    const sumsLength = maxSplitFeature(model) + 1;
    // The reasons are built when first read, from copies of the removed rows and their leaves (so
    // the whole matrix is not kept alive by the result).
    let removedCount = 0;
    for (let c = 0; c < cand.length; c++) if (!keep[c]) removedCount++;
    const rowsOut = new Float64Array(removedCount * width);
    const leavesOut = new Int32Array(removedCount * nt);
    // Removed candidates come in runs (a menu, a footer): each run's rows and leaves are copied
    // with one native copy (a subarray view per run, not per row).
    for (let c0 = 0, r0 = 0; c0 < cand.length; ) {
      if (keep[c0]) {
        c0++;
        continue;
      }
      let c1 = c0 + 1;
      while (c1 < cand.length && !keep[c1]) c1++;
      rowsOut.set(data.subarray(c0 * width, c1 * width), r0 * width);
      leavesOut.set(leaves.subarray(c0 * nt, c1 * nt), r0 * nt);
      r0 += c1 - c0;
      c0 = c1;
    }
    let r = 0;
    cand.forEach((i, c) => {
      if (keep[c]) return;
      const at = r++;
      const pc = p[c]!;
      const smoothed = note[c] === 'smoothed';
      remove(doc.children[i]!, () => {
        const sums = new Float64Array(sumsLength);
        attributeLeavesSums(model, leavesOut, at * nt, sums);
        return reason(pc, threshold, smoothed, evidenceOfSums(model, sums, rowsOut, at * width, -1));
      });
    });
  },
);
