import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage, functionWordHits } from '../../src/language.js';


describe('detectLanguage', () => {
  it.each([
    // trafilatura tf-0921 (franc-min has no Finnish: it said Malay)
    ['fi', 'EU-maiden on vaikea päästä nopeasti sopuun EU:n tulevasta rahoituskehyksestä. Saksan liittokansleri Angela Merkel on tyytymätön siihen, miten suuret nettomaksajat on otettu huomioon. Myös Saksa haluaa pitää kiinni maataloustuista, ja se on meille hyvä asia, sanoi pääministeri Sanna Marin tapaamisen jälkeen.'],
    // trafilatura tf-0888 (franc-min has no Norwegian: it said Swedish)
    ['no', 'En annerledes sesong med TINE Fotballskole nærmer seg slutten. Norges Fotballforbund (NFF) har vært bekymret for et stort frafall i barnefotballen i år. – Selv om det er en nedgang fra fjorårets 70 000 deltagere, er vi utrolig stolte over at TINE Fotballskole likevel lykkes med å samle tusenvis av barn.'],
    // trafilatura tf-0067
    ['de', 'Jede Menge Spaß bereitet es den ehrenamtlichen Experten im Reparaturcafé, wenn sie defekte Hausgeräte wieder flott bekommen. Ins Reparaturcafé kann jeder reparaturbedürftige Gegenstände bringen, um sie von einem kompetenten und engagierten Team reparieren zu lassen.'],
    ['nl', 'Het kabinet wil dat er meer woningen worden gebouwd in de grote steden. Volgens de minister is er een tekort van ruim driehonderdduizend woningen, en dat aantal loopt de komende jaren nog verder op als er niets gebeurt.'],
    // readability rh-0023
    ['es', 'Twitter ha dado a conocer que Twitter Lite llegará a un total de 24 nuevos países a partir de hoy, 11 de ellos de América Latina. La aplicación minimiza el uso de datos y permite la carga de tuits de forma más rápida.'],
    ['pt', 'O técnico do Corinthians disse que errou ao levar a taça da Libertadores para o ex-presidente Lula em 2012, mas que não se arrepende de ter conversado com ele sobre futebol.'],
  ])('%s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('reads a short German line by its function words', () => {
    expect(detectLanguage('Die Regierung hat am Dienstag die neuen Regeln für das Land beschlossen.')).toBe('de');
  });

  it('ignores a base64 blob in the sample', () => {
    const blob = 'PGRpdiBjbGFzcz0ic3AtZHNndm8gc3AtZHNndm8tZW1iZWRkaW5nLWNvbnRhaW5lciI+'.repeat(40);
    const text = 'Der Luxusgüterkonzern LVMH meldet für 2021 einen Umsatz von 64,2 Milliarden Euro. Das ist ein Plus von 44 Prozent gegenüber dem Vorjahr, das Wachstum ist vor allem auf die Modesparte zurückzuführen.';
    expect(detectLanguage(`${blob}\n${text}`)).toBe('de');
  });

  it('gives no language for a text too short to tell', () => {
    expect(detectLanguage('Home')).toBeUndefined();
  });
});

describe('functionWordHits', () => {
  /** The regex it replaces: tokens of `\p{L}+`, one look-up each. */
  function reference(lower: string, words: string[][]): number[] {
    const tokens = lower.match(/\p{L}+/gu) ?? [];
    const hits = words.map((set) => tokens.filter((t) => set.includes(t)).length);
    return [...hits, tokens.length];
  }
  // The lists of language.ts, in its order (de: "der die und …", en: "the of and …").
  const en = 'the of and to in is that for it with as was on are be by this have from at not but they his which were has been would their'.split(' ');

  it('counts tokens and function words as the \\p{L}+ regex does', () => {
    const texts = [
      '', 'the', 'the of and', 'the cat\u00e9s of 東京 and 𠀋x the', 'the\ud800the \udc00of and', 'naïve the—of “and” to…',
      'Ǆemal the ǅ of', 'the 😀 of 😀and', 'İstanbul the of', 'ΣΊΣΥΦΟΣ the', 'x'.repeat(40) + ' the',
    ];
    const corpora = join(import.meta.dirname, '../../../shared/corpora/dragnet');
    if (existsSync(corpora)) {
      for (const f of readdirSync(corpora).filter((n) => n.endsWith('.dump.txt')).sort().filter((_, i) => i % 40 === 0)) {
        texts.push(readFileSync(join(corpora, f), 'utf8').slice(0, 3000));
      }
    }
    for (const t of texts) {
      const lower = t.toLowerCase();
      const hits = functionWordHits(lower);
      const ref = reference(lower, [en]);
      // English is the first list; the token count is the last slot.
      expect([hits[0], hits[hits.length - 1]]).toEqual(ref);
    }
  });
});
