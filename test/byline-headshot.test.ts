// The headshot source: a picture's alt text naming a person ("Picture of A", "Photo of A") and the same
// name alone as the next line with words, a writer's box as page builders print it. Invented fixtures;
// negatives: another name under the alt text, a picture of a thing, a caption sentence under it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { page, runDump as run } from './helpers.js';

test('the byline of a page: a writer\'s box under its headshot', async () => {
  const story = (...box: string[]) =>
    page('Pros and cons of a harbor job', ...box, '', 'Body text of the story, long enough to read as prose about the old pier.', '', 'More of the story, and the lights along the harbor wall.');
  const cases: [string, string, string[] | undefined][] = [
    ['"Picture of A" then A', story('Picture of Ansel Quarry', '', 'Ansel Quarry'), ['Ansel Quarry']],
    ['"Photo of A" then A, no blank line', story('Photo of Zorvek Talmani', 'Zorvek Talmani'), ['Zorvek Talmani']],
    // Negatives: another name under the alt text; a picture of a thing; a caption sentence under it.
    ['another name under it', story('Picture of Ansel Quarry', '', 'Tom Pellworth'), undefined],
    ['a picture of a thing', story('Picture of Harbor Lights', '', 'Harbor Lights'), undefined],
    ['a picture of a thing in lower case', story('Picture of the old pier', '', 'the old pier'), undefined],
    ['a caption under it', story('Photo of Ansel Quarry', '', 'Ansel Quarry at the pier, where the lights were fixed.'), undefined],
  ];
  for (const [name, text, want] of cases) assert.deepEqual((await run(text)).data.byline?.value, want, name);
});
