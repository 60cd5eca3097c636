import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { franc } from 'franc-min';
import { francCode } from '../../src/language-trigrams.js';

const corpora = join(import.meta.dirname, '../../../shared/corpora');

/** Text samples of many languages and shapes: corpus dumps cut at several places and lengths. */
function samples(): string[] {
  const out: string[] = [
    '',
    'short',
    '1234567890 1234567890 1234567890 1234567890 1234567890',
    '!!!! ???? .... ,,,, ;;;; :::: #### $$$$ %%%% &&&& (((( ))))',
    'Москва — столица России, крупнейший по численности населения город страны.',
    'Η Αθήνα είναι η πρωτεύουσα της Ελλάδας και μία από τις αρχαιότερες πόλεις του κόσμου.',
    '東京は日本の首都であり、世界で最も人口の多い都市圏の一つです。経済の中心でもあります。',
    'القاهرة هي عاصمة جمهورية مصر العربية وأكبر مدنها، وتعد من أكبر المدن في أفريقيا والشرق الأوسط.',
    'नई दिल्ली भारत की राजधानी है और यह देश के सबसे बड़े शहरों में से एक है जहाँ लाखों लोग रहते हैं।',
    'The the the the the the the the the the the the the the the the the the the the',
    'Der Luxusgüterkonzern LVMH meldet für 2021 einen Umsatz von 64,2 Milliarden Euro. 😀 Das ist ein Plus.',
    // Capital sigma before punctuation (its final/non-final lower case depends on what follows) and
    // İ (lower-cases to two code units), inside Latin text.
    'The ΟΔΥΣΣΕΑΣ.ΑΣ!Α ΣΑΣ, 12ΣΑ the news of the day was read by many people in the city of İstanbul İİ.',
    'İİİ İzmir and İstanbul are cities where the people read the news every day, ΑΣ.Α ΑΣ',
    '   \u00a0\ufeff  leading and trailing separators around the words of this sentence here 123 !!! \u3000 ',
  ];
  if (!existsSync(corpora)) return out;
  for (const corpus of readdirSync(corpora)) {
    let files: string[];
    try {
      files = readdirSync(join(corpora, corpus)).filter((f) => f.endsWith('.dump.txt')).sort();
    } catch {
      continue;
    }
    for (const f of files.filter((_, i) => i % 13 === 0)) {
      const text = readFileSync(join(corpora, corpus, f), 'utf8');
      for (const [from, len] of [[0, 3000], [text.length >> 1, 500], [text.length >> 2, 60], [0, 45]] as const) {
        out.push(text.slice(from, from + len));
      }
    }
  }
  return out;
}

describe('francCode', () => {
  it("gives franc-min's answer on corpus texts, other scripts and edge cases", () => {
    const all = samples();
    let differ = 0;
    const first: string[] = [];
    for (const s of all) {
      for (const minLength of [10, 40]) {
        const want = franc(s, { minLength });
        const got = francCode(s, minLength);
        if (got !== want) {
          differ++;
          if (first.length < 5) first.push(`${want} vs ${got}: ${JSON.stringify(s.slice(0, 80))}`);
        }
      }
    }
    expect(first).toEqual([]);
    expect(differ).toBe(0);
    expect(all.length).toBeGreaterThan(10);
  });

  it("gives franc-min's answer on random mixes of scripts (the script counts by table)", () => {
    // Pieces of many scripts, digits, punctuation and spaces, glued at random (seeded), so that
    // script counts are close and the first-script tie rule is exercised.
    const pieces = [
      'the news ', 'Москва ', 'Αθήνα ', '東京都 ', 'ひらがな ', 'カタカナ ', '한국어 ', 'ภาษาไทย ', 'القاهرة ',
      'नई दिल्ली ', 'বাংলা ', 'తెలుగు ', 'தமிழ் ', 'ગુજરાતી ', 'ಕನ್ನಡ ', 'മലയാളം ', 'မြန်မာ ', 'ਪੰਜਾਬੀ ',
      'አማርኛ ', 'සිංහල ', 'ꦗꦮ ', '12 ', '!? ', '— ', 'Ünïcödé ', '𠀋𠂢 ', '😀 ',
    ];
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let differ = 0;
    const first: string[] = [];
    for (let k = 0; k < 400; k++) {
      let s = '';
      const parts = 2 + rand(12);
      for (let q = 0; q < parts; q++) s += pieces[rand(pieces.length)]!.repeat(1 + rand(3));
      const want = franc(s, { minLength: 10 });
      const got = francCode(s, 10);
      if (got !== want) {
        differ++;
        if (first.length < 5) first.push(`${want} vs ${got}: ${JSON.stringify(s.slice(0, 80))}`);
      }
    }
    expect(first).toEqual([]);
    expect(differ).toBe(0);
  });

  it('reads plain texts of a few languages', () => {
    expect(francCode('The United States urged Iran on Monday to stop supporting militias in Iraq, the talks were positive.', 40)).toBe('eng');
    expect(francCode('Die Regierung hat am Dienstag die neuen Regeln für das Land beschlossen und veröffentlicht.', 40)).toBe('deu');
    expect(francCode('ok', 40)).toBe('und');
  });
});
