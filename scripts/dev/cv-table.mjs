#!/usr/bin/env node
// Dev: the CV tables of `npm run train --cache PREFIX` runs, to 4 decimals, from their cached
// held-out log-odds (also for `--cv-only` runs, which write no model). Per run: the selection the
// trainer makes (trees × threshold × smoothing on the mean of both CVs), then per-corpus F1 of
// leave-one-corpus-out and site-grouped CV; `--fixed STAGE,TH,STAY` scores every run at one
// selection instead (STAY 0: no smoothing), to compare features without the selection's noise.
//   node scripts/dev/cv-table.mjs [--fixed 2,0.4,0.7] NAME=VECTORS.bin:LOCO.bin:SITE.bin …
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { scoreDecisionsFast } from '../../dist/model/cv.js';

const args = process.argv.slice(2);
const fi = args.indexOf('--fixed');
const fixed = fi >= 0 ? args[fi + 1].split(',').map(Number) : undefined;
const runs = args.filter((_, i) => fi < 0 || (i !== fi && i !== fi + 1));
const THRESHOLDS = [0.2, 0.3, 0.4, 0.5, 0.6];
const SMOOTHINGS = [{ method: 'none', stay: 0 }, ...[0.7, 0.85, 0.95].map((stay) => ({ method: 'hmm', stay }))];
const sm = (stay) => (stay ? { method: 'hmm', stay } : { method: 'none', stay: 0 });
const vectors = new Map();
const f4 = (x) => x.toFixed(4);

console.log(`| run | trees/th/stay | LOCO mean | site mean | LOCO per corpus | site per corpus |`);
console.log(`|---|---|--:|--:|---|---|`);
for (const run of runs) {
  const [name, files] = run.split('=');
  const [vec, locoFile, siteFile] = files.split(':');
  if (!vectors.has(vec)) vectors.set(vec, deserialize(readFileSync(vec)).pvsBy);
  const pvsBy = vectors.get(vec);
  // A missing CV (`-`, or a run not finished yet) scores as its other CV.
  const read = (f) => (f && f !== '-' ? deserialize(readFileSync(f)) : undefined);
  const l = read(locoFile);
  const st = read(siteFile);
  const helds = [l ?? st, st ?? l];
  const nstages = helds[0].values().next().value.length;
  const mean = (held, s, th, smooth) => {
    const per = [...pvsBy].map(([c, pvs]) => scoreDecisionsFast(pvs, held.get(c)[s], th, smooth).f1);
    return { per, mean: per.reduce((a, b) => a + b, 0) / per.length };
  };
  let best = { score: -1, s: nstages - 1, th: 0.5, smooth: SMOOTHINGS[0] };
  if (fixed) best = { score: 0, s: fixed[0], th: fixed[1], smooth: sm(fixed[2]) };
  else
    for (let s = 0; s < nstages; s++)
      for (const smooth of SMOOTHINGS)
        for (const th of THRESHOLDS) {
          const score = (mean(helds[0], s, th, smooth).mean + mean(helds[1], s, th, smooth).mean) / 2;
          if (score > best.score + 1e-9) best = { score, s, th, smooth };
        }
  const [loco, site] = helds.map((h, k) => ((k ? st : l) ? mean(h, best.s, best.th, best.smooth) : { mean: NaN, per: [] }));
  const sel = `${(best.s + 1) * 100}/${best.th}/${best.smooth.stay}`;
  console.log(`| ${name} | ${sel} | ${f4(loco.mean)} | ${f4(site.mean)} | ${loco.per.map(f4).join(' ')} | ${site.per.map(f4).join(' ')} |`);
}
console.log(`(corpora: ${[...vectors.values()][0] ? [...[...vectors.values()][0].keys()].join(' ') : ''})`);
