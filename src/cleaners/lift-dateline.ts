/**
 * lift-dateline: cuts the dateline off the first body paragraph (`BAGHDAD (Reuters) - The United
 * States urged …`) into `metadata.dateline` (`BAGHDAD`) and `metadata.source` (`Reuters`). The rest
 * of the paragraph stays in the body; the cut prefix is reported as a removal of its own.
 * @module
 */
import { defineCleaner } from '../cleaner.js';
import { isKept } from '../doc.js';
import { matchDateline } from '../metadata/dateline.js';
import { findBodyStart } from '../metadata/text-util.js';

/** Options of {@link liftDateline}. */
export interface LiftDatelineOptions {
  /** How many kept blocks from the first body paragraph on may open with the dateline. */
  search: number;
}

export const liftDateline = defineCleaner<LiftDatelineOptions>(
  {
    id: 'lift-dateline',
    purpose: 'Cuts the dateline and agency (`BAGHDAD (Reuters) -`) off the first paragraph into metadata.dateline/source.',
    defaults: { search: 6 },
  },
  ({ doc, options, setMeta, stripPrefix }) => {
    const start = findBodyStart(doc);
    if (start < 0) return;
    // The dateline opens the lead; the lead can be a short paragraph just above the body start.
    let from = start;
    for (let j = start - 1, n = 0; j >= 0 && n < 2; j--) {
      if (!isKept(doc.children[j]!)) continue;
      n++;
      if (matchDateline(doc.children[j]!.text)) from = j;
    }
    let seen = 0;
    for (let i = from; i < doc.children.length && seen < options.search; i++) {
      const block = doc.children[i]!;
      if (!isKept(block)) continue;
      seen++;
      const d = matchDateline(block.text);
      if (!d) continue;
      const line = `line ${block.position.start.line}`;
      if (d.place) setMeta('dateline', d.place, line);
      if (d.source) setMeta('source', d.source, line);
      const prefix = block.text.slice(0, d.length).trim();
      stripPrefix(block, d.length, d.place ? 'dateline' : 'source', `dateline "${prefix}" -> metadata.${d.place ? 'dateline' : 'source'}`);
      return;
    }
  },
);
