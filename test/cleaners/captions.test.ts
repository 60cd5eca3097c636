import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { CLEANERS } from '../../src/pipeline.js';

/** Run the captions cleaner alone on a text dump. */
const run = (lines: string[]) =>
  clean(lines.join('\n'), {
    type: 'text',
    cleaners: Object.fromEntries(CLEANERS.filter((c) => c.id !== 'captions').map((c) => [c.id, false])),
  });
const removedBy = (r: ReturnType<typeof run>) => r.removed.filter((x) => x.ruleId === 'captions').map((x) => x.text);

const CAPTION =
  "Baghdad, IRAQ: A picture released by Iraq's Prime Minister's Office, 24 July 2007 shows Iraq's Prime Minister Nuri Al-Maliki (3rdL) attending with members of his government the US-Iranian talks in Baghdad.";
const LEAD =
  'The United States and Iran began their second round of talks on Iraq security Tuesday. Despite excitement sparked by the rarity of the encounter, any air of cooperation has apparently soured.';

describe('captions', () => {
  it('removes a caption printed twice around its credit, and the credit (seed 001)', () => {
    const r = run(['07/24/2007 10:44 AM ET', CAPTION, 'AFP/Getty', CAPTION, LEAD]);
    expect(removedBy(r)).toEqual([CAPTION, 'AFP/Getty', CAPTION]);
    expect(r.text).toBe(['07/24/2007 10:44 AM ET', LEAD].join('\n\n'));
    expect(r.removed.find((x) => x.text === 'AFP/Getty')!.reason).toBe('photo credit line "AFP/Getty"');
  });

  it('removes credit-only lines in several languages', () => {
    const credits = [
      'Graeme Robertson/Getty Images',
      'AFP via Getty Images',
      'Foto: sidm / DW',
      '(Bild: Dieter Stork)',
      'photo: iStock',
      '©Foto: epd-Bild/Jens Schulze',
      'Photo by Dean Takahashi/VentureBeat',
      'Image copyright Reuters',
      '(AP Photo/Evan Vucci)',
    ];
    expect(removedBy(run([LEAD, ...credits]))).toEqual(credits);
  });

  it('removes image widgets and counters', () => {
    const widgets = ['Enlarge This Image', 'HIDE CAPTION', 'Foto 1 de 1', 'Picture 1 of 8 | Toggle', 'Bild vergrößern'];
    expect(removedBy(run([LEAD, ...widgets]))).toEqual(widgets);
  });

  it('removes a caption that carries its credit at the end (dragnet, l3s-gn1, trafilatura)', () => {
    const lines = [
      "Mortgage brokers say Bank of England's funding for lending scheme may have boosted loan availability. Photograph Christopher Furlong/Getty Images",
      "New York Islanders goalie Rick DiPietro (39) makes a save off Vancouver Canucks' Mason Raymond (21) during the second period. (AP Photo/The Canadian Press, Richard Lam)",
      'IV Pleno del Comité Central del Partido. Foto: Estudios Revolución.',
      'Screenshot Whatsapp. (Foto: Recherche/privat)',
    ];
    expect(removedBy(run([LEAD, ...lines]))).toEqual(lines);
  });

  it('removes the caption next to a credit when it reads like one (dragnet)', () => {
    const caption = 'Andy Coulson, left, and Rebekah Brooks sat behind Rupert Murdoch at a church service in London on June 15, 2005.';
    const r = run([LEAD, 'Enlarge This Image', 'Graeme Robertson/Getty Images', caption, LEAD + ' More.']);
    expect(removedBy(r)).toEqual(['Enlarge This Image', 'Graeme Robertson/Getty Images', caption]);
  });

  it('keeps a body paragraph next to a credit when nothing says it is a caption (dragnet)', () => {
    const body = 'Not so long ago, smoking was almost commonplace in many hospitals.';
    const r = run(['By ANAHAD O’CONNOR', 'Bruce Dale/Getty Images', body]);
    expect(removedBy(r)).toEqual(['Bruce Dale/Getty Images']);
    expect(r.text).toContain(body);
  });

  it('keeps body sentences that mention photos, agencies or credit', () => {
    const lines = [
      'Reuters reported on Monday that the talks had stalled, citing three people familiar with the matter.',
      'The photographer said the picture was taken minutes before the explosion.',
      'Credit card debt rose by £1.7bn in September, the Bank of England said.',
    ];
    expect(removedBy(run(lines))).toEqual([]);
  });

  it('removes captions ending in a labelled, ©- or "files"-style agency credit (trafilatura pages), keeps a parenthesised gallery credit', () => {
    const body = [
      'The company said on Tuesday that it would cut its emissions by more than half by the end of the decade across its supply chain and its own sites.',
      'Analysts said the plan was ambitious but that the firm had met its earlier targets, and its shares rose two percent in early trading.',
    ];
    const caps = [
      'Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com',
      'Regenerative Energien und moderne Stadtkonzepte sind zwei Ansätze. © Thinkstock',
      'Microsoft plans to cut its carbon emissions by 2030. Mike Blake/Reuters files',
    ];
    expect(removedBy(run([body[0]!, caps[0]!, body[1]!, caps[1]!, body[0]!.replace('Tuesday', 'Monday'), caps[2]!]))).toEqual(caps);
    const gallery = 'Hong Kongers attend a charity Halloween parade. (ED Jones/AFP/Getty Images)';
    expect(removedBy(run([body[0]!, gallery, body[1]!]))).toEqual([]);
  });

  it('removes a caption ending in a Finnish or Polish labelled credit (trafilatura)', () => {
    const fi = [
      'EU-maiden on vaikea päästä nopeasti sopuun EU:n tulevasta rahoituskehyksestä, ja neuvottelut jatkuvat ensi viikolla Brysselissä.',
      'Saksan liittokansleri on tyytymätön siihen, miten suurimman nettomaksajan vaatimuksiin on tähän mennessä suhtauduttu.',
    ];
    const cap = 'Saksan liittokansleri keskusteli keskiviikkona Berliinissä pääministerin kanssa. Kuva: ALEXANDER BECHER';
    expect(removedBy(run([fi[0]!, cap, fi[1]!, 'Zdjęcie: PAP/Leszek Szymański']))).toEqual([cap, 'Zdjęcie: PAP/Leszek Szymański']);
    expect(removedBy(run([fi[0]!, 'Kuva kertoo enemmän kuin tuhat sanaa, sanoi valokuvaaja haastattelussa tiistaina.', fi[1]!]))).toEqual([]);
  });

  it('removes captions whose credit follows a "|" separator or a glued "Credit:" with a slash (readability, trafilatura)', () => {
    const body = [
      'The company said on Tuesday that it would cut its emissions by more than half by the end of the decade across its supply chain and its own sites.',
      'Analysts said the plan was ambitious but that the firm had met its earlier targets, and its shares rose two percent in early trading.',
    ];
    const caps = [
      'Spokojený Tomáš Souček po vítězství ve Villa Parku. | Foto: Reuters',
      'Lee Elder war mit golferischem Talent gesegnet. | © Augusta National/Getty Images',
      'A man walks past an armoured personnel carrier parked on a Harare street on Thursday Credit: STR/AFP',
    ];
    expect(removedBy(run([body[0]!, caps[0]!, body[1]!, caps[1]!, body[0]!.replace('Tuesday', 'Monday'), caps[2]!]))).toEqual(caps);
    const credit = 'The bank extended its line of credit: the terms were not disclosed, a spokesman said on Friday.';
    expect(removedBy(run([body[0]!, credit, body[1]!]))).toEqual([]);
  });

  it('removes a "Click photo to enlarge" widget label', () => {
    const body = 'The company said on Tuesday that it would cut its emissions by more than half by the end of the decade across its supply chain and its own sites.';
    expect(removedBy(run([body, 'Click photo to enlarge', body.replace('Tuesday', 'Monday')]))).toContain('Click photo to enlarge');
  });
});

