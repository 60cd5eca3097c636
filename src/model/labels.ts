/**
 * Training labels: which blocks of a page are article text, judged against the corpus gold.
 * - Full gold text: a block is content when most of its token 3-grams are found in the gold's
 *   3-gram multiset (consumed in document order, so a headline repeated in a menu counts once).
 *   Blocks under 3 tokens are judged with their neighbours' edge tokens as context.
 * - Snippet gold (trafilatura): a block holding (or held by) a `with` snippet is content, a
 *   `without` snippet boilerplate; other blocks are unlabelled (-1).
 * @module
 */
import type { Block } from '../types.js';
import { metricTokens } from '../eval/metric.js';

const SEP = '\u0001';

function grams(tokens: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) out.push(tokens.slice(i, i + n).join(SEP));
  return out;
}

/** Share of each block's 3-grams found in the gold, in document order. */
export function goldOverlap(blocks: Block[], gold: string): Float64Array {
  const gt = metricTokens(gold).map((t) => t.toLowerCase());
  const bag = new Map<string, number>();
  for (const g of grams(gt, 3)) bag.set(g, (bag.get(g) ?? 0) + 1);
  const bagAll = new Set(bag.keys());
  const toks = blocks.map((b) => metricTokens(b.text).map((t) => t.toLowerCase()));
  const out = new Float64Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    const t = toks[i]!;
    if (t.length === 0) continue;
    if (t.length >= 3) {
      const gs = grams(t, 3);
      let hit = 0;
      for (const g of gs) {
        const c = bag.get(g) ?? 0;
        if (c > 0) {
          hit++;
          bag.set(g, c - 1);
        }
      }
      out[i] = hit / gs.length;
    } else {
      // Short block: is it glued to its neighbours in the gold (same run of text)?
      const prev = i > 0 ? toks[i - 1]!.slice(-2) : [];
      const next = i + 1 < blocks.length ? toks[i + 1]!.slice(0, 2) : [];
      const left = grams([...prev, ...t], 3).filter((g) => g.split(SEP).length === 3);
      const right = grams([...t, ...next], 3);
      const both = [...left.slice(-1), ...right.slice(0, 1)];
      const hits = both.filter((g) => bagAll.has(g)).length;
      out[i] = both.length ? hits / both.length : 0;
    }
  }
  return out;
}

/** 1 content, 0 boilerplate, from full gold text. */
export function labelsFromGold(blocks: Block[], gold: string, minShare = 0.5): Int8Array {
  const ov = goldOverlap(blocks, gold);
  return Int8Array.from(ov, (v) => (v >= minShare ? 1 : 0));
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** 1 content, 0 boilerplate, -1 unknown, from `with` / `without` snippets. */
export function labelsFromSnippets(blocks: Block[], withS: string[], withoutS: string[]): Int8Array {
  const out = new Int8Array(blocks.length).fill(-1);
  const w = withS.map(norm).filter((s) => s.length >= 3);
  const wo = withoutS.map(norm).filter((s) => s.length >= 3);
  blocks.forEach((b, i) => {
    const t = norm(b.text);
    const covers = (s: string) => t.includes(s) || (t.length >= 25 && s.includes(t));
    const pos = w.some(covers);
    const neg = wo.some(covers);
    if (pos && !neg) out[i] = 1;
    else if (neg && !pos) out[i] = 0;
  });
  return out;
}
