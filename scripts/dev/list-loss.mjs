#!/usr/bin/env node
// Dev: how many gold words the scorer loses in list items and short blocks that lie between kept
// blocks, on cached held-out log-odds of `npm run train --cache` (out-of-fold), and what a
// post-decision restore rule would gain.
//   node scripts/dev/list-loss.mjs CACHE CVCACHE [STAGE=2] [THRESHOLD=0.4] [STAY=0.7]
// Env RULES=a,b picks rules from `RULES` below (default: all).
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { scoreTexts, scoreDecisionsFast } from '../../dist/model/cv.js';
import { sigmoid } from '../../dist/model/gbdt.js';
import { decide } from '../../dist/model/smooth.js';
import { featureNames } from '../../dist/model/vector.js';
import { prepareFast, fastScore, aggregate } from '../../dist/model/fast-score.js';
import { restoreLists, listCandidatesFromRows } from '../../dist/model/restore-lists.js';

const [cache, cv, stage = '2', th = '0.4', stay = '0.7'] = process.argv.slice(2);
const { spec, pvsBy } = deserialize(readFileSync(cache));
const held = deserialize(readFileSync(cv));
const names = featureNames(spec);
const col = (n) => {
  const k = names.indexOf(n);
  if (k < 0) throw new Error(`no feature ${n}`);
  return k;
};
const C = {
  li: col('kind=list-item'),
  inList: names.indexOf('extra.inList'),
  ld: col('linkDensity'),
  ends: col('endsSentence'),
};
const sm = +stay ? { method: 'hmm', stay: +stay } : { method: 'none', stay: 0 };
const fastCache = new WeakMap();

function score(pvs, keeps) {
  if (pvs[0].gold === undefined) {
    const texts = pvs.map((pv, k) => pv.texts.filter((_, c) => keeps[k][c]).join('\n\n'));
    return scoreTexts(pvs, texts).f1;
  }
  const scores = pvs.map((pv, k) => {
    let fp = fastCache.get(pv);
    if (!fp) fastCache.set(pv, (fp = prepareFast(pv)));
    return fastScore(fp, keeps[k]);
  });
  return aggregate(scores).f1;
}

const RULES = {
  base: () => null,
  restore: (pv, p, keep) => restoreLists(listCandidatesFromRows(pv, names), p, keep),
};
const pick = process.env.RULES ? process.env.RULES.split(',') : Object.keys(RULES);

const totals = {};
for (const [c, pvs] of pvsBy) {
  const lo = held.get(c)[+stage];
  const acc = { goldW: 0, lost: {}, junkLiBetween: 0 };
  const keepsBy = Object.fromEntries(pick.map((r) => [r, []]));
  pvs.forEach((pv, k) => {
    const p = lo[k].map(sigmoid);
    const { keep } = decide(p, pv.words, +th, sm);
    let first = -1;
    let last = -1;
    for (let i = 0; i < keep.length; i++) if (keep[i]) (first < 0 && (first = i), (last = i));
    for (let i = 0; i < keep.length; i++) {
      const row = i * pv.width;
      const isLi = pv.data[row + C.li] === 1 || (C.inList >= 0 && pv.data[row + C.inList] === 1);
      const w = pv.words[i];
      if (pv.labels[i] === 1) acc.goldW += w;
      if (keep[i]) continue;
      const between = i > first && i < last;
      const shape = isLi ? 'li' : w <= 20 ? 'short' : 'long';
      const key = `${shape}/${between ? 'between' : 'outside'}`;
      if (pv.labels[i] === 1) acc.lost[key] = (acc.lost[key] ?? 0) + w;
      else if (isLi && between) acc.junkLiBetween += w;
    }
    for (const r of pick) {
      const kk = Uint8Array.from(keep);
      RULES[r](pv, p, kk);
      keepsBy[r].push(kk);
    }
  });
  const lostAll = Object.values(acc.lost).reduce((a, b) => a + b, 0);
  console.log(`== ${c}: gold-block words ${acc.goldW}, lost ${lostAll} (${((100 * lostAll) / acc.goldW).toFixed(1)} %)`);
  for (const [k, v] of Object.entries(acc.lost).sort()) console.log(`  lost ${k.padEnd(16)} ${String(v).padStart(7)} words (${((100 * v) / acc.goldW).toFixed(2)} % of gold)`);
  console.log(`  boilerplate li between kept, removed: ${acc.junkLiBetween} words`);
  const f = {};
  for (const r of pick) f[r] = score(pvs, keepsBy[r]);
  console.log('  F1 ' + pick.map((r) => `${r}=${f[r].toFixed(4)}`).join(' '));
  totals[c] = f;
  void scoreDecisionsFast;
}
console.log('mean ' + pick.map((r) => `${r}=${(Object.values(totals).reduce((a, t) => a + t[r], 0) / Object.keys(totals).length).toFixed(4)}`).join(' '));
