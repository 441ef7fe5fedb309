// gatherEvidence spaces a capitalised word w3m glued after an initialism ("L.P.Terms" -> "L.P. Terms") with a
// look-behind pattern, tried only on a page a cheaper pattern says holds such a place: the result must be what
// the look-behind pattern alone gives, on invented texts (positives and negatives) and on random strings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spaceInitialisms } from '../pipeline/stages/outlet/signals.js';

// The replace as it was, run on every page.
const OLD = /(?<=(?<![\p{L}.])\p{Lu}\.\p{Lu}\.)(?=\p{Lu}\p{Ll})/gu;
const always = (t: string) => t.replace(OLD, ' ');

const TEXTS: [string, string][] = [
  ['World Report L.P.Terms & Conditions', 'World Report L.P. Terms & Conditions'],
  ['Q.R.Harbor\nX.Y.Zed and U.S.News', 'Q.R. Harbor\nX.Y. Zed and U.S. News'],
  ['\u00c9.\u00d6.\u00c4bc', '\u00c9.\u00d6. \u00c4bc'],
  // negatives: a letter or a dot before the initialism, a capital word in capitals, a lower-case word, one letter
  ['aL.P.Terms', 'aL.P.Terms'],
  ['.L.P.Terms', '.L.P.Terms'],
  ['L.P.TERMS', 'L.P.TERMS'],
  ['L.P.terms', 'L.P.terms'],
  ['L.Terms', 'L.Terms'],
  ['L.P. Terms', 'L.P. Terms'],
  ['no initialism at all', 'no initialism at all'],
  ['', ''],
];

test('initialism glue: spaced as the look-behind pattern spaces, on invented texts', () => {
  for (const [t, want] of TEXTS) {
    assert.equal(always(t), want, `fixture: ${t}`);
    assert.equal(spaceInitialisms(t), want, t);
  }
});

test('initialism glue: spaced as the look-behind pattern spaces, on random strings', () => {
  const parts = ['L.', 'P.', '\u00c9.', 'U', '.', 'Ab', 'Terms', 'TE', 'a', 'x', ' ', '\n', '\u00e9', '\ud835\udc9c', '1'];
  let seed = 11;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return (seed >>> 16) % n; // (the high bits: the low ones of this generator cycle)
  };
  let spaced = 0;
  for (let k = 0; k < 5000; k++) {
    let t = '';
    const len = 1 + rand(10);
    for (let i = 0; i < len; i++) t += parts[rand(parts.length)];
    const want = always(t);
    if (want !== t) spaced++;
    assert.equal(spaceInitialisms(t), want, JSON.stringify(t));
  }
  assert.ok(spaced > 20, `the random strings hold places to space (${spaced})`);
});
