// People's LowerWords answers "does the article write this word in lowercase" by searching the text; it
// must answer as the set of lowercaseWords it replaced: a table of invented texts with positives and
// negatives at each edge of a word (apostrophes, hyphens, other letters, block joins, astral
// characters), random texts against the set, and one article's answers never given for another's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LowerWords } from '../pipeline/stages/quotes/names/lower-words.js';
import { lowercaseWords } from '../pipeline/stages/quotes/names/lowercase-words.js';
import { randomText, seeded } from './helpers.js';

const setOf = (texts: string[]) => new Set(texts.flatMap((t) => lowercaseWords(t)));

const TABLE: [texts: string[], word: string, has: boolean][] = [
  [['Nobody asked, and nobody cared.'], 'nobody', true],
  [['Nobody asked.'], 'nobody', false],
  [['the people said'], 'people', true],
  [['townspeople said'], 'people', false],
  [['peoples said'], 'people', false],
  [["people's choice"], 'people', false],
  [["people's choice"], "people's", true],
  [['x-ray people'], 'ray', false],
  [['x-ray people'], 'x-ray', true],
  [['-lower case'], 'lower', false],
  [["'quoted' words"], 'quoted', false],
  [['\u2019curly\u2019 words'], 'curly', false],
  [['r\u00e9sum\u00e9 sent'], 'r\u00e9sum\u00e9', true],
  [['\u00c9t\u00e9 here'], 't\u00e9', false],
  [['3rd place'], 'rd', true],
  [['a.b c'], 'b', true],
  [['first block', 'second'], 'block', true],
  [['first block', 'second'], 'second', true],
  [['first', 'block'], 'first\nblock', false],
  [['Upper', 'lower'], 'upper', false],
  [[''], '', false],
  [['word'], 'wor', false],
  [['word'], 'Word', false],
  [['a b'], 'a b', false],
  // astral characters: read by the pattern, as before
  [['\ud835\udc9cword and plain'], 'word', false],
  [['\ud835\udc9cword and plain'], 'plain', true],
  [['word\ud835\udcb6 end'], 'word', false],
  [['a \ud835\udcb6x b'], 'b', true],
];

test('LowerWords: the table', () => {
  for (const [texts, word, has] of TABLE) {
    assert.equal(new LowerWords(texts).has(word), has, JSON.stringify([texts, word]));
    assert.equal(setOf(texts).has(word), has, `table row agrees with the set: ${JSON.stringify([texts, word])}`);
  }
});

test('LowerWords answers as the set of lowercaseWords on random texts', () => {
  const alphabet = ['a', 'b', 'ab', 'Z', '\u00e9', '\u00c9', '\u00df', '\u01c5', '7', "'", '\u2019', '-', '.', ' ', '\n', '\u0301', '\u4e2d', '_'];
  const astral = [...alphabet, '\ud835\udc9c', '\ud835\udcb6'];
  const rand = seeded(4242);
  for (let k = 0; k < 2000; k++) {
    const letters = k % 4 === 3 ? astral : alphabet;
    const texts = Array.from({ length: 1 + rand(3) }, () => randomText(rand, letters, 30));
    const set = setOf(texts);
    const lower = new LowerWords(texts);
    // every word of the set, and words that are not: pieces of the texts, and other strings
    const asks = [...set, ...texts.map((t) => t.slice(rand(5), rand(12))), randomText(rand, letters, 4), 'ab', 'a', "a'", 'a-b'];
    for (const w of asks) assert.equal(lower.has(w), set.has(w), JSON.stringify([texts, w]));
    // asked again (the kept answer)
    for (const w of asks) assert.equal(lower.has(w), set.has(w), JSON.stringify([texts, w, 'again']));
  }
});

test('LowerWords: one article\'s answers are not another\'s', () => {
  const first = new LowerWords(['the crowd cheered']);
  const second = new LowerWords(['The Crowd Cheered']);
  assert.equal(first.has('crowd'), true);
  assert.equal(second.has('crowd'), false);
  assert.equal(first.has('crowd'), true);
  assert.equal(new LowerWords([]).has('crowd'), false);
});
