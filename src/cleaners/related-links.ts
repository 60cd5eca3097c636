/**
 * related-links: removes "See also" / "Related coverage" / "Most read" / "Mehr zum Thema" boxes —
 * the header and the run of headline and date lines that follows it, up to the next body
 * paragraph — and one-line teasers like `Read more: <headline>`.
 * @module
 */
import { defineCleaner } from '../cleaner.js';
import { isKept } from '../doc.js';
import { loadVocab } from '../vocab.js';
import { containsDate, isBylineLike, isDateLine, isHeadlineLike, roleMatcher, startsLikeTitle } from './util/text-shape.js';

/** Options of {@link relatedLinks}. */
export interface RelatedLinksOptions {
  /** Longest header line, in words. */
  maxHeaderWords: number;
  /** Longest headline in the list, in words. */
  maxHeadlineWords: number;
  /** Longest one-line teaser (`Read more: …`), in words. */
  maxInlineWords: number;
  /** Most lines taken after one header. */
  maxItems: number;
  /**
   * A list of a single headline followed directly by a body paragraph is left alone: that line may
   * be the article's own subhead.
   */
  minItemsBeforeBody: number;
  /** HTML input: least share of a listed headline's text inside links. */
  minItemLinkDensity: number;
  /** How many final lines of a run before a body paragraph are checked for the article's head. */
  headLines: number;
}

export const relatedLinks = defineCleaner<RelatedLinksOptions>(
  {
    id: 'related-links',
    purpose: 'Removes related / see-also / most-read boxes (header and headline list) and one-line teasers.',
    defaults: { maxHeaderWords: 8, maxHeadlineWords: 22, maxInlineWords: 25, maxItems: 40, minItemsBeforeBody: 2, headLines: 4, minItemLinkDensity: 0.5 },
  },
  ({ doc, options, remove }) => {
    const vocab = loadVocab('related-links');
    const header = roleMatcher(vocab, 'header');
    const inline = roleMatcher(vocab, 'inline');
    const blocks = doc.children;
    const feats = doc.features;
    const shape = { minWords: 2, maxWords: options.maxHeadlineWords };

    const isHeader = (i: number): boolean => feats[i]!.words <= options.maxHeaderWords && header.test(blocks[i]!.text);
    /** A line of a link list: a headline, a date, or a line already removed by another cleaner. */
    const isItem = (i: number): boolean => {
      const b = blocks[i]!;
      if (b.lifted) return false; // the article's own title, date or byline: the box ended
      if (!isKept(b)) return true;
      if (isDateLine(b.text)) return true;
      // From HTML, a listed headline is a link: an unlinked line is the article's own text.
      if (b.dom && feats[i]!.linkDensity < options.minItemLinkDensity) return false;
      return startsLikeTitle(b.text) && isHeadlineLike(b.text, feats[i]!, shape);
    };

    /** In a text dump, two or more blank lines before a block end a box. */
    const sectionBreak = (i: number): boolean =>
      doc.inputType === 'text' && i > 0 && blocks[i]!.position.start.line - blocks[i - 1]!.position.end.line > 2;

    /**
     * A run that ends at a body paragraph may have run into the article's own head (title, dek,
     * byline, date) when the box sits above the article: give back the tail from two lines before
     * the last byline/dated line among the final lines of the run.
     */
    const giveBackArticleHead = (start: number, end: number): number => {
      // The line that stopped the run counts too (a lower-case `by …` byline is not an item).
      for (let k = Math.min(end, blocks.length - 1); k >= Math.max(start, end - options.headLines); k--) {
        const b = blocks[k]!;
        if (!isKept(b)) continue;
        if (isBylineLike(b.text, feats[k]!) || (containsDate(b.text) && !isDateLine(b.text))) {
          let from = k;
          for (let kept = 0; from > start && kept < 2; ) {
            from--;
            if (isKept(blocks[from]!)) kept++;
          }
          return Math.min(from, end);
        }
      }
      return end;
    };

    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (!isKept(block)) continue;
      if (isHeader(i)) {
        const label = block.text;
        remove(block, `"${label}" header of a related-links box`);
        // The run of headline/date lines after the header.
        let end = i + 1;
        let items = 0;
        while (end < blocks.length && end - i <= options.maxItems && isItem(end) && !sectionBreak(end)) {
          if (isKept(blocks[end]!)) items++;
          end++;
        }
        // Stopped at a body paragraph (not at the end of the page or at a header)?
        const bodyFollows = end < blocks.length && !isHeader(end) && !sectionBreak(end);
        if (bodyFollows) end = giveBackArticleHead(i + 1, end);
        if (items === 0 || (bodyFollows && items < options.minItemsBeforeBody)) continue;
        for (let k = i + 1; k < end; k++) {
          const b = blocks[k]!;
          if (!isKept(b)) continue;
          if (isHeader(k)) remove(b, `"${b.text}" header of a related-links box`);
          else remove(b, `${isDateLine(b.text) ? 'date' : 'headline'} in the "${label}" list`);
        }
        i = end - 1;
        continue;
      }
      const linked = !block.dom || feats[i]!.linkDensity >= options.minItemLinkDensity / 2;
      if (feats[i]!.words <= options.maxInlineWords && linked && inline.test(block.text)) {
        // Only when the line is a headline, not a sentence of the article that opens with "More:".
        if (isHeadlineLike(block.text, feats[i]!, { minWords: 2, maxWords: options.maxInlineWords })) {
          const e = inline.find(block.text)!;
          remove(block, `one-line teaser "${block.text.slice(0, 40)}" (${e.lang} label)`);
        }
      }
    }
  },
);
