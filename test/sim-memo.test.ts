// SimMemo (corpus/sim-memo.ts): cosines kept from the window's first links and read by the part's
// pass. A cosine read must be the very number computed, so the part's links are the same to the bit
// with the memo and without it; a memo is asked before any dot product (a planted value is used).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SimMemo } from '../pipeline/corpus/sim-memo.js';
import { linksTaking, similarities, termVectors, type StoryDoc, type StoryOptions } from '../pipeline/corpus/stories.js';
import { prng } from './perturb.js';

const OPTIONS: StoryOptions = {
  similarity: 0.2, attach_similarity: 0.1, small_story: 3, quote_similarity: 0.6, max_days_apart: 365, active_days: 30,
  far_similarity: 0.25, max_term_share: 0.9, key_terms: 8, min_shared_keys: 1, max_key_docs: 100_000, min_link: 0.01, max_links: 6, max_candidates: 12,
};

function docsOf(n: number, vocab: number, terms: number, seed: number): StoryDoc[] {
  const r = prng(seed);
  return Array.from({ length: n }, (_, i) => {
    const ids = new Set<number>();
    while (ids.size < terms) ids.add((Math.floor(r() * r() * vocab) * 2654435761) >>> 0);
    const sorted = Uint32Array.from(ids).sort();
    return { terms: { ids: sorted, counts: Float32Array.from(sorted, () => 1 + Math.floor(r() * 4)) }, quotes: new Uint32Array(0), day: 20000, group: i };
  });
}

test('SimMemo: a cosine put is read back; an absent pair is NaN; pairs are ordered', () => {
  const m = new SimMemo(100);
  assert.ok(Number.isNaN(m.get(3, 1)));
  m.put(3, 1, 0.25);
  assert.equal(m.get(3, 1), 0.25);
  assert.ok(Number.isNaN(m.get(1, 3)));
  m.put(3, 1, 0.5);
  assert.equal(m.get(3, 1), 0.25, 'the first cosine told stays');
  assert.ok(Object.is(((m.put(4, 2, -0), m.get(4, 2))), -0));
});

test('SimMemo: past `most` cosines more are not kept; the table grows below it', () => {
  const m = new SimMemo(5000);
  for (let i = 0; i < 6000; i++) m.put(i, i >> 1, i / 8);
  assert.equal(m.size, 5000);
  for (let i = 0; i < 5000; i++) assert.equal(m.get(i, i >> 1), i / 8);
  for (let i = 5000; i < 6000; i++) assert.ok(Number.isNaN(m.get(i, i >> 1)));
});

test('SimMemo.over: reads through the subset\'s indices and keeps nothing told', () => {
  const m = new SimMemo(10);
  m.put(7, 2, 0.4);
  const part = m.over([2, 5, 7]);
  assert.equal(part.get(2, 0), 0.4);
  assert.ok(Number.isNaN(part.get(0, 2)));
  part.put(1, 0, 0.9);
  assert.ok(Number.isNaN(m.get(5, 2)));
});

// Windows as the corpus stage sees them: older docs, then this run's (the rows of the first pass);
// the part is this run's and a share of the older ones.
const WINDOWS = [
  { name: 'a small window', n: 80, fresh: 12, vocab: 200, terms: 14, seed: 1, every: 3 },
  { name: 'capped candidates', n: 400, fresh: 40, vocab: 300, terms: 20, seed: 2, every: 2 },
  { name: 'a part of every older doc', n: 150, fresh: 30, vocab: 500, terms: 12, seed: 3, every: 1 },
];

for (const w of WINDOWS)
  test(`SimMemo: the part's links are the same with the first pass's cosines as without (${w.name})`, () => {
    const docs = docsOf(w.n, w.vocab, w.terms, w.seed);
    const vecs = termVectors(docs, OPTIONS);
    const memo = new SimMemo(1 << 20);
    const rows = Array.from({ length: w.fresh }, (_, k) => w.n - w.fresh + k);
    linksTaking(docs, OPTIONS, { vecs }, rows, undefined, memo).whole();
    assert.ok(memo.size > 0);
    const part = [...Array.from({ length: w.n - w.fresh }, (_, i) => i).filter((i) => i % w.every === 0), ...rows];
    const partDocs = part.map((i, x) => ({ ...docs[i], group: x }));
    const plain = similarities(partDocs, OPTIONS, vecs.subset(part));
    const read = similarities(partDocs, OPTIONS, vecs.subset(part), undefined, undefined, memo.over(part));
    assert.deepEqual(read, plain);
  });

test('SimMemo: a cosine known is used as it is, not computed again', () => {
  const docs = docsOf(40, 60, 10, 4);
  const vecs = termVectors(docs, OPTIONS);
  const plain = similarities(docs, OPTIONS, vecs);
  // The first link of doc 39 (a row: rows pair with lower indices), planted at another value.
  const j = Array.from(plain.to.subarray(plain.start[39], plain.start[40])).find((x) => x < 39)!;
  const memo = new SimMemo(10);
  memo.put(39, j, 0.987);
  const planted = similarities(docs, OPTIONS, vecs, undefined, undefined, memo);
  const at = Array.from(planted.to.subarray(planted.start[39], planted.start[40])).indexOf(j);
  assert.equal(planted.sim[planted.start[39] + at], 0.987);
});
