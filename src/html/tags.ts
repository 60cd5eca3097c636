/**
 * Tag and class/id vocabulary of the HTML front end: which elements are dropped, which start a
 * block, which are containers, and the class/id evidence for and against article content.
 * Generic web conventions only — nothing keyed to one site.
 * @module
 */
import type { BlockKind } from '../types.js';

/** Elements whose content is never visible text (or is page code), and ruby readings. */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'select', 'option', 'optgroup', 'datalist', 'textarea', 'button', 'input', 'audio',
  'video', 'map', 'title', 'frameset', 'frame', 'noframes', 'applet', 'param', 'source', 'track', 'dialog',
  // ruby annotations (furigana readings above the base text): read aloud, not part of the sentence
  'rt', 'rp',
]);

/** Elements that may sit in `<head>`; any other element or text there starts the body (as browsers do). */
export const HEAD_TAGS: ReadonlySet<string> = new Set([
  'meta', 'link', 'title', 'script', 'style', 'base', 'noscript', 'template', 'basefont', 'bgsound',
  'object', 'command',
]);

/** Elements that end the current text run: their own text (or their children's) is a new block. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'html', 'body', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'td', 'th',
  'dt', 'dd', 'figcaption', 'caption', 'div', 'section', 'article', 'main', 'header', 'footer',
  'nav', 'aside', 'form', 'ul', 'ol', 'dl', 'table', 'tr', 'tbody', 'thead', 'tfoot', 'figure',
  'address', 'center', 'fieldset', 'legend', 'details', 'summary', 'menu', 'hgroup', 'hr', 'dir',
  'search', 'marquee', 'colgroup', 'col',
]);

/**
 * Blocks that hold text themselves rather than other blocks: their container is their nearest
 * block ancestor. Any other block tag holding a text run is its own container.
 */
export const LEAF_BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'pre', 'dt', 'dd', 'figcaption', 'caption',
  'address', 'legend', 'summary', 'th',
]);

/**
 * Landmarks that hold page chrome rather than the story. Not `form`: ASP.NET-style pages wrap the
 * whole page, article included, in one `<form>` (reported as `extra.inForm` instead).
 */
export const NAV_LIKE_TAGS: ReadonlySet<string> = new Set(['nav', 'header', 'footer', 'aside', 'menu']);

/** ARIA roles with the same meaning as {@link NAV_LIKE_TAGS}. */
export const NAV_LIKE_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog',
  'alert', 'alertdialog', 'tablist',
]);

/** Block kind by tag; `undefined` for generic containers (paragraph unless a context says more). */
export const KIND_BY_TAG: Readonly<Record<string, BlockKind>> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', dt: 'list-item', dd: 'list-item',
  blockquote: 'quote', pre: 'pre', figcaption: 'caption', caption: 'caption',
  td: 'table-cell', th: 'table-cell',
};

/** Class/id tokens that suggest article content (readability's `positive`, widened a little). */
export const POSITIVE_RE: RegExp =
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|storytext|prose|paragraph|rich-?text|markdown/;

/** Class/id tokens that suggest page chrome (readability's `negative`, widened). */
export const NEGATIVE_RE: RegExp =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|taboola|social|cookie|newsletter|subscribe|signup|consent|breadcrumb|pager|menu|nav|teaser|recommend|trending|popular/;

/** Strong chrome evidence: with no article evidence on the same element, a block inside is junk. */
export const STRONG_NEGATIVE_RE: RegExp =
  /(?:^|[-_ ])(?:comments?|footer|nav|navbar|navigation|sidebar|share|sharing|social|related|promo|advert|advertisement|ads?|widget|menu|cookie|cookies|newsletter|subscribe|breadcrumbs?|taboola|outbrain|skip|masthead|sponsored|recommended|trending|most-?popular|popular|disqus)(?:$|[-_ ])/;

/** Tokens that unambiguously hide content for sighted readers. */
export const HIDDEN_CLASS_RE: RegExp =
  /(?:^| )(?:hidden|hide|sr-only|visually-?hidden|screen-?reader-text|screenreader|offscreen|a11y-hidden|element-invisible|u-hidden)(?:$| )/;

/** `style` values that hide an element. */
export const HIDDEN_STYLE_RE: RegExp = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Everything the walk asks about a tag name, looked up once per element (see {@link tagInfo}). */
export interface TagInfo {
  /** The tag name (one shared string per known tag; '' for tags outside the vocabulary). */
  name: string;
  drop: boolean;
  head: boolean;
  block: boolean;
  leaf: boolean;
  nav: boolean;
  kind: BlockKind | undefined;
}

const OTHER_TAG: TagInfo = { name: '', drop: false, head: false, block: false, leaf: false, nav: false, kind: undefined };
/**
 * Common inline elements: nothing in the vocabulary (they get {@link OTHER_TAG}'s facts), listed
 * only so that they too get one shared name string (see `TagInfo.name`).
 */
const INLINE_TAGS = [
  'a', 'span', 'img', 'b', 'i', 'em', 'strong', 'small', 'time', 'label', 'sup', 'sub', 'u', 'font', 'cite', 'abbr',
  'br', 'ins', 'del', 'mark', 'q', 'code', 'wbr', 'picture', 'nobr', 'tt', 's', 'strike', 'big', 'var', 'kbd', 'ruby',
];
const TAG_INFO = new Map<string, TagInfo>();
for (const t of [...DROP_TAGS, ...HEAD_TAGS, ...BLOCK_TAGS, ...LEAF_BLOCK_TAGS, ...NAV_LIKE_TAGS, ...Object.keys(KIND_BY_TAG), ...INLINE_TAGS]) {
  TAG_INFO.set(t, {
    name: t,
    drop: DROP_TAGS.has(t),
    head: HEAD_TAGS.has(t),
    block: BLOCK_TAGS.has(t),
    leaf: LEAF_BLOCK_TAGS.has(t),
    nav: NAV_LIKE_TAGS.has(t),
    kind: Object.hasOwn(KIND_BY_TAG, t) ? KIND_BY_TAG[t] : undefined,
  });
}

/** Every tag name of the vocabulary (for the parser's name table). */
export const KNOWN_TAGS: readonly string[] = [...TAG_INFO.keys()];

/** The vocabulary facts of one (lower-case) tag name: one map lookup instead of one per set. */
export function tagInfo(name: string): TagInfo {
  return TAG_INFO.get(name) ?? OTHER_TAG;
}
