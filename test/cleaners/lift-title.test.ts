import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';

const only = { type: 'text' as const };
const seed = (n: string): string => readFileSync(new URL(`../../samples/seed-${n}/input.txt`, import.meta.url), 'utf8');
const lifted = (r: ReturnType<typeof clean>, id: string): string[] => r.removed.filter((x) => x.ruleId === id).map((x) => x.text);

describe('lift-title', () => {
  it('reaches a dump headline far above the body (a recipe: the ingredient list between)', () => {
    const ingredients = Array.from({ length: 24 }, (_, k) => `${k + 1} EL Zutat Nummer ${k + 1}`);
    const method = [
      'Für die Muffins zuerst das Mehl in eine Schüssel sieben und mit dem Backpulver gründlich vermischen, dann den Zucker dazugeben.',
      'Die Muffins im vorgeheizten Ofen bei 180 Grad etwa zwanzig Minuten backen, bis sie goldbraun sind, und danach abkühlen lassen.',
    ];
    const page = ['Home » Rezepte', 'Muffins mit Backpulver und Zucker backen', ...ingredients, 'Home » Rezepte', ...method].join('\n');
    // 26 kept blocks between the headline and the method: out of reach of the HTML zone (20).
    expect(clean(page, only).metadata.title).toBe('Muffins mit Backpulver und Zucker backen');
  });

  it('finds the headline below navigation lines, by its place and words (seed 001)', () => {
    const r = clean(seed('001'), only);
    expect(r.metadata.title).toBe('US-Iran Have "Heated Exchange"');
    expect(lifted(r, 'lift-title')).toEqual(['US-Iran Have "Heated Exchange"']);
    expect(r.text).not.toContain('Heated Exchange"\n');
  });

  it('finds the headline as the first line (seed 002) and after a date line (seed 004)', () => {
    expect(clean(seed('002'), only).metadata.title).toBe('U.S., Iran hold "positive" talks on Iraq violence');
    expect(clean(seed('004'), only).metadata.title).toBe('US-Iranian talks on Iraqi security situation end');
  });

  it('leaves the title absent when there is none (seeds 000, 003)', () => {
    expect(clean(seed('000'), only).metadata.title).toBeUndefined();
    expect(clean(seed('003'), only).metadata.title).toBeUndefined();
  });

  it('prefers the line right above the byline to a section label (dragnet dn-0456)', () => {
    const input = [
      'Social Media Marketing',
      'Facebook',
      'Google +',
      'Better Social Integration for Ultimate UX',
      'by Mackenzie Fogelson on 11/06/2012 • No Comments | Social Media',
      'More and more, it’s becoming imperative for companies to provide a unified experience between their website and their social media presence, and social integration is how they get there.',
      'Social media is an enormous component to getting the full experience of any company’s brand. That’s why it’s so important to integrate social media into your website for the ultimate user experience.',
    ].join('\n');
    const r = clean(input, only);
    expect(r.metadata.title).toBe('Better Social Integration for Ultimate UX');
    expect(r.metadata.authors).toEqual(['Mackenzie Fogelson']);
  });

  it('finds a German headline (trafilatura tf-0412)', () => {
    const input = [
      'Netzpolitik',
      '05/08/2019',
      'Uber-Konkurrent Lyft startet mit Waymo-Robotertaxis in USA',
      'Der Fahrdienst-Vermittler Lyft wird in den USA künftig auch selbstfahrende Autos der Google-Schwesterfirma Waymo einsetzen. Die Robotertaxis sollen zunächst im Großraum Phoenix unterwegs sein.',
      'Waymo hatte dort bereits im vergangenen Dezember einen eigenen Fahrdienst mit selbstfahrenden Autos gestartet, die Zahl der Nutzer ist aber begrenzt.',
    ].join('\n');
    const r = clean(input, only);
    expect(r.metadata.title).toBe('Uber-Konkurrent Lyft startet mit Waymo-Robotertaxis in USA');
    expect(r.metadata.date).toBe('2019-08-05');
  });

  it('does not take a photo caption credit for the headline (l3s-gn1 gn-0085 style)', () => {
    const input = [
      'Marcos Baghdatis (AAP)',
      'Marcos Baghdatis has denied partying with fans who were evicted from the Australian Open for chanting.',
      'Baghdatis was filmed with the fans, who were removed from Melbourne Park, but the Cypriot said he had not partied with them.',
    ].join('\n');
    expect(clean(input, only).metadata.title).toBeUndefined();
  });

  it("takes the headline above the story over a markup title shown nowhere in the page (l3s-gn1 gn-0118)", () => {
    const html = `<html><head><title>Charleston Daily Mail</title></head><body>
      <div class="nav"><a href="/">News</a> <a href="/s">Sports</a> <a href="/o">Opinion</a></div>
      <div class=headline>For the first time in a decade, former winner Jim McGovern back on tour</div>
      <div class=body><p>By DOUG FERGUSON</p> <p> AP Golf Writer</p>
      <p> HONOLULU (AP) -- The PGA Tour has 22 rookies at the Sony Open. That doesn't include Jim McGovern.</p> <p> He only feels like one.</p>
      <p> McGovern is a 42-year-old father of four who first joined the PGA Tour when some of these rookies were still in diapers and wondered if he would ever make it back to place like Waialae Country Club, the first full-field event of the year.</p>
      <p> McGovern returns to full status for the first time in 10 years when he tees off Thursday in the Sony Open, the first full-field event of the year that is rife with optimism, not to mention introductions.</p></div></body></html>`;
    const r = clean(html, { type: 'html', explain: true });
    expect(r.metadata.title).toBe('For the first time in a decade, former winner Jim McGovern back on tour');
    expect(r.provenance!.title).toEqual({ ruleId: 'lift-title', evidence: expect.stringContaining('the markup\'s title "Charleston Daily Mail" is not shown in the page') });
    expect(r.text).not.toContain('For the first time in a decade, former winner');
    // A markup title about what the body says stays, shown or not.
    const own = clean(html.replace('<title>Charleston Daily Mail</title>', '<title>McGovern back on the PGA Tour at the Sony Open</title>'), { type: 'html' });
    expect(own.metadata.title).toBe('McGovern back on the PGA Tour at the Sony Open');
  });

  it('takes the headline above its second, shorter headline, not the one nearer the body (trafilatura tf-0012)', () => {
    const input = [
      'Kölner Stadt-Anzeiger',
      'Region',
      'Rhein-Berg',
      'Bergisch Gladbach',
      'Bergisch Gladbach: die Stadt verklagt die Baufirma wegen schlechter Pflastersteine',
      'Pflaster-Desaster: Gladbacher Fußgängerzone in schlechtem Zustand',
      'Von',
      'Claus Boelen-Theile',
      '19.10.19, 08:00 Uhr',
      'email',
      'facebook',
      'Die Versprünge zwischen den einzelnen Pflastersteinen sind zum Teil erheblich. Die Stadt glaubt, dass es an einem fehlerhaften Einbau liegt und prozessiert gegen die Baufirma.',
      'Bergisch Gladbach -',
      'Diese Flaniermeile ähnelt einer übergroßen Stolperfalle. Dabei ist das Pflaster der Gladbacher Fußgängerzone erst sechs Jahre alt.',
      'Wenn man es nicht wüsste, könnten die grauen Steinchen für älter gehalten werden: An manchen Stellen wirkt das Straßenpflaster deutlich in die Jahre gekommen. Ecken an den Pflastersteinen sind unschön abgeplatzt. Fugen sind offen.',
      'Die Stadt sah sich schon vor Monaten genötigt, die heftigsten Stolperstellen mit rotweißen Warnbaken zu markieren. Zwei Stellen sind mit Balken versehen. Es könnte aber auch ein paar mehr sein.',
    ].join('\n');
    expect(clean(input, only).metadata.title).toBe('Bergisch Gladbach: die Stadt verklagt die Baufirma wegen schlechter Pflastersteine');
  });

  it('does not take a share-widget label for the headline (dragnet dn-0979)', () => {
    const input = [
      'Holiday Gift Guide',
      'Help NYC Bounce Back',
      'Comments',
      'Pin It',
      'Send to a Friend',
      'fashion - November 09, 2012',
      "Swap 'til You Drop on Once Loved Laundry",
      'Star-studded secondhand goods',
      'They say a picture’s worth a thousand words. But you love a good backstory.',
      'Like the one behind new shopping site Once Loved Laundry.',
      'Model-turned-stylist and founder Jessica Malafouris enlists fashion industry friends for regular posts to an immaculately curated, Tumblr-based shop that’s equal parts home tour and intimate retail experience.',
      'Connect with design mainstays (Rogan Gregory, Mara Hoffman) and under-the-radar insiders (stylist Sofia Karvela) via Malafouris’s close-up lens and their gently used, one-of-a-kind clothing.',
      'Malafouris keeps tours rolling with an ever-changing, always-original Proust Questionnaire (provided Proust had to answer unexpected questions such as “Best swearword ever?”).',
      'But enough with the dirty details.',
      'Available at oncelovedlaundry.com, $20-$500.',
      'Photo: Courtesy of Once Loved Laundry',
    ].join('\n');
    expect(clean(input, only).metadata.title).toBe("Swap 'til You Drop on Once Loved Laundry");
  });

  it('takes a headline that shares no word with the body by its place, right above the byline (l3s-gn1 gn-0010)', () => {
    const input = [
      'Real Estate',
      'Autos',
      'Back to front page »',
      'December 27, 2007, 5:19 pm',
      'That Way iCutting Lies',
      'By Tobin Harshaw',
      'Tags: patents',
      '“Apple Chief Executive Steve Jobs wants to patent a process that will save customers the hassle of waiting to order a cup of coffee at a local Starbucks or a fresh burger at the nearest fast food restaurant,” reports Forbes’s Brian Caulfield.',
      '“Customers might tap a button to order their favorite drink, say a double-shot mocha, as they stroll up to the nearest coffee shop. When the drink is ready go to, the device — such as an iPhone — would chime or blink to let the thirsty one know it’s time to scoop up the order at the counter.”',
      '“Sound like heaven?” asks Tim Stevens at the AOL’s techno-blog, Switched.',
      '“Yes — assuming of course you aren’t the one stuck waiting in line while some jerk with an iPhone virtually cuts ahead of you by placing his drink order from the parking lot. That, we think, could get somewhat irritating.”',
    ].join('\n');
    const r = clean(input, only);
    expect(r.metadata.title).toBe('That Way iCutting Lies');
    expect(r.metadata.authors).toEqual(['Tobin Harshaw']);
    // With nothing that reads as running text there is no place to go by: no title.
    expect(clean('Test Case 2\nA line.\n', only).metadata.title).toBeUndefined();
  });

  it('does not take a photo credit line for the headline (trafilatura tf-0643)', () => {
    const input = [
      '© WERK/CHRISTIAN HOUDEK',
      'Zweirad',
      '11/01/2021',
      'Seat Mo 125: Was kann der Elektroroller mit dem Akku-Trolley?',
      'Was kann der neue Elektro-Roller der Spanier mit der interessanten Akku-Lösung? Wir haben den Mo getestet',
      'von Michael Andrusio',
      'facebookfacebookMessengerwhatsapptwittermailpocket',
      'Dass es unter den Autoherstellern solche gibt, die auch einspurige Gefährte produzieren, ist soweit nicht neu. Suzuki oder Honda haben eine entsprechend lange Tradition. Jetzt kommt auch Seat dazu und verfolgt als Neueinsteiger einen anderen Ansatz.',
      'Der (Elektro-)Roller versteht sich hier als Ausweitung des Mobilitätsangebots. Heißt, in den großen Citys geht mit dem Auto oft nichts mehr – ein leichter, quirliger Scooter ist da gerade recht, um voranzukommen. Und hier setzt Seat mit dem Mo eScooter 125 an. Das Gefährt wurde mit Silence, einem Spezialisten für Elektro-Roller aus Barcelona, entwickelt. Der Elektromotor des Rollers ist im Hinterrad eingebaut und leistet 7 kW bzw. eine Spitzenleistung von 9 kW. Damit entspricht der Seat-Roller verkehrstechnisch einem Roller mit 125-ccm-Motor (und kann auch mit dem entsprechenden Führerschein bewegt werden).',
      '© Bild: Werk/CHRISTIAN HOUDEK',
      'Reichweite',
      'Mit der Kraft des E-Motors beschleunigt der 155 Kilo Roller ziemlich flott. Noch dynamischer wird es, wenn man den Sport-Modus anwählt, aber im City-Modus, der quasi dem Normal-Modus entspricht, ist man gut aufgehoben. Als dritten Modus gibt es noch den Eco-Mode, der die Fahrleistungen einbremst und dafür für mehr Reichweite sorgt. Stichwort Reichweite. Seat gibt maximal 137 Kilometer an. In unserem Test zeigt der Bordcomputer bei 100 Prozent Ladung 100 Kilometer an, wobei wir meist im City-Modus unterwegs waren. Und das ist eigentlich mehr als ausreichend.',
    ].join('\n');
    expect(clean(input, only).metadata.title).toBe('Seat Mo 125: Was kann der Elektroroller mit dem Akku-Trolley?');
  });

  it('takes a headline opening with a name written with a capital inside, not any lower-case line (trafilatura tf-0007)', () => {
    const input = [
      'Workshops',
      'Impressum',
      'Datenschutz',
      'iMac 5K Lightroom Performance gelöst – Danke an die Community',
      'Paddy · April 19, 2019 · Mac · 7 comments',
      'Ich freue mich wie ein kleines Kind. Nachdem ich in meinem letzten VLog die Performance von Lightroom auf meinem neuen iMac Pro beklagt hatte, bekam ich von drei Lesern einen sehr hilfreichen Tipp.',
      'Ich hatte ja schon festgestellt, dass die Probleme mit der hohen Auflösung der 5K-Displays zu tun haben und Lightroom auf dem iMac deshalb so langsam ist.',
    ].join('\n');
    expect(clean(input, only).metadata.title).toBe('iMac 5K Lightroom Performance gelöst – Danke an die Community');
    const label = input.replace('iMac 5K Lightroom Performance gelöst – Danke an die Community', 'mehr zu Lightroom Performance gelöst');
    expect(clean(label, only).metadata.title).toBeUndefined();
  });

  it('reads the headline off an HTML block whose lines a single <br> breaks (headline, byline, date; a section link above)', () => {
    const body = `<div class="text"><p>According to a report on USA Today's Website, a California-based software company plans to unveil the first set of mobile applications for Google's open mobile phone platform Android today.</p>
      <p>A La Mobile reportedly is running the prototype Android apps on an older HTC handset. The suite includes a browser, phone dialer, audio player and a mapping application.</p>
      <p>Google, with the backing of its Open Handset Alliance, says plans are on track to launch an Android-based phone in the later half of this year.</p></div>`;
    const html = `<html><head><title>Wireless Week</title></head><body><div>
      <span class="sections">Startup Reveals First Android Apps</span><br />
      <span class="headline">By Teresa von Fuchs</span><br />
      <span class="headline">WirelessWeek - January 14, 2008</span><br />
      ${body}</div></body></html>`;
    const r = clean(html, { type: 'html', explain: true });
    expect(r.metadata.title).toBe('Startup Reveals First Android Apps');
    expect(r.metadata.authors).toEqual(['Teresa von Fuchs']);
    expect(r.text).not.toContain('Startup Reveals');
    // A section link on the line above the headline is not the headline.
    const above = `<html><head><title>News Update Service</title></head><body><div>
      <a href="/top">Top Stories</a><br><b>Android apps revealed by a startup</b>
      ${body}</div></body></html>`;
    expect(clean(above, { type: 'html' }).metadata.title).toBe('Android apps revealed by a startup');
  });
});
