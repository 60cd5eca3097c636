/**
 * Core data types shared by every stage of decruft: input → blocks → cleaners → metadata → output.
 * @module
 */

/** What the input is: a plain-text dump of a page, or raw HTML. */
export type InputType = 'text' | 'html';

/** The structural kind of a block, kept from the DOM where there is one. */
export type BlockKind =
  | 'paragraph'
  | 'heading'
  | 'list-item'
  | 'quote'
  | 'caption'
  | 'table-cell'
  | 'pre'
  | 'line';

/** A place in the input (unist-compatible): 1-based line and column, 0-based character offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A range in the input (unist-compatible). */
export interface Position {
  start: Point;
  end: Point;
}

/** DOM evidence for a block that came from HTML. */
export interface DomInfo {
  /** Tag of the element that produced the block (`p`, `h2`, `li`, `div`, `td`, …). */
  tag: string;
  /** Ancestor tags from `body` down, joined by `>` (e.g. `body>div>article>p`). */
  path: string;
  /** Lower-cased class and id tokens of the element and its ancestors, nearest first, space-joined. */
  attrs: string;
  /** Characters of the block's text that sit inside `<a>` elements. */
  linkChars: number;
  /** Depth of the element below `<body>`. */
  depth: number;
  /** Heading level 1–6 when the block is a heading. */
  level?: number;
  /**
   * Offsets in `text` where a line broken by a single `<br>` starts (the text has a space there):
   * `Headline<br>By Name<br>Date` is one block whose lines a lifter may read apart.
   */
  breaks?: number[];
  /** Free slot for extra DOM features (set by the HTML block builder, read by scorers). */
  extra?: Record<string, number | string | boolean>;
}

/** One unit of text: a line of a dump, or a block element of a page. */
export interface Block {
  type: 'block';
  /** 0-based index in document order. */
  index: number;
  kind: BlockKind;
  /** Whitespace-normalised text of the block. */
  text: string;
  /** Where the block is in the (decoded) input. */
  position: Position;
  /** DOM evidence, for blocks from HTML. */
  dom?: DomInfo;
  /** Set by the cleaner that removed the block. */
  removed?: { ruleId: string; reason: string };
  /** Set when a metadata lifter took the block out of the body into a metadata field. */
  lifted?: { ruleId: string; field: MetadataField };
  /**
   * Set when a lifter cut a prefix off a kept block (e.g. the `BAGHDAD (Reuters) -` dateline):
   * `text` is what was cut, `start`/`end` its 0-based offsets in the input. The block's `text` and
   * `position.start` then describe the rest.
   */
  strippedPrefix?: { ruleId: string; reason: string; field: MetadataField; text: string; start: number; end: number };
  /** For links-aware output: the block's markdown rendering (HTML path only). */
  markdown?: string;
}

/** Names of metadata fields. */
export type MetadataField =
  | 'title'
  | 'subtitle'
  | 'authors'
  | 'date'
  | 'modified'
  | 'dateline'
  | 'source'
  | 'language'
  | 'url'
  | 'description'
  | 'image'
  | 'tags'
  | 'section'
  | 'credits';

/** Article metadata. A field that cannot be found is absent, never guessed. */
export interface Metadata {
  title?: string;
  /** Dek / standfirst. */
  subtitle?: string;
  authors?: string[];
  /** Published date, ISO 8601 (date only when the source gives no time). */
  date?: string;
  /** Last modified date, ISO 8601. */
  modified?: string;
  /** Place line that opens the story, e.g. `BAGHDAD`. */
  dateline?: string;
  /** Agency or publisher named in the text or page, e.g. `Reuters`. */
  source?: string;
  /** ISO 639-1 code. */
  language?: string;
  url?: string;
  description?: string;
  image?: string;
  tags?: string[];
  section?: string;
  /** Contributor credits lifted from the body, e.g. `With additional reporting by …`. */
  credits?: string;
  /** Words in the clean text. */
  wordCount: number;
}

/** Where a metadata value came from. */
export interface Provenance {
  /** The cleaner or metadata getter that set it. */
  ruleId: string;
  /** What it was read from (e.g. `json-ld NewsArticle.headline`, `line 3`). */
  evidence: string;
}

/** One removed block, as reported to the caller. */
export interface Removal {
  /** The cleaner that removed it. */
  ruleId: string;
  /** One human-readable line. */
  reason: string;
  text: string;
  kind: BlockKind;
  /** 1-based first and last line of the block in the input. */
  lineStart: number;
  lineEnd: number;
  /** 0-based character offsets of the block in the (decoded) input. */
  start: number;
  end: number;
}

/** The result of {@link clean}. */
export interface CleanResult {
  /** Article body: paragraphs separated by one blank line, subheads kept as their own paragraphs. */
  text: string;
  metadata: Metadata;
  /** Every removed or lifted block, in input order. */
  removed: Removal[];
  /** What the input was taken to be. */
  type: InputType;
  /** Markdown rendering of the body (only when `options.format === 'markdown'`). */
  markdown?: string;
  /** Source of each metadata field (only with `options.explain`). */
  provenance?: Partial<Record<MetadataField, Provenance>>;
  /** Non-fatal notes, e.g. `no-article` when nothing looked like an article. */
  warnings: string[];
  /** Time spent per stage in ms (only with `options.profile`). */
  profile?: Record<string, number>;
}

/** Per-cleaner setting: `false`/`'off'` disables it; an object overrides its options. */
export type CleanerSetting = false | 'off' | Record<string, unknown>;

/** Options of {@link clean}. One object; every field optional. */
export interface CleanOptions {
  /** Force the input type; detected when absent or `'auto'`. */
  type?: InputType | 'auto';
  /** Canonical URL of the page, when the caller knows it (e.g. from the crawl). */
  url?: string;
  /** Charset from the transport (e.g. HTTP `Content-Type`), for byte input. */
  charset?: string;
  /**
   * Text dumps: re-read lines that are UTF-8 decoded as windows-1252 or Mac Roman (`Ã©`, `â€™`,
   * `siƒô`) as UTF-8 (default true). A `mojibake-repaired` warning says how many; removal offsets
   * then point into the repaired text.
   */
  repairMojibake?: boolean;
  /** ISO 639-1 language, when the caller knows it; detected otherwise. */
  language?: string;
  /** Record metadata provenance. Removals are always returned. */
  explain?: boolean;
  /** Also render the body as Markdown. */
  format?: 'text' | 'markdown';
  /** With markdown: keep hyperlinks. */
  links?: boolean;
  /** Per-cleaner settings, by rule id. */
  cleaners?: Record<string, CleanerSetting>;
  /** Refuse inputs larger than this many bytes (default 20 MiB). */
  maxBytes?: number;
  /** Time budget per document in ms for the HTML parse/extraction (default 10,000). */
  timeoutMs?: number;
  /** Record time per stage. */
  profile?: boolean;
  /**
   * HTML: when the fast main-content candidate holds almost no text (under 300 characters), also ask
   * `@mozilla/readability` on a jsdom DOM (scripts off, nothing fetched) and take the blocks it keeps
   * as the main content when that gives clearly more text. Off by default: jsdom costs ~100 ms a page.
   */
  readabilityFallback?: boolean;
}
