/** Test helper for the named junk cleaners: run one cleaner alone on dump lines. */
import { VFile } from 'vfile';
import type { Cleaner } from '../../src/cleaner.js';
import type { Doc } from '../../src/doc.js';
import { blocksFromText } from '../../src/blocks/from-text.js';
import { computeFeatures } from '../../src/features.js';

/** Build a text document from lines (with `metadata` already known, e.g. a title) and run `cleaner` on it alone. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function runAlone(cleaner: Cleaner<any>, lines: string[], lang = 'en', metadata: Doc['metadata'] = {}): Doc {
  const source = lines.join('\n');
  const children = blocksFromText(source);
  const doc: Doc = {
    type: 'root',
    inputType: 'text',
    source,
    children,
    features: computeFeatures(children, lang),
    lang,
    metadata: { ...metadata },
    provenance: {},
    warnings: [],
  };
  cleaner.run(doc, undefined, new VFile());
  return doc;
}

/** Texts of the blocks the cleaner removed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function removedBy(cleaner: Cleaner<any>, lines: string[], lang = 'en'): string[] {
  return runAlone(cleaner, lines, lang).children.filter((b) => b.removed).map((b) => b.text);
}
