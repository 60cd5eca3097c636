/**
 * Shared evidence helpers for the named junk cleaners (navigation, share-widgets, promos, comments):
 * label normalisation, vocabulary look-up on a label, "short label line" and "body line" tests, and
 * a walk over blocks that treats lifted blocks (title, date…) as boundaries.
 * @module
 */
import type { Block } from '../../types.js';
import type { BlockFeatures } from '../../features.js';
import type { Doc } from '../../doc.js';
import { isKept } from '../../doc.js';
import type { Vocab, VocabEntry } from '../../vocab.js';
import { loadVocab } from '../../vocab.js';

/** The lines of an HTML block broken by single `<br>`s (made by the walker, which records the breaks). */
export { blockLines } from '../../html/walker.js';

/** Leading list markers: `1.`, `2)`, bullets, arrows, pipes. */
const LEAD_RE = /^(?:\d{1,2}[.)]\s+|[-–—•·*►▸▶›»>|]+\s*)/u;
/** Trailing separators and arrows: `|`, `»`, `›`, `>`, `:`, `•`. */
const TRAIL_RE = /\s*[|»›>:•·/\\]+$/u;

/** The block text with list markers and trailing separators stripped (`1. Archive` → `Archive`). */
export function labelText(text: string): string {
  // Most labels open with a letter and end with no separator or space: then nothing below can
  // change them (the bracket and list-marker patterns need a bracket, digit or bullet first).
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) && last > 32 && last < 127 && !TRAIL_LAST.has(last)) return text;
  const inner = /^[[(]([^\])]*)[\])]$/u.exec(text.trim());
  const lead = (inner ? inner[1]! : text).replace(LEAD_RE, '');
  // TRAIL_RE can only match when the last character is one of its separators (it ends `[…]+$`).
  return (TRAIL_LAST.has(lead.charCodeAt(lead.length - 1)) ? lead.replace(TRAIL_RE, '') : lead).trim();
}

/** The characters of TRAIL_RE's `[…]+$` (one code unit each). */
const TRAIL_LAST = new Set([...'|»›>:•·/\\'].map((c) => c.charCodeAt(0)));

/** Whole-line regex of one entry, compiled once (no `g`/`y` flag, so `test` keeps no state). */
const lineRes = new Map<string, RegExp>();
function lineRe(e: VocabEntry): RegExp {
  let re = lineRes.get(e.pattern);
  if (!re) {
    re = new RegExp(`^(?:${e.pattern})$`, 'iu');
    lineRes.set(e.pattern, re);
  }
  return re;
}

/**
 * {@link labelText} of a block's text, made once per block when `f` are its features (four cleaners
 * ask for the label of the same short block), else made anew.
 */
function labelOf(text: string, f: BlockFeatures | undefined): string {
  if (f === undefined || f.text !== text) return labelText(text);
  return (f.label ??= labelText(text));
}

/** The vocabulary entry matching the whole text or its label form (`line` entries only); `f`: the block's features, when `text` is its text. */
export function findLine(vocab: Vocab, text: string, f?: BlockFeatures): VocabEntry | undefined {
  if (!vocab.line) return undefined;
  const label = labelOf(text, f);
  if (vocab.line.test(text) || (label && label !== text && vocab.line.test(label))) {
    return vocab.entries.find((e) => (e.match ?? 'line') === 'line' && lineRe(e).test(text))
      ?? vocab.entries.find((e) => (e.match ?? 'line') === 'line' && lineRe(e).test(label));
  }
  return undefined;
}

/** True when the whole text or its label form is a `line` entry of the vocabulary (`f` as in {@link findLine}). */
export function isVocabLine(vocab: Vocab, text: string, f?: BlockFeatures): boolean {
  if (!vocab.line) return false;
  if (vocab.line.test(text)) return true;
  const label = labelOf(text, f);
  return label !== text && label.length > 0 && vocab.line.test(label);
}

/** Vocabularies of page furniture: menus, comment widgets, related links, share rows, promos. */
const FURNITURE_VOCABS = ['share-widgets', 'promos', 'related-links', 'comments', 'navigation'] as const;

/**
 * A whole label of one of the furniture vocabularies (`Print`, `Comments`, `View Profile`, `Related
 * Articles`, `E-Mail Article`): no headline and no one's name.
 */
export function isFurnitureLabel(text: string): boolean {
  // isVocabLine of each vocabulary, with the label form made once (not once per vocabulary).
  let label: string | undefined;
  for (const name of FURNITURE_VOCABS) {
    const line = loadVocab(name).line;
    if (!line) continue;
    if (line.test(text)) return true;
    label ??= labelText(text);
    if (label !== text && label.length > 0 && line.test(label)) return true;
  }
  return false;
}

/** Quote a block text for a reason string, shortened. */
export function quote(text: string, max = 60): string {
  return `"${text.length > max ? text.slice(0, max - 1) + '…' : text}"`;
}

/** Scripts written without spaces between words (Han, kana, Thai…). */
const UNSPACED_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
const CJK_SENTENCE_RE = /[。！？](?:[」』”）)]*)\s*$/u;

/** Lowest code unit of any {@link UNSPACED_RE} character (Thai; test/cleaners/lines.test.ts checks it). */
export const UNSPACED_MIN = 0x0e00;

/**
 * False only for a code unit that is no character of {@link UNSPACED_RE}'s scripts and no surrogate
 * (astral Han and kana come as pairs): true in the blocks of Thai/Lao, Myanmar, Khmer and from the
 * CJK radicals up, false below U+2E80 elsewhere (Latin, Greek, Cyrillic, curly quotes, dashes, which
 * would otherwise send most lines through the regex). test/cleaners/lines.test.ts checks every code unit.
 */
export function mayBeUnspaced(c: number): boolean {
  if (c < UNSPACED_MIN) return false;
  if (c < 0x2e80) return c < 0x0f00 || (c >= 0x1000 && c < 0x10a0) || (c >= 0x1780 && c < 0x1800) || (c >= 0x19e0 && c < 0x1a00);
  return c < 0xa000 || (c >= 0xa9e0 && c < 0xaa80) || (c >= 0xd800 && c < 0xe000) || (c >= 0xf900 && c < 0xfb00) || (c >= 0xff66 && c < 0xffa0);
}

/** `text.match(UNSPACED_RE).length`, without the regex when no code unit can be of those scripts. */
export function unspacedChars(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= UNSPACED_MIN && mayBeUnspaced(c)) return text.match(UNSPACED_RE)?.length ?? 0;
  }
  return 0;
}

/**
 * Length and sentence ending of a block as a reader sees them: in scripts without spaces every two
 * characters count as a word (the feature tokenizer counts a whole CJK sentence as one word), and
 * `。！？` end sentences.
 */
export function shapeOf(text: string, f: BlockFeatures): { words: number; endsSentence: boolean } {
  // Counted once per block (cleaners ask again and again), for the text its features describe.
  let unspaced: number;
  if (text === f.text) {
    // Below U+0E00 no code unit can be of those scripts (`maxCode` is the highest one of `f.text`).
    if (f.unspaced < 0) f.unspaced = f.maxCode < UNSPACED_MIN ? 0 : unspacedChars(text);
    unspaced = f.unspaced;
  } else unspaced = unspacedChars(text);
  if (unspaced === 0) return { words: f.words, endsSentence: f.endsSentence };
  return {
    words: Math.max(f.words, f.words + Math.ceil(unspaced / 2)),
    endsSentence: f.endsSentence || CJK_SENTENCE_RE.test(text),
  };
}

/**
 * A short label line: at most `maxWords` words and no sentence ending (a line of up to three words
 * may end with `?`/`:`, as labels like "Neu hier?" or "Tags:" do).
 */
export function isLabelLine(f: BlockFeatures, maxWords: number, text = ''): boolean {
  const { words, endsSentence } = shapeOf(text, f);
  if (words === 0 || words > maxWords) return false;
  return !endsSentence || words <= 3;
}

/** A line that reads like body prose: long enough and with sentence punctuation. */
export function isBodyLine(f: BlockFeatures, minWords = 12, text = ''): boolean {
  const { words, endsSentence } = shapeOf(text, f);
  return words >= minWords && (endsSentence || f.sentences >= 1);
}

/** True when the block was lifted into metadata (a title, date, byline…): a boundary for runs. */
export function isLifted(block: Block): boolean {
  return block.lifted !== undefined;
}

/** Index of the first body-like block still kept (or -1). */
export function firstBodyIndex(doc: Doc, minWords = 12): number {
  return doc.features.findIndex((f, i) => isKept(doc.children[i]!) && isBodyLine(f, minWords, doc.children[i]!.text));
}

/** Index of the last body-like block still kept (or -1). */
export function lastBodyIndex(doc: Doc, minWords = 12): number {
  for (let i = doc.features.length - 1; i >= 0; i--) {
    if (isKept(doc.children[i]!) && isBodyLine(doc.features[i]!, minWords, doc.children[i]!.text)) return i;
  }
  return -1;
}

/**
 * Maximal runs `[start, end]` (inclusive) of consecutive blocks satisfying `member`. A lifted block
 * ends a run; blocks already removed by another cleaner count as members (they are junk too) but a
 * run must hold at least one kept block to be reported.
 */
export function runs(doc: Doc, member: (i: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = -1;
  let kept = 0;
  const close = (end: number): void => {
    if (start >= 0 && kept > 0) out.push([start, end]);
    start = -1;
    kept = 0;
  };
  doc.children.forEach((b, i) => {
    const removed = b.removed !== undefined && !isLifted(b);
    if (!isLifted(b) && (removed || member(i))) {
      if (start < 0) start = i;
      if (!removed) kept++;
    } else {
      close(i - 1);
    }
  });
  close(doc.children.length - 1);
  return out;
}

/** Social networks and share targets, as they appear in button rows. */
export const NETWORKS =
  'email this|blogthis!|share to|pin it|copy link|link kopieren|copier le lien|copiar (?:el )?(?:link|enlace)|facebook(?: messenger)?|twitter|whats ?app|linked ?in|xing|pinterest|reddit|tumblr|telegram|messenger|google ?\\+|google plus(?: one)?|digg(?: this)?|del\\.icio\\.us|delicious|stumble ?upon|instagram|you ?tube|flipboard|threads|bluesky|mastodon|vkontakte|vk|weibo|wechat|viber|skype|evernote|newsvine|myspace|fark|technorati|slashdot|mixx|friendfeed|yahoo(?: buzz)?|hacker news|tiktok|snapchat|sms|e-?mail|mail|rss|print|drucken|imprimer|imprimir|stampa|share|teilen|partager|compartir|condividi|partilhar|compartilhar|udostępnij|tweet|x|line|pocket';
const NETWORK_RE = new RegExp(`(?:${NETWORKS})`, 'giu');
/** The characters {@link socialRow} strips besides the names (same class, as a leading run). */
const LEADING_SEPARATORS_RE = /^[\s|·•,;:/\\()[\]\-–—+*»›<>#0-9.kK]*/u;
/** A name starting exactly at `lastIndex`. */
const NETWORK_AT_RE = new RegExp(`(?:${NETWORKS})`, 'iuy');
/** No alternative of {@link NETWORKS} starts with a separator character (or a group): checked, not assumed. */
const NAMES_START_WITH_LETTERS = !NETWORKS.split('|').some((alt) => alt === '' || /^[\s|·•,;:/\\()[\]\-–—+*»›<>#0-9.kK]/u.test(alt));
/** Names that alone do not make a button row ("X", "Line", "Mail", "Print"…). */
const WEAK_NETWORK = /^(?:x|line|mail|pocket|print|share|e-?mail|rss|sms|threads)$/iu;

/**
 * A line made only of social-network / share-target names and separators or counts
 * (`Facebook Twitter WhatsApp E-Mail`, `Share | Tweet | Email`), with at least one real network
 * name or at least two names. Returns the number of names, or 0.
 */
export function socialRow(text: string): number {
  if (text.length > 160) return 0;
  // Every character that is no separator must lie in a name, so the first one must start a name
  // (no name starts with a separator, so none starts before it): one anchored test rules most lines out.
  if (NAMES_START_WITH_LETTERS) {
    const first = LEADING_SEPARATORS_RE.exec(text)![0].length;
    if (first < text.length) {
      NETWORK_AT_RE.lastIndex = first;
      if (!NETWORK_AT_RE.test(text)) return 0;
    }
  }
  const names = text.match(NETWORK_RE) ?? [];
  if (names.length === 0) return 0;
  const rest = text.replace(NETWORK_RE, ' ').replace(/[\s|·•,;:/\\()[\]\-–—+*»›<>#0-9.kK]+/gu, '');
  if (rest.length > 0) return 0;
  const strong = names.filter((n) => !WEAK_NETWORK.test(n.trim()));
  if (strong.length === 0 && names.length < 2) return 0;
  return names.length;
}
