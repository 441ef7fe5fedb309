// A page's published and updated stamps run together in one cell ("December 7, 2016March 9, 2021"):
// each is read as its own date, and with no label of its own the later day is the update.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from '../pipeline/text/dates.js';
import { page, projectConfig, runDump as run } from './helpers.js';

test('a month glued to the year of the date before it starts a second date', async () => {
  const zones = (await projectConfig()).metadata.date.zones;
  const cases: [string, string[]][] = [
    ['December 7, 2016March 9, 2021', ['2016-12-07', '2021-03-09']],
    ['Posted on June 3, 2021June 3, 2021', ['2021-06-03', '2021-06-03']],
    ['Apr. 14, 2022Apr. 30, 2022 by Tove Sand', ['2022-04-14', '2022-04-30']],
    ['Ola Berg October 2, 2014March 6, 2019', ['2014-10-02', '2019-03-06']],
    // Negatives: a longer number is no year; a month inside a word is no month.
    ['Order 120201March 6, 2019', []],
    ['Part 2021Mayhem 4, 2020', []],
    ['ref 20201May 4, 2020', []],
    ['ref 120211May 4, 2020', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(findDates(text, zones).map((h) => h.iso), want, text);
});

test('the older day of a glued published and updated pair dates the story', async () => {
  const body = ['', 'The harbour council met on a wet evening and agreed the budget for the coming year after a long debate.', '', 'Members said the new plan would fund repairs to the old pier and two new ferry berths before the summer.'];
  const title = 'Harbour council agrees a budget for the pier';
  const cases: [string, string, string | undefined][] = [
    ['published first, updated second', page(title, '', 'By Mara Lind December 7, 2016March 9, 2021', ...body), '2016-12-07'],
    ['updated first, published second', page(title, '', 'December 12, 2022April 5, 2020 by Mara Lind', ...body), '2020-04-05'],
    ['times on both stamps', page(title, '', 'By Mara Lind', 'Mar 3, 2022 9:40 AMMar 8, 2022 4:15 PM', ...body), '2022-03-03'],
    // Negatives: a label says which is which; one day twice is one stamp.
    ['a labelled update first', page(title, '', 'Updated December 10, 2021 Published April 9, 2022', ...body), '2022-04-09'],
    ['a labelled stamp first, the glued one after it', page(title, '', 'Published: March 9, 2021December 7, 2016', ...body), '2021-03-09'],
    ['the same day twice', page(title, '', 'By Mara Lind June 3, 2021June 3, 2021', ...body), '2021-06-03'],
  ];
  for (const [name, text, want] of cases) assert.equal((await run(text)).data.date?.value?.slice(0, 10), want, name);
});
