// lowerPhrase counts the page's lower-case writings of a name with its words as a plain pattern and the code points
// around them (outlet/not-outlet.ts lowerTwice): the same answers as the whole pattern per name it replaces.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lowerPhrase, lowerTwice } from '../pipeline/stages/outlet/not-outlet.js';
import { escapeRe } from '../pipeline/text/regexp.js';

function oldLowerTwice(lower: string, text: string): boolean {
  const phrase = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(lower).replace(/ /gu, '[ \\t\\n]+')}(?![\\p{L}\\p{N}])`, 'gu');
  let n = 0;
  for (const _ of text.matchAll(phrase)) if (++n >= 2) return true;
  return false;
}

// [name, page text, lowerPhrase]
const cases: [string, string, boolean][] = [
  ['Content Depth', 'content depth matters; more content depth', true],
  ['Content Depth', 'content depth matters; more content\n\tdepth', true],
  ['Content Depth', 'content depth matters', false],
  ['Content Depth', 'content depth matters; Content Depth', false],
  ['Content Depth', 'content depths and content depth', false],
  ['Content Depth', 'xcontent depth and content depth', false],
  ['Content Depth', 'écontent depth and 3content depth and content depth', false],
  ['Content Depth', '-content depth-content depth', true],
  ['Content Depth', 'content  depth content depth', true],
  ['Content Depth', 'content\u00a0depth content depth', false],
  ['The Content Depth', 'content depth, content depth', true],
  ['content depth', 'content depth, content depth', false],
  ['Content', 'content, content', false],
  ['Aa Aa', 'aa aa aa', false],
  ['Aa Aa', 'aa aa aa aa', true],
  ['Qu😀ill Harbor', 'qu😀ill harbor, qu😀ill harbor', true],
  ['Quill (Harbor)', 'quill (harbor) and quill (harbor)', true],
];
for (const [name, text, want] of cases)
  test(`outlet lowerPhrase: ${JSON.stringify(name)} in ${JSON.stringify(text)}`, () => assert.equal(lowerPhrase(name, text), want));

test('outlet lowerPhrase: the same counts as the whole pattern on random pages', () => {
  const bits = ['aa', 'aa aa', 'content', 'depth', 'content depth', 'Content', 'x', 'é', '3', '😀', '-', '.', '(', ')', ' ', '  ', '\n', '\t', '\u00a0', ''];
  let seed = 3;
  const rand = (n: number) => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const phrases = ['aa aa', 'content depth', 'aa aa aa', 'depth content', 'content (depth)', 'content .', ' aa', 'aa  aa'];
  let twice = 0;
  for (let i = 0; i < 20000; i++) {
    let text = '';
    for (let k = rand(16); k > 0; k--) text += bits[rand(bits.length)] + (rand(2) ? ' ' : '');
    const lower = phrases[rand(phrases.length)];
    const want = oldLowerTwice(lower, text);
    assert.equal(lowerTwice(lower, text), want, JSON.stringify([lower, text]));
    twice += want ? 1 : 0;
  }
  assert.ok(twice > 100 && twice < 19000, `${twice}`);
});
