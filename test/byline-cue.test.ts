// The by-line grammar skips a line holding none of the strings its patterns need (byline/by-names.ts), and
// the cue is read off the patterns the settings give: a newsroom's own credit word still reads, and a
// pattern the reader cannot take apart leaves every line read. Invented fixtures.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byNames } from '../pipeline/stages/byline.js';
import { projectConfig } from './helpers.js';

test('by-line grammar: the default patterns, with lines the cue passes and lines it skips', async () => {
  const cfg = (await projectConfig()).metadata.byline;
  const cases: [string, string[] | undefined][] = [
    ['By Ansel Quarry', ['Ansel Quarry']],
    ['BY ANSEL QUARRY', ['Ansel Quarry']],
    ['Written by Ansel Quarry and Tom Pell', ['Ansel Quarry', 'Tom Pell']],
    ['Metro | by Ansel Quarry', ['Ansel Quarry']],
    // Negatives: no credit word at all; a credit word only inside another word.
    ['Ansel Quarry', undefined],
    ['The harbour council met on Tuesday', undefined],
    ['Bypass roadworks start today', undefined],
  ];
  for (const [line, want] of cases) assert.deepEqual(byNames(line, cfg), want, line);
});

test("by-line grammar: a newsroom's own credit word reads through the cue", async () => {
  const base = (await projectConfig()).metadata.byline;
  const cfg = { ...base, by_pattern: String.raw`^\s*(?:par|von)\s+` };
  assert.deepEqual(byNames('Par Ansel Quarry', cfg), ['Ansel Quarry']);
  assert.deepEqual(byNames('von Ansel Quarry', cfg), ['Ansel Quarry']);
  assert.equal(byNames('Paris Ansel Quarry', cfg), undefined);
  // A pattern with no string every match needs (a class only) gives no cue: every line is read.
  const open = { ...base, by_pattern: String.raw`^\s*[\p{Lu}]{3}:\s+` };
  assert.deepEqual(byNames('VON: Ansel Quarry', open), ['Ansel Quarry']);
});
