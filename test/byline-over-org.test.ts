// An organisation's credit over a story whose first line, right before the prose, names the writers: the
// writers. Invented fixtures.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { page, runDump as run, w3m } from './helpers.js';

test('persons under an organisation\'s credit, opening the story', async () => {
  const body = [
    'A ferry company has come under heavy criticism from five harbor villages who claim its operations are destroying their piers and livelihoods.',
    '',
    'Communities living near the site report that frequent powerful blasts shake their homes every week, and nobody answers their letters.',
    '',
    'The company said in a statement that it follows every rule set by the harbor board and would meet the villagers next month to listen.',
  ];
  const cases: [string, string[], string[]][] = [
    ['two writers parted by a slash', ['by Harbor TimesNovember 21, 2025', '', '…as villages cry foul', '', 'Ansel Quarry/Maria Pell'], ['Ansel Quarry', 'Maria Pell']],
    ['one writer', ['by Harbor TimesNovember 21, 2025', '', 'Maria Pell'], ['Maria Pell']],
    // Negatives: a person's credit stays; a caption or a picture's credit opening the story is no writer.
    ['a person\'s credit', ['by Ansel QuarryNovember 21, 2025', '', 'Maria Pell'], ['Ansel Quarry']],
    ['a caption', ['by Harbor TimesNovember 21, 2025', '', 'Villagers at the pier on Sunday'], ['Harbor Times']],
    ['a picture\'s credit', ['by Harbor TimesNovember 21, 2025', '', 'Maria Pell/Harbor Press'], ['Harbor Times']],
  ];
  for (const [name, credit, want] of cases) assert.deepEqual((await run(w3m(page('Story headline for the test', '', ...credit, '', ...body)))).data.byline?.value, want, name);
});
