// A pattern list tested as one (chrome/joined.ts) answers as testing each of its patterns: split into its
// anchored and its other patterns, or joined into one alternation, over the project's caption, end and box
// patterns and invented lists, on texts built at random from the pieces the patterns look for.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anyOf, compile } from '../pipeline/config/spec.js';
import { loadConfig } from '../pipeline/registry.js';
import { anyOfList, anyOfSplit } from '../pipeline/stages/chrome/joined.js';
import { chromePatterns } from '../pipeline/stages/chrome/spec.js';
import { prng as rng } from './perturb.js';

const PIECES = ['Related', 'articles', 'comments', ':', '12', 'More', 'stories', '(Photo: ', '(photo', 'Photo by', 'Image source', 'via ', 'credit: ', '/', ' / ', '|', 'Getty Images', 'AP', 'reuters', ')', '(', 'Jane', 'Doe', 'the', 'harbor', '.', ' ', '  ', '\t', 'Ü', 'x', 'ab', 'a|b', '^'];


const LISTS: [string, string[]][] = [
  ['anchored and not', ['^photo by\\b', '\\(photo[^)]*\\)$', '^ab$', 'getty images$']],
  ['a pattern that opens with ^ and alternates inside', ['^jane|doe$', 'harbor']],
  ['anchored only', ['^the\\b', '^x$']],
  ['none anchored', ['harbor', '\\|$']],
  ['none', []],
];

test('anyOfSplit answers as anyOf', async () => {
  const config = await loadConfig('config');
  const lists = [...LISTS, ['the caption patterns', config.chrome.caption_patterns] as [string, string[]]];
  const r = rng(35);
  for (const [name, patterns] of lists) {
    const whole = anyOf(patterns, chromePatterns.joined);
    const split = anyOfSplit(patterns, chromePatterns.joined);
    for (let n = 0; n < 5000; n++) {
      const text = Array.from({ length: Math.floor(r() * 12) }, () => PIECES[Math.floor(r() * PIECES.length)]).join(r() < 0.5 ? ' ' : '');
      assert.equal(split.test(text), whole.test(text), `${name}: ${JSON.stringify(text)}`);
    }
  }
});

test('anyOfSplit: table', () => {
  const split = anyOfSplit(['^photo by\\b', '\\(photo[^)]*\\)$'], chromePatterns.joined);
  const cases: [string, boolean][] = [
    ['Photo by Jane Doe', true],
    ['A ferry at dawn (Photo: Jane Doe)', true],
    ['The photo by the harbor', false],
    ['(Photo: Jane Doe) leaves the harbor', false],
  ];
  for (const [text, want] of cases) assert.equal(split.test(text), want, text);
});

test('anyOfList answers as each pattern in turn, backreferences too', async () => {
  const config = await loadConfig('config');
  const lists: [string, string[]][] = [
    ...LISTS,
    ['a backreference', ['^(ab)\\1$', '^x(?<q>a)\\k<q>$', '^jane\\b']],
    // two patterns naming one group: joined, they would not compile
    ['a named group twice', ['^(?<w>more) stories', '(?<w>\\d+) comments$', '(?<=x)aa', '(?<!y)ab']],
    ['the end patterns', config.chrome.end_patterns],
    ['the box patterns', config.chrome.box_patterns],
  ];
  const r = rng(36);
  for (const [name, patterns] of lists) {
    const each = patterns.map((p) => compile(p, chromePatterns.line));
    const list = anyOfList(patterns, chromePatterns.line);
    const texts = ['abab', 'xaa', 'Related articles:', '12 comments', 'More stories', ...Array.from({ length: 5000 }, () => Array.from({ length: Math.floor(r() * 8) }, () => PIECES[Math.floor(r() * PIECES.length)]).join(r() < 0.5 ? ' ' : ''))];
    for (const text of texts) assert.equal(list.test(text), each.some((re) => re.test(text)), `${name}: ${JSON.stringify(text)}`);
  }
});
