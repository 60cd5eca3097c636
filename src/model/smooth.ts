/**
 * From block probabilities to keep/remove decisions: a two-state HMM (Viterbi) over the sequence of
 * candidate blocks, since an article is mostly one contiguous run, and an over-pruning guard that
 * keeps the best contiguous region when the model would drop (almost) everything.
 * @module
 */
import type { SmoothingParams } from './gbdt.js';

/** Why a block was decided as it was (beyond its own probability). */
export type DecisionNote = 'model' | 'smoothed' | 'guard';

/**
 * Decide which candidates to keep. `p` and `words` are aligned with the candidate list.
 * Returns keep flags and a note per candidate.
 */
export function decide(
  p: ArrayLike<number>,
  words: ArrayLike<number>,
  threshold: number,
  smoothing: SmoothingParams,
  guardShare = 0.05,
): { keep: Uint8Array; note: DecisionNote[] } {
  const n = p.length;
  const keep = new Uint8Array(n);
  const note: DecisionNote[] = new Array(n).fill('model');
  if (n === 0) return { keep, note };
  const clamp = (x: number) => Math.min(1 - 1e-6, Math.max(1e-6, x));
  const raw = new Uint8Array(n);
  for (let i = 0; i < n; i++) raw[i] = p[i]! >= threshold ? 1 : 0;
  if (smoothing.method === 'hmm' && smoothing.stay > 0.5) {
    const lt = Math.log(threshold);
    const l1t = Math.log(1 - threshold);
    const ls = Math.log(smoothing.stay);
    const lc = Math.log(1 - smoothing.stay);
    const back = new Uint8Array(n * 2);
    let s0 = Math.log(1 - clamp(p[0]!)) - l1t;
    let s1 = Math.log(clamp(p[0]!)) - lt;
    for (let i = 1; i < n; i++) {
      const e0 = Math.log(1 - clamp(p[i]!)) - l1t;
      const e1 = Math.log(clamp(p[i]!)) - lt;
      const a00 = s0 + ls;
      const a10 = s1 + lc;
      const a11 = s1 + ls;
      const a01 = s0 + lc;
      const n0 = a00 >= a10 ? a00 : a10;
      back[i * 2] = a00 >= a10 ? 0 : 1;
      const n1 = a11 >= a01 ? a11 : a01;
      back[i * 2 + 1] = a11 >= a01 ? 1 : 0;
      s0 = n0 + e0;
      s1 = n1 + e1;
    }
    let state = s1 >= s0 ? 1 : 0;
    for (let i = n - 1; i >= 0; i--) {
      keep[i] = state;
      if (i > 0) state = back[i * 2 + state]!;
    }
    for (let i = 0; i < n; i++) if (keep[i] !== raw[i]) note[i] = 'smoothed';
  } else {
    keep.set(raw);
  }
  // Over-pruning guard.
  let total = 0;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    total += words[i]!;
    if (keep[i]) kept += words[i]!;
  }
  if (total > 0 && kept <= guardShare * total) {
    let best = -Infinity;
    let bl = 0;
    let br = -1;
    let cur = 0;
    let cl = 0;
    for (let i = 0; i < n; i++) {
      const v = (p[i]! - threshold / 2) * (words[i]! + 1);
      if (cur <= 0) {
        cur = v;
        cl = i;
      } else cur += v;
      if (cur > best) {
        best = cur;
        bl = cl;
        br = i;
      }
    }
    for (let i = bl; i <= br; i++) {
      if (!keep[i]) {
        keep[i] = 1;
        note[i] = 'guard';
      }
    }
  }
  return { keep, note };
}
