/**
 * The end-of-run summary on stderr: counts, throughput, what each cleaner removed, errors by code,
 * and (with `--profile`) time per stage.
 * @module
 */
import type { RunStats } from './stats.js';

/** The summary as data (`--summary json`). */
export function summaryRecord(stats: RunStats, errorsFile?: string): Record<string, unknown> {
  const cleaners = Object.fromEntries(
    Object.entries(stats.removed)
      .sort((a, b) => b[1][1] - a[1][1])
      .map(([id, [blocks, chars]]) => [id, { blocks, chars }]),
  );
  const rec: Record<string, unknown> = {
    ok: stats.ok,
    failed: stats.failed,
    skipped: stats.skipped,
    total: stats.done,
    elapsedMs: Math.round(stats.elapsedMs()),
    docsPerSec: Math.round(stats.docsPerSec() * 10) / 10,
    mbPerSec: Math.round(stats.mbPerSec() * 100) / 100,
    inputBytes: stats.bytes,
    cleaners,
    errors: stats.errors,
  };
  if (errorsFile && stats.failed) rec.errorsFile = errorsFile;
  if (Object.keys(stats.profile).length) {
    rec.profile = Object.fromEntries(
      Object.entries(stats.profile)
        .sort((a, b) => b[1] - a[1])
        .map(([k, ms]) => [k, Math.round(ms * 100) / 100]),
    );
  }
  return rec;
}

/** The profile as a table: stage, total ms, ms per document, share of the total. */
export function profileTable(stats: RunStats): string {
  const rows = Object.entries(stats.profile).sort((a, b) => b[1] - a[1]);
  if (!rows.length) return '';
  const n = Math.max(1, stats.ok);
  const total = stats.profile.total ?? rows.reduce((s, [k, v]) => (k.startsWith('cleaner:') ? s : s + v), 0);
  const lines = [`profile (${stats.ok} documents):`, `  ${'stage'.padEnd(32)} ${'total ms'.padStart(10)} ${'ms/doc'.padStart(8)} ${'share'.padStart(6)}`];
  for (const [k, ms] of rows) {
    const share = total > 0 ? `${((ms / total) * 100).toFixed(1)}%` : '';
    lines.push(`  ${k.padEnd(32)} ${ms.toFixed(1).padStart(10)} ${(ms / n).toFixed(3).padStart(8)} ${share.padStart(6)}`);
  }
  return lines.join('\n') + '\n';
}

/** The human summary. */
export function summaryText(stats: RunStats, errorsFile?: string): string {
  const secs = stats.elapsedMs() / 1000;
  const lines = [
    `decruft: ${stats.done} documents: ${stats.ok} ok, ${stats.failed} failed, ${stats.skipped} skipped ` +
      `in ${secs.toFixed(1)} s (${stats.docsPerSec().toFixed(1)} docs/s, ${stats.mbPerSec().toFixed(2)} MB/s)`,
  ];
  const removed = Object.entries(stats.removed).sort((a, b) => b[1][1] - a[1][1]);
  if (removed.length) {
    lines.push(`  removed by cleaner: ${'blocks'.padStart(8)} ${'chars'.padStart(10)}`);
    for (const [id, [blocks, chars]] of removed) {
      lines.push(`    ${id.padEnd(26)} ${String(blocks).padStart(8)} ${String(chars).padStart(10)}`);
    }
  }
  const errs = Object.entries(stats.errors).sort((a, b) => b[1] - a[1]);
  if (errs.length) lines.push(`  errors: ${errs.map(([c, n]) => `${c} ${n}`).join(', ')}`);
  if (errorsFile && stats.failed) lines.push(`  error records: ${errorsFile}`);
  return lines.join('\n') + '\n';
}
