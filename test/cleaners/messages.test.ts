import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { buildDocument, clean } from '../../src/clean.js';
import { NO_MESSAGES } from '../../src/cleaner.js';
import { createProcessor } from '../../src/pipeline.js';

const page = [
  'Share on Facebook',
  'Floods force thousands from their homes in the north',
  'Heavy rain over the weekend caused rivers to burst their banks across the northern provinces, forcing thousands of residents to leave their homes, officials said on Monday.',
  'The regional government said emergency shelters had been opened in schools and sports halls, and that the army had been asked to help with the evacuation of villages.',
  'Subscribe now',
].join('\n');

describe('vfile messages of a processor run', () => {
  it('reports every removal as a message with rule id, source, place and text', () => {
    const doc = buildDocument(page, 'text', {}, Infinity);
    const file = new VFile();
    createProcessor().runSync(doc, file);
    const removed = doc.children.filter((b) => b.removed !== undefined && b.lifted === undefined);
    expect(removed.length).toBeGreaterThan(0);
    const byText = new Map(file.messages.map((m) => [m.actual, m]));
    for (const b of removed) {
      const m = byText.get(b.text);
      expect(m, b.text).toBeDefined();
      expect(m!.ruleId).toBe(b.removed!.ruleId);
      expect(m!.reason).toBe(b.removed!.reason);
      expect(m!.source).toBe('decruft');
      expect(m!.line).toBe(b.position.start.line);
    }
  });

  it('builds none when the caller says it will not read them, and marks the same blocks', () => {
    const plain = buildDocument(page, 'text', {}, Infinity);
    createProcessor().runSync(plain, new VFile());
    const doc = buildDocument(page, 'text', {}, Infinity);
    const file = new VFile();
    file.data[NO_MESSAGES] = true;
    createProcessor().runSync(doc, file);
    expect(file.messages).toEqual([]);
    expect(doc.children.map((b) => b.removed)).toEqual(plain.children.map((b) => b.removed));
    expect(clean(page, { type: 'text' }).removed.map((r) => r.reason)).toEqual(
      plain.children.filter((b) => b.removed).map((b) => b.removed!.reason),
    );
  });
});
