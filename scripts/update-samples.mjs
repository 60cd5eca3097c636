#!/usr/bin/env node
// Show (and, on request, accept) differences between decruft's current output and the reviewed
// expected output of the samples in samples/. Uses dist/, so run `npm run build` first.
//
//   node scripts/update-samples.mjs                 diff every sample, write nothing
//   node scripts/update-samples.mjs NAME…           diff only these samples
//   node scripts/update-samples.mjs --write NAME    write the current output as NAME's expected
//                                                   files, then review them with `git diff samples/NAME`
//
// Never writes more than the one sample named after --write, and never changes `minF1`: raising a
// floor is a deliberate, hand-made edit (see samples/README.md). --write keeps `knownMisses` and
// never copies a known-miss field from the output into `metadata`.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = join(ROOT, 'samples');
const DIST = join(ROOT, 'dist', 'index.js');
/** Metadata fields a sample may pin (language is pinned by `lang`, wordCount never). */
const FIELDS = ['title', 'subtitle', 'authors', 'date', 'modified', 'dateline', 'source', 'credits'];

function usage(msg) {
  if (msg) console.error(`update-samples: ${msg}`);
  console.error('usage: node scripts/update-samples.mjs [NAME…] | --write NAME');
  process.exit(2);
}

const args = process.argv.slice(2);
let write;
const names = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--write') {
    write = args[++i];
    if (!write) usage('--write needs a sample name');
  } else if (args[i] === '-h' || args[i] === '--help') usage();
  else if (args[i].startsWith('-')) usage(`unknown option ${args[i]}`);
  else names.push(args[i]);
}
if (write && names.length) usage('--write takes exactly one sample name and no others');

if (!existsSync(DIST)) usage('dist/index.js is missing: run `npm run build` first');
const newestSrc = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .reduce((t, e) => Math.max(t, statSync(join(e.parentPath, e.name)).mtimeMs), 0);
if (newestSrc(join(ROOT, 'src')) > statSync(DIST).mtimeMs) {
  console.error('update-samples: warning: src/ is newer than dist/; run `npm run build` for current output');
}
const { clean } = await import(DIST);
const { scorePage } = await import(join(ROOT, 'dist', 'eval', 'metric.js'));
const { lineDiff } = await import(join(ROOT, 'dist', 'eval', 'diff.js'));

const all = readdirSync(SAMPLES, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(SAMPLES, e.name, 'expected.json')))
  .map((e) => e.name)
  .sort();
const wanted = write ? [write] : names.length ? names : all;
for (const n of wanted) if (!all.includes(n)) usage(`no sample '${n}' in samples/`);


const paras = (t) => (t ? t.split('\n\n') : []);

function f1(predicted, gold) {
  const s = scorePage(predicted, gold);
  if (s.fp === 0 && s.fn === 0) return 1;
  return (2 * s.tp) / (2 * s.tp + s.fp + s.fn);
}

function load(name) {
  const dir = join(SAMPLES, name);
  const html = existsSync(join(dir, 'input.html'));
  const input = readFileSync(join(dir, html ? 'input.html' : 'input.txt'));
  return {
    dir,
    result: clean(input, { type: html ? 'html' : 'text' }),
    expectedText: readFileSync(join(dir, 'expected.txt'), 'utf8'),
    expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')),
  };
}

/** Fields to pin from the output; known misses stay out (their reviewed value lives in `knownMisses`). */
function pickMetadata(metadata, knownMisses = {}) {
  const out = {};
  for (const k of FIELDS) if (metadata[k] !== undefined && !(k in knownMisses)) out[k] = metadata[k];
  return out;
}

/** Dates compare by calendar day when the expected value is date-only (as in the test). */
const sameField = (k, want, got) =>
  (k === 'date' || k === 'modified') && typeof want === 'string' && want.length === 10
    ? String(got ?? '').slice(0, 10) === want
    : JSON.stringify(got) === JSON.stringify(want);

/** Seeds: keep the reviewed entries that still match (their `why`, `*`, `optional`), flag new ones. */
function mergeRemovals(old, actual) {
  const pending = [...old];
  const out = [];
  for (const r of actual) {
    const k = pending.findIndex((e) => e.text === r.text && (e.ruleId === '*' || e.ruleId === r.ruleId));
    if (k >= 0) out.push(pending.splice(k, 1)[0]);
    else out.push({ text: r.text, ruleId: r.ruleId, why: `REVIEW: ${r.reason}` });
  }
  // A reviewed optional entry (a partial-block lift) that was not reported stays optional.
  for (const e of pending) if (e.optional) out.push(e);
  return out;
}

if (write) {
  let s;
  try {
    s = load(write);
  } catch (e) {
    usage(`cannot clean ${write}: ${e.message}`);
  }
  const { dir, result, expected } = s;
  writeFileSync(join(dir, 'expected.txt'), `${result.text}\n`);
  const next = { ...expected, metadata: pickMetadata(result.metadata, expected.knownMisses) };
  if (expected.removed) next.removed = mergeRemovals(expected.removed, result.removed);
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(next, null, 2)}\n`);
  console.log(`wrote samples/${write}/expected.txt and expected.json from the current output.`);
  console.log(`Review before committing: git diff samples/${write}`);
  if (next.removed?.some((r) => r.why.startsWith('REVIEW:'))) {
    console.log('Removals marked "REVIEW:" are new: justify each `why` by hand (or restore the old file).');
  }
  process.exit(0);
}

let failing = 0;
for (const name of wanted) {
  let s;
  try {
    s = load(name);
  } catch (e) {
    failing++;
    console.log(`✗ ${name}: clean() threw: ${e.message}`);
    continue;
  }
  const { result, expected, expectedText } = s;
  const problems = [];
  const want = expectedText.replace(/\n$/, '');
  let score = '';
  if (expected.removed) {
    if (result.text !== want) problems.push(`text by paragraph (- missing, + extra):\n${lineDiff(paras(want), paras(result.text))}`);
    const wantRemoved = expected.removed.filter((e) => !e.optional).map((e) => e.text).sort();
    const optional = new Set(expected.removed.filter((e) => e.optional).map((e) => e.text));
    const gotRemoved = result.removed.map((r) => r.text).filter((t) => !optional.has(t)).sort();
    if (JSON.stringify(wantRemoved) !== JSON.stringify(gotRemoved)) problems.push('removed blocks differ (run the test for details)');
  } else {
    const f = f1(result.text, expectedText);
    score = ` F1=${f.toFixed(3)} (floor ${expected.minF1})`;
    if (f < expected.minF1) problems.push(`text by paragraph (- missing, + extra):\n${lineDiff(paras(want), paras(result.text))}`);
  }
  for (const [k, v] of Object.entries(expected.metadata ?? {})) {
    const got = result.metadata[k];
    if (!sameField(k, v, got)) problems.push(`metadata.${k}: expected ${JSON.stringify(v)}, got ${JSON.stringify(got)}`);
  }
  // Known misses are reported, never counted as failures (see samples/README.md, "Known misses").
  const notes = [];
  for (const [k, miss] of Object.entries(expected.knownMisses ?? {})) {
    const got = result.metadata[k];
    notes.push(
      sameField(k, miss.expected, got)
        ? `known miss FIXED: metadata.${k} now equals ${JSON.stringify(miss.expected)}; move it back into "metadata"`
        : `known miss: metadata.${k}: expected ${JSON.stringify(miss.expected)}, got ${JSON.stringify(got)}`,
    );
  }
  if (expected.lang && result.metadata.language !== expected.lang) {
    problems.push(`metadata.language: expected ${JSON.stringify(expected.lang)}, got ${JSON.stringify(result.metadata.language)}`);
  }
  if (problems.length) failing++;
  console.log(`${problems.length ? '✗' : '✓'} ${name}${score}`);
  for (const p of problems) console.log(p.replace(/^/gm, '    '));
  for (const n of notes) console.log(`    (${n})`);
}
console.log(`\n${wanted.length - failing}/${wanted.length} samples match. Nothing was written.`);
console.log('To accept one sample\'s current output: node scripts/update-samples.mjs --write NAME, then review git diff.');
