#!/usr/bin/env node
// Dev: try variants of the scorer's block smoothing on cached held-out log-odds of `npm run train --cache`.
//   node scripts/dev/smooth-grid.mjs CACHE CVCACHE [STAGE]
// Variants: emission weight by block length ((words+c)/(m+c))^gamma, and separate stay
// probabilities for the content and boilerplate states.
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { scoreTexts } from '../../dist/model/cv.js';
import { sigmoid } from '../../dist/model/gbdt.js';

const [cache, cv, stage = '2'] = process.argv.slice(2);
const { pvsBy } = deserialize(readFileSync(cache));
const held = deserialize(readFileSync(cv));

function decideX(p, words, th, o) {
  const n = p.length;
  const keep = new Uint8Array(n);
  if (!n) return keep;
  const clamp = (x) => Math.min(1 - 1e-6, Math.max(1e-6, x));
  const w = (i) => (o.gamma ? Math.pow((words[i] + o.c) / (o.m + o.c), o.gamma) : 1);
  const lt = Math.log(th), l1t = Math.log(1 - th);
  const s11 = Math.log(o.stay1), s10 = Math.log(1 - o.stay1), s00 = Math.log(o.stay0), s01 = Math.log(1 - o.stay0);
  const back = new Uint8Array(n * 2);
  const e0f = (i) => w(i) * (Math.log(1 - clamp(p[i])) - l1t);
  const e1f = (i) => w(i) * (Math.log(clamp(p[i])) - lt);
  let s0 = e0f(0), s1 = e1f(0);
  for (let i = 1; i < n; i++) {
    const a00 = s0 + s00, a10 = s1 + s10, a11 = s1 + s11, a01 = s0 + s01;
    back[i * 2] = a00 >= a10 ? 0 : 1;
    back[i * 2 + 1] = a11 >= a01 ? 1 : 0;
    const n0 = Math.max(a00, a10), n1 = Math.max(a11, a01);
    s0 = n0 + e0f(i);
    s1 = n1 + e1f(i);
  }
  let st = s1 >= s0 ? 1 : 0;
  for (let i = n - 1; i >= 0; i--) { keep[i] = st; if (i > 0) st = back[i * 2 + st]; }
  // guard as in smooth.ts
  let total = 0, kept = 0;
  for (let i = 0; i < n; i++) { total += words[i]; if (keep[i]) kept += words[i]; }
  if (total > 0 && kept <= 0.05 * total) {
    let best = -Infinity, bl = 0, br = -1, cur = 0, cl = 0;
    for (let i = 0; i < n; i++) {
      const v = (p[i] - th / 2) * (words[i] + 1);
      if (cur <= 0) { cur = v; cl = i; } else cur += v;
      if (cur > best) { best = cur; bl = cl; br = i; }
    }
    for (let i = bl; i <= br; i++) keep[i] = 1;
  }
  if (o.iso) isolate(keep, words, o.iso);
  return keep;
}
// Drop kept runs far (>= gap removed blocks) from the largest kept run and small against it.
function isolate(keep, words, { gap, share }) {
  const segs = [];
  for (let i = 0; i < keep.length; i++) {
    if (!keep[i]) continue;
    let j = i, w = 0;
    while (j < keep.length && keep[j]) w += words[j++];
    segs.push({ a: i, b: j - 1, w });
    i = j;
  }
  if (segs.length < 2) return;
  let m = 0;
  segs.forEach((s, k) => { if (s.w > segs[m].w) m = k; });
  // walk outward: a segment is dropped when the removed gap to the nearer kept segment (toward main) is wide
  for (const dir of [-1, 1]) {
    let prev = segs[m];
    for (let k = m + dir; k >= 0 && k < segs.length; k += dir) {
      const s = segs[k];
      const g = dir > 0 ? s.a - prev.b - 1 : prev.a - s.b - 1;
      if (g >= gap && s.w < share * segs[m].w) {
        for (let i = s.a; i <= s.b; i++) keep[i] = 0;
        if (dir > 0 ? true : true) { /* keep prev as the anchor */ }
      } else prev = s;
    }
  }
}
const text = (pv, keep) => pv.texts.filter((_, i) => keep[i]).join('\n\n');
const probs = new Map();
for (const [c, pvs] of pvsBy) probs.set(c, pvs.map((_, k) => held.get(c)[+stage][k].map(sigmoid)));
function evalO(o, th) {
  const per = [];
  for (const [c, pvs] of pvsBy) {
    const ps = probs.get(c);
    const texts = pvs.map((pv, k) => text(pv, decideX(ps[k], pv.words, th, o)));
    per.push(scoreTexts(pvs, texts).f1);
  }
  return per;
}
const line = (name, per) => console.log(name.padEnd(40), (per.reduce((a, b) => a + b) / per.length).toFixed(4), per.map((x) => x.toFixed(4)).join(' '));
const variants = JSON.parse(process.env.VARIANTS ?? '[]');
for (const v of variants) line(JSON.stringify(v), evalO({ c: 5, m: 20, gamma: 0, stay0: 0.7, stay1: 0.7, ...v }, v.th ?? 0.4));
