// text/string-lines.ts: one pass over a text finds, for each set of strings, the lines holding one of them as a
// case-insensitive Unicode pattern would find it (the outlet signals' cues are asked on those lines only).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StringLines } from '../pipeline/text/string-lines.js';
import { escapeRe } from '../pipeline/text/regexp.js';

/** What a line-by-line test with the strings' own case-insensitive pattern finds. */
const naive = (sets: string[][], text: string) => {
  const lines = text.split('\n');
  return sets.map((set) => {
    const re = new RegExp(set.map((s) => escapeRe(s)).join('|'), 'iu');
    return lines.flatMap((l, i) => (re.test(l) ? [i] : []));
  });
};

const SETS = [['more'], ['sign up', 'subscribe', 'get'], ['©', '(c)', 'copyright'], ['editor', 'editorial'], ['   '], ['’s'], ['ks']];

const CASES: [string, number[][]][] = [
  ['', [[], [], [], [], [], [], []]],
  ['More from Harbor\nnothing here\nSUBSCRIBE now', [[0], [2], [], [], [], [], []]],
  // Overlapping strings, a string inside a longer word, one string twice on a line.
  ['editorial editor\nbudget gets\n© 2024 (C) Copyright', [[], [1], [2], [0], [], [], []]],
  // The long s and the Kelvin sign fold to ASCII letters under /iu; the dotted capital I does not.
  ['ſubscribe\nboo\u212a\u017f\nİ', [[], [0], [], [], [], [], [1]]],
  // Three spaces, a typographic apostrophe, a string cut by a line break (negatives: no line holds it whole).
  ['a   b\nHarbor’s\nmo\nre\nsign\nup', [[], [], [], [], [0], [1], []]],
  ['\n\n\nmore\n', [[3], [], [], [], [], [], []]],
  // Negatives: near misses.
  ['mor e\nsign-up\nc)opyright\nedito r', [[], [], [], [], [], [], []]],
];

test('string-lines: the lines holding each set\'s strings, in order, each once', () => {
  const sl = new StringLines(SETS);
  for (const [text, want] of CASES) {
    assert.deepEqual(sl.linesOf(text), want, JSON.stringify(text));
    assert.deepEqual(want, naive(SETS, text), `the table agrees with the pattern on ${JSON.stringify(text)}`);
  }
});

test('string-lines: strings with another case, a line break or nothing are refused', () => {
  for (const bad of [['More'], ['é'], ['a\nb'], [''], ['\u017f'], ['\ud83d\ude00']]) assert.throws(() => new StringLines([bad]), JSON.stringify(bad));
  assert.doesNotThrow(() => new StringLines([['©', '’', '(c)', '   ', 'a-b']]));
});

test('string-lines: the same lines as each line tested alone (random sets and texts)', () => {
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const ALPHA = 'abks ©’(';
  const TEXT = 'abksABKS ©’(\n\u017f\u212aé\t';
  const word = (chars: string, n: number) => Array.from({ length: n }, () => chars[rand(chars.length)]).join('');
  for (let round = 0; round < 300; round++) {
    const sets = Array.from({ length: 1 + rand(4) }, () => Array.from({ length: 1 + rand(3) }, () => word(ALPHA, 1 + rand(4))));
    const sl = new StringLines(sets);
    for (let t = 0; t < 10; t++) {
      const text = word(TEXT, rand(60));
      assert.deepEqual(sl.linesOf(text), naive(sets, text), `${JSON.stringify(sets)} on ${JSON.stringify(text)}`);
    }
  }
});
