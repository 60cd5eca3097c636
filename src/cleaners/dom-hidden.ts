/**
 * dom-hidden: removes text a reader never sees — elements with the `hidden` attribute or an inline
 * `display:none` / `visibility:hidden` style, and optionally `aria-hidden="true"` and conventional
 * hiding classes (`sr-only`, `visually-hidden`, `hidden`…). HTML input only.
 * @module
 */
import { defineCleaner } from '../cleaner.js';

/** Options of {@link domHidden}. */
export interface DomHiddenOptions {
  /** Also remove `aria-hidden="true"` content (browsers still show it). */
  ariaHidden: boolean;
  /** Also remove content under hiding classes (`sr-only`, `visually-hidden`, `hidden`…). */
  hidingClasses: boolean;
}

export const domHidden = defineCleaner<DomHiddenOptions>(
  {
    id: 'dom-hidden',
    purpose: 'Removes hidden elements (hidden attribute, display:none, optionally aria-hidden and sr-only classes).',
    defaults: { ariaHidden: false, hidingClasses: true },
    inputs: ['html'],
  },
  ({ doc, options, remove }) => {
    for (const block of doc.children) {
      const x = block.dom?.extra;
      if (!x) continue;
      if (x.hidden) remove(block, 'hidden element (hidden attribute or display:none style)');
      else if (options.hidingClasses && x.hiddenClass) remove(block, 'inside an element with a hiding class');
      else if (options.ariaHidden && x.ariaHidden) remove(block, 'inside aria-hidden="true"');
    }
  },
);
