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

  it('reads plain texts of a few languages', () => {
    expect(francCode('The United States urged Iran on Monday to stop supporting militias in Iraq, the talks were positive.', 40)).toBe('eng');
    expect(francCode('Die Regierung hat am Dienstag die neuen Regeln für das Land beschlossen und veröffentlicht.', 40)).toBe('deu');
    expect(francCode('ok', 40)).toBe('und');
  });
});
