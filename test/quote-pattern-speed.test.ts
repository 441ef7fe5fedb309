// Rewrites made for speed in the quote chain and in unglue (text/names.ts), checked against the forms
// they replaced on invented text, positives and negatives: the same matches, the same output.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allMatches, matchesNear, writingPatterns } from '../pipeline/stages/quotes/filters/document-maker.js';
import { vocabOf } from '../pipeline/stages/quotes/index.js';
import { afterOpener } from '../pipeline/stages/quotes/names/clauses.js';
import { unglue } from '../pipeline/text/names.js';
import { projectConfig, seeded } from './helpers.js';

const TEXTS = [
  'The union sent a letter to the board on Monday, and its second letter followed.',
  'Their new ad, released Friday, drew complaints. An ad ran again; a short video ad also ran.',
  'A LETTER from the mayor arrived. Her Letters were read aloud.',
  'the statement released by the agency said little; his statements said more',
  'No writing here at all, only a lettering class and an adviser.',
  'an e-mail, a long e-mails thread, their three first emails',
  'Its ſtatement, the \u212Aey letter and a 𝒜 ad',
  '',
];

test('allMatches gives what matchAll gives, and leaves lastIndex 0', () => {
  const patterns = [/(?<![\p{L}])(?:a|an|its)\s+\p{L}+/giu, /x*/gu, /(?:)/gu, /\p{Lu}\p{Ll}+/gu, /(?<=𝒜)/gu];
  for (const re of patterns) {
    for (const t of TEXTS) {
      const want = [...t.matchAll(re)].map((m) => [m.index, m[0], m[1]]);
      const got = allMatches(re, t).map((m) => [m.index, m[0], m[1]]);
      assert.deepEqual(got, want, `${re} on ${JSON.stringify(t)}`);
      assert.equal(re.lastIndex, 0);
    }
  }
});

test('a text without the noun has no introduced writing (the pre-test skips only such texts)', () => {
  const nouns = ['letter', 'ad', 'statement', 'e-mail', 'email', 'video', 'key'];
  let positives = 0;
  let negatives = 0;
  for (const noun of nouns) {
    const { intro, definite, noun: named } = writingPatterns(noun);
    for (const t of TEXTS) {
      const found = [...t.matchAll(intro), ...t.matchAll(definite)];
      if (named.test(t)) positives += found.length ? 1 : 0;
      else {
        negatives++;
        assert.equal(found.length, 0, `${noun} in ${JSON.stringify(t)}`);
      }
    }
  }
  assert.ok(positives >= 6 && negatives >= 20);
});

test('matchesNear finds what allMatches finds over the whole text, only around the noun', () => {
  const more = [
    'We read an old, long letter. (A letter!) -- and their letters; his  very   long\nletter',
    'a letter-writer, an ad-hoc ad, an ad.',
    "its members' letter and its members\u2019 ad; an 'open' letter",
    'An e-mail;an e-mail',
  ];
  let found = 0;
  for (const noun of ['letter', 'ad', 'statement', 'e-mail', 'email', 'video', 'key']) {
    const { intro, definite } = writingPatterns(noun);
    for (const re of [intro, definite]) {
      for (const t of [...TEXTS, ...more]) {
        const want = allMatches(re, t).map((m) => [m.index, m[0]]);
        assert.deepEqual(matchesNear(re, t, noun).map((m) => [m.index, m[0]]), want, `${noun} in ${JSON.stringify(t)}`);
        found += want.length;
      }
    }
  }
  assert.ok(found >= 15);
});

// afterOpener as it was written before its last-character pre-test.
function oldAfterOpener(text: string, at: number, v: ReturnType<typeof vocabOf>): boolean {
  const from = Math.max(0, at - 160);
  const before = text.slice(from, at);
  if (/,\s*(?:but|yet)\s+$/u.test(before)) return true;
  const comma = before.trimEnd().length - 1;
  if (before[comma] !== ',') return false;
  let start = comma - 1;
  while (start >= 0 && !'.!?'.includes(before[start])) start--;
  if (start < 0 && from > 0) return false;
  const chunk = before.slice(start + 1, comma);
  if (chunk.includes(',')) return false;
  const ws = chunk.match(/[\p{L}'\u2019-]+/gu) ?? [];
  const first = (ws[0] ?? '').toLowerCase();
  const described = v.determiners.has(first) && ws.length <= 6 && v.personNouns.has(ws[ws.length - 1].toLowerCase());
  return described || v.clauseOpeners.has(first) || /^\p{Lu}\p{Ll}+ing$/u.test(ws[0] ?? '');
}

test('afterOpener answers as before its pre-test, at every place of invented text', async () => {
  const v = vocabOf(await projectConfig());
  const texts = [
    'In her statement Saturday, Lamm went further, but Roe did not. One local woman, Kay Rob, pulled out; yet Tam stayed.',
    'Smiling, Ann Orr waved.\u00a0However,\u2003Bo left ,  but  \nIan came. Bit,Ed',
    'What, 𝒜 but Al, yet\t',
    '',
  ];
  let yes = 0;
  for (const t of texts) {
    for (let at = 0; at <= t.length; at++) {
      const want = oldAfterOpener(t, at, v);
      assert.equal(afterOpener(t, at, v), want, `${JSON.stringify(t)} at ${at}`);
      yes += want ? 1 : 0;
    }
  }
  assert.ok(yes >= 5);
});

// afterOpener's "but"/"yet" pre-test and its chunk split on a determiner only: as before on generated
// text made of the words either reads (words in -t that are neither, openers, determiners, person nouns,
// participles), at every place.
test('afterOpener answers as before on generated text, at every place', async () => {
  const v = vocabOf(await projectConfig());
  const pool = ['but', 'yet', 'But', 'Yet', 'that', 'at', 'not', 'it', 'abut', 'debut', 'the', 'The', 'a', 'An', 'local', 'woman', 'pollster', 'mayor', 'However', 'however', 'Meanwhile', 'Smiling', 'Asked', 'Ann', 'Roe', 'Kay', 'Rob', 'harbor', 'plan', 'Bea', "o'Tam", 'x-ray', 'été'];
  const glue = [' ', ' ', ' ', ', ', ',', '. ', '! ', '? ', ' , ', ' \u00a0', '\n', ',\t', '; '];
  const rand = seeded(3535);
  let yes = 0;
  let t0 = 0;
  for (let n = 0; n < 400; n++) {
    let t = '';
    const len = 1 + rand(14);
    for (let k = 0; k < len; k++) t += pool[rand(pool.length)] + glue[rand(glue.length)];
    // (long texts too: the reach is 160 characters back)
    if (n % 10 === 0) t = t.repeat(8);
    for (let at = 0; at <= t.length; at++) {
      const want = oldAfterOpener(t, at, v);
      assert.equal(afterOpener(t, at, v), want, `${JSON.stringify(t)} at ${at}`);
      if (want) yes++;
      if (t[at - 1] === ' ' && t.slice(0, at).trimEnd().endsWith('t')) t0++;
    }
  }
  assert.ok(yes >= 50, `${yes} places after an opener`);
  assert.ok(t0 >= 200, `${t0} places after a word in -t`);
});

// unglue as it was written before the digit pre-test and the shared sticky readers.
const MONTH_WORD = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
function oldUnglue(text: string, cues: ReadonlySet<string> = new Set()): string {
  text = text
    .replace(/(?<=\p{L})(?=(?:April|August|December|February|January|July|June|March|May|November|October|September|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\b)/gu, ' ')
    .replace(/(?<=\p{Lu}{2})(?=(?:APRIL|AUGUST|DECEMBER|FEBRUARY|JANUARY|JULY|JUNE|MARCH|MAY|NOVEMBER|OCTOBER|SEPTEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.?\s+\d{1,2}\b)/gu, ' ');
  const next = /\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})/uy;
  const tailStart = new RegExp(`${MONTH_WORD}(?=\\s*\\d)|By(?=\\s|$)`, 'uy');
  return text.replace(/(?<=\p{Ll})(?=\p{Lu})/gu, (_m: string, at: number) => {
    tailStart.lastIndex = at;
    if (tailStart.test(text)) return ' ';
    next.lastIndex = at;
    const tail = next.exec(text)?.[0].toLowerCase() ?? '';
    let k = at;
    while (k > 0 && /\p{L}/u.test(text[k - 1]) && at - k < 40) k--;
    const head = text.slice(k, at);
    const last = (/\p{Lu}?\p{Ll}+$/u.exec(head)?.[0] ?? head).toLowerCase();
    return cues.has(tail) || cues.has(last) ? ' ' : '';
  });
}

test('unglue reads as before, with and without a digit in the text', () => {
  const cues = new Set(['staff', 'writer', 'columnist']);
  const cases = [
    'Tam OrrinDec 3, 2021', // glued month, digit
    'By PAT QUILLMAY 9, 2020', // glued month in capitals
    'Tam OrrinDecember', // a month, no digit: nothing to split at the month
    'Lee VaskStaff Writer', // a cue word, no digit
    'Lee VaskBy Rhea Mond',
    'InfoWorld and McDonald', // brand capitals stay
    'OrrinMarching band 4', // not a month
    'Columnist IVOctober 12, 2019',
    'Dana ReyColumnist2 min read',
    '',
  ];
  for (const t of cases) {
    assert.equal(unglue(t, cues), oldUnglue(t, cues), t);
    assert.equal(unglue(t), oldUnglue(t), t);
  }
  // and the splits themselves
  assert.equal(unglue('Tam OrrinDec 3, 2021'), 'Tam Orrin Dec 3, 2021');
  assert.equal(unglue('Tam OrrinDecember'), 'Tam OrrinDecember');
  assert.equal(unglue('Lee VaskStaff Writer', cues), 'Lee Vask Staff Writer');
});

test('unglue finds its case steps by char code as the pattern did (astral text, odd cases, random strings)', () => {
  const cues = new Set(['staff', 'writer', 'columnist', 'editor']);
  const cases = [
    'ÉmileZola and ĳsselǅemal ǅungle', // Latin-1 and title-case letters (Lt is not Lu)
    'ßtraßeStaff Writer, ſtaffEditor',
    'Ana RuizΔelta ΣοφίαΠαπα',
    '𝒜lphaBeta 𝒶Bee 𝒷𝒞 ReyStaff', // astral letters: read by the pattern
    'lone \ud800Half and \udc00Other',
    'aB',
    'Ab',
    'ZZzzZZ',
  ];
  for (const t of cases) {
    assert.equal(unglue(t, cues), oldUnglue(t, cues), t);
    assert.equal(unglue(t), oldUnglue(t), t);
  }
  const alphabet = ['a', 'B', 'y', 'Staff', 'Writer', 'Dec 3', 'By ', 'é', 'É', 'ǅ', 'ſ', ' ', '\n', '1', '.', 'Δ', 'δ', '𝒜', '𝒶', '\ud800', '\udc00'];
  let seed = 99;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let k = 0; k < 2000; k++) {
    let t = '';
    const len = rand(24);
    // (every other string without the astral letters: the scan's own path)
    const n = k % 2 ? alphabet.length : alphabet.length - 4;
    for (let i = 0; i < len; i++) t += alphabet[rand(n)];
    assert.equal(unglue(t, cues), oldUnglue(t, cues), JSON.stringify(t));
  }
});
