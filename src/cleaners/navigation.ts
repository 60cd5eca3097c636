/**
 * navigation: removes menus, breadcrumbs, skip links, footer link lists and section/blogroll link
 * runs — by vocabulary (standalone nav labels in six languages), by shape (breadcrumbs
 * `Home > News > World`, pipe menus `Home | News | Sport`) and by runs of short link-like lines
 * without sentence punctuation. A lone short line between paragraphs (a subhead) is never touched,
 * and the headline-like lines that end a run just above the first paragraph are kept.
 * @module
 */
import { defineCleaner } from '../cleaner.js';
import { isKept } from '../doc.js';
import { fastTest, loadVocab } from '../vocab.js';
import { isDateLine } from './util/text-shape.js';
import { findLine, firstBodyIndex, labelText, isLabelLine, lastBodyIndex, quote, runs, shapeOf } from './util/lines.js';

/** Options of {@link navigation}. */
export interface NavigationOptions {
  /** Longest standalone nav label, in words. */
  maxLabelWords: number;
  /** Longest line (words) that can be part of a run of links. */
  maxRunWords: number;
  /** Fewest kept lines in a run of links. */
  minRun: number;
  /** Share of the run's lines that must be very short (≤ 3 words). */
  minShortShare: number;
  /** Above the first paragraph, up to this many trailing run lines of `protectWords`+ words are kept (title, dek, date). */
  protectTop: number;
  /** Fewest words of the protected last line of a top run (lines above it need two more). */
  protectWords: number;
  /** A run counts as "above the first paragraph" when it ends at most this many blocks before it. */
  protectGap: number;
  /** Keep a run line of 2+ words printed right under a date line (a headline under its date). */
  protectAfterDate: boolean;
  /** HTML: link density from which a short block counts as a link line whatever its punctuation. */
  minLinkDensity: number;
  /** Longest blog post-meta footer (`This entry was posted in … Bookmark the permalink.`), in words. */
  maxPostMetaWords: number;
}

/** Words that open a breadcrumb trail. */
const HOME_RE = /^(?:home|home ?page|start|startseite|accueil|inicio|portada|início|capa|home|strona główna|news|nachrichten|you are here:?\s*home|sie sind hier:?\s*startseite)$/iu;
const CRUMB_SEP_RE = /\s+(?:>{1,2}|»|›|→|\/|::)\s+|\s*[»›→]\s*/u;
const PIPE_SEP_RE = /\s*[|•·]\s*/u;
const SENTENCE_END_RE = /[.!?]["'”’»)]*$/u;
const ARCHIVE_COUNT_RE = /^[\p{L}\s]+\d{0,4}\s*\(\d+\)$|^\d{4}\s*\(\d+\)$|^\p{L}+ \d{4}$/u;
const MONTH_RE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro)\p{L}*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre)\p{L}*/iu;

/** A date line, or a short line carrying a date (`July 16th, 3:05pm 0 comments`). */
function isDatedLine(text: string, words: number): boolean {
  return isDateLine(text) || (words <= 8 && MONTH_RE.test(text));
}

/** A short link label with a navigation arrow: `World »`, `« Back to blog`, `More ›`. */
const ARROW_LINK_RE = /^(?:[«‹]\s*\p{L}[^»›]*|\p{L}[^.!?«‹]*\s[»›])$/u;
/**
 * A pager link with the linked story's title: `Previous post: Declaration of principles`, `Next
 * story: …`, and the label glued to the title as dumps print it (`Previous articleTransforming Mount
 * Trashmore…`, `Vorheriger BeitragNeuerscheinung: …`). No `i` flag: the glued form needs a capital
 * right after the label (`Previous posts in the series` is a heading).
 */
const PAGER_LINK_RE =
  /^(?:[«‹<←]\s*)?(?:(?:[Pp]revious|PREVIOUS|[Nn]ext|NEXT|[Oo]lder|[Nn]ewer|[Pp]rev)\s(?:[Pp]ost|[Aa]rticle|[Ss]tory|[Ee]ntry|POST|ARTICLE|STORY)|(?:[Vv]orheriger|[Vv]origer|[Nn]ächster)\s(?:[Bb]eitrag|[Aa]rtikel)|(?:[Aa]rticle|[Bb]illet)\s(?:précédent|suivant)|(?:[Ee]ntrada|[Aa]rtículo|[Nn]oticia)\s(?:anterior|siguiente))(?:\s*[:»›>→]\s*|(?=[\p{Lu}"„“«]))\S/u;
/** Most words of a pager link (label and title). */
const MAX_PAGER_WORDS = 25;
const TYPED_BULLET_RE = /^[-+*–—•·]\s/u;
/** Rules whose removals inside a run show it is page furniture. */
/**
 * A news-ticker line: a clock time, then a headline (`14:32 Un artiste arrêté pour avoir coloré un
 * geyser`, `01:30 Wreck-It Ralph Cast Talks '80s Nostalgia`); group 1 is the headline.
 */
const TICKER_RE = /^(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*(?:[ap]\.?m\.?|uhr))?\s+(?![-–—:]|\d)(\p{L}.*)$/iu;
/** Ticker lines needed within {@link TICKER_WINDOW} blocks of each other. */
const MIN_TICKER = 3;
const TICKER_WINDOW = 6;

/** The headline of a ticker line (3–20 words, no full stop at its end: a headline, not a live-blog sentence), or undefined. */
function tickerHeadline(text: string): string | undefined {
  const m = TICKER_RE.exec(text);
  if (!m) return undefined;
  const words = m[1]!.split(' ').length;
  return words >= 3 && words <= 20 && !/\.$/u.test(m[1]!) ? m[1] : undefined;
}

const JUNK_RULES = new Set(['navigation', 'share-widgets', 'promos', 'comments', 'related-links']);

/** The `gu` copy of each separator regex, made once (split uses its own copy: no state shared with `sep`). */
const globalSeps = new Map<RegExp, RegExp>();

function segments(text: string, sep: RegExp): string[] {
  let g = globalSeps.get(sep);
  if (!g) {
    g = new RegExp(sep.source, 'gu');
    globalSeps.set(sep, g);
  }
  return text.split(g).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** A character {@link CRUMB_SEP_RE} needs: every match holds one of `> » › → / :`. */
function hasCrumbSeparator(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 62 || c === 47 || c === 58 || c === 0xbb || c === 0x203a || c === 0x2192) return true;
  }
  return false;
}

function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** `Home > News > World`, `Startseite » Politik`, `You are here: Home / Blog`. */
function isBreadcrumb(text: string): boolean {
  // Without a separator the stripped text (a suffix of `text`) splits into one segment: no trail.
  if (text.length > 160 || !hasCrumbSeparator(text)) return false;
  const stripped = text.replace(/^(?:you are here|sie sind hier|vous êtes ici|está en|estás en|sei in|você está em)\s*:?\s*/iu, '');
  const segs = segments(stripped, CRUMB_SEP_RE);
  if (segs.length < 2) return false;
  if (!segs.every((s) => /\p{L}/u.test(s) && wordCount(s) <= 6 && !SENTENCE_END_RE.test(s))) return false;
  if (HOME_RE.test(segs[0]!)) return true;
  const arrows = (stripped.match(/>|»|›|→/gu) ?? []).length;
  return arrows >= 2 && segs.slice(0, -1).every((s) => wordCount(s) <= 4);
}

/** `Home | News | Sport | Weather`: three or more short segments separated by pipes or bullets. */
function isPipeMenu(text: string): boolean {
  if (text.length > 240 || !/[|•·]/u.test(text)) return false;
  const segs = segments(text, PIPE_SEP_RE);
  if (segs.length < 3) return false;
  let digits = 0;
  for (const s of segs) {
    if (wordCount(s) > 5 || SENTENCE_END_RE.test(s)) return false;
    if (!/\p{L}/u.test(s)) return false;
    if (/\d/u.test(s)) digits++;
  }
  return digits <= 1;
}

export const navigation = defineCleaner<NavigationOptions>(
  {
    id: 'navigation',
    purpose: 'Removes menus, breadcrumbs, skip links, footer link lists and runs of short link-like lines.',
    defaults: {
      maxLabelWords: 6,
      maxRunWords: 6,
      minRun: 4,
      minShortShare: 0.5,
      protectTop: 3,
      protectWords: 2,
      protectGap: 3,
      minLinkDensity: 0.9,
      protectAfterDate: true,
      maxPostMetaWords: 80,
    },
  },
  ({ doc, options, remove }) => {
    const vocab = loadVocab('navigation');
    const postMeta = loadVocab('post-meta');
    const blocks = doc.children;
    const feats = doc.features;

    // 1. Standalone labels and one-line menus.
    blocks.forEach((b, i) => {
      if (!isKept(b)) return;
      const f = feats[i]!;
      if (f.words === 0) return;
      if (shapeOf(b.text, f).words <= options.maxLabelWords) {
        const entry = findLine(vocab, b.text, f);
        if (entry) {
          remove(b, `navigation: nav label ${quote(b.text)} (${entry.lang} vocabulary)`);
          return;
        }
      }
      if (f.words <= MAX_PAGER_WORDS && PAGER_LINK_RE.test(b.text)) {
        remove(b, `navigation: pager link ${quote(b.text)}`);
        return;
      }
      if (f.words <= 4 && ARROW_LINK_RE.test(b.text)) {
        remove(b, `navigation: arrow link ${quote(b.text)}`);
        return;
      }
      // A blog theme's post-meta footer: categories, tags, permalink (`This entry was posted in …`).
      if (f.words <= options.maxPostMetaWords && (fastTest(postMeta.prefix, b.text) || fastTest(postMeta.contains, b.text))) {
        remove(b, `navigation: post-meta line ${quote(b.text)} (${postMeta.find(b.text)?.lang ?? 'en'} vocabulary)`);
        return;
      }
      if (isBreadcrumb(b.text)) {
        remove(b, `navigation: breadcrumb trail ${quote(b.text)}`);
        return;
      }
      if (isPipeMenu(b.text)) {
        remove(b, `navigation: menu of ${segments(b.text, PIPE_SEP_RE).length} separated short items`);
      }
    });

    // 2. A news ticker or latest-news box: three or more timed headlines close together.
    const ticker: number[] = [];
    blocks.forEach((b, i) => {
      if (isKept(b) && feats[i]!.words <= 24 && tickerHeadline(b.text) !== undefined) ticker.push(i);
    });
    if (ticker.length >= MIN_TICKER) {
      const close = ticker.filter((i, k) => {
        let near = 0;
        for (const j of ticker.slice(Math.max(0, k - MIN_TICKER + 1), k + MIN_TICKER)) if (j !== i && Math.abs(j - i) <= TICKER_WINDOW) near++;
        return near >= MIN_TICKER - 1;
      });
      for (const i of close) remove(blocks[i]!, `navigation: news-ticker line ${quote(blocks[i]!.text)} (${close.length} timed headlines)`);
    }

    // 3. Runs of short link-like lines.
    const member = (i: number): boolean => {
      const f = feats[i]!;
      const text = blocks[i]!.text;
      // A typed bullet (`+ Added Banners`, `- Usability improvements`, `• Somerville Schools`) marks a
      // list written into the article; menus come out of the page without one.
      if (TYPED_BULLET_RE.test(text)) return false;
      if (isLabelLine(f, options.maxRunWords, text)) return true;
      return f.linkDensity >= options.minLinkDensity && shapeOf(text, f).words <= options.maxRunWords * 2;
    };
    const firstBody = firstBodyIndex(doc);
    const lastBody = lastBodyIndex(doc);
    for (const [start, end] of runs(doc, member)) {
      const idx: number[] = [];
      for (let k = start; k <= end; k++) idx.push(k);
      const kept = idx.filter((k) => isKept(blocks[k]!));
      // Dates, quantities and figures (`200 g Zucker`, `390 kcal`) hold a run together but are not
      // removed as links; archive counts (`July (39)`) are.
      const labels = kept.filter((k) => {
        const t = labelText(blocks[k]!.text);
        if (isDateLine(t) || !/\p{L}/u.test(t)) return false;
        return !/\d/u.test(t) || ARCHIVE_COUNT_RE.test(t);
      });
      // Members already removed by a named cleaner (a share row, a promo) count towards the run.
      const others = idx.length - kept.length;
      if (labels.length < 3 && labels.length < options.minRun) continue;
      if (labels.length + others < options.minRun) continue;
      // Keep the headline-like lines that end a run just above the first paragraph: the last one
      // (the line right above the text is most likely the title) if it has `protectWords` words,
      // and longer ones above it (a dek, a kicker).
      const protectedIdx = new Set<number>();
      if (firstBody >= 0 && start < firstBody && end + 1 + options.protectGap >= firstBody) {
        for (let k = Math.min(end, firstBody - 1); k >= start && protectedIdx.size < options.protectTop; k--) {
          const b = blocks[k]!;
          if (!isKept(b)) continue;
          const words = shapeOf(b.text, feats[k]!).words;
          if (words < (protectedIdx.size === 0 ? options.protectWords : options.protectWords + 2)) break;
          protectedIdx.add(k);
        }
      }
      // A headline printed under its date (`11 Jul 2012` / `Creative Food Sculptures`) is an article title.
      if (options.protectAfterDate) {
        for (const k of labels) {
          const prev = k - 1;
          if (prev >= start && isDatedLine(blocks[prev]!.text, feats[prev]!.words) && feats[k]!.words >= 2) protectedIdx.add(k);
        }
      }
      // The share of very short lines is taken over the lines the run would remove.
      const candidates = labels.filter((k) => !protectedIdx.has(k));
      if (candidates.length === 0) continue;
      const short = candidates.filter((k) => shapeOf(blocks[k]!.text, feats[k]!).words <= 3).length;
      if (short / candidates.length < options.minShortShare) continue;
      // Between paragraphs (a gallery list, an address, a bullet list) a run needs named junk in it.
      const inside = firstBody >= 0 && start > firstBody && end < lastBody;
      const named = idx.some((k) => JUNK_RULES.has(blocks[k]!.removed?.ruleId ?? ''));
      if (inside && !named) continue;
      // HTML: a menu is links. Short lines inside the main content with no link among them (an
      // ingredient list, a spec sheet, a wine's details) are the article's, unless named junk sits in the run.
      if (!named && candidates.every((k) => feats[k]!.linkDensity === 0 && blocks[k]!.dom?.extra?.inMain === true)) continue;
      const total = idx.length;
      for (const k of candidates) {
        remove(
          blocks[k]!,
          `navigation: run of ${total} short lines without sentence punctuation (${short} of ${candidates.length} removed of at most 3 words)`,
        );
      }
    }
  },
);
