/**
 * consent-notices: removes cookie and consent notices — the banner, its settings panel and the
 * cookie list a dump carries whole (`Um Ihnen diese Webseite bereitzustellen, müssen wir technisch
 * notwendige Cookies verwenden…`, `En cliquant sur « OK TOUT ACCEPTER », vous acceptez…`,
 * `Notwendige Cookies`, `Please accept YouTube cookies to play this video`). A block is one when it
 * names cookies (the plural, or a `cookie policy`/`Cookie-Einstellungen` compound) and speaks of
 * the reader's consent or the site's use of them (accept, consent, settings, refuse, enable, "we
 * use", "necessary cookies"; eight languages). One cookie alone — a recipe, `Set-Cookie`, a
 * "cookie-cutter" approach — is never enough; an article about tracking that writes of cookies
 * without addressing the reader's choice is left alone, and so is every block of a page whose
 * title is about privacy or cookies (a privacy policy published as the article).
 * @module
 */
import { defineCleaner } from '../cleaner.js';
import { isKept } from '../doc.js';
import { quote } from './util/lines.js';

/** Options of {@link consentNotices}. */
export interface ConsentNoticesOptions {
  /** Longest block (words) that can be a consent notice (a settings panel's paragraph is long). */
  maxWords: number;
  /** Most kept blocks between two notices that go with them (a panel's labels and vendor lines). */
  panelGap: number;
  /** Longest such block (words). */
  panelWords: number;
}

/** Cookies named as such: the plural, or a consent compound (`cookie policy`, `Cookie-Einstellungen`). */
const COOKIES_RE =
  /\bcookies\b|\bcookie[- ]?(?:policy|settings|einstellungen|richtlinie|banner|hinweis|erklärung|informationen|consent|preferences|präferenzen|zustimmung|einwilligung)\b/iu;

/**
 * The reader's choice, or the site's own use of cookies: consent verbs and nouns, settings,
 * refusal, enabling, "we use / this site uses", necessary cookies — en, de, fr, es, it, pt, nl, pl.
 */
const CONSENT_RE = new RegExp(
  `\\b(?:${[
    'accept\\w*', 'akzept\\w*', 'acceptez', 'accepter', 'acepta\\w*', 'accett\\w*', 'aceit\\w*', 'zaakcept\\w*', 'accepteer\\w*',
    'consent\\w*', 'einwillig\\w*', 'zustimm\\w*', 'einverstanden', 'consentement', 'consentimiento', 'consenso', 'consentimento', 'toestemming', 'zgod\\w*',
    'settings', 'einstellungen', 'paramétr\\w*', 'préférences', 'configuraci\\w*', 'impostazioni', 'configurações', 'instellingen', 'ustawie\\w*',
    'ablehn\\w*', 'refus\\w*', 'reject\\w*', 'rechaz\\w*', 'rifiut\\w*', 'recus\\w*', 'weiger\\w*',
    'deaktivier\\w*', 'aktivier\\w*', 'enable\\w*', 'disable\\w*', 'activate\\w*', 'activer', 'activez',
    'we use', 'wir (?:verwenden|nutzen|setzen)', 'nous utilisons', 'utilisent', 'utilizamos', 'usamos', 'utilizziamo', 'usiamo', 'korzystamy', 'wij gebruiken',
    'uses? cookies', 'verwendet cookies', 'nutzt cookies', 'utilise des cookies', 'utiliza cookies', 'utilizza (?:i )?cookie',
    'notwendige cookies', 'necessary cookies', 'erforderliche cookies', 'essential cookies', 'cookies nécessaires', 'cookies necesarias', 'cookie[- ]?policy',
    // A settings panel's categories: `Notwendige und Performance-Cookies`, `Diese Cookies sind notwendig`.
    '(?:notwendig|erforderlich|funktional|statistisch|performance|marketing|essential|necessary|functional|statistic|analytic)\\w*[^.!?]{0,40}cookies',
    'cookies\\b[^.!?]{0,30}\\b(?:notwendig|erforderlich|necessary|essential)',
  ].join('|')})\\b`,
  'iu',
);

/** A title about cookies or privacy: the page's own subject, not a notice about it. */
const PRIVACY_TITLE_RE =
  /\bcookies?\b|privacy|datenschutz|confidentialit|privacidad|privacidade|riservatezza|prywatno|données personnelles|personal data|gdpr|dsgvo|rgpd/iu;

export const consentNotices = defineCleaner<ConsentNoticesOptions>(
  {
    id: 'consent-notices',
    purpose: 'Removes cookie and consent notices: banners, settings panels and cookie lists.',
    defaults: { maxWords: 120, panelGap: 3, panelWords: 15 },
  },
  ({ doc, options, remove }) => {
    const title = doc.metadata.title;
    if (title !== undefined && PRIVACY_TITLE_RE.test(title)) return;
    const found: number[] = [];
    doc.children.forEach((block, i) => {
      if (!isKept(block)) return;
      const words = doc.features[i]!.words;
      if (words === 0 || words > options.maxWords) return;
      const text = block.text;
      if (!COOKIES_RE.test(text)) return;
      const consent = CONSENT_RE.exec(text);
      if (!consent) return;
      remove(block, `consent-notices: names cookies and the reader's consent ("${consent[0]}") ${quote(text, 60)}`);
      found.push(i);
    });
    // A settings panel: the short lines between two of its notices (`Name: _lfa_test_cookie_stored`,
    // `Zweck: …`, `Auftragsverarbeiter: …`) go with them.
    for (let k = 1; k < found.length; k++) {
      const between: number[] = [];
      for (let j = found[k - 1]! + 1; j < found[k]!; j++) if (isKept(doc.children[j]!)) between.push(j);
      if (!between.length || between.length > options.panelGap) continue;
      if (!between.every((j) => doc.features[j]!.words <= options.panelWords)) continue;
      for (const j of between) remove(doc.children[j]!, `consent-notices: between two cookie notices (a consent panel) ${quote(doc.children[j]!.text, 60)}`);
    }
  },
);
