// lowerCase (pipeline/text/lower-case.ts) stands in for toLowerCase in the quote rules: it must give the
// same string for every input, ASCII with and without capitals, other scripts, astral characters, lone
// surrogates and the characters whose lowercase is longer ("İ").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lowerCase } from '../pipeline/text/lower-case.js';

test('lowerCase: what toLowerCase gives, on words and odd strings', () => {
  const cases = ['', 'said', 'Said', 'SAID', 'mr.', "o'neil", 'x-ray', '3rd', '@#[`{', 'Z', 'z', '\u0130stanbul', '\u00c9t\u00e9', '\u00e9t\u00e9', '\u03a3\u039f\u03a3', '\ud835\udc9c', '\ud800', 'ab\u2019s', '\u00df', 'A\u0301'];
  for (const s of cases) assert.equal(lowerCase(s), s.toLowerCase(), JSON.stringify(s));
});

test('lowerCase: what toLowerCase gives on every BMP character, alone and after a lowercase word', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    assert.equal(lowerCase(ch), ch.toLowerCase(), `U+${c.toString(16)}`);
    assert.equal(lowerCase(`ab${ch}`), `ab${ch}`.toLowerCase(), `ab U+${c.toString(16)}`);
  }
});
