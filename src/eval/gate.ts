/**
 * The quality gate: the eval over the dev corpora compared with the floors pinned in
 * `data/quality-floors.json`. Shared by `test/quality-gate.test.ts` (fails on a drop) and
 * `scripts/pin-floors.mjs` (prints values; `--raise` only ever raises floors).
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus, type EvalInput } from './corpus.js';
import { closePool, evalRun, evenSubset } from './run.js';
import type { RunSummary } from './summary.js';

/** One measured (corpus, input); `sample` = a deterministic, evenly spread subset of that many pages. */
export interface GateRun {
  corpus: string;
  input: EvalInput;
  sample?: number;
}

/** `data/quality-floors.json`. */
export interface FloorsFile {
  _comment: string | string[];
  /** A value may sit this far below its floor before the gate fails. */
  tolerance: number;
  /** What the gate measures. */
  runs: GateRun[];
  /** Floors by `corpus/input` (with `@sample` when subsetted), then metric. */
  floors: Record<string, Record<string, number>>;
}

/** Measured values by run key, then metric. */
export type GateValues = Record<string, Record<string, number>>;

/** Key of a run in the floors file: `dragnet/dump`, or `dragnet/html@300` for a subset. */
export function runKey(r: GateRun): string {
  return `${r.corpus}/${r.input}${r.sample ? `@${r.sample}` : ''}`;
}

/**
 * The metrics the gate pins for one run: F1 (snippet F) and metadata shares. Precision, recall and
 * accuracy are reported by `decruft eval` but not pinned: a cleaner that trades a little recall for
 * much precision is a deliberate change the F1 floor judges.
 */
export function gateMetrics(s: RunSummary): Record<string, number> {
  const out: Record<string, number> = { f1: s.f1 };
  for (const [f, m] of Object.entries(s.meta)) if (m) out[`meta.${f}`] = m.share;
  return out;
}

/** Read the floors file. */
export function readFloors(path: string): FloorsFile {
  return JSON.parse(readFileSync(path, 'utf8')) as FloorsFile;
}

/** Measure every gate run: in process, or on `pool.jobs` worker threads running `pool.workerFile`. */
export async function measureGate(
  root: string,
  runs: readonly GateRun[],
  onRun?: (key: string, s: RunSummary) => void,
  pool: { jobs?: number; workerFile?: string } = {},
): Promise<{ values: GateValues; summaries: RunSummary[] }> {
  const values: GateValues = {};
  const summaries: RunSummary[] = [];
  const corpora = new Map<string, ReturnType<typeof loadCorpus>>();
  for (const r of runs) {
    const dir = join(root, r.corpus);
    if (!existsSync(dir)) throw new Error(`quality gate: corpus folder ${dir} is missing`);
    let c = corpora.get(r.corpus);
    if (!c) corpora.set(r.corpus, (c = loadCorpus(dir)));
    const ids = r.sample ? evenSubset(c.ids, r.sample) : c.ids;
    const { summary } = await evalRun(c, r.input, { ids, bootstrap: 0, ...pool });
    values[runKey(r)] = gateMetrics(summary);
    summaries.push(summary);
    onRun?.(runKey(r), summary);
  }
  await closePool();
  return { values, summaries };
}

/** One metric of one run below its floor by more than the tolerance. */
export interface GateFailure {
  key: string;
  metric: string;
  value: number;
  floor: number;
  message: string;
}

/** Compare measured values with the floors: failures, and values that have no floor yet. */
export function compareFloors(
  values: GateValues,
  file: Pick<FloorsFile, 'floors' | 'tolerance'>,
): { failures: GateFailure[]; unpinned: string[] } {
  const failures: GateFailure[] = [];
  const unpinned: string[] = [];
  for (const [key, metrics] of Object.entries(values)) {
    for (const [metric, value] of Object.entries(metrics)) {
      const floor = file.floors[key]?.[metric];
      if (floor === undefined) {
        unpinned.push(`${key} ${metric}`);
        continue;
      }
      if (value < floor - file.tolerance) {
        failures.push({
          key,
          metric,
          value,
          floor,
          message:
            `${key} ${metric} = ${value.toFixed(4)}, ${(floor - value).toFixed(4)} below its floor ${floor.toFixed(4)} ` +
            `(tolerance ${file.tolerance}). Fix the regression, or lower the floor deliberately in data/quality-floors.json and say why in its _comment.`,
        });
      }
    }
  }
  return { failures, unpinned };
}

/** Floors raised to the measured values (rounded down to 4 decimals); never lowered; new keys added. */
export function raiseFloors(file: FloorsFile, values: GateValues): { file: FloorsFile; raised: string[] } {
  const floors: FloorsFile['floors'] = JSON.parse(JSON.stringify(file.floors));
  const raised: string[] = [];
  for (const [key, metrics] of Object.entries(values)) {
    for (const [metric, value] of Object.entries(metrics)) {
      const v = Math.floor(value * 1e4) / 1e4;
      const old = floors[key]?.[metric];
      if (old === undefined || v > old) {
        (floors[key] ??= {})[metric] = v;
        raised.push(`${key} ${metric}: ${old === undefined ? 'none' : old.toFixed(4)} → ${v.toFixed(4)}`);
      }
    }
  }
  return { file: { ...file, floors }, raised };
}

/** The floors file as committed: one line per run and per floor set, so raises diff cleanly. */
export function formatFloors(file: FloorsFile): string {
  const j = (v: unknown) => JSON.stringify(v).replace(/([:,])(?=["{\d-])/g, '$1 ');
  const runs = file.runs.map((r) => `    ${j(r)}`).join(',\n');
  const floors = Object.entries(file.floors)
    .map(([k, m]) => `    ${JSON.stringify(k)}: ${j(m)}`)
    .join(',\n');
  const comment = Array.isArray(file._comment)
    ? `[\n${file._comment.map((c) => `    ${JSON.stringify(c)}`).join(',\n')}\n  ]`
    : JSON.stringify(file._comment);
  return (
    `{\n  "_comment": ${comment},\n  "tolerance": ${file.tolerance},\n` +
    `  "runs": [\n${runs}\n  ],\n  "floors": {${floors ? `\n${floors}\n  ` : ''}}\n}\n`
  );
}
