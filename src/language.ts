/**
 * Language detection with franc-min (trigram profiles, 82 languages), mapped to ISO 639-1.
 * @module
 */
import { francCode } from './language-trigrams.js';
import { isSpace } from './features.js';
import type { Block } from './types.js';

const ISO3_TO_1: Record<string, string> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', pol: 'pl',
  ces: 'cs', slk: 'sk', swe: 'sv', dan: 'da', nob: 'no', nno: 'no', fin: 'fi', hun: 'hu',
  ron: 'ro', rus: 'ru', ukr: 'uk', bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', slv: 'sl',
  ell: 'el', tur: 'tr', arb: 'ar', ara: 'ar', pes: 'fa', fas: 'fa', heb: 'he', hin: 'hi',
  ben: 'bn', urd: 'ur', cmn: 'zh', zho: 'zh', jpn: 'ja', kor: 'ko', vie: 'vi', tha: 'th',
  ind: 'id', zlm: 'ms', msa: 'ms', tgl: 'tl', cat: 'ca', glg: 'gl', eus: 'eu', lit: 'lt',
  lav: 'lv', est: 'et', aze: 'az', kaz: 'kk', uzb: 'uz', swh: 'sw', afr: 'af', hau: 'ha',
  yor: 'yo', ibo: 'ig', amh: 'am', tam: 'ta', tel: 'te', mar: 'mr', guj: 'gu', kan: 'kn',
  mal: 'ml', pan: 'pa', npi: 'ne', sin: 'si', mya: 'my', khm: 'km', bel: 'be', mkd: 'mk',
};

/** Exported for the test that checks it against the regex. @internal */
export { functionWordHits };

/** Normalise a language tag (`en-US`, `de_DE`) to ISO 639-1, or undefined. */
export function normalizeLang(tag: string | undefined | null): string | undefined {
  if (!tag) return undefined;
  const m = /^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*\s*$/.exec(tag);
  if (!m) return undefined;
  const code = m[1]!.toLowerCase();
  if (code.length === 2) return code;
  return ISO3_TO_1[code];
}

/**
 * Frequent function words of European languages, for short texts and for languages franc-min does
 * not know (Finnish, Danish, Norwegian, Catalan, Slovak) or confuses (German/Dutch,
 * Swedish/Danish/Norwegian, Spanish/Portuguese/Catalan, Czech/Slovak).
 */
const FUNCTION_WORDS: Record<string, string> = {
  en: 'the of and to in is that for it with as was on are be by this have from at not but they his which were has been would their',
  de: 'der die und das ist nicht mit sich des auf für ein eine dem den von zu im auch als wird werden bei nach oder aber wie noch über sind',
  nl: 'de het een van en is dat op niet met voor zijn er te aan ook als bij door maar om naar wordt nog werd hun dan zij heeft',
  fr: 'le la les des et est une dans que qui pour pas sur au avec ce il sont du plus par mais ont été cette aux ses nous elle',
  es: 'el la los las de que y en del se por con una para es su al lo como más pero sus fue han este esta también ha entre sobre',
  pt: 'o os as de que e do da em um uma para com não no na por mais dos das se ao foi são pelo pela também como mas ou seu',
  ca: 'el la els les de que i és per amb una del als al no es va però més aquest també com han seu sobre dels hi ha',
  it: 'il lo la gli le di che e è un una per con non del della nel sono più ha anche come dei alla questo ma si delle',
  pl: 'i w na z nie się że do to jest o jak co ale od po przez dla są jego tak już być oraz jej tym ich',
  cs: 'a v se na je že s z do o to jsou by jako ale k pro jeho které který byl tak i podle také jsem bylo',
  sk: 'a v sa na je že s z do o to sú by ako ale k pre jeho ktoré ktorý bol tak aj podľa tiež som bolo',
  sv: 'och i att det som en på är av för med till den har de inte om ett var men jag från vi kan efter hade blev också',
  da: 'og i at det som en på er af for med til den har de ikke om et var men jeg fra vi kan efter havde blev også mod',
  no: 'og i å det som en på er av for med til den har de ikke om et var men jeg fra vi kan etter hadde ble også mot',
  fi: 'ja on ei se että oli kuin mutta myös tai ovat hän joka sen niin vain kun jo ole olla mukaan jotka sekä kanssa',
  hu: 'a az és hogy nem is egy van ez meg de el már csak volt mint amely ki kell még után',
  ro: 'și de în la a cu pe care să nu este pentru o un din mai ce se au fost sunt sau după',
};
const FW_SETS = new Map(Object.entries(FUNCTION_WORDS).map(([k, v]) => [k, new Set(v.split(' '))]));
/** Function word → indexes (in {@link FW_SETS} order) of the languages that list it. */
const FW_LANGS = new Map<string, number[]>();
[...FW_SETS.values()].forEach((set, li) => {
  for (const w of set) {
    const list = FW_LANGS.get(w);
    if (list) list.push(li);
    else FW_LANGS.set(w, [li]);
  }
});

/** Languages franc-min tells apart badly; within a group the function words decide. */
const CONFUSABLE: readonly (readonly string[])[] = [
  ['de', 'nl'],
  ['sv', 'da', 'no'],
  ['es', 'pt', 'ca', 'gl'],
  ['cs', 'sk'],
];

/** Longest function word, in UTF-16 code units: a longer token is counted but never looked up. */
const FW_MAX_LENGTH = Math.max(...[...FW_LANGS.keys()].map((w) => w.length));

const LETTER_RE = /^\p{L}$/u;
/** Per BMP code unit: 0 not yet known, 1 a letter (`\p{L}`), 2 not a letter. */
const letterCache = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) letterCache[c] = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

/** True when the code point is a letter (`\p{L}`), cached per BMP code unit. */
function isLetterCode(cp: number): boolean {
  if (cp > 0xffff) return LETTER_RE.test(String.fromCodePoint(cp));
  let k = letterCache[cp]!;
  if (k === 0) {
    k = LETTER_RE.test(String.fromCharCode(cp)) ? 1 : 2;
    letterCache[cp] = k;
  }
  return k === 1;
}

/**
 * Hits per language (in {@link FW_SETS} order) of the tokens `lower.match(/\p{L}+/gu)` finds,
 * with the number of tokens in the last slot: one scan, code point by code point as the `u` regex
 * reads (a lone surrogate is no letter), and a string only for tokens short enough to be a
 * function word.
 */
function functionWordHits(lower: string): number[] {
  const hits = new Array<number>(FW_SETS.size + 1).fill(0);
  let tokens = 0;
  let start = -1;
  const n = lower.length;
  for (let i = 0; i <= n; i++) {
    let letter = false;
    let width = 1;
    if (i < n) {
      let cp = lower.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff) {
        cp = lower.codePointAt(i)!;
        if (cp > 0xffff) width = 2;
      }
      letter = isLetterCode(cp);
    }
    if (letter) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      tokens++;
      if (i - start <= FW_MAX_LENGTH) {
        const langs = FW_LANGS.get(lower.slice(start, i));
        if (langs) for (const li of langs) hits[li]!++;
      }
      start = -1;
    }
    i += width - 1;
  }
  hits[FW_SETS.size] = tokens;
  return hits;
}

/** Share of tokens that are function words of each language, best first. */
function functionWordScores(text: string): { lang: string; share: number }[] {
  const hits = functionWordHits(text.toLowerCase());
  const tokens = hits[FW_SETS.size]!;
  if (tokens < 4) return [];
  const scores = [...FW_SETS.keys()].map((lang, li) => ({ lang, share: hits[li]! / tokens }));
  return scores.sort((a, b) => b.share - a.share);
}

/** The best language by function words, when its share and its lead over the next are enough. */
function vote(scores: { lang: string; share: number }[], minShare: number, lead: number): string | undefined {
  const [best, next] = scores;
  if (!best || best.share < minShare) return undefined;
  if (next && best.share < next.share * lead) return undefined;
  return best.lang;
}

/** Drop lines that are not language: base64 blobs, URLs, long runs without spaces. */
function languageText(sample: string): string {
  return sample
    .split('\n')
    .filter((l) => {
      // Words (runs of non-space) and their characters, as `l.split(/\s+/)` and `l.replace(/\s+/g, '')` count them.
      let words = 0;
      let chars = 0;
      let inWord = false;
      for (let i = 0; i < l.length; i++) {
        if (isSpace(l.charCodeAt(i))) inWord = false;
        else {
          chars++;
          if (!inWord) words++;
          inWord = true;
        }
      }
      if (!words) return false;
      const avg = chars / words;
      return avg <= 20 && !/^(?:https?:|www\.)\S+$/u.test(l.trim());
    })
    .join('\n');
}

/** Detect the language of a text sample; undefined when too short or unsure. */
export function detectLanguage(sample: string): string | undefined {
  let text = languageText(sample);
  if (text.length < 40 && sample.length >= 200) text = sample;
  if (text.length < 20) return undefined;
  const scores = functionWordScores(text.slice(0, 3000));
  const code = text.length >= 40 ? francCode(text.slice(0, 3000), 40) : 'und';
  const guess = code === 'und' ? undefined : ISO3_TO_1[code];
  // Short text: franc's trigrams are unreliable; trust only clear function words.
  if (text.length < 200) return vote(scores, 0.15, 1.3) ?? (text.length >= 40 ? guess : undefined);
  // A language franc-min does not know (Finnish read as Malay, Danish as Swedish…).
  if (!guess || !FW_SETS.has(guess)) return vote(scores, 0.05, 1.5) ?? guess;
  // Within a group franc confuses, the function words decide.
  const group = CONFUSABLE.find((g) => g.includes(guess));
  if (group) {
    const inGroup = scores.filter((s) => group.includes(s.lang));
    return vote(inGroup, 0.05, 1.05) ?? guess;
  }
  return guess;
}

/** Language sample: the longest blocks first, up to ~3,000 characters. */
export function languageSample(blocks: readonly Block[]): string {
  const sorted = [...blocks].sort((a, b) => b.text.length - a.text.length);
  let out = '';
  for (const b of sorted) {
    if (out.length > 3000) break;
    out += b.text + '\n';
  }
  return out;
}
