// outlet/choose.ts weigh drops a name the page credits as its author ("By Jo Roe"); creditMayPrecede says first
// where its pattern cannot match, so the pattern is not run for the names nothing credits. It must never say no
// where the pattern holds (the pattern below is weigh's own).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { creditMayPrecede } from '../pipeline/stages/outlet/choose.js';
import { escapeRe } from '../pipeline/text/regexp.js';

const credited = (text: string, name: string) =>
  new RegExp(`(?:^|[^\\p{L}])(?:By|(?:Written|Posted) by):?\\s+${escapeRe(name)}(?=[ \\t]*$|[ \\t]*[.,|•·(]|[ \\t]+and[ \\t]|[ \\t]*\\d)`, 'mu').test(text);

const CASES: [string, string, boolean][] = [
  ['By Jo Roe\nHarbor Ledger', 'Jo Roe', true],
  ['Written by:\n\tJo Roe, Harbor', 'Jo Roe', true],
  ['Posted by\u00a0Jo Roe 12:55', 'Jo Roe', true],
  ['Harbor (By Jo Roe, staff)', 'Jo Roe', true],
  // Negatives: no credit before the name, a word between, no space, a colon set apart, the name elsewhere only.
  ['Jo Roe writes for Harbor', 'Jo Roe', false],
  ['By the way, Jo Roe said', 'Jo Roe', false],
  ['ByJo Roe', 'Jo Roe', false],
  ['By : Jo Roe', 'Jo Roe', false],
  ['Harbor Ledger', 'Jo Roe', false],
  ['', 'Jo Roe', false],
];

test('creditMayPrecede: yes wherever the credit pattern holds; no on pages that credit no one so', () => {
  for (const [text, name, want] of CASES) {
    assert.equal(credited(text, name), want, `the pattern on ${JSON.stringify(text)}`);
    assert.equal(creditMayPrecede(text, name), want, `${name} in ${JSON.stringify(text)}`);
  }
});

test('creditMayPrecede: never no where the pattern holds (random texts)', () => {
  let seed = 11;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const PIECES = ['By', 'by', 'Written by', 'Posted', ':', ' ', '\n', '\t', '\u00a0', 'Jo', 'Jo Roe', 'Roe', '.', ',', '1', 'and ', 'x', 'B', 'y'];
  let held = 0;
  for (let i = 0; i < 100000; i++) {
    const piece = () => PIECES[rand(PIECES.length)];
    // (half the texts hold a credit's opening, some space and a name, with random pieces around and between)
    const text = rand(2)
      ? [...Array.from({ length: rand(3) }, piece), ['By', 'by', 'Written by', 'Posted by'][rand(4)], rand(3) ? '' : ':', [' ', '\n', '\t', '\u00a0', ' \n ', 'x', ''][rand(7)], rand(2) ? ' ' : '', ['Jo Roe', 'Jo', 'Roe'][rand(3)], ...Array.from({ length: rand(3) }, piece)].join('')
      : Array.from({ length: rand(9) }, piece).join('');
    for (const name of ['Jo Roe', 'Jo', 'Roe']) {
      if (!credited(text, name)) continue;
      held++;
      assert.ok(creditMayPrecede(text, name), `${name} in ${JSON.stringify(text)}`);
    }
  }
  assert.ok(held > 150, `the texts meet the pattern (${held})`);
});
