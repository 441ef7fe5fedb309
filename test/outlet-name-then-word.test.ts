// fuller's matches of a name and the word after it (outlet/choose.ts nameThenWord) found without a pattern per name:
// the same matches, in order, as the pattern it replaces.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fuller, nameThenWord } from '../pipeline/stages/outlet/choose.js';
import { escapeRe } from '../pipeline/text/regexp.js';

const old = (name: string, text: string, gap: string) =>
  [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(name)}(?![\\p{L}\\p{N}'’])(?:${gap}([^\\s]+))?`, 'gu'))].map((m) => [m[0], m[1]]);
const now = (name: string, text: string, gap: string) => [...nameThenWord(name, text, gap)].map((m) => [m[0], m[1]]);

// [name, text, gap, matches]
const cases: [string, string, string, (string | undefined)[][]][] = [
  ['Harbor', 'Harbor Ledger and Harbor Ledger.', '[ \\t]', [['Harbor Ledger', 'Ledger'], ['Harbor Ledger.', 'Ledger.']]],
  ['Harbor', 'Harbor\nLedger', '[ \\t]', [['Harbor', undefined]]],
  ['Harbor', 'Harbor\nLedger', '[ \\t\\n]', [['Harbor\nLedger', 'Ledger']]],
  ['Harbor', "Harbor's Harbors xHarbor Harbor3 -Harbor-x", '[ \\t]', [['Harbor', undefined]]],
  ['Harbor', 'Harbor  Ledger', '[ \\t]', [['Harbor', undefined]]],
  ['Harbor', 'HarborHarbor Harbor Harbor', '[ \\t]', [['Harbor Harbor', 'Harbor']]],
  ['Harbor', 'éHarbor Harbor😀 😀Harbor Ledger', '[ \\t]', [['Harbor', undefined], ['Harbor Ledger', 'Ledger']]],
  ['', 'ab', '[ \\t]', []],
  ['', 'a  b', '[ \\t]', [[' b', 'b']]],
];
for (const [name, text, gap, want] of cases)
  test(`outlet nameThenWord: ${JSON.stringify(name)} in ${JSON.stringify(text)}`, () => {
    assert.deepEqual(now(name, text, gap), want);
    assert.deepEqual(old(name, text, gap), want);
  });

test('outlet nameThenWord: the same matches as the pattern on random pages', () => {
  const bits = ['Harbor', 'Ledger', 'Harbor Ledger', 'harbor', "'s", '’', 'x', 'é', '3', '😀', '-', '.', ' ', '  ', '\n', '\t', '\u00a0', ''];
  let seed = 9;
  const rand = (n: number) => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const names = ['Harbor', 'Harbor Ledger', 'Ledger', 'Harbor😀', 'H', 'Harbor Harbor'];
  let found = 0;
  for (let i = 0; i < 20000; i++) {
    let text = '';
    for (let k = rand(16); k > 0; k--) text += bits[rand(bits.length)] + (rand(2) ? ' ' : '');
    const name = names[rand(names.length)];
    const gap = rand(2) ? '[ \\t]' : '[ \\t\\n]';
    const want = old(name, text, gap);
    assert.deepEqual(now(name, text, gap), want, JSON.stringify([name, text, gap]));
    found += want.length;
  }
  assert.ok(found > 2000, `${found}`);
});

test('outlet fuller: the name and the word the page writes after it in most places', () => {
  const cfg = { text: 'Harbor Ledger\nThe Harbor Ledger team\nHarbor Ledger Weekly\nHarbor Ledger', not_outlet_words: [], header_noise: [], corporate_suffixes: [], not_outlets: [] };
  assert.equal(fuller('Harbor', cfg), 'Harbor Ledger');
  assert.equal(fuller('Ledger', cfg), 'Ledger');
});
