// Quote links in similarities() (corpus/stories.ts): docs sharing a distinctive quote are linked at
// quote_similarity (a weaker text link is raised to it), unless the quote is in more docs than
// max_key_docs: a line every outlet carries is no story signal, and its pairs grow as its docs squared.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { similarities, type Edges, type StoryDoc, type StoryOptions } from '../pipeline/corpus/stories.js';

const OPTIONS: StoryOptions = {
  similarity: 0.2, attach_similarity: 0.1, small_story: 3, quote_similarity: 0.6, max_days_apart: 365, active_days: 30,
  far_similarity: 0.25, max_term_share: 0.9, key_terms: 12, min_shared_keys: 2, max_key_docs: 100_000, min_link: 0.01, max_links: 8,
};

/** Docs with no terms in common (doc i has terms 10i+1..10i+5), each carrying the quotes given. */
function docs(quotes: number[][]): StoryDoc[] {
  return quotes.map((q, i) => {
    const ids = Uint32Array.from({ length: 5 }, (_, k) => 10 * i + 1 + k);
    return { terms: { ids, counts: new Float32Array(5).fill(1) }, quotes: Uint32Array.from(q), day: 20000, group: i };
  });
}

const quoteLinks = (e: Edges) => {
  const out: string[] = [];
  for (let i = 0; i < e.start.length - 1; i++) for (let p = e.start[i]; p < e.start[i + 1]; p++) if (e.quote[p]) out.push(`${i}-${e.to[p]}:${e.sim[p]}`);
  return out.sort();
};

test('quote links: docs sharing a quote link both ways at quote_similarity, each pair once', () => {
  const e = similarities(docs([[7, 9], [9, 7], [3], [7]]), OPTIONS);
  assert.deepEqual(quoteLinks(e), ['0-1:0.6', '0-3:0.6', '1-0:0.6', '1-3:0.6', '3-0:0.6', '3-1:0.6']);
});

test('quote links: a quote in more docs than max_key_docs links nobody; one at the cap still does', () => {
  const four = docs([[5], [5], [5], [5], [8], [8]]);
  assert.deepEqual(quoteLinks(similarities(four, { ...OPTIONS, max_key_docs: 3 })), ['4-5:0.6', '5-4:0.6']);
  assert.equal(quoteLinks(similarities(four, { ...OPTIONS, max_key_docs: 4 })).length, 12 + 2);
});

test('quote links: only pairs of a row doc with a column doc', () => {
  const e = similarities(docs([[1], [1], [1]]), OPTIONS, undefined, [0], new Set([1]));
  assert.deepEqual(quoteLinks(e), ['0-1:0.6', '1-0:0.6']);
});

test('quote links: past max_links docs, a quote\'s later docs pair with its first max_links docs only', () => {
  const five = docs([[4], [4], [4], [4], [4]]);
  const fanned = quoteLinks(similarities(five, { ...OPTIONS, max_links: 2 }));
  // Docs 0 and 1 (the oldest) with each other and with every later doc; docs 2, 3 and 4 not with each other.
  const pairs = new Set(fanned.map((l) => l.split(':')[0]).map((l) => l.split('-').map(Number).sort().join('-')));
  assert.deepEqual([...pairs].sort(), ['0-1', '0-2', '0-3', '0-4', '1-2', '1-3', '1-4']);
  assert.equal(quoteLinks(similarities(five, { ...OPTIONS, max_links: 4 })).length, 20);
});
