/**
 * Language detection with franc-min (trigram profiles, 82 languages), mapped to ISO 639-1.
 * @module
 */
import { franc } from 'franc-min';

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

/** Normalise a language tag (`en-US`, `de_DE`) to ISO 639-1, or undefined. */
export function normalizeLang(tag: string | undefined | null): string | undefined {
  if (!tag) return undefined;
  const m = /^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*\s*$/.exec(tag);
  if (!m) return undefined;
  const code = m[1]!.toLowerCase();
  if (code.length === 2) return code;
  return ISO3_TO_1[code];
}

/** Detect the language of a text sample; undefined when too short or unsure. */
export function detectLanguage(sample: string): string | undefined {
  if (sample.length < 40) return undefined;
  const code = franc(sample.slice(0, 3000), { minLength: 40 });
  if (code === 'und') return undefined;
  return ISO3_TO_1[code];
}
