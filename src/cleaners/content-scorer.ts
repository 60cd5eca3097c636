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
    const sums = new Float64Array(maxSplitFeature(model) + 1);
    const leafEvidence = (c: number): string[] => {
      attributeLeavesSums(model, leaves!, c * nt, sums);
      const e = evidenceOfSums(model, sums, data, c * width, -1);
      sums.fill(0);
      return e;
    };
    cand.forEach((i, c) => {
      if (keep[c]) return;
      const why = (leaves ? leafEvidence(c) : evidence(model, data, c * width, -1)).join(', ');
      const smoothed = note[c] === 'smoothed' ? ' (over the threshold alone, removed with its boilerplate neighbours)' : '';
      remove(doc.children[i]!, `p(content)=${p[c]!.toFixed(2)} < ${threshold}${smoothed} — ${why || 'no single strong signal'}`);
    });
  },
);
