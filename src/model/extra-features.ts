/**
 * Derived block features for the learned scorer, beyond those of `vector.ts`: where a block sits
 * relative to the page's main prose run and (HTML) its main-content candidate and article container.
 * Computed once per page in O(blocks). A model lists the ones it was trained on in
 * `spec.derived`, so models trained before them keep reading their own layout.
 *
 * - `chain*`: the **prose chain** — grown from the densest prose block in both directions, bridging
 *   gaps of up to {@link CHAIN_GAP} non-prose blocks (subheads, short lines, images) as long as
 *   prose follows. Unlike the densest span (which needs a dense ±3 window and so cuts articles built
 *   from a subhead + short paragraph run), it follows a run of short paragraphs to its end.
 * - `proseWin*`: share of the words within ±4 blocks that are prose (self excluded).
 * - `betweenProse`: a short block with prose right before and right after (a subhead, a lead-in).
 * - `cont*` (HTML): same element container as the longest block / the neighbours; the container's
 *   share of the page's words and of the prose; DOM depth relative to the longest block.
 * - `main*` (HTML): blocks to the nearest block of the main-content candidate; between its first and
 *   last block.
 * - `path*` (HTML): blocks with the same tag path (`div>article>p`, classes ignored) as a group: its
 *   share of the page's kept words and of its prose words; same path as the longest block.
 * - `tail*`: where the article ends — a block's share of topic terms found in the article core (the
 *   prose blocks of the seed's ±5 window, the block itself left out; -1 with fewer than 3 terms);
 *   blocks after the first end marker past the seed (a comments or related-links header: `12
 *   Comments`, `Related stories`), log; share of the page's prose words that come after the block.
 * - `list*`: a list item's list as a whole (an item alone looks like a menu entry: few words, no
 *   sentence end) — the run of consecutive list blocks of one container it belongs to: its length
 *   (log), mean link density, share of items ending a sentence; prose right before and right after
 *   the run (0–2: a list inside the article sits between paragraphs); (HTML) the list's parent has
 *   the tag path of the longest block's parent (the list is a sibling of the article paragraphs).
 *   0 (links: -1) for blocks not in a list.
 * @module
 */
import type { Doc } from '../doc.js';
import { isKept } from '../doc.js';
import { stopwords } from '../features.js';
import { loadVocab } from '../vocab.js';
import { isVocabLine } from '../cleaners/util/lines.js';
import { topicTerms } from '../cleaners/util/topic.js';

export const DERIVED = [
  'chainIn', 'chainOutDist', 'chainSigned', 'chainWordShare', 'proseWin4', 'proseWin1', 'betweenProse',
  'contSameLongest', 'contSamePrev', 'contSameNext', 'contWordShare', 'contProseShare', 'depthRelLongest',
  'mainDist', 'mainBetween', 'mainWordShare',
  'pathWordShare', 'pathProseShare', 'pathSameLongest',
  'tailLeadShare', 'tailAfterMarker', 'tailProseAfter',
  'listRun', 'listRunLinks', 'listProseAround', 'listParentLongest', 'listRunEnds',
] as const;

/** Whether any of `names` is a `path*` feature (the per-path sums are needed). */
const idx16plus = (names: readonly string[]) => names.some((nm) => nm.startsWith('path'));

/** Non-prose blocks a prose chain may bridge. */
export const CHAIN_GAP = 3;

/**
 * Derived features of every block of `doc`, for the names in `names` (a subset of {@link DERIVED}),
 * row-major: `out[i * names.length + k]`.
 */
export function derivedFeatures(doc: Doc, names: readonly string[]): Float64Array {
  const blocks = doc.children;
  const feats = doc.features;
  const n = blocks.length;
  const out = new Float64Array(n * names.length);
  if (!n || !names.length) return out;
  const words = new Float64Array(n);
  const prose = new Uint8Array(n);
  const dens = new Float64Array(n);
  let total = 0;
  let longest = 0;
  for (let i = 0; i < n; i++) {
    const f = feats[i]!;
    words[i] = f.words;
    total += f.words;
    if (f.words > words[longest]!) longest = i;
    prose[i] = isKept(blocks[i]!) && f.words >= 8 && f.endsSentence && f.stopwordRatio >= 0.15 && f.linkDensity < 0.34 ? 1 : 0;
    dens[i] = prose[i] ? f.words * (1 - f.linkDensity) : 0;
  }
  // Seed: the prose block with the densest ±5 window.
  const pre = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) pre[i + 1] = pre[i]! + dens[i]!;
  const win = (i: number, r: number) => pre[Math.min(n, i + r + 1)]! - pre[Math.max(0, i - r)]!;
  let seed = -1;
  let best = -1;
  for (let i = 0; i < n; i++) {
    if (!prose[i]) continue;
    const v = win(i, 5);
    if (v > best) {
      best = v;
      seed = i;
    }
  }
  let lo = seed;
  let hi = seed;
  if (seed >= 0) {
    for (let ext = true; ext; ) {
      ext = false;
      for (let j = lo - 1; j >= Math.max(0, lo - 1 - CHAIN_GAP); j--)
        if (prose[j]) {
          lo = j;
          ext = true;
          break;
        }
    }
    for (let ext = true; ext; ) {
      ext = false;
      for (let j = hi + 1; j <= Math.min(n - 1, hi + 1 + CHAIN_GAP); j++)
        if (prose[j]) {
          hi = j;
          ext = true;
          break;
        }
    }
  }
  let chainWords = 0;
  for (let i = lo; seed >= 0 && i <= hi; i++) chainWords += words[i]!;
  // Prose words around each block.
  const pw = new Float64Array(n + 1);
  const aw = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    pw[i + 1] = pw[i]! + (prose[i] ? words[i]! : 0);
    aw[i + 1] = aw[i]! + words[i]!;
  }
  const proseShare = (i: number, r: number) => {
    const a = Math.max(0, i - r);
    const b = Math.min(n, i + r + 1);
    const all = aw[b]! - aw[a]! - words[i]!;
    return all > 0 ? (pw[b]! - pw[a]! - (prose[i] ? words[i]! : 0)) / all : 0;
  };
  // Containers (HTML).
  const cont = new Float64Array(n).fill(-1);
  const contWords = new Map<number, number>();
  const contProse = new Map<number, number>();
  const inMain = new Uint8Array(n);
  let mainFirst = -1;
  let mainLast = -1;
  let mainWords = 0;
  for (let i = 0; i < n; i++) {
    const x = blocks[i]!.dom?.extra;
    if (!x) continue;
    const c = typeof x.containerId === 'number' ? x.containerId : -1;
    cont[i] = c;
    contWords.set(c, (contWords.get(c) ?? 0) + words[i]!);
    if (prose[i]) contProse.set(c, (contProse.get(c) ?? 0) + words[i]!);
    if (x.inMain === true) {
      inMain[i] = 1;
      mainWords += words[i]!;
      if (mainFirst < 0) mainFirst = i;
      mainLast = i;
    }
  }
  const mainNear = new Float64Array(n).fill(1e3);
  if (mainFirst >= 0) {
    let last = -1e3;
    for (let i = 0; i < n; i++) {
      if (inMain[i]) last = i;
      mainNear[i] = i - last;
    }
    last = 1e4;
    for (let i = n - 1; i >= 0; i--) {
      if (inMain[i]) last = i;
      mainNear[i] = Math.min(mainNear[i]!, last - i, 1e3);
    }
  }
  const depthLongest = blocks[longest]!.dom?.depth ?? 0;
  // Tag paths (HTML): kept and prose words per path.
  const pathWords = new Map<string, number>();
  const pathProse = new Map<string, number>();
  let keptWords = 0;
  let proseWords = 0;
  let longestKept = -1;
  if (idx16plus(names))
    for (let i = 0; i < n; i++) {
      const d = blocks[i]!.dom;
      if (!d || !isKept(blocks[i]!)) continue;
      keptWords += words[i]!;
      if (longestKept < 0 || words[i]! > words[longestKept]!) longestKept = i;
      pathWords.set(d.path, (pathWords.get(d.path) ?? 0) + words[i]!);
      if (prose[i]) {
        proseWords += words[i]!;
        pathProse.set(d.path, (pathProse.get(d.path) ?? 0) + words[i]!);
      }
    }
  const longestPath = longestKept >= 0 ? blocks[longestKept]!.dom?.path : undefined;
  const tail = names.some((nm) => nm.startsWith('tail')) ? tailFeatures(doc, prose, words, seed) : undefined;
  const list = names.some((nm) => nm.startsWith('list')) ? listFeatures(doc, prose, cont, longest) : undefined;
  const k = names.length;
  const idx = names.map((nm) => DERIVED.indexOf(nm as (typeof DERIVED)[number]));
  for (let i = 0; i < n; i++) {
    const dom = blocks[i]!.dom;
    const c = cont[i]!;
    const outside = seed < 0 ? 1e3 : i < lo ? lo - i : i > hi ? i - hi : 0;
    for (let q = 0; q < k; q++) {
      let v = 0;
      switch (idx[q]) {
        case 0: v = outside === 0 && seed >= 0 ? 1 : 0; break;
        case 1: v = Math.log1p(outside); break;
        case 2: v = i < lo ? -Math.log1p(outside) : Math.log1p(outside); break;
        case 3: v = total ? chainWords / total : 0; break;
        case 4: v = proseShare(i, 4); break;
        case 5: v = proseShare(i, 1); break;
        case 6: v = !prose[i] && words[i]! <= 15 && i > 0 && i + 1 < n && prose[i - 1] && prose[i + 1] ? 1 : 0; break;
        case 7: v = dom && c >= 0 && c === cont[longest] ? 1 : 0; break;
        case 8: v = dom && c >= 0 && i > 0 && c === cont[i - 1] ? 1 : 0; break;
        case 9: v = dom && c >= 0 && i + 1 < n && c === cont[i + 1] ? 1 : 0; break;
        case 10: v = dom && total ? (contWords.get(c) ?? 0) / total : 0; break;
        case 11: v = dom && (contWords.get(c) ?? 0) > 0 ? (contProse.get(c) ?? 0) / contWords.get(c)! : 0; break;
        case 12: v = dom ? dom.depth - depthLongest : 0; break;
        case 13: v = Math.log1p(mainNear[i]!); break;
        case 14: v = mainFirst >= 0 && i >= mainFirst && i <= mainLast ? 1 : 0; break;
        case 15: v = total ? mainWords / total : 0; break;
        case 16: v = dom && keptWords ? (pathWords.get(dom.path) ?? 0) / keptWords : 0; break;
        case 17: v = dom && proseWords ? (pathProse.get(dom.path) ?? 0) / proseWords : 0; break;
        case 18: v = dom && longestPath !== undefined && dom.path === longestPath ? 1 : 0; break;
        case 19: v = tail!.leadShare[i]!; break;
        case 20: v = tail!.afterMarker[i]!; break;
        case 21: v = tail!.proseAfter[i]!; break;
        case 22: v = list!.run[i]!; break;
        case 23: v = list!.links[i]!; break;
        case 24: v = list!.proseAround[i]!; break;
        case 25: v = list!.parentLongest[i]!; break;
        case 26: v = list!.ends[i]!; break;
      }
      out[i * k + q] = v;
    }
  }
  return out;
}

/** Blocks of the article core on each side of the seed. */
const CORE_RADIUS = 5;
/** Longest end-marker line, in words. */
const MARKER_WORDS = 8;

/**
 * The `tail*` features (see the module comment): evidence of where the article ends, for the prose
 * after it inside the main container (comments, teasers of other stories, author boxes).
 */
function tailFeatures(
  doc: Doc,
  prose: Uint8Array,
  words: Float64Array,
  seed: number,
): { leadShare: Float64Array; afterMarker: Float64Array; proseAfter: Float64Array } {
  const blocks = doc.children;
  const feats = doc.features;
  const n = blocks.length;
  const leadShare = new Float64Array(n).fill(-1);
  const afterMarker = new Float64Array(n);
  const proseAfter = new Float64Array(n);
  const stop = stopwords(doc.lang);
  const terms: Array<Set<string> | undefined> = new Array(n);
  const core = new Map<string, number>();
  if (seed >= 0)
    for (let i = Math.max(0, seed - CORE_RADIUS); i <= Math.min(n - 1, seed + CORE_RADIUS); i++) {
      if (!prose[i]) continue;
      const t = (terms[i] = topicTerms(feats[i]!, stop));
      for (const k of t) core.set(k, (core.get(k) ?? 0) + 1);
    }
  for (let i = 0; i < n; i++) {
    const t = terms[i] ?? topicTerms(feats[i]!, stop);
    if (t.size < 3 || !core.size) continue;
    const own = terms[i] !== undefined;
    let shared = 0;
    for (const k of t) if ((core.get(k) ?? 0) - (own ? 1 : 0) > 0) shared++;
    leadShare[i] = shared / t.size;
  }
  if (seed >= 0) {
    const comments = loadVocab('comments');
    const related = loadVocab('related-links');
    let marker = -1;
    for (let i = seed + 1; i < n && marker < 0; i++) {
      if (words[i]! === 0 || words[i]! > MARKER_WORDS) continue;
      const text = blocks[i]!.text;
      if (isVocabLine(comments, text) || isVocabLine(related, text)) marker = i;
    }
    if (marker >= 0) for (let i = marker; i < n; i++) afterMarker[i] = Math.log1p(i - marker + 1);
  }
  let total = 0;
  for (let i = 0; i < n; i++) if (prose[i]) total += words[i]!;
  let after = 0;
  for (let i = n - 1; i >= 0; i--) {
    proseAfter[i] = total ? after / total : 0;
    if (prose[i]) after += words[i]!;
  }
  return { leadShare, afterMarker, proseAfter };
}

/** A list block: a list item (`li`, `dt`, `dd`; a bullet line in a dump) or a block inside a list element. */
const BULLET_LINE_RE = /^(?:[-•*·–▪►]|\d{1,2}[.)])\s/;
function isListBlock(doc: Doc, i: number): boolean {
  const b = doc.children[i]!;
  if (b.kind === 'list-item') return true;
  const x = b.dom?.extra;
  return x ? x.inList === true : BULLET_LINE_RE.test(b.text);
}

/** Tag path without its last `k` tags. */
function pathUp(path: string, k: number): string {
  let end = path.length;
  for (let q = 0; q < k && end > 0; q++) end = path.lastIndexOf('>', end - 1);
  return end > 0 ? path.slice(0, end) : '';
}

/** The `list*` features (see the module comment). */
function listFeatures(
  doc: Doc,
  prose: Uint8Array,
  cont: Float64Array,
  longest: number,
): { run: Float64Array; links: Float64Array; proseAround: Float64Array; parentLongest: Float64Array; ends: Float64Array } {
  const blocks = doc.children;
  const feats = doc.features;
  const n = blocks.length;
  const run = new Float64Array(n);
  const links = new Float64Array(n).fill(-1);
  const proseAround = new Float64Array(n);
  const parentLongest = new Float64Array(n);
  const ends = new Float64Array(n);
  const longPath = blocks[longest]?.dom?.path;
  const longParent = longPath !== undefined ? pathUp(longPath, 1) : undefined;
  const near = (from: number, to: number) => {
    for (let j = Math.max(0, Math.min(from, to)); j <= Math.min(n - 1, Math.max(from, to)); j++) if (prose[j]) return 1;
    return 0;
  };
  for (let i = 0; i < n; ) {
    if (!isListBlock(doc, i)) {
      i++;
      continue;
    }
    // One list: consecutive list blocks of one container (HTML), or consecutive bullet lines.
    let j = i + 1;
    while (j < n && isListBlock(doc, j) && cont[j] === cont[i]) j++;
    let ld = 0;
    let se = 0;
    for (let k = i; k < j; k++) {
      ld += feats[k]!.linkDensity;
      if (feats[k]!.endsSentence) se++;
    }
    const around = near(i - 2, i - 1) + near(j, j + 1);
    const path = blocks[i]!.dom?.path;
    // A list item's path ends `ul>li`: two tags up is the list's parent; a paragraph's one up.
    const same = path !== undefined && longParent !== undefined && longParent !== '' && pathUp(path, 2) === longParent ? 1 : 0;
    for (let k = i; k < j; k++) {
      run[k] = Math.log1p(j - i);
      links[k] = ld / (j - i);
      proseAround[k] = around;
      parentLongest[k] = same;
      ends[k] = se / (j - i);
    }
    i = j;
  }
  return { run, links, proseAround, parentLongest, ends };
}
