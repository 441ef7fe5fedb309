// CandidateCap (corpus/stories.ts): an article computes the cosine of at most max_candidates of its
// candidates, those with the highest key-term estimates (ties in the order met); with no more
// candidates than that, every one, so similarities() is unchanged where the cap is not reached.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CandidateCap, similarities, type Edges, type StoryDoc, type StoryOptions } from '../pipeline/corpus/stories.js';
import { prng as rng } from './perturb.js';

/** The candidates (of `touched`, in order) that `cap` takes. */
function taken(cap: CandidateCap, touched: number[], shared: number[], est: number[], min: number): number[] {
  const n = Math.max(...touched) + 1;
  const [s, e] = [new Int32Array(n), new Float64Array(n)];
  touched.forEach((j, x) => ([s[j], e[j]] = [shared[x], est[x]]));
  cap.choose(touched, s, e, min);
  return touched.filter((j) => s[j] >= min && cap.takes(e[j]));
}

test('candidate cap: every candidate when they are no more than the cap; those below min_shared never', () => {
  const cap = new CandidateCap(3);
  assert.deepEqual(taken(cap, [7, 2, 5, 9], [2, 1, 3, 2], [0.1, 0.9, 0.2, 0.05], 2), [7, 5, 9]);
  assert.deepEqual(taken(new CandidateCap(Infinity), [4, 1], [1, 1], [0.3, 0.2], 1), [4, 1]);
});

test('candidate cap: over the cap, the highest estimates; ties at the bar in the order met', () => {
  const cap = new CandidateCap(3);
  assert.deepEqual(taken(cap, [1, 2, 3, 4, 5], [2, 2, 2, 2, 2], [0.5, 0.1, 0.7, 0.3, 0.2], 2), [1, 3, 4]);
  // Bar 0.3, one above it (0.8): two of the three at 0.3 fit, the first two met.
  assert.deepEqual(taken(cap, [10, 11, 12, 13, 14], [2, 2, 2, 2, 2], [0.3, 0.8, 0.3, 0.1, 0.3], 2), [10, 11, 12]);
  // The cap is set anew for each row: a row under it takes all.
  assert.deepEqual(taken(cap, [6, 8], [2, 2], [0.3, 0.3], 2), [6, 8]);
});

const OPTIONS: StoryOptions = {
  similarity: 0.2, attach_similarity: 0.1, small_story: 3, quote_similarity: 0.6, max_days_apart: 365, active_days: 30,
  far_similarity: 0.25, max_term_share: 0.9, key_terms: 12, min_shared_keys: 2, max_key_docs: 100_000, min_link: 0.01, max_links: 8,
};

function docsOf(n: number, vocab: number, terms: number, seed: number): StoryDoc[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const ids = new Set<number>();
    while (ids.size < terms) ids.add(1 + Math.floor(r() * r() * vocab));
    const sorted = Uint32Array.from(ids).sort();
    return { terms: { ids: sorted, counts: Float32Array.from(sorted, () => 1 + Math.floor(r() * 3)) }, quotes: new Uint32Array(0), day: 20000, group: i };
  });
}

const linkSet = (e: Edges) => {
  const out = new Map<string, number>();
  for (let i = 0; i < e.start.length - 1; i++) for (let p = e.start[i]; p < e.start[i + 1]; p++) out.set(`${i}-${e.to[p]}`, e.sim[p]);
  return out;
};

test('similarities: a cap above every article\'s candidates changes nothing; a low one keeps fewer links, each with its exact similarity', () => {
  const docs = docsOf(200, 90, 15, 7);
  const all = similarities(docs, OPTIONS);
  assert.deepEqual(similarities(docs, { ...OPTIONS, max_candidates: 200 }), all);
  const low = linkSet(similarities(docs, { ...OPTIONS, max_candidates: 5 }));
  const uncapped = linkSet(similarities(docs, { ...OPTIONS, max_links: 1_000_000 }));
  assert.ok(low.size < linkSet(all).size, `${low.size} links with a cap of 5`);
  // Each link found under the cap is a real pair with the similarity it has uncapped.
  for (const [k, sim] of low) assert.equal(uncapped.get(k), sim, k);
});
