/**
 * GBDT training: gradient-boosted regression trees on weighted log-loss with histogram splits
 * (quantile bins), depth-wise growth, shrinkage and L2 on leaf values. Deterministic: row and feature
 * sampling drawn from a seeded PRNG ({@link TrainParams.seed}), ties broken by feature then bin order.
 * @module
 */
import type { Tree } from './gbdt.js';
import { mulberry32 } from '../eval/bootstrap.js';

/** Hyper-parameters. */
export interface TrainParams {
  trees: number;
  depth: number;
  learningRate: number;
  bins: number;
  /** Minimum samples in a leaf. */
  minLeaf: number;
  /** L2 penalty on leaf values. */
  lambda: number;
  /** Share of rows each tree is grown on (1: all; fewer: drawn with a fixed seed, deterministic). */
  subsample?: number;
  /** Share of features each tree may split on (1: all; fewer: drawn with a fixed seed). */
  colsample?: number;
  /**
   * With `subsample` < 1 and a set with `group`: draw whole groups (sites) per tree instead of rows,
   * so each tree sees some sites whole and others not at all.
   */
  groupSample?: boolean;
  /**
   * Seed of the row / feature draws (0 or absent: the shipped draws). Another seed gives other,
   * equally deterministic draws: retraining with 2–3 seeds shows how much a CV difference is sampling noise.
   */
  seed?: number;
}

/** Deterministic PRNG for row / feature sampling: the eval's seeded mulberry32. */
const rng32 = mulberry32;

export const DEFAULT_PARAMS: TrainParams = { trees: 200, depth: 4, learningRate: 0.1, bins: 32, minLeaf: 20, lambda: 1 };

/** Training rows: a row-major feature matrix, labels 0/1 and weights. */
export interface TrainSet {
  width: number;
  data: Float64Array;
  y: Uint8Array;
  w: Float64Array;
  /** Optional group (site) index of each row, for {@link TrainParams.groupSample}. */
  group?: Uint32Array;
}

/** Quantile thresholds per feature (at most `bins - 1`, distinct, ascending), from a row sample. */
export function quantileThresholds(set: TrainSet, bins: number): number[][] {
  const n = set.y.length;
  const step = Math.max(1, Math.floor(n / 60000));
  const out: number[][] = [];
  for (let f = 0; f < set.width; f++) {
    const vals: number[] = [];
    for (let i = 0; i < n; i += step) vals.push(set.data[i * set.width + f]!);
    vals.sort((a, b) => a - b);
    const th: number[] = [];
    for (let q = 1; q < bins; q++) {
      const v = vals[Math.min(vals.length - 1, Math.floor((q * vals.length) / bins))]!;
      if (v !== vals[vals.length - 1] && (th.length === 0 || v > th[th.length - 1]!)) th.push(v);
    }
    // Low-cardinality features (flags) may give no quantile split: use the distinct values.
    if (th.length === 0 && vals.length && vals[0] !== vals[vals.length - 1]) {
      const distinct = [...new Set(vals)].slice(0, -1);
      th.push(...distinct.slice(0, bins - 1));
    }
    out.push(th);
  }
  return out;
}

function binOf(th: number[], x: number): number {
  let lo = 0;
  let hi = th.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (th[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo; // x <= th[lo]
}

/** Train a model; returns the base log-odds and the trees. */
export function trainGbdt(
  set: TrainSet,
  params: TrainParams,
  log?: (msg: string) => void,
): { base: number; trees: Tree[]; thresholds: number[][] } {
  const { width } = set;
  const n = set.y.length;
  const B = params.bins;
  const thresholds = quantileThresholds(set, B);
  // Column-major bins.
  const bins: Uint8Array[] = [];
  for (let f = 0; f < width; f++) {
    const col = new Uint8Array(n);
    const th = thresholds[f]!;
    if (th.length) for (let i = 0; i < n; i++) col[i] = binOf(th, set.data[i * width + f]!);
    bins.push(col);
  }
  const usable = thresholds.map((t) => t.length > 0);
  let sw = 0;
  let swy = 0;
  for (let i = 0; i < n; i++) {
    sw += set.w[i]!;
    swy += set.w[i]! * set.y[i]!;
  }
  const p0 = Math.min(0.99, Math.max(0.01, swy / sw));
  const base = Math.log(p0 / (1 - p0));
  const F = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const trees: Tree[] = [];
  const HS = width * B;
  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;

  const subsample = params.subsample ?? 1;
  const colsample = params.colsample ?? 1;
  let use = usable;
  const histOf = (idx: Uint32Array): Float64Array => {
    const hist = new Float64Array(HS * 3);
    for (let f = 0; f < width; f++) {
      if (!use[f]) continue;
      const col = bins[f]!;
      const o = f * B;
      for (let j = 0; j < idx.length; j++) {
        const i = idx[j]!;
        const b = (o + col[i]!) * 3;
        hist[b] += g[i]!;
        hist[b + 1] += h[i]!;
        hist[b + 2] += 1;
      }
    }
    return hist;
  };

  for (let t = 0; t < params.trees; t++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-F[i]!));
      g[i] = set.w[i]! * (p - set.y[i]!);
      h[i] = set.w[i]! * Math.max(p * (1 - p), 1e-6);
    }
    const tree: Tree = { f: [], t: [], l: [], r: [], v: [] };
    let rootIdx = all;
    if (subsample < 1 || colsample < 1) {
      const rnd = rng32(0x9e3779b9 ^ (t * 7919) ^ Math.imul(params.seed ?? 0, 0x85ebca6b));
      if (colsample < 1) {
        use = usable.map((u) => u && rnd() < colsample);
        if (!use.some(Boolean)) use = usable;
      }
      if (subsample < 1 && params.groupSample && set.group) {
        let ng = 0;
        for (let i = 0; i < n; i++) if (set.group[i]! >= ng) ng = set.group[i]! + 1;
        const keepG = new Uint8Array(ng);
        for (let q = 0; q < ng; q++) keepG[q] = rnd() < subsample ? 1 : 0;
        const pick: number[] = [];
        for (let i = 0; i < n; i++) if (keepG[set.group[i]!]) pick.push(i);
        rootIdx = Uint32Array.from(pick);
      } else if (subsample < 1) {
        const pick: number[] = [];
        for (let i = 0; i < n; i++) if (rnd() < subsample) pick.push(i);
        rootIdx = Uint32Array.from(pick);
      }
    }
    type Node = { id: number; idx: Uint32Array; hist: Float64Array; G: number; H: number; depth: number };
    const newNode = (idx: Uint32Array, hist: Float64Array, depth: number): Node => {
      let G = 0;
      let H = 0;
      for (let j = 0; j < idx.length; j++) {
        G += g[idx[j]!]!;
        H += h[idx[j]!]!;
      }
      const id = tree.f.length;
      tree.f.push(-1);
      tree.t.push(0);
      tree.l.push(-1);
      tree.r.push(-1);
      tree.v.push(round(-params.learningRate * (G / (H + params.lambda))));
      return { id, idx, hist, G, H, depth };
    };
    let level: Node[] = [newNode(rootIdx, histOf(rootIdx), 0)];
    while (level.length) {
      const next: Node[] = [];
      for (const node of level) {
        if (node.depth >= params.depth || node.idx.length < 2 * params.minLeaf) continue;
        const parentScore = (node.G * node.G) / (node.H + params.lambda);
        let bestGain = 1e-9;
        let bestF = -1;
        let bestB = -1;
        for (let f = 0; f < width; f++) {
          if (!use[f]) continue;
          const o = f * B * 3;
          const nb = thresholds[f]!.length;
          let GL = 0;
          let HL = 0;
          let CL = 0;
          for (let b = 0; b < nb; b++) {
            GL += node.hist[o + b * 3]!;
            HL += node.hist[o + b * 3 + 1]!;
            CL += node.hist[o + b * 3 + 2]!;
            const CR = node.idx.length - CL;
            if (CL < params.minLeaf) continue;
            if (CR < params.minLeaf) break;
            const GR = node.G - GL;
            const HR = node.H - HL;
            const gain = (GL * GL) / (HL + params.lambda) + (GR * GR) / (HR + params.lambda) - parentScore;
            if (gain > bestGain) {
              bestGain = gain;
              bestF = f;
              bestB = b;
            }
          }
        }
        if (bestF < 0) continue;
        const col = bins[bestF]!;
        let nl = 0;
        for (let j = 0; j < node.idx.length; j++) if (col[node.idx[j]!]! <= bestB) nl++;
        const li = new Uint32Array(nl);
        const ri = new Uint32Array(node.idx.length - nl);
        let a = 0;
        let c = 0;
        for (let j = 0; j < node.idx.length; j++) {
          const i = node.idx[j]!;
          if (col[i]! <= bestB) li[a++] = i;
          else ri[c++] = i;
        }
        // Histogram subtraction: build the smaller child, derive the larger.
        const leaf = node.depth + 1 >= params.depth;
        let lh: Float64Array = new Float64Array(0);
        let rh: Float64Array = new Float64Array(0);
        if (!leaf) {
          const small = li.length <= ri.length ? li : ri;
          const sh = histOf(small);
          const bh = new Float64Array(HS * 3);
          for (let k = 0; k < bh.length; k++) bh[k] = node.hist[k]! - sh[k]!;
          if (small === li) {
            lh = sh;
            rh = bh;
          } else {
            lh = bh;
            rh = sh;
          }
        }
        tree.f[node.id] = bestF;
        tree.t[node.id] = thresholds[bestF]![bestB]!;
        const L = newNode(li, lh, node.depth + 1);
        const R = newNode(ri, rh, node.depth + 1);
        tree.l[node.id] = L.id;
        tree.r[node.id] = R.id;
        next.push(L, R);
      }
      level = next;
    }
    // Update the scores with the leaf values (route every row).
    for (let i = 0; i < n; i++) {
      let k = 0;
      while (tree.f[k]! >= 0) k = set.data[i * width + tree.f[k]!]! <= tree.t[k]! ? tree.l[k]! : tree.r[k]!;
      F[i] += tree.v[k]!;
    }
    trees.push(tree);
    if (log && (t + 1) % 50 === 0) {
      let loss = 0;
      for (let i = 0; i < n; i++) {
        const p = 1 / (1 + Math.exp(-F[i]!));
        loss -= set.w[i]! * (set.y[i] ? Math.log(p + 1e-12) : Math.log(1 - p + 1e-12));
      }
      log(`  tree ${t + 1}: weighted log-loss ${(loss / sw).toFixed(4)}`);
    }
  }
  return { base: round(base), trees, thresholds };
}

/** Round to 6 significant decimals so the JSON is compact and stable. */
export function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
