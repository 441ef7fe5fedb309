// An author box's credit on one line: "About the Author: A", "About the author – A", "Author - A", read as
// a by-line. Invented fixtures; negatives: the heading alone, a sentence about authors, "Author" in prose.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byNames } from '../pipeline/stages/byline.js';
import { page, projectConfig, runDump as run } from './helpers.js';

test('by-line grammar: an author box credit on one line', async () => {
  const config = await projectConfig();
  const cfg = config.metadata.byline;
  const g = { zones: config.metadata.date.zones, given: new Set(['ansel', 'tom']) };
  const cases: [string, string[] | undefined][] = [
    ['About the Author: Ansel Quarry', ['Ansel Quarry']],
    ['About the author – Ansel Quarry', ['Ansel Quarry']],
    ['About the Author - Ansel Quarry', ['Ansel Quarry']],
    ['Author - Ansel Quarry', ['Ansel Quarry']],
    // Negatives: the heading alone; a sentence about authors; a hyphenated word after "Author".
    ['About the Author', undefined],
    ['About the authors of this guide', undefined],
    ['Author-led walks start at the pier', undefined],
  ];
  for (const [line, want] of cases) assert.deepEqual(byNames(line, cfg, g), want, line);
});

test('the byline of a page: an author box under the story', async () => {
  const story = ['Story headline for the test', '', 'Body text of the story, long enough to read as prose about the old pier.', '', 'More of the story, and the lights along the harbor wall.', ''];
  const cases: [string, string, string[] | undefined][] = [
    ['"About the Author - A" under the story', page(...story, '[headshot]', 'About the Author - Ansel Quarry', '', 'Hi! I write about harbors and piers.'), ['Ansel Quarry']],
    // Negative: the box's heading alone over a bio with no name line.
    ['the heading over a bio', page(...story, 'About the Author', '', 'Hi! I write about harbors and piers.'), undefined],
  ];
  for (const [name, text, want] of cases) assert.deepEqual((await run(text)).data.byline?.value, want, name);
});
