// partOfFirm, creditOnly and parentNamed read the page with string tests (and parentNamed's cue) before they build
// a pattern for the name: the same answers as the pattern alone, here the functions as they were before (and
// parentNamed's own pattern, run on every page).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { creditOnly, parentNamed, parentPattern, partOfFirm } from '../pipeline/stages/outlet/not-outlet.js';
import { escapeRe } from '../pipeline/text/regexp.js';

function oldPartOfFirm(name: string, text: string): boolean {
  const esc = escapeRe(name);
  return new RegExp(`(?<![\\p{L}\\p{N}])${esc},[ \\t]+\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’-]+)?[ \\t]+(?:&|and)[ \\t]+(?:Co\\b|Company\\b|Sons\\b)`, 'u').test(text);
}
const PIECE_CREDIT = /(?:^|[^\p{L}])(?:data|image|images|photo|photos|photograph|picture|illustration|credit|courtesy)[^\n]{0,12}(?:©|\(c\)|copyright)|\([ \t]*(?:©|copyright)/iu;
function oldCreditOnly(name: string, text: string): boolean {
  const whole = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(name)}(?![\\p{L}\\p{N}])`, 'u');
  let held = false;
  for (const line of text.split('\n')) {
    if (!whole.test(line)) continue;
    if (!PIECE_CREDIT.test(line)) return false;
    held = true;
  }
  return held;
}
/** parentNamed's pattern alone (not-outlet.ts parentPattern), without the page's cue and word tests before it. */
function oldParentNamed(name: string, text: string): boolean {
  const bare = name.replace(/^the\s+/iu, '');
  return bare !== '' && parentPattern(bare).test(text);
}

// [name, page text, partOfFirm, creditOnly, parentNamed]
const cases: [string, string, boolean, boolean, boolean][] = [
  ['Quill', 'Printed by Quill, Marsh & Co. in 1920', true, false, false],
  ['Quill', 'Printed by Quill, Marsh and Sons', true, false, false],
  ['Quill', 'Printed by quill, Marsh & Co.', false, false, false],
  ['Quill', 'Quill , Marsh & Co.', false, false, false],
  ['Quill', 'Quills, Marsh & Co.', false, false, false],
  ['Ann Lee', 'A river at dawn\nPhoto: © Ann Lee', false, true, false],
  ['Ann Lee', 'Photo: © Ann Lee\n© 2024 Ann Lee', false, false, false],
  ['Ann Lee', '(© 2015 Ann Lee)\nMore text', false, true, false],
  ['Ann Lee', 'Nothing of the name here', false, false, false],
  ['Ann Lee', 'Photo: © Ann Leeson', false, false, false],
  ['Quayside Holdings', 'Harbor Ledger is a division of Quayside Holdings Inc.', false, false, true],
  ['Brightwater', 'Visit other Brightwater sites', false, false, true],
  ['Brightwater', 'Visit other Brightwater\tSites', false, false, true],
  ['The Brightwater', 'part of the Brightwater group', false, false, true],
  ['Brightwater Digital', 'the Brightwater\nDigital family of websites', false, false, true],
  ['Brightwater', 'Visit other sites of Brightwater', false, false, false],
  ['Brightwater', 'brightwater network of sites', false, false, false],
  ['Brightwater', 'other Brightwater sitesful', false, false, false],
  ['Brightwater', 'a unit of Brightwater Inc', false, false, true],
  ['Brightwater', 'a unit of Brightwater Harbor', false, false, false],
  ['', 'a division of Quayside', false, false, false],
  ['A.B (C)', 'a division of A.B (C) and A.B (C), Dee Eff & Co', true, false, true],
];

for (const [name, text, firm, credit, parent] of cases)
  test(`outlet refusal cues: ${JSON.stringify(name)} in ${JSON.stringify(text)}`, () => {
    assert.equal(partOfFirm(name, text), firm);
    assert.equal(creditOnly(name, text), credit);
    assert.equal(parentNamed(name, text), parent);
    assert.equal(oldPartOfFirm(name, text), firm);
    assert.equal(oldCreditOnly(name, text), credit);
    assert.equal(oldParentNamed(name, text), parent);
  });

test('outlet refusal cues: the same answers as the patterns alone on random pages', () => {
  // Pages of the phrases' words, names and marks in every order; names drawn from the same words.
  const bits = ['Quill', 'Marsh', 'quill', 'The', 'the', 'division', 'Division', 'subsidiary', 'unit', 'of', 'family', 'Network', 'network', 'other', 'Other', 'part', 'Part', 'sites', 'Websites', 'brands', 'Titles', 'stations', 'group', 'Inc', 'Co', 'Company', 'Sons', '&', 'and', ',', '.', '©', '(c)', '(©', 'Photo:', 'data', 'credit', 'Harbor', 'Ltd', '\n', ' ', ' ', ' ', '\t', 'é', '3'];
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
  const names = ['Quill', 'Quill Marsh', 'The Quill', 'Harbor', 'Marsh', 'quill', 'Harbor Quill', 'Harbor  Marsh', 'Co'];
  for (let i = 0; i < 4000; i++) {
    let text = '';
    for (let k = rand(40); k > 0; k--) text += bits[rand(bits.length)] + (rand(3) ? ' ' : '');
    const name = names[rand(names.length)];
    assert.equal(partOfFirm(name, text), oldPartOfFirm(name, text), `partOfFirm ${JSON.stringify([name, text])}`);
    assert.equal(creditOnly(name, text), oldCreditOnly(name, text), `creditOnly ${JSON.stringify([name, text])}`);
    assert.equal(parentNamed(name, text), oldParentNamed(name, text), `parentNamed ${JSON.stringify([name, text])}`);
  }
});
