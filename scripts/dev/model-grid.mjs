#!/usr/bin/env node
// Dev: re-run the threshold × smoothing grid on cached held-out log-odds of `npm run train --cache`.
//   node scripts/dev/model-grid.mjs /tmp/cs/full.text.bin /tmp/cs/full.text.bin.site5-200-4-0.1-20-1.bin STAGE_INDEX
// With `--worst N THRESHOLD STAY` instead of the grid: the N worst gold pages of each corpus under
// those held-out scores (P, R, and the longest lost / wrongly kept blocks with their p(content)).
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { keptText, scoreDecisionsFast } from '../../dist/model/cv.js';
import { sigmoid } from '../../dist/model/gbdt.js';
import { decide } from '../../dist/model/smooth.js';
import { scorePage } from '../../dist/eval/metric.js';
const args = process.argv.slice(2);
const wi = args.indexOf('--worst');
const [cache, cv, stage = '1'] = args.filter((_, i) => wi < 0 || i < wi);
const { pvsBy } = deserialize(readFileSync(cache));
const held = deserialize(readFileSync(cv));
if (wi >= 0) {
  const [n = '10', th = '0.4', stay = '0.7'] = args.slice(wi + 1);
  const sm = +stay ? { method: 'hmm', stay: +stay } : { method: 'none', stay: 0 };
  for (const [c, pvs] of pvsBy) {
    if (pvs[0].gold === undefined) continue;
    const rows = pvs.map((pv, k) => {
      const p = held.get(c)[+stage][k].map(sigmoid);
      const sc = scorePage(keptText(pv, p, +th, sm), pv.gold);
      const s = { precision: sc.tp + sc.fp ? sc.tp / (sc.tp + sc.fp) : 1, recall: sc.tp + sc.fn ? sc.tp / (sc.tp + sc.fn) : 1 };
      return { pv, p, s, f1: s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0 };
    });
    rows.sort((a, b) => a.f1 - b.f1);
    console.log(`== ${c}`);
    for (const { pv, p, s, f1 } of rows.slice(0, +n)) {
      const { keep } = decide(p, pv.words, +th, sm);
      const lost = [];
      const extra = [];
      pv.texts.forEach((t, i) => {
        if (pv.labels[i] === 1 && !keep[i]) lost.push([pv.words[i], p[i], t]);
        if (pv.labels[i] === 0 && keep[i]) extra.push([pv.words[i], p[i], t]);
      });
      const top = (a) => a.sort((x, y) => y[0] - x[0]).slice(0, 3).map(([w, q, t]) => `      ${w}w p=${q.toFixed(2)} ${t.slice(0, 90)}`).join('\n');
      console.log(`  ${pv.id} (${pv.group}) F1=${f1.toFixed(3)} P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)}  lost ${lost.length} / kept-junk ${extra.length}`);
      if (lost.length) console.log(`    lost:\n${top(lost)}`);
      if (extra.length) console.log(`    kept junk:\n${top(extra)}`);
    }
  }
} else {
  for (const stay of [0, 0.7, 0.85, 0.9, 0.95, 0.97])
    for (const th of [0.3, 0.35, 0.4, 0.45, 0.5]) {
      const sm = stay ? { method: 'hmm', stay } : { method: 'none', stay: 0 };
      const per = [...pvsBy].map(([c, pvs]) => scoreDecisionsFast(pvs, held.get(c)[+stage], th, sm).f1);
      console.log(stay, th, (per.reduce((a, b) => a + b) / per.length).toFixed(4), per.map((x) => x.toFixed(4)).join(' '));
    }
}
