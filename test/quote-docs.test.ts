// quoteDocs (corpus/stories.ts): each quote's docs in typed arrays, in the order a Map of a list per
// quote had them (quotes in the order first met, docs ascending, a doc once per listing), so the pairs
// sharing a quote, and the edges similarities() builds from them, come out in the same order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteDocs, type StoryDoc } from '../pipeline/corpus/stories.js';
import { prng as rng } from './perturb.js';

const doc = (quotes: number[]): StoryDoc => ({ terms: { ids: new Uint32Array(0), counts: new Float32Array(0) }, quotes: Uint32Array.from(quotes), day: null, group: -1 });

/** What the Map of lists made: per quote (first met first) its docs. */
function byMap(docs: StoryDoc[], include: (i: number) => boolean): number[][] {
  const m = new Map<number, number[]>();
  docs.forEach((d, i) => {
    if (include(i)) for (const q of d.quotes) (m.get(q) ?? m.set(q, []).get(q)!).push(i);
  });
  return [...m.values()];
}

function lists(q: ReturnType<typeof quoteDocs>): number[][] {
  return Array.from({ length: q.quotes }, (_, x) => Array.from(q.docs.subarray(q.start[x], q.start[x + 1])));
}

test('quote docs: quotes in the order first met, each with its docs ascending', () => {
  const docs = [doc([30, 7]), doc([]), doc([7, 4000000000]), doc([30]), doc([4000000000, 7])];
  assert.deepEqual(lists(quoteDocs(docs, () => true)), [[0, 3], [0, 2, 4], [2, 4]]);
  assert.deepEqual(lists(quoteDocs(docs, () => true)), byMap(docs, () => true));
});

test('quote docs: docs left out are in no list; a doc listing a quote twice is in its list twice', () => {
  const docs = [doc([5]), doc([5, 5]), doc([9]), doc([9, 5])];
  const odd = (i: number) => i % 2 === 1;
  assert.deepEqual(lists(quoteDocs(docs, odd)), [[1, 1, 3], [3]]);
  assert.deepEqual(lists(quoteDocs(docs, odd)), byMap(docs, odd));
  assert.equal(quoteDocs([], () => true).quotes, 0);
});

test('quote docs: the same lists as the Map on random docs', () => {
  const r = rng(7);
  const docs = Array.from({ length: 300 }, () => doc(Array.from({ length: Math.floor(r() * 4) }, () => Math.floor(r() * 60) * 0x9e3779b1 >>> 0)));
  const some = (i: number) => i % 5 !== 0;
  assert.deepEqual(lists(quoteDocs(docs, some)), byMap(docs, some));
});
