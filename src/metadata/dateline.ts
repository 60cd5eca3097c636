/**
 * Datelines that open a news story: `BAGHDAD (Reuters) -`, `Baghdad (AsiaNews) –`,
 * `LONDON, March 3 (Reuters) -`, `WASHINGTON (AP) —`, `IRVING, Texas --`, `(CNN) --`.
 * @module
 */

/** A dateline found at the start of a paragraph. */
export interface Dateline {
  /** Place, as written (`BAGHDAD`, `Baghdad`); absent for `(CNN) --`. */
  place?: string;
  /** Agency in parentheses (`Reuters`, `AP`), when given. */
  source?: string;
  /** Characters of the paragraph the dateline takes, including the dash and the space after it. */
  length: number;
}

const DASH = String.raw`(?:-{1,2}|[–—―])`;
/** An upper-case place of one to four words (`BAGHDAD`, `LOS ANGELES`, `ST. LOUIS`, `RIO DE JANEIRO`). */
const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}.'’-]+(?:\s+(?:\p{Lu}[\p{Lu}.'’-]*|de|del|da|do|di|la|le|am|an|of)){0,3}`;
/** A capitalised place of one to three words (`Baghdad`, `New Delhi`). */
const NAME_PLACE = String.raw`\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2}`;
/** `, Texas` / `, Pakistan` / `, N.J.` after the place. */
const REGION = String.raw`(?:,\s*\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?)?`;
/** `, March 3` / `, Nov. 24` / `, 3. März` after the place. */
const DAY = String.raw`(?:,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\.?\s+\p{Lu}\p{Ll}{2,8}\.?))?`;
/** The agency in parentheses: 1–4 words, 2–30 characters. */
const AGENCY = String.raw`\(\s*([\p{L}][\p{L}\p{N}&.'’/ -]{0,28}[\p{L}.])\s*\)`;

const WITH_AGENCY = new RegExp(String.raw`^((?:${CAPS_PLACE}|${NAME_PLACE})${REGION})${DAY}\s*${AGENCY}\s*${DASH}\s*`, 'u');
const CAPS_ONLY = new RegExp(String.raw`^(${CAPS_PLACE}${REGION})${DAY}\s*${DASH}\s+(?=["“„«\p{Lu}\p{N}])`, 'u');
const AGENCY_ONLY = new RegExp(String.raw`^${AGENCY}\s*${DASH}\s*(?=["“„«\p{Lu}\p{N}])`, 'u');

/** Read a dateline at the start of a paragraph; undefined when there is none. */
export function matchDateline(text: string): Dateline | undefined {
  let m = WITH_AGENCY.exec(text);
  if (m) {
    // A sentence never opens with `Word (Word) -`, but keep the place short and the rest long.
    if (text.length - m[0].length < 20) return undefined;
    return { place: m[1]!.trim(), source: m[2]!.trim(), length: m[0].length };
  }
  m = CAPS_ONLY.exec(text);
  if (m) {
    const place = m[1]!.trim();
    // At least one word of 3+ capitals, so `I -` or `A.` do not count.
    if (!/\p{Lu}{3,}/u.test(place) || text.length - m[0].length < 20) return undefined;
    return { place, length: m[0].length };
  }
  m = AGENCY_ONLY.exec(text);
  if (m && text.length - m[0].length >= 20) return { source: m[1]!.trim(), length: m[0].length };
  return undefined;
}
