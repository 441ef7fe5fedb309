// A date inside a paragraph of reporting is the paragraph's: a wrapped caption's tail line is short only
// because the paragraph wrapped there, and a line with more words than a meta line reads as a sentence.
// Neither stands as a stamp. A labelled stamp, and a dated dateline opening the story, still do. Invented pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { page, runDump as run, w3m } from './helpers.js';

const title = 'Harbour council agrees a budget for the pier';
const para = (...sentences: string[]) => ['', w3m(sentences.join(' '))];
const body = para('The harbour council met on a wet evening and agreed the budget for the coming year after a long debate about the ferries.', 'Members said the new plan would fund repairs to the old pier and two new ferry berths before the summer season begins.');
const more = para('The chair thanked the ferry crews for their patience during the works and promised a public meeting in the town hall.', 'A date for the meeting will be set once the contractors have agreed a schedule with the harbour master and the council.');
// The page's own stamp, over the title (it scores less than a meta line under the title would).
const stamp = ['Mara Lind', 'June 2, 2021 at 8:03 PM', ''];
const day = async (text: string) => (await run(text)).data.date?.value?.slice(0, 10);

test('a date inside a paragraph of reporting is no stamp', async () => {
  const cases: [string, string, string | undefined][] = [
    // A caption wrapped over three lines, its date on the short last one, an agency's credit after it.
    [
      "a caption's wrapped tail",
      page(...stamp, title, ...body, '', 'Ferry crews load the first cars onto the new berth at the north quay of the harbour during the early', 'morning tide, watched by the harbour master and a crowd of people from the town who came to see', 'it, Portside, May 4, 2019. AGENCY/Jo Roe', ...more),
      '2021-06-02',
    ],
    // A sentence of the story opening with a day long past: no stamp at all on the page.
    ['a sentence of the story', page(title, ...body, ...para('On June 24, 1987 — forty years ago this month — a ferry pilot and harbour equipment dealer named Tom Reed first sailed the channel at night, and the town has marked it ever since.'), ...more), undefined],
  ];
  for (const [name, text, want] of cases) assert.equal(await day(text), want, name);
});

test('a stamp in or beside a paragraph of reporting still dates the story', async () => {
  const cases: [string, string, string | undefined][] = [
    // Negatives: a labelled stamp run into the dek's paragraph; a dated dateline opening the story.
    [
      'a labelled stamp run into a paragraph',
      page(title, '', 'The council has agreed its budget for the coming year, with money for the old pier and for two new', 'ferry berths. Published: March 3, 2021 at 9:10 a.m. | Updated: March 3, 2021 at 11:02 a.m.', ...body),
      '2021-03-03',
    ],
    [
      'a dated dateline',
      page(title, ...para('PORTSIDE, March 3, 2021 (Coast Wire) - The harbour council met on a wet evening and agreed the budget for the coming year after a long debate.'), ...body),
      '2021-03-03',
    ],
    // A stamp on its own line under the byline, a short paragraph of its own.
    ['a stamp of its own', page(title, '', 'By Jane Doe', 'March 3, 2021', ...body), '2021-03-03'],
  ];
  for (const [name, text, want] of cases) assert.equal(await day(text), want, name);
});
