import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';

const only = { type: 'text' as const };
const seed = (n: string): string => readFileSync(new URL(`../../samples/seed-${n}/input.txt`, import.meta.url), 'utf8');
const body = [
  'Syrian rebels fought President Bashar al-Assad’s forces in the heart of Aleppo on Tuesday, residents said, as the fighting spread to the country’s largest city.',
  'Activists said government troops had used helicopters to attack rebel positions in several districts of the city overnight.',
];

describe('lift-credits', () => {
  it('lifts `With additional reporting by …` (seed 002)', () => {
    const r = clean(seed('002'), only);
    expect(r.metadata.credits).toBe(
      'With additional reporting by Mariam Karouny, Mussab Al-Khairalla and Paul Tait in Baghdad and Edmund Blair in Tehran',
    );
    expect(r.text).not.toContain('additional reporting');
  });

  it('lifts a Reuters `(Reporting by …; Editing by …)` line (dragnet dn-0082)', () => {
    const line = '(Reporting by Khaled Yacoub Oweies in Amman and Suleiman Al-Khalidi in Antakya, Turkey; Editing by Angus MacSwan)';
    const r = clean([...body, line].join('\n'), only);
    expect(r.metadata.credits).toBe(line.slice(1, -1));
  });

  it('lifts a German `Mitarbeit:` line', () => {
    const r = clean([...body, 'Mitarbeit: Anna Schmidt'].join('\n'), only);
    expect(r.metadata.credits).toBe('Mitarbeit: Anna Schmidt');
  });

  it('keeps a sentence about reporting', () => {
    const line = 'Reporting by the local press was limited because journalists could not reach the city.';
    const r = clean([...body, line].join('\n'), only);
    expect(r.metadata.credits).toBeUndefined();
    expect(r.text).toContain(line);
  });
});
