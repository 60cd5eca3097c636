/**
 * `npm run train`: label the dev corpora, cross-validate twice — leave one corpus out, and K-fold over
 * all corpora with folds grouped by site — pick the number of trees, the decision threshold and the
 * smoothing on the site-grouped held-out scores, train on all corpora and write
 * `data/model/<input>.json` with both CV tables. Deterministic: the same data gives a byte-identical file.
 *
 *   node dist/model/train-cli.js [--corpora DIR] [--input text|html|all] [--trees N] [--depth D]
 *                                [--lr X] [--min-leaf N] [--lambda X] [--folds K] [--select site|loco]
 *                                [--no-cv] [--limit N] [--out DIR] [--cache PREFIX] [--seed N]
 *                                [--cv-only]
 * @module
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InputType } from '../types.js';
import type { GbdtModel, SmoothingParams } from './gbdt.js';
import { loadCorpus, type Page } from './corpus.js';
import { buildSet, groupedFolds, scoreDecisions, scoreDecisionsFast, stagedLogOdds, vectorize, type CorpusScore, type PageVectors } from './cv.js';
import { DEFAULT_PARAMS, round, trainGbdt, type TrainParams } from './train.js';
import { featureNames, type VectorSpec } from './vector.js';
import { serializeModel } from './serialize.js';
import { DERIVED } from './extra-features.js';
import { TEXT_DERIVED } from './text-features.js';
import { goldOverlap } from './labels.js';
import { domExtraEntries } from '../html/dom-extra.js';

const CORPORA = ['dragnet', 'l3s-gn1', 'readability', 'trafilatura'];
const ALL_THRESHOLDS = [0.2, 0.3, 0.4, 0.5, 0.6];
const ALL_SMOOTHINGS: SmoothingParams[] = [
  { method: 'none', stay: 0 },
  { method: 'hmm', stay: 0.7 },
  { method: 'hmm', stay: 0.85 },
  { method: 'hmm', stay: 0.95 },
];
/** `--thresholds 0.4,0.5` / `--stays 0.95` (0 = no smoothing): restrict the selection grid. */
const listArg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]!.split(',').map(Number) : undefined;
};
const THRESHOLDS = listArg('--thresholds') ?? ALL_THRESHOLDS;
const SMOOTHINGS: SmoothingParams[] = [
  ALL_SMOOTHINGS[0]!,
  ...(listArg('--stays')?.filter((x) => x > 0).map((stay) => ({ method: 'hmm' as const, stay })) ?? ALL_SMOOTHINGS.slice(1)),
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

/**
 * `--drop-container-id`: leave out `containerId` (an element's index in its page, a position in
 * disguise). Tried: site-grouped CV no better without it, so it stays by default.
 */
const DROP_EXTRA = new Set(process.argv.includes('--drop-container-id') ? ['containerId'] : []);

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
      for (const [k, v] of domExtraEntries(b.dom?.extra ?? {})) if (typeof v === 'number' || typeof v === 'boolean') keys.add(k);
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

/**
 * HTML: each tree grown on 70 % of the rows and 40 % of the features (seeded, deterministic), and up
 * to 300 trees. Site-grouped CV mean 0.9408 → 0.9432, LOCO 0.9333 → 0.9336 (same vectors, quality-cv
 * 2026-12-02); 80 % / 60 % gave 0.9409 / 0.9340, 70 % / 30 % 0.9420 / 0.9340 (200 trees). On main at
 * 56b28fc (site 0.9432, LOCO 0.9333): depth 5 × 150 trees 0.9416 / 0.9342, learning rate 0.07
 * 0.9417 / 0.9327, whole sites per tree (`--group-sample`) 0.9425 / 0.9336 — none kept.
 */
const HTML_PARAMS: Partial<TrainParams> = { trees: 300, subsample: 0.7, colsample: 0.4 };

function trainInput(dir: string, input: InputType, outDir: string): void {
  const limit = arg('--limit') ? Number(arg('--limit')) : Infinity;
  const params: TrainParams = {
    ...DEFAULT_PARAMS,
    ...(input === 'html' ? HTML_PARAMS : {}),
    ...(arg('--trees') ? { trees: Number(arg('--trees')) } : {}),
    ...(arg('--depth') ? { depth: Number(arg('--depth')) } : {}),
    ...(arg('--lr') ? { learningRate: Number(arg('--lr')) } : {}),
    ...(arg('--min-leaf') ? { minLeaf: Number(arg('--min-leaf')) } : {}),
    ...(arg('--lambda') ? { lambda: Number(arg('--lambda')) } : {}),
    ...(arg('--subsample') ? { subsample: Number(arg('--subsample')) } : {}),
    ...(arg('--colsample') ? { colsample: Number(arg('--colsample')) } : {}),
    ...(process.argv.includes('--group-sample') ? { groupSample: true } : {}),
    ...(arg('--seed') ? { seed: Number(arg('--seed')) } : {}),
  };
  const cacheFile = arg('--cache') ? `${arg('--cache')}.${input}.bin` : undefined;
  let spec: VectorSpec;
  let pvsBy: Map<string, PageVectors[]>;
  if (cacheFile && existsSync(cacheFile)) {
    ({ spec, pvsBy } = deserialize(readFileSync(cacheFile)) as { spec: VectorSpec; pvsBy: Map<string, PageVectors[]> });
    log(`${input}: pages and vectors from ${cacheFile}`);
  } else {
    const byCorpus = new Map<string, Page[]>();
    // Dev: `--page-cache FILE` keeps the labelled pages (documents without source and DOM) between
    // runs that change only the vectors.
    const pageCache = arg('--page-cache') ? `${arg('--page-cache')}.${input}.bin` : undefined;
    if (pageCache && existsSync(pageCache)) {
      for (const [c, pages] of deserialize(readFileSync(pageCache)) as Map<string, Page[]>) byCorpus.set(c, pages);
      log(`${input}: pages from ${pageCache}`);
    }
    for (const c of byCorpus.size ? [] : CORPORA) {
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
    if (pageCache && !existsSync(pageCache)) {
      const slim = new Map([...byCorpus].map(([c, pages]) => [c, pages.map((p) => ({ ...p, doc: { ...p.doc, source: '', html: undefined } }))]));
      writeFileSync(pageCache, serialize(slim));
    }
    // `--ambiguous LO,HI`: gold pages' blocks whose 3-gram share is in [LO, HI) are left out of
    // training (label -1) instead of being called content at 0.5.
    const amb = arg('--ambiguous')?.split(',').map(Number);
    if (amb)
      for (const pages of byCorpus.values())
        for (const p of pages) {
          if (p.gold === undefined) continue;
          const ov = goldOverlap(p.doc.children, p.gold);
          p.labels = Int8Array.from(ov, (v) => (v >= amb[1]! ? 1 : v < amb[0]! ? 0 : -1));
        }
    const all = [...byCorpus.values()].flat();
    // Derived features (extra-features.ts): on for text dumps (fixes dragnet-dn-0456; dump eval
    // mean F1 0.917 → 0.920); off for HTML by default (site-grouped CV mean
    // 0.9386 with them vs 0.9393 without, LOCO equal): `--derived` / `--no-derived` to force.
    const useDerived = process.argv.includes('--derived') || (input === 'text' && !process.argv.includes('--no-derived'));
    // `--derived-set a,b`: exactly those derived features (HTML, only the prose-chain ones 0-6 with
    // the old model shape: site-grouped CV mean 0.9410, LOCO 0.9330, flat). The text default leaves
    // out the DOM ones and the `list*` ones (added after the shipped text model; not measured there).
    // HTML `list*` (all five), two seeds at one selection (branch scorer, 2ad8c2a): site CV
    // 0.9422/0.9423 → 0.9418/0.9422, LOCO 0.9323/0.9335 → 0.9339/0.9335 — within seed noise: off.
    const derived = arg('--derived-set')
      ? arg('--derived-set')!.split(',').filter((d) => (DERIVED as readonly string[]).includes(d))
      : useDerived
        ? DERIVED.filter((d) => input === 'html' || !/^(?:cont|depth|main|path|list)/.test(d))
        : undefined;
    // Text-only derived features (text-features.ts), for text dumps with `--text-features`;
    // `--text-set a,b` picks some. Off by default: on the code of e5907c0 they raise the site-grouped
    // CV mean 0.9014 → 0.9063 at the same selection (threshold 0.4, HMM 0.85; LOCO 0.8866 → 0.8860)
    // and the full-pipeline dumps of dragnet (+0.006) and trafilatura (+0.007), but l3s-gn1 dumps
    // lose 0.0011 and readability 0.0012 against the shipped model (quality-text, 2026-12-02).
    const text = input !== 'text' || !(process.argv.includes('--text-features') || arg('--text-set'))
      ? undefined
      : arg('--text-set')
        ? arg('--text-set')!.split(',').filter((d) => (TEXT_DERIVED as readonly string[]).includes(d))
        : [...TEXT_DERIVED];
    spec = {
      vocab: vocabNames(), extra: input === 'html' ? extraKeys(all).filter((k) => !DROP_EXTRA.has(k)) : [],
      ...(derived ? { derived } : {}), ...(text?.length ? { text } : {}),
    };
    pvsBy = new Map();
    for (const [c, pages] of byCorpus) pvsBy.set(c, pages.map((p) => vectorize(p, spec)));
    if (cacheFile) writeFileSync(cacheFile, serialize({ spec, pvsBy }));
  }
  const stages = [100, 200, 300].filter((s) => s <= params.trees);
  if (!stages.includes(params.trees)) stages.push(params.trees);

  const cv = !process.argv.includes('--no-cv') && pvsBy.size > 1;
  const K = Number(arg('--folds') ?? 5);
  const cvTag = `${params.trees}-${params.depth}-${params.learningRate}-${params.minLeaf}-${params.lambda}${params.subsample ? `-s${params.subsample}` : ''}${params.colsample ? `-c${params.colsample}` : ''}${params.groupSample ? '-g' : ''}${params.seed ? `-r${params.seed}` : ''}`;
  /** Held-out log-odds per corpus, stage and page, from folds given as a fold index per page. */
  const crossValidate = (name: string, foldOf: (pv: PageVectors) => number, nfolds: number, label: (f: number) => string) => {
    const cache = cacheFile ? `${cacheFile}.${name}-${cvTag}.bin` : undefined;
    if (cache && existsSync(cache)) {
      log(`${name}: held-out log-odds from ${cache}`);
      return deserialize(readFileSync(cache)) as Map<string, Float64Array[][]>;
    }
    const all = [...pvsBy.values()].flat();
    const byPage = new Map<PageVectors, Float64Array[]>();
    for (let f = 0; f < nfolds; f++) {
      const t0 = performance.now();
      const test = all.filter((pv) => foldOf(pv) === f);
      if (!test.length) continue;
      const fit = trainGbdt(buildSet(all.filter((pv) => foldOf(pv) !== f)), params);
      const model = toModel(input, spec, fit, params.trees, 0.5, { method: 'none', stay: 0 }, {});
      for (const pv of test) byPage.set(pv, stagedLogOdds(model, pv, stages));
      log(`  ${name} fold ${label(f)} (${test.length} pages held out): trained in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
    }
    const out = new Map<string, Float64Array[][]>();
    for (const [c, pvs] of pvsBy) out.set(c, stages.map((_, s) => pvs.map((pv) => byPage.get(pv)![s]!)));
    if (cache) writeFileSync(cache, serialize(out));
    return out;
  };
  const corpusNames = [...pvsBy.keys()];
  const siteFold = groupedFolds([...pvsBy.values()].flat(), K);
  const tCv = performance.now();
  // Dev: `--cv site` or `--cv loco` runs one CV only (the other table is then empty).
  const which = arg('--cv') ?? 'both';
  const loco = cv && which !== 'site' ? crossValidate('loco', (pv) => corpusNames.indexOf(pv.corpus), corpusNames.length, (f) => `without ${corpusNames[f]}`) : undefined;
  const kfold = cv && which !== 'loco' ? crossValidate(`site${K}`, (pv) => siteFold.get(pv)!, K, (f) => `${f + 1}/${K}`) : undefined;
  if (cv) log(`CV: ${((performance.now() - tCv) / 1000).toFixed(1)}s`);
  // Pick trees × threshold × smoothing on the held-out scores: the mean over corpora of the held-out
  // F1, averaged over both CVs (`--select site` or `--select loco`: one CV only). Site-grouped CV
  // alone picked threshold 0.3 for text dumps, which keeps comments and headline lists on pages of
  // new sites that leave-one-corpus-out CV (and the samples) penalise.
  const select = arg('--select') ?? 'both';
  const grid = (helds: Map<string, Float64Array[][]>[]) => {
    let best = { score: -1, stage: stages.length - 1, threshold: 0.5, smoothing: SMOOTHINGS[0]! };
    for (let s = 0; s < stages.length; s++)
      for (const sm of SMOOTHINGS)
        for (const th of THRESHOLDS) {
          let sum = 0;
          for (const held of helds) for (const [c, pvs] of pvsBy) sum += scoreDecisionsFast(pvs, held.get(c)![s]!, th, sm).f1;
          const score = sum / pvsBy.size / helds.length;
          if (score > best.score + 1e-9) best = { score, stage: s, threshold: th, smoothing: sm };
        }
    return best;
  };
  let best = { score: -1, stage: stages.length - 1, threshold: 0.5, smoothing: SMOOTHINGS[0]! };
  const tables: Record<string, Record<string, Record<string, number>>> = {};
  const means: Record<string, number> = {};
  if (cv) {
    const helds = (select === 'loco' ? [loco] : select === 'site' ? [kfold] : [loco, kfold]).filter((h) => h !== undefined);
    best = grid(helds.length ? helds : [(loco ?? kfold)!]);
    log(`CV choice (${select}): trees=${stages[best.stage]} threshold=${best.threshold} smoothing=${best.smoothing.method}/${best.smoothing.stay} mean F1=${best.score.toFixed(4)}`);
    for (const [name, held, what] of [
      ['loco', loco, 'Leave-one-corpus-out (held-out corpus never seen in training)'],
      ['site', kfold, `Site-grouped ${K}-fold over all corpora (held-out sites never seen in training)`],
    ] as const) {
      if (!held) continue;
      log(`${what}:`);
      const table: Record<string, Record<string, number>> = {};
      let sum = 0;
      for (const [c, pvs] of pvsBy) {
        const sc = scoreDecisions(pvs, held.get(c)![best.stage]!, best.threshold, best.smoothing);
        const raw = scoreDecisions(pvs, held.get(c)![best.stage]!, best.threshold, SMOOTHINGS[0]!);
        table[c] = { pages: sc.pages, precision: round(sc.precision), recall: round(sc.recall), f1: round(sc.f1), f1Unsmoothed: round(raw.f1) };
        sum += sc.f1;
        log(`  ${c.padEnd(12)} ${fmt(sc)}  (unsmoothed F1=${raw.f1.toFixed(3)})`);
      }
      tables[name] = table;
      means[name] = round(sum / pvsBy.size);
    }
  }
  // Dev: `--cv-only` stops after the CV tables (no full fit, no model written): for seed runs.
  if (process.argv.includes('--cv-only')) return;
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
    selection: `trees, threshold and smoothing maximise the mean held-out F1 of ${select === 'loco' ? 'leave-one-corpus-out CV' : select === 'site' ? `site-grouped ${K}-fold CV` : `leave-one-corpus-out and site-grouped ${K}-fold CV (averaged)`}`,
    cvLeaveOneCorpusOut: tables.loco ?? {},
    cvSiteGroupedKFold: { folds: K, grouping: 'site (domain of the manifest url, canonical/og:url or most-linked host; else the page)', sites: new Set([...siteFold.keys()].map((pv) => pv.group)).size, corpora: tables.site ?? {} },
    cvMeanF1: means,
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
