// The by-line grammar reads a credit closing a standfirst ("... the coast. By Ana Ruiz on Dec. 19, 2025") with a
// look-behind pattern, tried only on a line that holds "By" as written: the answer must be the pattern's alone,
// on invented lines (positives and negatives) and on random strings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceBy } from '../pipeline/stages/byline/by-names.js';

// sentenceBy as it was, its pattern tried on every line.
const SENTENCE_BY = /(?<=\p{Ll}[.!?]["”’]?)\s+By\s+(?=\p{Lu})/u;
const ON_DAY = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}on\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d{1,2}\b/iu;
function old(t: string): RegExpExecArray | null {
  const m = SENTENCE_BY.exec(t);
  return m && ON_DAY.test(t.slice(m.index + m[0].length)) ? m : null;
}
const same = (t: string) => {
  const a = sentenceBy(t);
  const b = old(t);
  assert.equal(a?.index, b?.index, JSON.stringify(t));
  assert.equal(a?.[0], b?.[0], JSON.stringify(t));
};

const LINES: [string, boolean][] = [
  ['The levy goes to the vote beyond the coast. By Ana Ruiz on Dec. 19, 2025', true],
  ['Will it pass?" By Jo Lin Roe on March 3, 2024', true],
  ['The levy goes to the vote. By Ana Ruiz', false],
  ['The levy goes to the vote. by Ana Ruiz on Dec. 19, 2025', false],
  ['THE VOTE. By Ana Ruiz on Dec. 19, 2025', false],
  ['The vote was won by Ana Ruiz on Dec. 19, 2025', false],
  ['', false],
];

test('sentence by: read as the look-behind pattern reads, on invented lines', () => {
  for (const [t, credit] of LINES) {
    assert.equal(!!old(t), credit, `fixture: ${t}`);
    same(t);
  }
});

test('sentence by: read as the look-behind pattern reads, on random strings', () => {
  // A credit's pieces, each kept, dropped or swapped for another piece at random: credits and near misses.
  const pieces = ['the', ' ', 'coast', '.', ' ', 'By', ' ', 'Ana', ' ', 'Ruiz', ' ', 'on', ' ', 'Dec.', ' ', '19'];
  const other = ['by', 'BY', 'B', 'y', '!"', '  ', '\t', 'x', 'ana', '\ud835\udc9c', '', 'Sept', '1', '.'];
  let seed = 5;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return (seed >>> 16) % n; // (the high bits: the low ones of this generator cycle)
  };
  let found = 0;
  for (let k = 0; k < 5000; k++) {
    const t = pieces.map((p) => (rand(4) ? p : other[rand(other.length)])).join('');
    if (old(t)) found++;
    same(t);
  }
  assert.ok(found > 100, `the random strings hold credits (${found})`);
});
