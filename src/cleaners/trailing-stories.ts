/**
 * trailing-stories: removes unrelated stories glued after the end of the article — the maximal
 * run of off-topic blocks at the end of the body, judged by what they are (no topic terms shared
 * with the article's lead, cut off mid-sentence, an all-caps kicker like `CHARGES:`, after a line
 * that closes the article), never by names.
 * @module
 */
import { defineCleaner } from '../cleaner.js';
import { isKept } from '../doc.js';
import { stopwords } from '../features.js';
import { loadVocab } from '../vocab.js';
import { roleMatcher } from './util/text-shape.js';
import { overlap, topicTerms } from './util/topic.js';

/** Options of {@link trailingStories}. */
export interface TrailingStoriesOptions {
  /** How many body paragraphs make the lead the tail is compared with. */
  leadParagraphs: number;
  /** Fewest words of a paragraph that can be part of the lead. */
  leadMinWords: number;
  /** Fewest topic terms the lead needs before anything is judged. */
  minLeadTerms: number;
  /** Fewest topic terms a block needs to be judged (shorter blocks are neutral). */
  minTerms: number;
  /** A block sharing at most this share of its topic terms with the lead is off-topic. */
  maxOverlap: number;
  /** ... and at most this share with the whole article before it (lead and on-topic blocks). */
  maxArticleOverlap: number;
  /** With no other evidence (no cut-off, kicker or closing line), the share must be at most this. */
  maxOverlapAlone: number;
  /** With no other evidence, fewest topic terms a block needs to be judged off-topic. */
  minTermsAlone: number;
  /** Fewest words of a block to count as cut off when it lacks final punctuation. */
  minTruncatedWords: number;
  /** Longest block judged, in words (a glued teaser is a paragraph, not a page). */
  maxWords: number;
  /** Most of the body's words the tail run may take. */
  maxShare: number;
}

/** An all-caps kicker opening a long block: `CHARGES: The former president …`, `DISASTER: …`. */
const KICKER_RE = /^[\p{Lu}][\p{Lu}\p{N}'’&-]{2,}(?:\s+[\p{Lu}\p{N}'’&-]{2,}){0,2}\s*:\s+\S/u;
/** Ends like a finished sentence (a full stop, question or exclamation mark, possibly quoted). */
const FINISHED_RE = /[.!?…:;)\]]["'”’»)\]]*\s*$/u;
/** Ends on an e-mail address, a URL, a handle or a phone number: a contact line, not a cut. */
const CONTACT_END_RE = /(?:\S+@\S+|https?:\/\/\S+|www\.\S+|\S+\.[a-z]{2,}(?:\/\S*)?|@\w+|[+\d][\d\s()./-]{6,})\s*$/iu;
/** Ends as if cut off: on a word, a comma or a dash (not on an emoticon, a smiley or a symbol). */
/**
 * A teaser card: a headline glued to the wire dateline of its story, `Sonia Gandhi attends Army Day
 * reception New Delhi, Jan 15 (ANI): In her first …` (the article's own dateline opens its block).
 */
const HEADLINE_DATELINE_RE =
  /^[^.!?:]{10,120}?\s[\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*){0,3},\s(?:\p{L}{3,9}\.?\s\d{1,2}|\d{1,2}\.?\s\p{L}{3,9})\s\((?:\p{Lu}{2,6}|Reuters|AFP|AP|dpa)\)\s*[:—–-]\s*\S/u;
const CUT_OFF_RE = /(?:[\p{L}\p{N}]|[,–—-]|\s["“„«])\s*$/u;

export const trailingStories = defineCleaner<TrailingStoriesOptions>(
  {
    id: 'trailing-stories',
    purpose: 'Removes unrelated stories glued after the end of the article (off-topic tail run).',
    defaults: {
      leadParagraphs: 3,
      leadMinWords: 15,
      minLeadTerms: 15,
      minTerms: 8,
      maxOverlap: 0.12,
      maxArticleOverlap: 0.2,
      maxOverlapAlone: 0.05,
      minTermsAlone: 25,
      minTruncatedWords: 25,
      maxWords: 250,
      maxShare: 0.6,
    },
  },
  ({ doc, options, remove }) => {
    const vocab = loadVocab('trailing-stories');
    const endMarker = roleMatcher(vocab, 'end-marker');
    const teaserEnd = roleMatcher(vocab, 'teaser-end');
    const stop = stopwords(doc.lang);
    const feats = doc.features;
    const body = doc.children.map((b, i) => i).filter((i) => isKept(doc.children[i]!));
    if (body.length < options.leadParagraphs + 1) return;

    // The lead: the first few real paragraphs, plus the lifted title and dek.
    const lead: number[] = [];
    for (const i of body) {
      if (lead.length >= options.leadParagraphs) break;
      if (feats[i]!.words >= options.leadMinWords && feats[i]!.endsSentence) lead.push(i);
    }
    if (lead.length < Math.min(2, options.leadParagraphs)) return;
    const reference = new Set<string>();
    for (const i of lead) for (const t of topicTerms(feats[i]!, stop)) reference.add(t);
    /** The lead plus every on-topic block so far: a veto against topic drift inside the article. */
    const article = new Set<string>(reference);
    doc.children.forEach((b, i) => {
      if (b.lifted && (b.lifted.field === 'title' || b.lifted.field === 'subtitle')) {
        for (const t of topicTerms(feats[i]!, stop)) {
          reference.add(t);
          article.add(t);
        }
      }
    });
    if (reference.size < options.minLeadTerms) return;
    const leadEnd = lead[lead.length - 1]!;
    const leadStopwords = lead.reduce((n, i) => n + feats[i]!.stopwordRatio, 0) / lead.length;

    // A line that closes the article (a wire sign-off), anywhere after the lead.
    const closedAt = body.find((i) => i > leadEnd && feats[i]!.words <= 30 && endMarker.test(doc.children[i]!.text));

    // One object shape for every verdict (`why` is '' unless off), so reading them stays monomorphic.
    type Verdict = { kind: 'off' | 'neutral' | 'on'; why: string };
    /** Topic terms of the block judged last (an on-topic block's join the article). */
    let judged = -1;
    let judgedTerms: Set<string> | undefined;
    const judge = (i: number): Verdict => {
      const block = doc.children[i]!;
      const f = feats[i]!;
      const terms = topicTerms(f, stop);
      judged = i;
      judgedTerms = terms;
      const finished = FINISHED_RE.test(block.text);
      // A teaser card of another story, whatever its topic: the article's own dateline opens its lead.
      if (f.words <= options.maxWords && HEADLINE_DATELINE_RE.test(block.text)) {
        return { kind: 'off', why: `a headline glued to its story's dateline, after the article (shares ${Math.round(overlap(terms, reference) * 100)}% of its topic terms with the lead)` };
      }
      if (terms.size < options.minTerms) {
        // Short: a teaser's headline or a label can sit in the tail; a short finished sentence
        // is the article's own closing line.
        return finished && f.sentences > 0 ? { kind: 'on', why: '' } : { kind: 'neutral', why: '' };
      }
      // Too long for a teaser, or not in the article's language (a bilingual page, a list of
      // names): not something this cleaner can judge.
      if (f.words > options.maxWords || f.stopwordRatio < leadStopwords / 2) return { kind: 'on', why: '' };
      const share = overlap(terms, reference);
      const articleShare = overlap(terms, article);
      if (share > options.maxOverlap || articleShare > options.maxArticleOverlap) return { kind: 'on', why: '' };
      const cues: string[] = [];
      if (!finished && CUT_OFF_RE.test(block.text) && !CONTACT_END_RE.test(block.text) && f.words >= options.minTruncatedWords) {
        cues.push('cut off mid-sentence');
      }
      if (teaserEnd.test(block.text)) cues.push('ends like a teaser');
      const kicker = KICKER_RE.exec(block.text);
      if (kicker && f.words >= options.minTruncatedWords) cues.push(`opens with the kicker "${kicker[0].slice(0, -1).trim()}"`);
      if (closedAt !== undefined && i > closedAt) cues.push('after the line closing the article');
      if (!cues.length && (share > options.maxOverlapAlone || articleShare > options.maxArticleOverlap / 2 || terms.size < options.minTermsAlone)) {
        return { kind: 'on', why: '' };
      }
      const pct = Math.round(share * 100);
      return { kind: 'off', why: `shares ${pct}% of its ${terms.size} topic terms with the lead, ${Math.round(articleShare * 100)}% with the article${cues.length ? '; ' + cues.join('; ') : ''}` };
    };

    // Forward: every block after the lead that is on topic joins the reference, so a last
    // paragraph is compared with the whole article so far, not only with its lead.
    const verdicts = new Map<number, Verdict>();
    for (const i of body) {
      if (i <= leadEnd) continue;
      const v = judge(i);
      verdicts.set(i, v);
      if (v.kind === 'on') for (const t of judged === i ? judgedTerms! : topicTerms(feats[i]!, stop)) article.add(t);
    }
    // Backward: the maximal run of off-topic (and neutral) blocks at the end, stopping at the
    // first on-topic one; the run starts at its earliest off-topic block.
    let cut = -1;
    for (let k = body.length - 1; k >= 0 && body[k]! > leadEnd; k--) {
      const v = verdicts.get(body[k]!)!;
      if (v.kind === 'on') break;
      if (v.kind === 'off') cut = k;
    }
    if (cut < 0) return;
    const run = body.slice(cut);
    const bodyWords = body.reduce((n, i) => n + feats[i]!.words, 0);
    const runWords = run.reduce((n, i) => n + feats[i]!.words, 0);
    if (runWords > options.maxShare * bodyWords) return;
    for (const i of run) {
      const v = verdicts.get(i)!;
      remove(
        doc.children[i]!,
        v.kind === 'off' ? `unrelated trailing story: ${v.why}` : 'inside a tail of unrelated stories after the article',
      );
    }
  },
);
