import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { buildDocument } from '../../src/clean.js';
import { findBodyStart } from '../../src/metadata/text-util.js';

const only = { type: 'text' as const };

// The shape of dragnet dn-0903's dump (a fashion blog): a one-paragraph post, then a comment
// thread whose comments, each `Name` / `date, | Permalink` / text, include two prose comments
// in a row — which read like the start of an article body.
const comments = [
  ['Eva', 'Gorgeous!'],
  ['Maria', 'Can’t take my eyes from this picture and even can’t realize which is the main reason, the beauty of the model or the garment.'],
  ['Tine', 'Is she a real human being?'],
  ['Chuck', 'Oh my, she is just getting more and more beautiful as she gets older. Her face, her coat, her belt – so lovely!'],
  ['The slow pace', 'She looks fantastic! I love her style lately: sober, extremely elegant with powerful clean and bright colours. That white gown at the party was simply spectacular!'],
  ['Jacqueline Jax', 'I love this look. Her style is so sophisticated. Is this dress new or vintage? It’s so difficult to find a great red dress.'],
  ['Martha', 'Great picture. I wouldn’t say only vintage vogue but also the future fashion magazines. It looks like style is coming back in fashion.'],
  ['Andrea', 'she looks amazing!'],
  ['abigail', 'such a stunner! can’t get over the silver belt, red coat combo and absolutely can’t wait to try something similar!'],
].flatMap(([name, text]) => [name!, 'September 29, 2012, | Permalink', text!]);

const story = 'Leelee Sobieski looks like she’s walked out of the pages of a vintage Vogue magazine in her bright red Dior dress.';

describe('body start (the lifters’ header zone)', () => {
  it('does not pass a one-paragraph story over for the comments under a "57 Comments" header', () => {
    const page = ['hanneli.com About / Contact', 'AT DIOR SS13', story, '57 Comments', ...comments].join('\n');
    const r = clean(page, only);
    // Before: the body was taken to start at the two prose comments, so the header zone above them
    // gave a commenter's name as the byline and a comment's date line as the subtitle.
    expect(r.metadata.authors).toBeUndefined();
    expect(r.metadata.subtitle).toBeUndefined();
    expect(r.metadata.title).toBe('AT DIOR SS13');
    expect(r.text).toContain(story);
    for (const c of ['She looks fantastic!', 'I love this look.', 'Great picture.']) expect(r.text).not.toContain(c);
  });

  it('ends at a comment header with dated comments under it, not at a tab label or a post-meta count', () => {
    const teaser = 'Romney wraps up his foreign tour in Poland after a week of gaffes, meetings with leaders and a speech on the economy.';
    const para = [
      'Home prices in the second quarter rose from the year-ago period for the first time since 2007, according to a closely watched index.',
      'The report, which is scheduled to be released Tuesday by the real-estate firm, found that prices for the quarter were up 0.2% from a year earlier.',
      'While other indicators have shown home prices turning up since the spring, most examined short-term changes from one month to the next.',
    ];
    const start = (lines: string[]) => {
      const doc = buildDocument(lines.join('\n'), 'text', {}, Infinity);
      return doc.children[findBodyStart(doc)]?.text;
    };
    // The teaser has no prose within three blocks under it: not the body. A one-word label is as
    // often a tab above the story (`Article | Comments`), and a count under the byline is post-meta:
    // the story follows, and the search goes on to it.
    for (const label of ['Comments', '12 Comments']) {
      expect(start([teaser, 'Article', label, 'Home Prices Post First Annual Gain in Five Years', 'By Nick Timiraos', ...para])).toBe(para[0]);
    }
    // Under a header with the comments' date stamps, the prose is the readers': the body is above.
    const thread = [
      'Ann', 'July 24, 2012 at 9:14 am',
      'I think prices will keep rising this year, because mortgage rates are so low and the buyers are back in the market.',
      'Bob', 'July 24, 2012 at 10:02 am',
      'Mortgage rates are low, but prices are still too high for most of the buyers in the market where I live.',
    ];
    expect(start([teaser, 'Article', '12 Comments', ...thread])).toBe(teaser);
    expect(start([teaser, 'Article', 'Leave a Reply', ...thread])).toBe(teaser);
  });
});
