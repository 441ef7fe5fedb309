// similarities() keeps a link when it is among either end's max_links strongest. It drops pairs
// while it goes (a full pair list first loses the pairs neither end can keep any more), so the
// links it returns must be exactly those of the whole list filtered at the end: checked here
// against the same docs with no cap (nothing dropped), filtered by hand, on windows large enough
// to fill the list many times over.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { similarities, type Edges, type StoryDoc, type StoryOptions } from '../pipeline/corpus/stories.js';
import { prng as rng } from './perturb.js';

const OPTIONS: StoryOptions = {
  similarity: 0.2, attach_similarity: 0.1, small_story: 3, quote_similarity: 0.6, max_days_apart: 365, active_days: 30,
  far_similarity: 0.25, max_term_share: 0.9, key_terms: 12, min_shared_keys: 1, max_key_docs: 100_000, min_link: 0.01, max_links: 4,
};

/** `n` docs over a vocabulary of `vocab` invented term ids, `terms` each; `quoted` of them share one quote key in pairs. */
function docsOf(n: number, vocab: number, terms: number, seed: number, quoted = 0): StoryDoc[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const ids = new Set<number>();
    while (ids.size < terms) ids.add(1 + Math.floor(r() * r() * vocab));
    const sorted = Uint32Array.from(ids).sort();
    return { terms: { ids: sorted, counts: Float32Array.from(sorted, () => 1 + Math.floor(r() * 3)) }, quotes: i < quoted ? Uint32Array.of(9000 + (i >> 1)) : new Uint32Array(0), day: 20000, group: i };
  });
}

/** Per doc, its links as (to, sim, quote) in row order. */
function rows(e: Edges): [number, number, number][][] {
  return Array.from({ length: e.start.length - 1 }, (_, i) => Array.from({ length: e.start[i + 1] - e.start[i] }, (_, x) => [e.to[e.start[i] + x], e.sim[e.start[i] + x], e.quote[e.start[i] + x]] as [number, number, number]));
}

/** The uncapped links kept as the cap would keep them: among either end's k strongest (ties at the k-th kept). */
function capped(all: [number, number, number][][], k: number): [number, number, number][][] {
  const kth = all.map((links) => {
    const sims = links.map((l) => l[1]).sort((a, b) => b - a);
    return sims.length < k ? -Infinity : sims[k - 1];
  });
  return all.map((links, i) => links.filter(([j, sim]) => sim >= kth[i] || sim >= kth[j]));
}

const CASES = [
  { name: 'dense window, every doc pairs with most others', n: 150, vocab: 60, terms: 15, seed: 1, rows: undefined },
  { name: 'sparser window, many docs with fewer links than the cap', n: 300, vocab: 400, terms: 20, seed: 2, rows: undefined },
  { name: 'only the newest docs as rows (an incremental run)', n: 200, vocab: 80, terms: 15, seed: 3, rows: 150 },
  { name: 'a window too small to fill the pair list', n: 12, vocab: 30, terms: 8, seed: 4, rows: undefined },
  // Each doc three times over: a doc's similarities tie exactly, at its k-th strongest too (the cap
  // keeps every tie; the heaps hold rounded values, the k-th is found exactly among the ties).
  { name: 'every doc thrice, so similarities tie at the cap', n: 180, vocab: 60, terms: 15, seed: 5, rows: undefined, repeat: 3 },
];

for (const c of CASES)
  test(`similarities: the capped links are the uncapped ones filtered, in order (${c.name})`, () => {
    const docs = docsOf(c.n / (c.repeat ?? 1), c.vocab, c.terms, c.seed).flatMap((d) => Array.from({ length: c.repeat ?? 1 }, () => d)).map((d, i) => ({ ...d, group: i }));
    const rowList = c.rows === undefined ? undefined : docs.map((_, i) => i).slice(c.rows);
    const all = rows(similarities(docs, { ...OPTIONS, max_links: 1_000_000 }, undefined, rowList));
    const pairs = all.reduce((s, l) => s + l.length, 0) / 2;
    if (c.n > 100) assert.ok(pairs > 4 * 1024, `${pairs} pairs: the list must fill and drop pairs to test anything`);
    const kept = rows(similarities(docs, OPTIONS, undefined, rowList));
    assert.deepEqual(kept, capped(all, OPTIONS.max_links));
    assert.ok(kept.reduce((s, l) => s + l.length, 0) / 2 < pairs || c.n <= 100);
  });

test('similarities: a shared quote raises a kept link in place and adds a link the cap dropped, once per pair', () => {
  const docs = docsOf(150, 60, 15, 5, 40);
  const kept = rows(similarities(docs, OPTIONS));
  // Each pair's own similarity: the same docs without their quotes, no cap.
  const all = rows(similarities(docs.map((d) => ({ ...d, quotes: new Uint32Array(0) })), { ...OPTIONS, max_links: 1_000_000 }));
  for (let i = 0; i < 40; i += 2) {
    const j = i + 1;
    const links = kept[i].filter(([to]) => to === j);
    assert.equal(links.length, 1, `docs ${i} and ${j} share a quote: one link`);
    const own = all[i].find(([to]) => to === j)?.[1] ?? 0;
    // Raised (or added) to quote_similarity, and marked; a link already as strong stays as it was.
    assert.deepEqual(links[0], own >= OPTIONS.quote_similarity ? [j, own, 0] : [j, OPTIONS.quote_similarity, 1]);
  }
  // Docs that share no quote keep their links unraised.
  for (let i = 40; i < 150; i++) assert.ok(kept[i].every(([to, , q]) => q === 0 || to < 40));
});
