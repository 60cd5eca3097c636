#!/usr/bin/env node
// Quality-gate floors: print the current values of every gated (corpus, input, metric) next to its
// floor in data/quality-floors.json. With --raise, raise floors to the current values (rounded down
// to 4 decimals) and add missing ones — never lower one. Lowering a floor is a hand edit of the file.
// Needs `npm run build` first (reads dist/).
//   node scripts/pin-floors.mjs [--raise] [--corpora ../shared/corpora] [--floors data/quality-floors.json]
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: o } = parseArgs({
  options: {
    raise: { type: 'boolean', default: false },
    corpora: { type: 'string', default: process.env.DECRUFT_CORPORA ?? join(repo, '../shared/corpora') },
    floors: { type: 'string', default: join(repo, 'data/quality-floors.json') },
  },
});
const dist = process.env.DECRUFT_DIST ?? join(repo, 'dist');
const gate = await import(pathToFileURL(join(dist, 'eval/gate.js')).href);

const file = gate.readFloors(o.floors);
const t0 = performance.now();
const { values } = await gate.measureGate(o.corpora, file.runs, (key, s) =>
  process.stderr.write(`${key}: ${s.pages} pages, ${s.errors} errors, ${s.seconds.toFixed(1)} s\n`),
);
process.stderr.write(`measured in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);

const rows = [['run', 'metric', 'value', 'floor', 'value−floor', '']];
for (const [key, metrics] of Object.entries(values)) {
  for (const [metric, v] of Object.entries(metrics)) {
    const f = file.floors[key]?.[metric];
    const d = f === undefined ? undefined : v - f;
    const status = f === undefined ? 'no floor' : d < -file.tolerance ? 'FAIL' : d > 0.0001 ? 'can raise' : '';
    rows.push([key, metric, v.toFixed(4), f === undefined ? '-' : f.toFixed(4), d === undefined ? '-' : (d >= 0 ? '+' : '') + d.toFixed(4), status]);
  }
}
const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(w[i]) : c.padEnd(w[i]))).join('  ').trimEnd());

if (o.raise) {
  const { file: next, raised } = gate.raiseFloors(file, values);
  if (!raised.length) {
    console.log('\nnothing to raise');
  } else {
    writeFileSync(o.floors, gate.formatFloors(next));
    console.log(`\nraised ${raised.length} floor(s) in ${o.floors}:\n  ${raised.join('\n  ')}\nReview and commit that file deliberately.`);
  }
}
