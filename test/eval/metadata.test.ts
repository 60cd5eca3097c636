import { describe, expect, it } from 'vitest';
import { calendarDay, matchMetadata, metaGold, normTitle, splitNames } from '../../src/eval/metadata.js';

describe('title matching', () => {
  it('casefolds, drops punctuation and quotes, collapses spaces', () => {
    expect(normTitle('“Kosovo’s  future” — U.S. talks')).toBe('kosovos future us talks');
  });
  it('ignores the ? that replaced curly quotes in the l3s-gn1 gold', () => {
    const v = matchMetadata({ title: 'No agreement reached on Kosovo’s future' }, { title: 'No agreement reached on Kosovo?s future' });
    expect(v.title?.ok).toBe(true);
  });
  it('ignores soft hyphens and zero-width characters, which do not show (trafilatura tf-0175)', () => {
    expect(normTitle('Deutsch\u00adland steht fest an der Seite des Welt\u00adernährungs\u00adprogramms')).toBe('deutschland steht fest an der seite des welternährungsprogramms');
    expect(normTitle('Zero\u200bwidth')).toBe('zerowidth');
  });
  it('a missing or different title does not match', () => {
    expect(matchMetadata({}, { title: 'A' }).title?.ok).toBe(false);
    expect(matchMetadata({ title: 'A story - Site' }, { title: 'A story' }).title?.ok).toBe(false);
  });
});

describe('date matching', () => {
  it('compares the calendar day as written', () => {
    expect(calendarDay('2015-07-10T09:53:00-04:00')).toBe('2015-07-10');
    expect(calendarDay('2017-11-03 03:01:00.000000')).toBe('2017-11-03');
    expect(calendarDay('not a date')).toBeUndefined();
    expect(matchMetadata({ date: '2019-10-16T08:00:00+02:00' }, { date: '2019-10-16' }).date?.ok).toBe(true);
    expect(matchMetadata({ date: '2019-10-17' }, { date: '2019-10-16' }).date?.ok).toBe(false);
  });
});

describe('author matching', () => {
  it('splits on ; , & and and, drops a leading By, compares sets', () => {
    expect(splitNames('By Anna Müller and Bob Smith')).toEqual(['anna müller', 'bob smith']);
    expect(matchMetadata({ authors: ['Bob Smith', 'Anna Müller'] }, metaGold({ author: 'Anna Müller; Bob Smith' })).authors?.ok).toBe(true);
    expect(matchMetadata({ authors: ['Bob Smith'] }, metaGold({ author: 'Anna Müller, Bob Smith' })).authors?.ok).toBe(false);
    expect(matchMetadata({ authors: ['Nikhil Marathe'] }, metaGold({ byline: 'By Nikhil Marathe' })).authors?.ok).toBe(true);
  });
});

describe('gold fields', () => {
  it('reads trafilatura and readability shapes; empty or null means no gold', () => {
    expect(metaGold({ title: 'T', author: '', date: '2019-10-16' })).toEqual({ title: 'T', date: '2019-10-16' });
    expect(metaGold({ title: 'T', byline: null, publishedTime: '2018-12-21T12:55:00Z' })).toEqual({ title: 'T', date: '2018-12-21T12:55:00Z' });
  });
  it('scores only the fields the gold has', () => {
    expect(Object.keys(matchMetadata({ title: 'T', date: '2020-01-01' }, { title: 'T' }))).toEqual(['title']);
  });
});
