import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';

const only = { type: 'text' as const };
const seed = (n: string): string => readFileSync(new URL(`../../samples/seed-${n}/input.txt`, import.meta.url), 'utf8');

describe('lift-subtitle', () => {
  it('lifts a title-like dek under the headline, above the date (seed 001)', () => {
    const r = clean(seed('001'), only);
    expect(r.metadata.subtitle).toBe('Early Word From Baghdad Meeting Reports Tension');
    expect(r.removed.find((x) => x.ruleId === 'lift-subtitle')?.lineStart).toBe(6);
  });

  it('lifts a two-sentence dek above a lead that opens with a dateline (seed 004)', () => {
    const r = clean(seed('004'), only);
    expect(r.metadata.subtitle).toMatch(/^First meeting in 30 years is described as “positive”/);
    expect(r.text).toContain('For the first time in 30 years, Iran and the United States');
  });

  it('lifts a one-sentence standfirst above the body when there is no headline (seed 003)', () => {
    const r = clean(seed('003'), only);
    expect(r.metadata.subtitle).toBe('After talks between the nations, panel on Iraq security will be formed.');
    expect(r.text.startsWith('The United States and Iran will continue discussions')).toBe(true);
  });

  it('keeps the lead paragraph under the headline (seed 002)', () => {
    const r = clean(seed('002'), only);
    expect(r.metadata.subtitle).toBeUndefined();
    expect(r.text.startsWith('The United States urged Iran on Monday')).toBe(true);
  });

  it('keeps a short lead right under the headline when a longer paragraph follows (l3s-gn1 style)', () => {
    const input = [
      'Police recover body of missing Toronto fisherman',
      'York Regional Police have recovered the body of a 60-year-old Toronto man who went missing on Lake Simcoe while ice fishing over the weekend.',
      'Ilia Vaxman was found on Tuesday afternoon near the southern end of the lake where he went missing on Sunday, police said. Heavy fog in the area lifted on Tuesday, allowing an airboat with infrared technology to assist in the search.',
      'Police are warning that Lake Simcoe has not frozen over because of the fluctuating temperatures, and is not safe to go on.',
    ].join('\n');
    const r = clean(input, only);
    expect(r.metadata.title).toBe('Police recover body of missing Toronto fisherman');
    expect(r.metadata.subtitle).toBeUndefined();
    expect(r.text.startsWith('York Regional Police have recovered')).toBe(true);
  });
});
