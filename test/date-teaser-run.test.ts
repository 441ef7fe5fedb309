// Two or three dated lines that print alike but give other days (related posts with their comment
// counts, a ticker of headlines, a column of timestamps) are teasers of other stories, not the story's
// stamp: the list rule, which asks for four lines or more, misses them. Invented pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { page, runDump as run } from './helpers.js';

const title = 'Harbour council agrees a budget for the pier';
const body = [
  '',
  'The harbour council met on a wet evening and agreed the budget for the coming year after a long debate.',
  '',
  'Members said the new plan would fund repairs to the old pier and two new ferry berths before the summer.',
  '',
  'The chair thanked the ferry crews for their patience during the works and promised a public meeting.',
];
const day = async (text: string) => (await run(text)).data.date?.value?.slice(0, 10);

test('a short run of teasers printed alike dates no story', async () => {
  const cases: [string, string, string | undefined][] = [
    // Related posts with their comment counts under the story.
    ['three teasers with comment counts', page(title, '', ...body, '', 'Related', '', 'Ferry fares to rise in spring', 'October 5, 2020 0', '', 'New berth opens at the north quay', 'October 5, 2020 0', '', 'Pier cafe changes hands', 'October 4, 2020 0'), undefined],
    // Timestamps of other stories over the title, one day apart.
    ['a column of timestamps', page('11/13/19 11:00AM', 'Ferry fares to rise in spring', '', '11/13/19 9:00AM', 'New berth opens at the north quay', '', '11/12/19 4:40PM', 'Pier cafe changes hands', '', title, ...body), undefined],
    // A ticker of headlines, whatever their length and punctuation.
    ['a ticker of headlines', page('  • [ October 26, 2020 ] Ferry fares to rise: what it means Audio', '  • [ October 24, 2020 ] Pier cafe changes hands Audio', '', title, ...body), undefined],
    ['titles with a colon or without', page(title, ...body, '', '  • Ferry fares to rise - January 13, 2020', '  • Pier cafe changes hands - December 16, 2019', '  • WAIT: New berth opens at the north quay - December 9, 2019'), undefined],
  ];
  for (const [name, text, want] of cases) assert.equal(await day(text), want, name);
});

test('a stamp beside dates printed otherwise, or of its own day, still dates the story', async () => {
  const cases: [string, string, string | undefined][] = [
    // Negatives: the story's stamp with a time over a bare date in the masthead.
    ['a timed stamp under a bare date', page('The Harbour Gazette', 'November 1, 2022', '', 'Mara Lind/', 'December 21, 2023/9:43 p.m. ET', '', title, ...body), '2023-12-21'],
    // One stamp at the top and the foot of the story: one day.
    ['one day printed twice', page(title, '', 'March 3, 2021', ...body, '', 'March 3, 2021'), '2021-03-03'],
    // A labelled stamp is no teaser, whatever prints beside it.
    ['a labelled stamp beside a bare date', page(title, '', 'Published March 3, 2021', '', 'March 5, 2021', ...body), '2021-03-03'],
    // A published and an edited stamp, each with a label the rules do not take: the labels tell them from teasers.
    ['labels the rules do not take', page(title, '', 'Published time: June 4, 2019 09: 41', '', 'Edited time: June 5, 2019 10: 07', ...body), '2019-06-04'],
    // A bare stamp under the title, and a date in another print a few lines down.
    ['a stamp over a date with a full stop', page(title, '', 'Oct 13, 2020', ...body, '', 'March 31, 2021.'), '2020-10-13'],
  ];
  for (const [name, text, want] of cases) assert.equal(await day(text), want, name);
});
