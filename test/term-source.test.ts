// The corpus stage's compact window: term vectors made in two passes over terms read a slice at a
// time (termVectorsFrom) are the ones termVectors makes from terms held in memory, to the bit; the
// docs' quotes are packed into one array of their own; the store hands staged terms apart from the
// other features. Every term hash and quote key here is invented by a seeded generator.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withQuotesPacked } from '../pipeline/corpus/index.js';
import { SqliteStore } from '../pipeline/corpus/sqlite-store.js';
import type { ArticleFeatures, TermVector } from '../pipeline/corpus/store.js';
import { termVectors, termVectorsFrom, type StoryDoc, type StoryOptions } from '../pipeline/corpus/stories.js';
import { prng as rng } from './perturb.js';

const OPTIONS: StoryOptions = {
  similarity: 0.2, attach_similarity: 0.1, small_story: 3, quote_similarity: 0.6, max_days_apart: 365, active_days: 30,
  far_similarity: 0.25, max_term_share: 0.9, key_terms: 8, min_shared_keys: 1, max_key_docs: 100_000, min_link: 0.01, max_links: 6,
};

function termsOf(r: () => number, vocab: number, m: number, count: () => number): TermVector {
  const ids = new Set<number>();
  while (ids.size < Math.min(m, vocab)) ids.add((Math.floor(r() * r() * vocab) * 2654435761) >>> 0);
  const sorted = Uint32Array.from(ids).sort();
  return { ids: sorted, counts: Float32Array.from(sorted, count) };
}

function docsOf(n: number, vocab: number, seed: number, counts: number[]): StoryDoc[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => ({
    // Some docs without terms, the rest of 1 to 30.
    terms: termsOf(r, vocab, i % 7 === 3 ? 0 : 1 + Math.floor(r() * 30), () => counts[Math.floor(r() * counts.length)]),
    quotes: i % 3 ? new Uint32Array(0) : Uint32Array.from({ length: 1 + (i % 4) }, () => Math.floor(r() * 2 ** 32) >>> 0),
    day: 20000,
    group: i,
  }));
}

const CASES = [
  { name: 'a few count values (one-byte codes)', n: 90, vocab: 120, seed: 11, counts: [1, 2, 3, 5, 6, 7, 10] },
  { name: 'over 256 count values (two-byte codes)', n: 70, vocab: 200, seed: 12, counts: Array.from({ length: 400 }, (_, i) => 1 + i * 0.5) },
  { name: 'one doc', n: 1, vocab: 5, seed: 13, counts: [2] },
  { name: 'no docs', n: 0, vocab: 5, seed: 14, counts: [1] },
];

for (const c of CASES)
  for (const slice of [1, 7, 1000])
    test(`termVectorsFrom: the vectors termVectors makes, to the bit, read ${slice} docs at a time (${c.name})`, async () => {
      const docs = docsOf(c.n, c.vocab, c.seed, c.counts);
      const want = termVectors(docs, OPTIONS).all();
      let passes = 0;
      const got = await termVectorsFrom(async (visit) => {
        passes++;
        for (let i = 0; i < docs.length; i += slice) {
          // As a store read: fresh copies each pass, nothing kept from the one before.
          const read = docs.slice(i, i + slice).map((d) => ({ ids: d.terms.ids.slice(), counts: d.terms.counts.slice() }));
          await Promise.resolve();
          for (const t of read) visit(t);
        }
      }, OPTIONS).then((v) => v.all());
      assert.equal(passes, 2, 'two passes over the terms');
      assert.equal(got.length, want.length);
      got.forEach((v, i) => {
        assert.deepEqual(Array.from(v.ids), Array.from(want[i].ids), `ids of doc ${i}`);
        assert.deepEqual(Array.from(v.codes), Array.from(want[i].codes), `codes of doc ${i}`);
        assert.deepEqual(Array.from(v.key), Array.from(want[i].key), `key terms of doc ${i}`);
        assert.ok(Object.is(v.norm, want[i].norm), `norm of doc ${i}`);
        assert.deepEqual(Array.from(v.tables.lf), Array.from(want[i].tables.lf));
        assert.deepEqual(Array.from(v.tables.idf), Array.from(want[i].tables.idf));
      });
    });

test('withQuotesPacked: the same quotes, in one array of their own; a doc without quotes holds no buffer', () => {
  const docs = docsOf(40, 50, 21, [1, 2]);
  const want = docs.map((d) => Array.from(d.quotes));
  const before = new Set(docs.map((d) => (d.quotes as Uint32Array).buffer));
  const packed = withQuotesPacked(docs);
  assert.deepEqual(packed.map((d) => Array.from(d.quotes)), want);
  const quoted = packed.filter((d) => d.quotes.length);
  assert.ok(quoted.length > 5);
  const buffers = new Set(quoted.map((d) => (d.quotes as Uint32Array).buffer));
  assert.equal(buffers.size, 1, 'one array for all');
  assert.ok(![...buffers].some((b) => before.has(b)), 'none of the arrays the quotes came in');
  const empty = new Set(packed.filter((d) => !d.quotes.length).map((d) => d.quotes));
  assert.equal(empty.size, 1, 'docs without quotes share one empty array');
  assert.deepEqual(withQuotesPacked([]), []);
});

test('staging: terms read apart (stagedTerms), and features without them (terms: false), as they went in', async () => {
  const store = new SqliteStore(':memory:');
  const r = rng(31);
  const fs: ArticleFeatures[] = Array.from({ length: 6 }, (_, i) => ({
    id: `invented-${i}`, textHash: `hash-${i}`, signature: Uint32Array.from({ length: 8 }, () => Math.floor(r() * 2 ** 32) >>> 0), shingles: 20 + i,
    briefSignature: i % 2 ? Uint32Array.from({ length: 4 }, (_, k) => k + i) : null, briefShingles: i % 2 ? 9 : 0,
    headline: Uint32Array.from([3 + i, 40 + i]), terms: i === 4 ? null : termsOf(r, 60, 5 + i, () => 1 + Math.floor(r() * 4)),
    quotes: i === 2 ? Uint32Array.from([7, 99]) : new Uint32Array(0), date: i % 3 ? '2025-05-0' + (i + 1) : null,
  }));
  await store.stageFeatures(fs);
  const ids = [fs[5].id, fs[0].id, fs[4].id, 'absent'];
  const terms = await store.stagedTerms(ids);
  assert.deepEqual([...terms.keys()].sort(), [fs[0].id, fs[5].id], 'absent ids and articles without terms left out');
  for (const f of [fs[0], fs[5]]) assert.deepEqual(terms.get(f.id), f.terms);
  const bare = await store.stagedFeatures(ids, { terms: false });
  assert.deepEqual([...bare.keys()].sort(), [fs[0].id, fs[4].id, fs[5].id]);
  for (const f of [fs[0], fs[4], fs[5]]) assert.deepEqual(bare.get(f.id), { ...f, terms: null });
  assert.deepEqual((await store.stagedFeatures([fs[5].id])).get(fs[5].id), fs[5], 'with their terms by default');
  await store.clearStaged();
  assert.equal((await store.stagedTerms(ids)).size, 0);
  await store.close();
});
