// A kind-of-post tag in brackets before a title is cut (headline/tag.ts); a series' label or a year stays.
// Invented lines.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stripTag } from '../pipeline/stages/headline/tag.js';

const cases: [string, string][] = [
  ['[blog] 7 Ways to Read a Tide Table', '7 Ways to Read a Tide Table'],
  ['[video] Harbour ferry returns after a winter in dry dock', 'Harbour ferry returns after a winter in dry dock'],
  // Negatives: a year, a label in capitals, several words, a bracket inside the title, no bracket.
  ['[2031] Complete list of ferry timetables', '[2031] Complete list of ferry timetables'],
  ['[Video] Harbour ferry returns after a winter', '[Video] Harbour ferry returns after a winter'],
  ['[harbour notes] The ferry crew tells its story', '[harbour notes] The ferry crew tells its story'],
  ['Ferry timetables [updated] for the winter', 'Ferry timetables [updated] for the winter'],
  ['Harbour ferry returns after a winter', 'Harbour ferry returns after a winter'],
];

for (const [line, title] of cases) {
  test(`headline tag: ${line}`, () => assert.equal(stripTag(line), title));
}
