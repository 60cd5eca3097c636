import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/clean.js';
import { listCandidatesFromDoc, restoreLists, type ListCandidate } from '../../src/model/restore-lists.js';

const item = (words: number, linkDensity = 0, nav = false): ListCandidate => ({ list: true, words, linkDensity, nav });
const prose: ListCandidate = { list: false, words: 40, linkDensity: 0, nav: false };

describe('restoreLists', () => {
  it('restores a dropped list of plain items between kept paragraphs', () => {
    const cands = [prose, item(3), item(4), item(2), prose];
    const keep = Uint8Array.from([1, 0, 0, 0, 1]);
    expect(restoreLists(cands, [], keep)).toEqual([1, 2, 3]);
    expect([...keep]).toEqual([1, 1, 1, 1, 1]);
  });

  it('leaves link lists, nav lists and a list after the last kept block', () => {
    const links = [prose, item(5, 1), item(6, 0.9), prose];
    const k1 = Uint8Array.from([1, 0, 0, 1]);
    expect(restoreLists(links, [], k1)).toEqual([]);
    const nav = [prose, item(2, 0, true), item(2), prose];
    expect(restoreLists(nav, [], Uint8Array.from([1, 0, 0, 1]))).toEqual([]);
    const tail = [prose, prose, item(3), item(3)];
    expect(restoreLists(tail, [], Uint8Array.from([1, 1, 0, 0]))).toEqual([]);
  });

  it('reads list items from HTML blocks and bullet lines from text dumps', () => {
    const html = '<html><body><p>First paragraph of the story, long enough to be prose here.</p><ul><li>eggs</li><li><a href="/x">milk</a></li></ul></body></html>';
    const d = buildDocument(html, 'html', {}, Infinity);
    const c = listCandidatesFromDoc(d.children, d.features, d.children.map((_, i) => i));
    expect(c.map((x) => x.list)).toEqual([false, true, true]);
    expect(c[2]!.linkDensity).toBe(1);
    const t = buildDocument('A paragraph of the story that runs on.\n- eggs\n2. milk', 'text', {}, Infinity);
    expect(listCandidatesFromDoc(t.children, t.features, t.children.map((_, i) => i)).map((x) => x.list)).toEqual([false, true, true]);
  });
});
