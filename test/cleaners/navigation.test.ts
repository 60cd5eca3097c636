import { describe, expect, it } from 'vitest';
import { navigation } from '../../src/cleaners/navigation.js';
import { removedBy, runAlone } from './run-junk.js';

/** Run the navigation cleaner alone on dump lines; return the removed lines. */
const removed = (lines: string[], lang = 'en'): string[] => removedBy(navigation, lines, lang);

const BODY =
  'The United States and Iran began their second round of talks on Iraq security Tuesday, and early word from the meeting reports tension.';
const BODY2 = 'Qomi dismissed the allegations, saying the Americans had no proof, the official said on Tuesday evening.';

describe('navigation', () => {
  it('removes a news ticker of timed headlines (readability rh-0056, Libération), keeps a timed live-blog sentence and bare times', () => {
    const lines = [
      BODY,
      BODY2,
      'Direct',
      '14:44 Accusations de viols : 14 militaires mis en cause, certains identifiés',
      '14:32 Un artiste arrêté pour avoir coloré un geyser',
      'Dying an Icelandic geyser pink will get you jail time - even if it’s supposed to be art.',
      '13:54 En Islande, tuer un Basque est désormais interdit',
      '13:43 Accusation de viols en Centrafrique : «il y aura des sanctions» si les faits sont avérés',
    ];
    expect(removed(lines, 'fr')).toEqual([
      '14:44 Accusations de viols : 14 militaires mis en cause, certains identifiés',
      '14:32 Un artiste arrêté pour avoir coloré un geyser',
      '13:54 En Islande, tuer un Basque est désormais interdit',
      '13:43 Accusation de viols en Centrafrique : «il y aura des sanctions» si les faits sont avérés',
    ]);
    // A live blog's entries are sentences; opening hours and schedules are times, not headlines.
    const blog = [
      BODY,
      '11:05 p.m. Paramedics take a gurney and a backboard into the building.',
      '11:20 p.m. The police close the street to traffic in both directions.',
      '11:41 p.m. A second ambulance arrives and leaves a few minutes later.',
      '10:30 pm - 10:55 am',
      '06:30 - 10:00 Uhr',
      '13:00 – 13:15 Uhr',
      BODY2,
    ];
    expect(removed(blog)).toEqual([]);
    // Two timed headlines are not yet a ticker.
    expect(removed([BODY, '14:44 Accusations de viols : 14 militaires mis en cause', '14:32 Un artiste arrêté pour avoir coloré un geyser', BODY2], 'fr')).toEqual([]);
  });

  it('removes the link run above the headline of seed 001 and keeps the headline', () => {
    const lines = [
      'Tips, questions, and suggestions',
      'Sign up for emails',
      'IraqSide:Buzz',
      'Iran Factor',
      'US-Iran Have "Heated Exchange"',
      BODY,
      BODY2,
    ];
    expect(removed(lines)).toEqual(['Tips, questions, and suggestions', 'Sign up for emails', 'IraqSide:Buzz', 'Iran Factor']);
  });

  it('removes the blogroll after the article (seed 001)', () => {
    const lines = [
      BODY,
      BODY2,
      'SloggerHeadlines',
      'Wounded Warrior Project',
      'IraqTicker',
      'MNF-Iraq',
      'NYTBaghdadBlog',
      'McClatchyBaghdad',
      'IraqBusiness',
      'CIVIC - Give War Victims a Voice',
    ];
    expect(removed(lines)).toEqual(lines.slice(2));
  });

  it('keeps lone subheads between paragraphs (seed 000)', () => {
    const lines = [BODY, 'BROAD DISCUSSION', BODY2, 'POSITIVE SPIN', BODY, 'REASONABLE CHANCE', BODY2];
    expect(removed(lines)).toEqual([]);
  });

  it('removes a numbered nav label (seed 003) and footer labels in German', () => {
    expect(removed(['1. Archive', BODY])).toEqual(['1. Archive']);
    expect(removed([BODY, 'Zum Inhalt springen', 'Impressum', BODY2, 'Datenschutzerklärung'], 'de')).toEqual([
      'Zum Inhalt springen',
      'Impressum',
      'Datenschutzerklärung',
    ]);
  });

  it('removes footer labels in French, Spanish, Italian and Portuguese', () => {
    expect(removed([BODY, 'Mentions légales', 'Plan du site'], 'fr')).toEqual(['Mentions légales', 'Plan du site']);
    expect(removed([BODY, 'Política de privacidad', 'Mapa del sitio'], 'es')).toEqual(['Política de privacidad', 'Mapa del sitio']);
    expect(removed([BODY, 'Chi siamo', 'Contatti'], 'it')).toEqual(['Chi siamo', 'Contatti']);
    expect(removed([BODY, 'Fale conosco', 'Termos de uso'], 'pt')).toEqual(['Fale conosco', 'Termos de uso']);
  });

  it('removes breadcrumbs and pipe menus', () => {
    const lines = [
      'Home > News > World',
      'Startseite » Politik',
      'Blog » News » open3 » Publikumsvoting beim Wiener Content Award gestartet',
      'Home | News | Sport | Weather',
      BODY,
    ];
    expect(removed(lines)).toEqual(lines.slice(0, 4));
  });

  it('keeps a sentence with a pipe or an arrow', () => {
    const lines = [BODY, 'Prices rose 5% > expectations, analysts said | Reuters.', BODY2];
    expect(removed(lines)).toEqual([]);
  });

  it('keeps a typed bullet list and a recipe list inside the article', () => {
    const bullets = [
      'Minecraft 1.8 - The Bountiful Update',
      '+ Added Slime Block',
      '+ Added Iron Trapdoor',
      '+ Added Prismarine and Sea Lantern blocks',
      '+ Added the Ocean Monument',
      '+ Added Red Sandstone',
      BODY,
    ];
    expect(removed(bullets)).toEqual([]);
    const recipe = ['Zutaten', '200 g Zucker', '65 g Margarine oder Butter', '2 Eier', '1 Prise Salz', 'Zubereitung', BODY];
    expect(removed(recipe, 'de')).not.toContain('200 g Zucker');
    expect(removed(recipe, 'de')).not.toContain('65 g Margarine oder Butter');
  });

  it('does not count a CJK sentence as a one-word label', () => {
    const lines = [
      '一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣',
      '玉峰道路一路上雲氣山嵐滯留山頭 順路下切蜿蜒道路後不久即抵達來到玉峰國小',
      '美樹美如其名偌大楓香樹早已呈現金黃 泛紅色彩也是愛攝人仕所喜愛造訪之地',
      '第二次造訪美樹發現到營區變了 印象中以前生冷招牌換成了原木招牌可謂匠心獨運',
    ];
    expect(removed(lines, 'zh')).toEqual([]);
  });

  it('explains a run removal by its evidence', () => {
    const doc = runAlone(navigation, [BODY, 'News', 'Sport', 'Business', 'Culture', 'Weather']);
    expect(doc.children[1]!.removed?.reason).toMatch(/^navigation: run of 5 short lines without sentence punctuation/);
  });

  it('removes blog post-meta footers (WordPress "This entry was posted in …", category lists), keeps sentences about posting (dragnet pages)', () => {
    const meta = [
      'This entry was posted on Thursday, August 9th, 2012 at 12:04 am and is filed under Celebrities, Music. You can follow any responses to this entry through the RSS 2.0 feed.',
      'This entry was posted in Nikon D5200. Bookmark the permalink. Trackbacks are closed, but you can post a comment.',
      'Categories: Barack Obama, Politics, celeb, Hate It or Love It?!?!, News, Video',
    ];
    expect(removed([BODY, meta[0]!, BODY2, meta[1]!, BODY, meta[2]!])).toEqual(meta);
    const keep = [
      'This entry was posted late because the author was travelling, and it was edited on Friday morning.',
      'The categories were simple: news, sport and weather, each with its own editor and its own budget.',
    ];
    expect(removed([BODY, ...keep, BODY2])).toEqual([]);
  });

  it('removes pager links with the linked title, spaced or glued (dragnet dn-0094, trafilatura tf-0208, tf-0059)', () => {
    const pagers = [
      'Previous post: Declaration of principles',
      'Next story: Didgeridoo you want to see some concerts?',
      'Previous articleTransforming Mount Trashmore: Plans to turn eyesore into beauty spot',
      'Vorheriger BeitragNeuerscheinung: Klaus Seidl, „Gesetzliche Revolution“ im Schatten der Gewalt',
    ];
    const lines = ['The council approved the plan to turn the old landfill into a park on Tuesday evening.', 'Work is to start next spring and take about three years, a spokeswoman said.', ...pagers];
    const doc = runAlone(navigation, lines);
    expect(doc.children.filter((b) => b.removed).map((b) => b.text)).toEqual(pagers);
  });

  it('keeps a heading that starts like a pager label (`Previous posts in the series`)', () => {
    const lines = ['Previous posts in the series', 'The first part looked at the history of the landfill and why the council bought it in 1987.'];
    const doc = runAlone(navigation, lines);
    expect(doc.children.filter((b) => b.removed)).toEqual([]);
  });
});
