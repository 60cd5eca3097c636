/**
 * captions: removes photo captions and credits — credit lines (`AFP/Getty`, `Foto: dpa`,
 * `(AP Photo/…)`), image widgets (`Enlarge this image`, `Image 1 of 12`), lines that carry a credit
 * at their end, and the caption next to a credit when it is printed twice or reads like one.
 * @module
 */
import { defineCleaner } from '../cleaner.js';
import type { Block } from '../types.js';
import { isKept } from '../doc.js';
import { loadVocab } from '../vocab.js';
import { roleMatcher, textKey } from './util/text-shape.js';

/** Options of {@link captions}. */
export interface CaptionsOptions {
  /** Longest credit-only or widget line, in words. */
  maxCreditWords: number;
  /** Longest caption (a line with a credit glued on, or the caption next to a credit), in words. */
  maxCaptionWords: number;
  /** Fewest words of a neighbouring caption. */
  minCaptionWords: number;
  /** How many blocks apart two copies of a caption around a credit can be. */
  copyWindow: number;
  /**
   * HTML input: also remove every block of kind `caption` (`<figcaption>`). Off by default: the
   * Readability and trafilatura golds keep figure captions (readability/ HTML recall -0.010 when on).
   */
  captionKind: boolean;
}

export const captions = defineCleaner<CaptionsOptions>(
  {
    id: 'captions',
    purpose: 'Removes photo captions, photo credits and image widgets.',
    defaults: { maxCreditWords: 12, maxCaptionWords: 60, minCaptionWords: 3, copyWindow: 3, captionKind: false },
  },
  ({ doc, options, remove }) => {
    const vocab = loadVocab('captions');
    const credit = roleMatcher(vocab, 'credit');
    const widget = roleMatcher(vocab, 'widget');
    const prefix = roleMatcher(vocab, 'caption-prefix');
    const inline = roleMatcher(vocab, 'inline-credit');
    const cue = roleMatcher(vocab, 'caption-cue');
    const blocks = doc.children;
    const words = (i: number): number => doc.features[i]!.words;

    // 1. Lines that are a credit, an image widget, or a caption by their own form.
    const anchors: number[] = [];
    blocks.forEach((block, i) => {
      if (!isKept(block)) return;
      const text = block.text;
      const n = words(i);
      if (n <= options.maxCreditWords) {
        const c = credit.find(text);
        if (c) {
          remove(block, `photo credit line "${text}"${c.lang === '*' ? '' : ` (${c.lang})`}`);
          anchors.push(i);
          return;
        }
        if (widget.test(text)) {
          remove(block, `image widget label "${text}"`);
          anchors.push(i);
          return;
        }
      }
      if (n <= options.maxCaptionWords) {
        if (prefix.test(text)) {
          remove(block, `caption: starts with a caption label`);
          anchors.push(i);
          return;
        }
        if (inline.test(text)) {
          remove(block, `caption: ends with a photo credit`);
          anchors.push(i);
          return;
        }
      }
      if (options.captionKind && block.kind === 'caption' && n <= options.maxCaptionWords) {
        remove(block, `caption element <${block.dom?.tag ?? 'figcaption'}>`);
      }
    });

    // 2. The caption next to a credit or widget: printed twice around it, or worded like a caption.
    const isAnchor = new Set(anchors);
    const isCandidate = (j: number): boolean =>
      j >= 0 &&
      j < blocks.length &&
      isKept(blocks[j]!) &&
      words(j) >= options.minCaptionWords &&
      words(j) <= options.maxCaptionWords &&
      doc.features[j]!.sentences <= 2;
    const neighbours = (i: number): number[] => {
      const out: number[] = [];
      for (const step of [-1, 1]) {
        let j = i + step;
        while (j >= 0 && j < blocks.length && isAnchor.has(j)) j += step;
        if (isCandidate(j)) out.push(j);
      }
      return out;
    };
    const removeCopies = (j: number, key: string, anchor: Block): boolean => {
      const copies: number[] = [];
      const lo = Math.max(0, j - options.copyWindow - 1);
      const hi = Math.min(blocks.length - 1, j + options.copyWindow + 1);
      for (let k = lo; k <= hi; k++) if (k !== j && isKept(blocks[k]!) && textKey(blocks[k]!.text, doc.features[k]) === key) copies.push(k);
      if (!copies.length) return false;
      for (const k of [j, ...copies]) remove(blocks[k]!, `caption printed twice around the credit "${anchor.text}"`);
      return true;
    };
    for (const i of anchors) {
      for (const j of neighbours(i)) {
        const block = blocks[j]!;
        if (!isKept(block)) continue;
        if (removeCopies(j, textKey(block.text, doc.features[j]), blocks[i]!)) continue;
        const c = cue.find(block.text);
        if (c) remove(block, `caption next to the credit "${blocks[i]!.text}" (worded like a caption: ${c.lang})`);
      }
    }
  },
);
