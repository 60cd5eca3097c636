/**
 * share-widgets: removes share / print / e-mail widget lines ("Send to a friend", "Printable
 * version", "Tweet", "Slideshow ( 15 images )").
 * @module
 */
import { defineCleaner } from '../cleaner.js';
import { loadVocab } from '../vocab.js';

/** Options of {@link shareWidgets}. */
export interface ShareWidgetsOptions {
  /** Longest line (in words) that can be a widget label. */
  maxWords: number;
}

export const shareWidgets = defineCleaner<ShareWidgetsOptions>(
  {
    id: 'share-widgets',
    purpose: 'Removes share, print and e-mail widget labels and slideshow counters.',
    defaults: { maxWords: 8 },
  },
  ({ doc, options, remove }) => {
    const vocab = loadVocab('share-widgets');
    doc.children.forEach((block, i) => {
      if (doc.features[i]!.words > options.maxWords) return;
      if (vocab.line?.test(block.text)) remove(block, `share/print widget label "${block.text}"`);
    });
  },
);
