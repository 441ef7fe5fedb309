// partOfFirm, creditOnly and parentNamed read the page with string tests (and parentNamed's cue) before they build
// a pattern for the name: the same answers as the pattern alone, here the functions as they were before (and
// parentNamed's own pattern, run on every page).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { creditOnly, parentNamed, partOfFirm } from '../pipeline/stages/outlet/not-outlet.js';
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
const anyCase = (words: string): string => words.replace(/\b\p{Ll}/gu, (c) => `[${c}${c.toUpperCase()}]`);
/** parentNamed's pattern as it was, holding the name (not-outlet.ts now matches its phrases around each place of the name). */
function parentPattern(bare: string): RegExp {
  const n = escapeRe(bare).replace(/\s+/gu, '\\s+');
  const ends = '(?![\\p{L}\\p{N}]|[ \\t]+(?!(?:Inc|LLC|Ltd|Limited|Corp|Corporation|Co|PLC|GmbH|AG|SA)\\b)\\p{Lu})';
  const group = `(?:${anyCase('sites|websites|brands|publications|titles|stations|media')})\\b`;
  return new RegExp(
    `\\b(?:${anyCase('division|subsidiary|unit')})[ \\t]+of[ \\t]+(?:${anyCase('the')}[ \\t]+)?${n}${ends}` +
      `|${n}[ \\t]+(?:${anyCase('family|network')})[ \\t]+of[ \\t]+${group}` +
      `|\\b${anyCase('other')}[ \\t]+${n}[ \\t]+${group}` +
      `|\\b${anyCase('part')}[ \\t]+of[ \\t]+the[ \\t]+${n}[ \\t]+(?:${anyCase('network|group|family')})\\b`,
    'u',
  );
}
/** parentNamed's pattern alone, without the page's cue and word tests before it. */
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
  // The phrase before the name and the one after, each checked where the page writes the name.
  ['Quill Marsh', 'a subsidiary of the Quill \n Marsh', false, false, true],
  ['Quill Marsh', 'a subsidiary of the Quill Marsh Ltd', false, false, true],
  ['Quill Marsh', 'a subsidiary of the Quill Marsh Harbor', false, false, false],
  ['Quill Marsh', 'a subsidiary ofthe Quill Marsh', false, false, false],
  ['Quill Marsh', 'asubsidiary of Quill Marsh', false, false, false],
  ['Quill', 'XQuill network of Stations', false, false, true],
  ['Quill', 'Quill network of stationsx', false, false, false],
  ['Quill', 'Other Quill Media', false, false, true],
  ['Quill', 'others Quill Media', false, false, false],
  ['Quill', 'Part of the Quill Family', false, false, true],
  ['Quill', 'Part of The Quill family', false, false, false],
  ['Quill', 'Quill Quill, Marsh & Co', true, false, false],
  ['Quill', 'éQuill, Marsh & Co', false, false, false],
  ['Quill', '3Quill, Marsh & Co', false, false, false],
  ['Quill', '-Quill, Marsh & Co', true, false, false],
  ['Quill', 'Quill, marsh & Co', false, false, false],
  ['Quill', 'Quill, Marsh & Coast', false, false, false],
  [' Quill', 'a division of  Quill', false, false, true],
  ['Quill ', 'a division of Quill  sites', false, false, true],
  ['Qu😀ill', 'a division of Qu😀ill and Qu😀ill, Marsh & Sons', true, false, true],
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
  const bits = ['Quill', 'Marsh', 'quill', 'The', 'the', 'division', 'Division', 'subsidiary', 'unit', 'of', 'family', 'Network', 'network', 'other', 'Other', 'part', 'Part', 'sites', 'Websites', 'brands', 'Titles', 'stations', 'group', 'Inc', 'Co', 'Company', 'Sons', '&', 'and', ',', '.', '©', '(c)', '(©', 'Photo:', 'data', 'credit', 'Harbor', 'Ltd', '\n', ' ', ' ', ' ', '\t', 'é', '3', '😀', 'Quill😀', 'x', '-', 'Marsh,', 'Quill,', 'LLC', 'Media', 'Family', 'The', '\n', 'a', 'Dee'];
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
  const names = ['Quill', 'Quill Marsh', 'The Quill', 'Harbor', 'Marsh', 'quill', 'Harbor Quill', 'Harbor  Marsh', 'Co', 'Quill Quill', 'Marsh Harbor Quill', 'Quill\nMarsh', ' Quill', 'Quill ', 'Quill😀', 'Q', 'Quill,', 'The The Quill', 'Quill.', 'Quill (Marsh)'];
  for (let i = 0; i < 20000; i++) {
    let text = '';
    for (let k = rand(40); k > 0; k--) text += bits[rand(bits.length)] + (rand(3) ? ' ' : '');
    const name = names[rand(names.length)];
    assert.equal(partOfFirm(name, text), oldPartOfFirm(name, text), `partOfFirm ${JSON.stringify([name, text])}`);
    assert.equal(creditOnly(name, text), oldCreditOnly(name, text), `creditOnly ${JSON.stringify([name, text])}`);
    assert.equal(parentNamed(name, text), oldParentNamed(name, text), `parentNamed ${JSON.stringify([name, text])}`);
  }
});

test('outlet refusal cues: the same answers as the patterns alone on random pages of the phrases themselves', () => {
  // A phrase's piece before a name (the one asked about or another), one after, other pieces around: a good
  // share of the pages hold one of the phrases (counted below).
  const before = ['a division of', 'A Subsidiary of the', 'unit of The', 'unit ofthe', 'xunit of', 'part of the', 'Part of The', 'other', 'Other', 'others', 'Quill', ''];
  const after = ['family of sites', 'Network of Websites', 'network of', 'group', 'Family', 'Media', 'media', 'sitesx', 'Inc.', 'Ltd', 'Harbor', 'harbor', ', Marsh & Co', ', Dee and Sons', ', Dee Eff & Company', ', marsh & Co', ', Dee & Coast', ',', '', 'é', '3'];
  const around = ['Harbor', 'quill', 'é', '😀', '-', '\n', 'a', ''];
  const spaces = [' ', '', '  ', '\n', '\t'];
  // (mulberry32: the draws here follow each other closely, and a bare LCG's draws were too alike)
  let seed = 11;
  const rand = (n: number) => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const pick = (xs: string[]) => xs[rand(xs.length)];
  const names = ['Quill', 'Quill Marsh', 'The Quill', 'Harbor', 'Marsh', 'Harbor Quill', 'Quill Quill', 'Quill\tMarsh', ' Quill', 'Quill ', 'Quill😀', 'Q', 'Quill.', 'Media'];
  let parents = 0;
  let firms = 0;
  for (let i = 0; i < 20000; i++) {
    const name = pick(names);
    const written = rand(4) ? name.replace(/^The /u, rand(2) ? '' : 'The ').replace(/ (?=\S)/u, pick(spaces) || ' ') : pick(names);
    const next = pick(after);
    let text = pick(around) + pick(spaces) + pick(before) + pick(spaces) + written + (next.startsWith(',') ? '' : pick(spaces)) + next + pick(spaces) + pick(around);
    if (rand(3) === 0) text = text + pick(spaces) + text;
    const firm = oldPartOfFirm(name, text);
    const parent = oldParentNamed(name, text);
    assert.equal(partOfFirm(name, text), firm, `partOfFirm ${JSON.stringify([name, text])}`);
    assert.equal(parentNamed(name, text), parent, `parentNamed ${JSON.stringify([name, text])}`);
    parents += parent ? 1 : 0;
    firms += firm ? 1 : 0;
  }
  assert.ok(parents > 500 && firms > 300 && parents < 19000, `${parents} parents, ${firms} firms`);
});
