import { describe, expect, it } from 'vitest';
import { promos } from '../../src/cleaners/promos.js';
import { removedBy, runAlone } from './run-junk.js';

const BODY = 'For its part, the clerical regime ruling Iran hopes to use the confrontation with the US to maintain its hold on power.';
const BODY2 = 'Crocker said he would refer to Washington a proposal by the Iranians for a mechanism to coordinate security matters.';

describe('promos', () => {
  it('removes the long coverage/subscription banner of seed 003 by formula', () => {
    const banner =
      'Our coronavirus coverage is free for the first 24 hours. Find the latest information at Please consider subscribing or donating.';
    expect(removedBy(promos, [banner, BODY, BODY2])).toEqual([banner]);
  });

  it('removes the subscription footer of seed 004 and the slogan line under it', () => {
    const lines = [
      BODY,
      BODY2,
      'Subscribe to Asia News updates or change your preferences',
      'Subscribe now',
      '“L’Asia: ecco il nostro comune compito per il terzo millennio!” - Giovanni Paolo II, da “Alzatevi, andiamo”',
    ];
    const doc = runAlone(promos, lines);
    expect(doc.children.filter((b) => b.removed).map((b) => b.text)).toEqual(lines.slice(2));
    expect(doc.children[4]!.removed?.reason).toBe('promos: footer line after the last promo "Subscribe now" at the end of the page');
  });

  it('keeps a closing paragraph after an ad label', () => {
    expect(removedBy(promos, [BODY, 'Advertisement', BODY2])).toEqual(['Advertisement']);
  });

  it('removes newsletter sign-ups, ad labels, copyright and cookie notes in six languages', () => {
    expect(removedBy(promos, [BODY, 'Sign up for emails', '© 2008 The New York Times Company'])).toEqual([
      'Sign up for emails',
      '© 2008 The New York Times Company',
    ]);
    expect(removedBy(promos, [BODY, 'Anzeige', 'Newsletter abonnieren', '© 2019 Zugreiseblog. Alle Rechte vorbehalten.', BODY2], 'de')).toEqual([
      'Anzeige',
      'Newsletter abonnieren',
      '© 2019 Zugreiseblog. Alle Rechte vorbehalten.',
    ]);
    expect(removedBy(promos, [BODY, 'Publicité', 'Abonnez-vous', BODY2], 'fr')).toEqual(['Publicité', 'Abonnez-vous']);
    expect(removedBy(promos, [BODY, 'Publicidad', 'Suscríbete', BODY2], 'es')).toEqual(['Publicidad', 'Suscríbete']);
    expect(removedBy(promos, [BODY, 'Pubblicità', 'Iscriviti alla newsletter', BODY2], 'it')).toEqual(['Pubblicità', 'Iscriviti alla newsletter']);
    expect(removedBy(promos, [BODY, 'Publicidade', 'Assine', BODY2], 'pt')).toEqual(['Publicidade', 'Assine']);
    const cookie = 'Diese Website verwendet Cookies. Wenn Sie die Website weiter nutzen, gehen wir von Ihrem Einverständnis aus.';
    expect(removedBy(promos, [BODY, cookie, BODY2], 'de')).toEqual([cookie]);
  });

  it('keeps body sentences that mention privacy policies, copyright or subscriptions', () => {
    const lines = [
      'Facebook changed its privacy policy on Tuesday, the company said in a statement.',
      'Copyright law is changing, the minister said, and publishers will have to adapt.',
      'Subscribers to the service rose by 4 million in the quarter, the company reported.',
    ];
    expect(removedBy(promos, lines)).toEqual([]);
  });

  it('removes paywall and newsletter formulas that open a block (trafilatura pages)', () => {
    const junk = [
      'To view the full story, please subscribe to our paper.',
      'If you’re seeing this message but you’re already a subscriber, please log in.',
      'Never miss the latest news by signing up for our newsletter.',
      'Subscribe now to our eNATION edition for the full story.',
      'Instant access to the full article PDF.',
      'Submit your letter to the editor via this form',
    ];
    expect(removedBy(promos, [BODY, ...junk, BODY2])).toEqual(junk);
    const keep = ['Readers who want to see the full story of the strike will find it in the archive, the union said.'];
    expect(removedBy(promos, [BODY, ...keep, BODY2])).toEqual([]);
  });

  it('removes syndication notices and a bare "Article continues" label (l3s-gn1 pages)', () => {
    const junk = [
      'Distributed by Internet Broadcasting. This material may not be published, broadcast, rewritten or redistributed.',
      'The full article contains 512 words and appears in Press Association newspaper.',
      'Article continues',
    ];
    expect(removedBy(promos, [BODY, junk[2]!, BODY2, junk[0]!, junk[1]!])).toEqual([junk[2], junk[0], junk[1]]);
  });

});
