// Two days whose stamps score alike: the one nearer the story's title dates it (a teaser's stamp printed
// far above the title is another story's).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { page, runDump as run } from './helpers.js';

const title = 'Harbour council agrees a budget for the pier';
const body = ['', 'The harbour council met on a wet evening and agreed the budget for the coming year after a long debate.', '', 'Members said the new plan would fund repairs to the old pier and two new ferry berths before the summer.', '', 'A vote on the berths is due at the next meeting, the chair said, once the surveys are back from the engineers.'];
const filler = Array.from({ length: 14 }, (_, k) => `Menu entry number ${k + 1} of the site`);
const teaser = ['Ferry timetable changes for the spring season', '', '20 April 2022', ''];

test('of two days that score alike, the one nearer the title dates the story', async () => {
  const cases: [string, string, string | undefined][] = [
    ['a teaser far above, the stamp right over the title', page(...teaser, ...filler, '', '21 April 2022', '', 'News', '', title, ...body), '2022-04-21'],
    // (Under the title the stamp outscores the teaser outright.)
    ['a teaser far above, the stamp right under the title', page(...teaser, ...filler, '', title, '', '21 April 2022', ...body), '2022-04-21'],
    // Negatives: the first is the nearer; a label outranks nearness.
    ['the first is the nearer', page(...filler, '', '21 April 2022', '', title, ...body, '', ...filler, ...filler, '', ...teaser), '2022-04-21'],
    ['a labelled stamp far above', page('Published 20 April 2022', '', ...filler, '', '21 April 2022', '', 'News', '', title, ...body), '2022-04-20'],
  ];
  for (const [name, text, want] of cases) assert.equal((await run(text)).data.date?.value?.slice(0, 10), want, name);
});
