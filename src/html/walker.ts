/**
 * The one walk over the HTML: htmlparser2's tokenizer/parser events (no DOM is built, no script
 * runs, nothing is fetched) → blocks of visible text in document order, a record per block-level
 * element with subtree aggregates (for main-content scoring), and page facts for metadata.
 *
 * A block is the text of one block-level element that is not inside a nested block: `<p>`, `<li>`,
 * a heading…, or a run of text directly under a `<div>` between its block children. `<br><br>`
 * splits a run. Iterative (explicit stack), so deep nesting cannot overflow the call stack.
 * @module
 */
import type { Block, BlockKind } from '../types.js';
import { DecruftError } from '../errors.js';
import { hasAboveLatin1, latin1Compact } from '../one-byte.js';
import type { PageInfo } from './page-info.js';
import { emptyPageInfo } from './page-info.js';
import { LineCursor } from './positions.js';
import { Span } from '../span.js';
import { FastTokenizer } from './tokenizer.js';
import { LeanParser, NameTable } from './parser.js';
import type { TagInfo } from './tags.js';
import { HIDDEN_CLASS_RE, HIDDEN_STYLE_RE, KNOWN_TAGS, NAV_LIKE_ROLES, tagInfo } from './tags.js';

/** A block-level element, with aggregates over its subtree (filled when it closes). */
export interface ElementRecord {
  id: number;
  tag: string;
  /** Parent record id, -1 for the root. */
  parent: number;
  /** Own class and id tokens, lower-cased. */
  tokens: string;
  /** Largest record id in the subtree: the subtree is the id range [id, last]. */
  last: number;
  /** Characters of block text in the subtree, and those inside links. */
  chars: number;
  linkChars: number;
  words: number;
  /** Paragraph-like blocks in the subtree (≥ 50 chars, mostly not links). */
  paras: number;
  /** Elements (block and inline) in the subtree. */
  elements: number;
  /** Blocks in the subtree. */
  blocks: number;
  /** Readability-style content score received from paragraphs below (set by main-content). */
  score: number;
  /** Own or inherited context flags at the element (see `F_*`). */
  flags: number;
}

/** Context flags, inherited down the tree. */
export const F_DROP = 1;
export const F_LINK = 2;
export const F_ARTICLE = 4;
export const F_NAV = 8;
export const F_HIDDEN = 16;
export const F_HIDDEN_CLASS = 32;
export const F_TABLE = 64;
export const F_FIGURE = 128;
export const F_LIST = 256;
export const F_HEADING = 512;
export const F_ARIA_HIDDEN = 1024;
export const F_HEAD = 2048;
export const F_FORM = 4096;

const HIDDEN_ANY = F_HIDDEN | F_HIDDEN_CLASS;
/** The facts of a tag outside the vocabulary (a fresh frame's placeholder). */
const OTHER_INFO: TagInfo = tagInfo('');

/** Per-block facts the walk knows and later stages need (aligned with blocks). */
export interface BlockSite {
  /** Record of the element that owns the text. */
  owner: number;
  /** Record that groups sibling blocks (the owner's parent for leaf blocks like `<p>`). */
  container: number;
  flags: number;
  /** Nearest nav-like landmark (`nav`, `footer`, `role=navigation`…) or ''. */
  nav: string;
  /** Class/id tokens of inline elements inside the block. */
  inner: string;
  /** Space-separated words of the block text. */
  words: number;
}

/** One open element of the walk's stack (reused: see `Walker.frames`). */
class Frame {
  tag = '';
  info: TagInfo = OTHER_INFO;
  /** Record id when block-level, else -1. */
  rec = -1;
  /** Index in the frame stack of the nearest block-level frame at or above. */
  blockIdx = 0;
  flags = 0;
  nav = '';
  tokens = '';
  /** Kind imposed by a context (`li`, `blockquote`, heading, figcaption…). */
  kind: BlockKind | undefined = undefined;
  level = 0;
  href: string | undefined = undefined;
  /** Length of the markdown parts when a link opened, and the run it opened in. */
  mdMark = -1;
  mdRun = 0;
  /** Index in `page.items` of a value capturing this element's text, else -1. */
  capture = -1;
  /** Memo of {@link Walker.path} (valid while `pathBase` is the current base) and of {@link Walker.attrs}. */
  path: StrNode | undefined = undefined;
  pathBase = -1;
  attrs: StrNode | undefined = undefined;

  /** Back to the fresh state (every field as the constructor sets it). */
  reset(): void {
    this.tag = '';
    this.info = OTHER_INFO;
    this.rec = -1;
    this.blockIdx = 0;
    this.flags = 0;
    this.nav = '';
    this.tokens = '';
    this.kind = undefined;
    this.level = 0;
    this.href = undefined;
    this.mdMark = -1;
    this.mdRun = 0;
    this.capture = -1;
    this.path = undefined;
    this.pathBase = -1;
    this.attrs = undefined;
  }
}

/**
 * A node of a per-page trie of built strings (tag paths, ancestor tokens), keyed by the part added
 * at each step (a tag, an element's token string). Equal paths share one string: a page has a few
 * dozen distinct ones for thousands of blocks, and looking a child up by its part (an interned tag
 * or a cached token string) hashes no freshly concatenated string.
 */
interface StrNode {
  s: string;
  kids: Map<string, StrNode> | undefined;
}

/** The child of `node` under `key` (made on first use; its string is set by the caller when ''). */
function kid(node: StrNode, key: string): StrNode {
  let kids = node.kids;
  if (kids === undefined) node.kids = kids = new Map<string, StrNode>();
  let k = kids.get(key);
  if (k === undefined) {
    k = { s: '', kids: undefined };
    kids.set(key, k);
  }
  return k;
}

/** The attributes the walk reads, collected as the parser reports them (first one of a name wins). */
class Attrs {
  cls: string | undefined = undefined;
  id: string | undefined = undefined;
  role: string | undefined = undefined;
  itemprop: string | undefined = undefined;
  itemtype: string | undefined = undefined;
  hidden: string | undefined = undefined;
  style: string | undefined = undefined;
  ariaHidden: string | undefined = undefined;
  href: string | undefined = undefined;
  rel: string | undefined = undefined;
  content: string | undefined = undefined;
  datetime: string | undefined = undefined;
  src: string | undefined = undefined;
  lang: string | undefined = undefined;
  type: string | undefined = undefined;
  /** Every attribute, for elements whose whole attribute set is kept (`<meta>`, `<link>`). */
  all: Record<string, string> | undefined = undefined;
}

/** Own class/id tokens of an element and what the walk tests on them, cached per raw class/id text. */
interface TokenFacts {
  tokens: string;
  hiddenClass: boolean;
  byline: boolean;
}

const NO_TOKENS: TokenFacts = { tokens: '', hiddenClass: false, byline: false };

/** Options of {@link walkHtml}. */
export interface WalkOptions {
  deadline: number;
  /** Keep `[text](href)` in block markdown. */
  links: boolean;
  /** Base URL to resolve links against. */
  url?: string;
}

/** What the walk returns. */
export interface WalkResult {
  blocks: Block[];
  sites: BlockSite[];
  recs: ElementRecord[];
  page: PageInfo;
}

/** A whitespace run that is not already one plain space (so a long single-spaced text is not rewritten). */
const WS_RUN_RE = /(?:[^\S ]|[\u200b-\u200d\u2060\ufeff]| (?=[\s\u200b-\u200d\u2060\ufeff]))[\s\u200b-\u200d\u2060\ufeff]*/g;
const NEEDS_WS_RE = /[^\S ]|[\u200b-\u200d\u2060\ufeff]| {2}/;
const SOFT_HYPHEN_RE = /\u00ad/g;
const ITEMPROPS: ReadonlySet<string> = new Set([
  'headline', 'name', 'author', 'creator', 'datepublished', 'datecreated', 'datemodified',
  'description', 'articlesection', 'keywords', 'image', 'publisher', 'alternativeheadline',
]);
const REL_AUTHOR_RE = /(?:^|\s)author(?:\s|$)/i;
/** Class/id tokens of byline elements (generic conventions: `.byline`, `.author-name`…). */
export const BYLINE_CLASS_RE: RegExp =
  /(?:^| )(?:byline|by-line|bylines|byline-name|byline__name|byline__author|author|authors|author-name|authorname|article-author|articleauthor|post-author|entry-author|story-author|meta-author|author-link|writer|(?![a-z\d_-]*(?:comment|reply|listing|teaser|related|card|widget|sidebar))[a-z\d]+(?:[-_]+[a-z\d]+)*?[-_]+(?:author|byline)(?:[-_]+(?:name|txt|text|link|info))?)(?:$| )/;
/** The attributes {@link Walker.onattribute} reads (others are skipped by the parser, their values never sliced). */
const WALK_ATTRIBUTES = new NameTable([
  'class', 'id', 'role', 'itemprop', 'itemtype', 'hidden', 'style', 'aria-hidden', 'href', 'rel', 'content',
  'datetime', 'src', 'lang', 'type',
]);
const TAG_NAMES = new NameTable(KNOWN_TAGS);
const MAX_ITEMS = 2000;
const MAX_TOKENS = 200;
const MAX_PATH = 12;
const MAX_CAPTURE = 400;

/** Throw TIMEOUT once `performance.now()` passes the deadline (call every few thousand steps). */
export function checkDeadline(deadline: number, stage: string): void {
  if (performance.now() > deadline) throw new DecruftError('TIMEOUT', `HTML ${stage} ran over the time budget`);
}

/** Collapse whitespace (incl. NBSP and zero-width characters) and trim. */
export function normalizeText(s: string): string {
  let out = NEEDS_WS_RE.test(s) ? s.replace(WS_RUN_RE, ' ').trim() : s.trim();
  if (out.includes('\u00ad')) out = out.replace(SOFT_HYPHEN_RE, '');
  return out;
}

const NON_BLANK_RE = /\S/;


/** `s.trim() === ''` without making the trimmed string (`\s` is exactly what `trim` strips). */
export function isBlank(s: string): boolean {
  const c = s.charCodeAt(0);
  // A visible ASCII character first (the usual case) is not blank.
  if (c > 0x20 && c < 0x7f) return false;
  return !NON_BLANK_RE.test(s);
}

/**
 * The lines of an HTML block broken by single `<br>`s (`Headline<br>By Name<br>Date`), from its
 * `dom.breaks`; undefined for a block of one line (and for every text-dump line).
 */
export function blockLines(block: Block): string[] | undefined {
  const breaks = block.dom?.breaks;
  if (!breaks) return undefined;
  const lines: string[] = [];
  let from = 0;
  for (const at of breaks) {
    lines.push(block.text.slice(from, at - 1));
    from = at;
  }
  lines.push(block.text.slice(from));
  return lines;
}

/**
 * Where the lines of a run broken by single `<br>`s start in its normalised text (the spaces at
 * `brParts` are the breaks); undefined when the text has one line, or when the lines, normalised
 * one by one, do not join into exactly that text.
 */
export function lineBreaks(parts: readonly string[], brParts: readonly number[], text: string): number[] | undefined {
  const lines: string[] = [];
  let from = 0;
  for (const at of [...brParts, parts.length]) {
    const line = normalizeText(parts.slice(from, at).join(''));
    if (line) lines.push(line);
    from = at + 1;
  }
  if (lines.length < 2 || lines.join(' ') !== text) return undefined;
  const breaks: number[] = [];
  let offset = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    offset += lines[i]!.length + 1;
    breaks.push(offset);
  }
  return breaks;
}

function countWords(s: string): number {
  let n = 1;
  for (let i = s.indexOf(' '); i !== -1; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

/** Whether {@link BYLINE_CLASS_RE} can match: each of its alternatives holds one of these words. */
export function mayBeByline(tokens: string): boolean {
  return tokens.includes('author') || tokens.includes('byline') || tokens.includes('by-line') || tokens.includes('writer');
}

/** Whether `HIDDEN_CLASS_RE` can match: each of its alternatives holds one of these parts. */
export function mayHide(tokens: string): boolean {
  return tokens.includes('hid') || tokens.includes('sr-only') || tokens.includes('screen') || tokens.includes('invisible');
}

function ownTokens(cls: string | undefined, id: string | undefined, cache: Map<string, TokenFacts>, twoByte: boolean): TokenFacts {
  if (!cls && !id) return NO_TOKENS;
  const raw = cls && id ? `${cls} ${id}` : (cls ?? id)!;
  if (raw === '') return NO_TOKENS;
  let facts = cache.get(raw);
  if (facts === undefined) {
    let tokens = normalizeText(raw.toLowerCase()).slice(0, 120);
    // Paths of ancestor tokens are built from these, and matched against class/id regexes.
    if (twoByte && tokens) tokens = latin1Compact(tokens);
    facts = { tokens, hiddenClass: mayHide(tokens) && HIDDEN_CLASS_RE.test(tokens), byline: mayBeByline(tokens) && BYLINE_CLASS_RE.test(tokens) };
    if (cache.size < 50_000) cache.set(raw, facts);
  }
  return facts;
}

/** Block-building state machine fed by htmlparser2's events. */
class Walker {
  readonly blocks: Block[] = [];
  readonly sites: BlockSite[] = [];
  readonly recs: ElementRecord[] = [];
  readonly page: PageInfo = emptyPageInfo();
  /**
   * The open-element stack: `frames[0 … depth-1]`. Frame objects are reused (a page opens thousands
   * of elements but nests a few dozen deep), so no frame is allocated per element.
   */
  private readonly frames: Frame[] = [];
  private depth = 0;
  private parser!: LeanParser;
  /** Line/column of block offsets (set in {@link run}). */
  private lines!: LineCursor;
  /** Attributes of the element being opened (reset at each tag name). */
  private attribs = new Attrs();
  private readonly tokenCache = new Map<string, TokenFacts>();
  /** Roots of the string tries: paths from the base, cut paths (`…>…`), ancestor tokens. */
  private readonly pathRoot: StrNode = { s: '', kids: undefined };
  private readonly cutPathRoot: StrNode = { s: '', kids: undefined };
  private readonly attrsRoot: StrNode = { s: '', kids: undefined };
  private events = 0;
  private bodyIdx = -1;
  /** The source holds a code unit above Latin-1, so its slices are two-byte strings (block texts are made one-byte when they can be). */
  private twoByte = false;
  // The current text run.
  private parts: string[] = [];
  /** Markdown parts of the run (only with `links`), and whether a link was written into them. */
  private md: string[] = [];
  private runMdLink = false;
  /** Counts flushed runs, so a link spanning blocks writes no half markdown link. */
  private runSeq = 0;
  private runLink = 0;
  private runStart = -1;
  private runEnd = 0;
  private runInner = '';
  private pendingBr = false;
  /** Indices in `parts` of the spaces that single `<br>`s put in the current run. */
  private brParts: number[] = [];
  // Raw text captured inside dropped elements (title, JSON-LD).
  private raw: string | undefined;
  private rawKind: 'title' | 'json' | undefined;
  private openCaptures: number[] = [];
  /** Inside `<head>` and no body content seen yet. */
  private headOpen = false;

  constructor(private readonly options: WalkOptions) {
    this.openRecord('#document', -1, 0, '');
    const root = this.pushFrame();
    root.tag = '#document';
    root.info = tagInfo('#document');
    root.rec = 0;
    root.mdMark = 0;
  }

  /** A reset frame on top of the stack (a reused one when the stack was this deep before). */
  private pushFrame(): Frame {
    let f = this.frames[this.depth];
    if (f === undefined) {
      f = new Frame();
      this.frames.push(f);
    } else f.reset();
    this.depth++;
    return f;
  }

  run(source: string): void {
    this.twoByte = hasAboveLatin1(source);
    this.lines = new LineCursor(source);
    this.parser = new LeanParser(this, {
      decodeEntities: true, Tokenizer: FastTokenizer, tagNames: TAG_NAMES, attributeNames: WALK_ATTRIBUTES,
    });
    this.parser.end(source);
  }

  private openRecord(tag: string, parent: number, flags: number, tokens: string): number {
    const id = this.recs.length;
    this.recs.push({
      id, tag, parent, tokens, last: id, chars: 0, linkChars: 0, words: 0, paras: 0, elements: 0,
      blocks: 0, score: 0, flags,
    });
    return id;
  }

  private tick(): void {
    if ((++this.events & 1023) === 0) checkDeadline(this.options.deadline, 'parsing');
  }

  onattribute(name: string, value: string): void {
    const a = this.attribs;
    const all = a.all;
    if (all !== undefined && !Object.prototype.hasOwnProperty.call(all, name)) all[name] = value;
    switch (name) {
      case 'class': if (a.cls === undefined) a.cls = value; break;
      case 'id': if (a.id === undefined) a.id = value; break;
      case 'role': if (a.role === undefined) a.role = value; break;
      case 'itemprop': if (a.itemprop === undefined) a.itemprop = value; break;
      case 'itemtype': if (a.itemtype === undefined) a.itemtype = value; break;
      case 'hidden': if (a.hidden === undefined) a.hidden = value; break;
      case 'style': if (a.style === undefined) a.style = value; break;
      case 'aria-hidden': if (a.ariaHidden === undefined) a.ariaHidden = value; break;
      case 'href': if (a.href === undefined) a.href = value; break;
      case 'rel': if (a.rel === undefined) a.rel = value; break;
      case 'content': if (a.content === undefined) a.content = value; break;
      case 'datetime': if (a.datetime === undefined) a.datetime = value; break;
      case 'src': if (a.src === undefined) a.src = value; break;
      case 'lang': if (a.lang === undefined) a.lang = value; break;
      case 'type': if (a.type === undefined) a.type = value; break;
    }
  }

  onopentag(name: string): void {
    this.tick();
    const a = this.attribs;
    const parent = this.frames[this.depth - 1]!;
    let flags = parent.flags;
    if (flags & F_DROP) {
      this.pushInert(name, parent);
      return;
    }
    const info = tagInfo(name);
    // The vocabulary's own copy of a known name: one string for every element of a tag, not one each.
    if (info.name !== '') name = info.name;
    if (flags & F_HEAD && this.headOpen && !info.head) this.headOpen = false;
    if (name === 'head') {
      this.headOpen = true;
      flags |= F_HEAD;
    }
    if (info.drop) {
      this.openDropped(name, a.type);
      this.pushInert(name, parent);
      return;
    }
    this.recs[this.frames[parent.blockIdx]!.rec]!.elements++;
    switch (name) {
      case 'br':
        if (this.pendingBr && this.parts.length) this.flush();
        else {
          this.pendingBr = true;
          this.brParts.push(this.parts.length);
          this.parts.push(' ');
          if (this.options.links) this.md.push(' ');
        }
        this.pushInert(name, parent);
        return;
      case 'meta':
        this.page.metas.push(a.all ?? {});
        break;
      case 'link':
        if (a.rel) this.page.links.push(a.all ?? {});
        break;
      case 'html':
        if (a.lang && !this.page.htmlLang) this.page.htmlLang = a.lang;
        break;
    }
    const own = ownTokens(a.cls, a.id, this.tokenCache, this.twoByte);
    const tokens = own.tokens;
    let nav = parent.nav;
    if (info.nav) {
      flags |= F_NAV;
      nav = name;
    }
    const role = a.role;
    if (role) {
      if (NAV_LIKE_ROLES.has(role)) {
        flags |= F_NAV;
        nav = `role=${role}`;
      } else if (role === 'main' || role === 'article') flags |= F_ARTICLE;
    }
    if (name === 'article' || name === 'main') flags |= F_ARTICLE;
    const itemprop = a.itemprop?.toLowerCase();
    if (itemprop === 'articlebody' || a.itemtype?.includes('Article')) flags |= F_ARTICLE;
    if (a.hidden !== undefined || (a.style !== undefined && HIDDEN_STYLE_RE.test(a.style))) {
      flags |= F_HIDDEN;
    }
    if (a.ariaHidden === 'true') flags |= F_ARIA_HIDDEN;
    if (own.hiddenClass) flags |= F_HIDDEN_CLASS;
    let kind = parent.kind;
    let level = parent.level;
    let href: string | undefined;
    switch (name) {
      case 'a':
        if (a.href !== undefined) {
          flags |= F_LINK;
          href = a.href;
        }
        break;
      case 'table':
        flags |= F_TABLE;
        break;
      case 'form':
        flags |= F_FORM;
        break;
      case 'figure':
        flags |= F_FIGURE;
        break;
      case 'ul':
      case 'ol':
      case 'dl':
        flags |= F_LIST;
        break;
      case 'body':
        this.bodyIdx = this.depth;
        break;
    }
    // A hidden inline element (display:none, hidden, sr-only…) becomes its own block, so its text
    // is not merged into a visible paragraph and dom-hidden can report it.
    const isBlock = info.block || ((flags & HIDDEN_ANY) !== 0 && (parent.flags & HIDDEN_ANY) === 0);
    if (isBlock) {
      this.flush();
      const k = info.kind;
      if (k === 'heading') {
        kind = 'heading';
        level = name.charCodeAt(1) - 48;
        flags |= F_HEADING;
      } else if (k === 'table-cell') kind = undefined;
      else if (k) kind = k;
      else if (parent.kind === 'list-item' && this.frames[parent.blockIdx]!.tag !== 'li') kind = undefined;
      if (name === 'hr') {
        this.pushInert(name, parent);
        return;
      }
    } else if (tokens) {
      this.runInner = this.runInner ? `${this.runInner} ${tokens}` : tokens;
    }
    let capture = -1;
    const prop =
      itemprop && ITEMPROPS.has(itemprop) ? itemprop
      : name === 'time' ? 'time'
      : a.rel && REL_AUTHOR_RE.test(a.rel) ? 'rel-author'
      : own.byline ? 'byline-class'
      : undefined;
    if (prop !== undefined && this.page.items.length < MAX_ITEMS) {
      const attr = a.content ?? a.datetime ?? (name === 'time' || !itemprop ? undefined : a.href ?? a.src);
      capture = this.page.items.length;
      this.page.items.push({
        prop,
        attr,
        text: '',
        inArticle: (flags & F_ARTICLE) !== 0,
        tokens,
        rec: -1,
      });
      this.openCaptures.push(capture);
    }
    const idx = this.depth;
    let rec = -1;
    if (isBlock) rec = this.openRecord(name, this.frames[parent.blockIdx]!.rec, flags, tokens);
    if (capture >= 0) this.page.items[capture]!.rec = isBlock ? rec : this.frames[parent.blockIdx]!.rec;
    const mdMark = href !== undefined && this.options.links ? this.md.push('[') - 1 : -1;
    const f = this.pushFrame();
    f.tag = name;
    f.info = info;
    f.rec = rec;
    f.blockIdx = isBlock ? idx : parent.blockIdx;
    f.flags = flags;
    f.nav = nav;
    f.tokens = tokens;
    f.kind = kind;
    f.level = level;
    f.href = href;
    f.mdMark = mdMark;
    f.mdRun = this.runSeq;
    f.capture = capture;
  }

  /** A frame that contributes nothing (dropped content, void elements); it never owns text, so `info` is unused. */
  private pushInert(name: string, parent: Frame): void {
    const { info, blockIdx, flags, nav, kind, level } = parent;
    const f = this.pushFrame();
    f.tag = name;
    f.info = info;
    f.blockIdx = blockIdx;
    f.flags = flags | F_DROP;
    f.nav = nav;
    f.kind = kind;
    f.level = level;
  }

  private openDropped(name: string, type: string | undefined): void {
    if (name === 'head' || this.rawKind) return;
    if (name === 'script' && type?.toLowerCase().includes('ld+json')) {
      this.raw = '';
      this.rawKind = 'json';
    }
  }

  onclosetag(name: string): void {
    if (this.depth <= 1) return;
    // htmlparser2's open/close events are balanced (implied closes included): pop the top frame.
    const frame = this.frames[this.depth - 1]!;
    if (name === 'head') this.headOpen = false;
    if (frame.flags & F_DROP) {
      if (this.rawKind !== undefined && name === (this.rawKind === 'title' ? 'title' : 'script')) this.closeRaw();
      this.depth--;
      return;
    }
    if (frame.rec >= 0) this.flush();
    if (frame.capture >= 0) this.openCaptures.pop();
    if (frame.mdMark >= 0 && frame.mdRun === this.runSeq) {
      if (this.md.length === frame.mdMark + 1) this.md.pop();
      else {
        this.md.push(`](${this.resolve(frame.href!)})`);
        this.runMdLink = true;
      }
    }
    if (frame.rec >= 0) {
      const r = this.recs[frame.rec]!;
      r.last = this.recs.length - 1;
      const p = this.recs[r.parent]!;
      p.chars += r.chars;
      p.linkChars += r.linkChars;
      p.words += r.words;
      p.paras += r.paras;
      p.elements += r.elements;
      p.blocks += r.blocks;
    }
    this.depth--;
  }

  private closeRaw(): void {
    if (this.rawKind === 'title') {
      if (this.page.title === undefined) this.page.title = normalizeText(this.raw!);
    } else this.page.jsonLd.push(this.raw!);
    this.raw = undefined;
    this.rawKind = undefined;
  }

  onopentagname(name: string): void {
    const a = this.attribs;
    a.cls = a.id = a.role = a.itemprop = a.itemtype = a.hidden = a.style = a.ariaHidden = undefined;
    a.href = a.rel = a.content = a.datetime = a.src = a.lang = a.type = undefined;
    const keepAll = name === 'meta' || name === 'link';
    a.all = keepAll ? {} : undefined;
    // Elements inside dropped ones are never read; `<meta>` / `<link>` keep every attribute.
    const top = this.frames[this.depth - 1]!;
    this.parser.attributes = top.flags & F_DROP ? 'none' : keepAll ? 'all' : 'named';
    // `<title>` inside `<head>` is dropped content; start capturing it here (not inside SVG).
    if (name === 'title' && this.rawKind === undefined && this.page.title === undefined) {
      if (top.tag !== 'svg' && !this.inSvg()) {
        this.raw = '';
        this.rawKind = 'title';
      }
    }
  }

  private inSvg(): boolean {
    for (let i = this.depth - 1; i > 0; i--) if (this.frames[i]!.tag === 'svg') return true;
    return false;
  }

  ontext(data: string): void {
    this.tick();
    const frame = this.frames[this.depth - 1]!;
    if (frame.flags & F_DROP) {
      if (this.raw !== undefined && this.raw.length < 1_000_000) this.raw += data;
      return;
    }
    if (this.openCaptures.length) {
      for (const c of this.openCaptures) {
        const item = this.page.items[c]!;
        if (item.text.length < MAX_CAPTURE) item.text += data;
      }
    }
    const blank = isBlank(data);
    if (frame.flags & F_HEAD && this.headOpen) {
      // Text in <head> starts the body, as in browsers; blank text does not.
      if (blank) return;
      this.headOpen = false;
    }
    if (blank) {
      if (this.parts.length) {
        this.parts.push(' ');
        if (this.options.links) this.md.push(' ');
      }
      return;
    }
    this.pendingBr = false;
    if (this.runStart < 0) this.runStart = this.parser.startIndex;
    this.runEnd = this.parser.endIndex + 1;
    this.parts.push(data);
    if (this.options.links) this.md.push(data);
    if (frame.flags & F_LINK) this.runLink += normalizeText(data).length;
  }

  onend(): void {
    this.flush();
  }

  private resolve(href: string): string {
    if (!this.options.url) return href;
    try {
      return new URL(href, this.options.url).href;
    } catch {
      return href;
    }
  }

  /** Close the current text run into a block owned by the nearest block-level element. */
  private flush(): void {
    this.pendingBr = false;
    if (this.parts.length === 0) {
      if (this.md.length) this.md = [];
      this.runSeq++;
      return;
    }
    const parts = this.parts;
    let text = normalizeText(parts.length === 1 ? parts[0]! : parts.join(''));
    if (this.twoByte && text) text = latin1Compact(text);
    const frames = this.frames;
    const top = frames[this.depth - 1]!;
    const ownerFrame = frames[top.blockIdx]!;
    if (text) {
      const owner = ownerFrame.rec;
      const ownerRec = this.recs[owner]!;
      const container = ownerFrame.info.leaf && ownerRec.parent >= 0 ? ownerRec.parent : owner;
      let kind: BlockKind = ownerFrame.info.kind ?? ownerFrame.kind ?? 'paragraph';
      if (kind === 'table-cell' && ownerFrame.kind) kind = ownerFrame.kind;
      const linkChars = Math.min(this.runLink, text.length);
      const words = countWords(text);
      ownerRec.chars += text.length;
      ownerRec.linkChars += linkChars;
      ownerRec.words += words;
      ownerRec.blocks++;
      const flags = ownerFrame.flags;
      if (text.length >= 50 && linkChars < text.length / 2) ownerRec.paras++;
      const start = this.runStart >= 0 ? this.runStart : 0;
      const block: Block = {
        type: 'block',
        index: this.blocks.length,
        kind,
        text,
        position: Span.of(this.lines.point(start), this.lines.point(Math.max(start, this.runEnd))),
        dom: {
          tag: ownerFrame.tag,
          path: this.path(top.blockIdx),
          attrs: this.attrs(top.blockIdx),
          linkChars,
          depth: this.bodyIdx >= 0 ? top.blockIdx - this.bodyIdx : top.blockIdx,
          // Every field in one literal, in one order (also those set later or only on headings):
          // one object shape for all blocks keeps the code that reads them monomorphic.
          level: kind === 'heading' ? ownerFrame.level : undefined,
          breaks: this.brParts.length ? lineBreaks(parts, this.brParts, text) : undefined,
          extra: undefined,
        },
        removed: undefined,
        lifted: undefined,
        strippedPrefix: undefined,
        markdown: this.markdown(kind, ownerFrame.level, text),
      };
      this.blocks.push(block);
      this.sites.push({ owner, container, flags, nav: ownerFrame.nav, words, inner: this.runInner.slice(0, MAX_TOKENS) });
    }
    this.parts = [];
    if (this.brParts.length) this.brParts = [];
    if (this.md.length) this.md = [];
    this.runMdLink = false;
    this.runSeq++;
    this.runLink = 0;
    this.runStart = -1;
    this.runInner = '';
  }

  /**
   * Tag path from `<body>` (or the first element) to frame `ownerIdx`, at most {@link MAX_PATH}
   * tags (`…` in front when cut). Memoised per frame and built from the parent's path.
   */
  private path(ownerIdx: number): string {
    return this.pathNode(ownerIdx).s;
  }

  private pathNode(ownerIdx: number): StrNode {
    const base = this.bodyIdx >= 0 ? this.bodyIdx : 1;
    const frame = this.frames[ownerIdx]!;
    if (frame.pathBase === base) return frame.path!;
    let node: StrNode;
    if (ownerIdx < base) node = this.pathRoot;
    else if (ownerIdx === base) {
      node = kid(this.pathRoot, frame.tag);
      if (node.s === '') node.s = frame.tag;
    } else if (ownerIdx - base < MAX_PATH) {
      const up = this.pathNode(ownerIdx - 1);
      node = kid(up, frame.tag);
      if (node.s === '') node.s = `${up.s}>${frame.tag}`;
    } else {
      // The last MAX_PATH tags decide the cut path: one trie level per tag.
      node = this.cutPathRoot;
      for (let i = ownerIdx - MAX_PATH + 1; i <= ownerIdx; i++) node = kid(node, this.frames[i]!.tag);
      if (node.s === '') {
        let out = '…';
        for (let i = ownerIdx - MAX_PATH + 1; i <= ownerIdx; i++) out += '>' + this.frames[i]!.tag;
        node.s = out;
      }
    }
    frame.path = node;
    frame.pathBase = base;
    return node;
  }

  /**
   * Class/id tokens of frame `ownerIdx` and its ancestors (nearest first, at most 40 frames), cut
   * to {@link MAX_TOKENS} characters. Memoised per frame; within 40 frames of the root it is the
   * frame's own tokens in front of its parent's value (the cut keeps the same first characters).
   */
  private attrs(ownerIdx: number): string {
    return this.attrsNode(ownerIdx).s;
  }

  private attrsNode(ownerIdx: number): StrNode {
    const frame = this.frames[ownerIdx]!;
    if (frame.attrs !== undefined) return frame.attrs;
    let node: StrNode;
    if (ownerIdx <= 0) return this.attrsRoot;
    if (ownerIdx <= 40) {
      const up = this.attrsNode(ownerIdx - 1);
      const t = frame.tokens;
      if (!t) node = up;
      else {
        node = kid(up, t);
        if (node.s === '') {
          let out = up.s ? `${t} ${up.s}` : t;
          if (out.length > MAX_TOKENS) out = out.slice(0, MAX_TOKENS);
          node.s = out;
        }
      }
    } else {
      let out = '';
      for (let i = ownerIdx, n = 0; i > 0 && n < 40 && out.length < MAX_TOKENS; i--, n++) {
        const t = this.frames[i]!.tokens;
        if (t) out = out ? `${out} ${t}` : t;
      }
      if (out.length > MAX_TOKENS) out = out.slice(0, MAX_TOKENS);
      node = { s: out, kids: undefined };
    }
    frame.attrs = node;
    return node;
  }

  private markdown(kind: BlockKind, level: number, text: string): string {
    if (kind === 'pre') return '```\n' + (this.runMdLink ? this.md : this.parts).join('').replace(/^\n+|\s+$/g, '') + '\n```';
    const body = this.runMdLink ? normalizeText(this.md.join('')) : text;
    if (kind === 'heading') return `${'#'.repeat(Math.min(Math.max(level, 1), 6))} ${body}`;
    if (kind === 'list-item') return `- ${body}`;
    if (kind === 'quote') return `> ${body}`;
    return body;
  }

}

/** Walk an HTML source once into blocks, element records and page facts. */
export function walkHtml(source: string, options: WalkOptions): WalkResult {
  const walker = new Walker(options);
  walker.run(source);
  const { blocks, sites, recs, page } = walker;
  return { blocks, sites, recs, page };
}
