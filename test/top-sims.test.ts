// TopSims (corpus/stories.ts) holds each doc's k strongest similarities by a 16-bit rank; the bar it
// gives a doc at the end must be the exact k-th strongest all the same, however many similarities
// share a rank (the pair list keeps every pair mayKeep accepts, so they are at hand).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PairList, TopSims } from '../pipeline/corpus/stories.js';

// Distinct doubles of one rank (2^-40 is far below its step).
const near = (x: number, steps: number) => x + steps * 2 ** -40;

/** Doc 0 paired with docs 1, 2, ... at `sims` (offered to both ends, as similarities() does). */
function run(k: number, sims: number[]) {
  const top = new TopSims(sims.length + 1, k);
  const pairs = new PairList();
  sims.forEach((s, x) => {
    pairs.push(x + 1, 0, s);
    top.offer(x + 1, s);
    top.offer(0, s);
  });
  return { top, bar: top.bars(pairs) };
}

const CASES = [
  { name: 'fewer than k: every pair kept', k: 4, sims: [0.5, 0.25], bar: -Infinity },
  { name: 'the k-th of distinct ranks', k: 2, sims: [0.5, 0.75, 0.25], bar: 0.5 },
  { name: 'the k-th among doubles of one rank', k: 2, sims: [near(0.5, 0), near(0.5, 2), near(0.5, 1)], bar: near(0.5, 1) },
  { name: 'some ranked above the k-th, the rest of its rank', k: 3, sims: [near(0.5, 3), 0.9, near(0.5, 1), near(0.5, 2)], bar: near(0.5, 2) },
  { name: 'exact ties at the k-th', k: 2, sims: [0.5, 0.5, 0.5, 0.25], bar: 0.5 },
  { name: 'past 1 (a rounded cosine) and at 1: one rank', k: 2, sims: [1 + 2 ** -52, 1, 0.99999], bar: 1 },
  { name: 'offered out of order, the k-th last', k: 2, sims: [near(0.5, 1), 0.1, near(0.5, 0), near(0.5, 5), near(0.5, 4)], bar: near(0.5, 4) },
];

for (const c of CASES)
  test(`top sims: the exact k-th strongest (${c.name})`, () => {
    const { top, bar } = run(c.k, c.sims);
    assert.equal(bar[0], c.bar);
    // A pair the exact test keeps is one mayKeep keeps (what the search prunes with).
    for (const s of c.sims) if (s >= c.bar) assert.ok(top.mayKeep(0, s));
  });

test('top sims: mayKeep rejects a similarity ranked below the k-th', () => {
  const { top } = run(2, [0.5, 0.75, 0.25]);
  assert.equal(top.mayKeep(0, 0.4), false);
  // One of the k-th's rank may be kept (decided exactly by the bar).
  assert.equal(top.mayKeep(0, near(0.5, -1)), true);
});
