/**
 * Text dump → blocks: one block per non-empty line (the dumps put one block element per line).
 * @module
 */
import type { Block } from '../types.js';

/** Collapse runs of whitespace and trim. */
export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Split a plain-text dump into line blocks with their positions. */
export function blocksFromText(source: string): Block[] {
  const blocks: Block[] = [];
  let offset = 0;
  let line = 1;
  const len = source.length;
  while (offset <= len) {
    let nl = source.indexOf('\n', offset);
    if (nl === -1) nl = len;
    const raw = source.slice(offset, nl);
    const text = normalizeSpace(raw);
    if (text) {
      const lead = raw.length - raw.trimStart().length;
      const start = offset + lead;
      const end = offset + raw.trimEnd().length;
      blocks.push({
        type: 'block',
        index: blocks.length,
        kind: 'line',
        text,
        position: {
          start: { line, column: lead + 1, offset: start },
          end: { line, column: end - offset + 1, offset: end },
        },
      });
    }
    if (nl === len) break;
    offset = nl + 1;
    line++;
  }
  return blocks;
}
