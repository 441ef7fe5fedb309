import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../pipeline/text/dates.js';
import { page, projectConfig, runDump as run } from './helpers.js';

test('date expressions as news sites write them', async () => {
  const zones = (await projectConfig()).metadata.date.zones;
  const cases: [string, string[]][] = [
    ['Published December 23, 2025 7:05pm EST', ['2025-12-23T19:05:00-05:00']],
    ['by Jo Calloway - 03/14/22 09:05 AM ET', ['2022-03-14T09:05:00-04:00']],
    ['Published: 07:12 GMT, 9 November 2021 | Updated: 07:30 GMT, 9 November 2021', ['2021-11-09T07:12:00+00:00', '2021-11-09T07:30:00+00:00']],
    ['Dec 17, 2023,03:53am EST', ['2023-12-17T03:53:00-05:00']],
    ['December 21, 2023/9:43 p.m. ET', ['2023-12-21T21:43:00-05:00']],
    ['Dec. 21, 2023 3 AM PT', ['2023-12-21T03:00:00-08:00']],
    ['2025-12-23T19:05:00-05:00', ['2025-12-23T19:05:00-05:00']],
    // w3m glues the year to the time: the year is four digits, the time without a zone stays a day.
    ['Dec 23, 202310:30 AM', ['2023-12-23']],
    ['Published On 9 Oct 20239 Oct 2023', ['2023-10-09']],
    ['• 19:00, 23 Dec 2023', ['2023-12-23']],
    ['24 December 2025 World', ['2025-12-24']],
    // Negatives: no year, an impossible day, a bare number after the date is no time.
    ['Tuesday, Dec. 19', []],
    ['February 30, 2023', []],
    ['May 5, 2023 7 people', ['2023-05-05']],
    // Day first, as most of the world writes it, only where the day cannot be a month.
    ['Posted on the 17/11/2024 at 08:15', ['2024-11-17']],
    ['23.04.2021 16:40', ['2021-04-23']],
    ['Aktualisiert 31.1.2022', ['2022-01-31']],
    // Negatives: either order is possible; no valid day either way; a version number.
    ['05.06.2024', []],
    ['13.13.2024', []],
    ['version 10.2.2024', []],
    // A two-digit year after dots or hyphens: month first as US sites write it, day first where it must be.
    ['Tilda Marsh 05.24.16 5:42 AM', ['2016-05-24']],
    ['• 12-05-23', ['2023-12-05']],
    ['14.11.24', ['2024-11-14']],
    // Negatives: not zero-padded (a version), an address's numbers, a time in a file name.
    ['version 2.10.11', []],
    ['server 10.10.10.10', []],
    ['[2017-10-12T21-33-32]', ['2017-10-12']],
    ['IMG_2025-12-12_13-11-13', ['2025-12-12']],
    // No digit, no date (findDates answers before its patterns): a date in words, digits of another script.
    ['the fifth of March, two thousand twenty', []],
    ['March \u0665, \u0662\u0660\u0662\u0664', []],
    ['March 5, 2024', ['2024-03-05']],
  ];
  for (const [text, want] of cases) assert.deepEqual(findDates(text, zones).map((h) => h.iso), want, text);
});

test('the publication date is the labelled or meta one, not a related link, a tweet or prose', async () => {
  const cases: [string, string, string | undefined][] = [
    [
      'a labelled date beats a related-story list',
      page('Headline of the story here', 'By Jane Doe', 'Published December 22, 2023 9:02am EST', '', 'Body text about the matter at hand.', '', 'Related', '', 'Other story one', '12/20/2023', 'By A Person', '', 'Other story two', '12/19/2023', 'By B Person', '', 'Other story three', '12/18/2023', 'By C Person', '', 'Other story four', '12/17/2023'),
      '2023-12-22T09:02:00-05:00',
    ],
    ['an update stamp is secondary to Published', page('Updated Nov. 10, 2021 6:41AM EST / Published Nov. 9, 2021 2:27PM EST', '', 'Body.'), '2021-11-09T14:27:00-05:00'],
    ['an update stamp alone still dates the story', page('Story headline for a test', 'Updated on December 1, 2023', '', 'Body text.'), '2023-12-01'],
    [
      'a date in an embedded tweet is not the publication date',
      page('— Rosa Quill (@harborwatcher) December 23, 2023', '', 'By Jane Doe', 'December 21, 2023', '', 'Body.'),
      '2023-12-21',
    ],
    ['a date in a photo caption is not the publication date', page('Runners wave at the finish line Sunday, Nov. 7, 2021, in Boise. (AP Photo/Jo Roe)', '', 'Body.'), undefined],
    ['a date in a sentence is not the publication date', page('The agency said on Thursday that the rules, which were adopted on March 4, 2022, would be reviewed by regulators next year.'), undefined],
    ['a labelled stamp naming its section after the date', page('Story headline for a test', '', 'Published 2024-03-08 in Gardening', '', 'Body text about the beds.'), '2024-03-08'],
    ['a byline and a date naming the section after it', page('Story headline for a test', '', 'By Tilda Marsh on June 4, 2022 2:10 pm in Sport', '', 'Body text about the match.'), '2022-06-04'],
    ['a date in an image file name is not the publication date', page('Story headline for a test', '', 'March 3, 2024', '', 'Body text about the tool.', '', '[Screen-Shot-2024-05-02-at-10]', '', '[Screen-Shot-2024-05-02-at-11]', '', 'More body text about the tool.'), '2024-03-03'],
    ['an "Update" note is secondary to the date under the title', page('Story headline for a test', '', 'March 3, 2024', '', 'Update May 9, 2024: a reader pointed out a second way to set the tool up, which is covered below.', '', 'Body text.'), '2024-03-03'],
    ['a copyright year with a date is not the publication date', page('Body.', '', 'Terms of Service, effective from July 2, 2018.'), undefined],
    // A timeline's entry, a reference with its link, a photo's label: dates of other things (invented lines).
    ['a timeline entry is no stamp', page('Story headline for a test', '', 'March 22, 2016: The council first hears of the plan.', '', 'Body text.'), undefined],
    ['a labelled stamp with a colon after it still dates the story', page('Story headline for a test', '', 'Published March 22, 2016: Harbour desk', '', 'Body text.'), '2016-03-22'],
    ['a reference with its link is no stamp', page('Story headline for a test', '', '“Harbour Guide.” Example.org. 15 Jul 2019. <https://example.org/guide>', '', 'Body text.'), undefined],
    ['a date without a link after it still dates the story', page('Story headline for a test', '', 'Harbour desk. 15 Jul 2019.', '', 'Body text.'), '2019-07-15'],
    ['a photo label dates the picture', page('Story headline for a test', '', 'Ferries wait at the quay. Photo: 12 April 2026', '', 'Body text.'), undefined],
    ['a photo desk is no photo label', page('Story headline for a test', '', 'Photo desk 12 April 2026', '', 'Body text.'), '2026-04-12'],
    // A slashed date that reads either way follows the page's other slashed dates (invented pages).
    ['a page that writes its dates day first reads 12/04 day first', page('Story headline for a test', '', '12/04/2020 by Tilda Marsh', '', 'Body text about the pier.', '', 'Older posts', '', 'Ferry fares rise 25/03/2020'), '2020-04-12'],
    ['a page that writes month first keeps 12/04 month first', page('Story headline for a test', '', '12/04/2020 by Tilda Marsh', '', 'Body text about the pier.', '', 'Older posts', '', 'Ferry fares rise 03/25/2020'), '2020-12-04'],
    ['a page that writes its dates day first reads 03.04.24 day first', page('Story headline for a test', '', '03.04.24 by Tilda Marsh', '', 'Body text about the pier.', '', 'Older posts', '', 'Ferry fares rise 25.03.24'), '2024-04-03'],
    ['a page with no evidence reads 03.04.24 month first', page('Story headline for a test', '', '03.04.24 by Tilda Marsh', '', 'Body text about the pier.'), '2024-03-04'],
    // A release or air date dates what the story is about; a weekday between a label and its date.
    ['a release date is not the publication date', page('Story headline for a test', '', '• Harbour Quest release date: May 3, 2024', '', 'Body text about the game.'), undefined],
    ['a label before a weekday still labels its date', page('Story headline for a test', '', 'Updated Tuesday, 9 January 2024 | Published Monday, 8 January 2024', '', 'Body text.'), '2024-01-08'],
    ['a page with no evidence reads 12/04 month first', page('Story headline for a test', '', '12/04/2020 by Tilda Marsh', '', 'Body text about the pier.'), '2020-12-04'],
  ];
  for (const [name, text, want] of cases) assert.equal((await run(text)).data.date?.value, want, name);
});

test('a dump named with its date is dated by its name', async () => {
  const { VFile } = await import('vfile');
  const { createProcessor, processArticle } = await import('../pipeline/article/process.js');
  const { emptyBatch } = await import('../pipeline/stages/options.js');
  const processor = createProcessor({ config: await projectConfig(), batch: emptyBatch() });
  for (const [path, want] of [['breitbart_2015-11-11_the-ninth-circle.txt', '2015-11-11'], ['naeb-00da2dd64885.txt', undefined], ['notes_2015-13-40_x.txt', undefined]] as const) {
    const file = new VFile({ value: 'A headline here\n\nThe council met and agreed the budget.', path });
    processArticle(processor, file);
    assert.equal(file.data.date?.value, want, path);
  }
});

test('comment stamps, captions, render stamps and list items do not date the story', async () => {
  const body = ['The harbour council met on a wet evening and agreed the budget for the coming year after a long debate.', '', 'Members said the new plan would fund repairs to the old pier and two new ferry berths before the summer.', '', 'A vote on the berths is due at the next meeting, the chair said, once the surveys are back from the engineers.'];
  const more = ['The pier was built more than a century ago and has been closed to cars since the storms of last winter.', '', 'Ferry crews have asked for the new berths for years, saying the old ones flood at every spring tide.', '', 'Engineers will survey the seabed in April, and work could start in the autumn if the survey finds no surprises.', '', 'Some members wanted the money spent on the bus station instead, but lost the vote by nine to six.', '', 'Traders on the quay welcomed the plan and said the closed pier had cost them visitors all through the summer.', '', 'The council will publish the full budget next week, with a public meeting on the berths later in the month.', '', 'The chair thanked the engineers and the ferry crews for their patience through a difficult winter on the quay.'];
  const longer = Array.from({ length: 16 }, (_, k) => `Line ${k + 1} of the report goes on about the pier, its ${k + 2} berths and the budget.`);
  const cases: [string, string, string | undefined][] = [
    [
      // Comments of the next day at other times of day do not confirm each other (each one alone scores more than the byline's date).
      'a byline date beats comments stamped with other times of day',
      page('Harbour council agrees a budget for the pier', '', 'Mara Lind March 9, 2017 13', '', ...body, '', ...more, '', ...longer, '', 'Comments', '', 'Tove Sand · March 10, 2017 at 12:20 AM', '', 'A fine piece on the pier.', '', 'Ola Berg · March 10, 2017 at 1:26 AM', '', 'Agreed on the berths.', '', 'Tove Sand · March 10, 2017 at 3:50 PM', '', 'Thanks for the reply.'),
      '2017-03-09',
    ],
    [
      'a reader who "said:" or a "Reply" link is a comment',
      page('Harbour council agrees a budget for the pier', '', 'March 9, 2017 | by Mara Lind', '', ...body, '', '• Ola Berg on March 12, 2017 at 4:47 pm said:', '', 'A fine piece on the pier.', '', 'Tove Sand March 14, 2017 at 9:40 pm Reply', '', 'Agreed on the berths.'),
      '2017-03-09',
    ],
    [
      'a caption credited "Picture by" is no stamp',
      page('Harbour council agrees a budget for the pier', '', 'Workers on the old pier on November 19, 2024. — Picture by Ana Ruiz', '', 'Friday, 22 Nov 2024 4:55 PM', '', ...body),
      '2024-11-22',
    ],
    ["a page's render stamp is no publication date", page('Harbour council agrees a budget for the pier', '', 'November 28, 2025/Local/Harbour', '', ...body, '', 'Rendered: Mon Dec 1 2025 09:14:03 GMT+0100 (Central European Standard Time)'), '2025-11-28'],
    ["a byline after an image's alt text", page('Harbour council agrees a budget for the pier', '', '[a1b2c3d4] By Mara Lind Last updated Nov 8, 2023 Share', '', ...body), '2023-11-08'],
    [
      'a stamp with a time over a list of bare dates is not one of its items',
      page('Harbour council agrees a budget for the pier', '', 'Mara Lind November 20, 2019 12:32', '', ...body, '', 'Related', '', 'Ferry fares rise again', 'May 15, 2017', '', 'New berths for the west quay', 'January 22, 2018', '', 'Pier closed after storm', 'January 12, 2016', '', 'Council elects a new chair', 'October 18, 2019'),
      '2019-11-20',
    ],
  ];
  for (const [name, text, want] of cases) assert.equal((await run(text)).data.date?.value?.slice(0, 10), want, name);
});

test('the first item of a list of stamps is one of its items', async () => {
  const item = (title: string, day: string) => ['  • ', `    ${title}`, '', '    A short teaser for the story that runs on over a line or two of the page.', `    Published: ${day}`];
  const text = page('Harbour council agrees a budget for the pier', '', 'Friday 20 October 2017 05.47 BST', '', 'The harbour council met on a wet evening and agreed the budget for the coming year after a long debate.', '', 'More on this story', '', ...item('Ferry fares rise again', '19 Oct 2017'), ...item('New berths for the west quay', '20 Oct 2017'), ...item('Pier closed after storm', '19 Oct 2017'), ...item('Council elects a new chair', '19 Oct 2017'), ...item('Harbour lights switched on', '19 Oct 2017'));
  assert.equal((await run(text)).data.date?.value?.slice(0, 10), '2017-10-20');
});

test('a title wrapped over two lines of the dump is found on the page', async () => {
  const { VFile } = await import('vfile');
  const { rankDates } = await import('../pipeline/stages/date/score.js');
  const cfg = (await projectConfig()).metadata;
  const text = ['Harbour Council Agrees a Budget for Pier Repairs and Two New Ferry Berths, Board Left With', 'Questions', '', 'March 9, 2017', '', 'Body text about the pier.'].join('\n');
  for (const [headline, want] of [['Harbour Council Agrees a Budget for Pier Repairs and Two New Ferry Berths, Board Left With Questions', 1], ['Harbour Council Agrees a Budget', 0]] as const) {
    const file = new VFile({ value: text });
    file.data.headline = { value: headline, via: 'test' };
    const [c] = rankDates(file, { ...cfg.date, byline_label_pattern: cfg.byline.label_pattern });
    assert.equal(c.cues.headline, want, headline);
  }
});

test('a label is a stamp, not a verb of a sentence; a stamp labelled "Originally published" dates the story', async () => {
  const { VFile } = await import('vfile');
  const { rankDates } = await import('../pipeline/stages/date/score.js');
  const cfg = (await projectConfig()).metadata;
  // [line, day of its candidate (none when the line gives none), labelled]
  const cases: [string, string | undefined, number][] = [
    ['Posted on Feb. 3, 2013', '2013-02-03', 1],
    ['Published: 9 May 2021', '2021-05-09', 1],
    ['By Tilda Marsh Published May 9, 2021', '2021-05-09', 1],
    ['Originally published June 12, 2018 at 7:40 pm', '2018-06-12', 1],
    // Negatives: the label word inside a sentence, a syndication note.
    ['The app was posted on Feb. 3, 2013, and has had poor reviews', '2013-02-03', 0],
    ['The figures have been published on May 9, 2021 by the ministry', '2021-05-09', 0],
    ['This story was originally published by the Harbour Gazette on May 1, 2019.', undefined, 0],
  ];
  for (const [line, day, label] of cases) {
    const file = new VFile({ value: ['Story headline for a test', '', line, '', 'Body text.'].join('\n') });
    const [c] = rankDates(file, { ...cfg.date, byline_label_pattern: cfg.byline.label_pattern });
    assert.equal(c?.iso.slice(0, 10), day, line);
    if (c) assert.equal(c.cues.label, label, line);
  }
});

test("today's date in a masthead far above the title does not date the story", async () => {
  const menu = Array.from({ length: 30 }, (_, k) => `  • Section ${k + 1}`);
  const body = ['The harbour council met on a wet evening and agreed the budget for the coming year after a long debate.', '', 'Members said the new plan would fund repairs to the old pier and two new ferry berths before the summer.'];
  const cases: [string, string, string | undefined][] = [
    ['a masthead date alone', page('Friday, May 5, 2023', '', ...menu, '', 'Harbour council agrees a budget for the pier', '', ...body), undefined],
    // Negatives: the same line under the title, a masthead stamp with a time, a masthead date without a weekday.
    ['under the title', page(...menu, '', 'Harbour council agrees a budget for the pier', '', 'Friday, May 5, 2023', '', ...body), '2023-05-05'],
    ['with a time of day', page('Friday, May 5, 2023 10:02 AM', '', ...menu, '', 'Harbour council agrees a budget for the pier', '', ...body), '2023-05-05'],
    ['without a weekday', page('May 5, 2023', '', ...menu, '', 'Harbour council agrees a budget for the pier', '', ...body), '2023-05-05'],
  ];
  for (const [name, text, want] of cases) {
    const file = await run(text);
    assert.equal(file.data.date?.value?.slice(0, 10), want, name);
    assert.equal(file.messages.some((m) => m.ruleId === 'date-masthead'), !want, name);
  }
});

test('two days tied below the article with nothing tying either to the story give no date', async () => {
  const body = [
    'The harbour council met on a wet evening and agreed the budget for the coming year after a long debate that ran until late.',
    '',
    'Members said the new plan would fund repairs to the old pier and two new ferry berths before the summer season starts again.',
    '',
    'A vote on the berths is due at the next meeting, the chair said, once the surveys are back from the engineers on the quay.',
    '',
    'Traders on the quay welcomed the plan and said the closed pier had cost them visitors all through the summer and the autumn.',
  ];
  // Long enough that the teasers stand beyond the title's reach.
  body.push(...Array.from({ length: 24 }, (_, k) => ['', `Paragraph ${k + 5} of the report goes on about the pier, its ${k + 2} berths and the money the council found for them.`]).flat());
  const teasers = (days: string[]) => days.flatMap((d, k) => ['', `Ferry story number ${k + 1} about the quay`, '', `By Writer ${'ABC'[k]} Person • ${d}`]);
  const cases: [string, string, string | undefined][] = [
    ['three teasers of three days', page('Harbour council agrees a budget for the pier', '', 'By Tilda Marsh', '', ...body, '', 'More stories', ...teasers(['Jun 3, 2021', 'Mar 9, 2021', 'May 14, 2021'])), undefined],
    // Negatives: one of them under the title; the same day twice.
    ['a date under the title', page('Harbour council agrees a budget for the pier', '', 'By Tilda Marsh', '', 'Jun 5, 2021', '', ...body, '', 'More stories', ...teasers(['Jun 3, 2021', 'Mar 9, 2021', 'May 14, 2021'])), '2021-06-05'],
    ['one day twice', page('Harbour council agrees a budget for the pier', '', 'By Tilda Marsh', '', ...body, '', 'More stories', ...teasers(['Jun 3, 2021', 'Jun 3, 2021', 'May 14, 2021'])), '2021-06-03'],
  ];
  for (const [name, text, want] of cases) {
    const file = await run(text);
    assert.equal(file.data.date?.value?.slice(0, 10), want, name);
    if (!want) assert.ok(file.messages.some((m) => m.ruleId === 'date-undecided'), name);
  }
});
