// lowerWordsOf (text/lower-words.ts) replaced a set of the page's lowercase letter runs, built by a split
// of the whole page; it must answer exactly as that set does, for any page and any word asked.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { lowerWordsOf } from '../pipeline/text/lower-words.js';

/** The replaced code: every run of letters that is all lowercase, 3 or more. */
const bySplit = (text: string) => new Set(text.split(/[^\p{L}]+/u).filter((w) => /^\p{Ll}{3,}$/u.test(w)));

test('a word counts where the page writes it as a whole lowercase run of letters', () => {
  const cases: [string, string, boolean][] = [
    ['the press desk', 'desk', true],
    ['the press desk', 'des', false],
    ['Desk and desks', 'desk', false],
    ['news-desk, 3desk_', 'desk', true],
    ['ab ab', 'ab', false],
    ['zoë zoëx', 'zoë', true],
    ['𝐀desk desk𝐚', 'desk', false],
    ['𝐀desk desk', 'desk', true],
    ['cafe\u0301', 'cafe', true],
    ['', 'desk', false],
    ['Desk', 'Desk', false],
  ];
  for (const [text, word, want] of cases) {
    assert.equal(lowerWordsOf(text).has(word), want, `${word} in ${JSON.stringify(text)}`);
    assert.equal(bySplit(text).has(word), want, `split: ${word} in ${JSON.stringify(text)}`);
  }
});

test('lowerWordsOf answers as the split set over generated pages', () => {
  const unit = fc.constantFrom('a', 'b', 'c', 'A', 'B', 'é', 'É', 'ß', ' ', '-', '.', '1', '_', '\n', '𝐚', '𝐀', '\u0301', '\ud835', '\udc1a', 'ǅ');
  const page = fc.array(unit, { maxLength: 40 }).map((u) => u.join(''));
  fc.assert(
    fc.property(page, fc.array(fc.array(unit, { maxLength: 6 }).map((u) => u.join('')), { maxLength: 8 }), (text, asked) => {
      const set = bySplit(text);
      const fast = lowerWordsOf(text);
      // every run the page has, and words made up, some twice (the answers are kept)
      for (const w of [...set, ...asked, ...asked]) assert.equal(fast.has(w), set.has(w), `${JSON.stringify(w)} in ${JSON.stringify(text)}`);
    }),
    { numRuns: 3000 },
  );
});
