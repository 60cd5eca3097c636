/**
 * content-scorer: a learned block classifier (gradient-boosted trees over length, punctuation,
 * stopword, link, position, neighbour, repetition, topical and DOM features) removes the blocks it
 * judges boilerplate, after the named cleaners. Decisions are smoothed over neighbouring blocks
 * (two-state HMM) and guarded against over-pruning; each removal names the evidence.
 * Models: `data/model/{text,html}.json`, made by `npm run train`.
 * @module
 */
import { defineCleaner } from '../cleaner.js';
import { loadModel } from '../model/load.js';
import { docVectors } from '../model/vector.js';
import { attributeLeavesSums, maxSplitFeature, predictLeaves, predictRow, sigmoid } from '../model/gbdt.js';
import { decide } from '../model/smooth.js';
import { evidence, evidenceOfSums } from '../model/explain.js';
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
  ({ doc, options, remove }) => {
    const model = loadModel(doc.inputType);
    if (!model) return;
    const cand: number[] = [];
    doc.children.forEach((b, i) => {
      if (isKept(b)) cand.push(i);
    });
    if (!cand.length) return;
    const rows = new Uint8Array(doc.children.length);
    for (const i of cand) rows[i] = 1;
    const { width, data } = docVectors(doc, model.spec, rows);
    const p = new Float64Array(cand.length);
    // The leaf each tree reaches, per candidate: a removal's evidence is read from them (on a huge
    // page, where they would take too much memory, the trees are walked again instead).
    const nt = model.trees.length;
    const leaves = cand.length * nt <= MAX_LEAVES ? new Int32Array(cand.length * nt) : undefined;
    if (leaves) cand.forEach((i, c) => (p[c] = sigmoid(predictLeaves(model, data, c * width, leaves, c * nt))));
    else cand.forEach((i, c) => (p[c] = sigmoid(predictRow(model, data, c * width))));
    const threshold = options.threshold ?? model.threshold;
    const smoothing = options.smoothing ? model.smoothing : { method: 'none' as const, stay: 0 };
    const words = cand.map((i) => doc.features[i]!.words);
    const { keep, note } = decide(p, words, threshold, smoothing, options.guardShare);
    const sumsLength = maxSplitFeature(model) + 1;
    if (!leaves) {
      // A huge page: evidence by walking the trees again, at once (a lazy reason would keep the matrix).
      cand.forEach((i, c) => {
        if (keep[c]) return;
        remove(doc.children[i]!, reason(p[c]!, threshold, note[c] === 'smoothed', evidence(model, data, c * width, -1)));
      });
      return;
    }
    // The reasons are built when first read, from copies of the removed rows and their leaves (so
    // the whole matrix is not kept alive by the result).
    let removedCount = 0;
    for (let c = 0; c < cand.length; c++) if (!keep[c]) removedCount++;
    const rowsOut = new Float64Array(removedCount * width);
    const leavesOut = new Int32Array(removedCount * nt);
    let r = 0;
    cand.forEach((i, c) => {
      if (keep[c]) return;
      rowsOut.set(data.subarray(c * width, (c + 1) * width), r * width);
      leavesOut.set(leaves.subarray(c * nt, (c + 1) * nt), r * nt);
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
