/**
 * comments: removes reader-comment sections — a header ("12 Comments", "Leave a Reply",
 * "Kommentare (3)", "Commentaires") confirmed by comment evidence below it (signatures like
 * `Name says:` / `Posted by X at 10:32 PM`, timestamps, `Reply`/`Report abuse` links, form fields),
 * then the run of comments and form that follows, up to the last piece of comment evidence and the
 * comment text after it; also signature clusters without a header, and unambiguous comment-form
 * lines anywhere.
 * @module
 */
import { defineCleaner } from '../cleaner.js';
import { isKept, type Doc } from '../doc.js';
import { loadVocab } from '../vocab.js';
import { isDateLine } from './util/text-shape.js';
import { isLifted, isVocabLine, quote } from './util/lines.js';
import { looksLikeName } from '../html/metadata/header.js';
import { stopwords } from '../features.js';

/** Options of {@link comments}. */
export interface CommentsOptions {
  /** Longest header line, in words. */
  maxHeaderWords: number;
  /** Blocks looked at below a header for comment evidence. */
  lookahead: number;
  /** Pieces of comment evidence needed below a header within `lookahead`. */
  minEvidence: number;
  /** Evidence must appear among this many kept blocks right under a header. */
  confirmWithin: number;
  /** Most blocks between two pieces of evidence inside one section. */
  maxGap: number;
  /** Signatures needed for a section without a header. */
  minSignatures: number;
  /** Most blocks between two signed comment sections bridged as one thread (a long comment broke it). */
  maxBridge: number;
}

/** A comment signature: `Name says:`, `Name wrote:`, `Posted by Name at 10:32 PM`, `Name | 12 May 2009`. */
const SAYS =
  '(?:says|said|wrote|writes|replied|commented|sagt|schreibt|schrieb|meint|antwortete|dit|a écrit|écrit|escribió|escribe|dice|dijo|ha scritto|scrive|disse|escreveu|diz|napisał(?:a)?)';
/** A commenter's name: up to four words, no sentence punctuation or comma. */
const NAME = '[^\\s.,!?:;]+(?:\\s[^\\s.,!?:;]+){0,3}';
const SIGNATURE_RES: RegExp[] = [
  new RegExp(`^${NAME}\\s${SAYS}\\s*(?::|\\.\\.\\.|…)?\\s*$`, 'iu'),
  new RegExp(`^${NAME}\\s(?:\\(\\d+\\)\\s)?${SAYS}:`, 'iu'),
  new RegExp(`^[\\p{L}\\d .,]{4,30}\\s[/|–—-]\\s${NAME}\\s${SAYS}\\s*:?\\s*$`, 'iu'),
  /^(?:posted|written|submitted|comment(?:ed)?|eingetragen|geschrieben|publicado|posté|publié|pubblicato|enviado) (?:by|von|par|por|da) .{1,60}(?:\s(?:at|on|um|am|le|el|il|em|\||-|–|@)\s.{1,40})?$/iu,
  /^[\p{Lu}][\p{L}'’.-]*(?: [\p{L}'’.-]+){0,3}\s*(?:\||–|—|-|,|on|at|am|le|el)\s*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\p{L}+\.? \d{1,2},? \d{4}|\d{1,2}\.? \p{L}+\.? \d{4})(?:,?\s*(?:at|um|à|a las|alle|às)?\s*\d{1,2}[:.]\d{2}\s*(?:am|pm|uhr|h)?)?\s*$/iu,
  // `14. Peter - 4 September, 2011`, `Jamie Wayne, on November 7th, 2012 // Twitter: @jamie`: a
  // numbered or plain name, a separator, a day with an ordinal or a comma, a `//` trailer.
  /^(?:\d{1,4}\.\s)?[\p{L}\d][\p{L}\d'’._-]*(?: [\p{L}\d'’._-]+){0,4}(?:\s[|–—-]\s|,?\s(?:on|at|am|le|el)\s|,\s)(?:\p{L}{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)?\.? \p{L}{3,9}\.?,? \d{4})(?:,?\s*(?:at|um|à|a las|alle|às|-)?\s*\d{1,2}[:.]\d{2}\s*(?:am|pm|uhr|h)?)?\s*(?:\/\/.{0,60})?$/iu,
  /^\p{L}+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4},? (?:at|@) \d{1,2}:\d{2}\s*(?:am|pm)?\s*$/iu,
  /^\d{1,2}\.? \p{L}+\.? \d{4},? (?:um|at|à|a las|alle|às) \d{1,2}[:.]\d{2}(?: ?uhr| ?h)?\s*$/iu,
];

/** One-word comment headers and reply buttons that mean nothing else on a line of their own. */
const LONE_LABEL_RE =
  /^(?:comments|kommentare|kommentar|commentaires|comentarios|commenti|comentários|reply|antworten|répondre|responder|rispondi|responder)$/iu;

/** An article byline (`by John on July 7, 2012`, `Posted by …`) is not a comment signature. */
const BYLINE_RE = /^(?:by|von|par|por|di|da|de|posted|written|published|veröffentlicht|publié|publicado|pubblicato)\s/iu;

/**
 * What each of {@link SIGNATURE_RES} needs before it can match (cheap tests first): the first three
 * a `\s` and a SAYS word, the last four an ASCII digit (`\d` under `iu`), the numbered-name one a year.
 */
const SIG_NEEDS = ['says', 'says', 'says', '', 'digit', 'year', 'digit', 'digit'] as const;
/** A four-digit year followed by the end, a space, a clock time or a `//` trailer (what the numbered-name signature needs). */
const YEAR_RE = /\d{4}(?:$|[\s,])/;
const SAYS_RE = new RegExp(`\\s${SAYS}`, 'iu');

function isSignature(text: string): boolean {
  if (text.length > 120 || BYLINE_RE.test(text)) return false;
  const says = SAYS_RE.test(text);
  const digit = /\d/.test(text);
  const year = digit && YEAR_RE.test(text);
  for (let k = 0; k < SIGNATURE_RES.length; k++) {
    const need = SIG_NEEDS[k];
    if ((need === 'says' ? says : need === 'digit' ? digit : need === 'year' ? year : true) && SIGNATURE_RES[k]!.test(text)) return true;
  }
  return false;
}

/** A date and a clock time in one short line: `Tim Ferriss — June 24th, 2012, 11:39 pm`. */
const DATE_PART =
  '(?:\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+\\p{L}{3,9}\\.?,?\\s+\\d{4}|\\p{L}{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4})';
const TIME_PART = '\\d{1,2}[:.]\\d{2}(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.|uhr|h))?';
const DATE_TIME_RE = new RegExp(`${DATE_PART}.{0,20}?\\b${TIME_PART}|${TIME_PART}.{0,12}?${DATE_PART}`, 'iu');

/**
 * A comment signed at its end: `… they just hand out medals. Posted by rupert on January 10, 2008
 * 4:52 PM Report this comment`. Text before the signature (so an article's own `Posted by …` byline
 * line is not one), or a report/reply link after it.
 */
const TRAILING_SIG_RE = new RegExp(
  `(?:(\\S.*\\s)|^)(?:posted|submitted|written|commented) by:?\\s[^.!?]{1,50}?\\s(?:on|at|\\||-|–|—)\\s${DATE_PART}(?:,?\\s*(?:at\\s)?${TIME_PART})?\\.?\\s*(report this comment|report abuse|reply)?\\s*$`,
  'iu',
);

/** The words every {@link TRAILING_SIG_RE} match contains (same flags): a cheap test first, since the full regex retries `\S.*\s` at every offset. */
const TRAILING_SIG_WORDS_RE = /(?:posted|submitted|written|commented) by/iu;

function isTrailingSignature(text: string): boolean {
  if (text.length > 2000 || !TRAILING_SIG_WORDS_RE.test(text)) return false;
  const m = TRAILING_SIG_RE.exec(text);
  return m !== null && (m[1] !== undefined || m[2] !== undefined);
}

/** The clock time both alternatives of {@link DATE_TIME_RE} need (`\d` is ASCII under `iu` too): a cheap test first. */
const CLOCK_RE = /\d[:.]\d\d/;

/**
 * Movable Type / TypePad's comment signature, `Posted by: Name | Mar 26, 2007 2:00:18 PM`: the colon
 * after `by` (the entry's own byline reads `Posted by Name on …`), then a date and a clock time.
 */
const POSTED_BY_COLON_RE = /^(?:posted|submitted|written) by:\s/iu;

function hasDateTime(text: string, words: number): boolean {
  return words <= 16 && text.length <= 120 && CLOCK_RE.test(text) && /\p{L}{2}/u.test(text) && DATE_TIME_RE.test(text);
}

/**
 * A reply or report widget closing a short dated line: `by james on January 31, 2011 at 9:59 am.
 * Reply #`. An article's byline never carries one, so the `by` does not make it a byline.
 */
const REPLY_END_RE = /(?:^|[\s.|·•-])(?:reply|report(?: abuse| this comment)?|flag(?: this comment)?)\s*[#↓]?\s*$/iu;

/** A block marks a strong comment header or form line: a count, a star, a trailing colon, a paren. */
const STRONG_MARK_RE = /\d|\*|:\s*$|\(/u;

/**
 * A byline-shaped line with a date: `written by Best Man, October 20, 2012`, `Posted by Joe on
 * May 3, 2011`. The article has one byline; several by different names are a comment thread's.
 */
const DATED_BYLINE_RE = new RegExp(
  `^#?\\s*(?:posted|written|submitted|commented) by:?\\s(${NAME})(?:,\\s|\\s(?:on|at|\\||-|–|—|:)\\s)(?:${DATE_PART}|\\d{1,2}[:.]\\d{2})`,
  'iu',
);

/**
 * Blocks that are dated bylines of three or more different names (see {@link DATED_BYLINE_RE}),
 * counted apart with and without the colon after `by`: Movable Type signs comments `Posted by:
 * Name` under the entry's own `Posted by Kathy on …`, and that byline stays.
 */
function repeatedBylines(blocks: Blocks, min: number): Set<number> {
  const groups = new Map<boolean, { at: number[]; names: Set<string> }>();
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    if (text.length > 120 || !/by/i.test(text)) continue;
    const m = DATED_BYLINE_RE.exec(text);
    if (!m) continue;
    const colon = /by:/i.test(text);
    let g = groups.get(colon);
    if (!g) groups.set(colon, (g = { at: [], names: new Set() }));
    g.at.push(i);
    g.names.add(m[1]!.toLowerCase());
  }
  const out = new Set<number>();
  for (const g of groups.values()) if (g.names.size >= min) for (const i of g.at) out.add(i);
  return out;
}

/** A month's name or its three-letter short form, as comment stamps print them (`07 Nov 12`, `July 24, 2012`). */
const MONTH_WORD = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/**
 * A commenter's name and the comment's date, alone on a line: `Jason Fried 07 Nov 12`, `GregT 08 Nov
 * 12`, `Ash Menon November 8, 2012`. The name is one to three words with no digit or sentence mark.
 */
const NAME_STAMP_RE = new RegExp(
  `^(\\p{L}[\\p{L}'’.-]*(?:\\s\\p{L}[\\p{L}'’.-]*){0,2})\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+${MONTH_WORD},?\\s+(?:\\d{4}|\\d{2})|${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:\\d{4}|\\d{2}))(?:,?\\s*(?:at\\s+)?${TIME_PART})?$`,
  'iu',
);

/**
 * `Name date` lines of `min` or more different names, each next to a line of comment text (eight
 * words or more): a thread whose comments are signed with the name and day only (37signals-style
 * `Jason Fried 07 Nov 12`). One name alone, or stamps with no text beside them (an events list, an
 * archive), is not enough.
 */
function nameStamps(blocks: Blocks, feats: Feats, min: number): number[] {
  const at: number[] = [];
  const names = new Set<string>();
  for (let i = 0; i < blocks.length; i++) {
    if (feats[i]!.words > 8) continue;
    const m = NAME_STAMP_RE.exec(blocks[i]!.text);
    if (!m) continue;
    const textBeside = (i > 0 && feats[i - 1]!.words >= 8) || (i + 1 < blocks.length && feats[i + 1]!.words >= 8);
    if (!textBeside) continue;
    at.push(i);
    names.add(m[1]!.toLowerCase());
  }
  return names.size >= min ? at : [];
}

/** Every stamp line holds one (`\d` is ASCII under `iu` as well). */
const ASCII_DIGIT_RE = /[0-9]/;
const STAMP_DATE_RE = new RegExp(`${DATE_PART}(?:,?\\s*(?:at|um|à|-)?\\s*${TIME_PART})?`, 'iu');
/** What may stand beside the date on a comment's stamp line: a permalink or reply link, separators. */
const STAMP_REST_RE = /^(?:[\s|,.:#·•–—-]|permalink|reply|link|antworten|répondre|responder)*$/iu;

/** A comment's stamp line: a date line, or a date with a permalink or reply link (`October 2, 2012, | Permalink`). */
function isStampLine(text: string): boolean {
  if (isDateLine(text)) return true;
  if (text.length > 60) return false;
  const m = STAMP_DATE_RE.exec(text);
  return m !== null && STAMP_REST_RE.test(text.slice(0, m.index) + text.slice(m.index + m[0].length));
}

/**
 * Name lines right above a comment's stamp line (`Jim Uchneat` / `Aug 9 2012`): a thread's
 * signatures when three or more different names, each followed by a comment's text (not a
 * headline: `Mark Byrnes` / `Jul 17, 2014` / `Ode To The Dead Mall` is a teaser), sign that way.
 * An article's byline over its date is one name, a blog's front page repeats one. Once the thread
 * is known, every short handle over a stamp signs it (`WILDFLOWER`, `hannah`).
 */
function namesOverDates(blocks: Blocks, lang: string | undefined, min: number): number[] {
  // The indexes returned are the name lines; each one's stamp is the block after it.
  const at: number[] = [];
  const names = new Set<string>();
  const stop = stopwords(lang);
  const en = stopwords('en');
  for (let i = 0; i + 1 < blocks.length; i++) {
    const text = blocks[i]!.text;
    const stamp = blocks[i + 1]!.text;
    if (text.length > 40 || stamp.length > 60 || !ASCII_DIGIT_RE.test(stamp) || !isStampLine(stamp)) continue;
    const words = text.split(' ');
    if (words.length > 4 || /[!?:;,]$/u.test(text) || !/\p{L}/u.test(text)) continue;
    if (words.some((w) => stop.has(w.toLowerCase()) || en.has(w.toLowerCase()))) continue;
    at.push(i);
    const next = blocks[i + 2]?.text ?? '';
    if (looksLikeName(text, lang) && (/[.!?,:;…)"”]$/u.test(next) || next.split(' ').length >= 15)) names.add(text.toLowerCase());
  }
  return names.size >= min ? at : [];
}

/** A reply's subject line in a threaded discussion: `Re: Not so fast (Score:2)`, `Re: the lens`. */
const REPLY_SUBJECT_RE = /^Re:\s*\S/u;
/** Most words of a reply's subject line. */
const MAX_SUBJECT_WORDS = 15;

/**
 * The subject lines of replies (`Re: …`), when the page has `min` or more: a threaded comment
 * section (forums, Slashdot-style threads) signs each reply with one. Fewer may be a quoted e-mail
 * or a letter in the story.
 */
function replySubjects(blocks: Blocks, feats: Feats, min: number): number[] {
  const at: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (feats[i]!.words <= MAX_SUBJECT_WORDS && REPLY_SUBJECT_RE.test(blocks[i]!.text)) at.push(i);
  }
  return at.length >= min ? at : [];
}

type Evidence = 'signature' | 'timestamp' | 'part';

/** The memo array {@link BlockTests} reuses (see its constructor). */
let memoScratch = new Int8Array(0);
/** Largest memo kept for reuse (a huge dump gets its own). */
const MEMO_SCRATCH_MAX = 1 << 20;
type Blocks = Doc['children'];
type Feats = Doc['features'];

/**
 * Tests of a block's text, each computed once per block (the scan asks them again and again).
 * A class with module-level methods, not closures made per document: V8 then compiles each test
 * once for the process instead of re-optimizing fresh closures on every page (issue 5).
 */
class BlockTests {
  readonly headers = loadVocab('comments');
  readonly parts = loadVocab('comment-parts');
  private readonly memo: Int8Array;
  private readonly n: number;

  constructor(
    readonly blocks: Blocks,
    readonly feats: Feats,
    readonly maxHeaderWords: number,
    minSignatures: number,
    lang: string | undefined,
  ) {
    const n = blocks.length;
    // One array for the eight tests (slot * n + i), reused across documents (a typed array costs
    // ~0.5 µs to make); the cleaner runs synchronously and its tests are not kept past it.
    const need = 8 * n;
    if (need > MEMO_SCRATCH_MAX) this.memo = new Int8Array(need);
    else {
      if (memoScratch.length < need) memoScratch = new Int8Array(Math.min(MEMO_SCRATCH_MAX, Math.max(need, 2 * memoScratch.length)));
      else memoScratch.fill(0, 0, need);
      this.memo = memoScratch;
    }
    this.n = n;
    this.bylines = repeatedBylines(blocks, minSignatures);
    for (const i of namesOverDates(blocks, lang, minSignatures)) {
      this.bylines.add(i);
      this.stamps.add(i + 1);
    }
    for (const i of replySubjects(blocks, feats, minSignatures)) this.bylines.add(i);
    for (const i of nameStamps(blocks, feats, minSignatures)) this.bylines.add(i);
  }

  /** The stamp lines under {@link namesOverDates}' names (`October 2, 2012, | Permalink`). */
  readonly stamps = new Set<number>();

  /** Dated bylines, or names over dates, of several different names: comment signatures ({@link repeatedBylines}, {@link namesOverDates}). */
  readonly bylines: Set<number>;

  private cached(slot: number, i: number, compute: (self: BlockTests, i: number) => boolean): boolean {
    const at = slot * this.n + i;
    const v = this.memo[at]!;
    if (v) return v > 0;
    return (this.memo[at] = compute(this, i) ? 1 : -1) > 0;
  }

  isHeader(i: number): boolean { return this.cached(0, i, headerTest); }
  isPart(i: number): boolean { return this.cached(1, i, partTest); }
  isSig(i: number): boolean { return this.cached(2, i, sigTest); }
  trailingSig(i: number): boolean { return this.cached(3, i, trailingSigTest); }
  dated(i: number): boolean { return this.cached(4, i, datedTest); }
  stamp(i: number): boolean { return this.cached(5, i, stampTest); }
  postedSig(i: number): boolean { return this.cached(6, i, postedSigTest); }
  replySig(i: number): boolean { return this.cached(7, i, replySigTest); }

  /** Comment evidence: a signature, a timestamp line, a reply/report link or a form line. */
  evidence(i: number): Evidence | undefined {
    const b = this.blocks[i]!;
    // A block another cleaner took (a share widget, a promo) is no evidence of comments.
    if (b.removed !== undefined && b.removed.ruleId !== 'comments') return undefined;
    if (this.isSig(i) || this.trailingSig(i) || this.postedSig(i) || this.replySig(i)) return 'signature';
    if (this.stamp(i)) return 'timestamp';
    if (this.isPart(i)) return 'part';
    return undefined;
  }

  /** A signature or a dated author line (not a byline) among kept blocks. */
  signed(k: number): boolean {
    const b = this.blocks[k]!;
    return this.isSig(k) || (isKept(b) && (this.postedSig(k) || this.replySig(k) || (!BYLINE_RE.test(b.text) && this.dated(k))));
  }
}

const headerTest = (self: BlockTests, i: number): boolean => {
  const w = self.feats[i]!.words;
  return w > 0 && w <= self.maxHeaderWords && isVocabLine(self.headers, self.blocks[i]!.text, self.feats[i]);
};
const partTest = (self: BlockTests, i: number): boolean => {
  const w = self.feats[i]!.words;
  return w > 0 && w <= 40 && isVocabLine(self.parts, self.blocks[i]!.text, self.feats[i]);
};
const sigTest = (self: BlockTests, i: number): boolean => self.bylines.has(i) || isSignature(self.blocks[i]!.text);
const trailingSigTest = (self: BlockTests, i: number): boolean => isTrailingSignature(self.blocks[i]!.text);
const datedTest = (self: BlockTests, i: number): boolean => hasDateTime(self.blocks[i]!.text, self.feats[i]!.words);
const stampTest = (self: BlockTests, i: number): boolean => self.stamps.has(i) || isDateLine(self.blocks[i]!.text) || self.dated(i);
const postedSigTest = (self: BlockTests, i: number): boolean => POSTED_BY_COLON_RE.test(self.blocks[i]!.text) && self.dated(i);
/** A dated line closed by a reply/report widget, glued (`… 9:59 am. Reply #`) or on the next line (`Report this comment`). */
const replySigTest = (self: BlockTests, i: number): boolean => {
  if (!self.dated(i)) return false;
  if (REPLY_END_RE.test(self.blocks[i]!.text)) return true;
  const next = i + 1 < self.blocks.length ? self.blocks[i + 1]! : undefined;
  return next !== undefined && self.isPart(i + 1) && REPLY_END_RE.test(next.text);
};

/** Some of `ks` carries comment evidence. */
function anyEvidence(t: BlockTests, ks: readonly number[]): boolean {
  for (const k of ks) if (t.evidence(k)) return true;
  return false;
}

export const comments = defineCleaner<CommentsOptions>(
  {
    id: 'comments',
    purpose: 'Removes reader-comment sections (header, comments, reply links, comment form) and comment-form lines.',
    defaults: { maxHeaderWords: 12, lookahead: 12, minEvidence: 2, confirmWithin: 2, maxGap: 10, minSignatures: 3, maxBridge: 30 },
  },
  ({ doc, options, remove }) => {
    const blocks = doc.children;
    const feats = doc.features;
    const n = blocks.length;
    const t = new BlockTests(blocks, feats, options.maxHeaderWords, options.minSignatures, doc.lang);

    /** Sections taken with signatures in them, in document order: `[from, to]`. */
    const signedSections: Array<[number, number]> = [];
    /** Remove `[from, to]` as one comment section, with a reason naming its evidence. */
    const take = (from: number, to: number, what: string, sigs: number): void => {
      if (sigs > 0) signedSections.push([from, to]);
      for (let k = from; k <= to; k++) {
        const b = blocks[k]!;
        if (isLifted(b)) continue;
        remove(b, `comments: ${what}`);
      }
    };

    /** Extend a section from `start` to the last evidence (gaps ≤ maxGap) and the comment text after it. */
    const sectionEnd = (start: number, maxGap = options.maxGap): { end: number; sigs: number; ev: number; parts: number } => {
      let last = start;
      let sigs = 0;
      let stamps = 0;
      let parts = 0;
      let ev = 0;
      for (let k = start + 1; k < n && k - last <= maxGap; k++) {
        if (isLifted(blocks[k]!)) break;
        const e = t.evidence(k) ?? (t.isHeader(k) ? 'part' : undefined);
        if (e) {
          last = k;
          ev++;
          if (e === 'signature') sigs++;
          if (e === 'timestamp') stamps++;
          if (e === 'part') parts++;
        }
      }
      // The text of the last comment follows its signature: take long lines up to the next short one.
      let end = last;
      while (end + 1 < n && end - last < options.maxGap) {
        const f = feats[end + 1]!;
        if (isLifted(blocks[end + 1]!) || f.words < 8) break;
        if (!t.evidence(last) || t.evidence(last) === 'part' || sigs + stamps < 2) break;
        end++;
      }
      return { end, sigs, ev, parts };
    };

    let i = 0;
    while (i < n) {
      const b = blocks[i]!;
      if (isLifted(b)) {
        i++;
        continue;
      }
      if (t.isHeader(i)) {
        let found = 0;
        for (let k = i + 1; k < Math.min(n, i + 1 + options.lookahead); k++) if (t.evidence(k)) found++;
        // Comments start right under their header: evidence among the first kept blocks below it
        // (a header printed above the article, "334 comments", is followed by the article instead).
        const below: number[] = [];
        for (let k = i + 1; k < n && below.length < options.confirmWithin; k++) if (isKept(blocks[k]!)) below.push(k);
        // A comment signed at its end puts its text, not evidence, right under the header.
        let first = i + 1;
        while (first < Math.min(n, i + 1 + options.lookahead) && !t.evidence(first)) first++;
        const signedBelow = first < n && (isTrailingSignature(blocks[first]!.text) || t.postedSig(first) || t.replySig(first));
        // Comments signed at their end with Movable Type's `Posted by: Name | date time`: a long comment
        // can push the next signature past the window under the header, so with two or more such
        // signatures (an entry has one byline) look three times as far, and bridge gaps as long.
        let gap = options.maxGap;
        if (first < n && found < options.minEvidence && t.postedSig(first)) {
          let signatures = 0;
          for (let k = first; k < Math.min(n, first + 3 * options.lookahead); k++) if (t.postedSig(k)) signatures++;
          if (signatures >= 2) {
            found = signatures;
            gap = 3 * options.maxGap;
          }
        }
        if (found >= options.minEvidence && (anyEvidence(t, below) || signedBelow)) {
          const { end, sigs, ev } = sectionEnd(i, gap);
          if (end > i) {
            take(i, end, `section under header ${quote(b.text, 40)} (${ev} comment lines, ${sigs} signatures)`, sigs);
            i = end + 1;
            continue;
          }
        }
      }
      // A cluster of signatures / dated author lines without a header (or after a long comment
      // broke the section).
      if (isKept(b) && t.signed(i)) {
        let count = 1;
        let last = i;
        // A signature with its reply/report widget is comment furniture by itself.
        let widgets = t.replySig(i) ? 1 : 0;
        let bylines = t.bylines.has(i) ? 1 : 0;
        for (let k = i + 1; k < n && k - last <= options.maxGap; k++) {
          if (t.signed(k)) {
            count++;
            last = k;
            if (t.replySig(k)) widgets++;
            if (t.bylines.has(k)) bylines++;
          }
        }
        // Signatures alone may be quotes in an essay ("Various people wrote:") and dated lines an
        // events list; comments also carry reply links or a form, or are dated bylines of several
        // different names.
        const sec = count >= options.minSignatures ? sectionEnd(i) : undefined;
        if (sec && (sec.parts >= 1 || widgets >= 2 || bylines >= options.minSignatures)) {
          const { end } = sec;
          take(i, end, `run of ${count} comment signatures or dated author lines starting ${quote(b.text, 40)}`, count);
          i = end + 1;
          continue;
        }
      }
      i++;
    }

    // A long comment (a dump prints each of its paragraphs as a line) can outrun `maxGap`, so the
    // thread is taken as two sections with the comment's tail kept between them. Blocks between two
    // signed sections are that comment: nothing but a thread sits between two runs of signatures.
    for (let s = 1; s < signedSections.length; s++) {
      const from = signedSections[s - 1]![1] + 1;
      const to = signedSections[s]![0] - 1;
      if (to < from || to - from + 1 > options.maxBridge) continue;
      let lifted = false;
      for (let k = from; k <= to && !lifted; k++) lifted = isLifted(blocks[k]!);
      if (lifted) continue;
      for (let k = from; k <= to; k++) {
        if (isKept(blocks[k]!)) remove(blocks[k]!, 'comments: between two signed sections of one comment thread (a long comment)');
      }
    }

    // Unambiguous comment headers and form lines anywhere: several words, a count, or a form marker.
    blocks.forEach((b, k) => {
      if (!isKept(b)) return;
      const text = b.text;
      const strong = feats[k]!.words >= 2 || STRONG_MARK_RE.test(text) || LONE_LABEL_RE.test(text);
      if (!strong) return;
      if (t.isHeader(k) && feats[k]!.words <= 6) remove(b, `comments: comment-section header ${quote(text)}`);
      else if (t.isPart(k)) remove(b, `comments: comment-form line ${quote(text)}`);
    });
  },
);
