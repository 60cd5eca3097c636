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
import { restoreLists, listCandidatesFromRows, RESTORE_LIST_DEFAULTS } from '../../dist/model/restore-lists.js';

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
  // Variants of the defaults (dev grid).
  links10: (pv, p, keep) => restoreLists(listCandidatesFromRows(pv, names), p, keep, { ...RESTORE_LIST_DEFAULTS, maxRunLinks: 0.1, maxItemLinks: 0.3 }),
  pureList: (pv, p, keep) => restoreLists(listCandidatesFromRows(pv, names), p, keep, { ...RESTORE_LIST_DEFAULTS, minListShare: 1 }),
  short12: (pv, p, keep) => restoreLists(listCandidatesFromRows(pv, names), p, keep, { ...RESTORE_LIST_DEFAULTS, maxRun: 12 }),
  anyLinks: (pv, p, keep) => restoreLists(listCandidatesFromRows(pv, names), p, keep, { ...RESTORE_LIST_DEFAULTS, maxRunLinks: 1, maxItemLinks: 1 }),
};
// Confident long blocks the smoothing removed (a lead above a caption/byline run, a last paragraph).
for (const W of [15, 25, 40])
  for (const pm of [0.4, 0.5, 0.6])
    RULES[`conf${W}_${pm}`] = (pv, p, keep) => {
      for (let i = 0; i < keep.length; i++) if (!keep[i] && p[i] >= pm && pv.words[i] >= W) keep[i] = 1;
    };
// Only the lead: a confident block just above the first kept one.
for (const G of [2, 4])
  for (const pm of [0.4, 0.5])
    RULES[`lead${G}_${pm}`] = (pv, p, keep) => {
      const first = keep.indexOf(1);
      if (first < 0) return;
      for (let i = Math.max(0, first - G); i < first; i++) if (p[i] >= pm && pv.words[i] >= 15 && pv.data[i * pv.width + C.ends] === 1) {
        for (let k = i; k < first; k++) if (pv.words[k] >= 15 && p[k] >= pm) keep[k] = 1;
        break;
      }
    };
// A list decided as one unit: each item's p blended with its list's word-weighted mean p.
const contCol = names.indexOf('extra.containerId');
for (const B of [0.5, 1])
  RULES[`listMean${B}`] = (pv, p, keep) => {
    const cs = listCandidatesFromRows(pv, names);
    const q = Float64Array.from(p);
    for (let i = 0; i < cs.length; ) {
      if (!cs[i].list) { i++; continue; }
      let j = i + 1;
      const cid = pv.data[i * pv.width + contCol];
      while (j < cs.length && cs[j].list && pv.data[j * pv.width + contCol] === cid) j++;
      let sw = 0, sp = 0;
      for (let k = i; k < j; k++) (sw += pv.words[k] + 1), (sp += p[k] * (pv.words[k] + 1));
      for (let k = i; k < j; k++) q[k] = (1 - B) * p[k] + (B * sp) / sw;
      i = j;
    }
    keep.set(decide(q, pv.words, +th, sm).keep);
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
