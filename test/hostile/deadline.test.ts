/**
 * clean() itself honours its time budget on pathological HTML (100,000 levels of nesting, a million
 * tiny elements): it returns or throws TIMEOUT near `timeoutMs`, so a library user without the
 * CLI's worker pool is protected too. Each call runs in a worker thread so a hang cannot stall the
 * suite; the 60 s guard is a hang guard, not a timing assertion.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { BUILD } from '../cli/helpers.js';

const CASES: Record<string, string> = {
  'nested 100,000 levels deep': `'<!doctype html><html><body>' + '<div>'.repeat(100000) + '<p>Deep text.</p>' + '</div>'.repeat(100000) + '</body></html>'`,
  'a million tiny elements': `'<!doctype html><html><body>' + '<i>x</i>'.repeat(1000000) + '</body></html>'`,
};

function runInWorker(expr: string, timeoutMs: number, guardMs: number): Promise<{ outcome: string }> {
  const code = `
    const { parentPort } = require('node:worker_threads');
    import(${JSON.stringify(`${BUILD}/dist/clean.js`)}).then(({ clean }) => {
      const input = ${expr};
      try { const r = clean(input, { timeoutMs: ${timeoutMs} }); parentPort.postMessage({ outcome: 'result' }); }
      catch (e) { parentPort.postMessage({ outcome: e && e.code ? e.code : 'THREW ' + String(e) }); }
    });`;
  return new Promise((resolve) => {
    const w = new Worker(code, { eval: true });
    const guard = setTimeout(() => {
      void w.terminate();
      resolve({ outcome: 'HANG' });
    }, guardMs);
    w.on('message', (m: { outcome: string }) => {
      clearTimeout(guard);
      void w.terminate();
      resolve(m);
    });
    w.on('error', (e) => {
      clearTimeout(guard);
      resolve({ outcome: `CRASH ${e.message}` });
    });
  });
}

describe('clean() deadline on pathological HTML', () => {
  for (const [name, expr] of Object.entries(CASES)) {
    it(`${name}: a result or TIMEOUT, no hang`, async () => {
      // A budget long enough for the parse to finish, so the stages after it are covered too.
      const { outcome } = await runInWorker(expr, 8000, 60_000);
      expect(['result', 'TIMEOUT', 'PARSE']).toContain(outcome);
    }, 120_000);
  }
});
