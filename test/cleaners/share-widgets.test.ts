import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { shareWidgets } from '../../src/cleaners/share-widgets.js';
import { removedBy } from './run-junk.js';

const only = { type: 'text' as const };
const BODY = 'Tehran has responded accusing Washington of causing the chaos in Iraq through its occupation.';

describe('share-widgets', () => {
  it('removes widget labels from the AsiaNews seed', () => {
    const input = ['Send to a friend', BODY, 'Printable version', 'Slideshow ( 15 images )'].join('\n');
    const { text, removed } = clean(input, only);
    expect(text).toBe(BODY);
    expect(removed.filter((r) => r.ruleId === 'share-widgets').map((r) => r.text)).toEqual([
      'Send to a friend',
      'Printable version',
      'Slideshow ( 15 images )',
    ]);
  });

  it('keeps a sentence that merely mentions sharing', () => {
    const line = 'Share prices fell sharply on Tuesday after the central bank raised rates.';
    expect(clean(line, only).text).toBe(line);
    expect(removedBy(shareWidgets, ['He shared the video on Facebook and Twitter before deleting it.'])).toEqual([]);
  });

  it('removes share and print labels in six languages', () => {
    expect(removedBy(shareWidgets, [BODY, 'Teilen', 'Drucken', 'Artikel per E-Mail versenden'], 'de')).toEqual([
      'Teilen',
      'Drucken',
      'Artikel per E-Mail versenden',
    ]);
    expect(removedBy(shareWidgets, [BODY, 'Partager', 'Imprimer'], 'fr')).toEqual(['Partager', 'Imprimer']);
    expect(removedBy(shareWidgets, [BODY, 'Compartir', 'Compartir en Facebook'], 'es')).toEqual(['Compartir', 'Compartir en Facebook']);
    expect(removedBy(shareWidgets, [BODY, 'Condividi', 'Stampa'], 'it')).toEqual(['Condividi', 'Stampa']);
    expect(removedBy(shareWidgets, [BODY, 'Partilhar', 'Compartilhe no WhatsApp'], 'pt')).toEqual(['Partilhar', 'Compartilhe no WhatsApp']);
    expect(removedBy(shareWidgets, [BODY, 'Share on Facebook', 'Share this:', 'Gefällt mir:'])).toEqual([
      'Share on Facebook',
      'Share this:',
      'Gefällt mir:',
    ]);
  });

  it('removes a line made only of social-network names, with separators or counts', () => {
    const rows = ['Facebook Twitter WhatsApp E-Mail', 'Email ThisBlogThis!Share to TwitterShare to Facebook', 'Facebook | Twitter | Pinterest', 'Tweet 12 Facebook 3'];
    expect(removedBy(shareWidgets, [BODY, ...rows])).toEqual(rows);
  });

  it('reports the evidence', () => {
    const input = [BODY, 'Facebook Twitter WhatsApp E-Mail'].join('\n');
    const r = clean(input, only).removed.find((x) => x.ruleId === 'share-widgets');
    expect(r?.reason).toBe('share-widgets: line made only of 4 social-network/share button name(s)');
  });

  it('removes German and Polish share labels (WordPress "Teilen Sie dies mit:", "Podziel się")', () => {
    const de = 'Der Gemeinderat hat am Dienstag nach langer Debatte den Bau der neuen Radwege am Flussufer beschlossen.';
    const labels = ['Teilen Sie dies mit:', 'Seite teilen'];
    expect(removedBy(shareWidgets, [de, ...labels, de], 'de')).toEqual(labels);
    const pl = 'Rada miasta zatwierdziła we wtorek budowę nowych ścieżek rowerowych wzdłuż rzeki.';
    expect(removedBy(shareWidgets, [pl, 'Podziel się', pl], 'pl')).toEqual(['Podziel się']);
    // A sentence that speaks of sharing is no label.
    expect(removedBy(shareWidgets, [de, 'Teilen Sie dies mit Ihren Freunden, wenn Ihnen der Artikel gefallen hat.'], 'de')).toEqual([]);
  });
});
