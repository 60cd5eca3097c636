/**
 * A fast version of the benchmark metric for the hyper-parameter grid: tokens become per-page
 * integer ids, 4-token shingles become numbers (ids above 8191 share codes, a negligible error),
 * and the gold's shingles are counted once per page. Reported numbers use the exact metric.
 * @module
 */
import { metricTokens, aggregate, type PageScore } from '../eval/metric.js';
import type { PageVectors } from './cv.js';

/** Pre-tokenised page: token ids per candidate block and the gold shingle counts. */
export interface FastPage {
  blockIds: Uint32Array[];
  gold: Map<number, number>;
  goldTokens: number;
  goldIds: Uint32Array;
}

const M = 8192;

function shingleCounts(ids: ArrayLike<number>): Map<number, number> {
  const out = new Map<number, number>();
  const n = ids.length;
  if (n === 0) return out;
  if (n < 4) {
    let k = 0;
    for (let i = 0; i < n; i++) k = k * M + (ids[i]! % M) + 1;
    k = -k; // short texts: a distinct code space
    out.set(k, 1);
    return out;
  }
  for (let i = 0; i + 4 <= n; i++) {
    const k = ((ids[i]! % M) * M + (ids[i + 1]! % M)) * M * M + (ids[i + 2]! % M) * M + (ids[i + 3]! % M);
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

export function prepareFast(pv: PageVectors): FastPage {
  const dict = new Map<string, number>();
  const idOf = (t: string) => {
    let id = dict.get(t);
    if (id === undefined) dict.set(t, (id = dict.size));
    return id;
  };
  const goldIds = Uint32Array.from(metricTokens(pv.gold ?? ''), idOf);
  const blockIds = pv.texts.map((t) => Uint32Array.from(metricTokens(t), idOf));
  return { blockIds, gold: shingleCounts(goldIds), goldTokens: goldIds.length, goldIds };
}

/** Page score of the kept blocks (same conventions as `scorePage`). */
export function fastScore(fp: FastPage, keep: Uint8Array): PageScore {
  let len = 0;
  for (let c = 0; c < keep.length; c++) if (keep[c]) len += fp.blockIds[c]!.length;
  const ids = new Uint32Array(len);
  let o = 0;
  for (let c = 0; c < keep.length; c++) if (keep[c]) (ids.set(fp.blockIds[c]!, o), (o += fp.blockIds[c]!.length));
  const ps = shingleCounts(ids);
  let tp = 0;
  let fp_ = 0;
  let fn = 0;
  for (const [k, pc] of ps) {
    const gc = fp.gold.get(k) ?? 0;
    tp += Math.min(pc, gc);
    if (pc > gc) fp_ += pc - gc;
  }
  for (const [k, gc] of fp.gold) {
    const pc = ps.get(k) ?? 0;
    if (gc > pc) fn += gc - pc;
  }
  const exact = ids.length === fp.goldIds.length && ids.every((t, i) => t === fp.goldIds[i]);
  const s = tp + fp_ + fn;
  if (s === 0) return { tp: 0, fp: 0, fn: 0, exact };
  return { tp: tp / s, fp: fp_ / s, fn: fn / s, exact };
}

export { aggregate };
