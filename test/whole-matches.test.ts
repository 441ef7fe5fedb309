// text/whole-words.ts wholeMatches and hasWhole: the matches of the whole-word pattern of a name (wholeName) with
// flags gu or giu, and its test with u or iu, found without building the pattern. The same as the pattern, on a table
// with negatives and on random names and texts (cases, letters and digits around, surrogate pairs, folding letters).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasWhole, wholeMatches, wholeName } from '../pipeline/text/whole-words.js';

const byPattern = (name: string, text: string, caseless: boolean) => [...text.matchAll(wholeName(name, caseless ? 'giu' : 'gu'))].map((m) => ({ index: m.index, text: m[0] }));

const CASES: [string, string, boolean, number[]][] = [
  ['Quay', 'Quay and Quay.', false, [0, 9]],
  ['Quay', 'quay QUAY Quay', true, [0, 5, 10]],
  ['Quay', 'quay QUAY Quay', false, [10]],
  ['Quay Post', '© Quay Post Inc', false, [2]],
  ['ab', 'abab ab', false, [5]],
  ['s', 'ſ s S', true, [0, 2, 4]],
  ['k', '\u212a k', true, [0, 2]],
  ['Quay', '\ud835\udc00Quay Quay\ud835\udc00 (Quay)', false, [15]],
  // After a match the pattern goes on from its end: no overlapping matches.
  ['..', '...', false, [0]],
  ['a a', 'A A A', true, [0]],
  // Negatives: inside a word, a digit touching it, another case, nothing.
  ['Quay', 'Quayside 2Quay Quay2 aQuay', false, []],
  ['Quay', 'QUAY', false, []],
  ['Quay', '', true, []],
];

test('wholeMatches: as the whole-word pattern matches (table)', () => {
  for (const [name, text, caseless, want] of CASES) {
    const got = [...wholeMatches(name, text, caseless)];
    assert.deepEqual(got.map((m) => m.index), want, `${name} in ${JSON.stringify(text)}`);
    assert.deepEqual(got, byPattern(name, text, caseless), `${name} in ${JSON.stringify(text)} (the pattern)`);
    assert.equal(hasWhole(name, text, caseless), want.length > 0);
  }
});

test('wholeMatches and hasWhole: as the pattern (random names and texts)', () => {
  let seed = 3;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed >>> 16) % n;
  };
  const CHARS = ['a', 'b', 'A', 'B', 's', 'S', 'k', 'ſ', '\u212a', ' ', '.', '1', 'é', 'É', '\ud835\udc00', '\n', '’'];
  const NAMES = ['ab', 'a', 'Ab', 'a b', 'b.', 's', 'k', 'é', 'a’b', '.', '..', 'a a', 'S s', '', 'a\ud835\udc00'];
  for (let round = 0; round < 5000; round++) {
    const text = Array.from({ length: rand(16) }, () => CHARS[rand(CHARS.length)]).join('');
    for (const name of NAMES) {
      for (const caseless of [false, true]) {
        assert.deepEqual([...wholeMatches(name, text, caseless)], byPattern(name, text, caseless), `${JSON.stringify(name)} in ${JSON.stringify(text)} ${caseless}`);
        assert.equal(hasWhole(name, text, caseless), wholeName(name, caseless ? 'iu' : 'u').test(text), `${JSON.stringify(name)} in ${JSON.stringify(text)} ${caseless}`);
      }
    }
  }
});
