/**
 * `npm run train`: label the dev corpora, cross-validate (leave one corpus out), pick the number of
 * trees, the decision threshold and the smoothing on the held-out scores, train on all corpora and
 * write `data/model/<input>.json`. Deterministic: the same data gives a byte-identical file.
 *
 *   node dist/model/train-cli.js [--corpora DIR] [--input text|html|all] [--trees N] [--depth D]
 *                                [--no-cv] [--limit N] [--out DIR]
 * @module
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InputType } from '../types.js';
import type { GbdtModel, SmoothingParams } from './gbdt.js';
import { loadCorpus, type Page } from './corpus.js';
import { buildSet, scoreDecisions, scoreDecisionsFast, stagedLogOdds, vectorize, type CorpusScore, type PageVectors } from './cv.js';
import { DEFAULT_PARAMS, round, trainGbdt, type TrainParams } from './train.js';
import { featureNames, type VectorSpec } from './vector.js';
import { serializeModel } from './serialize.js';

const CORPORA = ['dragnet', 'l3s-gn1', 'readability', 'trafilatura'];
const THRESHOLDS = [0.2, 0.3, 0.4, 0.5, 0.6];
const SMOOTHINGS: SmoothingParams[] = [
  { method: 'none', stay: 0 },
  { method: 'hmm', stay: 0.7 },
  { method: 'hmm', stay: 0.85 },
  { method: 'hmm', stay: 0.95 },
];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const log = (s: string) => process.stderr.write(s + '\n');

/**
 * Vocabularies of short boilerplate labels used as hit flags (when present). An allowlist, not every
 * file: some vocabularies hold long patterns meant for other matchers (e.g. captions' backtracks
 * badly on long menu lines).
 */
const VOCAB_FEATURES = ['comments', 'navigation', 'promos', 'related-links', 'share-widgets'];

function vocabNames(): string[] {
  const dir = fileURLToPath(new URL('../../data/vocab/', import.meta.url));
  if (!existsSync(dir)) return [];
  const have = new Set(readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)));
  return VOCAB_FEATURES.filter((v) => have.has(v));
}

function extraKeys(pages: Page[]): string[] {
  const keys = new Set<string>();
  for (const p of pages)
    for (const b of p.doc.children)
      for (const [k, v] of Object.entries(b.dom?.extra ?? {})) if (typeof v === 'number' || typeof v === 'boolean') keys.add(k);
  return [...keys].sort();
}

function toModel(
  input: InputType,
  spec: VectorSpec,
  fit: ReturnType<typeof trainGbdt>,
  ntrees: number,
  threshold: number,
  smoothing: SmoothingParams,
  training: Record<string, unknown>,
): GbdtModel {
  return {
    format: 'decruft-gbdt/1',
    input,
    spec,
    features: featureNames(spec),
    base: fit.base,
    trees: fit.trees.slice(0, ntrees),
    threshold,
    smoothing,
    training,
  };
}

const fmt = (s: CorpusScore) => `P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)}`;

function trainInput(dir: string, input: InputType, outDir: string): void {
  const limit = arg('--limit') ? Number(arg('--limit')) : Infinity;
  const params: TrainParams = {
    ...DEFAULT_PARAMS,
    ...(arg('--trees') ? { trees: Number(arg('--trees')) } : {}),
    ...(arg('--depth') ? { depth: Number(arg('--depth')) } : {}),
  };
  const cacheFile = arg('--cache') ? `${arg('--cache')}.${input}.bin` : undefined;
  let spec: VectorSpec;
  let pvsBy: Map<string, PageVectors[]>;
  if (cacheFile && existsSync(cacheFile)) {
    ({ spec, pvsBy } = deserialize(readFileSync(cacheFile)) as { spec: VectorSpec; pvsBy: Map<string, PageVectors[]> });
    log(`${input}: pages and vectors from ${cacheFile}`);
  } else {
    const byCorpus = new Map<string, Page[]>();
    for (const c of CORPORA) {
      if (!existsSync(join(dir, c))) continue;
      const t0 = performance.now();
      const pages = loadCorpus(dir, c, input, limit);
      if (!pages.length) continue;
      let pos = 0;
      let neg = 0;
      for (const p of pages) for (const l of p.labels) l === 1 ? pos++ : l === 0 ? neg++ : 0;
      log(`${input}/${c}: ${pages.length} pages, ${pos} content / ${neg} boilerplate blocks (${((performance.now() - t0) / 1000).toFixed(1)}s)`);
      byCorpus.set(c, pages);
    }
    if (!byCorpus.size) {
      log(`${input}: no pages, skipped`);
      return;
    }
    const all = [...byCorpus.values()].flat();
    spec = { vocab: vocabNames(), extra: input === 'html' ? extraKeys(all) : [] };
    pvsBy = new Map();
    for (const [c, pages] of byCorpus) pvsBy.set(c, pages.map((p) => vectorize(p, spec)));
    if (cacheFile) writeFileSync(cacheFile, serialize({ spec, pvsBy }));
  }
  const stages = [100, 200, 300].filter((s) => s <= params.trees);
  if (!stages.includes(params.trees)) stages.push(params.trees);

  // Leave-one-corpus-out CV: held-out log-odds per corpus and stage.
  const heldOut = new Map<string, Float64Array[][]>(); // corpus → stage → page → log-odds
  const cv = !process.argv.includes('--no-cv') && pvsBy.size > 1;
  const cvCache = cacheFile ? `${cacheFile}.cv-${params.trees}-${params.depth}.bin` : undefined;
  if (cv && cvCache && existsSync(cvCache)) {
    for (const [c, v] of deserialize(readFileSync(cvCache)) as Map<string, Float64Array[][]>) heldOut.set(c, v);
    log(`held-out log-odds from ${cvCache}`);
  } else if (cv) {
    for (const c of pvsBy.keys()) {
      const t0 = performance.now();
      const train = [...pvsBy].filter(([k]) => k !== c).flatMap(([, v]) => v);
      const fit = trainGbdt(buildSet(train), params);
      const model = toModel(input, spec, fit, params.trees, 0.5, { method: 'none', stay: 0 }, {});
      const test = pvsBy.get(c)!;
      const staged = stages.map(() => [] as Float64Array[]);
      for (const pv of test) stagedLogOdds(model, pv, stages).forEach((lo, s) => staged[s]!.push(lo));
      heldOut.set(c, staged);
      log(`  fold without ${c}: trained in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
    }
    if (cvCache) writeFileSync(cvCache, serialize(heldOut));
  }
  // Pick trees × threshold × smoothing on the held-out scores (mean F1 over corpora).
  let best = { score: -1, stage: stages.length - 1, threshold: 0.5, smoothing: SMOOTHINGS[0]! };
  const cvTable: Record<string, Record<string, number>> = {};
  if (cv) {
    for (let s = 0; s < stages.length; s++)
      for (const sm of SMOOTHINGS)
        for (const th of THRESHOLDS) {
          let sum = 0;
          for (const [c, pvs] of pvsBy) sum += scoreDecisionsFast(pvs, heldOut.get(c)![s]!, th, sm).f1;
          const score = sum / pvsBy.size;
          if (score > best.score + 1e-9) best = { score, stage: s, threshold: th, smoothing: sm };
        }
    log(`CV choice: trees=${stages[best.stage]} threshold=${best.threshold} smoothing=${best.smoothing.method}/${best.smoothing.stay} mean F1=${best.score.toFixed(4)}`);
    log(`Leave-one-corpus-out (held-out corpus never seen in training):`);
    for (const [c, pvs] of pvsBy) {
      const sc = scoreDecisions(pvs, heldOut.get(c)![best.stage]!, best.threshold, best.smoothing);
      const raw = scoreDecisions(pvs, heldOut.get(c)![best.stage]!, best.threshold, SMOOTHINGS[0]!);
      cvTable[c] = { pages: sc.pages, precision: round(sc.precision), recall: round(sc.recall), f1: round(sc.f1), f1Unsmoothed: round(raw.f1) };
      log(`  ${c.padEnd(12)} ${fmt(sc)}  (unsmoothed F1=${raw.f1.toFixed(3)})`);
    }
  }
  const ntrees = stages[best.stage]!;
  const t0 = performance.now();
  const fullSet = buildSet([...pvsBy.values()].flat());
  const fit = trainGbdt(fullSet, { ...params, trees: ntrees }, log);
  log(`full model: ${fullSet.y.length} rows × ${fullSet.width} features, ${ntrees} trees in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
  const fitTable: Record<string, Record<string, number>> = {};
  const model0 = toModel(input, spec, fit, ntrees, best.threshold, best.smoothing, {});
  log(`Full fit (in-sample, optimistic):`);
  for (const [c, pvs] of pvsBy) {
    const lo = pvs.map((pv) => stagedLogOdds(model0, pv, [ntrees])[0]!);
    const sc = scoreDecisions(pvs, lo, best.threshold, best.smoothing);
    fitTable[c] = { pages: sc.pages, f1: round(sc.f1) };
    log(`  ${c.padEnd(12)} ${fmt(sc)}`);
  }
  const counts: Record<string, Record<string, number>> = {};
  for (const [c, pvs] of pvsBy) {
    let pos = 0;
    let neg = 0;
    for (const pv of pvs) for (const l of pv.labels) l === 1 ? pos++ : l === 0 ? neg++ : 0;
    counts[c] = { pages: pvs.length, content: pos, boilerplate: neg };
  }
  const model = toModel(input, spec, fit, ntrees, best.threshold, best.smoothing, {
    params: { ...params, trees: ntrees },
    corpora: [...pvsBy.keys()],
    counts,
    rows: fullSet.y.length,
    selection: 'trees, threshold and smoothing maximise the mean held-out F1 of leave-one-corpus-out CV',
    cvLeaveOneCorpusOut: cvTable,
    cvMeanF1: round(best.score),
    fullFit: fitTable,
  });
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, `${input}.json`);
  writeFileSync(out, serializeModel(model));
  log(`wrote ${out}`);
}

function main(): void {
  const dir = arg('--corpora') ?? '../shared/corpora';
  const outDir = arg('--out') ?? fileURLToPath(new URL('../../data/model/', import.meta.url));
  const which = arg('--input') ?? 'all';
  const inputs: InputType[] = which === 'all' ? ['text', 'html'] : [which as InputType];
  for (const input of inputs) trainInput(dir, input, outDir);
}

main();
