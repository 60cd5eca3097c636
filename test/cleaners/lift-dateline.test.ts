import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { matchDateline } from '../../src/metadata/dateline.js';

const only = { type: 'text' as const };
const seed = (n: string): string => readFileSync(new URL(`../../samples/seed-${n}/input.txt`, import.meta.url), 'utf8');

describe('matchDateline', () => {
  it.each([
    ['BAGHDAD (Reuters) - The United States urged Iran on Monday to stop supporting militias.', 'BAGHDAD', 'Reuters'],
    ['Baghdad (AsiaNews) – For the first time in 30 years, Iran and the United States have met.', 'Baghdad', 'AsiaNews'],
    ['WASHINGTON (AP) — The Senate voted on Tuesday to extend the program for another year.', 'WASHINGTON', 'AP'],
    ['LONDON, March 3 (Reuters) - British house prices fell for a fifth month in February.', 'LONDON', 'Reuters'],
    ['BERLIN (dpa) - Die Bundesregierung hat am Dienstag neue Regeln beschlossen.', 'BERLIN', 'dpa'],
    ['PARIS (AFP) - Le gouvernement a présenté mardi son projet de loi sur le renseignement.', 'PARIS', 'AFP'],
    ['MANILA, Nov. 24 (Xinhua) -- Philippine President Gloria Macapagal Arroyo has ordered evacuations.', 'MANILA', 'Xinhua'],
    ['IRVING, Texas -- After the Dallas Cowboys had the New York Giants on the ropes, Eli Manning delivered.', 'IRVING, Texas', undefined],
    ['LOS ANGELES (Hollywood Reporter) - Contract negotiations between Hollywood directors and studios began.', 'LOS ANGELES', 'Hollywood Reporter'],
  ])('%s', (text, place, source) => {
    const d = matchDateline(text)!;
    expect(d.place).toBe(place);
    expect(d.source).toBe(source);
  });

  it('reads `(CNN) --` as a source without a place', () => {
    expect(matchDateline('(CNN) -- An audio recording attributed to Osama bin Laden called on Europeans to leave.')).toMatchObject({ source: 'CNN' });
  });

  it('does not take a kicker or a sentence for a dateline', () => {
    expect(matchDateline('CHARGES: The former president, who maintains his innocence, was sentenced.')).toBeUndefined();
    expect(matchDateline('NATO said the operation - the largest in years - went well.')).toBeUndefined();
    expect(matchDateline('Crocker said the tension at the talks did not surprise him.')).toBeUndefined();
  });
});

describe('lift-dateline', () => {
  it('cuts `BAGHDAD (Reuters) -` off the lead and reports it with its offsets (seed 002)', () => {
    const src = seed('002');
    const r = clean(src, only);
    expect(r.metadata.dateline).toBe('BAGHDAD');
    expect(r.metadata.source).toBe('Reuters');
    expect(r.text.startsWith('The United States urged Iran on Monday')).toBe(true);
    const cut = r.removed.find((x) => x.ruleId === 'lift-dateline')!;
    expect(cut.text).toBe('BAGHDAD (Reuters) -');
    expect(src.slice(cut.start, cut.end).trim()).toBe('BAGHDAD (Reuters) -');
    expect(cut.lineStart).toBe(3);
  });

  it('reads `Baghdad (AsiaNews) –` (seed 004)', () => {
    const r = clean(seed('004'), only);
    expect(r.metadata).toMatchObject({ dateline: 'Baghdad', source: 'AsiaNews' });
    expect(r.text).toContain('For the first time in 30 years, Iran and the United States');
    expect(r.text).not.toContain('(AsiaNews)');
  });
});
