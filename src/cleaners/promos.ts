/**
 * promos: removes subscription and paywall prompts, newsletter sign-ups, donation appeals, app and
 * follow-us promos, cookie/consent notes, copyright lines and advertisement labels, matched by
 * formula (vocabulary), not by length; and the few non-sentence lines left after the last such
 * footer formula at the very end of the page (a site slogan under "Subscribe now").
 * @module
 */
import { defineCleaner } from '../cleaner.js';
import { isKept } from '../doc.js';
import { fastTest, loadVocab, type Vocab, type VocabEntry } from '../vocab.js';
import type { BlockFeatures } from '../features.js';
import { findLine, isLifted, quote } from './util/lines.js';

/** Options of {@link promos}. */
export interface PromosOptions {
  /** Longest block (words) matched by a whole-line entry ("Subscribe now", "Anzeige"). */
  maxLineWords: number;
  /** Longest block (words) matched by a prefix entry ("Sign up for emails…", "© 2008 …"). */
  maxPrefixWords: number;
  /** Longest block (words) matched by a contains entry ("… All rights reserved", cookie banners). */
  maxContainsWords: number;
  /**
   * Most kept lines after the last promo at the end of the page that are removed with it when none
   * of them ends like a sentence (0 turns this off).
   */
  footerTail: number;
}

const ENDS_PROSE_RE = /[.!?…]["'”’»)\]]*\s*$/u;

interface SingleEntry {
  entry: VocabEntry;
  kind: string;
  re: RegExp;
}
const singles = new WeakMap<Vocab, SingleEntry[]>();

/** Each entry with its own regex, compiled once per vocabulary (not once per document). */
function singleEntries(vocab: Vocab): SingleEntry[] {
  let list = singles.get(vocab);
  if (!list) {
    list = vocab.entries.map((e) => ({
      entry: e,
      kind: e.match ?? 'line',
      re: new RegExp(
        (e.match ?? 'line') === 'prefix' ? `^(?:${e.pattern})` : (e.match ?? 'line') === 'contains' ? e.pattern : `^(?:${e.pattern})$`,
        'iu',
      ),
    }));
    singles.set(vocab, list);
  }
  return list;
}

export const promos = defineCleaner<PromosOptions>(
  {
    id: 'promos',
    purpose: 'Removes subscription/paywall prompts, newsletter sign-ups, follow-us and app promos, cookie and copyright notes, ad labels.',
    defaults: { maxLineWords: 12, maxPrefixWords: 40, maxContainsWords: 60, footerTail: 2 },
  },
  ({ doc, options, remove }) => {
    const vocab = loadVocab('promos');
    const single = singleEntries(vocab);
    const match = (text: string, words: number, f: BlockFeatures): { entry: VocabEntry; kind: string } | undefined => {
      if (words <= options.maxLineWords) {
        const entry = findLine(vocab, text, f);
        if (entry) return { entry, kind: 'line' };
      }
      // The single entries only when their alternation (the same patterns, same flags) matches.
      const prefix = words <= options.maxPrefixWords && fastTest(vocab.prefix, text);
      if (!prefix && !(words <= options.maxContainsWords && fastTest(vocab.contains, text))) return undefined;
      for (const s of single) {
        if (s.kind === 'prefix' && words <= options.maxPrefixWords && s.re.test(text)) return s;
        if (s.kind === 'contains' && words <= options.maxContainsWords && s.re.test(text)) return s;
      }
      return undefined;
    };

    let last = -1;
    let lastText = '';
    doc.children.forEach((block, i) => {
      if (!isKept(block)) return;
      const words = doc.features[i]!.words;
      if (words === 0) return;
      const m = match(block.text, words, doc.features[i]!);
      if (!m) return;
      const how = m.kind === 'line' ? 'promo label' : m.kind === 'prefix' ? 'starts with promo formula' : 'contains promo formula';
      remove(block, `promos: ${how} ${quote(block.text)} (${m.entry.lang} vocabulary)`);
      last = i;
      lastText = block.text;
    });

    if (options.footerTail > 0 && last >= 0) {
      const tail = doc.children.slice(last + 1).filter((b) => isKept(b) || isLifted(b));
      const ok =
        tail.length > 0 &&
        tail.length <= options.footerTail &&
        tail.every((b) => isKept(b) && !ENDS_PROSE_RE.test(b.text));
      if (ok) {
        for (const b of tail) remove(b, `promos: footer line after the last promo ${quote(lastText, 40)} at the end of the page`);
      }
    }
  },
);
