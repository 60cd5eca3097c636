/**
 * lift-byline: lifts the byline of the article header (`By JOHN SMITH and JANE DOE, Associated
 * Press Writer`, `Von Max Mustermann`, `Par Jean Dupont`, `Autor: …`, `Dan Goodin - Apr 16, 2015`)
 * into `metadata.authors` (names only, roles and agencies cut off; an agency goes to
 * `metadata.source`).
 * @module
 */
import { defineCleaner } from '../cleaner.js';
import type { Doc } from '../doc.js';
import { isKept } from '../doc.js';
import { cleanName, parseByline, type Byline } from '../metadata/byline.js';
import { findDate } from '../metadata/date.js';
import { findBodyStart, headerZone } from '../metadata/text-util.js';

/** Options of {@link liftByline}. */
export interface LiftBylineOptions {
  /** Longest block (in words) that can be a byline. */
  maxWords: number;
  /** How many kept blocks above the first body paragraph to search. */
  zone: number;
}

/** `Dan Goodin - Apr 16, 2015 8:02 pm UTC`: a name, a separator, then only a date. */
function nameThenDate(text: string, lang: string | undefined): Byline | undefined {
  const m = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*[-–—|,·•]\s*(.+)$/u.exec(text);
  if (!m) return undefined;
  const d = findDate(m[2]!, lang);
  if (!d || d.start > 12 || m[2]!.length - d.end > 6) return undefined;
  const name = cleanName(m[1]!);
  return name ? { authors: [name] } : undefined;
}

function bylineOf(doc: Doc, i: number, maxWords: number): Byline | undefined {
  if (doc.features[i]!.words > maxWords) return undefined;
  const text = doc.children[i]!.text;
  return parseByline(text) ?? nameThenDate(text, doc.lang);
}

export const liftByline = defineCleaner<LiftBylineOptions>(
  {
    id: 'lift-byline',
    purpose: 'Lifts the byline of the article header into metadata.authors (names without roles or agencies).',
    defaults: { maxWords: 20, zone: 12 },
  },
  ({ doc, options, setMeta, lift }) => {
    const zone = headerZone(doc, options.zone);
    const start = findBodyStart(doc);
    // The byline sits in the header, or right under the lead's first paragraph on some sites.
    const scope = [...zone];
    if (start >= 0) {
      for (let i = start + 1, n = 0; i < doc.children.length && n < 2; i++) {
        if (!isKept(doc.children[i]!)) continue;
        n++;
        scope.push(i);
      }
    }
    let done = doc.metadata.authors !== undefined;
    for (const i of scope) {
      const by = bylineOf(doc, i, options.maxWords);
      if (!by) continue;
      const block = doc.children[i]!;
      const where = `line ${block.position.start.line}`;
      if (by.source) setMeta('source', by.source, where);
      const reason = `byline "${block.text}" -> metadata.authors`;
      if (!done && by.authors.length) {
        setMeta('authors', by.authors, where, block);
        done = true;
        block.removed = { ruleId: 'lift-byline', reason };
      } else {
        lift(block, by.authors.length ? 'authors' : 'source', reason);
      }
    }
  },
);
