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
  it('reads a colon that lost its space as a word break (trafilatura tf-0120), not U.S. or e-mail', () => {
    const gold = { title: 'Krach vor der VW-Betriebsversammlung:Es knirscht zwischen Diess und Aufsichtsräten' };
    expect(matchMetadata({ title: 'Krach vor der VW-Betriebsversammlung: Es knirscht zwischen Diess und Aufsichtsräten' }, gold).title?.ok).toBe(true);
    expect(normTitle('U.S. e-mail rules')).toBe(normTitle('US email rules'));
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
  it('reads a gold written year-day-month or with a dot as the day it names (trafilatura tf-0313, tf-0486)', () => {
    expect(calendarDay('2022-29-11')).toBe('2022-11-29');
    expect(calendarDay('2022-01.26')).toBe('2022-01-26');
    expect(calendarDay('2022-11-1')).toBe('2022-11-01');
    expect(calendarDay('2022-03-04')).toBe('2022-03-04');
    expect(matchMetadata({ date: '2022-10-25' }, { date: '2022-25-10' }).date?.ok).toBe(true);
  });
});

describe('author matching', () => {
  it('splits on ; , & and and, drops a leading By, compares sets', () => {
    expect(splitNames('By Anna Müller and Bob Smith')).toEqual(['anna müller', 'bob smith']);
    expect(matchMetadata({ authors: ['Bob Smith', 'Anna Müller'] }, metaGold({ author: 'Anna Müller; Bob Smith' })).authors?.ok).toBe(true);
    expect(matchMetadata({ authors: ['Bob Smith'] }, metaGold({ author: 'Anna Müller, Bob Smith' })).authors?.ok).toBe(false);
    expect(matchMetadata({ authors: ['Nikhil Marathe'] }, metaGold({ byline: 'By Nikhil Marathe' })).authors?.ok).toBe(true);
  });
  it('reads ß as ss, as titles do (trafilatura tf-0150)', () => {
    expect(matchMetadata({ authors: ['Guido Beyss'] }, metaGold({ author: 'Guido Beyß' })).authors?.ok).toBe(true);
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
