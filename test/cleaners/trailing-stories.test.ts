import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { CLEANERS } from '../../src/pipeline.js';
import type { CleanerSetting } from '../../src/types.js';

const alone: Record<string, CleanerSetting> = Object.fromEntries(CLEANERS.filter((c) => c.id !== 'trailing-stories').map((c) => [c.id, false]));
const seed000 = readFileSync(join(import.meta.dirname, '..', '..', 'samples', 'seed-000', 'input.txt'), 'utf8');
const lines = seed000.split('\n').filter((l) => l.trim());
const mine = (r: ReturnType<typeof clean>) => r.removed.filter((x) => x.ruleId === 'trailing-stories');

describe('trailing-stories', () => {
  it('removes the four unrelated stories glued after the seed-000 article, and nothing else', () => {
    for (const cleaners of [alone, undefined]) {
      const r = clean(seed000, { type: 'text', cleaners });
      expect(mine(r).map((x) => x.lineStart)).toEqual([24, 25, 26, 27]);
      expect(r.text).toContain('"That\'s something the Iranians should already know, but we made that clear," he said.');
    }
  });

  it('states the evidence: shared terms, cut-off, kicker', () => {
    const [charges] = mine(clean(seed000, { type: 'text', cleaners: alone }));
    expect(charges!.reason).toMatch(/^unrelated trailing story: shares \d+% of its \d+ topic terms with the lead, \d+% with the article; cut off mid-sentence; opens with the kicker "CHARGES:"$/);
  });

  it('keeps an article whose last paragraphs drift in topic but end properly', () => {
    const article = lines.slice(0, 23);
    const drift =
      'Separately, the earthquake in Bangladesh yesterday killed at least five people and injured about a hundred near Dhaka, according to the meteorological department and local hospital officials who spoke to reporters.';
    const r = clean([...article, drift].join('\n'), { type: 'text', cleaners: alone });
    expect(mine(r)).toEqual([]);
  });

  it('never reaches into the lead, and leaves short articles alone', () => {
    const r = clean([lines[0], lines[1], lines[23]].join('\n'), { type: 'text', cleaners: alone });
    expect(mine(r)).toEqual([]);
  });

  it('works on German pages with the German stopwords', () => {
    const lead = [
      'Die Bundesregierung hat am Mittwoch ein neues Klimaschutzprogramm beschlossen, das den Ausstoß von Treibhausgasen bis 2030 deutlich senken soll.',
      'Umweltministerin Svenja Schulze sprach von einem wichtigen Schritt, Kritiker aus den Umweltverbänden halten die Maßnahmen für unzureichend.',
      'Kern des Programms ist ein Preis für Kohlendioxid im Verkehr und bei Gebäuden, der ab 2021 schrittweise steigen soll.',
      'Die Opposition kündigte an, das Klimaschutzprogramm im Bundestag genau prüfen zu wollen.',
    ];
    const tail =
      'FUSSBALL: Der FC Bayern München hat sein Heimspiel gegen Borussia Dortmund mit vier zu null gewonnen und die Tabellenführung in der Bundesliga ausgebaut, nachdem Robert Lewandowski zweimal traf und Thomas Müller zwei Treffer vorbereitete, während die Gäste';
    const r = clean([...lead, tail].join('\n'), { type: 'text', language: 'de', cleaners: alone });
    expect(mine(r).map((x) => x.text)).toEqual([tail]);
  });

  it('removes teaser cards of other stories after the article (a headline glued to its wire dateline), keeps the article\'s own dateline', () => {
    const article = lines.slice(0, 23);
    const cards = [
      'Sonia Gandhi attends Army Day reception New Delhi, Jan 15 (ANI): In her first public appearance after a brief illness, the party president looked hale and hearty at the reception.',
      'India marks 60th Army Day New Delhi, Jan 15 (ANI): The Indian Army on Tuesday commemorated its 60th Foundation Day by paying homage to martyred soldiers.',
    ];
    const r = clean([...article, ...cards].join('\n'), { type: 'text', cleaners: alone });
    expect(mine(r).map((x) => x.text)).toEqual(cards);
    const own = 'BAGHDAD, May 28 (Reuters): The talks ended after four hours, officials said, and both sides agreed to meet again.';
    const r2 = clean([...article, own].join('\n'), { type: 'text', cleaners: alone });
    expect(mine(r2)).toEqual([]);
  });
});
