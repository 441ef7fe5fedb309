// People's titleCase (quotes/names/shape.ts) asks whether a line shares a word with the article's
// lowercase words only once its capitals have settled it (the asks were most of LowerWords' searches).
// It must answer as the loop it replaced, which asked along the way: a table of invented lines with
// positives and negatives, and random lines and word sets against that loop.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { titleCase } from '../pipeline/stages/quotes/names/shape.js';
import type { Vocab } from '../pipeline/stages/quotes/vocab.js';
import { isCap, words, type Word } from '../pipeline/stages/quotes/words.js';
import { LowerWords } from '../pipeline/stages/quotes/names/lower-words.js';
import { seeded } from './helpers.js';

const v = { minorWords: new Set(['a', 'an', 'the', 'and', 'of', 'to', 'with', 'from', 'into']) } as unknown as Vocab;
const LONG_WORD = /^\p{L}{4}/u;

// The loop as it was.
function before(ws: Word[], common?: { has(w: string): boolean }): boolean {
  let content = 0;
  let shared = !common;
  for (const w of ws) {
    if (!LONG_WORD.test(w.raw)) continue;
    const l = w.lower;
    if (v.minorWords.has(l)) continue;
    if (!isCap(w.raw)) return false;
    content++;
    if (!shared && common!.has(l)) shared = true;
  }
  return content >= 4 && shared;
}

const TABLE: [line: string, common: string[] | undefined, title: boolean][] = [
  ['Guns Are The Ultimate Health Crisis, Doctors Say', undefined, true],
  ['Guns Are The Ultimate Health Crisis, Doctors Say', ['health'], true],
  ['Guns Are The Ultimate Health Crisis, Doctors Say', ['guns are'], false],
  ['Guns Are The Ultimate Health Crisis, Doctors Say', [], false],
  ['Dana Lamm said the plan would fail', undefined, false],
  ['Dana Lamm said the plan would fail', ['dana'], false],
  ['Harbor Board Opens With Vote', undefined, true],
  ['Harbor Board Opens', undefined, false],
  ['Harbor Board Opens With Vote', ['vote'], true],
  ['The Mayor Of Lisbon Visits Port Today', ['mayor'], true],
  ['A To Of Is Be', undefined, false],
  ['', undefined, false],
];

test('titleCase: the table', () => {
  for (const [line, common, title] of TABLE) {
    const ws = words(line);
    const set = common && new Set(common);
    assert.equal(titleCase(ws, v, set), title, JSON.stringify([line, common]));
    assert.equal(before(ws, set), title, `table row agrees with the loop it replaced: ${JSON.stringify([line, common])}`);
  }
});

test('titleCase answers as the loop it replaced on random lines', () => {
  const pool = ['Harbor', 'harbor', 'Board', 'board', 'Vote', 'the', 'The', 'of', 'With', 'with', 'Dana', 'Lamm', 'is', 'Is', 'Opens', 'opens', 'Plan', ',', '2024', 'Crisis'];
  const rand = seeded(1234);
  for (let k = 0; k < 3000; k++) {
    const line = Array.from({ length: rand(12) }, () => pool[rand(pool.length)]).join(' ');
    const lowers = Array.from({ length: rand(4) }, () => pool[rand(pool.length)].toLowerCase());
    const ws = words(line);
    const common = rand(3) === 0 ? undefined : rand(2) ? new Set(lowers) : new LowerWords([lowers.join(' ')]);
    assert.equal(titleCase(ws, v, common), before(ws, common), JSON.stringify([line, lowers]));
  }
});
