// A pattern list tested with its wide-opening patterns apart (chrome/joined.ts anyOfCued) answers as the one
// alternation (anyOf) did: over the project's line and promotion patterns and invented lists, on texts built at
// random from the pieces the patterns look for, and on a table with negatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anyOf } from '../pipeline/config/spec.js';
import { loadConfig } from '../pipeline/registry.js';
import { anyOfCued } from '../pipeline/stages/chrome/joined.js';
import { chromePatterns } from '../pipeline/stages/chrome/spec.js';
import { prng as rng } from './perturb.js';

const PIECES = ['Please', 'enable', 'JavaScript', 'javascript', 'ENABLE JAVASCRIPT', 'to', 'view', 'the', 'Daily', 'newsletter', 'Newsletters', 'inbox', 'INBOX', 'sign up', 'Subscribe', 'get', 'Want more', '?', '.', '!', ' ', '  ', '\t', 'ſ', 'K', 'Ü', 'share', 'advertisement', '12', 'of', '/', 'related', ':', 'x'];

const LISTS: [string, string[]][] = [
  ['one opening on any character', ['^.{0,10}\\bab\\b.{0,10}$', '^x$']],
  ['only wide openers', ['^[^.]{1,20}\\?\\s*news$', '^(?:[\\p{L}]+ ){0,2}inbox$']],
  ['a wide opener with no cue', ['^.{0,5}\\d$', '^\\S+ x$', '^ab$']],
  ['a group opening wide', ['^(?:.{0,4}) newsletter$', '^(?:\\p{L}+ )?news$']],
  ['a backreference', ['^(.)\\1 inbox$', '^.{0,3}newsletter$']],
  ['none', []],
];

test('anyOfCued answers as anyOf', async () => {
  const config = await loadConfig('config');
  const lists = [...LISTS, ['the line patterns', config.chrome.line_patterns] as [string, string[]], ['the promotion patterns', config.chrome.promo_patterns] as [string, string[]]];
  const r = rng(39);
  for (const [name, patterns] of lists) {
    const whole = anyOf(patterns, chromePatterns.joined);
    const cued = anyOfCued(patterns, chromePatterns.joined);
    for (let n = 0; n < 6000; n++) {
      const text = Array.from({ length: Math.floor(r() * 14) }, () => PIECES[Math.floor(r() * PIECES.length)]).join(r() < 0.5 ? ' ' : '');
      assert.equal(cued.test(text), whole.test(text), `${name}: ${JSON.stringify(text)}`);
    }
  }
});

test('anyOfCued: table', () => {
  const cued = anyOfCued(['^.{0,20}\\benable javascript\\b.{0,20}$', '^[^.?!]{3,40}\\?\\s*sign up\\b.{0,40}\\bnewsletters?$', '^advertisement$'], chromePatterns.joined);
  const cases: [string, boolean][] = [
    ['Please enable JavaScript to continue', true],
    ['Please ENABLE JAVASCRIPT', true],
    ['Please enable the JavaScript engine', false],
    ['Want the news? Sign up for our newsletter', true],
    ['Want the news. Sign up for our newsletter', false],
    ['Sign up for our newsletter', false],
    ['Advertisement', true],
    ['An advertisement', false],
    ['', false],
  ];
  for (const [text, want] of cases) assert.equal(cued.test(text), want, text);
});
