// The shared word tokenizer (quotes/words.ts) reads its tokens by char code for speed; it must give what
// its pattern gave, token for token, on invented text: positives and negatives for each part of the
// pattern, texts with astral characters (read by the pattern), windows (from, to) and random strings.
// Also People's lowercase words and the quote mask of a block without quotes, rewritten for speed too.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mask, maskByChars as oldMask } from '../pipeline/stages/quotes/marks/prepare.js';
import { lowercaseWords } from '../pipeline/stages/quotes/names/lowercase-words.js';
import { capitalizedWords } from '../pipeline/stages/quotes/names/capitalized-words.js';
import { firstWords, isCap, lowerRaw, moreWordsThan, words } from '../pipeline/stages/quotes/words.js';
import { lowerCase } from '../pipeline/text/lower-case.js';
import { wordRuns, wordRunsByPattern } from '../pipeline/text/word-runs.js';
import { randomText, seeded } from './helpers.js';

// The pattern the scanner replaced, as it was.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\-]|['\u2019](?=\p{L})|\.(?=\p{L}))*(?:['\u2019](?![\p{L}'\u2019])|\.)?|[,;:()\u2014\u2013]/gu;

function byPattern(text: string, from = 0, to = text.length) {
  const out: [string, number, number][] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) out.push([m[0], m.index, m.index + m[0].length]);
  return out;
}
const tokens = (text: string, from?: number, to?: number) => words(text, from, to).map((w) => [w.raw, w.start, w.end]);

const TEXTS = [
  'Sen. Ana Roe said, "We won." Then: (nothing) \u2014 and \u2013 more; done',
  "Roe's plan, the Roes' plan, Roe\u2019s, rock 'n' roll, 'quoted' words, o'clock, can't, dogs'' end",
  'U.S. officials, e.g. a test, a.m. and p.m., No. 10, 3.5 percent, v1.2.3, x.-y, end.',
  'well-known, --dash, a-, -b, 2-3, \u00e9t\u00e9-\u00e0 Z\u00fcrich, \u0130stanbul, \u03b1\u03b2\u03b3 \u0394\u03b5\u03bb\u03c6\u03bf\u03af',
  'digits \u0661\u0662\u0663 \u00bd \u2160\u2161 and marks e\u0301t\u00e9 a\u0308 (combining marks are no letters)',
  "trailing apostrophe' then a'' then a'\u2019 then a'. and a.' end'",
  'Astral \ud835\udc9c\ud835\udc9c letters, \ud835\udc9c-word, word\u2019\ud835\udc9c, word.\ud835\udc9c, \ud83d\ude00 emoji, lone \ud800 and \udc00 halves',
  '\u4e2d\u6587\u5b57 \u65e5\u672c\u8a9e\u306e\u6587 \ud55c\uad6d\uc5b4 \u0627\u0644\u0639\u0631\u0628\u064a\u0629',
  '',
  '.',
  "'",
  'a',
  'The mayor\u2019s office said; it (the office) would reply \u2014 later.',
  'tab\tseparated\nlines\r\nand  spaces\u00a0nbsp\u2009thin',
  'A'.repeat(50) + "'s " + 'b.'.repeat(30) + ' end',
];

test('words() gives the pattern\'s tokens on whole texts', () => {
  for (const t of TEXTS) {
    assert.deepEqual(tokens(t), byPattern(t), JSON.stringify(t));
    // asked again: the memo's whole-text tokens
    assert.deepEqual(tokens(t), byPattern(t), `again ${JSON.stringify(t)}`);
  }
});

test('words() gives the pattern\'s tokens in windows, at every start and several ends', () => {
  for (const t of TEXTS) {
    for (let from = 0; from <= t.length + 1; from++) {
      for (const to of [from, from + 1, from + 7, t.length, t.length + 5, Infinity]) {
        assert.deepEqual(tokens(t, from, to), byPattern(t, from, to), `${JSON.stringify(t)} [${from}, ${to})`);
      }
    }
  }
});

test('words() reads odd windows as the pattern does', () => {
  const t = TEXTS[0];
  for (const [from, to] of [[1.5, 20], [-3, 10], [Number.NaN, 10], [0, Number.NaN], [2, 10.5]] as [number, number][]) {
    assert.deepEqual(tokens(t, from, to), byPattern(t, from, to), `[${from}, ${to})`);
  }
});

test('words() gives the pattern\'s tokens on random strings', () => {
  const alphabet = ['a', 'Z', 'é', 'ß', 'ſ', 'K', '7', '٣', '½', "'", '\u2019', '.', '-', ',', ';', ':', '(', ')', '\u2014', '\u2013', ' ', '\n', '"', '!', '\u0301', '_', '\ud835\udc9c', '\ud800', '\u4e2d', '\u00a0'];
  let seed = 12345;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let k = 0; k < 3000; k++) {
    let t = '';
    const len = rand(60);
    for (let i = 0; i < len; i++) t += alphabet[rand(alphabet.length)];
    const from = rand(t.length + 2);
    const to = from + rand(t.length + 2);
    assert.deepEqual(tokens(t), byPattern(t), JSON.stringify(t));
    assert.deepEqual(tokens(t, from, to), byPattern(t, from, to), `${JSON.stringify(t)} [${from}, ${to})`);
  }
});

// firstWords (filters/title-case.ts): the whole text's tokens, cut after the n-th that counts.
test('firstWords gives words()\' tokens up to the n-th that counts, or all of them', () => {
  const letter = (w: { raw: string }) => /\p{L}/u.test(w.raw);
  const any = () => true;
  const alphabet = ['a', 'Z', '7', "'", '\u2019', '.', '-', ',', '(', '\u2014', ' ', '\n', '\ud835\udc9c', '\ud800', '\u00e9'];
  let seed = 99;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const randomTexts: string[] = [];
  for (let k = 0; k < 2000; k++) {
    let t = '';
    for (let i = rand(50); i > 0; i--) t += alphabet[rand(alphabet.length)];
    randomTexts.push(t);
  }
  for (const t of [...TEXTS, ...randomTexts]) {
    const all = byPattern(t);
    for (const [counts, keep] of [[letter, (x: string) => /\p{L}/u.test(x)], [any, () => true]] as const) {
      for (const n of [0, 1, 2, 3, 5, 11, 15, 1000]) {
        // what the whole text's tokens give: up to and including the n-th that counts
        let found = 0;
        let cut = all.length;
        for (let i = 0; i < all.length && n > 0; i++) {
          if (keep(all[i][0]) && ++found === n) {
            cut = i + 1;
            break;
          }
        }
        if (n === 0) cut = 0;
        const got = firstWords(t, n, counts).map((w) => [w.raw, w.start, w.end]);
        assert.deepEqual(got, all.slice(0, cut), `${JSON.stringify(t)} n=${n}`);
      }
    }
  }
});

// moreWordsThan (the filters' "at most n words" of a quote): words(text).length > n, read no further.
test('moreWordsThan answers as words(text).length > n', () => {
  const table: [string, number, boolean][] = [
    ['the harbor tax', 2, true],
    ['the harbor tax', 3, false],
    ['the harbor tax', 4, false],
    ['Roe, said: (no) \u2014 yes', 8, true],
    ['Roe, said: (no) \u2014 yes', 9, false],
    ["U.S. rock 'n' roll", 3, true],
    ["U.S. rock 'n' roll", 4, false],
    ['', 0, false],
    ['', -1, true],
    ['a', 0, true],
    ['a', 1, false],
    ['   ', 0, false],
    ['\ud835\udc9c word \ud835\udcb6', 1, true],
    ['\ud835\udc9c word \ud835\udcb6', 3, false],
  ];
  for (const [t, n, more] of table) {
    assert.equal(moreWordsThan(t, n), more, `${JSON.stringify(t)} n=${n}`);
    assert.equal(words(t).length > n, more, `table row agrees with words(): ${JSON.stringify(t)} n=${n}`);
  }
  const alphabet = ['a', 'Z', '7', "'", '\u2019', '.', '-', ',', '(', '\u2014', ' ', '\n', '\ud835\udc9c', '\ud800', '\u00e9'];
  const rand = seeded(515);
  for (let k = 0; k < 2000; k++) {
    // (long texts too: the memo keeps texts of 40 characters and more)
    const t = randomText(rand, alphabet, k % 2 ? 30 : 120);
    const count = words(t).length;
    for (const n of [-1, 0, 1, 2, 5, 6, 14, count - 1, count, count + 1]) assert.equal(moreWordsThan(t, n), count > n, `${JSON.stringify(t)} n=${n}`);
  }
});

// lowerRaw (the names rules' lowercase of a word as written): lowerCase(w.raw), whichever way it is read.
test('lowerRaw gives lowerCase(raw) for every word', () => {
  const table: [string, string[]][] = [
    ["Mr. Roe's plan", ['mr.', "roe's", 'plan']],
    ['SAID. Said, said', ['said.', 'said', ',', 'said']],
    ['\u00c9T\u00c9 \u0130stanbul', ['\u00e9t\u00e9', 'i\u0307stanbul']],
  ];
  for (const [t, want] of table) assert.deepEqual(words(t).map(lowerRaw), want, JSON.stringify(t));
  const alphabet = ['a', 'Z', '\u00c9', '\u0130', '7', "'", '\u2019', '.', 's', 'S', '-', ',', ' ', '\ud835\udc9c'];
  const rand = seeded(616);
  for (let k = 0; k < 2000; k++) {
    const t = randomText(rand, alphabet, 60);
    for (const w of words(t)) assert.equal(lowerRaw(w), lowerCase(w.raw), JSON.stringify([t, w.raw]));
  }
});

// The words memo (kept by the text's length, then the text): texts of one length each get their own
// tokens, the same text in another string object gets the same tokens, and over the memo's capacity
// (256 texts) a text asked again is read afresh, the same.
test('words: the memo tells texts of one length apart and keeps giving the scan\'s tokens', () => {
  const a = 'Ana Roe said the harbor plan would pass today.';
  const b = 'Bea Tam said the harbor plan would fail today!';
  assert.equal(a.length, b.length);
  for (let k = 0; k < 3; k++) {
    assert.deepEqual(tokens(a), byPattern(a));
    assert.deepEqual(tokens(b), byPattern(b));
    assert.deepEqual(tokens(a, 4, 20), byPattern(a, 4, 20));
    assert.deepEqual(tokens(b, 4, 20), byPattern(b, 4, 20));
    // the same text built anew (another string object)
    const again = ['Ana Roe said', ' the harbor plan would pass today.'].join('');
    assert.deepEqual(tokens(again, 9), byPattern(a, 9));
  }
  const rand = seeded(717);
  const alphabet = ['a', 'Z', ' ', ',', '.', "'", '-', '\u00e9'];
  const texts = Array.from({ length: 600 }, () => randomText(rand, ['x'], 2) + 'y'.repeat(40) + randomText(rand, alphabet, 30));
  for (let pass = 0; pass < 2; pass++) {
    for (const t of texts) {
      const from = rand(t.length + 1);
      const to = from + rand(30);
      assert.deepEqual(tokens(t, from, to), byPattern(t, from, to), JSON.stringify([t, from, to]));
      assert.deepEqual(tokens(t), byPattern(t), JSON.stringify(t));
    }
  }
});

// (a period after the possessive leaves `possessive` false, as before)
test('words() sets bare and possessive from the token', () => {
  const ws = words("Mr. Roe's plan, the Roes' vote, and Roe\u2019s. Ana's.", 0);
  assert.deepEqual(ws.map((w) => [w.raw, w.bare, w.possessive]), [
    ['Mr.', 'Mr', false], ["Roe's", 'Roe', true], ['plan', 'plan', false], [',', ',', false], ['the', 'the', false], ["Roes'", 'Roes', true],
    ['vote', 'vote', false], [',', ',', false], ['and', 'and', false], ['Roe\u2019s.', 'Roe', false], ["Ana's.", 'Ana', false],
  ]);
});

// People's lowercase words (quotes/names/people.ts), read by char code: the pattern they replaced.
const LOWER_WORD = /(?<![\p{L}'\u2019-])\p{Ll}[\p{L}'\u2019-]*/gu;

test('lowercaseWords gives the pattern\'s matches', () => {
  const extra = ["nobody asked, Research suggests; x-ray and -lower 'quoted' ’curly’ a'b O'neil", 'ß ſ ǅ ǆ ǈ µ ª º ɐ ͅ ϐ', 'UPPER lower MiXed mIxed 3rd 4x'];
  for (const t of [...TEXTS, ...extra]) assert.deepEqual(lowercaseWords(t), t.match(LOWER_WORD) ?? [], JSON.stringify(t));
  const alphabet = ['a', 'Z', 'é', 'É', 'ß', 'ſ', 'ǅ', 'ª', '7', "'", '\u2019', '-', '.', ' ', '\u0301', '\ud835\udc9c', '\ud835\udcb6', '\ud800', '\u4e2d', '_'];
  const rand = seeded(777);
  for (let k = 0; k < 3000; k++) {
    const t = randomText(rand, alphabet, 40);
    assert.deepEqual(lowercaseWords(t), t.match(LOWER_WORD) ?? [], JSON.stringify(t));
  }
});

// People's count of the body's capitalized words (quotes/names/capitalized-words.ts): the pattern they replaced.
const CAP_WORD = /\p{Lu}[\p{L}-]*/gu;

test('capitalizedWords gives the pattern\'s matches', () => {
  const extra = ['Ana Roe-Lin said; O\'Neil, McDonald, X-Ray and -Lower Mid-word', '\u0130stanbul \u00c9T\u00c9 \u01c5 \u01c6 \u03a3\u03c3 Z\u00fcrich', 'UPPER lower MiXed 3Rd'];
  for (const t of [...TEXTS, ...extra]) assert.deepEqual(capitalizedWords(t), t.match(CAP_WORD) ?? [], JSON.stringify(t));
  const alphabet = ['a', 'Z', '\u00e9', '\u00c9', '\u01c5', '\u0130', '7', "'", '-', '.', ' ', '\u0301', '\ud835\udc9c', '\ud835\udcb6', '\ud800', '\u4e2d', '_'];
  const rand = seeded(31337);
  for (let k = 0; k < 3000; k++) {
    const t = randomText(rand, alphabet, 40);
    assert.deepEqual(capitalizedWords(t), t.match(CAP_WORD) ?? [], JSON.stringify(t));
  }
});

// quotes/marks/prepare.ts mask: a block without quotes is returned as it is, without the character
// split and join it went through (the same string, astral characters and lone surrogates included).
test('mask of a block without spans is the block; with spans it blanks as before', () => {
  for (const t of TEXTS) assert.equal(mask(t, []), oldMask(t, []), JSON.stringify(t));
  const t = 'She said, \u201cWe won.\u201d Then \u201cnothing\u201d more \ud835\udc9c.';
  const spans = [{ open: 10, close: 18, start: 11, end: 18 }, { open: 25, close: 33, start: 26, end: 33 }];
  assert.equal(mask(t, spans as never), oldMask(t, spans));
  assert.equal(mask(t, spans as never), 'She said, \u201c      .\u201d Then \u201c       \u201d more \ud835\udc9c.');
});

test('isCap: what /^\\p{Lu}/u says, on every BMP character, astral capitals and the empty string', () => {
  const CAP = /^\p{Lu}/u;
  for (let c = 0; c < 0x10000; c++) {
    const s = `${String.fromCharCode(c)}ab`;
    assert.equal(isCap(s), CAP.test(s), `U+${c.toString(16)}`);
  }
  for (const s of ['', '\ud835\udc9cbc', '\ud835\udcb6bc', '\ud800', '\udc00x', 'Ab', 'ab', '\u00c9t\u00e9'] as const) assert.equal(isCap(s), CAP.test(s), JSON.stringify(s));
});

test('wordRuns (chrome, headline and corpus-feature words) gives its pattern\'s matches, either apostrophe or the straight one only', () => {
  const extra = ["rock'n'roll", "a'", "'a", "a''b", "a\u2019b\u2019c", "9'a", "a'9", "x'\u00e9t\u00e9", "end'", "\u0661\u0662'a", "a\u2019b'c"];
  for (const curly of [true, false]) {
    for (const t of [...TEXTS, ...extra]) assert.deepEqual(wordRuns(t, curly), wordRunsByPattern(t, curly), JSON.stringify(t));
    let seed = 4242;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = ["a", "Z", "9", "'", "\u2019", " ", "-", ".", "\u00e9", "\u0661", "\n", "\ud835\udc9c", "\ud800", "\u4e2d"];
    for (let i = 0; i < 20000; i++) {
      let t = '';
      for (let k = rand(16); k > 0; k--) t += alphabet[rand(alphabet.length)];
      assert.deepEqual(wordRuns(t, curly), wordRunsByPattern(t, curly), JSON.stringify(t));
    }
  }
  // the patterns as chrome and the corpus features wrote them
  assert.deepEqual(wordRunsByPattern("Roe\u2019s dog's", true), "Roe\u2019s dog's".match(/[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?/gu));
  assert.deepEqual(wordRunsByPattern("roe\u2019s dog's", false), "roe\u2019s dog's".match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu));
});

// A block and its masked copy have one length and the same words up to the first quote: asked in turn,
// window by window (names/reported.ts asks the copy sentence by sentence), each gets its own tokens
// (the memo moves a text it finds to the front of its length's list).
test('words: a text and its masked copy asked in turn get their own tokens', () => {
  const block = 'Ana Roe said the plan would pass. "We will build it," she said. Bea Tam said it would fail.';
  const masked = block.replace(/"[^"]*"/u, (q) => q.replace(/\S/gu, ' '));
  const other = 'x'.repeat(block.length);
  assert.equal(masked.length, block.length);
  const windows = [[0, 34], [34, 63], [63, block.length], [10, 40], [0, block.length]];
  for (let pass = 0; pass < 3; pass++) {
    for (const [from, to] of windows) {
      for (const t of pass % 2 ? [masked, other, block] : [block, masked, other]) assert.deepEqual(tokens(t, from, to), byPattern(t, from, to), JSON.stringify([t, from, to]));
    }
  }
  assert.notDeepEqual(tokens(masked), tokens(block));
});
