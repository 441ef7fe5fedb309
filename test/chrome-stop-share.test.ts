// chrome/base.ts asks whether a paragraph's share of stopwords reaches one ratio, and stops counting once the
// answer is known: the answer must be stopShare's compared with the ratio, for any words and any ratio,
// including the ratios at which the share of a short paragraph lands exactly on the line.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stopShare, stopShareReaches } from '../pipeline/stages/chrome/base.js';
import { prng as rng } from './perturb.js';

const STOP = new Set(['the', 'a', 'of', 'and', "it's", 'über']);
const MAX = Math.max(...[...STOP].map((w) => w.length));
const POOL = ['the', 'The', 'THE', 'a', 'A', 'of', 'Of', 'and', "It's", 'über', 'ÜBER', 'harbor', 'ferry', 'x', 'storms', 'Theory', 'ofs', ''];


test('stopShareReaches answers as stopShare(...) >= ratio', () => {
  const r = rng(35);
  const ratios = [-1, 0, 0.05, 0.1, 0.2, 0.25, 1 / 3, 0.5, 2 / 3, 0.7, 1, 1.5, Number.NaN];
  for (let n = 0; n < 20000; n++) {
    const len = Math.floor(r() * 40);
    const ws = Array.from({ length: len }, () => POOL[Math.floor(r() * POOL.length)]);
    const ratio = n % 3 === 0 ? ratios[Math.floor(r() * ratios.length)] : Math.floor(r() * (len + 2)) / (len || 1);
    assert.equal(stopShareReaches(ws, STOP, MAX, ratio), stopShare(ws, STOP, MAX) >= ratio, `${JSON.stringify(ws)} at ${ratio}`);
  }
});

test('stopShareReaches at the line: table', () => {
  const cases: [string[], number, boolean][] = [
    [[], 0, true],
    [[], 0.2, false],
    [['the', 'ferry', 'left', 'port', 'today'], 0.2, true],
    [['ferry', 'left', 'port', 'today', 'the'], 0.2, true],
    [['ferry', 'left', 'port', 'today', 'now'], 0.2, false],
    [['The', 'OF', 'ferry'], 2 / 3, true],
    [['The', 'ferry', 'port'], 2 / 3, false],
  ];
  for (const [ws, ratio, want] of cases) assert.equal(stopShareReaches(ws, STOP, MAX, ratio), want, `${ws.join(' ')} at ${ratio}`);
});
