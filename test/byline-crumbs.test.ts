// A breadcrumb printed as an ordered list (" 1. >> home" / " 2. >> Ansel Quarry") whose last item the page
// prints again as its title by the date: the title, not a writer, as with a bulleted trail. Invented
// fixtures; negatives: a writer by the date under a trail that ends elsewhere, a numbered item with no
// trail before it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { page, runDump as run } from './helpers.js';

test('beside the date: a numbered breadcrumb\'s last item is no writer', async () => {
  const body = ['', 'Cost: $20', '', 'From the venue:', '', 'The band plays the old pier again after a long winter of repairs to the hall.'];
  const cases: [string, string[], string[] | undefined][] = [
    ['a numbered trail ending with the name', [' 1. >> harbor events', ' 2. >> winter events', ' 3. >> Ansel Quarry', '', 'Ansel Quarry', '', 'Saturday December 30, 2023 10:00 PM', ...body], undefined],
    ['a numbered trail without arrows', [' 1. harbor events', ' 2. Ansel Quarry', '', 'Ansel Quarry', '', 'Saturday December 30, 2023 10:00 PM', ...body], undefined],
    // Negatives: the trail ends with another item; a numbered line with no item before it.
    ['a trail ending elsewhere', [' 1. >> harbor events', ' 2. >> winter events', '', 'Ansel Quarry', '', 'Saturday December 30, 2023 10:00 PM', ...body], ['Ansel Quarry']],
    ['one numbered item', ['Story headline for the test', '', ' 1. >> Ansel Quarry', '', 'Ansel Quarry', '', 'Saturday December 30, 2023 10:00 PM', ...body], ['Ansel Quarry']],
  ];
  for (const [name, lines, want] of cases) assert.deepEqual((await run(page(...lines))).data.byline?.value, want, name);
});
