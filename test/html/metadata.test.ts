import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/html/index.js';
import { stripSiteAffix } from '../../src/html/metadata/title.js';
import { toIsoDate } from '../../src/html/metadata/dates.js';

const meta = (html: string, url?: string) => parseHtml(html, { deadline: Infinity, url });

describe('page metadata', () => {
  it('reads JSON-LD NewsArticle inside @graph, with authors as objects and provenance', () => {
    const r = meta(`<html lang="en-GB"><head><title>Floods hit the north - The Daily Example</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","name":"The Daily Example"},
        {"@type":["NewsArticle"],"headline":"Floods hit the north","datePublished":"2024-03-05T09:30:00+00:00",
         "dateModified":"2024-03-05T11:00:00Z","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
         "publisher":{"@type":"Organization","name":"The Daily Example"},"articleSection":"UK","keywords":"floods, weather"}]}</script>
      </head><body><h1>Floods hit the north</h1><p>Rivers burst their banks.</p></body></html>`);
    expect(r.metadata).toMatchObject({
      title: 'Floods hit the north',
      authors: ['Jane Doe', 'John Roe'],
      date: '2024-03-05T09:30:00+00:00',
      modified: '2024-03-05T11:00:00Z',
      source: 'The Daily Example',
      section: 'UK',
      tags: ['floods', 'weather'],
      language: 'en',
    });
    expect(r.provenance.title).toEqual({ ruleId: 'html-metadata', evidence: 'json-ld NewsArticle.headline (shown in <h1>)' });
    expect(r.provenance.authors!.evidence).toBe('json-ld NewsArticle.author');
  });

  it('falls back to OpenGraph, meta tags and <time>, resolving relative URLs', () => {
    const r = meta(
      `<html><head><title>Budget vote delayed | City News</title>
      <meta property="og:site_name" content="City News"><meta property="og:title" content="Budget vote delayed">
      <meta property="og:image" content="/img/a.jpg"><meta name="description" content="Council puts off the vote.">
      <meta name="author" content="By Maria Lopez"><link rel="canonical" href="/2023/07/01/budget"></head>
      <body><article><time datetime="2023-07-01">July 1</time><p>The council met.</p></article></body></html>`,
      'https://city.example/x?utm=1',
    );
    expect(r.metadata).toMatchObject({
      title: 'Budget vote delayed',
      authors: ['Maria Lopez'],
      date: '2023-07-01',
      url: 'https://city.example/2023/07/01/budget',
      image: 'https://city.example/img/a.jpg',
      description: 'Council puts off the vote.',
      source: 'City News',
    });
    expect(r.provenance.date!.evidence).toBe('<time datetime>');
  });

  it('takes the headline as the page shows it when <title> carries section and site names', () => {
    const r = meta(`<html><head><title>Chelsea hoping to sign Anelka before weekend - Soccer - Sport - Breaking News</title></head>
      <body><div class="nav">Soccer</div><td><b>Chelsea hoping to sign Anelka before weekend</b></td><p>Chelsea are close to a deal.</p></body></html>`);
    expect(r.metadata.title).toBe('Chelsea hoping to sign Anelka before weekend');
  });

  it('prefers the heading above the story to a bare <title> that is only the site name', () => {
    const body = '<p>' + 'Adrian Peterson said on Wednesday that the rushing title matters less than a playoff spot for the Vikings this season. '.repeat(4) + '</p>';
    const r = meta(`<html><head><title>Winona Daily News</title></head>
      <body><ul><li><a href="/">Home</a></li><li><a href="/sports">Sports</a></li></ul>
      <div class="story"><h1>Peterson eyes NFC rushing title, playoffs</h1>${body}${body}</div></body></html>`);
    expect(r.metadata.title).toBe('Peterson eyes NFC rushing title, playoffs');
  });

  it('keeps a bare <title> that opens like the heading above the story (readability rh-0106)', () => {
    const body = '<p>' + 'So long lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore. '.repeat(4) + '</p>';
    const r = meta(`<html><head><title>This is a long title with a colon: Hello there</title></head>
      <body><h1>This is a long title with a colon: But the final text here is different</h1>${body}${body}</body></html>`);
    expect(r.metadata.title).toBe('This is a long title with a colon: Hello there');
  });

  it('finds a byline element when there is no structured author', () => {
    const r = meta('<body><article><h1>T</h1><p class="byline">By <a rel="author" href="/a/x">Sam Kerr</a> and Ana Ruiz</p><p>Text.</p></article></body>');
    expect(r.metadata.authors).toEqual(['Sam Kerr']);
  });

  it('resolves a JSON-LD author given as an @id reference to a Person node (Yoast @graph)', () => {
    // trafilatura tf-0289
    const r = meta(`<head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"Article","@id":"https://www.deviante-pfade.de/unbefriedigt/#article","author":{"@id":"https://www.deviante-pfade.de/author/aureliana/#author"},"headline":"Unbefriedigt"},
      {"@type":"Person","@id":"https://www.deviante-pfade.de/author/aureliana/#author","name":"Aureliana","sameAs":[]}]}</script></head><body><p>Text.</p></body>`);
    expect(r.metadata.authors).toEqual(['Aureliana']);
    expect(r.provenance.authors!.evidence).toBe('json-ld Article.author');
  });

  it("reads Yoast's twitter:label1 = Written by / twitter:data1", () => {
    // trafilatura tf-0388
    const r = meta('<head><meta name="twitter:label1" content="Written by"> <meta name="twitter:data1" content="Kay"></head><body><p>Text.</p></body>');
    expect(r.metadata.authors).toEqual(['Kay']);
    const de = meta('<head><meta name="twitter:label1" content="Verfasst von" /> <meta name="twitter:data1" content="Steffi" /></head><body><p>Text.</p></body>');
    expect(de.metadata.authors).toEqual(['Steffi']);
  });

  it('takes a one-word handle from rel=author and byline markup, but not a label or an agency', () => {
    // trafilatura tf-0106, tf-0311
    const a = meta('<body><article><div class="meta"><div class="date">2. August 2012</div>By <a href="http://tv-orange.de/author/oradmin/" title="Beiträge von oradmin" rel="author">oradmin</a></div><p>Text.</p></article></body>');
    expect(a.metadata.authors).toEqual(['oradmin']);
    const b = meta('<body><article><p class="post-byline"> von <span class="vcard author"> <span class="fn"><a href="https://dubisthalle.de/author/eseppelt" rel="author">eseppelt</a></span> </span></p><p>Text.</p></article></body>');
    expect(b.metadata.authors).toEqual(['eseppelt']);
    expect(meta('<body><article><span class="author">AFP</span><p>Text.</p></article></body>').metadata.authors).toBeUndefined();
    expect(meta('<body><article><span class="author">Autor</span><p>Text.</p></article></body>').metadata.authors).toBeUndefined();
  });

  it('reads the names after a byline label further into an author link (trafilatura tf-0913)', () => {
    // `Zeige alle Beiträge von Petra Ruland`: the label is not at the start.
    const r = meta('<body><article><p class="author-bio"> Mit Liebe schenken. <a class="author-link" href="https://uniqz.de/author/petronella/" rel="author"> Zeige alle Beiträge von Petra Ruland </a></p><p>Text.</p></article></body>');
    expect(r.metadata.authors).toEqual(['Petra Ruland']);
  });

  it('prefers a person in the byline to a meta author that is the site name', () => {
    // trafilatura tf-0411
    const r = meta(`<head><meta name="author" content="Die FURCHE"><meta property="og:site_name" content="Achtsam durch die Krise | Die FURCHE"></head>
      <body><article><div class="author"><a href="/autor/ursula-baatz-1270" rel="author" class="author__link"><div><h2 class="author__name">         Ursula Baatz </h2></div></a></div><p>Text.</p></article></body>`);
    expect(r.metadata.authors).toEqual(['Ursula Baatz']);
    // Nothing better: the site name is kept, and the provenance says so.
    const s = meta('<head><meta name="author" content="finanztreff.de"></head><body><p>Text.</p></body>');
    expect(s.metadata.authors).toEqual(['finanztreff.de']);
    expect(s.provenance.authors!.evidence).toMatch(/names the site or an organisation/);
  });

  it('drops a lone agency or degree next to a name in a meta author, and Twitter handles', () => {
    // trafilatura tf-0325, tf-0337
    expect(meta('<head><meta name="author" content="Rob Picheta, CNN"></head><body><p>x</p></body>').metadata.authors).toEqual(['Rob Picheta']);
    expect(meta('<head><meta name="author" content="Grant Tinsley; PhD"></head><body><p>x</p></body>').metadata.authors).toEqual(['Grant Tinsley']);
    expect(meta('<head><meta name="author" content="Williams Perdomo @wperdomod"></head><body><p>x</p></body>').metadata.authors).toEqual(['Williams Perdomo']);
  });

  it('prefers a printed full name to an author given as initials only', () => {
    // trafilatura tf-0255: JSON-LD author "LN", the page prints "Von Cosima Künzel" under the headline.
    const r = meta(`<head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Hafen wird ausgebaut","author":{"@type":"Person","name":"LN"}}</script></head>
      <body><article><h1>Hafen wird ausgebaut</h1><p class="byline">Von Cosima Künzel</p><p>Der Hafen wird in den nächsten Jahren deutlich ausgebaut, teilte die Stadt mit.</p></article></body>`);
    expect(r.metadata.authors).toEqual(['Cosima Künzel']);
    // Nothing better: the initials stay.
    const jf = meta('<head><meta name="author" content="J.F."></head><body><p>Text.</p></body>');
    expect(jf.metadata.authors).toEqual(['J.F.']);
    expect(jf.provenance.authors!.evidence).toBe('meta author (initials only; nothing better)');
  });

  it('leaves fields absent when the page has nothing', () => {
    const r = meta('<body><p>Just a paragraph of text here.</p></body>');
    expect(r.metadata).toEqual({});
  });

  it('strips site affixes by site name or by a short trailing segment, not a colon', () => {
    expect(stripSiteAffix('Markets fall again | Example Times', 'Example Times')).toBe('Markets fall again');
    expect(stripSiteAffix('Example Times: Markets fall again', 'Example Times')).toBe('Markets fall again');
    expect(stripSiteAffix('Markets fall again as oil slides - BBC News')).toBe('Markets fall again as oil slides');
    expect(stripSiteAffix('Apple’s new phone reviewed: a quiet upgrade')).toBe('Apple’s new phone reviewed: a quiet upgrade');
  });

  it('takes the run of <title> segments a heading shows, the longest when several do (l3s-gn1 gn-0011, gn-0055)', () => {
    const story = 'Another political murder in Lebanon, another dashed hope for peace';
    expect(stripSiteAffix(`SFGate: World Views : ${story}`, undefined, ['SFGate: World Views', story])).toBe(story);
    const egypt = 'Holders Egypt maintain winning run ahead of Nations Cup';
    expect(stripSiteAffix(`News - ${egypt} - Soccerway`, undefined, ['Soccerway', egypt])).toBe(egypt);
  });

  it('strips a domain for a site name and a breadcrumb before the title (l3s-gn1 gn-0229, gn-0107)', () => {
    expect(stripSiteAffix("toledoblade.com -- Steelers' Heinz turf is terrible, Taylor says")).toBe("Steelers' Heinz turf is terrible, Taylor says");
    expect(stripSiteAffix("SignOnSanDiego.com > News > World -- Judges in Liberian ex-president's trial allow video of victims")).toBe(
      "Judges in Liberian ex-president's trial allow video of victims",
    );
    // A short title after a section name is not a breadcrumb.
    expect(stripSiteAffix('Film - Dune reviewed')).toBe('Film - Dune reviewed');
  });

  it('reads the date printed in the article header when the markup has none, even in a <header> that is dropped later', () => {
    // trafilatura tf-0292 (a date line under the <h1>), tf-0139 (a byline with its date), tf-0354
    // (a date opening the lead before a dash), tf-0175 (a labelled date at the start of the lead).
    const page = (header: string, lead = 'The council met on Monday to discuss the budget for next year, and agreed on most of it.') =>
      meta(`<body><header><h1>Council agrees on the budget</h1>${header}</header><article><p>${lead}</p><p>It will vote again in May, the mayor said on Monday evening.</p></article></body>`).metadata.date;
    expect(page('<p>10. November 2021</p>')).toBe('2021-11-10');
    expect(page('<p>Geschrieben von Cooper am 25.08.2015 22:30 (1599 x gelesen)</p>')).toBe('2015-08-25T22:30:00');
    expect(page('', '29.11.2022 – Mehrfach und vehement hatte die Branche die Nachteile des Gesetzes benannt.')).toBe('2022-11-29');
    expect(page('', 'Pressemitteilung vom 25. Januar 2022 | Berlin – Die künftige Zusammenarbeit wurde vereinbart.')).toBe('2022-01-25');
    // Not a publication date: a forum member's sign-up day, a date inside a sentence.
    expect(page('<p>Registriert: 18.09.2008, 05:56</p>')).toBeUndefined();
    expect(page('', 'The council met on 3 March 2021 to discuss the budget for next year, and agreed on most of it.')).toBeUndefined();
  });

  it('reads a date line that is one <br> line of a header block (trafilatura tf-0308)', () => {
    const page = (header: string) =>
      meta(`<body><h2>Levelpässe können ab sofort bestellt werden</h2>${header}<div><p>Insgesamt gibt es zwölf Leistungsstufen, und bei jeder Stufe werden den Aktiven mehrere Übungen abgefordert.</p></div></body>`).metadata.date;
    expect(page('<div><b>Synchronschwimmen</b><br><span>01.02.2022</span> Kategorie: Synchronschwimmen, Verband<br></div>')).toBe('2022-02-01');
    // The same words without the break are no date line; nor is a <br> line with a date inside a sentence.
    expect(page('<div><b>Synchronschwimmen</b> <span>01.02.2022</span> Kategorie: Synchronschwimmen, Verband</div>')).toBeUndefined();
    expect(page('<div><b>Synchronschwimmen</b><br>Die Saison beginnt am 01.02.2022 mit dem ersten Lehrgang in Kassel für alle Vereine</div>')).toBeUndefined();
  });

  it('takes the printed day over a UTC timestamp one day off it (trafilatura tf-0903)', () => {
    const r = meta(`<head><meta property="article:published_time" content="2023-11-09T05:30:59Z"></head><body><h1>Storm closes the coast road</h1>
      <p>PUBLISHED: November 8, 2023 at 11:30 p.m.</p><article><p>The coast road was closed overnight after the storm brought down trees and power lines.</p></article></body>`);
    expect(r.metadata.date).toBe('2023-11-08T23:30:00');
    // A time with its own offset is the page's own day.
    const s = meta(`<head><meta property="article:published_time" content="2023-11-09T05:30:59+01:00"></head><body><h1>Storm closes the coast road</h1>
      <p>PUBLISHED: November 8, 2023</p><article><p>The coast road was closed overnight after the storm brought down trees and power lines.</p></article></body>`);
    expect(s.metadata.date).toBe('2023-11-09T05:30:59+01:00');
  });

  it('reads the byline printed in the article header when the markup names no person', () => {
    const page = (header: string, head = '') =>
      meta(`<head>${head}</head><body><header><h1>Council agrees on the budget</h1>${header}</header><article><p>The council met on Monday to discuss the budget for next year, and agreed on most of it.</p></article></body>`).metadata.authors;
    // trafilatura tf-0243, tf-0715, tf-0820, tf-0222, tf-0515, tf-0008, tf-0127
    expect(page('<p>Gespeichert von rasos am 24. Juli 2017 - 18:55</p>')).toEqual(['rasos']);
    expect(page('<p>Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45</p>')).toEqual(['Pamela Sladky']);
    // The genre before `von` (trafilatura tf-0718, tf-0982); a reader's `Kommentar von` signs no story.
    expect(page('<p>Eine Kolumne von Nils Pickert</p>')).toEqual(['Nils Pickert']);
    expect(page('<p>Eine Analyse von Caspar Schwietering</p>')).toEqual(['Caspar Schwietering']);
    expect(page('<p>Kommentar von Mareike</p>')).toBeUndefined();
    // A forum thread's starter (tf-0933, tf-0542).
    expect(page('<p>Thread starter Tiberius</p>')).toEqual(['Tiberius']);
    expect(page('<p>Themenstarter Pepemaus</p>')).toEqual(['Pepemaus']);
    // A credit for the text, up to the next credit (tf-0069, tf-0713).
    expect(page('<p>Text von Christian Seiler Illustration von Markus Roost</p>')).toEqual(['Christian Seiler']);
    expect(page('<p>Text &amp; Fotos: Ivan Valetny</p>', '<meta name="author" content="Auto Illustrierte GmbH">')).toEqual(['Ivan Valetny']);
    expect(page('<p>Words: Rudolf Fischer, Simon Kohler Photos: Simon Kohler</p>')).toEqual(['Rudolf Fischer', 'Simon Kohler']);
    // A first name alone in the markup, the full name in the header (tf-0718); not a handle the
    // header misreads with the next word (`von KleineGrüneMonster Ein Kommentar`, tf-0546).
    expect(page('<p>Eine Kolumne von Nils Pickert</p>', '<meta name="author" content="Nils">')).toEqual(['Nils Pickert']);
    // The label and the name in elements of their own, as lift-byline reads them in a dump (tf-0776).
    expect(page('<div class="author"><span>By</span><div><a href="/a/todd">Todd Bates</a></div><span>Date</span></div>', '<script type="application/ld+json">{"@type":"Article","headline":"x","author":"Todd"}</script>')).toEqual(['Todd Bates']);
    expect(page('<p>By</p><p>Staff Reports</p>')).toBeUndefined();
    // …and so after the story (tf-0814).
    const story = '<p>Die Windgeschwindigkeit beeinflusst die Leistung einer Anlage mit der dritten Potenz, das ist die wichtigste Erkenntnis.</p>'.repeat(24);
    expect(meta(`<body><article><h1>Der WindRebell</h1>${story}<p>Von:</p><p>Götz Warnke</p></article><footer><p>Meist gesucht:</p></footer></body>`).metadata.authors).toEqual(['Götz Warnke']);
    // The header names the JSON-LD author and a co-author (tf-0320); a role after the name is no co-author (readability rh-0006).
    const ld = '<script type="application/ld+json">{"@type":"Article","headline":"x","author":{"@type":"Person","name":"Rudolf Fischer"}}</script>';
    expect(page('<p>von Rudolf Fischer, Simon Kohler</p>', ld)).toEqual(['Rudolf Fischer', 'Simon Kohler']);
    expect(page('<p>By Rudolf Fischer, Senior Staff Technologist, ACLU Speech</p>', ld)).toEqual(['Rudolf Fischer']);
    // A handle that writes the printed name without its space (tf-0137).
    expect(page('<p>von Arian Schlichenmayer</p>', '<script type="application/ld+json">{"@type":"Article","headline":"x","author":{"@type":"Person","name":"arianschlichenmayer"}}</script>')).toEqual(['Arian Schlichenmayer']);
    expect(page('<p>1. Januar 2016 von KleineGrüneMonster Ein Kommentar</p>', '<meta name="author" content="KleineGrüneMonster"><meta property="og:locale" content="de_DE">')).toEqual(['KleineGrüneMonster']);
    expect(page('<p>von Lars Fischer und Alina Schadwinkel</p>')).toEqual(['Lars Fischer', 'Alina Schadwinkel']);
    expect(page('<p>Cara Stiles | April 13, 2020</p>')).toEqual(['Cara Stiles']);
    expect(page('<p>11.12.2019 - Amelie Loevenich</p>')).toEqual(['Amelie Loevenich']);
    expect(page('<p>MikeNils 18.10.2019, 15:07 Uhr</p>')).toEqual(['MikeNils']);
    expect(page('<p>von Kathrin</p>')).toEqual(['Kathrin']);
    // The printed byline beats a <meta name=author> that names someone else (tf-0139: the site's account).
    expect(page('<p>Geschrieben von Cooper am 25.08.2015 22:30</p>', '<meta name="author" content="Bayrische Bembel">')).toEqual(['Cooper']);
    // A person in the header beats an organisation in the markup (tf-0128).
    expect(page('<p>Von Lisa Petrich</p>', '<meta name="author" content="Example Zeitung GmbH">')).toEqual(['Lisa Petrich']);
    // tf-0058, tf-0367, tf-0424: a name before a date among other header facts, a byline after a date.
    expect(page('<p>Gunter Frank / 22.04.2020 / 06:15 / Foto: Achgut.com / 150 /</p>')).toEqual(['Gunter Frank']);
    expect(page('<p>Posted on September 21, 2020 by Adi Tzlil</p>')).toEqual(['Adi Tzlil']);
    expect(page('<p>Marco Kratzenberg , 01. Dez. 2017, 12:01 Uhr 3 min Lesezeit</p>')).toEqual(['Marco Kratzenberg']);
    // Two names around a date: which one is the author is unknown.
    expect(page('<p>The Guardian 02/10/2020 Anna Fazackerley</p>')).toBeUndefined();
    // Not bylines: a word that starts like a label, a lone word beside a date, an agency.
    expect(page('<p>Partager</p>')).toBeUndefined();
    expect(page('<p>Home 10.11.2021</p>')).toBeUndefined();
    expect(page('<p>dpa am 25.01.2022</p>')).toBeUndefined();
  });

  it("names the author an author box's link to more of their stories names (trafilatura tf-0383, tf-0589, tf-0838)", () => {
    const page = (box: string, head = '') =>
      meta(`<head>${head}</head><body><article><h1>Firmenwagen: Leasing oder Finanzierung?</h1>
        <p>Wer einen Firmenwagen braucht, steht vor der Wahl zwischen Leasing und Finanzierung, und beide haben ihre Vorteile.</p></article>
        <aside><p>${box}</p><ul><li><a href="/a">Steuern sparen mit dem Dienstwagen</a></li></ul></aside><footer><p>Impressum</p></footer></body>`).metadata.authors;
    expect(page('Alles von Martin Junker')).toEqual(['Martin Junker']);
    expect(page('More from Inga Hoeltmann')).toEqual(['Inga Hoeltmann']);
    // The full name for a first name in the markup (tf-0838: `rel=author` is `Henry`).
    expect(page('MEHR VON HENRY STEINHAU', '<meta name="author" content="Henry">')).toEqual(['Henry Steinhau']);
    // Not a person: the site, a team, a section.
    expect(page('Mehr von uns')).toBeUndefined();
    expect(page('Mehr von meininger.de')).toBeUndefined();
    expect(page('More from Politics')).toBeUndefined();
  });

  it('takes the <h1> when no title candidate is shown as such but the <h1> rewords or contains one', () => {
    const body = '<p>The council met on Monday to discuss the budget for next year, and agreed on most of it.</p>';
    // trafilatura tf-0005: og:title and <h1> word the same headline differently; the reader sees the <h1>.
    const a = meta(`<head><meta property="og:title" content="DB Lounge: Kein Zutritt mehr mit Sparpreis-Tickets"></head><body><h1>DB Lounge: Kein Zugang mehr mit Sparpreis-Ticket</h1>${body}</body>`);
    expect(a.metadata.title).toBe('DB Lounge: Kein Zugang mehr mit Sparpreis-Ticket');
    // tf-0618: the <h1> glues a kicker before the headline the <title> gives after a colon.
    const b = meta(`<head><title>Corona-Lockerungen: Autohäuser rechnen mit langsamem Anlaufen des Geschäfts | MDR.DE</title><meta property="og:title" content="MDR.DE"></head><body><h1>Nach Corona-Lockerungen Autohäuser rechnen mit langsamem Anlaufen des Geschäfts</h1>${body}</body>`);
    expect(b.metadata.title).toBe('Autohäuser rechnen mit langsamem Anlaufen des Geschäfts');
    // An <h1> about something else does not replace the title.
    const c = meta(`<head><meta property="og:title" content="Storm closes the coast road overnight"></head><body><h1>Weather and traffic news</h1>${body}</body>`);
    expect(c.metadata.title).toBe('Storm closes the coast road overnight');
  });

  it('prefers a candidate shown exactly in a heading over an earlier one shown only in a plain block', () => {
    // readability rh-0123: JSON-LD headline is a description repeated in the lead; <title> is the <h1>.
    const r = meta(`<head><title>Hermitian matrix - Wikipedia</title><script type="application/ld+json">{"@type":"Article","headline":"matrix equal to its conjugate-transpose"}</script></head>
      <body><h1>Hermitian matrix</h1><p>matrix equal to its conjugate-transpose</p><p>In mathematics, a Hermitian matrix is a complex square matrix that is equal to its own conjugate transpose.</p></body>`);
    expect(r.metadata.title).toBe('Hermitian matrix');
  });

  it('takes the page-offset twin of a UTC timestamp (readability rh-0120)', () => {
    const r = meta(`<head><meta property="article:published_time" content="2017-02-23T17:18:13-08:00">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Star Wars cuts","dateCreated":"2017-02-24T01:18:13Z"}</script></head><body><p>Text.</p></body>`);
    expect(r.metadata.date).toBe('2017-02-23T17:18:13-08:00');
    // Another instant is not a twin.
    const s = meta(`<head><meta property="article:published_time" content="2017-02-22T17:18:13-08:00">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Star Wars cuts","dateCreated":"2017-02-24T01:18:13Z"}</script></head><body><p>Text.</p></body>`);
    expect(s.metadata.date).toBe('2017-02-24T01:18:13Z');
  });

  it("takes the page-offset twin of a UTC timestamp from the story's <time datetime> (trafilatura tf-0020)", () => {
    const page = (time: string) =>
      meta(`<head><meta property="article:published_time" content="2022-05-04T03:37:37+00:00"></head><body><article><h1>Trashion fashion show at the school</h1>
        <div class="td-post-header"><time class="entry-date updated td-module-date" datetime="${time}"></time><span class="td-author">Redazione</span></div>
        <p>The minister came to the show and praised the pupils for the clothes they had made out of plastic waste from the beach.</p></article></body>`).metadata.date;
    expect(page('2022-05-03T23:37:37-04:00')).toBe('2022-05-03T23:37:37-04:00');
    // Another instant is not a twin.
    expect(page('2022-05-02T23:37:37-04:00')).toBe('2022-05-04T03:37:37+00:00');
  });

  it('dates a page with no article node by the datePublished of its JSON-LD WebPage, Recipe or HowTo (trafilatura tf-0216, tf-0244, tf-0485, tf-0797)', () => {
    const page = (ld: string) =>
      meta(`<head><script type="application/ld+json">${ld}</script></head><body><h1>Mandarinen-Schmand-Kuchen</h1>
        <p>Den Backofen auf 180 Grad vorheizen, den Teig in die gefettete Form geben und die Mandarinen darauf verteilen.</p></body>`).metadata.date;
    expect(page('{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example"},{"@type":"WebPage","name":"About us","datePublished":"2018-06-07T10:13:17+00:00"}]}')).toBe('2018-06-07T10:13:17+00:00');
    expect(page('{"@type":"Recipe","name":"Mandarinen-Schmand-Kuchen","datePublished":"2006-10-10","author":{"@type":"Person","name":"Anna"}}')).toBe('2006-10-10');
    // A video or a picture on the page is dated by its own upload, not the page's.
    expect(page('{"@type":"VideoObject","name":"Clip","uploadDate":"2020-04-12","datePublished":"2020-04-12"}')).toBeUndefined();
    // A date line under the headline comes first, as for a date in the URL (trafilatura tf-0056: the
    // cleaners then know the page is dated by its header).
    const r = meta(`<head><script type="application/ld+json">{"@type":"WebPage","datePublished":"2019-09-17T14:54:31+02:00"}</script></head><body>
      <h1>Milchstraße über dem Kasberg</h1><p>September 17, 2019 Helmut Rubik</p><p>Die Milchstraße stand in dieser Nacht klar über dem Kasberg im Frankenland, fotografiert mit dem Teleobjektiv.</p></body>`);
    expect(r.metadata.date).toBe('2019-09-17');
    expect(r.provenance.date?.evidence).toMatch(/^date line near the headline/);
  });

  it('takes the printed publication date over a JSON-LD, generic meta or <time> date of another day', () => {
    const page = (head: string, line: string) =>
      meta(`<head>${head}</head><body><h1>Council agrees on the budget</h1><p>${line}</p><article><p>The council met on Monday to discuss the budget for next year, and agreed on most of it.</p></article></body>`).metadata.date;
    // trafilatura tf-0062, tf-0287: a republished story, a CMS date.
    expect(page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished":"2021-11-22T18:42:22+01:00"}</script>', '1. Januar 2023')).toBe('2023-01-01');
    expect(page('<meta name="date" content="2021-12-20T11:02:44+01:00">', '27.01.2022')).toBe('2022-01-27');
    // article:published_time stands; an update line and a numeric date in the other order are no contradiction.
    expect(page('<meta property="article:published_time" content="2021-11-22T18:42:22+01:00">', '1. Januar 2023')).toBe('2021-11-22T18:42:22+01:00');
    expect(page('<meta name="date" content="2021-12-20T11:02:44+01:00">', 'Aktualisiert am 27.01.2022')).toBe('2021-12-20T11:02:44+01:00');
    expect(page('<meta name="date" content="2021-11-01T05:00:14">', '11/01/2021')).toBe('2021-11-01T05:00:14');
  });

  it('cuts a <title> the page does not show to the segments its body speaks of (l3s-gn1 gn-0207, gn-0580)', () => {
    const para = (s: string) => `<p>${s}</p>`;
    const body = [
      'President Bush delivered his speech to the nation on Monday evening and the response from both parties was mixed, with many lawmakers cautious.',
      'Democrats said the speech offered little that was new, while Republicans praised the president for his firm tone on the economy and the war.',
      'Analysts said the mixed response reflected deep divisions over policy ahead of the election, and polls showed the public split on the speech.',
    ].map(para).join('');
    const site = meta(`<html><head><title>Khaleej Times Online - Bush speech draws mixed response</title></head>
      <body><div class="story">${body}</div></body></html>`);
    expect(site.metadata.title).toBe('Bush speech draws mixed response');
    expect(site.provenance.title!.evidence).toBe('<title>, its site affixes told by the body, (not shown in the page)');
    const trail = meta(`<html><head><title>Moon Learns From His Mistake - HOOPSWORLD | NBA News, Rumors and Information</title></head>
      <body><div class="story">${para('Jamario Moon learns from his mistake after the coach benched him for a game, and he played hard on defense in the win over Boston on Sunday night.')}${body}</div></body></html>`);
    expect(trail.metadata.title).toBe('Moon Learns From His Mistake');
    // A section label is no story title: nothing is cut when what remains has fewer than three long words.
    const arts = para('The arts and entertainment calendar of the week brings a film festival, two concerts and a new play by a local company to the old theatre.');
    const label = meta(`<html><head><title>Arts and Entertainment - Summit Daily News for Breckenridge, Keystone and Frisco</title></head>
      <body><div class="story">${arts}${body}</div></body></html>`);
    expect(label.metadata.title).toBe('Arts and Entertainment - Summit Daily News for Breckenridge, Keystone and Frisco');
  });

  it('takes the heading above the story over a <title> shown only as a masthead the body never mentions (l3s-gn1 gn-0462)', () => {
    const body =
      '<p>Cristiano Ronaldo could earn a far greater fortune at Real Madrid than at Manchester United, his agent said in Lisbon on Tuesday.</p>' +
      '<p>The Spanish club is ready to pay a record fee for the winger, who scored twice at the weekend and leads the scoring charts this season.</p>';
    const r = meta(`<html><head><title>Cape Argus</title></head>
      <body><div class="masthead">Cape Argus</div><div class="story"><h1>Ronaldo could earn greater fortune at Real</h1>${body}${body}</div></body></html>`);
    expect(r.metadata.title).toBe('Ronaldo could earn greater fortune at Real');
    // A title shown in a heading stays, even when the body does not use its words (trafilatura tf-0899).
    const kept = meta(`<html><head><title>Einzeltraining</title></head>
      <body><div class="story"><h1>Einzeltraining</h1><h2>Wie läuft das Training ab?</h2>${body}${body}</div></body></html>`);
    expect(kept.metadata.title).toBe('Einzeltraining');
  });

  it('takes the headline at the top of the story over a title that names a section or the site (l3s-gn1 gn-0129, gn-0069)', () => {
    const body =
      '<p>Congress is asking the Justice Department to investigate whether a former league MVP lied to committee staff when he was questioned about drug use.</p>' +
      '<p>The committee chairman opened the hearing on Tuesday by saying the player had told investigators he never used illegal drugs, which a later report disputed.</p>' +
      '<p>The panel concluded that further investigation of the statements was warranted and sent its findings to the department for review this week.</p>' +
      '<p>Lawmakers had questioned the shortstop in a hotel room two years ago, after a teammate blamed his positive steroid test on a vitamin injection.</p>';
    const story = `<div class="story"><p>Tue, 15 Jan 2008 14:50:06 GMT</p><h2>Congress asks Justice Department to investigate player</h2>${body}${body}</div>`;
    // A section label in an <h1> above the story (the <title> is that label after a domain).
    const section = meta(`<html><head><title>cbs4denver.com - Sports Wire</title></head>
      <body><div class="top"><h2>Search</h2><h1>Sports Wire</h1></div>${story}</body></html>`);
    expect(section.metadata.title).toBe('Congress asks Justice Department to investigate player');
    expect(section.provenance.title!.evidence).toMatch(/^<h2> at the top of the main content \("Sports Wire" .* is shown only outside the main content\)$/);
    // A domain for a title, shown in the masthead.
    const domain = meta(`<html><head><title>Northeastern News from the Wire | example.com - The Example Leader</title></head>
      <body><div class="top"><h1>Example.com</h1></div>${story}</body></html>`);
    expect(domain.metadata.title).toBe('Congress asks Justice Department to investigate player');
    // A pun headline in the story's own <h1>, with a dek the body speaks of: kept.
    const pun = meta(`<html><head><title>Slammer for Rammer</title></head>
      <body><div class="top"><h2>Sports Wire</h2></div><div class="story"><h1>Slammer for Rammer</h1>
      <h2>Congress asks Justice Department to investigate player</h2>${body}${body}</div></body></html>`);
    expect(pun.metadata.title).toBe('Slammer for Rammer');
  });

  it('takes the title segment shown in a main-content heading over one shown in the masthead at the same level (l3s-gn1 gn-0314)', () => {
    const body =
      '<p>The network is weighing whether the long-running drama will return for another season, executives told affiliates at a meeting on Friday.</p>' +
      '<p>Ratings fell sharply in the autumn, and the studio that produces the show has asked for a larger licence fee to keep the cast together.</p>';
    const r = meta(`<html><head><title>The Final Chapter? - 1/21/2008 - Broadcasting &amp; Cable</title></head>
      <body><div class="top"><h1>Broadcasting &amp; Cable</h1></div><div class="story"><h1>The Final Chapter?</h1>${body}${body}</div></body></html>`);
    expect(r.metadata.title).toBe('The Final Chapter?');
  });

  it('takes the name that signs the story at its end when nothing else names an author (trafilatura tf-0327, tf-0415)', () => {
    const prose = '<p>' + 'Tappara Tampere gastiert nun am ersten März im schwedischen Ängelholm, um den Sieger der Saison und damit den Nachfolger des Rekordchampions zu ermitteln. '.repeat(2) + '</p>';
    const page = (end: string) => meta(`<html lang="de"><head><title>Tappara steht im Finale</title></head>
      <body><article><h1>Tappara steht im Finale</h1>${prose}${prose}<p><b><i>${end}</i></b></p></article></body></html>`);
    const signed = page('Stefan Wasmer');
    expect(signed.metadata.authors).toEqual(['Stefan Wasmer']);
    expect(signed.provenance.authors!.evidence).toBe('name signing the story ("Stefan Wasmer")');
    expect(page('Text: Ursula Eggers').metadata.authors).toEqual(['Ursula Eggers']);
    expect(page('Text von Christian Seiler Illustration von Markus Roost').metadata.authors).toEqual(['Christian Seiler']);
    // A label after the story is no name (stopwords, or words not written like a name).
    expect(page('Alle Artikel').metadata.authors).toBeUndefined();
    expect(page('Top Stories').metadata.authors).toBeUndefined();
    expect(page('SOURCE BET Networks').metadata.authors).toBeUndefined();
  });

  it("takes the byline of a post-meta footer after the story, up to the next label (trafilatura tf-0416, tf-0178)", () => {
    const para = '<p>' + 'Die Fahrgestelle aus dieser Zeit wurden erst nach dem Krieg aus Altbeständen umgebaut und blieben bis in die sechziger Jahre im Dienst der Feuerwehr. '.repeat(2) + '</p>';
    const page = (footer: string) => meta(`<html lang="de"><head><title>Feuerwehrfahrzeuge der Nachkriegszeit</title></head>
      <body><article><h1>Feuerwehrfahrzeuge der Nachkriegszeit</h1>${para.repeat(20)}</article><div class="meta"><p>${footer}</p></div></body></html>`);
    expect(page('erstellt von Dominique — veröffentlicht 28.01.2022 06:00').metadata.authors).toEqual(['Dominique']);
    expect(page('Autor: Klausmartin Friedrich Tags: 1907, 1931, Feuerwehr').metadata.authors).toEqual(['Klausmartin Friedrich']);
    expect(page('Par Olivier Minot Olivier Minot').metadata.authors).toEqual(['Olivier Minot']);
    expect(page('Posted by Alon Zakai.').metadata.authors).toEqual(['Alon Zakai']);
    // A comment's signature is not the story's byline.
    expect(page('Posted by: omni | Mar 22, 2007 12:56:24 AM').metadata.authors).toBeUndefined();
  });

  it('reads byline elements by a BEM/hyphen class ending in -author, not in comments or article listings (trafilatura tf-0166, tf-0229)', () => {
    const body = '<p>' + 'The mission of the community team is to support the people who organise local meetups all over the world. '.repeat(3) + '</p>';
    const page = (cls: string) => meta(`<html><head><title>Community update</title></head><body><article><h1>Community update</h1>
      <p class="${cls}">Andrea Middleton</p>${body}</article></body></html>`);
    expect(page('post-author-name').metadata.authors).toEqual(['Andrea Middleton']);
    expect(page('header-info__author').metadata.authors).toEqual(['Andrea Middleton']);
    expect(page('node__author').metadata.authors).toEqual(['Andrea Middleton']);
    expect(page('comment-author').metadata.authors).toBeUndefined();
    // The comment word inside the compound too (trafilatura tf-0837: a commenter from `.w-comments-item-author`).
    expect(page('w-comments-item-author').metadata.authors).toBeUndefined();
    expect(page('wp-block-reply-author').metadata.authors).toBeUndefined();
    expect(page('article-listing__author').metadata.authors).toBeUndefined();
  });

  it('decodes HTML character references in JSON-LD strings (trafilatura tf-0701, tf-0039, tf-0794)', () => {
    const r = meta(`<html><head><title>x</title><script type="application/ld+json">{"@type":"NewsArticle",
      "headline":"TV-TIPP &#8211; ARD-Doku &#8222;Loriot 100&#8220; &amp; mehr: Wohngew&#x00E4;chshaus &bogus;",
      "author":{"@type":"Person","name":"Redacci&oacute;n Diario Pagina Siete"}}</script></head>
      <body><p>Text.</p></body></html>`);
    expect(r.metadata.title).toBe('TV-TIPP – ARD-Doku „Loriot 100“ & mehr: Wohngewächshaus &bogus;');
    expect(r.metadata.authors).toEqual(['Redacción Diario Pagina Siete']);
  });

  it('reads a byline element whose screen-reader label is glued to the name (trafilatura tf-0764)', () => {
    const body = '<p>' + 'Fifteen years ago I started this blog to write about teaching, learning and the web. '.repeat(3) + '</p>';
    const r = meta(`<html><head><title>15 Jahre</title></head><body><article><h1>15 Jahre</h1>
      <p class="entry-meta"><span class="byline"><span class="author vcard"><span class="screen-reader-text">Author</span><a class="url fn n" href="/author/x/">Andreas Kalt</a></span></span></p>${body}</article></body></html>`);
    expect(r.metadata.authors).toEqual(['Andreas Kalt']);
  });

  it('normalises dates to ISO 8601', () => {
    expect(toIsoDate('2019-10-19T08:15:00+0200')).toBe('2019-10-19T08:15:00+02:00');
    expect(toIsoDate('2019-10-19T00:00:00')).toBe('2019-10-19');
    expect(toIsoDate('1571465700')).toBe('2019-10-19T06:15:00Z');
    expect(toIsoDate('not a date')).toBeUndefined();
  });
});
