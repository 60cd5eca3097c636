/**
 * Character offsets → unist points (1-based line and column), from one scan of the source.
 * @module
 */
import type { Point } from '../types.js';

/** Offsets of line starts, built once per document. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(source: string) {
    let i = source.indexOf('\n');
    while (i !== -1) {
      this.starts.push(i + 1);
      i = source.indexOf('\n', i + 1);
    }
  }

  /** The point of a 0-based offset. */
  point(offset: number): Point {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
  }
}
