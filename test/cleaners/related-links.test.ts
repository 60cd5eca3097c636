import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { CLEANERS } from '../../src/pipeline.js';

const run = (lines: string[]) =>
  clean(lines.join('\n'), {
    type: 'text',
    cleaners: Object.fromEntries(CLEANERS.filter((c) => c.id !== 'related-links').map((c) => [c.id, false])),
  });
const removedBy = (r: ReturnType<typeof run>) => r.removed.filter((x) => x.ruleId === 'related-links').map((x) => x.text);

const BODY =
  'For its part, the clerical regime ruling Iran hopes to use the confrontation with the US to maintain its hold on power despite an increasingly critical population.';
const QUOTE =
  '“The purpose of this effort was not to build a legal case. Presumably the Iranians know what they are doing. Our point was simply to say we know as well,” Crocker said.';

describe('related-links', () => {
  it('removes the "See also" header and its headline/date list, and stops at the footer (seed 004)', () => {
    const seed = readFileSync(join(import.meta.dirname, '..', '..', 'samples', 'seed-004', 'input.txt'), 'utf8');
    const r = clean(seed, { type: 'text' });
    const mine = r.removed.filter((x) => x.ruleId === 'related-links').map((x) => x.text);
    expect(mine).toEqual([
      'See also',
      'Synod for the Amazon: Card Stella hails the ‘great beauty’ of celibacy in a priest’s life',
      '24/10/2019 17:56',
      'Pope talks about the Middle East, the Holy Land and the food crisis with Bush',
      "National Commission for Women asks for 'immediate action' in the nun rape case in Kerala",
      '07/02/2019 17:28',
      'Tensions between Seoul and Pyongyang rise as Cold War fears cast a shadow over Korea',
      '12/02/2016 15:14',
      'Bomb against police station',
    ]);
    expect(r.removed.find((x) => x.text === '24/10/2019 17:56')!.reason).toBe('date in the "See also" list');
  });

  it('removes only the header when body text follows it directly (seed 002)', () => {
    const r = run([BODY, 'Related Coverage', QUOTE, BODY + ' Again.']);
    expect(removedBy(r)).toEqual(['Related Coverage']);
    expect(r.text).toContain(QUOTE);
  });

  it('knows the headers in de, fr, es, it, pt', () => {
    const headers = ['Mehr zum Thema', 'Das könnte Sie auch interessieren', 'À lire aussi', 'Sur le même sujet', 'Te puede interesar', 'Leggi anche', 'Leia também', 'Meistgelesen', 'Lo más leído'];
    for (const h of headers) expect(removedBy(run([BODY, h, QUOTE])), h).toEqual([h]);
  });

  it('keeps a single headline-like line before the body: it may be the article\'s subhead', () => {
    const r = run([BODY, 'Read more', 'Positive spin from Baghdad', QUOTE]);
    expect(removedBy(r)).toEqual(['Read more']);
  });

  it('gives back the article\'s own title and byline when a box above the article runs into them (dragnet)', () => {
    const r = run([
      'Most popular',
      'The Endeavour',
      'The blog of John D. Cook',
      'Silence and slowness lead to reflection',
      'by John on July 14, 2012',
      'From Brian Phillips:',
      '… we need not marvel that man so occupies himself with amusements, gadgets, increased speed of life, and persistent noise.',
    ]);
    expect(removedBy(r)).toEqual(['Most popular', 'The Endeavour']);
  });

  it('removes one-line teasers, not sentences that open with the same words', () => {
    const teasers = [
      'Related: New UK hotel swaps Bibles for Kindles',
      'Lesen Sie auch: Die Bahn erhöht die Preise zum Fahrplanwechsel',
      'Lire aussi : Les critiques de la CNIL contre le projet de loi sur le renseignement',
    ];
    const sentence = 'Read more: the full report runs to 200 pages and was published on Monday.';
    expect(removedBy(run([BODY, ...teasers, sentence]))).toEqual(teasers);
  });

  it('removes Spanish one-line teasers and German box headers added from trafilatura pages', () => {
    const es = 'El Gobierno anunció este lunes un nuevo plan de inversiones para las zonas rurales del país, con un presupuesto de 200 millones.';
    const de = 'Die Deutsche Bahn streicht den Zutritt zu ihrer DB Lounge für Fahrgäste mit einem Sparpreis-Ticket der ersten Klasse.';
    const teasers = ['Lea más: Consejo Permanente de la OEA aborda la crisis', 'LE PUEDE INTERESAR: La ficha del expresidente en el tribunal'];
    const r1 = clean([es, teasers[0], es.replace('lunes', 'martes'), teasers[1], es.replace('lunes', 'jueves')].join('\n'), {
      type: 'text',
      language: 'es',
      cleaners: Object.fromEntries(CLEANERS.filter((c) => c.id !== 'related-links').map((c) => [c.id, false])),
    });
    expect(removedBy(r1)).toEqual(teasers);
    for (const header of ['Schon gelesen?', 'Lesen Sie auch die folgenden Beiträge:', 'Weitere Beiträge aus der Kolumne:', 'Das Thema könnte dich auch interessieren:']) {
      const r = clean([de, header, 'Bahn erhöht die Preise für Sitzplatzreservierungen', 'Neue ICE-Strecke nach Prag eröffnet', de.replace('Bahn', 'Post')].join('\n'), {
        type: 'text',
        language: 'de',
        cleaners: Object.fromEntries(CLEANERS.filter((c) => c.id !== 'related-links').map((c) => [c.id, false])),
      });
      expect(removedBy(r)[0]).toBe(header);
    }
  });

  it('removes Spanish bare-label teasers and Polish teasers and headers (trafilatura pages), keeps a sentence that opens with the verb', () => {
    const es = 'El Gobierno anunció este lunes un nuevo plan de inversiones para las zonas rurales del país, con un presupuesto de 200 millones.';
    const only = (language: string, lines: string[]) =>
      removedBy(clean(lines.join('\n'), {
        type: 'text',
        language,
        cleaners: Object.fromEntries(CLEANERS.filter((c) => c.id !== 'related-links').map((c) => [c.id, false])),
      }));
    const esTeasers = ['VEA TAMBIÉN: Estrella de la educación no brilla en Panamá Oeste', 'PUEDES VER: ¿Qué es la Sunedu y para qué sirve?', 'MIRA: Madre termina detenida en la comisaría', 'Lea: Consejo Permanente aborda la confiscación de sus oficinas'];
    const esSentence = 'Mira: el ministro dijo que el plan costará más de lo previsto y que se aprobará el lunes.';
    expect(only('es', [es, esTeasers[0]!, es.replace('lunes', 'martes'), esTeasers[1]!, esTeasers[2]!, es.replace('lunes', 'jueves'), esTeasers[3]!, esSentence])).toEqual(esTeasers);
    const pl = 'Rząd ogłosił w poniedziałek nowy plan inwestycji w regionach wiejskich, którego budżet wyniesie dwieście milionów złotych.';
    expect(only('pl', [pl, 'Czytaj też: Wyścig zbrojeń ruszył z kopyta', pl.replace('poniedziałek', 'wtorek'), 'Zobacz także', 'Atomowy straszak Putina', 'Starcie USA–Chiny w Azji', pl.replace('poniedziałek', 'piątek')]))
      .toEqual(['Czytaj też: Wyścig zbrojeń ruszył z kopyta', 'Zobacz także', 'Atomowy straszak Putina', 'Starcie USA–Chiny w Azji']);
  });

  it('takes "You may like to read:" for a related-links header, with the headlines under it', () => {
    const list = [
      'You may like to read:',
      'Reports Say a Phone Maker Is Shrinking Its Docking Connector',
      'Why Bad Jobs Happen To Good Workers',
      'Political Science Professor Asks: Is Algebra Necessary?',
    ];
    const r = run([BODY, QUOTE, ...list, BODY + ' Again.']);
    expect(removedBy(r)).toEqual(list);
  });

});
