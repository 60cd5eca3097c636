/**
 * Block → numeric feature vector for the learned content scorer. One code path for text and HTML
 * (DOM features are 0 for text). The vector layout is described by a {@link VectorSpec} stored in the
 * model file, so a model always reads the features it was trained on.
 * @module
 */
import { existsSync } from 'node:fs';
import type { Doc } from '../doc.js';
import { isKept } from '../doc.js';
import { stopwords } from '../features.js';
import { loadVocab, vocabMatches, type Vocab } from '../vocab.js';
import { derivedFeatures } from './extra-features.js';

/** What a vector contains beyond the fixed base features. */
export interface VectorSpec {
  /** Names of `data/vocab/<name>.json` vocabularies used as hit flags. */
  vocab: string[];
  /** Numeric/boolean `dom.extra` keys used as features (HTML). */
  extra: string[];
  /** Names of derived features (`src/model/extra-features.ts`), when the model uses them. */
  derived?: string[];
}

const TAGS = ['p', 'div', 'li', 'h', 'td', 'span', 'a', 'blockquote', 'figcaption', 'pre', 'dd', 'section', 'article', 'font', 'b'];
const KINDS = ['paragraph', 'heading', 'list-item', 'quote', 'caption', 'table-cell', 'pre', 'line'];
const POS_ATTR = /(?:^|[\s_-])(?:article|body|content|entry|main|post|story|text|news)/;
const NEG_ATTR = [
  'comment', 'footer', 'nav', 'menu', 'sidebar', 'share', 'social', 'related', 'promo', 'ad',
  'banner', 'widget', 'cookie', 'newsletter', 'subscribe', 'breadcrumb', 'author', 'byline',
  'caption', 'tags', 'meta',
];
const NEG_ATTR_RE = NEG_ATTR.map((k) =>
  k === 'ad' ? /(?:^|[\s_-])ads?(?:$|[\s_-])/ : new RegExp(`(?:^|[\\s_-])${k}`),
);
const PATH_TAGS = ['article', 'main', 'aside', 'nav', 'footer', 'header', 'form', 'table', 'ul', 'li'];
const PATH_NEEDLES = PATH_TAGS.map((t) => `>${t}>`);

/** Per-block own features (the same values are read for neighbours). */
const OWN = [
  'logWords', 'logChars', 'stopwordRatio', 'punctRatio', 'upperRatio', 'digitRatio',
  'capitalisedRatio', 'endsSentence', 'sentences', 'linkDensity', 'avgWordLen', 'commaPerWord',
  'separatorChars', 'endsColon', 'hasUrlOrMail', 'hasCopyright', 'startsLower', 'bulletStart',
  'quoteChars', 'yearLike', 'timeLike', 'allCapsWords', 'removedBefore',
] as const;
const NEIGH = ['logWords', 'stopwordRatio', 'endsSentence', 'linkDensity', 'capitalisedRatio', 'removedBefore'] as const;
const OFFSETS = [-2, -1, 1, 2];
const DOC = [
  'relPosition', 'wordsOverMax', 'lengthRank', 'distLongest', 'signedDistLongest', 'distDensest',
  'textBefore', 'textAfter', 'logDocBlocks', 'logDocWords', 'win3LogWords', 'win3Stop', 'win3Ends',
  'win3Link', 'win3Removed', 'win10LogWords', 'win10Stop', 'repeatCount', 'textRepeatedNearby',
  'topicalOverlap', 'topicalOverlapNeighbours', 'leftSentDist', 'rightSentDist', 'inSentSpan',
  'sentBlocksShare', 'densestWinShare', 'inDensestSpan', 'lineDupOfLonger',
] as const;
/** Index in {@link OWN} of the features read for neighbours and windows (NEIGH, the win* means). */
const OWN_AT = {
  logWords: OWN.indexOf('logWords'),
  stopwordRatio: OWN.indexOf('stopwordRatio'),
  capitalisedRatio: OWN.indexOf('capitalisedRatio'),
  endsSentence: OWN.indexOf('endsSentence'),
  linkDensity: OWN.indexOf('linkDensity'),
  removedBefore: OWN.indexOf('removedBefore'),
};
const DOMF = ['depth', 'linkChars', 'headingLevel', 'attrPos', 'attrNegAny', 'attrLen'] as const;

/** Ordered feature names for a spec. */
export function featureNames(spec: VectorSpec): string[] {
  const names: string[] = [...OWN];
  for (const o of OFFSETS) for (const n of NEIGH) names.push(`${o > 0 ? 'next' : 'prev'}${Math.abs(o)}.${n}`);
  names.push(...DOC);
  for (const k of KINDS) names.push(`kind=${k}`);
  for (const t of TAGS) names.push(`tag=${t}`);
  names.push(...DOMF.map((d) => `dom.${d}`));
  for (const k of NEG_ATTR) names.push(`attr~${k}`);
  for (const t of PATH_TAGS) names.push(`path>${t}`);
  for (const v of spec.vocab) names.push(`vocab:${v}`);
  for (const e of spec.extra) names.push(`extra.${e}`);
  for (const d of spec.derived ?? []) names.push(`x.${d}`);
  return names;
}

/** Vocabulary names present under `data/vocab/` (checked once per name). */
const vocabCache = new Map<string, Vocab | null>();
function vocabFor(name: string): Vocab | null {
  let v = vocabCache.get(name);
  if (v !== undefined) return v;
  try {
    v = existsSync(new URL(`../../data/vocab/${name}.json`, import.meta.url)) ? loadVocab(name) : null;
  } catch {
    v = null;
  }
  vocabCache.set(name, v);
  return v;
}

/** Vocabulary flags are for short labels; long blocks are not matched (and regexes stay cheap). */
const VOCAB_MAX_CHARS = 120;
const SEP_RE = /[|»›·•«‹\/]/g;
/** Only tested (never matched for its span): `\S@` finds the same mail shapes as `\S+@` without rescanning long runs. */
const URL_RE = /https?:\/\/|www\.|\S@\S+\.\w/i;
const YEAR_RE = /\b(?:19|20)\d\d\b/;
const TIME_RE = /\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?|uhr|h)?\b/i;
const QUOTE_RE = /["“”„«»]/g;
const DIGITS_RE = /^\d+$/;
const BULLET_RE = /^[-–—•*·►▶>]/;

const UPPER_CP_RE = /^\p{Lu}$/u;
const upperCache = new Map<number, boolean>();
function isUpperCp(cp: number): boolean {
  if (cp < 128) return cp >= 65 && cp <= 90;
  let u = upperCache.get(cp);
  if (u === undefined) {
    u = UPPER_CP_RE.test(String.fromCodePoint(cp));
    upperCache.set(cp, u);
  }
  return u;
}

/**
 * Words (split on single spaces) of 2+ UTF-16 units made only of upper-case letters — the count of
 * `t.split(' ')` words matching `/^\p{Lu}+$/u`, without the split and the per-word regex.
 */
function countAllCapsWords(t: string): number {
  let count = 0;
  let start = 0;
  let caps = true;
  const n = t.length;
  for (let i = 0; i <= n; i++) {
    if (i === n || t.charCodeAt(i) === 32) {
      if (caps && i - start >= 2) count++;
      start = i + 1;
      caps = true;
      continue;
    }
    if (!caps) continue;
    let cp = t.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const lo = t.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (!isUpperCp(cp)) caps = false;
  }
  return count;
}

function countRe(text: string, re: RegExp): number {
  re.lastIndex = 0;
  const m = text.match(re);
  return m ? m.length : 0;
}

/**
 * Feature matrix of a document: row `i` (length `names.length`) describes block `i`. Blocks removed
 * by earlier cleaners are described too (they are context), and flagged by `removedBefore`.
 * With `rows`, the matrix has only the rows of the blocks flagged there, in document order (row
 * `r` = the `r`-th flagged block): the scorer reads its candidates' rows only, training reads all.
 */
export function docVectors(doc: Doc, spec: VectorSpec, rows?: Uint8Array): { width: number; data: Float64Array } {
  const blocks = doc.children;
  const feats = doc.features;
  const n = blocks.length;
  const width = featureNames(spec).length;
  let m = n;
  if (rows) {
    m = 0;
    for (let i = 0; i < n; i++) if (rows[i]) m++;
  }
  const data = new Float64Array(m * width);
  if (n === 0) return { width, data };
  const stop = stopwords(doc.lang);

  // Own features.
  const own = OWN.length;
  const ownM = new Float64Array(n * own);
  const words = new Float64Array(n);
  const sentLike = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const b = blocks[i]!;
    const f = feats[i]!;
    const t = b.text;
    const w = f.words;
    words[i] = w;
    sentLike[i] = w >= 15 && f.endsSentence && f.stopwordRatio >= 0.15 && f.linkDensity < 0.5 ? 1 : 0;
    if (rows && !rows[i]) {
      // Not a row of the matrix: only what neighbours' features and the windows read.
      const o = i * own;
      ownM[o + OWN_AT.logWords] = Math.log1p(w);
      ownM[o + OWN_AT.stopwordRatio] = f.stopwordRatio;
      ownM[o + OWN_AT.capitalisedRatio] = f.capitalisedRatio;
      ownM[o + OWN_AT.endsSentence] = f.endsSentence ? 1 : 0;
      ownM[o + OWN_AT.linkDensity] = f.linkDensity;
      ownM[o + OWN_AT.removedBefore] = isKept(b) ? 0 : 1;
      continue;
    }
    let letters = 0;
    for (const tok of f.tokens) letters += tok.length;
    const allCaps = countAllCapsWords(t);
    const first = t.codePointAt(0) ?? 0;
    const fc = String.fromCodePoint(first);
    const row = [
      Math.log1p(w), Math.log1p(f.chars), f.stopwordRatio, f.punctRatio, f.upperRatio, f.digitRatio,
      f.capitalisedRatio, f.endsSentence ? 1 : 0, f.sentences, f.linkDensity, w ? letters / w : 0,
      w ? countRe(t, /,/g) / w : 0, countRe(t, SEP_RE), /:\s*$/.test(t) ? 1 : 0, URL_RE.test(t) ? 1 : 0,
      /©|\(c\)|copyright/i.test(t) ? 1 : 0, fc !== fc.toUpperCase() ? 1 : 0, BULLET_RE.test(t) ? 1 : 0,
      countRe(t, QUOTE_RE), YEAR_RE.test(t) ? 1 : 0, TIME_RE.test(t) ? 1 : 0, w ? allCaps / w : 0,
      isKept(b) ? 0 : 1,
    ];
    for (let k = 0; k < own; k++) ownM[i * own + k] = row[k]!;
  }
  const ownIdx = (name: (typeof OWN)[number]) => OWN.indexOf(name);
  const neighIdx = NEIGH.map((nm) => ownIdx(nm));

  // Document-level aggregates.
  let maxWords = 0;
  let longest = 0;
  let totalWords = 0;
  for (let i = 0; i < n; i++) {
    totalWords += words[i]!;
    if (words[i]! > maxWords) {
      maxWords = words[i]!;
      longest = i;
    }
  }
  // Blocks by words descending, then index: word counts are integers, so one numeric key each
  // (`(maxWords - words) * n + i`, exact) and a native sort give the comparator's order.
  const sortKeys = new Float64Array(n);
  for (let i = 0; i < n; i++) sortKeys[i] = (maxWords - words[i]!) * n + i;
  sortKeys.sort();
  const order = Array.from(sortKeys, (k) => k % n);
  const rank = new Float64Array(n);
  order.forEach((idx, r) => (rank[idx] = n > 1 ? r / (n - 1) : 0));
  // Density: text weighted by how prose-like it is, summed over a ±5 window.
  const dens = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const f = feats[i]!;
    dens[i] = words[i]! * (f.endsSentence ? 1 : 0.4) * (1 - f.linkDensity) * Math.min(1, f.stopwordRatio * 3 + 0.1);
  }
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + dens[i]!;
  const win = (i: number, r: number) => prefix[Math.min(n, i + r + 1)]! - prefix[Math.max(0, i - r)]!;
  let densest = 0;
  let best = -1;
  for (let i = 0; i < n; i++) {
    const v = win(i, 5);
    if (v > best) {
      best = v;
      densest = i;
    }
  }
  const totalDens = prefix[n]! || 1;
  // Densest span: grow from the densest block while the ±3 window keeps prose.
  let spanL = densest;
  let spanR = densest;
  const thr = Math.max(5, best / 11 / 4);
  while (spanL > 0 && win(spanL - 1, 3) / 7 >= thr) spanL--;
  while (spanR < n - 1 && win(spanR + 1, 3) / 7 >= thr) spanR++;
  const wordsBefore = new Float64Array(n);
  for (let i = 1; i < n; i++) wordsBefore[i] = wordsBefore[i - 1]! + words[i - 1]!;
  // Sentence-like blocks: nearest left/right.
  const leftSent = new Float64Array(n);
  const rightSent = new Float64Array(n);
  let last = -1;
  for (let i = 0; i < n; i++) {
    leftSent[i] = last < 0 ? 1e3 : i - last;
    if (sentLike[i]) last = i;
  }
  last = -1;
  for (let i = n - 1; i >= 0; i--) {
    rightSent[i] = last < 0 ? 1e3 : last - i;
    if (sentLike[i]) last = i;
  }
  let sentCount = 0;
  for (let i = 0; i < n; i++) sentCount += sentLike[i]!;
  // Repetition.
  const keys = blocks.map((b) => b.text.toLowerCase());
  const textAt = new Map<string, number[]>();
  /** Index of block `i` in its (ascending) `textAt` list. */
  const atPos = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const at = textAt.get(keys[i]!);
    if (at) {
      atPos[i] = at.length;
      at.push(i);
    } else textAt.set(keys[i]!, [i]);
  }
  // Topical overlap with the top-3 longest blocks.
  const content = (i: number) => feats[i]!.tokens.filter((t) => t.length >= 3 && !stop.has(t) && !DIGITS_RE.test(t));
  const top = order.slice(0, 3);
  const topSets = top.map((i) => new Set(content(i)));
  const topical = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // Read by row `i` and its neighbours within ±2 (`topicalOverlapNeighbours`).
    if (rows && !rows[i] && !rows[i - 1] && !rows[i + 1] && !rows[i - 2] && !rows[i + 2]) continue;
    const toks = content(i);
    if (!toks.length) continue;
    let hit = 0;
    const self = top.indexOf(i);
    for (const t of toks) {
      for (let j = 0; j < topSets.length; j++) {
        if (j !== self && topSets[j]!.has(t)) {
          hit++;
          break;
        }
      }
    }
    topical[i] = hit / toks.length;
  }
  // Longer blocks contain this block's text (e.g. a teaser line repeated in a longer block).
  const longText = order.slice(0, 3).map((i) => [i, blocks[i]!.text.toLowerCase()] as const);

  const logN = Math.log1p(n);
  const vocabs = spec.vocab.map(vocabFor);
  const negByAttrs = new Map<string, number[]>();
  const flagsByPath = new Map<string, number[]>();
  let r = 0;
  const dk = spec.derived?.length ?? 0;
  const dx = dk ? derivedFeatures(doc, spec.derived!) : undefined;
  for (let i = 0; i < n; i++) {
    if (rows && !rows[i]) continue;
    const row = (rows ? r++ : i) * width;
    let c = 0;
    for (let k = 0; k < own; k++) data[row + c++] = ownM[i * own + k]!;
    for (const o of OFFSETS) {
      const j = i + o;
      for (const k of neighIdx) data[row + c++] = j >= 0 && j < n ? ownM[j * own + k]! : -1;
    }
    const mean = (r: number, k: number) => {
      let s = 0;
      let m = 0;
      for (let j = Math.max(0, i - r); j <= Math.min(n - 1, i + r); j++) {
        if (j === i) continue;
        s += ownM[j * own + k]!;
        m++;
      }
      return m ? s / m : 0;
    };
    const key = keys[i]!;
    const at = textAt.get(key)!;
    // `at` is ascending, so a repeat within 30 blocks exists iff the closest one on either side is.
    const p = atPos[i]!;
    const nearbyRepeat = (p > 0 && i - at[p - 1]! <= 30) || (p + 1 < at.length && at[p + 1]! - i <= 30) ? 1 : 0;
    let dupOfLonger = 0;
    if (key.length >= 12) for (const [j, t] of longText) if (j !== i && t.length > key.length && t.includes(key)) dupOfLonger = 1;
    const topN = (() => {
      let s = 0;
      let m = 0;
      for (let j = Math.max(0, i - 2); j <= Math.min(n - 1, i + 2); j++) {
        if (j === i) continue;
        s += topical[j]!;
        m++;
      }
      return m ? s / m : 0;
    })();
    const docRow = [
      n > 1 ? i / (n - 1) : 0, maxWords ? words[i]! / maxWords : 0, rank[i]!, Math.log1p(Math.abs(i - longest)),
      Math.sign(i - longest) * Math.log1p(Math.abs(i - longest)), Math.log1p(Math.abs(i - densest)),
      totalWords ? wordsBefore[i]! / totalWords : 0, totalWords ? (totalWords - wordsBefore[i]! - words[i]!) / totalWords : 0,
      logN, Math.log1p(totalWords), mean(3, 0), mean(3, 2), mean(3, 7), mean(3, 9), mean(3, ownIdx('removedBefore')),
      mean(10, 0), mean(10, 2), Math.log(at.length), nearbyRepeat, topical[i]!, topN,
      Math.log1p(leftSent[i]!), Math.log1p(rightSent[i]!), leftSent[i]! < 1e3 && rightSent[i]! < 1e3 ? 1 : 0,
      n ? sentCount / n : 0, win(densest, 5) / totalDens, i >= spanL && i <= spanR ? 1 : 0, dupOfLonger,
    ];
    for (const v of docRow) data[row + c++] = v;
    const b = blocks[i]!;
    for (const k of KINDS) data[row + c++] = b.kind === k ? 1 : 0;
    const dom = b.dom;
    const tag = dom ? (/^h[1-6]$/.test(dom.tag) ? 'h' : dom.tag) : '';
    for (const t of TAGS) data[row + c++] = tag === t ? 1 : 0;
    const attrs = dom?.attrs ?? '';
    let negAny = 0;
    // Memoised per attribute string and per path (blocks of one page share a few of each).
    let negFlags = negByAttrs.get(attrs);
    if (!negFlags) {
      negFlags = NEG_ATTR_RE.map((re) => (re.test(attrs) ? 1 : 0));
      negByAttrs.set(attrs, negFlags);
    }
    for (const f of negFlags) negAny += f;
    data[row + c++] = dom ? dom.depth : 0;
    data[row + c++] = dom ? Math.log1p(dom.linkChars) : 0;
    data[row + c++] = dom?.level ?? 0;
    data[row + c++] = POS_ATTR.test(attrs) ? 1 : 0;
    data[row + c++] = negAny;
    if (attrs) {
      let parts = 1;
      for (let q = attrs.indexOf(' '); q >= 0; q = attrs.indexOf(' ', q + 1)) parts++;
      data[row + c++] = Math.log1p(parts);
    } else data[row + c++] = 0;
    for (const f of negFlags) data[row + c++] = f;
    const path = dom ? `>${dom.path}>` : '';
    let pathFlags = flagsByPath.get(path);
    if (!pathFlags) {
      pathFlags = PATH_NEEDLES.map((t) => (path.includes(t) ? 1 : 0));
      flagsByPath.set(path, pathFlags);
    }
    for (const f of pathFlags) data[row + c++] = f;
    for (const v of vocabs) data[row + c++] = v && b.text.length <= VOCAB_MAX_CHARS && vocabMatches(v, b.text) ? 1 : 0;
    for (const e of spec.extra) {
      const x = dom?.extra?.[e];
      data[row + c++] = typeof x === 'number' ? (Number.isFinite(x) ? x : 0) : x === true ? 1 : 0;
    }
    for (let q = 0; q < dk; q++) data[row + c++] = dx![i * dk + q]!;
    if (c !== width) throw new Error(`vector width mismatch: ${c} != ${width}`);
  }
  return { width, data };
}
