/**
 * Same-length repairs of markup that would swallow the page: an RCDATA element (`<title>`,
 * `<textarea>`) that is never closed makes the tokenizer read the rest of the document as its
 * text. Renaming the unclosed open tag (`<title` → `<qitle`) keeps every offset unchanged.
 * @module
 */

const RCDATA: ReadonlyArray<[RegExp, RegExp]> = [
  [/<title[\s>/]/gi, /<\/title[\s/>]/gi],
  [/<textarea[\s>/]/gi, /<\/textarea[\s/>]/gi],
];

/** Return the source with unclosed `<title>` / `<textarea>` open tags neutralised. */
export function repairUnclosedRawText(source: string): string {
  let out = source;
  for (const [open, close] of RCDATA) {
    open.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = open.exec(out)) !== null) {
      close.lastIndex = m.index;
      const c = close.exec(out);
      if (c) {
        open.lastIndex = c.index + 2;
        continue;
      }
      out = `${out.slice(0, m.index + 1)}q${out.slice(m.index + 2)}`;
      break;
    }
  }
  return out;
}
