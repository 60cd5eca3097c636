/**
 * One document of a batch: what goes to a worker and what comes back. Light (no `clean()` import),
 * so the main thread does not load the pipeline.
 * @module
 */
import { toErrorRecord } from '../errors.js';
import type { InputType } from '../types.js';
import { renderError, type OutputFormat } from './render.js';

/** Default size cap (same as `clean()`'s): 20 MiB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Default time budget per document (same as `clean()`'s). */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Where a document came from; repeated in its output and error records. */
export interface DocRef {
  /** Document id: the path as given, the JSONL `id` (or line number of a bad line), or the WARC record id. */
  id: string | number;
  /** Source file (for WARC and JSONL: the container file; `-` for stdin). */
  path?: string;
  /** WARC-Record-ID, for WARC inputs. */
  recordId?: string;
}

/**
 * A document handed to a worker: its bytes or text (`input`), or a file for the worker to read and
 * inflate (`file`), so the main thread does not.
 */
export interface DocTask extends DocRef {
  input?: Uint8Array | string;
  /** Path of the file to read (gzip inflated), when `input` is not given. */
  file?: string;
  /** Shared with the pool: the worker stores the time (ms since the epoch) it starts the task. */
  started?: BigInt64Array;
  /** Per-document type (JSONL `text`/`html`); the run's `--type` wins. */
  type?: InputType;
  url?: string;
  charset?: string;
}

/** Settings shared by every document of a run (sent to each worker once). */
export interface BatchConfig {
  format: OutputFormat;
  explain: boolean;
  links: boolean;
  profile: boolean;
  /** Readability fallback on pages whose main content is nearly empty. */
  readabilityFallback?: boolean;
  type?: InputType;
  url?: string;
  charset?: string;
  language?: string;
  /** Rule ids to switch off. */
  disable: string[];
  maxBytes: number;
  timeoutMs: number;
}

/** Blocks and characters removed per cleaner: `ruleId → [blocks, chars]`. */
export type RemovalStats = Record<string, [number, number]>;

/** What a worker sends back for one document. */
export interface DocOutcome extends DocRef {
  ok: boolean;
  /** Rendered output (text, markdown, pretty JSON or one JSONL line), newline-terminated. */
  output: string;
  /** For text/markdown with `--explain`: the explanation, shown apart from the text. */
  explain?: string;
  error?: { code: string; message: string };
  removed?: RemovalStats;
  profile?: Record<string, number>;
  /** Input size in bytes (or characters for string input). */
  bytes: number;
}

/** Input size in bytes (characters for string input); 0 when not read yet. */
export function inputBytes(task: DocTask): number {
  if (task.input === undefined) return 0;
  return typeof task.input === 'string' ? task.input.length : task.input.byteLength;
}

/** An error outcome for a document that could not be read or cleaned. */
export function failure(ref: DocRef, err: unknown, config: Pick<BatchConfig, 'format'>, bytes = 0): DocOutcome {
  const error = toErrorRecord(err);
  return { ...refOf(ref), ok: false, error, output: renderError(ref, error, config.format), bytes };
}

/** Only the reference fields of a document. */
export function refOf(ref: DocRef): DocRef {
  const out: DocRef = { id: ref.id };
  if (ref.path !== undefined) out.path = ref.path;
  if (ref.recordId !== undefined) out.recordId = ref.recordId;
  return out;
}
