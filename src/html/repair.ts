/**
 * Same-length repairs of markup that would swallow the page: an RCDATA element (`<title>`,
 * `<textarea>`) that is never closed makes the tokenizer read the rest of the document as its
 * text. Renaming the unclosed open tag (`<title` → `<qitle`) keeps every offset unchanged.
 * @module
 */

const OPEN_RE = /<(title|textarea)[\s>/]/gi;
const CLOSE_RE: Readonly<Record<string, RegExp>> = { title: /<\/title[\s/>]/gi, textarea: /<\/textarea[\s/>]/gi };
/**
 * Where the slow scan may start: the first `<title`/`<textarea` in one of its three usual spellings.
 * One regex scan (String#indexOf per spelling is ~100× slower on two-byte strings).
 */
const QUICK_RE = /<(?:title|TITLE|Title|textarea|TEXTAREA|Textarea)/g;

/** Return the source with unclosed `<title>` / `<textarea>` open tags neutralised. */
export function repairUnclosedRawText(source: string): string {
  QUICK_RE.lastIndex = 0;
  const q = QUICK_RE.exec(source);
  if (q === null) return source;
  const first = q.index;
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
