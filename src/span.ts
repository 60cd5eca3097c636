/**
 * A block's place in the input held as six numbers: a {@link Position} whose points are made when
 * read. The plain form (a position object and two point objects) cost ~136 bytes a block, a third
 * of a dump line's block (250,000 of them on a 20 MB dump); this is ~72.
 * @module
 */
import type { Point, Position } from './types.js';

/** A {@link Position} as its six numbers; `start` and `end` are fresh points on each read. */
export class Span implements Position {
  constructor(
    readonly startLine: number,
    readonly startColumn: number,
    readonly startOffset: number,
    readonly endLine: number,
    readonly endColumn: number,
    readonly endOffset: number,
  ) {}

  /** The span of two points. */
  static of(start: Point, end: Point): Span {
    return new Span(start.line, start.column, start.offset, end.line, end.column, end.offset);
  }

  get start(): Point {
    return { line: this.startLine, column: this.startColumn, offset: this.startOffset };
  }

  get end(): Point {
    return { line: this.endLine, column: this.endColumn, offset: this.endOffset };
  }

  /** The plain position (as serialised). */
  toJSON(): Position {
    return { start: this.start, end: this.end };
  }
}
