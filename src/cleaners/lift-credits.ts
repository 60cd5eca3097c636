/**
 * lift-credits: lifts contributor credit lines (`With additional reporting by …`, `Reporting by …;
 * Editing by …`, `Mitarbeit: …`) from the end of the story into `metadata.credits`.
 * @module
 */
import { defineCleaner } from '../cleaner.js';
import { isKept } from '../doc.js';
import { findBodyStart } from '../metadata/text-util.js';
import { loadVocab, vocabMatches, fastTest } from '../vocab.js';

/** Options of {@link liftCredits}. */
export interface LiftCreditsOptions {
  /** Longest block (in words) that can be a credit line. */
  maxWords: number;
}

export const liftCredits = defineCleaner<LiftCreditsOptions>(
  {
    id: 'lift-credits',
    purpose: 'Lifts contributor credit lines (additional reporting, editing) into metadata.credits.',
    defaults: { maxWords: 60 },
  },
  ({ doc, options, setMeta, lift }) => {
    const vocab = loadVocab('credits');
    const start = Math.max(0, findBodyStart(doc));
    const found: string[] = [];
    doc.children.forEach((block, i) => {
      if (i < start || !isKept(block) || doc.features[i]!.words > options.maxWords) return;
      // `contains` patterns (`… contributed to this report`) only on a short block of their own.
      const text = block.text;
      const hit = Boolean(vocab.line?.test(text) || vocab.prefix?.test(text) || (doc.features[i]!.words <= 30 && fastTest(vocab.contains, text)));
      if (!hit || !vocabMatches(vocab, text)) return;
      const credit = text.replace(/^\((.*)\)\.?$/su, '$1').trim();
      found.push(credit);
      if (found.length === 1) {
        setMeta('credits', credit, `line ${block.position.start.line}`, block);
        if (block.lifted) block.removed = { ruleId: 'lift-credits', reason: 'contributor credits -> metadata.credits' };
      }
      if (isKept(block)) lift(block, 'credits', 'contributor credits -> metadata.credits');
    });
    if (found.length > 1 && doc.provenance.credits?.ruleId === 'lift-credits') doc.metadata.credits = found.join(' ');
  },
);
