// How a title may open (candidates.ts isTitleShaped): a capital, a number or a quotation mark, and also a
// brand written in lower case before a capital, a bracketed label before the title, or emoji. Invented lines.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isTitleShaped, type TitleRules } from '../pipeline/stages/headline/candidates.js';

const rules: TitleRules = { minWords: 3, maxWords: 20, notTitle: [], chrome: [], stopwords: new Set(), notAfter: [], header: [] };

const cases: [string, boolean][] = [
  ['Harbour ferry returns after a winter in dry dock', true],
  ['12 ways the harbour ferry changed this year', true],
  ['“We will sail again,” says the ferry captain', true],
  // A brand in lower case before a capital.
  ['eFerry app now sells tickets for the night crossing', true],
  ['xKite Pro review: a drone for the windy coast', true],
  // A bracketed label before the title.
  ['[Video] Harbour ferry returns after a winter in dry dock', true],
  ['[2031] Complete list of ferry timetables for the islands', true],
  ['[Harbour Notes: Winter] The ferry crew tells its story', true],
  // Emoji before the words, the words in either case.
  ['🚀 Harbour ferry returns after a winter in dry dock', true],
  ['🍾🎉 ferrylog 2: the night crossing is back', true],
  // Negatives: a copyright or trademark sign, a check mark of a list (signs without emoji presentation).
  ['© 2031 Harbour Ferry Company all rights', false],
  ['✔ Free coffee on every night crossing', false],
  // Negatives: a sentence's middle, a form's checkbox, an image's name run into the text, a bracket alone.
  ['and the ferry returned after a winter in dry dock', false],
  ['[ ] Remember me on this computer', false],
  ['[ferry_logo]Harbour Ferry Company timetables', false],
  ['[blank]', false],
  ['[Video] and the ferry returned after a winter', false],
  ['e-mail the ferry office about lost property', false],
];

for (const [text, shaped] of cases) {
  test(`headline opens: ${shaped ? 'title-shaped' : 'not a title'}: ${text}`, () => assert.equal(isTitleShaped(text, rules), shaped));
}
