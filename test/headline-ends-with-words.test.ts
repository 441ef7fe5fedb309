// The headline stage drops a candidate that pads a shorter one with words before it ("News Harbor vote" over
// "Harbor vote"): endsWithWords answers `f.endsWith(' ' + o)` without building the string, and must answer
// the same on invented pairs (positives and negatives) and on random strings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endsWithWords } from '../pipeline/stages/headline/candidates.js';

const old = (f: string, o: string) => f.endsWith(' ' + o);

test('ends with words: as endsWith(" " + o), on invented pairs', () => {
  const pairs: [string, string, boolean][] = [
    ['news harbor vote', 'harbor vote', true],
    ['harbor vote', 'harbor vote', false],
    ['newsharbor vote', 'harbor vote', false],
    [' harbor vote', 'harbor vote', true],
    ['news harbor votes', 'harbor vote', false],
    ['a b', '', false],
    ['', '', false],
    ['x ', '', true],
  ];
  for (const [f, o, want] of pairs) {
    assert.equal(old(f, o), want, `fixture: ${f} / ${o}`);
    assert.equal(endsWithWords(f, o), want, `${f} / ${o}`);
  }
});

test('ends with words: as endsWith(" " + o), on random strings', () => {
  const parts = ['a', 'b', ' ', 'ab', '\u00e9', '\ud835\udc9c'];
  let seed = 9;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return (seed >>> 16) % n; // (the high bits: the low ones of this generator cycle)
  };
  const gen = (len: number) => Array.from({ length: len }, () => parts[rand(parts.length)]).join('');
  let hits = 0;
  for (let k = 0; k < 5000; k++) {
    const o = gen(rand(4));
    const f = rand(2) ? gen(rand(4)) + o : gen(rand(7));
    if (old(f, o)) hits++;
    assert.equal(endsWithWords(f, o), old(f, o), JSON.stringify([f, o]));
  }
  assert.ok(hits > 300, `the pairs hold positives (${hits})`);
});
