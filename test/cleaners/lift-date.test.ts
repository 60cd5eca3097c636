import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { readDateSegment } from '../../src/cleaners/lift-date.js';

const only = { type: 'text' as const };
const seed = (n: string): string => readFileSync(new URL(`../../samples/seed-${n}/input.txt`, import.meta.url), 'utf8');
const body = [
  'The Security Council today discussed the United Nations peacekeeping mission in Kosovo, a Serbian province where ethnic Albanians outnumber Serbs by nine to one.',
  'The Council also discussed the standards for Kosovo and the need for increasing the number of returnees to the province, which has been run by the United Nations since 1999.',
];

describe('lift-date', () => {
  it('looks further up a text dump when nothing near the body dates it (a recipe: the ingredient list between)', () => {
    const ingredients = Array.from({ length: 30 }, (_, k) => `${k + 1} EL Zutat Nummer ${k + 1}`);
    const method = [
      'Für die Muffins zuerst das Mehl in eine Schüssel sieben und mit dem Backpulver gründlich vermischen, dann den Zucker dazugeben.',
      'Die Muffins im vorgeheizten Ofen bei 180 Grad etwa zwanzig Minuten backen, bis sie goldbraun sind, und danach abkühlen lassen.',
    ];
    const page = ['Muffins mit Backpulver und Zucker backen', '19. Oktober 2019', ...ingredients, ...method].join('\n');
    const r = clean(page, { type: 'text' });
    expect(r.metadata.date).toBe('2019-10-19');
  });

  it('lifts a US date line with time zone (seed 001)', () => {
    const r = clean(seed('001'), only);
    expect(r.metadata.date).toBe('2007-07-24T10:44:00-04:00');
    const rm = r.removed.find((x) => x.ruleId === 'lift-date')!;
    expect(rm.text).toBe('07/24/2007 10:44 AM ET');
    expect(rm.lineStart).toBe(7);
  });

  it('takes `00.00` as no time given (seed 004)', () => {
    expect(clean(seed('004'), only).metadata.date).toBe('2007-05-28');
  });

  it('lifts a labelled German date line and an update line into modified', () => {
    const input = ['Streit um Kosovo', 'Veröffentlicht am 12.03.2019 um 08:15 Uhr', 'Aktualisiert am 13.03.2019 um 10:00 Uhr', ...body].join('\n');
    const r = clean(input, only);
    expect(r.metadata.date).toBe('2019-03-12T08:15:00');
    expect(r.metadata.modified).toBe('2019-03-13T10:00:00');
    expect(r.text).not.toMatch(/2019/);
  });

  it('reads a date line whose time is glued to the year (trafilatura tf-0557, tf-0561, tf-0598)', () => {
    // `<time>3 de mayo de 2022</time><time>21:25</time>`: the dump has no space between them.
    const r = clean(['Jugada del oficialismo para evitar la boleta única', '3 de mayo de 202221:25', 'LA NACION', ...body].join('\n'), { type: 'text', language: 'es' });
    expect(r.metadata.date).toBe('2022-05-03T21:25:00');
    // A year glued to a longer number is no year and time.
    expect(clean(['Jugada del oficialismo para evitar la boleta única', 'Expediente 2022213:25', ...body].join('\n'), { type: 'text', language: 'es' }).metadata.date).toBeUndefined();
  });

  it('reads a French date line', () => {
    const r = clean(['Le Conseil de sécurité discute du Kosovo', 'Publié le 12 mars 2019 à 10h00', ...body].join('\n'), only);
    expect(r.metadata.date).toBe('2019-03-12T10:00:00');
  });

  it('cuts a date glued to the first paragraph (l3s-gn1 gn-0001)', () => {
    const input = [
      'No agreement reached on Kosovo’s future status in Security Council',
      '16 January 2008  The Security Council today discussed the United Nations peacekeeping mission in Kosovo – a Serbian province where ethnic Albanians outnumber Serbs by nine to one.',
      body[1],
    ].join('\n');
    const r = clean(input, only);
    expect(r.metadata.date).toBe('2008-01-16');
    expect(r.text.startsWith('The Security Council today discussed')).toBe(true);
    const cut = r.removed.find((x) => x.ruleId === 'lift-date')!;
    expect(cut.text).toBe('16 January 2008');
    expect(input.slice(cut.start, cut.start + 15)).toBe('16 January 2008');
  });

  it('keeps a sentence that merely contains a date', () => {
    const line = 'On March 3, 2008, the council met again and agreed to continue its work on the status of the province.';
    const r = clean([line, ...body].join('\n'), only);
    expect(r.metadata.date).toBeUndefined();
    expect(r.text).toContain(line);
  });

  it('takes the date segment of a header line of facts, leaving the line (trafilatura tf-0007, tf-0058)', () => {
    const r = clean(['iMac 5K Lightroom Performance gelöst – Danke an die Community', 'Paddy · April 19, 2019 · Mac · 7 comments', ...body].join('\n'), only);
    expect(r.metadata.date).toBe('2019-04-19');
    const g = clean(['Bericht zur Coronalage vom 22.04.2020', 'Gunter Frank / 22.04.2020 / 06:15 / Foto: Achgut.com / 150 /', ...body].join('\n'), only);
    expect(g.metadata.date).toBe('2020-04-22');
    expect(readDateSegment('Home | News | Sport', 'en')).toBeUndefined();
  });

  it("replaces a UTC time's day by the day the page prints, when an offset can explain it (trafilatura tf-0539)", () => {
    const page = (published: string, shown: string) =>
      clean(
        `<html><head><meta property="article:published_time" content="${published}"></head><body><article><h1>Corona-Regeln werden verschärft</h1>
        <p class="date">${shown}</p>${body.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
        { type: 'html', explain: true },
      );
    const r = page('2021-11-04T23:00:00Z', '05.11.2021');
    expect(r.metadata.date).toBe('2021-11-05');
    expect(r.provenance!.date!.evidence).toMatch(/the page's own day for 2021-11-04T23:00:00Z/);
    // 13:01 UTC cannot be the next day anywhere: a later date in the page is something else.
    expect(page('2023-10-30T13:01:18+00:00', '31.10.2023').metadata.date).toBe('2023-10-30T13:01:18+00:00');
    // An explicit offset is the page's own: kept.
    expect(page('2021-11-04T23:00:00+01:00', '05.11.2021').metadata.date).toBe('2021-11-04T23:00:00+01:00');
  });

  it("takes the date of a blog's post-meta line, leaving the line (trafilatura tf-0878, tf-0073, tf-0267)", () => {
    const head = '20 Clever Small Nursery Ideas When You’re Tight On Space';
    const r = clean([head, 'July 24, 2019 by Amy Motroni 5 Comments', ...body].join('\n'), only);
    expect(r.metadata.date).toBe('2019-07-24');
    expect(clean([head, '6. Dezember 2022 von Fatima in Gefühle, Popkultur', ...body].join('\n'), only).metadata.date).toBe('2022-12-06');
    expect(clean([head, 'Posted in Datenschutz by damianduchamps on August 3, 2019', ...body].join('\n'), only).metadata.date).toBe('2019-08-03');
    // A date inside a sentence is no post-meta line.
    expect(clean([head, 'Sales rose in the quarter ending July 24, 2019 by nine percent', ...body].join('\n'), only).metadata.date).toBeUndefined();
  });

  it("reads an HTML page's post-meta footer after the story when nothing else dates it (trafilatura tf-0416), the line kept", () => {
    const story = (footer: string) => `<html lang="de"><head><title>Papst: Eltern sollen ihre Kinder unterstützen</title></head><body>
      <nav><a href="/">Start</a> <a href="/news">News</a></nav>
      <article><h1>Papst: Eltern sollen ihre Kinder unterstützen</h1>
      <p>Papst Franziskus hat Eltern aufgerufen, ihre Kinder nicht zu verurteilen, sondern sie zu begleiten, wie er bei der wöchentlichen Generalaudienz im Vatikan sagte.</p>
      <p>Eltern, die bei ihren Kindern eine andere sexuelle Orientierung sähen, sollten sich nicht hinter einer verurteilenden Haltung verstecken, so das Oberhaupt der Kirche.</p>
      <p>Die Äußerungen wurden von Verbänden begrüsst, die seit Jahren mehr Offenheit der Kirche gegenüber queeren Menschen und ihren Familien fordern.</p>
      ${'<p>Viele Gläubige hoffen nun, dass den Worten des Papstes auch Taten in den Gemeinden folgen, wo Betroffene noch immer von Ausgrenzung berichten.</p>'.repeat(10)}</article>
      <div class="meta"><p>${footer}</p></div><footer><p>Impressum</p></footer></body></html>`;
    const r = clean(story('erstellt von Dominique — veröffentlicht 28.01.2022 06:00'), { type: 'html', explain: true });
    expect(r.metadata.date).toBe('2022-01-28T06:00:00');
    expect(r.provenance?.date?.evidence ?? '').toMatch(/^post-meta line after the story/);
    expect(clean(story('Dieser Artikel wurde am 19. Mai 2010 um 23:03 Uhr gepostet.'), { type: 'html' }).metadata.date?.slice(0, 10)).toBe('2010-05-19');
    // The next teaser's date line is not the story's.
    expect(clean(story('19.01.2021 - Die besten Biathleten der Welt sind in Antholz'), { type: 'html' }).metadata.date).toBeUndefined();
  });

  it('dates an HTML page by the update line after the story when that is its only date (trafilatura tf-0511, tf-0737, tf-0952)', () => {
    const story = (footer: string) => `<html lang="de"><head><title>Heliumkerne in Zinn-Atomen entdeckt</title></head><body>
      <article><h1>Heliumkerne in Zinn-Atomen entdeckt</h1>
      ${'<p>Forschende haben in schweren Zinn-Isotopen Hinweise auf Heliumkerne an der Oberfläche des Atomkerns gefunden, wie die Gruppe in einer Fachzeitschrift berichtet.</p>'.repeat(14)}
      <p>${footer}</p></article><footer><p>Impressum</p></footer></body></html>`;
    const r = clean(story('Aktualisiert am 17.01.2021.'), { type: 'html', explain: true });
    expect(r.metadata.date).toBe('2021-01-17');
    expect(r.provenance?.date?.evidence ?? '').toMatch(/^update line after the story/);
    expect(clean(story('BeginnersGuide/Download (last edited 2019-11-10 13:28:18 by MatsWichmann)'), { type: 'html' }).metadata.date).toBe('2019-11-10T13:28:18');
    // A publication date after the update's in the same line is the story's (trafilatura tf-0593).
    expect(clean(story('Letzte Änderung: 31.10.2023 - 14:49:39 Erschienen am: 01.11.2023 Lesungen: 61'), { type: 'html' }).metadata.date).toBe('2023-11-01');
  });

  it('reads glued published and modified dates, and the date of a byline that moved the body start (trafilatura tf-0109, tf-0129)', () => {
    const lead = [
      'Mit bestem Wissen und Gewissen in den Bergwinter. Auch wenn wir bestens vorbereitet sind, Lawinen sind natürliche Ereignisse, die uns überraschen können.',
      'Es schneit. Endlich! Die einen haben alle ihre Sachen für den Bergwinter beieinander, andere sputen sich noch, denn Lawinen kommen auch früh im Jahr.',
    ];
    const head = 'Einblick in die Praxis und Theorie von Lawinen';
    expect(clean([head, '28. Juni 201914. Januar 2020 | Klaus Quibeldey-Cirkel', ...lead].join('\n'), { type: 'text' }).metadata.date).toBe('2019-06-28');
    // A teaser paragraph above the byline joins the story once the byline is lifted.
    const teaser = 'In unserem Onlineshop finden Sie sämtliche Produkte für den Bergwinter und die Ausrüstung gegen Lawinen, bequem zu Ihnen nach Hause geschickt.';
    const r = clean([teaser, 'Tags: Freeride, Skitour', head, 'Janic Cathomen, 01.12.2021', ...lead].join('\n'), { type: 'text' });
    expect(r.metadata.authors).toEqual(['Janic Cathomen']);
    expect(r.metadata.date).toBe('2021-12-01');
  });

  it('dates a dump from a date line below the body start when nothing else dates it, the line kept (trafilatura tf-0290, tf-0841)', () => {
    const head = 'Kosovo mission discussed at the Security Council';
    const more = [
      'Several members said the return of displaced people remained slow, and that security for minorities was still the main concern of the mission.',
      'The mission is expected to report again to the Council in three months, when the standards review is due to be completed by the United Nations.',
    ];
    const story = [...body, ...more];
    const r = clean([head, ...story, 'Erscheinungsdatum: 07.02.2022', 'Related stories'].join('\n'), only);
    expect(r.metadata.date).toBe('2022-02-07');
    expect(r.removed.filter((x) => x.ruleId === 'lift-date')).toEqual([]);
    expect(clean([head, ...story, 'Published: 03 December 2019'].join('\n'), only).metadata.date).toBe('2019-12-03');
    // An update line is the date only when nothing else there dates the story (trafilatura tf-0511, tf-0567).
    expect(clean([head, ...story, 'Aktualisiert am 17.01.2021.'].join('\n'), only).metadata.date).toBe('2021-01-17');
    expect(clean([head, ...story, 'Aktualisiert am 17.01.2021.', 'Erscheinungsdatum: 07.02.2020'].join('\n'), only).metadata.date).toBe('2020-02-07');
    // A forum member's sign-up day is not the story's date.
    expect(clean([head, ...story, 'Registriert: 03.05.2009'].join('\n'), only).metadata.date).toBeUndefined();
  });
});

