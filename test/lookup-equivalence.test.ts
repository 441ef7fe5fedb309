// Speed-only rewrites that must answer exactly as the code they replaced: the whole-word count against its
// pattern, the word tokens read from a text's whole tokenization against a fresh scan of the window.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { countWhole } from '../pipeline/text/whole-words.js';
import { words } from '../pipeline/stages/quotes/words.js';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function byPattern(name: string, text: string, cap = Infinity): number {
  let n = 0;
  for (const _ of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(name)}(?![\\p{L}\\p{N}])`, 'gu'))) if (++n >= cap) break;
  return n;
}

test('a name counts where no letter or digit touches it, case as written', () => {
  const cases: [string, string, number][] = [
    ['Gazette', 'The Gazette. Gazette, gazette; Gazettes and LeGazette', 2],
    ['Gazette', 'Gazette', 1],
    ['Gazette', '', 0],
    ['Ho Ho', 'Ho Ho Ho Ho', 2],
    ['Ho', 'Ho5 5Ho Ho_ _Ho', 2],
    ['Zoë', 'Zoë Zoëx éZoë (Zoë)', 2],
    ['Post', '𝐀Post Post𝐀 Post', 1],
    ['a.b', 'a.b a-b a.bc', 1],
  ];
  for (const [name, text, want] of cases) {
    assert.equal(countWhole(name, text), want, `${name} in ${JSON.stringify(text)}`);
    assert.equal(byPattern(name, text), want, `pattern: ${name} in ${JSON.stringify(text)}`);
  }
  assert.equal(countWhole('Ho', 'Ho Ho Ho Ho Ho', 3), 3);
});

// Letters, digits, astral letters and digits, combining marks, lone surrogates, spaces and punctuation.
const atoms = ['a', 'b', 'Ab', 'é', '5', '𝐀', '𝟓', '\u0301', '\ud835', '\udc00', ' ', '.', '-', "'", '\u2019', ',', '(', '\n', '_', '😀'];
const piece = fc.array(fc.constantFrom(...atoms), { minLength: 0, maxLength: 4 }).map((xs) => xs.join(''));
const text = fc.array(fc.constantFrom(...atoms), { minLength: 0, maxLength: 60 }).map((xs) => xs.join(''));

test('countWhole counts what its pattern counts, on generated texts', () => {
  fc.assert(
    fc.property(piece, text, fc.integer({ min: 1, max: 5 }), (name, t, cap) => {
      // the name, also planted in the text so it is found
      const planted = `${t.slice(0, t.length >> 1)}${name}${t.slice(t.length >> 1)}${name}`;
      assert.equal(countWhole(name, planted), byPattern(name, planted));
      assert.equal(countWhole(name, planted, cap), byPattern(name, planted, cap));
      assert.equal(countWhole(name, t), byPattern(name, t));
    }),
    { numRuns: 1500, seed: 14 },
  );
});

// The tokenizer as it was: a scan of the window, every ask.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\-]|['\u2019](?=\p{L})|\.(?=\p{L}))*(?:['\u2019](?![\p{L}'\u2019])|\.)?|[,;:()\u2014\u2013]/gu;
function scanned(t: string, from = 0, to = t.length) {
  const out: { raw: string; start: number; end: number }[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(t); m && m.index < to; m = WORD.exec(t)) out.push({ raw: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}
const plain = (ws: { raw: string; start: number; end: number }[]) => ws.map((w) => ({ raw: w.raw, start: w.start, end: w.end }));

test('words of a window read from a text seen before are the words a scan of the window finds', () => {
  const long = fc.array(fc.constantFrom(...atoms, 'Sen.', 'U.S.', "Lin's", 'said.', ' \u2014 '), { minLength: 10, maxLength: 80 }).map((xs) => xs.join(''));
  fc.assert(
    fc.property(long, fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }), (t, windows) => {
      for (const [a, b] of windows) {
        const from = a % (t.length + 2);
        const to = from + (b % (t.length + 2));
        // asked twice or more, so the second ask reads the whole tokenization
        for (let k = 0; k < 3; k++) assert.deepEqual(plain(words(t, from, to)), scanned(t, from, to), `${JSON.stringify(t)} [${from}, ${to})`);
        assert.deepEqual(plain(words(t)), scanned(t));
      }
    }),
    { numRuns: 600, seed: 14 },
  );
});

test('each ask gets its own array', () => {
  const t = 'The council met on Tuesday, and the mayor said the vote would wait.';
  const a = words(t);
  a.pop();
  words(t).push({ raw: 'x', bare: 'x', lower: 'x', start: 0, end: 1, possessive: false });
  assert.equal(words(t).length, a.length + 1);
});
