import { describe, expect, it } from 'vitest';
import { findDate, parseDate } from '../../src/metadata/date.js';

describe('parseDate', () => {
  it.each([
    // seeds
    ['07/24/2007 10:44 AM ET', undefined, '2007-07-24T10:44:00-04:00'],
    ['05/28/2007, 00.00', undefined, '2007-05-28'],
    ['24/10/2019 17:56', undefined, '2019-10-24T17:56:00'],
    // two-digit year glued to a time when markup was stripped (trafilatura tf-0253 date line)
    ['macbacchi28.09.1912:44', 'it', '2019-09-28T12:44:00'],
    ['24.10.2019 12:44', 'de', '2019-10-24T12:44:00'],
    // day and month with a full stop and a space each (trafilatura tf-0309, tf-0155, tf-0857)
    ['Von Deutscher Tennis Bund 4. 2. 2022.', 'de', '2022-02-04'],
    ['14. 01. 2020 18:54', 'cs', '2020-01-14T18:54:00'],
    // l3s-gn1 / corpora lines
    ['www.chinaview.cn 2007-11-24 16:23:08 Print', undefined, '2007-11-24T16:23:08'],
    ['16 January 2008', undefined, '2008-01-16'],
    ['March 3, 2008', undefined, '2008-03-03'],
    ['Updated 10:32 a.m. EST, Mon March 3, 2008', undefined, '2008-03-03T10:32:00-05:00'],
    ['Published: Feb 11, 2008 at 12:23 AM PST', undefined, '2008-02-11T00:23:00-08:00'],
    ['2015-07-10T09:53:00-04:00', undefined, '2015-07-10T09:53:00-04:00'],
    ['2008-01-16T09:30:00Z', undefined, '2008-01-16T09:30:00+00:00'],
    // other languages
    ['3. März 2008, 14:22 Uhr', 'de', '2008-03-03T14:22:00'],
    ['Veröffentlicht am 12.03.2019 um 08:15 Uhr MEZ', 'de', '2019-03-12T08:15:00+01:00'],
    ['Publié le 12 mars 2019 à 10h00', 'fr', '2019-03-12T10:00:00'],
    ['Mis à jour le 1er avril 2019', 'fr', '2019-04-01'],
    ['Actualizado: 12/03/2019', 'es', '2019-03-12'],
    ['12 de marzo de 2019', 'es', '2019-03-12'],
    ['Pubblicato il 5 luglio 2018 alle 18:30', 'it', '2018-07-05T18:30:00'],
    ['Publicado em 3 de setembro de 2020', 'pt', '2020-09-03'],
    ['12 mei 2019 om 10:00', 'nl', '2019-05-12T10:00:00'],
    ['Opublikowano: 15 października 2019, 12:30', 'pl', '2019-10-15T12:30:00'],
    ['Sunday, July 6, 2008 at 3:00 pm CT', undefined, '2008-07-06T15:00:00-05:00'],
    ['Jan. 15, 2008 12:00 a.m. ET', undefined, '2008-01-15T00:00:00-05:00'],
  ])('%s → %s', (text, lang, iso) => {
    expect(parseDate(text, lang)).toBe(iso);
  });

  it('reads dd/mm when the first number cannot be a month', () => {
    expect(parseDate('31/12/2018')).toBe('2018-12-31');
  });

  it('reads dd/mm for non-English text', () => {
    expect(parseDate('03/04/2008', 'fr')).toBe('2008-04-03');
    expect(parseDate('03/04/2008', 'en')).toBe('2008-03-04');
  });

  it('finds nothing in prose without a date or in impossible dates', () => {
    expect(parseDate('The talks lasted four hours and ended at 10:30.')).toBeUndefined();
    expect(parseDate('31/31/2008')).toBeUndefined();
    expect(parseDate('Call 555-12-1234 now')).toBeUndefined();
    // A two-digit year is no spaced date: `Kapitel 4. 2. 22` is a list of numbers.
    expect(parseDate('Kapitel 4. 2. 22', 'de')).toBeUndefined();
  });

  it('reports the span of the date', () => {
    const m = findDate('16 January 2008  The Security Council today discussed')!;
    expect(m.iso).toBe('2008-01-16');
    expect(m.start).toBe(0);
    expect(m.end).toBe('16 January 2008'.length);
  });
});
