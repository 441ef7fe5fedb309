// chrome/base.ts reads a paragraph's promotion, note and credit patterns on its one line: zero-width characters
// out, spacing collapsed, trimmed. The one-scan check for a text that needs neither must give what the two
// checks it replaced gave, on texts built at random from spaces, other whitespace and zero-width characters.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneLineOf } from '../pipeline/stages/chrome/base.js';
import { prng as rng } from './perturb.js';

/** The replaced code, as it stood. */
function before(text: string): string {
  const visible = /[\u200b-\u200d\u2060\ufeff]/u.test(text) ? text.replace(/[\u200b-\u200d\u2060\ufeff]/gu, '') : text;
  return (/[^\S ]| {2}/u.test(visible) ? visible.replace(/\s+/gu, ' ') : visible).trim();
}

const PIECES = ['Read', 'more', ':', 'the', 'ferry', ' ', ' ', '  ', '\t', '\n', '\u00a0', '\u200b', '\u200d', '\u2060', '\ufeff', '\u2028', 'ü', '(', ')'];


test('oneLineOf gives what the replaced code gave', () => {
  const r = rng(35);
  for (let n = 0; n < 20000; n++) {
    const text = Array.from({ length: Math.floor(r() * 10) }, () => PIECES[Math.floor(r() * PIECES.length)]).join(r() < 0.5 ? ' ' : '');
    assert.equal(oneLineOf(text), before(text), JSON.stringify(text));
  }
});

test('oneLineOf: table', () => {
  const cases: [string, string][] = [
    ['Read more: the ferry', 'Read more: the ferry'],
    [' Read more:  the\tferry ', 'Read more: the ferry'],
    ['(\u200bMORE: the ferry)', '(MORE: the ferry)'],
    ['\ufeffRead more', 'Read more'],
    ['', ''],
  ];
  for (const [text, want] of cases) assert.equal(oneLineOf(text), want, JSON.stringify(text));
});
