// echoKeys (text/lines.ts) finds a line's opening and closing words by the spaces around them: the same keys as
// splitting the line at ' ' and joining the first and last n words back, on any text, spaces at its ends and
// doubled spaces included (the scanner replaced that split).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { echoKeys } from '../pipeline/text/lines.js';
import { randomText, seeded } from './helpers.js';

function bySplit(folded: string, n: number): string[] {
  if (n <= 0) return [];
  const ws = folded.split(' ');
  if (ws.length < 2 * n) return [];
  return ['\u0001' + ws.slice(0, n).join(' '), '\u0002' + ws.slice(-n).join(' ')];
}

const cases: [string, number, string[]][] = [
  ['the ferry runs again from monday morning on', 3, ['\u0001the ferry runs', '\u0002monday morning on']],
  ['one two three four', 2, ['\u0001one two', '\u0002three four']],
  ['one two three', 2, []],
  ['', 1, []],
  ['single', 1, []],
  ['a b', 1, ['\u0001a', '\u0002b']],
  [' leading and trailing ', 2, ['\u0001 leading', '\u0002trailing ']],
  ['a  b c', 2, ['\u0001a ', '\u0002b c']],
  ['any words at all', 0, []],
];

for (const [text, n, want] of cases) {
  test(`echoKeys ${JSON.stringify(text)} n=${n}`, () => {
    assert.deepEqual(echoKeys(text, n), want);
    assert.deepEqual(echoKeys(text, n), bySplit(text, n));
  });
}

test('echoKeys gives what the split gave on random texts', () => {
  const rand = seeded(7);
  for (let i = 0; i < 5000; i++) {
    const text = randomText(rand, ['a', 'b', ' ', ' ', 'é'], 40);
    const n = rand(6);
    assert.deepEqual(echoKeys(text, n), bySplit(text, n), JSON.stringify([text, n]));
  }
});
