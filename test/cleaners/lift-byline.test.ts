import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { cleanName, parseByline } from '../../src/metadata/byline.js';

const only = { type: 'text' as const };
const body = [
  'At least six people were killed and six others injured in a Taliban militant attack on the main luxury hotel in Kabul on Monday, officials said.',
  'Foreign Minister Jonas Gahr Stoere was unharmed in the attack, which included a suicide blast, and took shelter with other guests in the hotel basement.',
];

describe('parseByline', () => {
  it.each([
    ['By SARAH LYALL', ['Sarah Lyall']],
    ['By JOHN SMITH and JANE DOE, Associated Press Writer', ['John Smith', 'Jane Doe']],
    ['By Jalilur Rehman, AFP', ['Jalilur Rehman']],
    ['Von Benjamin Fischer und Marcus Theurer', ['Benjamin Fischer', 'Marcus Theurer']],
    ['Par Jean Dupont', ['Jean Dupont']],
    ['Por Steven Lee Myers, Keith Bradsher y Tariq Panja', ['Steven Lee Myers', 'Keith Bradsher', 'Tariq Panja']],
    ['Di Mario Rossi', ['Mario Rossi']],
    ['Autor: Jan Kowalski', ['Jan Kowalski']],
    ['ByJ.R. Stone', ['J.R. Stone']],
    ['Posted By Stephen M. Walt Thursday, August 9, 2012 - 10:40 AM Share', ['Stephen M. Walt']],
    ['Contributed by Nicol Wistreich Friday, 28 December 2007', ['Nicol Wistreich']],
    ['by Mackenzie Fogelson on 11/06/2012 • No Comments | Social Media', ['Mackenzie Fogelson']],
    // trafilatura tf-0251: a short weekday before the date.
    ['Von Tomas Spahn Fr, 18. Oktober 2019', ['Tomas Spahn']],
    // trafilatura tf-0569, tf-0486: the author box holds a relative date, glued to the last name.
    ['Por Isabel Caro, Rocío Latorre y José Miguel WilsonHace 13 horas Tiempo de lectura: 8 minutos', ['Isabel Caro', 'Rocío Latorre', 'José Miguel Wilson']],
    ['Von Houzz Deutschlandvor 5 StundenMehrMerken', ['Houzz Deutschland']],
    ['By Jane Doe 3 hours ago', ['Jane Doe']],
    ['Von Trevor Schmidt', ['Trevor Schmidt']],
    // trafilatura tf-0437: the link to the author's other stories.
    ['Von Johanna Kropfitsch Alle Artikel', ['Johanna Kropfitsch']],
    ['By Jane Doe View all posts', ['Jane Doe']],
  ])('%s', (line, names) => {
    expect(parseByline(line)?.authors).toEqual(names);
  });

  it('reads an agency-only byline as a source', () => {
    expect(parseByline('By the Associated Press')).toEqual({ authors: [], source: 'Associated Press' });
  });

  it('is not fooled by sentences starting with the same words', () => {
    expect(parseByline('By the end of the day, the hotel had been evacuated.')).toBeUndefined();
    expect(parseByline('Di fronte alla crisi, il governo ha deciso')).toBeUndefined();
  });
});

describe('lift-byline', () => {
  it('lifts the byline under the headline (l3s-gn1 gn-0247 style)', () => {
    const r = clean(['Gore Urges Bold Moves in Nobel Speech', 'By SARAH LYALL', 'Published: December 11, 2007', ...body].join('\n'), only);
    expect(r.metadata.authors).toEqual(['Sarah Lyall']);
    expect(r.metadata.date).toBe('2007-12-11');
    expect(r.removed.filter((x) => x.ruleId === 'lift-byline').map((x) => x.text)).toEqual(['By SARAH LYALL']);
  });

  it('lifts a label on its own line with the name under it (readability rh-0023)', () => {
    const r = clean(['Twitter Lite se estrena en 11 países de América Latina', 'por', 'César Salza', '1 de diciembre de 2017 3:00 AM PST', ...body].join('\n'), only);
    expect(r.metadata.authors).toEqual(['César Salza']);
    expect(r.metadata.date).toBe('2017-12-01T03:00:00-08:00');
  });

  it('lifts a bare name right above the date line (l3s-gn1 gn-0104)', () => {
    const r = clean(['CDMA closure delayed at least three months', 'Fleur Leyden', 'January 19, 2008 12:00am', ...body].join('\n'), only);
    expect(r.metadata.authors).toEqual(['Fleur Leyden']);
  });

  it('takes a date from a `Name - date` line (readability rh-0009)', () => {
    const r = clean(['Just-released Minecraft exploit makes it easy to crash game servers', 'Dan Goodin - Apr 16, 2015 8:02 pm UTC', ...body].join('\n'), only);
    expect(r.metadata.authors).toEqual(['Dan Goodin']);
    expect(r.metadata.date).toBe('2015-04-16T20:02:00+00:00');
  });
  it('lifts a labelled handle and a name beside a date (trafilatura tf-0243, tf-0008, tf-0515)', () => {
    const lift = (line: string) => clean(['Taliban attack on Kabul hotel', line, ...body].join('\n'), only);
    const a = lift('Gespeichert von rasos am 24. Juli 2017 - 18:55');
    expect(a.metadata.authors).toEqual(['rasos']);
    expect(a.text).not.toMatch(/rasos/);
    expect(lift('MikeNils 18.10.2019, 15:07 Uhr').metadata.authors).toEqual(['MikeNils']);
    expect(lift('11.12.2019 - Amelie Loevenich').metadata.authors).toEqual(['Amelie Loevenich']);
    // `Autor:innen` is a plural noun, not a label; a plain word beside a date is no name.
    expect(lift('Autor:innen').metadata.authors).toBeUndefined();
    expect(lift('Home 10.11.2021').metadata.authors).toBeUndefined();
  });

  it('takes a bare name over another header fact, leaving the line (readability rh-0020, rh-0049, trafilatura tf-0079, rh-0071)', () => {
    const head = 'Why Neon Is the Ultimate Symbol of the 20th Century';
    const r = clean([head, 'Sarah Archer', '1:39 PM ET', ...body].join('\n'), only);
    expect(r.metadata.authors).toEqual(['Sarah Archer']);
    expect(r.removed.filter((x) => x.ruleId === 'lift-byline')).toEqual([]);
    expect(clean([head, 'Joseph Cox', '14 min read', ...body].join('\n'), only).metadata.authors).toEqual(['Joseph Cox']);
    expect(clean([head, 'Christoph Hein', 'Chefredakteur', ...body].join('\n'), only).metadata.authors).toEqual(['Christoph Hein']);
    expect(clean([head, 'Prashant Jha', 'vor 2 Stunden', ...body].join('\n'), only).metadata.authors).toEqual(['Prashant Jha']);
    expect(clean([head, 'Alex Perry 1 day ago', ...body].join('\n'), only).metadata.authors).toEqual(['Alex Perry']);
    // A title-case line over a non-fact is no byline.
    expect(clean([head, 'Main Menu', 'Search the archive', ...body].join('\n'), only).metadata.authors).toBeUndefined();
  });

  it("reads the name in a blog's post-meta line past a comment prompt or a second date (trafilatura tf-0167, tf-0303, tf-0322)", () => {
    const head = 'Why Neon Is the Ultimate Symbol of the 20th Century';
    expect(clean([head, '26. September 2019 Ulrike Stockhausen Schreibe einen Kommentar', ...body].join('\n'), only).metadata.authors).toEqual(['Ulrike Stockhausen']);
    expect(clean([head, 'Posted on Freitag, 15. April 2016Samstag, 4. März 2017 by LD', ...body].join('\n'), only).metadata.authors).toEqual(['LD']);
    expect(clean([head, 'Publiziert am 13. Januar 2014 von uriebe', ...body].join('\n'), only).metadata.authors).toEqual(['uriebe']);
  });

  it('reads bylines a text dump glued together, and names before an e-mail or an update label (trafilatura tf-0077, tf-0204, tf-0074, tf-0015)', () => {
    const head = 'Why Neon Is the Ultimate Symbol of the 20th Century';
    const authors = (line: string) => clean([head, line, ...body].join('\n'), only).metadata.authors;
    expect(authors('22. Dezember 201922. Dezember 2019 von Peter Addor')).toEqual(['Peter Addor']);
    expect(authors('Veröffentlicht vonChris Jung 28. Februar 2016')).toEqual(['Chris Jung']);
    expect(authors('Posted on28. Juli 201928. Juli 2019AuthorAndreas Kalt')).toEqual(['Andreas Kalt']);
    expect(authors('Por Mariano Martín mmartin@ambito.com.ar')).toEqual(['Mariano Martín']);
    expect(authors('Evgenia Karp Zuletzt geändert am 06.11.2023')).toEqual(['Evgenia Karp']);
    expect(authors('By Alejandro Villamor Last updated Nov 8, 2023')).toEqual(['Alejandro Villamor']);
    expect(authors('Von Jule Radeck Vom 3. Februar 2022')).toEqual(['Jule Radeck']);
    // A handle glued to its label is kept whole (`Wilkinson@alissamarie` is no e-mail address).
    expect(authors('By Alissa Wilkinson@alissamarie Updated Jul 24, 2018, 2:15pm EDT')).toEqual(['Alissa Wilkinson']);
    // A lower-case handle beside a date only in a post-meta line with a comment prompt.
    expect(authors('28. Januar 2015 karstenruppert Schreibe einen Kommentar')).toEqual(['karstenruppert']);
    expect(authors('28. Januar 2015 allgemein')).toBeUndefined();
  });

  it('takes a line listing names alone near the body start, the line kept (trafilatura tf-0569, tf-0610)', () => {
    const head = 'Why Neon Is the Ultimate Symbol of the 20th Century';
    const r = clean([head, 'Isabel Caro, Rocío Latorre y José Miguel Wilson', ...body].join('\n'), only);
    expect(r.metadata.authors).toEqual(['Isabel Caro', 'Rocío Latorre', 'José Miguel Wilson']);
    expect(r.removed.filter((x) => x.ruleId === 'lift-byline')).toEqual([]);
    expect(clean([head, 'Clara Löw, Siddharth Prakash & Klaus Jacob', ...body].join('\n'), only).metadata.authors).toEqual(['Clara Löw', 'Siddharth Prakash', 'Klaus Jacob']);
    // One title-case pair alone is no byline (`View Profile`, `Contact Info`), nor a list of labels.
    expect(clean([head, 'Contact Info', ...body].join('\n'), only).metadata.authors).toBeUndefined();
    expect(clean([head, 'Home, About Us and Contact', ...body].join('\n'), only).metadata.authors).toBeUndefined();
  });

  it('takes a labelled byline below the body start when nothing else names the author, the line kept (trafilatura tf-0457, tf-0349, tf-0093)', () => {
    const head = 'Why Neon Is the Ultimate Symbol of the 20th Century';
    const tail = (line: string) => clean([head, ...body, 'Reporters at the scene said the hotel had been attacked twice before.', line, 'Related stories'].join('\n'), only);
    const r = tail('Von Irmela Schwab');
    expect(r.metadata.authors).toEqual(['Irmela Schwab']);
    expect(r.removed.filter((x) => x.ruleId === 'lift-byline')).toEqual([]);
    expect(tail('Posted by T. V. Raman at 2:33 PM').metadata.authors).toEqual(['T. V. Raman']);
    expect(tail('Author: Bo2man am 29.12.2010, 13:36 Uhr').metadata.authors).toEqual(['Bo2man']);
    // One word after a bare `von`/`by` is no handle; a role after the name is cut off.
    expect(tail('von hier, erfahrungen.com').metadata.authors).toBeUndefined();
    expect(tail('Posted by Alex Durán, AMP Project Marketing, Google').metadata.authors).toEqual(['Alex Durán']);
  });
  it('takes a byline right above the first prose paragraph when the body start is found further down, the line kept (trafilatura tf-0056)', () => {
    const page = (line: string) =>
      clean(
        [
          'Plejaden, M45',
          line,
          'Not in the dust this time, but with pronounced diffraction spikes and deep blue nebulae, the cluster shows how much a small telescope can do.',
          // A list of facts, longer than the header zone lifted from the body start's side.
          'Details',
          'Category: First attempts',
          'Kind of picture: digital photo',
          'Optics: telephoto lens',
          'Aperture in mm: 45',
          'Focal length in mm: 180',
          'Camera: Canon EOS 60 Da',
          'Mount: portable',
          'Guiding: none',
          'Exposures: 30',
          'Exposure time: 2 minutes',
          'Sensitivity: ISO 800',
          'Filter: none',
          'Processing: stacked and stretched',
          'Software: open source',
          'Location: back garden',
          'Sky: clear',
          'Moon: none',
          'Temperature: 4 degrees',
          'Wind: calm',
          'Seeing: good',
          'Transparency: fair',
          ...body,
        ].join('\n'),
        { ...only, explain: true },
      );
    const r = page('September 17, 2019 Helmut Rubik 0');
    expect(r.metadata.authors).toEqual(['Helmut Rubik']);
    expect(r.provenance!.authors!.evidence).toBe('line 2 (above the first prose paragraph; the line is kept)');
    expect(r.removed.filter((x) => x.ruleId === 'lift-byline')).toEqual([]);
    // No byline there: nothing is taken.
    expect(page('September 17, 2019').metadata.authors).toBeUndefined();
  });
});

describe('lift-byline: headings as bare names (HTML)', () => {
  const story = body.map((p) => `<p>${p}</p>`).join('');
  const page = (header: string) =>
    clean(`<html><head><title>Kabul hotel attack</title></head><body><div class="post">${header}${story}</div></body></html>`, { type: 'html', explain: true });

  it('takes no <h1> for a bare name: a blog masthead next to the date (dragnet dn-1102, dn-0831)', () => {
    const r = page('<h1>Presentation Zen</h1><p>November 7, 2012</p>');
    expect(r.metadata.authors).toBeUndefined();
    expect(r.removed.filter((x) => x.ruleId === 'lift-byline')).toEqual([]);
  });

  it('takes no box heading for a bare name (l3s-gn1 gn-0062, gn-0213: `Related Articles` over a date)', () => {
    expect(page('<h5>Related Articles</h5><p>January 9, 2008</p>').metadata.authors).toBeUndefined();
  });

  it('takes a lower heading that reads as a person\'s name, in capitals too (l3s-gn1 gn-0255, dragnet dn-1086)', () => {
    expect(page('<h3>Sean Collins</h3><p>January 9, 2008</p>').metadata.authors).toEqual(['Sean Collins']);
    expect(page('<h2>PETER SHANKMAN</h2><p>January 9, 2008</p>').metadata.authors).toEqual(['Peter Shankman']);
  });
});

describe('cleanName: furniture labels are no one\'s name', () => {
  it('rejects whole labels of the furniture vocabularies, keeps names', () => {
    // Labels that were read as authors: a[rel=author] `View Profile` (dragnet, 20 pages of one
    // blog host), a comment count or box heading beside a date (`No Comments`, `Related
    // Articles`), tool rows (`E-Mail Article`, `Printable Version`), menus (`Contact Us`).
    for (const label of ['View Profile', 'No Comments', 'View Comments', 'Related Articles', 'Most Read', 'E-Mail Article', 'Printable Version', 'Contact Us', 'Read More', 'Ähnliche Artikel']) {
      expect(cleanName(label), label).toBeUndefined();
    }
    expect(cleanName('Sean Collins')).toBe('Sean Collins');
    expect(cleanName('Richard Read')).toBe('Richard Read'); // a label's word, not a whole label
  });

  it('leaves a furniture label beside the date in the text, not in metadata.authors (l3s-gn1 gn-0062 dump)', () => {
    const r = clean(['Sri Lankan cricket chief resigns', 'Related Articles', 'January 9, 2008', ...body].join('\n'), only);
    expect(r.metadata.authors).toBeUndefined();
  });
});

describe('a label with a colon before the date is no name', () => {
  it('reads no author from `Article Launched: date` or `Last Update: date` (l3s-gn1 gn-0057, gn-0527)', () => {
    for (const line of ['Article Launched: 01/14/2008 02:57:26 AM PST', 'Last Update: 12/30/2007 11:25 am', 'For Immediate Release: November 8, 2012']) {
      const r = clean(['Wildfire forces evacuations in the hills', line, ...body].join('\n'), only);
      expect(r.metadata.authors, line).toBeUndefined();
      expect(r.metadata.date, line).toBeDefined();
    }
  });

  it('still reads a name before a date word with a colon (trafilatura tf-0381: `Name Stand: date`)', () => {
    const r = clean(['Wildfire forces evacuations in the hills', 'Sara Zinnecker Stand: 05. Februar 2023, 10:47 Uhr', ...body].join('\n'), only);
    expect(r.metadata.authors).toEqual(['Sara Zinnecker']);
  });
});
