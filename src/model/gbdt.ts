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

/** All trees of a model in flat typed arrays (node ids global; child ids already offset). */
interface FlatTrees {
  trees: Tree[];
  count: number;
  roots: Int32Array;
  f: Int32Array;
  t: Float64Array;
  l: Int32Array;
  r: Int32Array;
  v: Float64Array;
  /** Largest feature index split on (-1 when none). */
  maxFeature: number;
  /**
   * Root-to-leaf path of every leaf (by global node id): entries `pathStart[leaf]` to
   * `pathStart[leaf] + pathLen[leaf]` of `pathF` (feature split on), `pathNext` (value of the child
   * taken) and `pathNode` (value of the node split), for {@link attributeLeaves}.
   */
  pathStart: Int32Array;
  pathLen: Int32Array;
  pathF: Int32Array;
  pathNext: Float64Array;
  pathNode: Float64Array;
  /** The same trees as perfect binary trees of one depth, when they are shallow ({@link perfectTrees}). */
  perfect: PerfectTrees | undefined;
}

/**
 * Every tree padded to a perfect binary tree of depth `depth`, in heap order: internal slot `k` of
 * tree `i` at `i * inner + k` (children `2k + 1`, `2k + 2`), leaf slot `j` at `i * (inner + 1) + j`.
 * A leaf above the bottom level fills every leaf slot under it (the padded splits read feature 0,
 * and either way reach the same leaf), so a walk is `depth` steps with no test for a leaf. A leaf
 * slot holds the leaf's value and its global node id (for evidence).
 */
interface PerfectTrees {
  depth: number;
  inner: number;
  f: Int32Array;
  t: Float64Array;
  leafValue: Float64Array;
  leafId: Int32Array;
}

/** Deepest tree for which the perfect layout is built (2^depth leaf slots per tree). */
const MAX_PERFECT_DEPTH = 6;

function treeDepth(tr: Tree, k: number): number {
  return tr.f[k]! < 0 ? 0 : 1 + Math.max(treeDepth(tr, tr.l[k]!), treeDepth(tr, tr.r[k]!));
}

function perfectTrees(trees: Tree[], flat: { roots: Int32Array; v: Float64Array }): PerfectTrees | undefined {
  let depth = 0;
  for (const tr of trees) {
    if (!tr.f.length) return undefined;
    depth = Math.max(depth, treeDepth(tr, 0));
    if (depth > MAX_PERFECT_DEPTH) return undefined;
  }
  const inner = (1 << depth) - 1;
  const out: PerfectTrees = {
    depth,
    inner,
    f: new Int32Array(trees.length * inner),
    t: new Float64Array(trees.length * inner),
    leafValue: new Float64Array(trees.length * (inner + 1)),
    leafId: new Int32Array(trees.length * (inner + 1)),
  };
  const fill = (i: number, tr: Tree, node: number, slot: number, level: number): void => {
    if (level === depth) {
      const at = i * (inner + 1) + slot - inner;
      out.leafId[at] = flat.roots[i]! + node;
      out.leafValue[at] = flat.v[flat.roots[i]! + node]!;
      return;
    }
    const leaf = tr.f[node]! < 0;
    out.f[i * inner + slot] = leaf ? 0 : tr.f[node]!;
    out.t[i * inner + slot] = leaf ? 0 : tr.t[node]!;
    fill(i, tr, leaf ? node : tr.l[node]!, 2 * slot + 1, level + 1);
    fill(i, tr, leaf ? node : tr.r[node]!, 2 * slot + 2, level + 1);
  };
  trees.forEach((tr, i) => fill(i, tr, 0, 0, 0));
  return out;
}

const flatCache = new WeakMap<GbdtModel, FlatTrees>();
let scratch = new Float64Array(0);
let seen = new Uint8Array(0);

/** The model's trees flattened once (rebuilt if the tree list changed, e.g. while training). */
function flatTrees(model: GbdtModel): FlatTrees {
  const cached = flatCache.get(model);
  if (cached && cached.trees === model.trees && cached.count === model.trees.length) return cached;
  const trees = model.trees;
  let total = 0;
  for (const tr of trees) total += tr.f.length;
  const flat: FlatTrees = {
    trees,
    count: trees.length,
    roots: new Int32Array(trees.length),
    f: new Int32Array(total),
    t: new Float64Array(total),
    l: new Int32Array(total),
    r: new Int32Array(total),
    v: new Float64Array(total),
    maxFeature: -1,
    pathStart: new Int32Array(total),
    pathLen: new Int32Array(total),
    pathF: new Int32Array(0),
    pathNext: new Float64Array(0),
    pathNode: new Float64Array(0),
    perfect: undefined,
  };
  let base = 0;
  trees.forEach((tr, i) => {
    flat.roots[i] = base;
    for (let k = 0; k < tr.f.length; k++) {
      const f = tr.f[k]!;
      flat.f[base + k] = f;
      if (f > flat.maxFeature) flat.maxFeature = f;
      flat.t[base + k] = f >= 0 ? tr.t[k]! : 0;
      flat.l[base + k] = f >= 0 ? base + tr.l[k]! : -1;
      flat.r[base + k] = f >= 0 ? base + tr.r[k]! : -1;
      flat.v[base + k] = tr.v[k]!;
    }
    base += tr.f.length;
  });
  // Leaf paths, root first: walk every tree keeping the path to the current node.
  const pf: number[] = [];
  const pn: number[] = [];
  const pk: number[] = [];
  const path: number[] = [];
  const walk = (k: number): void => {
    if (flat.f[k]! < 0) {
      flat.pathStart[k] = pf.length;
      flat.pathLen[k] = path.length;
      for (let q = 0; q < path.length; q++) {
        const node = path[q]!;
        const next = q + 1 < path.length ? path[q + 1]! : k;
        pf.push(flat.f[node]!);
        pn.push(flat.v[next]!);
        pk.push(flat.v[node]!);
      }
      return;
    }
    path.push(k);
    walk(flat.l[k]!);
    walk(flat.r[k]!);
    path.pop();
  };
  for (let i = 0; i < trees.length; i++) walk(flat.roots[i]!);
  flat.pathF = Int32Array.from(pf);
  flat.pathNext = Float64Array.from(pn);
  flat.pathNode = Float64Array.from(pk);
  flat.perfect = perfectTrees(trees, flat);
  flatCache.set(model, flat);
  return flat;
}

/** Log-odds of one row. */
export function predictRow(model: GbdtModel, x: Float64Array, offset = 0): number {
  const { roots, f, t, l, r, v, perfect } = flatTrees(model);
  if (perfect) return predictPerfect(perfect, roots.length, model.base, x, offset, undefined, 0);
  let s = model.base;
  for (let i = 0; i < roots.length; i++) {
    let k = roots[i]!;
    let fk = f[k]!;
    while (fk >= 0) {
      k = x[offset + fk]! <= t[k]! ? l[k]! : r[k]!;
      fk = f[k]!;
    }
    s += v[k]!;
  }
  return s;
}

/**
 * Log-odds of one row, as {@link predictRow}, also storing the leaf each tree sends it to in
 * `leaves[at + tree]` (for {@link attributeLeaves}). Its walk repeats predictRow's on purpose: a store
 * per tree here, rather than a branch in the hot loop of every prediction.
 */
export function predictLeaves(model: GbdtModel, x: Float64Array, offset: number, leaves: Int32Array, at: number): number {
  const { roots, f, t, l, r, v, perfect } = flatTrees(model);
  if (perfect) return predictPerfect(perfect, roots.length, model.base, x, offset, leaves, at);
  let s = model.base;
  for (let i = 0; i < roots.length; i++) {
    let k = roots[i]!;
    let fk = f[k]!;
    while (fk >= 0) {
      k = x[offset + fk]! <= t[k]! ? l[k]! : r[k]!;
      fk = f[k]!;
    }
    leaves[at + i] = k;
    s += v[k]!;
  }
  return s;
}

/**
 * {@link predictRow} (and, with `leaves`, {@link predictLeaves}) over the perfect layout: the same
 * leaves, their values added in the same order, so the same sum.
 */
function predictPerfect(
  p: PerfectTrees,
  count: number,
  base: number,
  x: Float64Array,
  offset: number,
  leaves: Int32Array | undefined,
  at: number,
): number {
  const { depth, inner, f, t, leafValue, leafId } = p;
  let s = base;
  for (let i = 0; i < count; i++) {
    const o = i * inner;
    let k = 0;
    // Left child 2k + 1 when x <= t, else right 2k + 2 (a NaN goes right, as in the node walk); the
    // comparison as a number, not a branch (the direction is unpredictable: 1.6× faster).
    for (let d = 0; d < depth; d++) k = 2 * k + 2 - Number(x[offset + f[o + k]!]! <= t[o + k]!);
    const leaf = o + i + k - inner;
    if (leaves) leaves[at + i] = leafId[leaf]!;
    s += leafValue[leaf]!;
  }
  return s;
}

/**
 * p(content) (`sigmoid` of {@link predictRow}) of rows `0…count-1` of a row-major matrix (row `c` at
 * `x[c * width…]`) into `out[outAt + c]`; with `leaves`, row `c`'s leaves at `leaves[c * trees…]`
 * as {@link predictLeaves} stores them. The same walks and sums row by row, in one loop: no boxed
 * number returned per row (a scorer call makes thousands of rows).
 */
export function predictRows(
  model: GbdtModel,
  x: Float64Array,
  width: number,
  count: number,
  out: Float64Array,
  outAt: number,
  leaves?: Int32Array,
): void {
  const { roots, f, t, l, r, v, perfect } = flatTrees(model);
  const nt = roots.length;
  const base = model.base;
  if (perfect) {
    const { depth, inner, f: pf, t: pt, leafValue, leafId } = perfect;
    // Four rows at a time: their walks are independent chains of loads the CPU overlaps (about 2×
    // faster than one row at a time); each row still adds its trees' leaves in tree order, so the
    // same sums. The last `count % 4` rows one by one below.
    let c = 0;
    for (; c + 4 <= count; c += 4) {
      const x0 = c * width;
      const x1 = x0 + width;
      const x2 = x1 + width;
      const x3 = x2 + width;
      let s0 = base;
      let s1 = base;
      let s2 = base;
      let s3 = base;
      for (let i = 0; i < nt; i++) {
        const o = i * inner;
        let k0 = 0;
        let k1 = 0;
        let k2 = 0;
        let k3 = 0;
        for (let d = 0; d < depth; d++) {
          k0 = 2 * k0 + 2 - Number(x[x0 + pf[o + k0]!]! <= pt[o + k0]!);
          k1 = 2 * k1 + 2 - Number(x[x1 + pf[o + k1]!]! <= pt[o + k1]!);
          k2 = 2 * k2 + 2 - Number(x[x2 + pf[o + k2]!]! <= pt[o + k2]!);
          k3 = 2 * k3 + 2 - Number(x[x3 + pf[o + k3]!]! <= pt[o + k3]!);
        }
        const at = o + i - inner;
        if (leaves) {
          leaves[c * nt + i] = leafId[at + k0]!;
          leaves[(c + 1) * nt + i] = leafId[at + k1]!;
          leaves[(c + 2) * nt + i] = leafId[at + k2]!;
          leaves[(c + 3) * nt + i] = leafId[at + k3]!;
        }
        s0 += leafValue[at + k0]!;
        s1 += leafValue[at + k1]!;
        s2 += leafValue[at + k2]!;
        s3 += leafValue[at + k3]!;
      }
      out[outAt + c] = 1 / (1 + Math.exp(-s0));
      out[outAt + c + 1] = 1 / (1 + Math.exp(-s1));
      out[outAt + c + 2] = 1 / (1 + Math.exp(-s2));
      out[outAt + c + 3] = 1 / (1 + Math.exp(-s3));
    }
    for (; c < count; c++) {
      const offset = c * width;
      let s = base;
      for (let i = 0; i < nt; i++) {
        const o = i * inner;
        let k = 0;
        for (let d = 0; d < depth; d++) k = 2 * k + 2 - Number(x[offset + pf[o + k]!]! <= pt[o + k]!);
        const leaf = o + i + k - inner;
        if (leaves) leaves[c * nt + i] = leafId[leaf]!;
        s += leafValue[leaf]!;
      }
      out[outAt + c] = 1 / (1 + Math.exp(-s));
    }
    return;
  }
  for (let c = 0; c < count; c++) {
    const offset = c * width;
    let s = base;
    for (let i = 0; i < nt; i++) {
      let k = roots[i]!;
      let fk = f[k]!;
      while (fk >= 0) {
        k = x[offset + fk]! <= t[k]! ? l[k]! : r[k]!;
        fk = f[k]!;
      }
      if (leaves) leaves[c * nt + i] = k;
      s += v[k]!;
    }
    out[outAt + c] = 1 / (1 + Math.exp(-s));
  }
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
  const { roots, f, t, l, r, v, maxFeature } = flatTrees(model);
  const order = startSums(maxFeature);
  for (let i = 0; i < roots.length; i++) {
    let k = roots[i]!;
    while (f[k]! >= 0) {
      const fk = f[k]!;
      const next = x[offset + fk]! <= t[k]! ? l[k]! : r[k]!;
      addStep(order, fk, v[next]!, v[k]!);
      k = next;
    }
  }
  return endSums(order);
}

// Attribution sums in a scratch array (the same additions in the same order as a Map would do),
// then a Map in first-use order; shared by {@link attribute} and {@link attributeLeaves}.
function startSums(maxFeature: number): number[] {
  if (scratch.length <= maxFeature) {
    scratch = new Float64Array(maxFeature + 1);
    seen = new Uint8Array(maxFeature + 1);
  }
  return [];
}

/** Add one split's step `to − from` to feature `fk`'s sum (as `sum + to − from`). */
function addStep(order: number[], fk: number, to: number, from: number): void {
  if (!seen[fk]) {
    seen[fk] = 1;
    order.push(fk);
  }
  scratch[fk] = scratch[fk]! + to - from;
}

function endSums(order: number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const fk of order) {
    out.set(fk, scratch[fk]!);
    scratch[fk] = 0;
    seen[fk] = 0;
  }
  return out;
}

/**
 * {@link attribute} of a row from the leaves {@link predictLeaves} stored: the same additions in the
 * same order (tree by tree, root to leaf), without walking the trees again.
 */
export function attributeLeaves(model: GbdtModel, leaves: Int32Array, at: number): Map<number, number> {
  const { roots, pathStart, pathLen, pathF, pathNext, pathNode, maxFeature } = flatTrees(model);
  const order = startSums(maxFeature);
  for (let i = 0; i < roots.length; i++) {
    const leaf = leaves[at + i]!;
    const end = pathStart[leaf]! + pathLen[leaf]!;
    for (let q = pathStart[leaf]!; q < end; q++) addStep(order, pathF[q]!, pathNext[q]!, pathNode[q]!);
  }
  return endSums(order);
}

/** Largest feature index the model splits on (-1 when none): {@link attributeLeavesSums} needs one slot more. */
export function maxSplitFeature(model: GbdtModel): number {
  return flatTrees(model).maxFeature;
}

/**
 * {@link attributeLeaves} as sums by feature index, added into `sums` (all zero on entry, at least
 * {@link maxSplitFeature} + 1 long): the same additions in the same order, without the bookkeeping
 * of which features were touched (a feature never split on keeps 0, which no evidence reads).
 */
export function attributeLeavesSums(model: GbdtModel, leaves: Int32Array, at: number, sums: Float64Array): void {
  const { roots, pathStart, pathLen, pathF, pathNext, pathNode } = flatTrees(model);
  for (let i = 0; i < roots.length; i++) {
    const leaf = leaves[at + i]!;
    const end = pathStart[leaf]! + pathLen[leaf]!;
    for (let q = pathStart[leaf]!; q < end; q++) {
      const fk = pathF[q]!;
      sums[fk] = sums[fk]! + pathNext[q]! - pathNode[q]!;
    }
  }
}
