/**
 * Piscina worker for `decruft eval --jobs N`: evaluates a chunk of pages (clean + score) and
 * returns their records. Runs from `dist/`.
 * @module
 */
import { evalPage, type PageRecord, type PageTask } from './page.js';

/** Evaluate a chunk of pages, in order. */
export default function evalChunk(tasks: PageTask[]): PageRecord[] {
  return tasks.map(evalPage);
}
