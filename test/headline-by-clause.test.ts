// A title that opens with "By" and a verb in -ing is a clause, not a byline (candidates.ts isTitleShaped): the
// not-title patterns, tried case-insensitively, are asked of the line less its "By". Invented lines.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTitleShaped, type TitleRules } from '../pipeline/stages/headline/candidates.js';

const rules: TitleRules = { minWords: 3, maxWords: 20, notTitle: [/^(?:by|written by)\b/iu], chrome: [], stopwords: new Set(), notAfter: [], header: [] };

const cases: [string, boolean][] = [
  ['By cutting fares, the harbour city wins back its ferry riders', true],
  ['By opening late, the island library doubles its readers', true],
  // Negatives: bylines, names that end in -ing among them, and a label in lower case.
  ['By Jane Harbour and Sam Keel', false],
  ['By Sterling Marsh, Staff Writer', false],
  ['by staff and wire reports', false],
  ['By the Harbour Desk', false],
  ['Written by Jane Harbour', false],
];

for (const [text, shaped] of cases) {
  test(`headline by-clause: ${shaped ? 'title-shaped' : 'not a title'}: ${text}`, () => assert.equal(isTitleShaped(text, rules), shaped));
}
