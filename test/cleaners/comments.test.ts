import { describe, expect, it } from 'vitest';
import { comments } from '../../src/cleaners/comments.js';
import { removedBy, runAlone } from './run-junk.js';

const BODY = 'Die Deutsche Bahn streicht den Zutritt zu ihrer DB Lounge für Fahrgäste mit einem Sparpreis-Ticket der ersten Klasse.';
const BODY2 = 'Zusätzlich soll es für eine Übergangszeit eine Kulanzregelung geben, teilte das Unternehmen am Freitag mit.';

describe('comments', () => {
  it('removes a German WordPress comment section with its form (trafilatura page)', () => {
    const section = [
      '4 Antworten',
      'Kommentare4',
      'Pingbacks0',
      'Borchert sagt:',
      '18. Oktober 2019 um 15:05 Uhr',
      'Mir ist auch schon aufgefallen, dass es speziell in München in der 2.Klasse Lounge manchmal unerträglich voll ist.',
      'Antworten',
      'Moritz sagt:',
      '18. Oktober 2019 um 17:18 Uhr',
      'Glückwunsch an den Autor, das ist nach der ganzen Verwirrung ein echter Scoop.',
      'Antworten',
      'Schreibe einen Kommentar Antworten abbrechen',
      'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.',
      'Kommentar',
      'Name *',
      'E-Mail *',
      'Website',
    ];
    const doc = runAlone(comments, [BODY, BODY2, ...section], 'de');
    expect(doc.children.filter((b) => b.removed).map((b) => b.text)).toEqual(section);
    expect(doc.children[2]!.removed?.reason).toMatch(/^comments: section under header "4 Antworten" \(\d+ comment lines, \d+ signatures\)$/);
  });

  it('removes a Blogger thread (dragnet page)', () => {
    const section = [
      '13 comments:',
      'tRiSh said...',
      "pfffiou that's exactly hat I need. Even if it's going to be hard, I need to stay positive. Thanks.",
      'September 10, 2012 4:45 AM',
      'Ankita said...',
      'Wish I could think this way more often :)',
      'September 10, 2012 6:14 AM',
    ];
    const body = ['Sunday, September 9', 'prepping for a new week, and trying to stay positive about all the things that are coming.'];
    expect(removedBy(comments, [...body, ...section])).toEqual(section);
  });

  it('keeps the article under a comment counter printed above it', () => {
    const lines = [
      'Panthers Training Camp Aug 9th Open Thread',
      '334 comments',
      "We've got another morning practice at Panthers training camp on tap for 10:30am, and the weather looks good.",
      "So let's keep it going, because this is now an open thread for everyone who is following camp.",
      'The team will practice again on Friday morning before the first preseason game next week.',
    ];
    expect(removedBy(comments, lines)).toEqual(['334 comments']);
  });

  it('keeps quoted letters in an essay ("X wrote:" without timestamps or replies)', () => {
    const lines = [
      "And here's the Random Commentary section:",
      'Makali wrote:',
      "Whenever a programmer thinks, 'Hey, skins, what a cool idea', their computer's speakers should make a noise.",
      'Various people wrote:',
      "You shouldn't even bother compiling the GUI into mplayer!",
      'Various other people wrote:',
      "You didn't try vlc!",
      'True, I hadn’t. Now I have. It has an overly-complicated UI, but at least it plays the movie.',
    ];
    expect(removedBy(comments, lines)).toEqual([]);
  });

  it('removes comment-form lines in French, Spanish, Italian and Portuguese', () => {
    expect(removedBy(comments, [BODY, 'Laisser un commentaire', 'Votre adresse e-mail ne sera pas publiée.'], 'fr')).toEqual([
      'Laisser un commentaire',
      'Votre adresse e-mail ne sera pas publiée.',
    ]);
    expect(removedBy(comments, [BODY, 'Deja un comentario', 'Comentarios (3)'], 'es')).toEqual(['Deja un comentario', 'Comentarios (3)']);
    expect(removedBy(comments, [BODY, 'Lascia un commento', 'Commenti (12)'], 'it')).toEqual(['Lascia un commento', 'Commenti (12)']);
    expect(removedBy(comments, [BODY, 'Deixe um comentário', '5 comentários'], 'pt')).toEqual(['Deixe um comentário', '5 comentários']);
  });

  it('keeps a lone "Discussion" subhead', () => {
    const lines = [BODY, 'Discussion', BODY2];
    expect(removedBy(comments, lines)).toEqual([]);
  });
  it('removes a thread of dated author lines with reply links, even after a long comment (dragnet page)', () => {
    const long = Array.from({ length: 12 }, (_, k) => `Paragraph ${k + 1} of a long reader comment about the slow-carb diet and what it did for me.`);
    const thread = [
      '385 Comments',
      'Tim Ferriss — June 24th, 2012, 11:39 pm',
      'Greetings!',
      'Reply',
      'Teresa Pereira — July 8th, 2012, 10:57 am',
      'Hi Tim,',
      ...long,
      'Reply',
      'Dollfaiery — July 20th, 2012, 12:15 pm',
      'Hey Tim, thanks for the update on the diet, it helped me a lot this summer.',
      'Reply',
      'Danny — July 21st, 2012, 9:30 pm',
      'Great post, I will try it again next month with my wife and report back.',
      'Reply',
      'Gary — July 22nd, 2012, 6:29 pm',
      'You need to train your body to use fat for fuel before long runs.',
      'Reply',
    ];
    const body = ['Housecleaning and clarifications: this post answers the most common questions about the diet and the book.'];
    const out = removedBy(comments, [...body, ...thread]);
    expect(out).toContain('385 Comments');
    expect(out).toContain('Dollfaiery — July 20th, 2012, 12:15 pm');
    expect(out).toContain('You need to train your body to use fat for fuel before long runs.');
    expect(out).not.toContain(body[0]);
  });

  it('keeps an article under its dated byline', () => {
    const lines = [
      'by John on July 7, 2012',
      'David Hogg on linear regression:',
      'In almost all cases in which scientists fit a straight line to their data, they are doing something that is simultaneously wrong and unnecessary.',
      'Even if the investigator doesn’t care that the fit is wrong, it is likely to be unnecessary, because it is the data that matter.',
      'Posted at 10:32 pm on July 7, 2012 | Permalink',
    ];
    expect(removedBy(comments, lines)).toEqual([]);
  });

  it('removes comments signed at their end ("… Posted by X on DATE TIME Report this comment"), text before the first signature too (l3s-gn1 page)', () => {
    const article = [
      'Redknapp said he was happy on the south coast and had not spoken to anyone at the club about the job.',
      'Earlier, his brother-in-law said the manager would stay at Portsmouth until the end of the season.',
    ];
    const thread = [
      'Comments',
      'What a marvellous opportunity for Allardyce. He now has a bit of money and he can further develop his career abroad.',
      'Learn more styles of play in the Italian, German and Spanish leagues and come back in six years. Posted by Idealist on January 10, 2008 5:58 PM Report this comment',
      'Harry lives in a large house, in a prime position in one of the most expensive areas of real estate on the planet.',
      'No way was he ever going to want to move 350 miles north. Posted by John on January 10, 2008 5:29 PM Report this comment',
      'They can have our Southampton one for free Posted by rupert on January 10, 2008 5:15 PM Report this comment',
    ];
    expect(removedBy(comments, [...article, ...thread])).toEqual(thread);
  });

  it('keeps an article whose own byline line reads "Posted by X at DATE TIME"', () => {
    const lines = [
      'When asked about disaster relief and the agency, the governor said the states were the right level for it.',
      'He added that the federal budget should start from what to keep, not from what to cut, in every department.',
      'Posted by Menzie Chinn at October 29, 2012 05:10 PM',
      'Comments',
      'Post a comment',
    ];
    expect(removedBy(comments, lines)).not.toContain(lines[2]);
    expect(removedBy(comments, lines)).not.toContain(lines[0]);
  });

  it('removes a Movable Type / TypePad thread signed "Posted by: Name | DATE TIME" under its header, across a long comment (dragnet pages)', () => {
    const article = [
      'When asked about disaster relief and the agency, the governor said the states were the right level for it.',
      'He added that the federal budget should start from what to keep, not from what to cut, in every department.',
      'Posted by Menzie Chinn at October 29, 2012 05:10 PM',
    ];
    const long = Array.from({ length: 14 }, (_, k) => `Point ${k + 1} of my reply: the record on this issue is mixed and the vote in committee says little about the floor.`);
    const thread = [
      'Comments',
      'The campaign was asked on Sunday about cutting the agency and was told it was true.',
      'An official reaffirmed the position on Sunday evening in an email to reporters.',
      'The Post notes he actually talked about privatizing disaster response.',
      'Posted by: jonathan at October 29, 2012 05:23 PM',
      ...long,
      'Posted by: tj at October 29, 2012 06:09 PM',
      'Yeah, just like the last time they tried it.',
      'Posted by: Babinich | Oct 29, 2012 7:11:02 PM',
    ];
    expect(removedBy(comments, [...article, ...thread])).toEqual(thread);
  });

  it('keeps an article under a "Comments" link when a single "Posted by: Name | DATE TIME" line ends it', () => {
    const lines = [
      'Comments (3)',
      'When asked about disaster relief and the agency, the governor said the states were the right level for it.',
      'He added that the federal budget should start from what to keep, not from what to cut, in every department.',
      'Posted by: Admin | October 29, 2012 05:10 PM',
      'Share this story with your friends and family on the social network of your choice.',
    ];
    const removed = removedBy(comments, lines);
    expect(removed).not.toContain(lines[1]);
    expect(removed).not.toContain(lines[2]);
  });
  it('removes a thread under a theme header "{ 53 comments… read them below or add one }" (dragnet dump)', () => {
    const body = [
      'I don’t have a vote in the US election and, even if I had taken the necessary steps, I would be unlikely to live anywhere it mattered.',
      'If Obama wins, fuel efficiency regulations for cars and emissions limits for power stations will be locked in, and there is some chance of progress.',
    ];
    const thread = [
      '{ 53 comments… read them below or add one }',
      'Tim Worstall 11.06.12 at 11:06 am',
      '“I would vote for Obama.”',
      'Interestingly shocking news there. I sorta doubted you would be voting for Gary Johnson.',
      'ohreally 11.06.12 at 11:22 am',
      'Environmentalist claptrap, Marxist cant and economic idiocy.',
      'john b 11.06.12 at 11:22 am',
      'Tim W: Johnson’s hardly the only 3rd-party candidate; Jill Stein is the official Green candidate and is on the ballot pretty much everywhere.',
    ];
    expect(removedBy(comments, [...body, ...thread])).toEqual(thread);
  });

  it('reads a dated "by Name on DATE at TIME. Reply #" line as a comment signature, not a byline (dragnet dump)', () => {
    const body = [
      'by Rand Fishkin on January 30, 2011',
      'The startup world has long celebrated the brash, arrogant founder who knows better than everyone else in the room.',
      'I think that is changing, and the leaders I admire most now are the humble ones who ask for help.',
    ];
    const thread = [
      'by james on January 31, 2011 at 9:59 am. Reply #',
      'Great post Rand, certainly there is a pattern across both around belief. There is absolutely a fine line between confidence and arrogance.',
      'by Damien on January 31, 2011 at 10:12 am. Reply #',
      'I don’t know nearly what you do about the startup world, but I see the shift happening in the SEO world.',
      'by Jane Copland on January 31, 2011 at 10:29 am. Reply #',
      'I remember that tweet, as I was 1 of the retweeted it and had a short dialogue with Richard.',
    ];
    const out = removedBy(comments, [...body, ...thread]);
    expect(out).toEqual(thread);
  });

  it('takes the long comment between two signed runs of one thread (dragnet dump, Movable Type numbering)', () => {
    const sig = (k: number, name: string, time: string): string => `Comment #${k} - Posted by: ${name} at November 10, 2012 ${time}`;
    const before = [
      'Comments',
      'Well...this is gonna suck.',
      sig(26, 'TBELL', '9:44 PM'), 'RIP peace brother.',
      sig(27, 'Don Clarkson', '9:54 PM'), 'I cannot wait to do this.',
      sig(28, 'Boris', '9:59 PM'),
    ];
    const long = [
      'Sunday musings…',
      '1) Obfuscate. To lie, just better dressed.',
      '2) Veteran’s Day. Today we remember all of those who have served our country in the Armed Forces. Or, do we? Think about it.',
      'What sort of recognition do you really have of their service? How exactly will you express that?',
      '3) Childhood. Mrs. bingo and I used to whisper in our children’s ear each night: “you’re having a happy childhood.”',
      'When does childhood end? It’s certainly not the beginning of school. Judging by my experiences it most certainly isn’t in college.',
      'Could it be, though, that childhood never ends? I think of friends, a few much older patients, others who have never lost it.',
      'All childhood really does end, of course. We do, eventually, all move on to something that looks like all grown up.',
      'You are never too old to have a happy childhood.',
      'I’ll see you next week...',
      'Thanks to everyone who wrote in this week, and to the veterans among you.',
    ];
    const after = [
      sig(29, 'bingo', '10:02 PM'), 'Veteran’s Day musings in the filter...',
      sig(30, 'bingo', '10:03 PM'), 'Musings in the filter...',
      sig(31, 'bingo', '10:21 PM'), 'M/29/155lb 2:10:41',
      'Reply',
    ];
    const body = [
      'Sunday 121111',
      'For time: Run 10 miles and do 150 burpee pull-ups, in honour of First Lieutenant Clovis Ray, who was killed in Afghanistan.',
      'Post time to comments.',
    ];
    const out = removedBy(comments, [...body, ...before, ...long, ...after]);
    expect(out).toEqual([...before, ...long, ...after]);
  });
  it('removes comments signed "Posted by X on DATE TIME" with a "Report this comment" link under them (l3s-gn1 dump)', () => {
    const body = [
      'Redknapp\'s rejection will add to the woes of Newcastle owner Mike Ashley after former striker and fans\' favourite Alan Shearer also appeared to drop out of the running for the job.',
      'According to the BBC, Shearer is happy with his role as a Match of the Day pundit.',
    ];
    const thread = [
      'Comments',
      'What a marvellous opportunity for Allardyce. He now has a bit of money and he can further develop his career abroad.',
      'The same applies to other "struggling" English managers. I doubt many will think that way and that is why none are fit for the England job.',
      'Posted by Idealist on January 10, 2008 5:58 PM',
      'Report this comment',
      'Harry lives in a large house, in a prime position in one of the most expensive areas of real estate on the planet.',
      'Posted by John on January 10, 2008 5:29 PM',
      'Report this comment',
      'They can have our Southampton one for free',
      'Posted by rupert on January 10, 2008 5:15 PM',
      'Report this comment',
    ];
    expect(removedBy(comments, [...body, ...thread])).toEqual(thread);
  });

  it('keeps an article whose byline line is followed by a "Reply" link once', () => {
    const lines = [
      'Posted by Idealist on January 10, 2008 5:58 PM',
      'Reply',
      'Newcastle must be barking mad to change managers with the frequency they do, and the money they waste is staggering.',
      'I can only assume the board has already sounded out someone, otherwise their actions would be inexplicable.',
    ];
    expect(removedBy(comments, lines)).toEqual(['Reply']);
  });

  it('removes a thread signed "Name, on November 7th, 2012 //" and "14. Name - 4 September, 2011" (dragnet pages)', () => {
    const body = [
      'The city council approved the new bicycle lanes on Tuesday after a debate that lasted more than four hours.',
      'Work on the first stretch along the river is to start in the spring and should be finished by the end of the summer.',
    ];
    const ordinal = [
      '3 comments on “New bicycle lanes”',
      'Anna Berg, on November 7th, 2012 // Twitter: @annaberg',
      'Finally! I have been riding in traffic on that road for years and it is terrifying every single morning.',
      'Tom, on November 7th, 2012 //',
      'Four hours of debate for a few lines of paint seems a lot, but I am glad it passed.',
      'Lee, on November 8th, 2012 //',
      'Will the lanes be cleared of snow in the winter, or only in the summer months when nobody needs help?',
    ];
    expect(removedBy(comments, [...body, ...ordinal])).toEqual(ordinal);
    const numbered = [
      '12. Peter - 1 September, 2011',
      'I agree with the council for once, the river road is the obvious place to start with the new lanes.',
      'Reply',
      '13. Kash. - 4 September, 2011',
      'It will be jammed with delivery vans parked in the lane within a week, mark my words on that one.',
      'Reply',
      'Peter - 5 September, 2011',
      'Then the city should fine them, that is what the wardens are paid for in the first place.',
      'Reply',
    ];
    expect(removedBy(comments, [...body, ...numbered])).toEqual(numbered);
  });

  it('keeps a timeline of "Place, date" lines: no reply link or comment form beside them', () => {
    const lines = [
      'The tour stopped in three cities before the band went back into the studio.',
      'Berlin, 4 September, 2011',
      'The first concert sold out within an hour and a second night was added at the same hall.',
      'Vienna, 9 September, 2011',
      'Rain moved the open-air show into the old market hall, where two thousand people squeezed in.',
      'Prague, 14 September, 2011',
      'The last night ended with an encore of songs from the first album, played for the first time in years.',
    ];
    expect(removedBy(comments, lines)).toEqual([]);
  });

  it('takes dated bylines of three different names for comment signatures, not one author\'s posts', () => {
    const body = [
      'The battery maker filed for bankruptcy on Tuesday, weeks after it missed a payment to its lenders.',
      'Its plants will keep running while a buyer is sought for the business and its patents.',
    ];
    const thread = [
      'written by Lighting Staff, October 19, 2012',
      'So what does this mean for the electric car industry as a whole, and who is next in line?',
      'written by Best Man, October 20, 2012',
      'The company was outpaced by the competition and its biggest customer had troubles of its own.',
      'written by pete, October 24, 2012',
      'Why should the country be designing and producing batteries anyway, when others do it cheaper?',
    ];
    expect(removedBy(comments, [...body, ...thread])).toEqual(thread);
    // One author's dated bylines (a blog's front page) are posts, not comments.
    const posts = thread.map((l) => l.replace(/^written by [^,]+/, 'written by Seth Godin'));
    expect(removedBy(comments, [...body, ...posts])).toEqual([]);
    // Movable Type: the entry's `Posted by` byline stays above comments signed `Posted by:`.
    const typepad = [
      ...body,
      'Posted by Kathy on March 21, 2007 | Permalink',
      'Great write-up, we are starting a user community next month and this helps a lot.',
      'Posted by: Ellen at March 21, 2007 11:40 AM',
      'Our community paid for itself in a year, mostly in support calls we no longer get.',
      'Posted by: Toni at March 22, 2007 12:11 PM',
      'I would add that the moderators need to be paid, or the community fades within months.',
      'Posted by: Gina at March 22, 2007 12:12 PM',
    ];
    expect(removedBy(comments, typepad)).not.toContain('Posted by Kathy on March 21, 2007 | Permalink');
  });

  it('takes names over date lines for signatures when three names sign comments, not teasers', () => {
    const body = [
      'Marketing is two simple things: know your customer, and help them with what they care about.',
      'The rest is tactics, and tactics change every year while those two stay the same.',
    ];
    const thread = [
      'Erik Dueck',
      'Aug 9 2012',
      'I enjoyed the article, great quotes and a very useful summary of the argument.',
      'Jim Uchneat',
      'Aug 9 2012',
      'Great discussion.',
      'Michael Brenner',
      'Aug 10 2012',
      'Thanks Erik, I agree completely and like that you brought in the notion of respect.',
    ];
    expect(removedBy(comments, [...body, ...thread])).toEqual(thread);
    // Name, date, headline: related stories, not comments.
    const teasers = [
      'Mark Byrnes', 'Jul 17, 2014', 'Navigator: Ode To The Dead Mall',
      'Tanvi Misra', 'Mar 9, 2018', 'The Twists and Turns of Making a Neon Sign',
      'Linda Poon', 'Aug 23, 2017', 'Why Cities Are Bringing Back Their Old Signs',
    ];
    expect(removedBy(comments, [...body, ...teasers, ...body])).toEqual([]);
  });

  it('takes every handle over a "date, | Permalink" stamp once three names sign the thread that way', () => {
    const body = [
      'I am totally inspired by this collection, my all time favourite, and wore the shirt and tie to the show.',
      'The bag and the shoes are from the same designer, bought in the spring sale.',
    ];
    const thread = [
      'dipitblack',
      'October 2, 2012, | Permalink',
      'Love her and love her outfit! And what an amazing bag!',
      'http://www.dipitblack.example.com',
      'Cristine Arroyo',
      'October 2, 2012, | Permalink',
      'love this look',
      'Emilie',
      'October 2, 2012, | Permalink',
      'For noen sko!',
      'WILDFLOWER',
      'October 2, 2012, | Permalink',
      'This is AMAZING!!! You have totally captured the spirit of that collection.',
      'Karin',
      'October 3, 2012, | Permalink',
      'I love this look !! I just have to learn how to tie it.',
      'Una',
      'October 3, 2012, | Permalink',
      'Great! The tie and the shirt are my two favourite parts of the look.',
    ];
    expect(removedBy(comments, [...body, ...thread])).toEqual(thread);
  });

  it('removes a threaded discussion whose replies carry `Re:` subject lines (dragnet Slashdot-style pages)', () => {
    const en1 = 'Researchers say the next generation of game engines will let designers reward players for cooperation instead of combat.';
    const en2 = 'The studio expects the first titles built on the new approach to ship within two years, the developer said.';
    const thread = [
      '254 Comments',
      'Not so fast (Score:5, Insightful)',
      'Violence sells because it is easy to make a game loop out of it, and cooperation is much harder to score.',
      'Re: Not so fast (Score:3)',
      'That is exactly why puzzle games keep failing to reach the same audience, in my experience.',
      'Re: Not so fast (Score:2)',
      'I disagree; plenty of co-op games sell very well and nobody has to shoot anybody in them.',
      'Re:Not so fast',
      'Name three that sold as well as the big shooters did last year, then we can talk about it.',
    ];
    const doc = runAlone(comments, [en1, en2, ...thread], 'en');
    const removed = doc.children.filter((b) => b.removed).map((b) => b.text);
    // Every reply goes, with its text and the header; the article stays. (Known limit: the first,
    // top-level comment above the first `Re:` has no subject mark and stays.)
    expect(removed).toEqual(['254 Comments', ...thread.slice(3)]);
    expect(doc.children.slice(0, 2).every((b) => !b.removed)).toBe(true);
  });

  it('keeps a story that quotes one or two `Re:` e-mail subjects', () => {
    const lines = [
      'The leaked e-mails show the two executives arguing over the budget for weeks before the launch.',
      'Re: Q3 budget',
      'In the first message the finance chief asked why the marketing costs had doubled since the spring.',
      'Re: Re: Q3 budget',
      'The reply, sent an hour later, blamed the agency and promised a full account by Friday.',
    ];
    const doc = runAlone(comments, lines, 'en');
    expect(doc.children.filter((b) => b.removed)).toEqual([]);
  });

  it('removes comments signed `Name DD Mon YY` with their text (dragnet dn-0791, 37signals-style)', () => {
    const en1 = 'The assistant asked which day was meant when the reminder was set a minute after midnight, a small touch of defensive design.';
    const en2 = 'Catching that edge case is what makes the feature feel thoughtful rather than merely correct.';
    const thread = [
      'That is great, but it would be a bit clearer if it had the day of the week in it as well.',
      'Jason Fried 07 Nov 12',
      'Day of the week would be nice, yes. Regardless, the mere catching of this condition is what I wanted to call out.',
      'Alejandro Moreno 07 Nov 12',
      'It is not necessarily wrong to leave the weekday out; the question gave you enough pause to check.',
      'GregT 08 Nov 12',
      'That is totally confusing. Is the reminder delivered at nine on the 21st, or at some other time?',
      'Adam 08 Nov 12',
    ];
    const doc = runAlone(comments, [en1, en2, ...thread], 'en');
    const removed = doc.children.filter((b) => b.removed).map((b) => b.text);
    expect(removed).toEqual(expect.arrayContaining(['Jason Fried 07 Nov 12', 'Alejandro Moreno 07 Nov 12', 'GregT 08 Nov 12', 'Adam 08 Nov 12']));
    expect(removed).not.toContain(en1);
    expect(removed).not.toContain(en2);
  });

  it('keeps a schedule of names and dates with no comment text beside them', () => {
    const lines = [
      'The festival announced its programme for the autumn season on Tuesday, with three premieres.',
      'Opening night',
      'Anna Netrebko 07 Nov 12',
      'Jonas Kaufmann 08 Nov 12',
      'Placido Domingo 09 Nov 12',
      'Tickets go on sale next week at the box office and online, the organisers said.',
    ];
    const doc = runAlone(comments, lines, 'en');
    expect(doc.children.filter((b) => b.removed)).toEqual([]);
  });
});
