/**
 * Raw dumps: every text node on its own line, sentences split where a link or bold run starts,
 * source line wraps kept, blank lines between block elements. Detects that shape and joins the
 * lines that continue a sentence into one paragraph block, keeping positions.
 * @module
 */

/** One non-empty line of the input, with where it is. */
export interface SourceLine {
  /** Whitespace-normalised text. */
  text: string;
  /** 1-based line number. */
  line: number;
  /** 1-based column of the first non-space character. */
  column: number;
  /** 0-based offsets of the trimmed line in the input. */
  start: number;
  end: number;
  /** Blank lines right before this one. */
  blankBefore: number;
}

/** Function words after which a sentence cannot end (en, de, fr, es, it, pt, nl). */
const OPEN_WORDS = new Set(
  (
    'the a an of to in on at by for with from and or but as than that which who whose whom into onto over under about ' +
    'between through after before during without within against among is are was were be been has have had will would ' +
    'can could should may might must its their his her our your my this these those such very more most ' +
    'der die das den dem des ein eine einen einem einer und oder mit von zu zum zur im in am an auf für über unter bei nach aus ' +
    'le la les un une des du de et ou à au aux en sur pour par avec dans sans chez ' +
    'el los las unos unas y o del al con por para sin sobre entre ' +
    'il lo gli uno di da della dello delle degli nel nella con per tra fra e ' +
    'o os as um uma do da dos das no na nos nas em com pelo pela ' +
    'het een en van op voor met bij naar uit aan'
  ).split(' '),
);

const FINAL_RE = /[.!?…:;]["”»’)\]]*$/u;
const STARTS_CONT_RE = /^[,.;:!?)\]%’”»…]|^\p{Ll}/u;

/**
 * Is this the raw shape? Many blank lines (normal dumps have almost none) and several lines that
 * continue the sentence of the line above.
 */
export function looksRaw(lines: readonly SourceLine[], totalLines: number): boolean {
  if (lines.length < 5) return false;
  const blanks = totalLines - lines.length;
  if (blanks / totalLines < 0.25) return false;
  let cont = 0;
  for (let k = 1; k < lines.length; k++) {
    const a = lines[k - 1]!;
    const b = lines[k]!;
    if (b.blankBefore === 0 && continues(a.text, b.text, undefined)) cont++;
  }
  return cont >= 3;
}

/** Does line `b` continue the sentence of line `a` (no blank line between them)? */
export function continues(a: string, b: string, wrapWidth: number | undefined): boolean {
  if (/^[,.;:!?)\]%’”»…]/u.test(b)) return true;
  if (FINAL_RE.test(a)) return false;
  if (STARTS_CONT_RE.test(b)) return true;
  if (/[,(\-–—/&+]$/u.test(a)) return true;
  const last = /([\p{L}]+)$/u.exec(a)?.[1];
  if (last && OPEN_WORDS.has(last.toLowerCase()) && last === last.toLowerCase() && a.length > 15) return true;
  // Source line wraps: a line as long as the wrap width, without final punctuation, goes on.
  // The first line of a wrapped paragraph is shorter (the tag took the start of the source line).
  if (wrapWidth === undefined) return false;
  return a.length >= wrapWidth - 15 || (a.length >= 25 && b.length >= wrapWidth - 15);
}

/**
 * Are source lines hard-wrapped at a fixed width (HTML source lines kept)? Then most lines that
 * run on into the next one are long and of nearly the same length.
 */
function hardWrapped(lines: readonly SourceLine[]): number | undefined {
  const lens: number[] = [];
  let runOn = 0;
  for (let k = 1; k < lines.length; k++) {
    if (lines[k]!.blankBefore !== 0) continue;
    runOn++;
    const a = lines[k - 1]!.text;
    if (a.length >= 50 && !FINAL_RE.test(a)) lens.push(a.length);
  }
  if (lens.length < 5 || lens.length < runOn * 0.3) return undefined;
  lens.sort((x, y) => x - y);
  const width = lens[Math.floor(lens.length * 0.9)]!;
  const near = lens.filter((l) => l >= width - 15 && l <= width + 5).length;
  return near >= lens.length * 0.6 ? width : undefined;
}

/** A line opening a parenthesis in mid-sentence: `(who will also oversee`, `(in French,`. */
const OPEN_PAREN_RE = /^\(\p{Ll}/u;

/**
 * Does `b`, a short line, sit inside a sentence as a link or emphasis run (`… her review anthology`
 * / `For Keeps: 30 Years at the Movies` / `, the legendary film critic …`)? Then the line under it,
 * with no blank line between, continues it, and neither `a` nor `b` ends the sentence. A menu item is
 * followed by another item, which starts with a capital. `sofar`: length of the paragraph `a` ends.
 */
function insideSentence(a: string, b: string, c: SourceLine | undefined, sofar: number): boolean {
  if (c === undefined || c.blankBefore !== 0) return false;
  if (FINAL_RE.test(a) || FINAL_RE.test(b) || b.split(' ').length > 8) return false;
  return /^[,.;:!?)\]%’”»…]/u.test(c.text) || OPEN_PAREN_RE.test(c.text) || (/^\p{Ll}/u.test(c.text) && sofar > 15);
}

/** Group raw-dump lines into paragraphs: a blank line or a sentence end starts a new one. */
export function groupRawLines(lines: readonly SourceLine[]): SourceLine[][] {
  const width = hardWrapped(lines);
  const groups: SourceLine[][] = [];
  let curLength = 0;
  lines.forEach((l, k) => {
    const cur = groups[groups.length - 1];
    const prev = cur?.[cur.length - 1];
    const joins =
      cur !== undefined &&
      prev !== undefined &&
      l.blankBefore === 0 &&
      (continues(prev.text, l.text, width) ||
        (OPEN_PAREN_RE.test(l.text) && !FINAL_RE.test(prev.text) && curLength > 15) ||
        insideSentence(prev.text, l.text, lines[k + 1], curLength));
    curLength = joins ? curLength + 1 + l.text.length : l.text.length;
    if (joins) cur.push(l);
    else groups.push([l]);
  });
  return groups;
}

/** Text of joined lines: a space between them, none before closing punctuation. */
export function joinText(group: readonly SourceLine[]): string {
  let out = '';
  for (const l of group) {
    if (!out) out = l.text;
    else if (/^[,.;:!?)\]%’”»…]/u.test(l.text) || /[(\[“„«‘]$/u.test(out)) out += l.text;
    else out += ' ' + l.text;
  }
  return out;
}
