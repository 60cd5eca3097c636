/**
 * A title that names the site, a section or a widget rather than the story — `Sports Wire`,
 * `timesleader.com`, `Local Sports Wire`, `latest diaries`, `The Independent on Saturday` — loses
 * to a headline at the top of the main content that the story speaks of.
 *
 * A title is suspect when it has few content words (six at most) and none of them occurs in the
 * story's lead (its first sentence-length main-content blocks). That alone is not enough (a pun
 * headline, `Slammer for Rammer`, shares nothing either), so it is replaced only on furniture
 * evidence: it is the site's name, or names a domain, or the page shows it only outside the main
 * content (a masthead, a section label). The replacement is the first heading (h1–h4, at most one
 * level below the suspect's), or else the first headline-like line inside the main content,
 * between just above the main content and the body's first paragraph, half of whose content
 * words (two at least) the lead uses. A markup title that reads `Site name | <title>` is kept:
 * the site's part was told apart and cut, so the rest is the story's (the main content may be
 * another story's).
 * @module
 */
import type { Found, HeadlineBlock } from './title.js';
import { hasWords, headKey, MAX_HEADLINE_CHARS, titleKey } from './title.js';
import { stopwords } from '../../features.js';
import { allDigits, stem } from '../../metadata/text-util.js';

/** A title with more content words than this is a sentence about something, not a site's name. */
const MAX_SITE_WORDS = 6;
/** Least share of a replacement's content words the body uses. */
const MIN_STORY_SHARE = 0.5;
/** Least distinct content words in the lead to judge by. */
const MIN_BODY_STEMS = 30;
/** The lead: this many main-content blocks… */
const LEAD_BLOCKS = 8;
/** …of this many words or more. */
const LEAD_BLOCK_WORDS = 10;
/** How far below the main content's first block the headline is looked for. */
const LEAD_REACH = 20;
/** A main-content block this long is the body's first paragraph: the headline sits above it. */
const BODY_PARAGRAPH_WORDS = 30;
/** How far above the main content's first block a heading is looked for (the h1 above a dateline and a sidebar). */
const HEADING_ABOVE = 5;

const DOMAIN_IN_RE = /[\p{L}\d-]\.(?:com|net|org|co\.uk|com\.au|tv|info|biz)\b/iu;

/** What the check reads besides the page's blocks. */
export interface SiteTitleContext {
  siteName?: string;
  lang?: string;
  /** The markup's title candidates, raw (with their site affixes). */
  candidates: () => readonly Found<string>[];
}

/** Stems of the content words of a text. */
function stems(text: string, stop: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const w of titleKey(text).split(' ')) {
    if (w.length < 3 || stop.has(w) || allDigits(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** Per stem, how many main-content text blocks use it (so one block can be left out of the count). */
interface BodyIndex {
  counts: Map<string, number>;
  blockStems: Array<Set<string> | undefined>;
}

/**
 * The story's lead: the first main-content text blocks of a sentence's length. Short blocks are
 * left out: a byline, a credit or a tool row inside the main content often names the site.
 */
function indexBody(blocks: readonly HeadlineBlock[], lead: readonly number[], stop: ReadonlySet<string>): BodyIndex {
  const counts = new Map<string, number>();
  const blockStems: Array<Set<string> | undefined> = [];
  for (const i of lead) {
    const set = new Set(stems(blocks[i]!.text, stop));
    blockStems[i] = set;
    for (const s of set) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return { counts, blockStems };
}

/** The lead's blocks: the first {@link LEAD_BLOCKS} main-content text blocks of {@link LEAD_BLOCK_WORDS} words or more. */
function leadBlocks(blocks: readonly HeadlineBlock[]): number[] {
  const lead: number[] = [];
  for (let i = 0; i < blocks.length && lead.length < LEAD_BLOCKS; i++) {
    const b = blocks[i]!;
    if (b.inMain && b.level === 0 && hasWords(b.text, LEAD_BLOCK_WORDS)) lead.push(i);
  }
  return lead;
}

/**
 * The common case of {@link storyTitle}'s first tests, decided early: the lead (as {@link indexBody}
 * reads it) has {@link MIN_BODY_STEMS} distinct stems or more, and one of its blocks that does not
 * show the title uses one of the title's stems. True only when both hold, so storyTitle returns what
 * its full tests would; false sends it to them.
 */
function leadUsesTitle(blocks: readonly HeadlineBlock[], lead: readonly number[], stop: ReadonlySet<string>, titleStems: ReadonlySet<string>, key: string): boolean {
  if (!titleStems.size) return false;
  const seen = new Set<string>();
  let hit = false;
  for (const i of lead) {
    const b = blocks[i]!;
    const ss = stems(b.text, stop);
    for (const st of ss) seen.add(st);
    if (!hit && !(b.text.length <= MAX_HEADLINE_CHARS && headKey(b) === key)) {
      for (const st of ss) if (titleStems.has(st)) {
        hit = true;
        break;
      }
    }
    if (hit && seen.size >= MIN_BODY_STEMS) return true;
  }
  return false;
}

/** Does the body (leaving out the blocks in `skip`) use this stem? */
function inBody(body: BodyIndex, s: string, skip: readonly number[]): boolean {
  let n = body.counts.get(s) ?? 0;
  for (const i of skip) if (body.blockStems[i]?.has(s)) n--;
  return n > 0;
}

/** Indexes of the blocks whose text is `text` (by title key). */
function showing(blocks: readonly HeadlineBlock[], key: string): number[] {
  const out: number[] = [];
  blocks.forEach((b, i) => {
    if (b.text.length <= MAX_HEADLINE_CHARS && headKey(b) === key) out.push(i);
  });
  return out;
}

/**
 * Speaks of the story: half its content words in the body (leaving out the blocks in `skip`), two
 * at least (one when it has only one).
 */
function speaksOfStory(text: string, body: BodyIndex, stop: ReadonlySet<string>, skip: readonly number[]): boolean {
  const ss = new Set(stems(text, stop));
  if (!ss.size) return false;
  let shared = 0;
  for (const s of ss) if (inBody(body, s, skip)) shared++;
  return shared / ss.size >= MIN_STORY_SHARE && shared >= Math.min(2, ss.size);
}

/**
 * The story's headline for a title that names the site, or the title unchanged (see the module
 * comment for the evidence asked).
 */
export function storyTitle(found: Found<string> | undefined, blocks: readonly HeadlineBlock[], ctx: SiteTitleContext): Found<string> | undefined {
  if (!found) return found;
  const stop = stopwords(ctx.lang);
  const titleStems = new Set(stems(found.value, stop));
  if (titleStems.size > MAX_SITE_WORDS) return found;
  // Most titles speak of the story: the lead's first blocks say so before the whole lead is indexed.
  const leadAt = leadBlocks(blocks);
  if (leadUsesTitle(blocks, leadAt, stop, titleStems, titleKey(found.value))) return found;
  const body = indexBody(blocks, leadAt, stop);
  if (body.counts.size < MIN_BODY_STEMS) return found;
  const key = titleKey(found.value);
  // `inBody` reads only the lead's blocks of `skip`, so the lead's blocks that show the title
  // decide this test; the page-wide scan (a title key per block) runs only for a suspect title.
  const leadShown: number[] = [];
  body.blockStems.forEach((set, i) => {
    if (set && blocks[i]!.text.length <= MAX_HEADLINE_CHARS && headKey(blocks[i]!) === key) leadShown.push(i);
  });
  for (const s of titleStems) if (inBody(body, s, leadShown)) return found;
  const shownAt = showing(blocks, key);

  const why = siteEvidence(found.value, key, shownAt, blocks, ctx.siteName);
  if (!why || strippedOfSite(key, ctx)) return found;
  // The headline may be one heading level below a masthead (`<h1>` site, `<h2>` story), not
  // further: a much lower heading is a teaser or a sidebar's story.
  const levels = shownAt.map((i) => blocks[i]!.level).filter((l) => l > 0);
  const lowest = levels.length ? Math.min(...levels) + 1 : 6;
  const lead = leadHeadline(blocks, body, stop, key, lowest);
  if (!lead) return found;
  return { value: lead.value, evidence: `${lead.evidence} ("${found.value}" from ${found.evidence} ${why})` };
}

/**
 * A markup title that reads `Site name | <title>`: the site's name was told apart and cut, so
 * what is left is the story's title even when the main content shows another story.
 */
function strippedOfSite(key: string, ctx: SiteTitleContext): boolean {
  const site = ctx.siteName ? titleKey(ctx.siteName) : '';
  if (!site || site === key) return false;
  return ctx.candidates().some((c) => {
    const k = titleKey(c.value);
    return k !== key && k.includes(key) && k.includes(site);
  });
}

/** Why a title names the site rather than a story, or undefined when nothing says so. */
function siteEvidence(title: string, key: string, shownAt: readonly number[], blocks: readonly HeadlineBlock[], siteName: string | undefined): string | undefined {
  if (siteName) {
    const site = titleKey(siteName);
    if (site && (site === key || site.includes(key) || key.includes(site))) return 'is the site name';
  }
  if (DOMAIN_IN_RE.test(title)) return 'names a domain';
  if (shownAt.length && shownAt.every((i) => !blocks[i]!.inMain)) return 'is shown only outside the main content';
  return undefined;
}

/**
 * The headline at the top of the main content: the first heading (h1–h4), or else the first
 * headline-like line, between just above the main content's first block and the body's first
 * paragraph, whose words the body uses.
 */
function leadHeadline(blocks: readonly HeadlineBlock[], body: BodyIndex, stop: ReadonlySet<string>, titleKeyed: string, lowest: number): Found<string> | undefined {
  const start = blocks.findIndex((b) => b.inMain);
  if (start < 0) return undefined;
  let line: Found<string> | undefined;
  const end = Math.min(blocks.length, start + LEAD_REACH);
  for (let i = Math.max(0, start - HEADING_ABOVE); i < end; i++) {
    const b = blocks[i]!;
    const words = b.text.split(' ').length;
    if (b.inMain && b.level === 0 && words >= BODY_PARAGRAPH_WORDS) break;
    if (b.text.length > MAX_HEADLINE_CHARS || words < 2 || headKey(b) === titleKeyed) continue;
    if (b.level > Math.min(4, lowest)) continue;
    // A plain line only inside the main content (just above it sit teasers and related links),
    // and only for a title shown in an <h2> or lower (or not in a heading at all).
    if (b.level === 0 && (line || lowest < 3 || !b.inMain || !headlineLike(b.text, words))) continue;
    if (!speaksOfStory(b.text, body, stop, [i])) continue;
    if (b.level > 0) return { value: b.text, evidence: `<h${b.level}> at the top of the main content` };
    line = { value: b.text, evidence: 'the line at the top of the main content' };
  }
  return line;
}

/** A headline's shape: 3–25 words, a capital (or digit, quote) first, no full stop at the end. */
function headlineLike(text: string, words: number): boolean {
  return words >= 3 && words <= 25 && !/[.:,;|]$/u.test(text) && !/^\p{Ll}/u.test(text);
}
