/**
 * Seeded bootstrap over pages, as the benchmark does it: resample the pages with replacement,
 * recompute the aggregate, and report ± = 1.96 × the standard deviation of the resampled values
 * (the half-width of a normal 95% interval; `evaluate.py` prints the same). The 2.5 / 97.5
 * percentiles are kept as well.
 * @module
 */

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same resamples everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Spread of one metric over the resamples. */
export interface Spread {
  /** Sample standard deviation (n − 1) of the resampled values. */
  std: number;
  /** 1.96 × std: what the tables print after `±`. */
  pm: number;
  /** 2.5th and 97.5th percentiles of the resampled values. */
  lo: number;
  hi: number;
}

/** Sample standard deviation (n − 1), like Python's `statistics.stdev`. */
export function stdev(values: number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  let ss = 0;
  for (const v of values) ss += (v - mean) ** 2;
  return Math.sqrt(ss / (values.length - 1));
}

function percentile(sorted: number[], q: number): number {
  if (!sorted.length) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[i];
}

/**
 * Resample `items` `n` times (seeded) and compute `metrics` on each resample; returns the spread of
 * every metric the callback returns.
 */
export function bootstrap<T>(
  items: readonly T[],
  metrics: (sample: T[]) => Record<string, number>,
  n = 1000,
  seed = 1,
): Record<string, Spread> {
  const out: Record<string, Spread> = {};
  if (!items.length || n < 2) return out;
  const rand = mulberry32(seed);
  const values: Record<string, number[]> = {};
  const sample: T[] = new Array(items.length);
  for (let b = 0; b < n; b++) {
    for (let i = 0; i < items.length; i++) sample[i] = items[Math.floor(rand() * items.length)];
    const m = metrics(sample);
    for (const [k, v] of Object.entries(m)) (values[k] ??= []).push(v);
  }
  for (const [k, vs] of Object.entries(values)) {
    const std = stdev(vs);
    const sorted = [...vs].sort((a, b) => a - b);
    out[k] = { std, pm: 1.96 * std, lo: percentile(sorted, 0.025), hi: percentile(sorted, 0.975) };
  }
  return out;
}
