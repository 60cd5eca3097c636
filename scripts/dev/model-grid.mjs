#!/usr/bin/env node
// Dev: re-run the threshold × smoothing grid on cached held-out log-odds of `npm run train --cache`.
//   node scripts/dev/model-grid.mjs /tmp/cs/full.text.bin /tmp/cs/full.text.bin.cv-300-4.bin STAGE_INDEX
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { scoreDecisionsFast } from '../../dist/model/cv.js';
const [cache, cv, stage = '1'] = process.argv.slice(2);
const { pvsBy } = deserialize(readFileSync(cache));
const held = deserialize(readFileSync(cv));
const rows = [];
for (const stay of [0, 0.9, 0.95, 0.97, 0.98, 0.99])
  for (const th of [0.3, 0.35, 0.4, 0.45, 0.5]) {
    const sm = stay ? { method: 'hmm', stay } : { method: 'none', stay: 0 };
    const per = [...pvsBy].map(([c, pvs]) => scoreDecisionsFast(pvs, held.get(c)[+stage], th, sm).f1);
    rows.push([stay, th, per.reduce((a, b) => a + b) / per.length, ...per]);
    console.log(stay, th, rows.at(-1).slice(2).map((x) => x.toFixed(4)).join(' '));
  }
