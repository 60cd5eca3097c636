import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../src/blocks/from-text.js';

const seed = (n: string): string => readFileSync(new URL(`../../samples/seed-${n}/input.txt`, import.meta.url), 'utf8');

// l3s-gn1 gn-0002 (raw dump): source lines wrapped at a fixed width, blank lines between paragraphs.
const WRAPPED = [
  'Philippine president orders evacuations owing to typhoon',
  '',
  '',
  'www.chinaview.cn',
  '',
  '',
  'MANILA, Nov. 24 (Xinhua) -- Philippine President',
  'Gloria Macapagal Arroyo has ordered massive "preemptive evacuation" of residents',
  'in the northern provinces of Aurora and Quezon as super typhoon Mitag is',
  'expected to arrive at the area by Monday.',
  '',
  'The National Disaster Coordinating Council (NDCC)',
  'spokesman Anthony Golez said Saturday Arroyo has also ordered the mobilization',
  'of all available equipment necessary for the evacuation, to ensure that everyone',
  'is safe.',
  '',
  'Government relief personnel are ordered to ensure',
  'that food, water and medicines are pre-positioned in strategic locations for',
  'easy access in times of need, said Golez, who is concurrent Office of the Civil',
  'Defense deputy administrator.',
  '',
  'The NDCC has already evacuated more than 200,000',
  'residents in the central Bicol region.',
  '',
].join('\n');

// dragnet dn-0005 (raw dump): a sentence split where a link starts; a lone full stop after a link.
const LINK_SPLIT = [
  'Advertise',
  '|',
  'AdChoices',
  '',
  '',
  'His wife, Margaret Wambui, makes her living from another modern feature of the Kenyan cell phone – a mobile banking platform called “M-Pesa.” It was developed by',
  'Safaricom',
  'and Vodaphone, the “M” stands for mobile and “Pesa” means money in Swahili.',
  '',
  'The phones work, calls are cheap, and the country is using cell phone technology in innovative ways',
  '.',
  '',
  '',
  'Cell phone banking',
  '',
  'In addition to having us beat, cell phone tariffs here are the lowest in Africa.',
  '',
  '',
].join('\n');

// readability rh-0113's raw dump (Vox): link and emphasis runs inside sentences on lines of their own,
// some starting with a capital (`For Keeps: …`, `Star Wars`), one opening a parenthesis; a menu above.
const INLINE_SPLIT = [
  'Culture',
  'Science & Health',
  'World',
  '',
  '',
  'In the introduction to her review anthology',
  'For Keeps: 30 Years at the Movies',
  ', the legendary film critic Pauline Kael wrote, “I’m frequently asked why I don’t write my memoirs. I think I have.”',
  '',
  '',
  'I am as shocked as anyone that a',
  'Star Wars',
  'movie found its way onto my list. In the hands of writer-director',
  'Rian Johnson',
  '(who will also oversee',
  'a new',
  'Star Wars',
  'trilogy',
  '),',
  'The Last Jedi',
  'is beautiful to look at.',
  '',
  '',
  'Faces Places',
  '',
  '',
  'The unusual documentary turns on the friendship between the street artist JR and the director Agnès Varda.',
  '',
].join('\n');

describe('blocksFromText', () => {
  it('keeps one block per line in a normal dump (seed 002)', () => {
    const src = seed('002');
    const lines = src.split('\n').filter((l) => l.trim());
    const blocks = blocksFromText(src);
    expect(blocks.length).toBe(lines.length);
    expect(blocks.every((b) => b.kind === 'line')).toBe(true);
    expect(blocks[2]!.text).toBe(lines[2]!.trim());
  });

  it('keeps every seed one line = one block', () => {
    for (const n of ['000', '001', '002', '003', '004']) {
      const src = seed(n);
      expect(blocksFromText(src).length).toBe(src.split('\n').filter((l) => l.trim()).length);
    }
  });

  it('joins source-wrapped lines of a raw dump into paragraphs', () => {
    const blocks = blocksFromText(WRAPPED);
    expect(blocks.map((b) => b.text)).toEqual([
      'Philippine president orders evacuations owing to typhoon',
      'www.chinaview.cn',
      'MANILA, Nov. 24 (Xinhua) -- Philippine President Gloria Macapagal Arroyo has ordered massive "preemptive evacuation" of residents in the northern provinces of Aurora and Quezon as super typhoon Mitag is expected to arrive at the area by Monday.',
      'The National Disaster Coordinating Council (NDCC) spokesman Anthony Golez said Saturday Arroyo has also ordered the mobilization of all available equipment necessary for the evacuation, to ensure that everyone is safe.',
      'Government relief personnel are ordered to ensure that food, water and medicines are pre-positioned in strategic locations for easy access in times of need, said Golez, who is concurrent Office of the Civil Defense deputy administrator.',
      'The NDCC has already evacuated more than 200,000 residents in the central Bicol region.',
    ]);
  });

  it('gives a joined paragraph the lines and offsets it spans', () => {
    const blocks = blocksFromText(WRAPPED);
    const p = blocks[2]!;
    expect(p.kind).toBe('paragraph');
    expect(p.position.start.line).toBe(7);
    expect(p.position.end.line).toBe(10);
    expect(WRAPPED.slice(p.position.start.offset, p.position.end.offset)).toMatch(/^MANILA[\s\S]*by Monday\.$/);
    expect(p.position.end.column).toBe('expected to arrive at the area by Monday.'.length + 1);
  });

  it('joins a link run inside a sentence even when it starts with a capital, keeps the menu and the heading apart', () => {
    expect(blocksFromText(INLINE_SPLIT).map((b) => b.text)).toEqual([
      'Culture',
      'Science & Health',
      'World',
      'In the introduction to her review anthology For Keeps: 30 Years at the Movies, the legendary film critic Pauline Kael wrote, “I’m frequently asked why I don’t write my memoirs. I think I have.”',
      'I am as shocked as anyone that a Star Wars movie found its way onto my list. In the hands of writer-director Rian Johnson (who will also oversee a new Star Wars trilogy), The Last Jedi is beautiful to look at.',
      'Faces Places',
      'The unusual documentary turns on the friendship between the street artist JR and the director Agnès Varda.',
    ]);
  });

  it('joins a sentence split at a link and a lone full stop, keeps headings apart', () => {
    const texts = blocksFromText(LINK_SPLIT).map((b) => b.text);
    expect(texts).toContain(
      'His wife, Margaret Wambui, makes her living from another modern feature of the Kenyan cell phone – a mobile banking platform called “M-Pesa.” It was developed by Safaricom and Vodaphone, the “M” stands for mobile and “Pesa” means money in Swahili.',
    );
    expect(texts).toContain('The phones work, calls are cheap, and the country is using cell phone technology in innovative ways.');
    expect(texts).toContain('Cell phone banking');
    expect(texts).toContain('Advertise');
  });
});
