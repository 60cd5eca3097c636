/**
 * Page-level facts collected during the one walk over the HTML (no second pass): `<meta>`,
 * `<link>`, `<title>`, JSON-LD scripts, `<time>` and microdata `itemprop` values. The metadata
 * getters read only this.
 * @module
 */

/** A microdata / `<time>` value found in the page. */
export interface ItemValue {
  /** `itemprop` name (lower-cased), or `time` for a `<time>` element without itemprop. */
  prop: string;
  /** `content` / `datetime` / `href` attribute when present. */
  attr?: string;
  /** Visible text of the element (whitespace-normalised, capped). */
  text: string;
  /** Inside `<article>` / `main` / `[itemprop=articleBody]`. */
  inArticle: boolean;
  /** Class/id tokens of the element. */
  tokens: string;
  /** Index of the element's nearest block record (to relate it to blocks). */
  rec: number;
}

/** Everything the metadata getters need from the page. */
export interface PageInfo {
  htmlLang?: string;
  /** Text of the first `<title>` (not inside SVG). */
  title?: string;
  /** Attributes of every `<meta>`, in order. */
  metas: Record<string, string>[];
  /** Attributes of every `<link>` with a `rel`, in order. */
  links: Record<string, string>[];
  /** Raw text of each `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** Microdata values and `<time>` elements, in order. */
  items: ItemValue[];
  /** Text of the `<h1>` elements (capped), in order. */
  h1: string[];
}

/** An empty page record. */
export function emptyPageInfo(): PageInfo {
  return { metas: [], links: [], jsonLd: [], items: [], h1: [] };
}
