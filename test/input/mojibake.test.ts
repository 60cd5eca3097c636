import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../src/input/mojibake.js';
import { clean } from '../../src/index.js';

/** What a scraper makes of UTF-8 text when it decodes the bytes with another charset. */
function misread(text: string, charset: string): string {
  return new TextDecoder(charset).decode(new TextEncoder().encode(text));
}

describe('repairMojibake', () => {
  it('re-reads UTF-8 taken for windows-1252 (â€™, Ã©, Â£)', () => {
    const line = 'The café’s owner paid £790 for the “new” sign.';
    const bad = 'The cafÃ©â€™s owner paid Â£790 for the â€œnewâ€\u009d sign.';
    expect(repairMojibake(bad)).toEqual({ text: line, lines: 1 });
    // Read as ISO-8859-1 instead, the C1 controls stand where windows-1252 has quotes.
    expect(repairMojibake('Camillaâ\u0080\u0099s â\u0080\u0098cursedâ\u0080\u0099 ring').text).toBe('Camilla’s ‘cursed’ ring');
  });

  it('re-reads UTF-8 taken for Mac Roman (Polish and German text)', () => {
    const lines = ['Kolejne organizacje sprzeciwiają się atakom.', 'Unterstützen & Spenden', 'Über uns'];
    const bad = lines.map((l) => misread(l, 'macintosh'));
    expect(bad[0]).toBe('Kolejne organizacje sprzeciwiajƒÖ siƒô atakom.');
    expect(repairMojibake(bad.join('\n'))).toEqual({ text: lines.join('\n'), lines: 3 });
  });

  it('leaves genuine accented text, and a line that mixes both, as it is', () => {
    const fine = 'Café über naïve – São Paulo, Ærø, façade';
    expect(repairMojibake(fine)).toEqual({ text: fine, lines: 0 });
    // `’é` is 0xD5 0x8E in Mac Roman, valid UTF-8 (Armenian `Վ`): French text, not mojibake.
    const french = 'Une cible, la bureaucratie de l’évaluation de la recherche';
    expect(repairMojibake(french)).toEqual({ text: french, lines: 0 });
    // One genuine `é` (a lone 0xE9 is no UTF-8) keeps the whole line from being re-read.
    const mixed = 'Café de Flore: Watersâ€™ new play';
    expect(repairMojibake(mixed).lines).toBe(0);
    // Only the broken line of a text changes.
    expect(repairMojibake(`${fine}\nJohn Watersâ€™ Cry-Baby`).text).toBe(`${fine}\nJohn Waters’ Cry-Baby`);
  });
});

describe('clean() on a dump with mojibake', () => {
  const dump = [
    'Home',
    'Musical version of John Watersâ€™ Cry-Baby comes to Broadway',
    'John Watersâ€™ Cry-Baby is coming to Broadway. The musical based on the 1990 film opens at the Marquis Theatre in April, its producers said on Monday.',
    'The book was written by Mark Oâ€™Donnell and Thomas Meehan, who also wrote the book for Watersâ€™ Broadway hit Hairspray.',
  ].join('\n');

  it('repairs it, says so in a warning, and points removal offsets into the repaired text', () => {
    const r = clean(dump, { type: 'text' });
    expect(r.text).toContain('John Waters’ Cry-Baby is coming to Broadway.');
    expect(r.text).not.toMatch(/â€/);
    expect(r.warnings).toContain('mojibake-repaired: 3 line(s) re-read as UTF-8');
    const repaired = repairMojibake(dump).text;
    for (const x of r.removed) expect(repaired.slice(x.start, x.end)).toContain(x.text.split(' ')[0]!);
  });

  it('keeps the input as it is with repairMojibake: false', () => {
    const r = clean(dump, { type: 'text', repairMojibake: false });
    expect(r.text).toContain('Watersâ€™');
    expect(r.warnings.some((w) => w.startsWith('mojibake'))).toBe(false);
  });
});

describe('clean() on an HTML page whose text is mojibake', () => {
  it('repairs the blocks and the metadata, and warns', () => {
    const html = `<html><head><title>Cry-Baby: John Watersâ€™ musical</title></head><body><article>
      <h1>Cry-Baby: John Watersâ€™ musical</h1>
      <p>John Watersâ€™ Cry-Baby is coming to Broadway. The musical based on the 1990 film opens at the Marquis Theatre in April, its producers said on Monday.</p>
      <p>The book was written by Mark Oâ€™Donnell and Thomas Meehan, who also wrote the book for Watersâ€™ Broadway hit Hairspray; tickets cost from Â£40.</p>
      </article></body></html>`;
    const r = clean(html, { type: 'html' });
    expect(r.metadata.title).toBe('Cry-Baby: John Waters’ musical');
    expect(r.text).toContain('Mark O’Donnell');
    expect(r.text).toContain('from £40.');
    expect(r.text).not.toMatch(/â€|Â/);
    expect(r.warnings.some((w) => w.startsWith('mojibake-repaired:'))).toBe(true);
    expect(clean(html, { type: 'html', repairMojibake: false }).text).toContain('Oâ€™Donnell');
  });
});
