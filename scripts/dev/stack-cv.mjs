#!/usr/bin/env node
// Dev: stacked second pass over the scorer's held-out log-odds — a small GBDT reading each block's
// own and neighbours' first-pass log-odds and its place relative to the page's most confident run —
// site-grouped CV over the out-of-fold first-pass scores of `npm run train --cache`.
//   node scripts/dev/stack-cv.mjs CACHE CVCACHE [STAGE]
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { buildSet, groupedFolds, scoreDecisionsFast, stagedLogOdds } from '../../dist/model/cv.js';
import { trainGbdt, DEFAULT_PARAMS } from '../../dist/model/train.js';
const [cache, cv, stage = '2'] = process.argv.slice(2);
const { pvsBy } = deserialize(readFileSync(cache));
const held = deserialize(readFileSync(cv));
const W = 16;
function stackRows(lo, words) {
  const n = lo.length;
  const out = new Float64Array(n * W);
  const at = (i) => (i >= 0 && i < n ? lo[i] : -8);
  let mx = -Infinity, arg = 0, tot = 0;
  for (let i = 0; i < n; i++) { if (lo[i] > mx) { mx = lo[i]; arg = i; } tot += words[i]; }
  const keptW = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) keptW[i + 1] = keptW[i] + (lo[i] > -0.4 ? words[i] : 0);
  const totK = keptW[n] || 1;
  // word-weighted mean log-odds in ±3 and ±8
  const win = (i, r) => { let s = 0, w = 0; for (let j = Math.max(0, i - r); j <= Math.min(n - 1, i + r); j++) if (j !== i) { s += lo[j] * (words[j] + 1); w += words[j] + 1; } return w ? s / w : -8; };
  for (let i = 0; i < n; i++) {
    const r = out.subarray(i * W, (i + 1) * W);
    let m3 = -Infinity; for (let j = i - 3; j <= i + 3; j++) if (j !== i) m3 = Math.max(m3, at(j));
    r.set([lo[i], at(i - 1), at(i + 1), at(i - 2), at(i + 2), m3, win(i, 3), win(i, 8),
      Math.log1p(words[i]), mx, lo[i] - mx, (i - arg) / Math.max(1, n), i - arg,
      keptW[i] / totK, (totK - keptW[i + 1]) / totK, Math.log1p(tot)]);
  }
  // COLS=0,1,2: keep only those columns (e.g. the local ones 0-8, no page-level ones).
  if (!process.env.COLS) return out;
  const cols = process.env.COLS.split(',').map(Number);
  const sub = new Float64Array(n * cols.length);
  for (let i = 0; i < n; i++) cols.forEach((c, k) => (sub[i * cols.length + k] = out[i * W + c]));
  return sub;
}
const WIDTH = process.env.COLS ? process.env.COLS.split(',').length : W;
const base = [...pvsBy.values()].flat();
const lo1 = new Map();
for (const [c, pvs] of pvsBy) pvs.forEach((pv, k) => lo1.set(pv, held.get(c)[+stage][k]));
const st = new Map(base.map((pv) => [pv, { ...pv, width: WIDTH, data: stackRows(lo1.get(pv), pv.words) }]));
// FOLDS=loco: stage 1 from the leave-one-corpus-out cache, stage 2 also left out by corpus.
const names = [...pvsBy.keys()];
const folds = process.env.FOLDS === 'loco' ? new Map(base.map((pv) => [pv, names.indexOf(pv.corpus)])) : groupedFolds(base, 5);
const K = process.env.FOLDS === 'loco' ? names.length : 5;
const params = { ...DEFAULT_PARAMS, trees: +(process.env.TREES ?? 100), depth: +(process.env.DEPTH ?? 3), subsample: 0.7, ...(process.env.SEED ? { seed: +process.env.SEED } : {}) };
const out = new Map();
for (let f = 0; f < K; f++) {
  const train = base.filter((pv) => folds.get(pv) !== f).map((pv) => st.get(pv));
  const fit = trainGbdt(buildSet(train), params);
  const model = { format: 'decruft-gbdt/1', input: 'html', spec: {}, features: [], base: fit.base, trees: fit.trees, threshold: 0.5, smoothing: { method: 'none', stay: 0 }, training: {} };
  for (const pv of base) if (folds.get(pv) === f) out.set(pv, stagedLogOdds(model, st.get(pv), [params.trees])[0]);
  process.stderr.write(`fold ${f}\n`);
}
// BLEND=a: final log-odds a·first + (1−a)·second pass.
const a = +(process.env.BLEND ?? 0);
for (const pv of base) out.set(pv, out.get(pv).map((x, i) => a * lo1.get(pv)[i] + (1 - a) * x));
for (const sm of [{ method: 'none', stay: 0 }, { method: 'hmm', stay: 0.7 }, { method: 'hmm', stay: 0.85 }])
  for (const th of [0.3, 0.4, 0.5]) {
    const per = [...pvsBy].map(([c, pvs]) => scoreDecisionsFast(pvs, pvs.map((pv) => out.get(pv)), th, sm).f1);
    const b = [...pvsBy].map(([c, pvs]) => scoreDecisionsFast(pvs, held.get(c)[+stage], th, sm).f1);
    const mean = (a) => (a.reduce((x, y) => x + y) / a.length).toFixed(4);
    console.log(sm.method, sm.stay, th, 'stack', mean(per), per.map((x) => x.toFixed(4)).join(' '), '| base', mean(b), b.map((x) => x.toFixed(4)).join(' '));
  }
