/**
 * Render a cleaned document (or an error) in one of the CLI's output formats.
 * @module
 */
import type { CleanResult } from '../types.js';
import type { DocRef } from './task.js';

/** Output formats of the CLI. */
export type OutputFormat = 'text' | 'json' | 'markdown' | 'jsonl';

/** The JSON record of one document (the JSONL contract: `id`, `text`, `metadata`, `removed`?, `error`?). */
export interface DocRecord {
  id: string | number;
  path?: string;
  recordId?: string;
  text?: string;
  metadata?: CleanResult['metadata'];
  removed?: CleanResult['removed'];
  provenance?: CleanResult['provenance'];
  warnings?: string[];
  error?: { code: string; message: string };
}

function baseRecord(ref: DocRef): DocRecord {
  const rec: DocRecord = { id: ref.id };
  if (ref.path !== undefined) rec.path = ref.path;
  if (ref.recordId !== undefined) rec.recordId = ref.recordId;
  return rec;
}

/** The JSON record of a cleaned document. */
export function resultRecord(ref: DocRef, result: CleanResult, explain: boolean): DocRecord {
  const rec = baseRecord(ref);
  rec.text = result.text;
  rec.metadata = result.metadata;
  if (explain) {
    rec.removed = result.removed;
    rec.provenance = result.provenance ?? {};
  }
  if (result.warnings.length) rec.warnings = result.warnings;
  return rec;
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

/** Human-readable explanation: every removal (cleaner, reason, lines) and where metadata came from. */
export function renderExplain(result: CleanResult): string {
  const lines: string[] = [];
  lines.push(`removed: ${result.removed.length} block(s)`);
  for (const r of result.removed) {
    const where = r.lineStart === r.lineEnd ? `L${r.lineStart}` : `L${r.lineStart}-${r.lineEnd}`;
    lines.push(`  ${where.padEnd(10)} ${r.ruleId.padEnd(22)} ${r.reason}  "${clip(r.text, 60)}"`);
  }
  const prov = result.provenance ?? {};
  const fields = Object.keys(result.metadata).filter((k) => k !== 'wordCount');
  lines.push(`metadata: ${fields.length} field(s)`);
  for (const field of fields) {
    const value = (result.metadata as unknown as Record<string, unknown>)[field];
    const p = prov[field as keyof typeof prov];
    const from = p ? `${p.ruleId}: ${p.evidence}` : 'options or detection';
    const shown = Array.isArray(value) ? value.join('; ') : String(value);
    lines.push(`  ${field.padEnd(12)} ${JSON.stringify(clip(shown, 60))}  <- ${from}`);
  }
  if (result.warnings.length) lines.push(`warnings: ${result.warnings.join(', ')}`);
  return lines.join('\n') + '\n';
}

/** Render a cleaned document; text/markdown put the explanation apart (`explain`). */
export function renderResult(
  ref: DocRef,
  result: CleanResult,
  config: { format: OutputFormat; explain: boolean },
): { output: string; explain?: string } {
  switch (config.format) {
    case 'json':
      return { output: JSON.stringify(resultRecord(ref, result, config.explain), null, 2) + '\n' };
    case 'jsonl':
      return { output: JSON.stringify(resultRecord(ref, result, config.explain)) + '\n' };
    case 'markdown': {
      const title = result.metadata.title ? `# ${result.metadata.title}\n\n` : '';
      const body = result.markdown ?? result.text;
      const output = title + body + '\n';
      return config.explain ? { output, explain: renderExplain(result) } : { output };
    }
    default: {
      const output = result.text + '\n';
      return config.explain ? { output, explain: renderExplain(result) } : { output };
    }
  }
}

/** Render an error record: JSON for json/jsonl, nothing for text/markdown (errors go to stderr). */
export function renderError(ref: DocRef, error: { code: string; message: string }, format: OutputFormat): string {
  const rec = baseRecord(ref);
  rec.error = error;
  if (format === 'jsonl') return JSON.stringify(rec) + '\n';
  if (format === 'json') return JSON.stringify(rec, null, 2) + '\n';
  return '';
}

/** The errors-file line of a failed document. */
export function errorLine(ref: DocRef, error: { code: string; message: string }): string {
  const rec = baseRecord(ref);
  rec.error = error;
  return JSON.stringify(rec) + '\n';
}
