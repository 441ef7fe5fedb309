// clauseBefore (quotes/filters/around.ts) reads the gaps between the words before a quote by char code
// (breaksClause); it must give the words the slice-and-pattern reading gives (clauseBeforeAlways).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { breaksClause, clauseBefore } from '../pipeline/stages/quotes/filters/around.js';
import { isAbbreviation, words, type Word } from '../pipeline/stages/quotes/words.js';
import type { Vocab } from '../pipeline/stages/quotes/vocab.js';
import { vocabOf } from '../pipeline/stages/quotes/index.js';
import { projectConfig } from './helpers.js';

const v = vocabOf(await projectConfig());
const GAP = /\n|["\u201d\u2019]\s|[!?;]/u;

/** clauseBefore's reference form: a slice and a pattern per word. */
function clauseBeforeAlways(text: string, open: number, n: number, v: Vocab): Word[] {
  const ws = words(text, Math.max(0, open - 160), open);
  const out: Word[] = [];
  for (let i = ws.length - 1; i >= 0 && out.length < n; i--) {
    const w = ws[i];
    const gap = text.slice(w.end, i + 1 < ws.length ? ws[i + 1].start : open);
    if (/\n|["\u201d\u2019]\s|[!?;]/u.test(gap)) break;
    if (/\.$/u.test(w.raw) && !isAbbreviation(w.raw, v)) break;
    out.unshift(w);
  }
  return out;
}

test('breaksClause: a line break, a sentence mark, or a closing mark before a space', () => {
  const rows: [string, boolean][] = [
    [' ', false],
    ['', false],
    [', ', false],
    ['\n', true],
    ['! ', true],
    [' ? ', true],
    ['; ', true],
    ['" ', true],
    ['\u201d\u00a0', true],
    ['\u2019 ', true],
    ['\u2019', false],
    ['"x', false],
    [' \u201c ', false],
  ];
  for (const [gap, breaks] of rows) {
    assert.equal(breaksClause(gap, 0, gap.length), breaks, JSON.stringify(gap));
    assert.equal(GAP.test(gap), breaks, JSON.stringify(gap));
  }
  // (only the gap is read: a mark before `from` or after `to` breaks nothing)
  assert.equal(breaksClause('a. b', 2, 3), false);
  assert.equal(breaksClause('a" b', 1, 2), false);
  assert.equal(breaksClause('ab', 2, 1), false);
});

test('clauseBefore: the words back to a sentence end, a closing mark or a line break', () => {
  const rows: [string, string[]][] = [
    ['It was over. The mayor of the town told the crowd "', ['of', 'the', 'town', 'told', 'the', 'crowd']],
    ['Sen. Roe said "', ['Sen.', 'Roe', 'said']],
    ['"Yes," he said, and then "', ['he', 'said', ',', 'and', 'then']],
    ['first line\nsecond line "', ['second', 'line']],
    ['', []],
  ];
  for (const [text, expected] of rows) {
    const open = Math.max(0, text.length - 1);
    assert.deepEqual(clauseBefore(text, open, 6, v).map((w) => w.raw), expected, text);
    assert.deepEqual(clauseBefore(text, open, 6, v), clauseBeforeAlways(text, open, 6, v), text);
  }
});

test('clauseBefore answers as the slice-and-pattern reading on generated blocks', () => {
  const unit = fc.constantFrom('we', 'Sen.', 'Roe', ' ', '  ', ',', '.', '!', '?', ';', '\n', '"', '\u201d', '\u2019', '\u201c', '\u00a0', 'said', 'U.S.', '\ud835\udc00');
  fc.assert(
    fc.property(fc.array(unit, { maxLength: 40 }).map((u) => u.join('')), fc.nat(), fc.integer({ min: 1, max: 10 }), (text, k, n) => {
      const open = text.length ? k % (text.length + 1) : 0;
      return JSON.stringify(clauseBefore(text, open, n, v)) === JSON.stringify(clauseBeforeAlways(text, open, n, v));
    }),
    { numRuns: 3000 },
  );
});
