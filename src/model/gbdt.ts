/**
 * Gradient-boosted decision trees: the model file format, inference and per-feature attribution.
 * A tree is stored as parallel arrays (node `k`: split feature `f[k]` (-1 at a leaf), threshold `t[k]`
 * (go left when `x <= t`), children `l[k]`/`r[k]`, and the node's value `v[k]` — the shrunk Newton
 * step of the samples that reached it, so a leaf's value is its root's plus the changes along the
 * path; each change is credited to the feature split on (path attribution, like Saabas/SHAP-lite).
 * @module
 */
import type { VectorSpec } from './vector.js';

/** One regression tree, as parallel arrays. */
export interface Tree {
  f: number[];
  t: number[];
  l: number[];
  r: number[];
  v: number[];
}

/** How block probabilities are smoothed over the document before thresholding. */
export interface SmoothingParams {
  /** `none` or `hmm` (two-state Viterbi over the block sequence). */
  method: 'none' | 'hmm';
  /** Probability of staying in the same state from one block to the next (hmm). */
  stay: number;
}

/** A trained model as stored in `data/model/<input>.json`. */
export interface GbdtModel {
  format: 'decruft-gbdt/1';
  input: 'text' | 'html';
  spec: VectorSpec;
  features: string[];
  /** Initial log-odds. */
  base: number;
  trees: Tree[];
  /** Keep a block when its (smoothed) p(content) is at least this. */
  threshold: number;
  smoothing: SmoothingParams;
  /** Hyper-parameters, corpora, counts and cross-validation scores. */
  training: Record<string, unknown>;
}

/** Log-odds of one row. */
export function predictRow(model: GbdtModel, x: Float64Array, offset = 0): number {
  let s = model.base;
  for (const tr of model.trees) {
    let k = 0;
    while (tr.f[k]! >= 0) k = x[offset + tr.f[k]!]! <= tr.t[k]! ? tr.l[k]! : tr.r[k]!;
    s += tr.v[k]!;
  }
  return s;
}

/** p(content) of every row of a row-major matrix. */
export function predictAll(model: GbdtModel, data: Float64Array, width: number): Float64Array {
  const n = width ? data.length / width : 0;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = sigmoid(predictRow(model, data, i * width));
  return out;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Per-feature contributions to the log-odds of one row (path attribution), by feature index. */
export function attribute(model: GbdtModel, x: Float64Array, offset = 0): Map<number, number> {
  const out = new Map<number, number>();
  for (const tr of model.trees) {
    let k = 0;
    while (tr.f[k]! >= 0) {
      const f = tr.f[k]!;
      const next = x[offset + f]! <= tr.t[k]! ? tr.l[k]! : tr.r[k]!;
      out.set(f, (out.get(f) ?? 0) + tr.v[next]! - tr.v[k]!);
      k = next;
    }
  }
  return out;
}
