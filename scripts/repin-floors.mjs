#!/usr/bin/env node
// Deliberate re-pin of the quality-gate floors from scratch (lowers as well as raises): measures the
// gate runs and writes floors for F1 (snippet F for trafilatura) and the metadata shares only —
// precision and recall move against each other when a cleaner trades one for the other; F1 is
// what the gate guards. Use only with a commit message that says why.
//   npm run build && node scripts/repin-floors.mjs --note "why"
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { execSync } from 'node:child_process';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: o } = parseArgs({
  options: {
    note: { type: 'string' },
    corpora: { type: 'string', default: join(repo, '../shared/corpora') },
    floors: { type: 'string', default: join(repo, 'data/quality-floors.json') },
  },
});
if (!o.note) {
  console.error('repin-floors: --note "why" is required (it goes into the file\'s _comment)');
  process.exit(2);
}
const gate = await import(pathToFileURL(join(repo, 'dist/eval/gate.js')).href);
const file = gate.readFloors(o.floors);
const { values } = await gate.measureGate(o.corpora, file.runs, (key, s) =>
  process.stderr.write(`${key}: ${s.pages} pages, ${s.errors} errors, ${s.seconds.toFixed(1)} s\n`),
);
const floors = {};
for (const [key, metrics] of Object.entries(values)) {
  for (const [metric, v] of Object.entries(metrics)) {
    if (metric !== 'f1' && !metric.startsWith('meta.')) continue;
    (floors[key] ??= {})[metric] = Math.floor(v * 10000) / 10000;
  }
}
const commit = execSync('git rev-parse --short HEAD', { cwd: repo }).toString().trim();
const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ');
file._comment = [
  ...file._comment.filter((l) => !/^Metrics( gated)?:/.test(l)),
  'Metrics gated: f1 (snippet F for trafilatura) and meta.<field> (share of pages whose metadata matches the gold). Precision/recall/accuracy are reported by `decruft eval` but not gated: cleaners trade one for the other.',
  `${stamp} UTC: re-pinned from scratch on ${commit} with scripts/repin-floors.mjs — ${o.note}`,
];
file.floors = floors;
writeFileSync(o.floors, gate.formatFloors(file));
console.log(JSON.stringify(floors, null, 1));
