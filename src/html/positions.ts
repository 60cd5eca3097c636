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

/**
 * Offsets → points for offsets that mostly come in document order (the walk's blocks): one forward
 * scan of the source with no line table; an offset behind the cursor falls back to a
 * {@link LineIndex}. Gives exactly {@link LineIndex.point}'s points.
 */
export class LineCursor {
  private line = 1;
  private lineStart = 0;
  /** The first `\n` at or after `lineStart`, -1 when none. */
  private next: number;
  private index: LineIndex | undefined;

  constructor(private readonly source: string) {
    this.next = source.indexOf('\n');
  }

  /** The point of a 0-based offset. */
  point(offset: number): Point {
    if (offset < this.lineStart) return (this.index ??= new LineIndex(this.source)).point(offset);
    while (this.next !== -1 && this.next < offset) {
      this.line++;
      this.lineStart = this.next + 1;
      this.next = this.source.indexOf('\n', this.lineStart);
    }
    return { line: this.line, column: offset - this.lineStart + 1, offset };
  }
}
