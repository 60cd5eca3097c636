import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { loadModel } from '../../src/model/load.js';
import { CLEANERS, createProcessor } from '../../src/pipeline.js';
import { buildDocument } from '../../src/clean.js';
import { VFile } from 'vfile';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const text = { type: 'text' as const };
/** Only the scorer, so its own decisions are tested (the named cleaners would take the junk first). */
const alone = {
  type: 'text' as const,
  cleaners: Object.fromEntries(CLEANERS.filter((c) => c.id !== 'content-scorer').map((c) => [c.id, false as const])),
};
const article = [
  'Skip to main content',
  'Home',
  'World',
  'Business',
  'Sports',
  'Log in',
  'Floods force thousands from their homes in the north',
  'Heavy rain over the weekend caused rivers to burst their banks across the northern provinces, forcing thousands of residents to leave their homes, officials said on Monday.',
  'The regional government said emergency shelters had been opened in schools and sports halls, and that the army had been asked to help with the evacuation of villages cut off by the water.',
  '"We have never seen the river rise this fast," said a farmer who had spent the night on the roof of his barn with his family before being rescued by boat.',
  'Forecasters expect more rain later in the week, and the authorities warned that the dikes in several towns could give way if the water keeps rising.',
  'Terms of use',
  'Privacy policy',
  'Contact us',
  '© 2024 Example Media Group. All rights reserved.',
].join('\n');

describe.runIf(loadModel('text'))('content-scorer', () => {
  it('keeps the article paragraphs of a whole-page dump', () => {
    const out = clean(article, text);
    expect(out.text).toContain('Heavy rain over the weekend');
    expect(out.text).toContain('the dikes in several towns could give way');
    expect(out.text).not.toContain('Privacy policy');
  });

  it('names the score and the evidence of each removal', () => {
    const out = clean(article, alone);
    expect(out.text).toContain('Heavy rain over the weekend');
    const mine = out.removed.filter((r) => r.ruleId === 'content-scorer');
    expect(mine.length).toBeGreaterThan(0);
    for (const r of mine) expect(r.reason).toMatch(/^p\(content\)=0\.\d\d < [\d.]+.* — .+/);
  });

  it('can be turned off', () => {
    const out = clean(article, { ...text, cleaners: { 'content-scorer': false } });
    expect(out.removed.some((r) => r.ruleId === 'content-scorer')).toBe(false);
  });

  it('never empties a page that has prose (over-pruning guard)', () => {
    const out = clean(article, { ...text, cleaners: { 'content-scorer': { threshold: 0.999 } } });
    expect(out.text).toContain('Heavy rain');
  });
});

describe.runIf(loadModel('text'))('content-scorer reasons built on first read', () => {
  it('are the reasons an eager run (vfile messages on) gives, as own enumerable fields', () => {
    const page = readFileSync(join(import.meta.dirname, '../../samples/dragnet-dn-0456/input.txt'), 'utf8');
    // Eager: a processor run with a plain VFile builds every reason at once (for its messages).
    const doc = buildDocument(page, 'text', {}, Infinity);
    createProcessor().runSync(doc, new VFile());
    const eager = doc.children.filter((b) => b.removed !== undefined).map((b) => [b.removed!.ruleId, b.removed!.reason]);
    expect(eager.some(([rule]) => rule === 'content-scorer')).toBe(true);
    const result = clean(page, text);
    expect(result.removed.filter((r) => r.ruleId === 'content-scorer').map((r) => r.reason)).toEqual(
      eager.filter(([rule]) => rule === 'content-scorer').map(([, reason]) => reason),
    );
    // Serialised (JSON, structured clone) and spread like plain data.
    const first = result.removed.find((r) => r.ruleId === 'content-scorer')!;
    expect(JSON.parse(JSON.stringify(first))).toEqual({ ...first });
    expect(structuredClone(first)).toEqual({ ...first });
    expect(Object.keys(first)).toEqual(['ruleId', 'reason', 'text', 'kind', 'lineStart', 'lineEnd', 'start', 'end']);
    expect(first.reason).toMatch(/^p\(content\)=0\.\d\d < /);
  });
});
