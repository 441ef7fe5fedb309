// Story links built a range of docs at a time and kept in the store's staging area (corpus/edge-rows.ts)
// group exactly as links held whole: the same chunks concatenated are the whole edges, the bytes read
// back are the chunk written, the grouping from chunks gives the same groups and links to the bit, and
// a corpus stage that spills gives the outcome of one that does not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeChunk, EdgeBuilder, encodeChunk, stageEdges, wholeChunk, type EdgeChunk, type EdgeRows } from '../pipeline/corpus/edge-rows.js';
import { runCorpus } from '../pipeline/corpus/index.js';
import { SqliteStore } from '../pipeline/corpus/sqlite-store.js';
import { groupStories, groupStoriesFrom, PairList, type Edges, type StoryOptions } from '../pipeline/corpus/stories.js';
import { corpusFixtures as fixtures, corpusInput as input, projectConfig } from './helpers.js';
import { generated } from './link-graph.js';

const OPTIONS = { similarity: 0.2, attach_similarity: 0.1, small_story: 3, far_similarity: 0.25, max_days_apart: 365 } as StoryOptions;

/** A builder over the generated graph's links: each undirected link once as a pair, every fifth
 * raised by a quote, and a few quote-only pairs. */
function builderOf(edges: Edges): EdgeBuilder {
  const n = edges.start.length - 1;
  const pairs = new PairList();
  const quoted = new PairList();
  const degree = new Int32Array(n + 1);
  for (let i = 0; i < n; i++)
    for (let p = edges.start[i]; p < edges.start[i + 1]; p++) {
      const j = edges.to[p];
      if (j >= i) continue;
      (p % 7 === 3 ? quoted : pairs).push(i, j, edges.sim[p]);
      degree[i]++;
      degree[j]++;
    }
  const raised = new Uint8Array(pairs.length).map((_, p) => (p % 5 === 0 ? 1 : 0));
  return new EdgeBuilder(pairs, raised, quoted, 0.6, degree);
}

const concat = (chunks: EdgeChunk[]): Edges => {
  const m = chunks.reduce((s, c) => s + c.to.length, 0);
  const e: Edges = { start: new Int32Array(1), to: new Int32Array(m), sim: new Float64Array(m), quote: new Uint8Array(m) };
  const starts = [0];
  let at = 0;
  for (const c of chunks) {
    for (let x = 1; x < c.start.length; x++) starts.push(at + c.start[x]);
    e.to.set(c.to, at);
    e.sim.set(c.sim, at);
    e.quote.set(c.quote, at);
    at += c.to.length;
  }
  e.start = Int32Array.from(starts);
  return e;
};

const inMemory = (chunks: EdgeChunk[]): EdgeRows => ({
  docs: chunks.at(-1)!.end,
  links: chunks.reduce((s, c) => s + c.to.length, 0),
  async each(visit) {
    for (const c of chunks) visit(c);
  },
});

test('edge rows: chunks of at most `most` links, in doc order, make the whole edges (a doc with more stands alone)', () => {
  const b = builderOf(generated(200, 7).edges);
  const whole = b.whole();
  assert.equal(whole.to.length, b.links);
  for (const most of [1, 5, 64, 1000, 1e9]) {
    const chunks = [...b.chunks(most)];
    assert.deepEqual(concat(chunks), whole, `most ${most}`);
    for (const c of chunks) assert.ok(c.to.length <= most || c.end - c.first === 1, `a chunk of ${c.to.length} links over ${c.end - c.first} docs`);
    assert.deepEqual(chunks.map((c) => c.first), [0, ...chunks.slice(0, -1).map((c) => c.end)]);
  }
  assert.equal([...b.chunks(1e9)].length, 1);
});

test('edge rows: a chunk reads back from its bytes as written, unaligned bytes too', () => {
  const b = builderOf(generated(60, 3).edges);
  for (const c of b.chunks(40)) {
    const bytes = encodeChunk(c);
    assert.deepEqual(decodeChunk(bytes), c);
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    assert.deepEqual(decodeChunk(shifted.subarray(3)), c);
  }
  const empty = { first: 4, end: 6, start: new Int32Array(3), to: new Int32Array(0), sim: new Float64Array(0), quote: new Uint8Array(0) };
  assert.deepEqual(decodeChunk(encodeChunk(empty)), empty);
});

test('edge rows: grouping from chunks gives exactly the groups and links of the whole edges (generated graphs)', async () => {
  let merged = 0;
  for (let seed = 1; seed <= 120; seed++) {
    const { docs, edges } = generated(2 + (seed % 80), seed);
    // The corpus stage's docs start each in a group of its own.
    docs.forEach((d, i) => (d.group = i));
    const whole = groupStories(docs, OPTIONS, edges);
    for (const most of [1, 9, 50]) {
      const b = builderOf(edges);
      const fromChunks = await groupStoriesFrom(docs, OPTIONS, inMemory([...b.chunks(most)]));
      assert.deepEqual(fromChunks, groupStories(docs, OPTIONS, b.whole()), `seed ${seed}, most ${most}`);
    }
    assert.deepEqual(await groupStoriesFrom(docs, OPTIONS, inMemory([wholeChunk(edges)])), whole, `seed ${seed}`);
    merged += docs.length - new Set(whole.groupOf).size;
  }
  assert.ok(merged > 300, `the generated graphs merge (${merged} merges)`);
});

test('edge rows: grouping from chunks refuses docs that start together (the sums are made per doc)', async () => {
  const { docs, edges } = generated(30, 5);
  docs.forEach((d, i) => (d.group = i < 2 ? 0 : i));
  await assert.rejects(groupStoriesFrom(docs, OPTIONS, inMemory([wholeChunk(edges)])), /cluster of its own/);
});

test('edge rows: the store keeps the chunks until cleared, and reads them back in order as often as asked', async () => {
  const store = new SqliteStore(':memory:');
  const b = builderOf(generated(120, 11).edges);
  const rows = await stageEdges(store, b, 30);
  assert.equal(rows.links, b.links);
  for (let pass = 0; pass < 2; pass++) {
    const seen: EdgeChunk[] = [];
    await rows.each((c) => seen.push(c));
    assert.ok(seen.length > 3);
    assert.deepEqual(concat(seen), b.whole());
  }
  await store.clearChunks();
  await assert.rejects(rows.each(() => {}), /not in the staging area/);
  await store.close();
});

test('edge rows: a corpus stage whose links wait in the staging area gives the outcome of one that holds them, and so does the run after', async () => {
  const cfg = (await projectConfig()).corpus;
  // The fixtures twice over, the second set lightly reworded: stories of four, copies, and strays.
  const batch = () => [
    ...fixtures.map((f) => input(f.name, f, '2025-02-27')),
    ...fixtures.map((f) => input(`${f.name}-again`, { headline: f.headline, body: f.body.replace(/\bthe\b/g, 'this').replace(/\./g, ' today.') }, '2025-02-28')),
  ];
  const now = '2025-03-01T06:00:00.000Z';
  const held = new SqliteStore(':memory:');
  const spilled = new SqliteStore(':memory:');
  let chunks = 0;
  const stageChunk = spilled.stageChunk.bind(spilled);
  spilled.stageChunk = (i, bytes) => (chunks++, stageChunk(i, bytes));
  const a = await runCorpus(batch(), held, cfg, now);
  const b = await runCorpus(batch(), spilled, { ...cfg, stories: { ...cfg.stories, spill_links: 3 } }, now);
  assert.ok(new Set([...a.assignments.values()].map((x) => x.story)).size < fixtures.length * 2, 'some articles share a story');
  assert.ok(chunks > 5, `the links went to the staging area (${chunks} chunks)`);
  assert.deepEqual([...b.assignments], [...a.assignments]);
  assert.deepEqual(b.notes, a.notes);
  assert.deepEqual(b.changed, a.changed);
  assert.deepEqual(await spilled.storyItems(0, 1000), await held.storyItems(0, 1000));
  // The chunks are gone once the grouping is made.
  await assert.rejects(spilled.stagedChunk(0), /not in the staging area/);
  // A later run onto each store (it holds the window's open stories, so it never spills) finds the same.
  const later = fixtures.slice(0, 4).map((f) => input(`${f.name}-later`, { headline: f.headline, body: f.body.replace(/\./g, ' again.') }, '2025-03-02'));
  const [c, d] = [await runCorpus(later, held, cfg, '2025-03-02T06:00:00.000Z'), await runCorpus(later, spilled, { ...cfg, stories: { ...cfg.stories, spill_links: 3 } }, '2025-03-02T06:00:00.000Z')];
  assert.deepEqual([...d.assignments], [...c.assignments]);
  assert.deepEqual([...d.moved], [...c.moved]);
  assert.deepEqual(d.notes, c.notes);
  assert.deepEqual(await spilled.storyItems(0, 1000), await held.storyItems(0, 1000));
  await Promise.all([held.close(), spilled.close()]);
});
