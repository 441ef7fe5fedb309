// termVectors no longer stores a Float64 weight per term: a weight is read back as
// (1 + log count) * idf / norm from a count code and the window's tables. The grouping must not move by
// a bit, so the old form (weights computed and stored per term) is kept here as the oracle: over random
// invented windows, every weight read back is the very number the oracle stored, the key terms are the
// same, and every link similarities() finds has the cosine the oracle's weights give.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { similarities, termVectors, weight, type StoryDoc, type StoryOptions } from '../pipeline/corpus/stories.js';
import { prng as rng } from './perturb.js';

const OPTIONS: StoryOptions = {
  similarity: 0.2, attach_similarity: 0.1, small_story: 3, quote_similarity: 0.6, max_days_apart: 365, active_days: 30,
  far_similarity: 0.25, max_term_share: 0.9, key_terms: 8, min_shared_keys: 1, max_key_docs: 100_000, min_link: 0.01, max_links: 6,
};

/** `n` docs of `terms` invented term hashes each (some above 2^31) with counts from `count`. */
function docsOf(n: number, vocab: number, terms: number, seed: number, count: (r: () => number) => number): StoryDoc[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const ids = new Set<number>();
    while (ids.size < Math.min(terms, vocab)) ids.add((Math.floor(r() * r() * vocab) * 2654435761) >>> 0);
    const sorted = Uint32Array.from(ids).sort();
    return { terms: { ids: sorted, counts: Float32Array.from(sorted, () => count(r)) }, quotes: new Uint32Array(0), day: 20000, group: i };
  });
}

/** The old termVectors: ids, stored weights and key terms, computed as before the codes. */
function oracle(docs: readonly StoryDoc[], o: StoryOptions): { ids: number[]; ws: number[]; key: number[] }[] {
  const n = docs.length;
  const idOf = new Map<number, number>();
  const df: number[] = [];
  for (const d of docs)
    for (const t of d.terms.ids) {
      if (!idOf.has(t)) idOf.set(t, idOf.size);
      const id = idOf.get(t)!;
      df[id] = (df[id] ?? 0) + 1;
    }
  const maxDf = Math.max(2, Math.min(o.max_key_docs, Math.floor(o.max_term_share * n)));
  return docs.map((d) => {
    const local = Array.from(d.terms.ids, (t) => idOf.get(t)!);
    const w = local.map((id, x) => (1 + Math.log(d.terms.counts[x])) * Math.log((n + 1) / (df[id] + 0.5)));
    let sq = 0;
    for (const v of w) sq += v * v;
    const norm = Math.sqrt(sq) || 1;
    const order = local.map((_, x) => x).filter((x) => df[local[x]] >= 2 && df[local[x]] <= maxDf);
    order.sort((x, y) => (w[x] !== w[y] ? w[y] - w[x] : local[x] - local[y]));
    const key = order.slice(0, o.key_terms).map((x) => local[x]);
    const byId = local.map((id, x) => [id, w[x] / norm] as const).sort((a, b) => a[0] - b[0]);
    return { ids: byId.map((p) => p[0]), ws: byId.map((p) => p[1]), key };
  });
}

const CASES = [
  { name: 'integer counts of a few values (as headline, body and entity weights sum)', n: 60, vocab: 90, terms: 14, seed: 1, count: (r: () => number) => [1, 2, 3, 5, 6, 7, 10][Math.floor(r() * 7)] },
  { name: 'many distinct counts (over 256 codes: two-byte codes)', n: 80, vocab: 150, terms: 20, seed: 2, count: (r: () => number) => 1 + Math.floor(r() * 2000) },
  { name: 'fractional counts and ties in weight', n: 40, vocab: 25, terms: 10, seed: 3, count: (r: () => number) => (r() < 0.5 ? 1 : 0.5 + Math.floor(r() * 4) / 4) },
  { name: 'one doc, one term (norm of a lone term whose idf is small)', n: 1, vocab: 1, terms: 1, seed: 4, count: () => 1 },
  { name: 'docs without terms beside others', n: 30, vocab: 40, terms: 0, seed: 5, count: () => 2 },
  // 225k ids: the builder's first three chunks of ids (64k, 128k, 256k), docs that do not fit one
  // going whole into the next.
  { name: 'a window past the first chunks of ids', n: 1500, vocab: 4000, terms: 150, seed: 6, count: (r: () => number) => 1 + Math.floor(r() * 4) },
];

for (const c of CASES)
  test(`termVectors: weights read back are the stored weights to the bit, keys the same (${c.name})`, () => {
    const docs = docsOf(c.n, c.vocab, c.terms, c.seed, c.count);
    if (c.terms === 0) docs.push(...docsOf(10, c.vocab, 6, c.seed + 100, c.count).map((d, i) => ({ ...d, group: c.n + i })));
    const got = termVectors(docs, OPTIONS).all();
    const want = oracle(docs, OPTIONS);
    assert.equal(got.length, want.length);
    got.forEach((v, i) => {
      assert.deepEqual(Array.from(v.ids), want[i].ids, `ids of doc ${i}`);
      assert.deepEqual(Array.from(v.key), want[i].key, `key terms of doc ${i}`);
      for (let x = 0; x < v.ids.length; x++) assert.ok(Object.is(weight(v, x), want[i].ws[x]), `doc ${i} term ${x}: ${weight(v, x)} vs ${want[i].ws[x]}`);
    });
  });

for (const [n, vocab, terms] of [[120, 70, 12], [700, 3000, 120]])
  test(`similarities: each link found has the cosine of the stored weights, summed in id order (${n * terms} ids)`, () => {
    const docs = docsOf(n, vocab, terms, 7, (r) => 1 + Math.floor(r() * 6));
    const want = oracle(docs, OPTIONS);
    const e = similarities(docs, OPTIONS);
    const cos = (a: number, b: number) => {
      // As the dense product sums: over b's terms in id order, a's weight times b's where a has the term.
      const wa = new Map(want[a].ids.map((id, x) => [id, want[a].ws[x]]));
      let s = 0;
      want[b].ids.forEach((id, y) => {
        const w = wa.get(id) ?? 0;
        if (w !== 0) s += w * want[b].ws[y];
      });
      return s;
    };
    let links = 0;
    for (let i = 0; i < docs.length; i++)
      for (let p = e.start[i]; p < e.start[i + 1]; p++) {
        const j = e.to[p];
        // Rows pair with lower indices: the higher index is the scattered side.
        const [hi, lo] = i > j ? [i, j] : [j, i];
        assert.ok(Object.is(e.sim[p], cos(hi, lo)), `link ${i}-${j}`);
        links++;
      }
    assert.ok(links > 100, `a window with links (${links})`);
  });

test('termVectors: a window with no docs gives no vectors', () => {
  assert.deepEqual(termVectors([], OPTIONS).all(), []);
});
