/**
 * Text dump → blocks: one block per non-empty line (the dumps put one block element per line).
 * Raw dumps (every text node on its own line, sentences split at links) are detected and their
 * continuation lines joined into paragraph blocks (see `raw-dump.ts`).
 * @module
 */
import type { Block } from '../types.js';
import { groupRawLines, joinText, looksRaw, type SourceLine } from './raw-dump.js';
import { hasAboveLatin1, latin1Compact } from '../one-byte.js';
import { Span } from '../span.js';

/** Something the collapse below would change: whitespace other than U+0020, a U+200B, or two spaces in a row. */
const NEEDS_COLLAPSE_RE = /[^\S ]|\u200b| {2}/;

/** Collapse runs of whitespace and trim. */
export function normalizeSpace(s: string): string {
  // Most lines are single-spaced: then the replace (a match per space) would change nothing.
  return NEEDS_COLLAPSE_RE.test(s) ? s.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim() : s.trim();
}

/** Non-empty lines of a dump with their positions, and the total number of lines. */
function splitLines(source: string): { lines: SourceLine[]; total: number } {
  const lines: SourceLine[] = [];
  let offset = 0;
  let line = 1;
  let blank = 0;
  const len = source.length;
  while (offset <= len) {
    let nl = source.indexOf('\n', offset);
    if (nl === -1) nl = len;
    const raw = source.slice(offset, nl);
    const text = normalizeSpace(raw);
    if (text) {
      const lead = raw.length - raw.trimStart().length;
      lines.push({
        text,
        line,
        column: lead + 1,
        start: offset + lead,
        end: offset + raw.trimEnd().length,
        blankBefore: blank,
      });
      blank = 0;
    } else blank++;
    if (nl === len) break;
    offset = nl + 1;
    line++;
  }
  return { lines, total: line };
}

/** Column (1-based) of an offset, given the offset where its line starts. */
function endColumn(source: string, end: number): number {
  return end - (source.lastIndexOf('\n', end - 1) + 1) + 1;
}

/**
 * Split a plain-text dump into blocks with their positions: one block per line, or, for a raw
 * dump, one block per paragraph of joined continuation lines.
 */
export function blocksFromText(source: string): Block[] {
  const { lines, total } = splitLines(source);
  // Lines of a two-byte dump are two-byte strings: the Latin-1 ones are copied to one byte per unit.
  if (hasAboveLatin1(source)) for (const l of lines) l.text = latin1Compact(l.text);
  const out: Block[] = [];
  if (looksRaw(lines, total)) {
    const groups = groupRawLines(lines);
    for (let index = 0; index < groups.length; index++) {
      const g = groups[index]!;
      out.push(lineBlock(source, index, g[0]!, g[g.length - 1]!, g.length > 1 ? joinText(g) : g[0]!.text, g.length > 1));
    }
  } else {
    // One block per line (no one-line group made for each).
    for (let index = 0; index < lines.length; index++) {
      const l = lines[index]!;
      out.push(lineBlock(source, index, l, l, l.text, false));
    }
  }
  return out;
}

/** The block of source lines `first…last` (one line, or a joined paragraph). */
function lineBlock(source: string, index: number, first: SourceLine, last: SourceLine, text: string, joined: boolean): Block {
  return {
    type: 'block',
    index,
    kind: joined ? 'paragraph' : 'line',
    text,
    position: new Span(first.line, first.column, first.start, last.line, endColumn(source, last.end), last.end),
    // Every field of a block in one literal, as the HTML blocks (one object shape for both).
    dom: undefined,
    removed: undefined,
    lifted: undefined,
    strippedPrefix: undefined,
    markdown: undefined,
  };
}
