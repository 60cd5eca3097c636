import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { buildDocument } from '../../src/clean.js';
import { NO_MESSAGES, defineCleaner, isLazyRemoval, type ReasonSource } from '../../src/cleaner.js';

const page = ['First line of the page', 'Second line of the page', 'Third line of the page'].join('\n');

/** A source that counts how often it was asked. */
function countingSource(): ReasonSource & { asked: number[] } {
  const asked: number[] = [];
  return { asked, reasonOf: (k: number) => (asked.push(k), `reason #${k}`) };
}

describe('CleanerContext.removeKeyed', () => {
  it('without messages: the reason is asked of the source when first read, once', () => {
    const source = countingSource();
    const cleaner = defineCleaner({ id: 'keyed-test', purpose: 'test', defaults: {} }, ({ doc, removeKeyed }) => {
      removeKeyed(doc.children[0]!, source, 7);
      removeKeyed(doc.children[2]!, source, 9);
      removeKeyed(doc.children[2]!, source, 11); // already removed: first remover wins
    });
    const doc = buildDocument(page, 'text', {}, Infinity);
    const file = new VFile();
    file.data[NO_MESSAGES] = true;
    cleaner.run(doc, undefined, file);
    expect(source.asked).toEqual([]);
    expect(isLazyRemoval(doc.children[0]!.removed!)).toBe(true);
    expect(doc.children[2]!.removed!.reason).toBe('reason #9');
    expect(doc.children[2]!.removed!.reason).toBe('reason #9');
    expect(doc.children[0]!.removed!.ruleId).toBe('keyed-test');
    expect(doc.children[0]!.removed!.reason).toBe('reason #7');
    expect(source.asked).toEqual([9, 7]);
    expect(doc.children[1]!.removed).toBeUndefined();
  });

  it('with messages: the reason is made at once and reported', () => {
    const source = countingSource();
    const cleaner = defineCleaner({ id: 'keyed-test', purpose: 'test', defaults: {} }, ({ doc, removeKeyed }) => {
      removeKeyed(doc.children[1]!, source, 3);
    });
    const doc = buildDocument(page, 'text', {}, Infinity);
    const file = new VFile();
    cleaner.run(doc, undefined, file);
    expect(source.asked).toEqual([3]);
    expect(doc.children[1]!.removed).toEqual({ ruleId: 'keyed-test', reason: 'reason #3' });
    expect(file.messages.map((m) => m.reason)).toEqual(['reason #3']);
  });
});

describe('clean(): a lazy removal in the result', () => {
  it('serialises its reason as a plain field, in place, with no hidden key showing', async () => {
    const { clean } = await import('../../src/clean.js');
    const { readFileSync } = await import('node:fs');
    const { gunzipSync } = await import('node:zlib');
    const html = gunzipSync(readFileSync(new URL('../../../shared/corpora/l3s-gn1/gn-0001.html.gz', import.meta.url)));
    const { removed } = clean(html, { type: 'html' });
    const lazy = removed.find((r) => Object.getOwnPropertyDescriptor(r, 'reason')?.get !== undefined);
    expect(lazy).toBeDefined();
    expect(Object.keys(lazy!)).toEqual(['ruleId', 'reason', 'text', 'kind', 'lineStart', 'lineEnd', 'start', 'end']);
    const json = JSON.parse(JSON.stringify(lazy)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(Object.keys(lazy!));
    expect(typeof json.reason).toBe('string');
    expect(json.reason).toBe(lazy!.reason);
    expect((json.reason as string).length).toBeGreaterThan(0);
    expect({ ...lazy }).toEqual(json);
  });
});
