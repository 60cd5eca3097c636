/**
 * Same-length repairs of markup that would swallow the page: an RCDATA element (`<title>`,
 * `<textarea>`) that is never closed makes the tokenizer read the rest of the document as its
 * text. Renaming the unclosed open tag (`<title` → `<qitle`) keeps every offset unchanged.
 * @module
 */

const OPEN_RE = /<(title|textarea)[\s>/]/gi;
const CLOSE_RE: Readonly<Record<string, RegExp>> = { title: /<\/title[\s/>]/gi, textarea: /<\/textarea[\s/>]/gi };
const QUICK = ['<title', '<TITLE', '<Title', '<textarea', '<TEXTAREA', '<Textarea'];

/** Return the source with unclosed `<title>` / `<textarea>` open tags neutralised. */
export function repairUnclosedRawText(source: string): string {
  // Fast path: find the first candidate with indexOf (no regex scan of the whole page).
  let first = -1;
  for (const q of QUICK) {
    const i = source.indexOf(q);
    if (i >= 0 && (first < 0 || i < first)) first = i;
  }
  if (first < 0) return source;
  let out = source;
  OPEN_RE.lastIndex = first;
  let m: RegExpExecArray | null;
  while ((m = OPEN_RE.exec(out)) !== null) {
    const close = CLOSE_RE[m[1]!.toLowerCase()]!;
    close.lastIndex = m.index;
    const c = close.exec(out);
    if (c) {
      OPEN_RE.lastIndex = c.index + 2;
      continue;
    }
    out = `${out.slice(0, m.index + 1)}q${out.slice(m.index + 2)}`;
  }
  return out;
}
