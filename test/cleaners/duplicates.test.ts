import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { CLEANERS } from '../../src/pipeline.js';

/** Run the duplicates cleaner alone (plus the cleaners named in `also`). */
const run = (lines: string[], also: string[] = [], options: Record<string, unknown> = {}) =>
  clean(lines.join('\n'), {
    type: 'text',
    cleaners: {
      ...Object.fromEntries(
        CLEANERS.filter((c) => c.id !== 'duplicates' && !also.includes(c.id)).map((c) => [c.id, false]),
      ),
      duplicates: options,
    },
  });
const removedBy = (r: ReturnType<typeof run>) => r.removed.filter((x) => x.ruleId === 'duplicates').map((x) => x.text);

// dragnet dn-0052: the article, then an "Article Excerpt" box repeating its headline and first paragraphs.
const P1 =
  'Home prices in the second quarter rose from the year-ago period for the first time since 2007, according to a closely watched index, the latest sign that the housing market is stabilizing.';
const P2 =
  'The report, which is scheduled to be released Tuesday by real-estate firm Zillow Inc., found that for the quarter ending in June, home values rose 0.2% from the same period a year earlier.';
const P3 =
  'While other indicators have shown home prices turning up since the spring, most examined short-term changes from one month to the next, which can be skewed by seasonal factors.';

describe('duplicates', () => {
  const page = [
    'Home Prices Reflect Strengthening', 'BY NICK TIMIRAOS', P1, P2, P3,
    'Most Read Articles Feed', 'Now Playing', 'Article Excerpt',
    'Home Prices Reflect Strengthening', 'BY NICK TIMIRAOS', P1, P2, P3,
    'Continue reading article with pop up player',
  ];

  it('removes the later copies of paragraphs repeated in an excerpt box (dragnet)', () => {
    // This short page is 40% repeats; the real one (dn-0052) has enough chrome to stay under the
    // default 20%, so the share is raised here.
    const r = run(page, [], { maxShare: 0.5 });
    expect(removedBy(r)).toEqual([P1, P2, P3]);
    expect(r.removed.find((x) => x.ruleId === 'duplicates')!.reason).toBe('repeats the text of line 3');
    expect(r.text.split('\n\n').filter((p) => p === P1)).toHaveLength(1);
  });

  it('removes a later copy of the headline once the title is lifted (dragnet)', () => {
    const r = run(page, ['lift-title', 'lift-byline'], { maxShare: 0.5 });
    expect(r.metadata.title).toBe('Home Prices Reflect Strengthening');
    expect(removedBy(r)).toContain('Home Prices Reflect Strengthening');
    expect(r.removed.find((x) => x.ruleId === 'duplicates' && x.text === 'Home Prices Reflect Strengthening')!.reason).toBe(
      'repeats the text of the title lifted from line 1',
    );
  });

  it('keeps short repeated lines and separators (`* * *`, `Yes`)', () => {
    expect(removedBy(run([P1, '* * *', P2, '* * *', 'Yes', P3, 'Yes']))).toEqual([]);
  });

  it('keeps a heading whose first copy was in a table of contents (readability)', () => {
    const r = run([
      'Contents', 'Sharing with a single developer', 'Publishing and non-publishing repositories', 'Further reading',
      P1, 'Sharing with a single developer', P2,
    ]);
    expect(removedBy(r)).toEqual([]);
  });

  it('keeps repeated code lines', () => {
    const code = 'FROM unnest(array[2, 3, 5, 2, 3, 12, 5, 3, 4]) AS n;';
    expect(removedBy(run([P1, 'SELECT stddev(n)', code, P2, 'SELECT *', code, P3]))).toEqual([]);
  });

  it('leaves long repeats alone on a page made of repeats', () => {
    expect(removedBy(run(page))).toEqual([]);
  });

  it('only takes short repeats on a page that is mostly repeats (the article printed twice)', () => {
    const r = run(['Toyota plans hybrid pickup truck', P1, P2, P3, 'Toyota plans hybrid pickup truck', P1, P2, P3]);
    expect(removedBy(r)).toEqual(['Toyota plans hybrid pickup truck']);
  });
});
