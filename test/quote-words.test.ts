// Word tokens of the quote stages (quotes/words.ts): the bare form and the possessive flag, table-driven
// with negatives, and checked against the patterns they were computed with before on generated text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { words } from '../pipeline/stages/quotes/words.js';

test('a word\'s bare form drops one trailing period and a possessive ending', () => {
  const cases: [string, string, boolean][] = [
    ['Garin', 'Garin', false],
    ['Garin\'s', 'Garin', true],
    ['Garin’s', 'Garin', true],
    ['Jones\'', 'Jones', true],
    ['Garin\'s.', 'Garin', false],
    ['Sen.', 'Sen', false],
    ['U.S.', 'U.S', false],
    // negatives: an apostrophe inside a word, a capital S, a short word
    ['don\'t', 'don\'t', false],
    ['O\'Brien', 'O\'Brien', false],
    ['GARIN\'S', 'GARIN\'S', false],
    ['a\'', 'a', false],
  ];
  for (const [text, bare, possessive] of cases) {
    const [w] = words(text);
    assert.deepEqual([w.raw, w.bare, w.possessive], [text, bare, possessive], text);
  }
});

// What every token got from the two patterns before: the lookup must answer exactly as they did.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\-]|['\u2019](?=\p{L})|\.(?=\p{L}))*(?:['\u2019](?![\p{L}'\u2019])|\.)?|[,;:()\u2014\u2013]/gu;
const byPattern = (text: string) =>
  [...text.matchAll(WORD)].map((m) => {
    const bare = m[0].replace(/\.$/, '').replace(/['\u2019]s?$/u, '');
    return { raw: m[0], bare, lower: bare.toLowerCase(), start: m.index, end: m.index + m[0].length, possessive: /['\u2019]s?$/u.test(m[0]) && m[0].length > 2 };
  });

test('tokens are as the patterns gave them', () => {
  const bits = fc.constantFrom('Garin', 'a', 's', 'S', 'é', '𝐀', '1', '.', '\'', '’', ' ', '-', ',', '(', '\u2014');
  const text = fc.array(bits, { maxLength: 16 }).map((a) => a.join(''));
  fc.assert(fc.property(text, (t) => assert.deepEqual(words(t), byPattern(t))), { numRuns: 6000, seed: 1114 });
});
