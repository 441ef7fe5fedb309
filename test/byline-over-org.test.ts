// An organisation's credit over a story whose first line, right before the prose, names the writers: the
// writers. Invented fixtures.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { page, runDump as run, w3m } from './helpers.js';

test('persons under an organisation\'s credit, opening the story', async () => {
  const body = [
    'The ferry line to the outer islands will run twice a day from March, the harbor office said on Tuesday after a long winter of single sailings.',
    '',
    'Islanders had asked for a second boat since the old one was laid up, and the office found the money in a fund meant for the breakwater.',
    '',
    'Fares stay the same for now; the office will look at them again in the autumn, when it knows how many people took the morning crossing.',
  ];
  const cases: [string, string[], string[]][] = [
    ['two writers parted by a slash', ['by Harbor TimesNovember 21, 2025', '', '…as islanders welcome a second boat', '', 'Ansel Quarry/Maria Pell'], ['Ansel Quarry', 'Maria Pell']],
    ['one writer', ['by Harbor TimesNovember 21, 2025', '', 'Maria Pell'], ['Maria Pell']],
    // Negatives: a person's credit stays; a caption or a picture's credit opening the story is no writer.
    ['a person\'s credit', ['by Ansel QuarryNovember 21, 2025', '', 'Maria Pell'], ['Ansel Quarry']],
    ['a caption', ['by Harbor TimesNovember 21, 2025', '', 'Villagers at the pier on Sunday'], ['Harbor Times']],
    ['a picture\'s credit', ['by Harbor TimesNovember 21, 2025', '', 'Maria Pell/Harbor Press'], ['Harbor Times']],
  ];
  for (const [name, credit, want] of cases) assert.deepEqual((await run(w3m(page('Story headline for the test', '', ...credit, '', ...body)))).data.byline?.value, want, name);
});
