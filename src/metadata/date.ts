/**
 * Date parsing for date lines of scraped pages (`07/24/2007 10:44 AM ET`, `3. März 2008, 14:22 Uhr`,
 * `Publié le 12 mars 2019 à 10h00`, `2008-01-16T09:30:00Z`…) into ISO 8601. Shared by the text
 * lifter and the HTML metadata getters (`<time>`, meta tags).
 * @module
 */

/** Month names and abbreviations (lower case, accents kept) in en, de, fr, es, it, pt, nl, pl. */
const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari', 'styczeń', 'stycznia', 'sty'],
  ['february', 'feb', 'februar', 'feber', 'février', 'fevrier', 'févr', 'fev', 'fév', 'febrero', 'febbraio', 'fevereiro', 'februari', 'luty', 'lutego', 'lut'],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'maart', 'mrt', 'marzec', 'marca', 'mär'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwiecień', 'kwietnia', 'kwi'],
  ['may', 'mai', 'mayo', 'may', 'maggio', 'mag', 'maio', 'mei', 'maj', 'maja'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'czerwiec', 'czerwca', 'cze'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'lipiec', 'lipca', 'lip'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'sierpień', 'sierpnia', 'sie'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'set', 'settembre', 'setembro', 'wrzesień', 'września', 'wrz'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'październik', 'października', 'paź', 'paz'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopad', 'listopada', 'lis'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro', 'grudzień', 'grudnia', 'gru'],
];

const MONTH_INDEX = new Map<string, number>();
MONTHS.forEach((names, i) => {
  for (const n of names) if (!MONTH_INDEX.has(n)) MONTH_INDEX.set(n, i + 1);
});

/** Alternation of month names, longest first so `sept` wins over `sep`. */
const MONTH_ALT = [...MONTH_INDEX.keys()].sort((a, b) => b.length - a.length).join('|');

/** UTC offsets of time-zone abbreviations; `null` = US zone whose offset depends on DST. */
const ZONES: Record<string, string | { std: string; dst: string }> = {
  UTC: '+00:00', GMT: '+00:00', Z: '+00:00', WET: '+00:00', BST: '+01:00', WEST: '+01:00',
  CET: '+01:00', MEZ: '+01:00', CEST: '+02:00', MESZ: '+02:00', EET: '+02:00', EEST: '+03:00',
  MSK: '+03:00', IST: '+05:30', PKT: '+05:00', ICT: '+07:00', WIB: '+07:00', HKT: '+08:00',
  SGT: '+08:00', AWST: '+08:00', PHT: '+08:00', JST: '+09:00', KST: '+09:00', AEST: '+10:00',
  AEDT: '+11:00', ACST: '+09:30', NZST: '+12:00', NZDT: '+13:00', SAST: '+02:00', EAT: '+03:00',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00',
  PST: '-08:00', PDT: '-07:00', AKST: '-09:00', AKDT: '-08:00', HST: '-10:00', AST: '-04:00', ADT: '-03:00',
  ET: { std: '-05:00', dst: '-04:00' }, CT: { std: '-06:00', dst: '-05:00' },
  MT: { std: '-07:00', dst: '-06:00' }, PT: { std: '-08:00', dst: '-07:00' },
};
const ZONE_ALT = Object.keys(ZONES).sort((a, b) => b.length - a.length).join('|');

/** A date found in a text, with where it was. */
export interface DateMatch {
  /** ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:SS[±HH:MM]` when a time is given. */
  iso: string;
  /** Offsets of the matched date (and time) in the text. */
  start: number;
  end: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** Day of month of the n-th (1-based; 0 = last) Sunday of a month. */
function nthSunday(y: number, m: number, n: number): number {
  if (n === 0) {
    const last = new Date(Date.UTC(y, m, 0));
    return last.getUTCDate() - last.getUTCDay();
  }
  const first = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
  return 1 + ((7 - first) % 7) + (n - 1) * 7;
}

/** Whether US daylight saving time is in force on that day (rules since 2007; 1987–2006 before). */
function usDst(y: number, m: number, d: number): boolean {
  const [sm, sn, em, en] = y >= 2007 ? [3, 2, 11, 1] : [4, 1, 10, 0];
  const start = nthSunday(y, sm, sn);
  const end = nthSunday(y, em, en);
  if (m < sm || m > em) return false;
  if (m > sm && m < em) return true;
  if (m === sm) return d >= start;
  return d < end;
}

function zoneOffset(zone: string | undefined, y: number, m: number, d: number): string | undefined {
  if (!zone) return undefined;
  const z = zone.toUpperCase().replace(/\./g, '');
  const num = /^(?:GMT|UTC)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(z);
  if (num) return `${num[1]}${pad(+num[2]!)}:${num[3] ?? '00'}`;
  const v = ZONES[z];
  if (v === undefined) return undefined;
  if (typeof v === 'string') return v;
  return usDst(y, m, d) ? v.dst : v.std;
}

interface Time {
  h: number;
  min: number;
  s: number;
  zone?: string;
  start: number;
  end: number;
}

// 10:44 AM ET · 10:32 a.m. EST · 14:22 Uhr · 10h00 · 00.00 · 16:23:08 · 9.30 pm · 08:00 +0200
const TIME_RE = new RegExp(
  String.raw`(?<![\d.:/])([01]?\d|2[0-3])(?:[:h]|\.(?=\d\d(?:\s*[ap]\.?m\b|\D*$|\s)))([0-5]\d)(?::([0-5]\d))?(?:\.\d+)?` +
    String.raw`(?:\s*([ap])\.?\s?m\.?(?![a-z]))?` +
    String.raw`(?:\s*(?:uhr|h|hrs|horas?|ore|godz\.?)(?![\p{L}]))?` +
    String.raw`(?:\s*\(?\s*((?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|Z(?![\p{L}])|(?:${ZONE_ALT})(?![\p{L}]))\)?)?`,
  'giu',
);

/** Hour with a.m./p.m.: `12 a.m.` is 0, `1 p.m.` is 13. */
function hour24(h: number, ap: string | undefined): number {
  if (!ap) return h;
  const p = ap.toLowerCase() === 'p';
  if (h === 12) return p ? 12 : 0;
  return p ? h + 12 : h;
}

function findTime(text: string): Time | undefined {
  TIME_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TIME_RE.exec(text))) {
    const h = +m[1]!;
    if (m[4] && (h < 1 || h > 12)) continue;
    return {
      h: hour24(h, m[4]),
      min: +m[2]!,
      s: m[3] ? +m[3] : 0,
      zone: m[5]?.replace(/\s+/g, ''),
      start: m.index,
      end: m.index + m[0].length,
    };
  }
  return undefined;
}

interface DayMatch {
  y: number;
  m: number;
  d: number;
  start: number;
  end: number;
}

const YEAR = String.raw`((?:19|20)\d\d)`;
const M_NAME = String.raw`(${MONTH_ALT})\.?`;
/** `2008-01-16`, `2008/01/16`, `20080116` is not accepted (too easily an id). */
const ISO_RE = new RegExp(String.raw`(?<!\d)${YEAR}[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)`, 'u');
/**
 * `07/24/2007`, `24.10.2019`, `24-10-2019`, `3/3/08`. A two-digit year glued to a time (markup
 * stripped without a space: `28.09.1912:44` is `28.09.19 12:44`) must not read as the year 1912.
 */
const NUM_RE =
  /(?<![\d.:/])(\d{1,2})([/.-])(\d{1,2})\2(?:((?:19|20)?\d\d)(?![\d/]|\.\d|:\d)|(\d\d)(?=(?:[01]\d|2[0-3]):[0-5]\d))/u;
/** `4. 2. 2022`, `14. 01. 2020`: day and month with a full stop and a space each (Czech, Slovak, German); day first. */
const SPACED_RE = /(?<![\d.:/])(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d\d)(?!\d)/u;
/** `March 3, 2008`, `Mon March 3rd 2008`, `marzo 3 de 2008`. */
const MDY_RE = new RegExp(String.raw`(?<![\p{L}])${M_NAME}\s+(\d{1,2})(?:st|nd|rd|th)?(?:,|\s+de)?\s*,?\s+${YEAR}(?!\d)`, 'iu');
/** `3 March 2008`, `3. März 2008`, `12 de marzo de 2019`, `1er mars 2019`, `3rd of March, 2008`. */
const DMY_RE = new RegExp(
  String.raw`(?<![\d\p{L}])(\d{1,2})(?:\.|st|nd|rd|th|er|ª|º)?,?\s*(?:de\s+|of\s+|-)?${M_NAME}(?:\s+de|\s*-|,)?\s*${YEAR}(?!\d)`,
  'iu',
);

function monthOf(name: string): number | undefined {
  return MONTH_INDEX.get(name.toLowerCase().replace(/\.$/, ''));
}

/** An ASCII digit: every date form has one (`\d` is ASCII under `u` too). */
const DIGIT_RE = /\d/;
/** A four-digit year as {@link YEAR} reads it: the ISO, month-name and spaced forms all have one. */
const YEAR_IN_RE = /(?:19|20)\d\d/;

function findDay(text: string, lang: string | undefined): DayMatch | undefined {
  // Cheap necessary tests first: most header lines hold no digit, and the month-name regexes
  // (an alternation of ~150 names under `iu`, tried at every offset) need a year.
  if (!DIGIT_RE.test(text)) return undefined;
  const year = YEAR_IN_RE.test(text);
  const found: DayMatch[] = [];
  let m = year ? ISO_RE.exec(text) : null;
  if (m) found.push({ y: +m[1]!, m: +m[2]!, d: +m[3]!, start: m.index, end: m.index + m[0].length });
  m = year ? MDY_RE.exec(text) : null;
  if (m) {
    const mo = monthOf(m[1]!);
    if (mo) found.push({ y: +m[3]!, m: mo, d: +m[2]!, start: m.index, end: m.index + m[0].length });
  }
  m = year ? DMY_RE.exec(text) : null;
  if (m) {
    const mo = monthOf(m[2]!);
    if (mo) found.push({ y: +m[3]!, m: mo, d: +m[1]!, start: m.index, end: m.index + m[0].length });
  }
  m = NUM_RE.exec(text);
  if (m) {
    const a = +m[1]!;
    const b = +m[3]!;
    const yText = m[4] ?? m[5]!;
    let y = +yText;
    if (yText.length === 2) y += y < 70 ? 2000 : 1900;
    // Day first unless impossible, or the text is English with `/` (US style) and it is possible.
    const usStyle = m[2] === '/' && (!lang || lang === 'en');
    let [mo, d] = usStyle ? [a, b] : [b, a];
    if (mo > 12 && d <= 12) [mo, d] = [d, mo];
    found.push({ y, m: mo, d, start: m.index, end: m.index + m[0].length });
  }
  m = year ? SPACED_RE.exec(text) : null;
  if (m) found.push({ y: +m[3]!, m: +m[2]!, d: +m[1]!, start: m.index, end: m.index + m[0].length });
  const valid = found.filter((f) => validDate(f.y, f.m, f.d));
  valid.sort((x, y) => x.start - y.start);
  return valid[0];
}

/**
 * Find the first date (with its time, when one sits right next to it) in a text.
 * A `00:00` time with nothing else is taken as "no time given".
 */
export function findDate(text: string, lang?: string): DateMatch | undefined {
  const day = findDay(text, lang);
  if (!day) return undefined;
  const date = `${day.y}-${pad(day.m)}-${pad(day.d)}`;
  // A time after the date (within a few characters), or just before it.
  const after = text.slice(day.end);
  let time = findTime(after);
  let start = day.start;
  let end = day.end;
  if (time && /^[\s,;|\-–—@·at(Tà]*$|^\s*(?:um|à|a las|alle|às|om|o|at|,)\s*$/iu.test(after.slice(0, time.start))) {
    end = day.end + time.end;
  } else {
    const before = text.slice(0, day.start);
    const t = findTime(before);
    if (t && /^[\s,;|\-–—]*(?:\p{L}{2,4}\.?,?\s*)?$/u.test(before.slice(t.end))) {
      time = t;
      start = t.start;
    } else time = undefined;
  }
  if (!time || (time.h === 0 && time.min === 0 && time.s === 0 && !time.zone)) {
    return { iso: date, start, end };
  }
  const off = zoneOffset(time.zone, day.y, day.m, day.d) ?? '';
  return { iso: `${date}T${pad(time.h)}:${pad(time.min)}:${pad(time.s)}${off}`, start, end };
}

/**
 * Parse a date (and time) from a short text — a date line, a `<time datetime>` value or a meta
 * tag — into ISO 8601. Date only when no time is given. `lang` (ISO 639-1) resolves `03/04/2008`:
 * month first for English, day first otherwise.
 *
 * @example
 * ```ts
 * parseDate('07/24/2007 10:44 AM ET'); // '2007-07-24T10:44:00-04:00'
 * parseDate('3. März 2008, 14:22 Uhr', 'de'); // '2008-03-03T14:22:00'
 * ```
 */
export function parseDate(text: string, lang?: string): string | undefined {
  return findDate(text, lang)?.iso;
}
