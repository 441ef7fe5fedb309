// Names beside the date that are no writer's: a toolbar's buttons under the date ("Download PDF",
// "Supplementary Material"), a post's title of everyday words printed once by its date when the headline
// stage found none. Invented fixtures; negatives keep a writer under the date, a writer whose surname the
// prose writes in lower case, and a firm credited as written and named again on the page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { page, runDump as run } from './helpers.js';

const prose = 'Body text of the story, long enough to read as prose about the old pier.';

test('beside the date: buttons and a post title are no writer', async () => {
  const dek = (credit: string, signed: boolean) =>
    page('Story headline for the test', '', 'A look at what the storms left of the old pier and the wall.', credit, 'Dec. 19, 2025', '5 min read', '',
      'Every pier needs a careful design after the storms, and the wall more than most of what stands on it.', '',
      'The slipway came first, then the lights along the wall, then the benches by the water.', '',
      `This post was written by ${signed ? credit : 'the studio'} for the harbor board.`);
  const toolbar = (credit: string) => page('Story headline for the test', '', prose, '', 'Back to top', 'Posted March 4, 2021.', credit, '', 'Supplementary Material', 'Email', 'Share');
  const cases: [string, string, string[] | undefined][] = [
    ['"Download PDF" under the date', toolbar('Download PDF'), undefined],
    ['"Print PDF" under the date', toolbar('Print PDF'), undefined],
    ['a title of everyday words by the date, one of them in the prose in lower case', dek('Method Design', false), undefined],
    // Negatives: a writer under the date; a writer whose surname is a word of the prose; a firm credited
    // by the date and named again in the sign-off.
    ['a writer under the date', toolbar('Ansel Quarry'), ['Ansel Quarry']],
    ['a writer whose surname the prose writes in lower case', dek('Zorvek Design', false), ['Zorvek Design']],
    ['a firm credited as written, named again', dek('Method Design', true), ['Method Design']],
  ];
  for (const [name, text, want] of cases) assert.deepEqual((await run(text)).data.byline?.value, want, name);
});
