/**
 * Quality gate: `decruft eval` over the dev corpora (runs listed in data/quality-floors.json),
 * every (corpus, input, metric) compared with its pinned floor. A value more than `tolerance`
 * below its floor fails. Raise floors with `node scripts/pin-floors.mjs --raise` (after
 * `npm run build`); lowering one is a deliberate edit of data/quality-floors.json.
 * Corpora: ../shared/corpora, or DECRUFT_CORPORA.
 */
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareFloors, measureGate, readFloors, runKey, type GateValues } from '../src/eval/gate.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpora = process.env.DECRUFT_CORPORA ?? join(repo, '../shared/corpora');
const file = readFloors(join(repo, 'data/quality-floors.json'));
// dist/ is rebuilt from src/ by test/global-setup.ts, so the gate can run on worker threads over it
// (DECRUFT_GATE_JOBS=1: in process, over src/).
const workerFile = join(repo, 'dist/eval/worker.js');
const jobs = existsSync(workerFile) ? Number(process.env.DECRUFT_GATE_JOBS ?? Math.min(2, cpus().length)) : 1;

describe('quality gate (data/quality-floors.json)', () => {
  let values: GateValues = {};
  let measureError: unknown;

  beforeAll(async () => {
    const t0 = performance.now();
    try {
      ({ values } = await measureGate(corpora, file.runs, undefined, { jobs, workerFile }));
    } catch (err) {
      measureError = err;
    }
    const s = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(`quality gate: ${file.runs.length} runs measured in ${s} s (${jobs > 1 ? `${jobs} workers over dist/` : 'in process'})`);
  }, 600_000);

  it('the corpora are there and every run was measured', () => {
    expect(existsSync(corpora), `corpora folder ${corpora} is missing (set DECRUFT_CORPORA)`).toBe(true);
    expect(measureError, String(measureError)).toBeUndefined();
  });

  it('every floor belongs to a measured run (a floor is never dropped silently)', () => {
    const measured = new Set(file.runs.map(runKey));
    const orphans = Object.keys(file.floors).filter((k) => !measured.has(k));
    expect(orphans, `floors with no run in "runs": ${orphans.join(', ')}`).toEqual([]);
  });

  for (const run of file.runs) {
    const key = runKey(run);
    it(`${key}: no metric more than ${file.tolerance} below its floor`, () => {
      const v = values[key];
      expect(v, `${key} was not measured`).toBeDefined();
      const { failures, unpinned } = compareFloors({ [key]: v }, file);
      if (unpinned.length) console.warn(`quality gate: no floor yet for ${unpinned.join(', ')} (node scripts/pin-floors.mjs --raise)`);
      const summary = Object.entries(v)
        .map(([m, x]) => `${m}=${x.toFixed(4)}`)
        .join(' ');
      expect(failures.map((f) => f.message), `${key}: ${summary}`).toEqual([]);
    });
  }
});
