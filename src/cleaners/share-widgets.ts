/**
 * share-widgets: removes share / print / e-mail widget lines ("Send to a friend", "Printable
 * version", "Tweet", "Slideshow ( 15 images )").
 * @module
 */
import { defineCleaner } from '../cleaner.js';

/** Options of {@link shareWidgets}. */
export interface ShareWidgetsOptions {
  /** Longest line (in words) that can be a widget label. */
  maxWords: number;
}

const WIDGET_RE =
  /^(?:send to a friend|printable version|print(?: this)?(?: article| page| story)?|e-?mail(?: this)?(?: article| story| to a friend)?|share(?: this)?(?: article| story| on \w+)?|tweet|slideshow\s*\(\s*\d+\s*images?\s*\))$/i;

export const shareWidgets = defineCleaner<ShareWidgetsOptions>(
  {
    id: 'share-widgets',
    purpose: 'Removes share, print and e-mail widget labels and slideshow counters.',
    defaults: { maxWords: 8 },
  },
  ({ doc, options, remove }) => {
    doc.children.forEach((block, i) => {
      if (doc.features[i]!.words > options.maxWords) return;
      if (WIDGET_RE.test(block.text)) remove(block, `share/print widget label "${block.text}"`);
    });
  },
);
