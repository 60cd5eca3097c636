/**
 * share-widgets: removes share / print / e-mail / bookmark widget labels ("Send to a friend",
 * "Printable version", "Tweet", "Teilen", "Partager", "Compartir"), rows of social-network buttons
 * ("Facebook Twitter WhatsApp E-Mail"), share counters and slideshow counters ("Slideshow ( 15
 * images )").
 * @module
 */
import { defineCleaner } from '../cleaner.js';
import { isKept } from '../doc.js';
import { loadVocab } from '../vocab.js';
import { findLine, quote, socialRow } from './util/lines.js';

/** Options of {@link shareWidgets}. */
export interface ShareWidgetsOptions {
  /** Longest line (in words) that can be a widget label. */
  maxWords: number;
  /** Longest line (in words) that can be a row of social-network buttons. */
  maxRowWords: number;
}

export const shareWidgets = defineCleaner<ShareWidgetsOptions>(
  {
    id: 'share-widgets',
    purpose: 'Removes share, print, e-mail and bookmark widget labels, social button rows and slideshow counters.',
    defaults: { maxWords: 8, maxRowWords: 16 },
  },
  ({ doc, options, remove }) => {
    const vocab = loadVocab('share-widgets');
    doc.children.forEach((block, i) => {
      if (!isKept(block)) return;
      const words = doc.features[i]!.words;
      if (words === 0) return;
      if (words <= options.maxWords) {
        const entry = findLine(vocab, block.text, doc.features[i]);
        if (entry) {
          remove(block, `share-widgets: widget label ${quote(block.text)} (${entry.lang} vocabulary)`);
          return;
        }
      }
      if (words <= options.maxRowWords) {
        const n = socialRow(block.text);
        if (n > 0) remove(block, `share-widgets: line made only of ${n} social-network/share button name(s)`);
      }
    });
  },
);
