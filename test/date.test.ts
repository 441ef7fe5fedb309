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
