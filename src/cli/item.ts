/**
 * A document of a run as the readers hand it over, and helpers the readers share.
 * @module
 */
import type { DocRef, DocTask } from '../batch/outcome.js';

/** One document of the run, in input order. */
export interface Item extends DocRef {
  /** 0-based position in the run's input order (stable across reruns of the same command). */
  seq: number;
  /** Name of its output below `--out`, before the extension is replaced. */
  outRel: string;
  /** Read (or hand over) the document; rejects with a DecruftError for a bad one. */
  load(): Promise<DocTask>;
}

export { readError } from '../batch/read-file.js';

/** A container's name without its extensions (outputs of its records go below it). */
export function stripContainerExt(rel: string): string {
  return rel.replace(/\.gz$/i, '').replace(/\.(warc|jsonl?|txt|ndjson)$/i, '');
}

/** A `load()` that fails with `err`. */
export function rejected(err: unknown): () => Promise<DocTask> {
  return () => Promise.reject(err);
}
