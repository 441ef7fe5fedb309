// unglue splits a month glued after a letter ("GermanDec 22") with patterns that open with the month and a
// check of the letters before it, written for speed; they must split exactly where the look-behind patterns
// they replaced did: on invented texts (positives and negatives for each part) and on random strings made
// of month words, capitals, digits, spaces and astral letters.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gluedMonths } from '../pipeline/text/names.js';

// The patterns as they were.
const OLD = /(?<=\p{L})(?=(?:April|August|December|February|January|July|June|March|May|November|October|September|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\b)/gu;
const OLD_CAPS = /(?<=\p{Lu}{2})(?=(?:APRIL|AUGUST|DECEMBER|FEBRUARY|JANUARY|JULY|JUNE|MARCH|MAY|NOVEMBER|OCTOBER|SEPTEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.?\s+\d{1,2}\b)/gu;
const byLookBehind = (t: string) => t.replace(OLD, ' ').replace(OLD_CAPS, ' ');

const TEXTS = [
  'Kent GermanDec 22, 2023',
  'Columnist IVDecember 22, 2023 and WriterSept. 3 and StaffSep 4',
  'By ANA RUIZMARCH 21, 2017; BY JO LINMAY 2; XMAY 5; ABMAYMAY 7',
  'Mayor May 5, March 3, Marching 4, Nova 5, Decent 9, June5, JuneX 5',
  'xJan. 12 xJan.12 xJanuary 123 xJanuary 12a xJuly\t4 xJuly\n4',
  '\ud835\udc9cMay 3 \ud835\udc9c\ud835\udc9cMAY 3 \u00c9\u00c9JUNE 4 \u00e9June 4 \u0130\u0130OCT 1',
  'NOVEMBER 9 aNOVEMBER 9 ABNOVEMBER 9 AbNOVEMBER 9 ABDECEMBER 31 ABDEC. 31',
  'no months here, only 12 digits and Caps',
  '',
];

test('glued months: split where the look-behind patterns split, on invented texts', () => {
  for (const t of TEXTS) assert.equal(gluedMonths(t), byLookBehind(t), t);
});

test('glued months: split where the look-behind patterns split, on random strings', () => {
  const parts = ['May', 'MAY', 'Dec', 'DEC', 'December', 'SEPT', 'Sept', 'Sep', 'JUNE', 'Jun', 'AB', 'x', 'Q', '\u00c9', '\ud835\udc9c', '.', ' ', '  ', '\t', '1', '22', '123', ',', 'a'];
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let k = 0; k < 3000; k++) {
    let t = '';
    const len = 1 + rand(14);
    for (let i = 0; i < len; i++) t += parts[rand(parts.length)];
    assert.equal(gluedMonths(t), byLookBehind(t), JSON.stringify(t));
  }
});
