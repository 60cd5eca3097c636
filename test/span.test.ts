import { describe, expect, it } from 'vitest';
import { Span } from '../src/span.js';
import { blocksFromText } from '../src/blocks/from-text.js';

describe('Span', () => {
  it('gives the points it was made of, fresh on each read, and serialises as a plain position', () => {
    const s = new Span(2, 5, 17, 3, 1, 30);
    expect(s.start).toEqual({ line: 2, column: 5, offset: 17 });
    expect(s.end).toEqual({ line: 3, column: 1, offset: 30 });
    expect(s.start).not.toBe(s.start);
    expect(JSON.parse(JSON.stringify(s))).toEqual({ start: { line: 2, column: 5, offset: 17 }, end: { line: 3, column: 1, offset: 30 } });
    expect(Span.of({ line: 1, column: 2, offset: 3 }, { line: 4, column: 5, offset: 6 })).toEqual(new Span(1, 2, 3, 4, 5, 6));
  });

  it('is the position of dump blocks, pointing back into the source', () => {
    const src = 'First line\n\n  Second line  \nThird';
    const blocks = blocksFromText(src);
    expect(blocks[1]!.position).toBeInstanceOf(Span);
    expect(blocks[1]!.position.start).toEqual({ line: 3, column: 3, offset: src.indexOf('Second') });
    const { start, end } = blocks[1]!.position;
    expect(src.slice(start.offset, end.offset)).toBe('Second line');
    expect(end.column).toBe('  Second line'.length + 1);
  });
});
