/**
 * Human-readable evidence for a model decision: the features that moved the block's log-odds most
 * (path attribution), each described with its value.
 * @module
 */
import type { GbdtModel } from './gbdt.js';
import { attribute } from './gbdt.js';

const pct = (x: number) => x.toFixed(2);

function describe(name: string, x: number): string {
  const [scope, feat] = name.includes('.') && /^(prev|next)\d/.test(name) ? name.split('.', 2) as [string, string] : ['', name];
  const where = scope ? `${scope.startsWith('prev') ? 'previous' : 'next'}${scope.endsWith('2') ? ' but one' : ''} block: ` : '';
  return where + describeValue(feat, x);
}

/** A feature's value in words (a named function, not a closure made per call: it compiles once). */
function describeValue(feat: string, x: number): string {
  switch (feat) {
    case 'logWords':
      return x < 0 ? 'no block' : `${Math.round(Math.expm1(x))} words`;
    case 'logChars':
      return `${Math.round(Math.expm1(x))} characters`;
    case 'stopwordRatio':
      return `stopword ratio ${pct(x)}`;
    case 'linkDensity':
      return `link density ${pct(x)}`;
    case 'endsSentence':
      return x > 0 ? 'ends a sentence' : 'no sentence end';
    case 'capitalisedRatio':
      return `${Math.round(x * 100)}% capitalised words`;
    case 'punctRatio':
      return `punctuation ${pct(x)}`;
    case 'digitRatio':
      return `digits ${pct(x)}`;
    case 'removedBefore':
      return x > 0 ? 'removed by an earlier cleaner' : 'kept by earlier cleaners';
    case 'distDensest':
    case 'distLongest':
      return `${Math.round(Math.expm1(x))} blocks from the main text`;
    case 'signedDistLongest':
      return `${Math.round(Math.expm1(Math.abs(x)))} blocks ${x < 0 ? 'before' : 'after'} the longest block`;
    case 'leftSentDist':
    case 'rightSentDist':
      return x > 6.9 ? `no prose ${feat.startsWith('left') ? 'before' : 'after'} it` : `${Math.round(Math.expm1(x))} blocks to prose ${feat.startsWith('left') ? 'before' : 'after'} it`;
    case 'inSentSpan':
      return x > 0 ? 'between prose paragraphs' : 'outside the prose';
    case 'inDensestSpan':
      return x > 0 ? 'inside the main text span' : 'outside the main text span';
    case 'relPosition':
      return `at ${Math.round(x * 100)}% of the page`;
    case 'textBefore':
      return `${Math.round(x * 100)}% of the page text before it`;
    case 'textAfter':
      return `${Math.round(x * 100)}% of the page text after it`;
    case 'topicalOverlap':
      return `${Math.round(x * 100)}% of its words shared with the main text`;
    case 'topicalOverlapNeighbours':
      return `neighbours share ${Math.round(x * 100)}% of words with the main text`;
    case 'repeatCount':
      return `occurs ${Math.round(Math.exp(x))}× in the page`;
    case 'textRepeatedNearby':
      return x > 0 ? 'repeated nearby' : 'not repeated';
    case 'win3LogWords':
      return `neighbours average ${Math.round(Math.expm1(x))} words`;
    case 'win10LogWords':
      return `region averages ${Math.round(Math.expm1(x))} words`;
    case 'win3Stop':
    case 'win10Stop':
      return `neighbours' stopword ratio ${pct(x)}`;
    case 'win3Link':
      return `neighbours' link density ${pct(x)}`;
    case 'win3Ends':
      return `${Math.round(x * 100)}% of neighbours end a sentence`;
    case 'win3Removed':
      return `${Math.round(x * 100)}% of neighbours removed`;
    case 'wordsOverMax':
      return `${Math.round(x * 100)}% of the longest block's length`;
    case 'lengthRank':
      return `length rank ${Math.round(x * 100)}%`;
    default:
      if (feat.startsWith('vocab:')) return x > 0 ? `matches ${feat.slice(6)} vocabulary` : `no ${feat.slice(6)} vocabulary`;
      if (/^(kind|tag)=/.test(feat) || feat.startsWith('attr~') || feat.startsWith('path>')) {
        return x > 0 ? feat : `not ${feat}`;
      }
      return `${feat} ${Number.isInteger(x) ? x : pct(x)}`;
  }
}

/**
 * The `k` features that pushed the log-odds most in `direction` (-1: towards boilerplate,
 * +1: towards content), described.
 */
export function evidence(model: GbdtModel, x: Float64Array, offset: number, direction: -1 | 1, k = 3): string[] {
  return evidenceOf(model, attribute(model, x, offset), x, offset, direction, k);
}

/**
 * {@link evidence} from contributions already computed (e.g. by `attributeLeaves`): the `k` largest
 * in `direction`, ties by feature index — the first `k` of the full sort, found in one pass.
 */
export function evidenceOf(
  model: GbdtModel,
  contrib: ReadonlyMap<number, number>,
  x: Float64Array,
  offset: number,
  direction: -1 | 1,
  k = 3,
): string[] {
  const top = new TopK(k, direction);
  for (const [f, v] of contrib) top.add(f, v);
  return top.describe(model, x, offset);
}

/**
 * {@link evidenceOf} from contributions by feature index (`attributeLeavesSums`): feature `f` moved
 * the log-odds by `sums[f]`; a 0 (a feature no tree split on) is never evidence.
 */
export function evidenceOfSums(
  model: GbdtModel,
  sums: Float64Array,
  x: Float64Array,
  offset: number,
  direction: -1 | 1,
  k = 3,
): string[] {
  const top = new TopK(k, direction);
  for (let f = 0; f < sums.length; f++) top.add(f, sums[f]!);
  return top.describe(model, x, offset);
}

/**
 * {@link evidence} kept as numbers: the features of its items (best first) into `outF[at…]` and the
 * row's values of them into `outX[at…]`; returns how many (at most `k`). {@link describeEvidence}
 * makes the same strings from them.
 */
export function evidenceTop(
  model: GbdtModel,
  x: Float64Array,
  offset: number,
  direction: -1 | 1,
  k: number,
  outF: Int32Array,
  outX: Float64Array,
  at: number,
): number {
  const top = new TopK(k, direction);
  for (const [f, v] of attribute(model, x, offset)) top.add(f, v);
  for (let q = 0; q < top.f.length; q++) {
    outF[at + q] = top.f[q]!;
    outX[at + q] = x[offset + top.f[q]!]!;
  }
  return top.f.length;
}

/** The evidence strings of `count` items kept by {@link evidenceTop} at `f[at…]`, `x[at…]`. */
export function describeEvidence(model: GbdtModel, f: Int32Array, x: Float64Array, at: number, count: number): string[] {
  const out: string[] = [];
  for (let q = 0; q < count; q++) out.push(describe(model.features[f[at + q]!]!, x[at + q]!));
  return out;
}

/**
 * The `k` contributions that moved the log-odds furthest in `direction`, best first, as parallel
 * lists: a candidate goes before another when it moved further, or as far with a lower feature index
 * (a total order, so the result does not depend on the order the contributions come in).
 */
class TopK {
  readonly f: number[] = [];
  readonly v: number[] = [];
  constructor(
    readonly k: number,
    readonly direction: -1 | 1,
  ) {}

  add(f: number, v: number): void {
    const { k, direction } = this;
    if (k <= 0 || !(v * direction > 0)) return;
    const topF = this.f;
    const topV = this.v;
    if (topF.length === k && before(f, v, topF[k - 1]!, topV[k - 1]!, direction) >= 0) return;
    let at = topF.length < k ? topF.length : k - 1;
    while (at > 0 && before(f, v, topF[at - 1]!, topV[at - 1]!, direction) < 0) {
      topF[at] = topF[at - 1]!;
      topV[at] = topV[at - 1]!;
      at--;
    }
    topF[at] = f;
    topV[at] = v;
  }

  describe(model: GbdtModel, x: Float64Array, offset: number): string[] {
    const out: string[] = [];
    for (let q = 0; q < this.f.length; q++) out.push(describe(model.features[this.f[q]!]!, x[offset + this.f[q]!]!));
    return out;
  }
}

/** Negative when contribution (fa, va) ranks before (fb, vb). */
function before(fa: number, va: number, fb: number, vb: number, direction: -1 | 1): number {
  return vb * direction - va * direction || fa - fb;
}
