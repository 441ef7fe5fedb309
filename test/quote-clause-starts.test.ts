// opensSentence (quotes/names/clauses.ts) reads the character before a word first and only then runs its
// pattern; chunks' gaps (quotes/grammar/chunks.ts) of one character or none are read by char code. Both
// must answer as their patterns did: table-driven cases (positives and negatives), then random texts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gapSeparates } from '../pipeline/stages/quotes/grammar/chunks.js';
import { opensSentence } from '../pipeline/stages/quotes/names/clauses.js';
import { randomText, seeded } from './helpers.js';

// The test as it was: the pattern on the four characters before, trimmed.
const SENTENCE_START = /(?:^|[.!?:]|[.!?]["\u201d'\u2019]+|["\u201c\u2018]|''|(?:^|[.!?]["\u201d'\u2019)]*\s*)\()$/u;
const byPattern = (text: string, at: number) => SENTENCE_START.test(text.slice(Math.max(0, at - 4), at).trimEnd());
const GAP_SEPARATOR = /["\u201c\u201d\u2015]|''|\s-{1,2}\s/u;

const rand = seeded(2024);

test('opensSentence: the cases', () => {
  const cases: [string, boolean][] = [
    ['Lamm', true],
    ['She left. Lamm', true],
    ['"Go," Lamm', true],
    ['She asked: Lamm', true],
    ['He won.\u201d Lamm', true],
    ['\u201cLamm', true],
    ['(Lamm', true],
    ['left. (Lamm', true],
    ['said Lamm', false],
    ['a, Lamm', false],
    ['x)\n\n Lamm', false],
    ['   Lamm', true],
  ];
  for (const [text, want] of cases) {
    const at = text.lastIndexOf('Lamm');
    assert.equal(opensSentence(text, at), want, JSON.stringify(text));
    assert.equal(opensSentence(text, at), byPattern(text, at), JSON.stringify(text));
  }
});

test('opensSentence: what its pattern says, at every place of random texts', () => {
  const alphabet = ['a', 'Z', '.', '!', '?', ':', '"', '\u201d', "'", '\u2019', '\u201c', '\u2018', '(', ')', ' ', '\n', '\u00a0', '\u2003', ',', '\ud835\udc9c', '\ud800', '-'];
  for (let k = 0; k < 4000; k++) {
    const t = randomText(rand, alphabet, 14);
    for (let at = -1; at <= t.length + 2; at++) assert.equal(opensSentence(t, at), byPattern(t, at), `${JSON.stringify(t)} at ${at}`);
  }
});

test('chunks\' gaps: what GAP_SEPARATOR says', () => {
  const alphabet = ['"', '\u201c', '\u201d', '\u2015', "'", ' ', '-', '\n', 'a', '\u2014', '\u00a0'];
  for (let k = 0; k < 6000; k++) {
    const t = randomText(rand, alphabet, 8);
    for (let from = 0; from <= t.length; from++) {
      for (let to = from - 1; to <= t.length + 1; to++) assert.equal(gapSeparates(t, from, to), GAP_SEPARATOR.test(t.slice(from, to)), `${JSON.stringify(t)} [${from}, ${to})`);
    }
  }
});
