// The strings a pattern needs (text/literals.ts): read off a pattern's source, and never missing a text the
// pattern matches, whatever the pattern (random patterns and texts below) and its flags.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anyOfCue, cueOf, DIGIT, guardedTest, neededStrings } from '../pipeline/text/literals.js';
import { prng } from './perturb.js';

const CASES: [string, string, string[] | undefined][] = [
  ['sign up|subscribe', 'iu', ['sign up', 'subscribe']],
  ['\\bby\\s+(?:the\\s+)?\\p{Lu}', 'u', ['by']],
  ['^[\\s•·*]*(?:written by|by)\\b', 'iu', ['written by', 'by']],
  // the longer run of a branch, then the fewer strings
  ['ab\\s+cde', 'i', ['cde']],
  ['(?:x|y)\\s+zz', '', ['zz']],
  // either case of one letter is that letter; any other class is no character of a string
  ['[Bb]y\\b', 'u', ['by']],
  ['[ab]cd', '', ['cd']],
  ['[^a]', '', undefined],
  // an escaped mark is itself
  ['\\(c\\)|©', 'u', ['(c)', '©']],
  // what a lookaround needs may lie outside the match
  ['(?<=by )\\p{Lu}', 'u', undefined],
  ['foo(?=bar)', '', ['foo']],
  // optional parts need nothing
  ['x?yz', '', ['yz']],
  ['(?:staff)?', '', undefined],
  ['a*', '', undefined],
  ['ab+c', '', ['ab']],
  ['\\S {3,}\\S', 'u', ['   ']],
  ['xa{2}b', '', ['xaab']],
  // a digit is a need of its own; a branch with no need leaves the whole pattern none
  ['abc|\\d+', '', ['abc', DIGIT]],
  ['[0-9]{4}', '', [DIGIT]],
  ['abc|\\s+', '', undefined],
  // a letter with case outside ASCII is no character of a string
  ['édition', 'iu', ['dition']],
  ['Σ', 'iu', undefined],
  // backreferences and named groups
  ['(?<n>ab)\\s\\k<n>', 'u', ['ab']],
  ['(a)\\1b', '', ['a']],
];

test('neededStrings: the strings read off a pattern, or none', () => {
  for (const [src, flags, want] of CASES) assert.deepEqual(neededStrings(new RegExp(src, flags)), want, `/${src}/${flags}`);
});

test('cueOf: the strings of several patterns, a string holding another left out; none if one pattern has none', () => {
  assert.equal(cueOf([/written by/iu, /\bby\b/u, /author/u])?.source, 'by|author');
  assert.equal(cueOf([/by/u, /\d+/u, /20\d\d/u])?.source, 'by|\\d');
  assert.equal(cueOf([/by/u, /\s+/u]), undefined);
  assert.equal(anyOfCue(['a.b', 'c']).source, 'a\\.b|c');
});

// Random patterns over a small alphabet with case, marks and letters whose case folding is odd (long s, the
// Kelvin sign, dotted I, final sigma): a text the pattern matches always matches its cue.
const CHARS = ['a', 'b', 'k', 's', 'A', 'B', 'K', 'S', ' ', '-', '.', '©', 'é', 'ſ', 'K', 'İ', 'ς', 'Σ', '1'];
const ATOMS = ['\\.', '\\-', '[ab]', '[Bb]', '[Kk]', '[^a]', '\\s', '\\d', '\\w', '.', '^', '$', '\\b', '\\p{Lu}', '\\u0041', '\\x61'];
const QUANTS = ['', '', '', '?', '*', '+', '{2}', '{1,3}', '{0,2}', '+?'];

function pattern(r: () => number, depth: number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const seq = () => {
    let s = '';
    for (let n = 1 + Math.floor(r() * 4); n > 0; n--) {
      const k = r();
      let atom: string;
      if (k < 0.5) atom = pick(CHARS.filter((c) => c !== '.'));
      else if (k < 0.75 || depth <= 0) atom = pick(ATOMS);
      else atom = `(${pick(['?:', '?:', '', '?<g>', '?=', '?!', '?<=', '?<!'])}${pattern(r, depth - 1)})`;
      s += atom + (atom === '^' || atom === '$' || atom === '\\b' || atom.startsWith('(?=') || atom.startsWith('(?<') ? '' : pick(QUANTS));
    }
    return s;
  };
  const branches = [seq()];
  while (r() < 0.3) branches.push(seq());
  return branches.join('|');
}

/** A random text, half of them of the characters the pattern writes (repeats and runs of them match more often). */
function text(r: () => number, src: string): string {
  const own = [...new Set(src.replace(/[\\()[\]?*+{}|^$]/gu, ''))];
  const from = own.length && r() < 0.5 ? own : CHARS;
  let s = '';
  for (let n = Math.floor(r() * 24); n > 0; n--) s += from[Math.floor(r() * from.length)];
  return s;
}

test('guardedTest: as the pattern tests, its cues asked first', () => {
  const date = /\b(?:jan|feb|mar)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b/iu;
  const ago = /\b(?:\d+|an?)\s+(?:mins?|hours?|days?)\s+ago\b/iu;
  const cases: [RegExp, string, boolean][] = [
    [date, 'Updated Mar 3, 2024', true],
    [date, 'MARCH 14 2025', true],
    [date, 'The market opened in March with no date', false],
    [ago, '3 hours ago', true],
    [ago, 'An hour AGO', true],
    [ago, 'Hours of footage from a year ago', false],
  ];
  for (const [re, t, want] of cases) {
    assert.equal(guardedTest(re, t), want, t);
    assert.equal(re.test(t), want, t);
  }
  // A pattern with state is tested as it is, its lastIndex moved as re.test moves it.
  const g = /ab/gu;
  assert.equal(guardedTest(g, 'xxab'), true);
  assert.equal(g.lastIndex, 4);
});

test('cueOf and guardedTest never miss a text their pattern matches (random patterns, texts and flags)', () => {
  const r = prng(36);
  let read = 0;
  let matched = 0;
  for (let i = 0; i < 2000; i++) {
    const src = pattern(r, 2).replace('(?<g>', i % 2 ? '(?<g>' : '(');
    for (const flags of ['', 'i', 'u', 'iu']) {
      let re: RegExp;
      try {
        re = new RegExp(src, flags);
      } catch {
        continue;
      }
      const cue = cueOf([re]);
      if (!cue) continue;
      read++;
      for (let j = 0; j < 25; j++) {
        const t = text(r, src);
        assert.equal(guardedTest(re, t), re.test(t), `/${src}/${flags} on ${JSON.stringify(t)}`);
        if (!re.test(t)) continue;
        matched++;
        assert.ok(cue.test(t), `/${src}/${flags} matches ${JSON.stringify(t)} but its cue ${cue} does not`);
      }
    }
  }
  // (The generator must reach cues and matches, or the test tests nothing.)
  assert.ok(read > 1500 && matched > 2500, `read ${read}, matched ${matched}`);
});
