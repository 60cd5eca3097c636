import { describe, expect, it } from 'vitest';
import { consentNotices } from '../../src/cleaners/consent-notices.js';
import { removedBy, runAlone } from './run-junk.js';

const BODY = 'Wärmepumpen boomen - auch weil das Heizen mit fossilen Energieträgern teuer geworden ist. Aber viele Deutsche können von Gas und Öl nicht lassen.';
const BODY_EN = 'The council approved the plan to turn the old landfill into a park on Tuesday evening, after a long debate.';

describe('consent-notices', () => {
  it('removes a cookie banner and its settings lines (trafilatura tf-0983, tf-0110, tf-0837)', () => {
    // tf-0983 (de): the banner printed above the story in the dump.
    const de =
      'Um Ihnen diese Webseite bereitzustellen, müssen wir technisch notwendige Cookies verwenden. Außerdem möchten wir mit berechtigtem Interesse Cookies der „IVW-Reichweitenmessung" sowie von „Google Analytics“ setzen. Diese Cookies sind vorausgewählt, können aber über die Checkbox abgeschaltet werden.';
    expect(removedBy(consentNotices, [de, 'Alle Cookies akzeptieren', BODY], 'de')).toEqual([de, 'Alle Cookies akzeptieren']);
    // tf-0110 (fr) and tf-0837 (en, an embed's consent placeholder).
    const fr = 'En cliquant sur « OK TOUT ACCEPTER », vous acceptez que ARTE RADIO et les tiers utilise des cookies et autres traceurs pour les finalités détaillées ci-dessus.';
    expect(removedBy(consentNotices, [BODY_EN, fr], 'fr')).toEqual([fr]);
    const yt = 'Please accept YouTube cookies to play this video. By accepting you will be accessing content from YouTube, a service provided by an external third party.';
    expect(removedBy(consentNotices, [BODY_EN, yt, BODY_EN])).toEqual([yt]);
    const doc = runAlone(consentNotices, [yt]);
    expect(doc.children[0]!.removed?.reason).toMatch(/^consent-notices: names cookies and the reader's consent \("accept"\)/);
  });

  it('keeps cookies that are no notice: recipes, headers, an article about tracking (dragnet dn-0425, readability rh-0002, rh-0006)', () => {
    const keep = [
      'Cookies',
      'Recipe: Chocolate Cookies with Toppings',
      'Roll out the cookie dough and cut out the cookies using a rectangular cookie cutter, re-rolling the scraps in order to use as much of the dough as possible.',
      '“Set-Cookie” and “Set-Cookie2″.',
      // rh-0006 (EFF on Facebook's tracking): cookies, browsers and privacy, but no consent asked.
      'While they may not solve the problem, there are some technical steps people can take to limit the scope of these surveillance practices. For example, some web browsers do not send "third-party cookies" by default, or they scope cookies so that centralized surveillance doesn\'t get a single view of one user.',
      'It can’t be denied, though, that these tools are harder to use than the web browsers most people are accustomed to, and they create barriers to some online activities. (For example, logging in to some sites and accessing some web applications is impossible without third-party cookies.)',
    ];
    expect(removedBy(consentNotices, [BODY_EN, ...keep])).toEqual([]);
  });

  it('leaves a page alone whose title is about privacy or cookies (trafilatura tf-0801, a privacy policy as the post)', () => {
    const policy = 'If you turn cookies off, some features will be disabled. that make your site experience more efficient and may not function properly.';
    const run = (title?: string) =>
      runAlone(consentNotices, [policy, BODY_EN], 'en', title === undefined ? {} : { title })
        .children.filter((b) => b.removed)
        .map((b) => b.text);
    expect(run()).toEqual([policy]);
    expect(run('Weekend market opens on the old landfill')).toEqual([policy]);
    expect(run('SibenLab privacy policy')).toEqual([]);
    expect(run('Was sind Cookies?')).toEqual([]);
  });
});
