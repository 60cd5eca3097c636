import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';

const only = { type: 'text' as const };

describe('share-widgets', () => {
  it('removes widget labels from the AsiaNews seed', () => {
    const input = [
      'Send to a friend',
      'Tehran has responded accusing Washington of causing the chaos in Iraq through its occupation.',
      'Printable version',
      'Slideshow ( 15 images )',
    ].join('\n');
    const { text, removed } = clean(input, only);
    expect(text).toBe('Tehran has responded accusing Washington of causing the chaos in Iraq through its occupation.');
    expect(removed.filter((r) => r.ruleId === 'share-widgets').map((r) => r.text)).toEqual([
      'Send to a friend',
      'Printable version',
      'Slideshow ( 15 images )',
    ]);
  });

  it('keeps a sentence that merely mentions sharing', () => {
    const line = 'Share prices fell sharply on Tuesday after the central bank raised rates.';
    expect(clean(line, only).text).toBe(line);
  });
});
