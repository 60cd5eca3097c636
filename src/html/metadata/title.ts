/**
 * Title getter: JSON-LD headline → og:title → twitter:title → other title metas → microdata
 * headline → `<title>`, each cleaned of a ` - Site name` / `Site | ` affix (told by og:site_name,
 * by the separator, or by an `<h1>` that equals the rest); an `<h1>` that one candidate matches
 * confirms it.
 * @module
 */
import type { MetaSources } from './sources.js';
import { firstMeta, itemsWith, ldText } from './sources.js';
import { normalizeText } from '../walker.js';

/** A field value and where it came from. */
export interface Found<T> {
  value: T;
  evidence: string;
}

const TITLE_METAS = ['og:title', 'twitter:title', 'title', 'dc.title', 'dcterms.title', 'sailthru.title', 'parsely-title', 'headline'];

const APOSTROPHE_RE = /['’`´]/g;

const KEY_SEPARATORS_RE = /[\p{P}\p{S}\s]+/gu;
const NON_ASCII_RE = /[^\x00-\x7f]/;
const SURROGATE_RE = /[\ud800-\udfff]/;
/**
 * Per UTF-16 code unit, what {@link titleKey} does with it: 0 keep, 1 separator (`\p{P}`, `\p{S}` or
 * `\s`, as its regex says), 2 drop (an apostrophe), 255 not looked up yet (filled on first use).
 */
const KEY_CLASS = new Uint8Array(0x10000).fill(255);
const APOSTROPHE_1_RE = /['’`´]/;
const SEPARATOR_1_RE = /[\p{P}\p{S}\s]/u;

function keyClass(c: number): number {
  let k = KEY_CLASS[c]!;
  if (k === 255) {
    const ch = String.fromCharCode(c);
    k = KEY_CLASS[c] = APOSTROPHE_1_RE.test(ch) ? 2 : SEPARATOR_1_RE.test(ch) ? 1 : 0;
  }
  return k;
}

/** Loose key for comparing titles (apostrophes dropped: `Pakistan’s` = `Pakistans`). */
export function titleKey(s: string): string {
  const nonAscii = NON_ASCII_RE.test(s);
  const t = nonAscii ? s.normalize('NFKC').toLowerCase() : s.toLowerCase();
  // Astral characters are one code point to the regex: leave them to it.
  if (nonAscii && SURROGATE_RE.test(t)) {
    return t.replace(APOSTROPHE_RE, '').replace(KEY_SEPARATORS_RE, ' ').trim();
  }
  // The regexes' result from one scan: each separator run becomes one space, apostrophes are
  // dropped without breaking a run, and no space is left at either end.
  let out = '';
  let segStart = -1;
  let gap = false;
  for (let i = 0; i < t.length; i++) {
    const k = keyClass(t.charCodeAt(i));
    if (k === 0) {
      if (segStart < 0) {
        if (gap && out !== '') out += ' ';
        gap = false;
        segStart = i;
      }
      continue;
    }
    if (segStart >= 0) {
      out += t.slice(segStart, i);
      segStart = -1;
    }
    if (k === 1) gap = true;
  }
  if (segStart >= 0) out += segStart === 0 ? t : t.slice(segStart);
  return out;
}

/** Strip a site-name affix: a known site name, else the shorter side of the last/first separator. */
export function stripSiteAffix(
  title: string,
  siteName?: string,
  h1s: readonly string[] = [],
  prefer?: (parts: readonly string[]) => string | undefined,
): string {
  // `h1s`: the page's headings; one equal to a run of segments tells where the title is. `prefer`:
  // when several runs are shown, the one it picks (else the longest).
  const t = normalizeText(title);
  const h1Keys = new Set(h1s.map(titleKey));
  if (h1Keys.has(titleKey(t))) return t;
  const cuts: Array<{ start: number; end: number; colon: boolean }> = [];
  SEPARATOR_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SEPARATOR_G.exec(t)) !== null && cuts.length < 8) {
    cuts.push({ start: m.index, end: m.index + m[0].length, colon: m[0].trim() === ':' });
  }
  if (cuts.length === 0) return t;
  // A heading equal to a run of segments wins, the longest when several do (`SFGate: World Views :
  // Another political murder…` with the blog's name in an <h1>, the story in an <h2>).
  const bounds = [{ start: 0, end: 0 }, ...cuts, { start: t.length, end: t.length }];
  const shownIn = (keys: ReadonlySet<string>): string | undefined => {
    const parts: string[] = [];
    for (let i = 0; i < bounds.length - 1; i++) {
      for (let j = i + 1; j < bounds.length; j++) {
        if (i === 0 && j === bounds.length - 1) continue;
        const part = t.slice(bounds[i]!.end, bounds[j]!.start).trim();
        if (part && keys.has(titleKey(part))) parts.push(part);
      }
    }
    const chosen = parts.length > 1 && prefer ? prefer(parts) : undefined;
    return chosen ?? parts.reduce<string | undefined>((best, p) => (!best || p.length > best.length ? p : best), undefined);
  };
  const shown = shownIn(h1Keys);
  if (shown) return shown;
  const first = cuts[0]!;
  const last = cuts[cuts.length - 1]!;
  if (siteName) {
    const site = titleKey(siteName);
    const lastPart = titleKey(t.slice(last.end));
    const firstPart = titleKey(t.slice(0, first.start));
    if (site && (lastPart === site || (site.length > 3 && lastPart.includes(site)))) return t.slice(0, last.start);
    if (site && (firstPart === site || (site.length > 3 && firstPart.includes(site)))) return t.slice(first.end);
  }
  // A domain for a name (`toledoblade.com -- Steelers' Heinz turf…`, `… - Goal.com`) is the site.
  if (!first.colon && DOMAIN_RE.test(t.slice(0, first.start).trim()) && t.slice(first.end).split(' ').length >= 3) {
    return stripSiteAffix(t.slice(first.end), siteName, h1s, prefer);
  }
  if (DOMAIN_RE.test(t.slice(last.end).trim()) && t.slice(0, last.start).split(' ').length >= 3) return t.slice(0, last.start);
  // No site name to go by: drop a short last segment (≤ 4 words) when a real title remains.
  // A colon is a title's own punctuation here (`Review: …`), not a site separator.
  if (last.colon) return t;
  // A breadcrumb before the title (`News > World -- Judges in Liberian ex-president's trial…`):
  // one- or two-word segments, then a long last one.
  const tailWords = t.slice(last.end).split(' ').length;
  if (tailWords >= 5 && cuts.every((c) => !c.colon) && segmentsBefore(t, cuts).every((seg) => seg.split(' ').length <= 2)) {
    return t.slice(last.end);
  }
  const head = t.slice(0, last.start);
  const tail = t.slice(last.end);
  if (tail.split(' ').length <= 4 && head.split(' ').length >= 3) return head;
  return t;
}

/** A bare domain: `toledoblade.com`, `SignOnSanDiego.com`, `www.example.co.uk`. */
const DOMAIN_RE = /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|net|org|info|tv|biz|co\.uk|co\.za|com\.au|de|ch|at|fr|in|ca|au|nl|es|it|pl)$/iu;

/** The segments before the last separator. */
function segmentsBefore(t: string, cuts: ReadonlyArray<{ start: number; end: number }>): string[] {
  const out: string[] = [];
  let from = 0;
  for (const c of cuts) {
    out.push(t.slice(from, c.start).trim());
    from = c.end;
  }
  return out;
}

const SEPARATOR_G = /\s+(?:--|>)\s+|\s+[|\-–—·•»«/\\~]\s+|\s*[|·•»«]\s*|\s+::\s+|:\s+/g;

/** A short block that may be the headline as the page shows it. */
export interface HeadlineBlock {
  text: string;
  /** Heading level 1–6, 0 for other blocks. */
  level: number;
  /** Inside the main-content candidate. */
  inMain?: boolean;
  /** The block's lines when single `<br>`s break it (`Section<br>01.02.2022 Kategorie: …`). */
  lines?: readonly string[];
  /** Memo of {@link headKey} (undefined: not made yet). */
  key?: string;
}

/**
 * `titleKey(b.text)`, made once per block: the title, header and site-title checks each compare
 * the page's blocks with a title by key (a text is never changed after the block list is made).
 */
export function headKey(b: HeadlineBlock): string {
  let k = b.key;
  if (k === undefined) b.key = k = titleKey(b.text);
  return k;
}

export const MAX_HEADLINE_CHARS = 300;
const FIRST_WORD_TRIM_RE = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/** An ASCII letter or digit at `i` (neither punctuation nor a symbol, so {@link FIRST_WORD_TRIM_RE} keeps it). */
function alnumAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/**
 * The block that shows a title candidate in the page: one whose text equals the cleaned candidate,
 * or is a long-enough part of the raw candidate (the `<title>` minus its site affixes, whatever
 * they are), or a heading that starts with the cleaned candidate (a longer headline).
 */
function headlineFor(raw: string, cleaned: string, heads: ReadonlyArray<{ key: string; b: HeadlineBlock }>): HeadlineBlock | undefined {
  const rawKey = titleKey(raw);
  const cleanKey = titleKey(cleaned);
  const cleanLong = hasWords(cleanKey, 3);
  let best: HeadlineBlock | undefined;
  let bestScore = 0;
  for (const { key, b } of heads) {
    let score = 0;
    if (key === cleanKey || key === rawKey) score = 3;
    else if (key.length >= rawKey.length * 0.4 && hasWords(key, 3) && rawKey.includes(key)) score = 2 * (key.length / rawKey.length);
    else if (b.level > 0 && cleanLong && key.startsWith(cleanKey) && key.length <= cleanKey.length * 2.5) score = 1;
    if (score === 0) continue;
    if (b.level > 0) score += 0.5 - b.level / 20;
    if (score > bestScore) {
      bestScore = score;
      best = b;
    }
  }
  return best;
}

/** `s.split(' ').length >= n`, without the split. */
export function hasWords(s: string, n: number): boolean {
  for (let i = s.indexOf(' '), k = 1; i !== -1; i = s.indexOf(' ', i + 1)) if (++k >= n) return true;
  return n <= 1;
}

/** Marks a title read from the markup that no block of the page shows. */
export const NOT_SHOWN = '(not shown in the page)';

/** The markup's title candidates, raw, in order of preference. */
export function titleCandidates(src: MetaSources): Found<string>[] {
  const cands: Found<string>[] = [];
  for (const a of src.articles) {
    const v = ldText(a.headline) ?? ldText(a.name);
    if (v) cands.push({ value: v, evidence: `json-ld ${String(a['@type'])}.headline` });
  }
  for (const key of TITLE_METAS) {
    const v = firstMeta(src, [key]);
    if (v) cands.push({ value: v.value, evidence: `meta ${key}` });
  }
  const item = itemsWith(src, 'headline')[0];
  if (item?.text || item?.attr) cands.push({ value: normalizeText(item.attr ?? item.text), evidence: 'itemprop headline' });
  if (src.page.title) cands.push({ value: src.page.title, evidence: '<title>' });
  return cands;
}

/** The article title. */
export function getTitle(src: MetaSources, siteName?: string, blocks: readonly HeadlineBlock[] = []): Found<string> | undefined {
  const h1s = [...src.page.h1];
  for (const b of blocks) {
    if (h1s.length >= 40) break;
    if (b.level >= 1 && b.level <= 3 && b.text.length <= MAX_HEADLINE_CHARS) h1s.push(b.text);
  }
  const cands = titleCandidates(src);
  // Only blocks that could match a candidate get a key: a heading, or a block whose first word is in one.
  const lowered = cands.map((c) => c.value.toLowerCase()).join(' ');
  const heads: Array<{ key: string; b: HeadlineBlock }> = [];
  for (const b of blocks) {
    if (heads.length >= 200) break;
    if (b.text.length < 8 || b.text.length > MAX_HEADLINE_CHARS) continue;
    if (b.level === 0) {
      const sp = b.text.indexOf(' ');
      const first = (sp > 0 ? b.text.slice(0, sp) : b.text).toLowerCase();
      if (first.length > 2 && !lowered.includes(alnumAt(first, 0) && alnumAt(first, first.length - 1) ? first : first.replace(FIRST_WORD_TRIM_RE, ''))) continue;
    }
    heads.push({ key: headKey(b), b });
  }
  // The headline as the page shows it, matched against each candidate in order of preference; one
  // shown in a heading beats an earlier one shown only in a plain block (a teaser, a section label).
  let inBlock: Found<string> | undefined;
  // Built only when a test needs it (most pages return on a heading before any does).
  let body: Set<string> | undefined;
  const bodySet = (): Set<string> => (body ??= bodyWords(blocks));
  let untold: Found<string> | undefined;
  // Two segments of a title both shown in headings of one level (`The Final Chapter? - 1/21/2008 -
  // Broadcasting & Cable`, an <h1> masthead and an <h1> story): the one inside the main content.
  const prefer = (parts: readonly string[]): string | undefined => mainHeading(parts, blocks);
  for (const c of cands) {
    const cleaned = stripSiteAffix(c.value, siteName, h1s, prefer);
    const b = headlineFor(c.value, cleaned, heads);
    if (!b) continue;
    // A candidate shown only in a plain block (a masthead, a logo's text) whose words the body never
    // uses is the site's name (`Cape Argus`); a heading with such a title is kept (`Einzeltraining`).
    if (b.level === 0 && siteLike(cleaned, bodySet())) {
      untold ??= c;
      continue;
    }
    const shown = headKey(b) === titleKey(cleaned) ? cleaned : b.text;
    const found = { value: shown, evidence: `${c.evidence} (shown in ${b.level ? `<h${b.level}>` : 'a block'})` };
    if (!inBlock) {
      if (b.level > 0) return found;
      inBlock = found;
    } else if (b.level > 0 && exactlyShown(b.text, cleaned, siteName) && !headKey(b).endsWith(titleKey(inBlock.value))) {
      // …when that heading shows it exactly (not the site's name), and is not the first one with a
      // kicker before it (`Tunesien Große Aufgaben…` for `Große Aufgaben…`).
      return found;
    }
  }
  if (inBlock) return inBlock;
  // Shown, but only as the site's name (a masthead): the heading above the story, when it is one.
  if (untold) {
    const near = headingNearMain(blocks);
    if (near && bodyShare(near.value, bodySet()) >= TOLD_SHARE && near.value.split(' ').length >= 3) return { value: near.value, evidence: `${near.evidence} (${untold.evidence} "${untold.value}" names the site)` };
  }
  const cleaned = cands
    .map((c) => ({ value: stripSiteAffix(c.value, siteName, h1s, prefer), evidence: c.evidence }))
    .filter((c) => c.value.length > 1 && c.value.length < 400);
  // No candidate is shown as such, but the page's <h1> is a rewording of one, or contains one.
  const reworded = h1Variant(src.page.h1, cands);
  if (reworded) return reworded;
  // A bare <title> that no heading shows is often the site's name, not the story's: a heading right
  // above the main content is better evidence then.
  if (cleaned.length === 1 && cleaned[0]!.evidence === '<title>') {
    const near = headingNearMain(blocks);
    // …unless the <title> opens like that heading: then it is the story's own title, worded for the tab.
    const sameStart = near && titleKey(near.value).split(' ').slice(0, 5).join(' ') === titleKey(cleaned[0]!.value).split(' ').slice(0, 5).join(' ');
    if (near && near.value.split(' ').length >= 4 && !sameStart) return near;
  }
  // Not shown anywhere in the page: lift-title may still find the headline above the story.
  const first = cleaned[0];
  if (first) {
    const told = bodyTold(first.value, bodySet());
    if (told) return { value: told, evidence: `${first.evidence}, its site affixes told by the body, ${NOT_SHOWN}` };
    return { value: first.value, evidence: `${first.evidence} ${NOT_SHOWN}` };
  }
  return headingNearMain(blocks);
}

/**
 * Of title segments shown in headings, the only one shown in a heading of the main content, when
 * all are shown at the same (best) heading level; else undefined.
 */
function mainHeading(parts: readonly string[], blocks: readonly HeadlineBlock[]): string | undefined {
  let level = 7;
  let inMain: string | undefined;
  let mains = 0;
  for (const part of parts) {
    const key = titleKey(part);
    let best = 7;
    let main = false;
    for (const b of blocks) {
      if (b.level < 1 || b.level > 3 || b.text.length > MAX_HEADLINE_CHARS || b.level > best) continue;
      if (headKey(b) !== key) continue;
      if (b.level < best) main = false;
      best = b.level;
      main ||= b.inMain === true;
    }
    if (best === 7) return undefined;
    if (level !== 7 && best !== level) return undefined;
    level = best;
    if (main) {
      mains++;
      inMain = part;
    }
  }
  return mains === 1 ? inMain : undefined;
}

/** No title anywhere in the markup: the heading closest above the start of the main content. */
function headingNearMain(blocks: readonly HeadlineBlock[]): Found<string> | undefined {
  const start = blocks.findIndex((b) => b.inMain && b.level === 0);
  let best: Found<string> | undefined;
  for (let i = 0; i < blocks.length && (start < 0 || i <= start + 2); i++) {
    const b = blocks[i]!;
    if (b.level < 1 || b.level > 3 || b.text.length > MAX_HEADLINE_CHARS || b.text.split(' ').length < 2) continue;
    best = { value: b.text, evidence: `<h${b.level}> above the main content` };
    if (start < 0) break;
  }
  return best;
}

/** Words of a title for comparing wordings: its key's words of three letters or more. */
function titleWords(s: string): string[] {
  return titleKey(s).split(' ').filter((w) => w.length >= 3);
}

/**
 * The page's own `<h1>` when no title candidate is shown as such: an `<h1>` that contains a
 * candidate's segment of four words or more, and more words besides, gives that segment (`Nach Corona-Lockerungen Autohäuser
 * rechnen mit …` for `Corona-Lockerungen: Autohäuser rechnen mit … | MDR.DE`); one that rewords a
 * candidate (half the words of either shared, three at least: `Kein Zugang mehr mit
 * Sparpreis-Ticket` for `Kein Zutritt mehr mit Sparpreis-Tickets`) is the title as the reader sees it.
 */
function h1Variant(h1s: readonly string[], cands: readonly Found<string>[]): Found<string> | undefined {
  const heads = h1s.filter((h) => h.length <= MAX_HEADLINE_CHARS && h.split(' ').length >= 3);
  if (!heads.length || heads.length > 3) return undefined;
  for (const h of heads) {
    const key = ` ${titleKey(h)} `;
    for (const c of cands) {
      const seg = containedSegment(c.value, key);
      if (seg) return { value: seg, evidence: `${c.evidence} (a part of the <h1>)` };
    }
  }
  let best: Found<string> | undefined;
  let bestShare = 0;
  for (const h of heads) {
    const hw = new Set(titleWords(h));
    for (const c of cands) {
      const cw = new Set(titleWords(c.value));
      let shared = 0;
      for (const w of hw) if (cw.has(w)) shared++;
      const share = Math.max(shared / (hw.size || 1), shared / (cw.size || 1));
      // Same five opening words, then apart: the candidate is the story's own title with another
      // ending (kept, as for a bare <title> in getTitle).
      const sameStart = titleKey(h).split(' ').slice(0, 5).join(' ') === titleKey(c.value).split(' ').slice(0, 5).join(' ');
      if (shared >= 3 && share >= 0.5 && share > bestShare && !sameStart) {
        bestShare = share;
        best = { value: normalizeText(h), evidence: `<h1>, a rewording of ${c.evidence}` };
      }
    }
  }
  return best;
}

/** The longest separator-delimited segment (four words or more) of `title` found in `key`. */
function containedSegment(title: string, key: string): string | undefined {
  const t = normalizeText(title);
  const parts = t.split(SEPARATOR_SPLIT);
  let best: string | undefined;
  for (const part of [t, ...parts]) {
    const p = part.trim();
    if (p.split(' ').length < 4 || (best && best.length >= p.length)) continue;
    // Strictly inside: the <h1> adds words (a kicker before it), so it is not just a shortened
    // title; a part of the candidate must end the <h1> (`Kicker Headline` for `Kicker: Headline`).
    const k = ` ${titleKey(p)} `;
    if (k !== key && (part === t ? key.includes(k) : key.endsWith(k))) best = p;
  }
  return best;
}

const SEPARATOR_SPLIT = /\s+(?:--|>)\s+|\s+[|\-–—·•»«/\\~]\s+|\s*[|·•»«]\s*|\s+::\s+|:\s+/;

/** A heading that shows a title exactly, with two words or more, and not the site's name. */
function exactlyShown(heading: string, title: string, siteName: string | undefined): boolean {
  const key = titleKey(title);
  return titleKey(heading) === key && key.split(' ').length >= 2 && (!siteName || titleKey(siteName) !== key);
}

/** Content words (three letters or more) of the main content's text blocks. */
function bodyWords(blocks: readonly HeadlineBlock[]): Set<string> {
  const words = new Set<string>();
  for (const b of blocks) {
    if (!b.inMain || b.level !== 0) continue;
    for (const w of titleWords(b.text)) words.add(w);
  }
  return words;
}

/** Share of a segment's content words that the body uses (-1: no content word). */
function bodyShare(seg: string, body: ReadonlySet<string>): number {
  const ws = titleWords(seg);
  if (!ws.length) return -1;
  let n = 0;
  for (const w of ws) if (body.has(w)) n++;
  return n / ws.length;
}

/**
 * A `<title>` the page does not show, cut to the segments the story's body speaks of: a segment at
 * either end whose words the body never uses (`Khaleej Times Online - `, ` | Premier League
 * Football Transfer News, …`, ` - HOOPSWORLD | NBA News, Rumors and Information`) is the site's, when
 * what remains has three words or more, most of them in the body. Undefined when nothing is cut.
 */
export function bodyTold(title: string, body: ReadonlySet<string>): string | undefined {
  if (body.size < 30) return undefined;
  const t = normalizeText(title);
  const segs: Array<{ start: number; end: number; share: number }> = [];
  SEPARATOR_G.lastIndex = 0;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = SEPARATOR_G.exec(t)) !== null && segs.length < 8) {
    segs.push({ start: from, end: m.index, share: 0 });
    from = m.index + m[0].length;
  }
  if (!segs.length) return undefined;
  segs.push({ start: from, end: t.length, share: 0 });
  for (const s of segs) s.share = bodyShare(t.slice(s.start, s.end), body);
  let i = 0;
  let j = segs.length - 1;
  while (i < j && segs[i]!.share <= UNTOLD_SHARE) i++;
  while (j > i && segs[j]!.share <= UNTOLD_SHARE) j--;
  if (i === 0 && j === segs.length - 1) return undefined;
  const core = t.slice(segs[i]!.start, segs[j]!.end).trim();
  // Three words of four letters or more, most in the body (not a section label: `Arts and Entertainment`).
  const long = titleWords(core).filter((w) => w.length >= 4);
  if (long.length < 3 || long.filter((w) => body.has(w)).length < long.length * TOLD_SHARE) return undefined;
  return core;
}

/** A title segment the body uses at most this share of is the site's. */
const UNTOLD_SHARE = 0.25;
/** The story's part of the title: at least this share of its words in the body. */
const TOLD_SHARE = 0.5;

/** A title none of whose words the body uses (a site's name), on a page with a body to go by. */
function siteLike(title: string, body: ReadonlySet<string>): boolean {
  return body.size >= 30 && bodyShare(title, body) === 0;
}
