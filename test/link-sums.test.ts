// The grouping's link sums in typed rows (corpus/link-sums.ts), typed clusters (clusters.ts) and merge
// queue (merge-queue.ts) give exactly the groups and links the Map-keyed sums, member lists and heap
// of every pair they replaced gave: the same merges in the same order, every sum the same to the bit.
// The reference below is the grouping as it was, run on generated link graphs (ties, docs that start
// together, undated docs, far-apart dates).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Clusters } from '../pipeline/corpus/clusters.js';
import { LinkSums } from '../pipeline/corpus/link-sums.js';
import { groupStories, type Edges, type StoryDoc, type StoryLink, type StoryOptions } from '../pipeline/corpus/stories.js';
import { generated } from './link-graph.js';

const OPTIONS = { similarity: 0.2, attach_similarity: 0.1, small_story: 3, far_similarity: 0.25, max_days_apart: 365 } as StoryOptions;

interface Entry {
  s: number;
  a: number;
  b: number;
  va: number;
  vb: number;
}

/** The merge heap as it was: every pair above the threshold, stale entries skipped when popped; ties
 * go to the lower pair. */
class MaxHeap {
  private h: Entry[] = [];
  private above = (x: Entry, y: Entry) => x.s > y.s || (x.s === y.s && (x.a < y.a || (x.a === y.a && x.b < y.b)));
  push(e: Entry) {
    const h = this.h;
    h.push(e);
    for (let i = h.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!this.above(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }
  pop(): Entry | undefined {
    const h = this.h;
    if (!h.length) return undefined;
    const top = h[0];
    const last = h.pop()!;
    if (h.length) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.above(h[l], h[m])) m = l;
        if (r < h.length && this.above(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}

/** groupStories with a Map of sums per cluster, a Map of members and of sorted days, and a heap of
 * every pair, as it was. */
function reference(docs: readonly StoryDoc[], o: StoryOptions, edges: Edges): { groupOf: number[]; links: (StoryLink | undefined)[] } {
  const n = docs.length;
  const members = new Map<number, number[]>();
  const start = new Map<number, number>();
  docs.forEach((d, i) => {
    const c = start.get(d.group) ?? i;
    start.set(d.group, c);
    (members.get(c) ?? members.set(c, []).get(c)!).push(i);
  });
  const clusterOf = new Int32Array(n);
  for (const [c, ms] of members) for (const m of ms) clusterOf[m] = c;
  const sums = new Map<number, Map<number, number>>();
  for (const c of members.keys()) sums.set(c, new Map());
  for (let i = 0; i < n; i++)
    for (let p = edges.start[i]; p < edges.start[i + 1]; p++) {
      const a = clusterOf[i];
      const b = clusterOf[edges.to[p]];
      if (a !== b) sums.get(a)!.set(b, (sums.get(a)!.get(b) ?? 0) + edges.sim[p]);
    }
  const days = new Map<number, number[]>();
  for (const [c, ms] of members) days.set(c, ms.map((m) => docs[m].day).filter((d): d is number => d !== null).sort((x, y) => x - y));
  const version = new Map<number, number>([...members.keys()].map((c) => [c, 0]));
  const far = (a: number[], b: number[]) => a.length > 0 && b.length > 0 && Math.abs(a[a.length >> 1] - b[b.length >> 1]) > o.max_days_apart;
  const heap = new MaxHeap();
  const score = (a: number, b: number) => {
    const sa = members.get(a)!.length;
    const sb = members.get(b)!.length;
    const avg = (sums.get(a)!.get(b) ?? 0) / (sa * sb);
    if (far(days.get(a)!, days.get(b)!)) return avg >= o.far_similarity ? avg : -1;
    return Math.min(sa, sb) <= o.small_story ? avg + (o.similarity - o.attach_similarity) : avg;
  };
  const push = (a: number, b: number) => {
    const s = score(a, b);
    if (s >= o.similarity) heap.push({ s, a, b, va: version.get(a)!, vb: version.get(b)! });
  };
  for (const [a, m] of sums) for (const b of m.keys()) if (a < b) push(a, b);
  for (let top = heap.pop(); top; top = heap.pop()) {
    const { a, b } = top;
    if (version.get(a) !== top.va || version.get(b) !== top.vb) continue;
    const [keep, gone] = a < b ? [a, b] : [b, a];
    members.get(keep)!.push(...members.get(gone)!);
    days.set(keep, [...days.get(keep)!, ...days.get(gone)!].sort((x, y) => x - y));
    const sk = sums.get(keep)!;
    for (const [c, s] of sums.get(gone)!) {
      if (c === keep) continue;
      sk.set(c, (sk.get(c) ?? 0) + s);
      const sc = sums.get(c)!;
      sc.set(keep, (sc.get(keep) ?? 0) + s);
      sc.delete(gone);
    }
    sk.delete(gone);
    sums.delete(gone);
    members.delete(gone);
    days.delete(gone);
    version.delete(gone);
    version.set(keep, version.get(keep)! + 1);
    for (const c of sk.keys()) push(Math.min(keep, c), Math.max(keep, c));
  }
  const groupOf = new Array<number>(n);
  for (const [c, ms] of members) for (const m of ms) groupOf[m] = c;
  const links: (StoryLink | undefined)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    let best: StoryLink | undefined;
    for (let p = edges.start[i]; p < edges.start[i + 1]; p++) {
      const j = edges.to[p];
      if (groupOf[j] !== groupOf[i]) continue;
      const sim = edges.sim[p];
      if (!best || (j < i && best.cause > i) || (j < i === best.cause < i && sim > best.similarity)) best = { cause: j, similarity: sim, quote: edges.quote[p] === 1 };
    }
    links[i] = best;
  }
  return { groupOf, links };
}

test('link sums: the grouping gives exactly the groups and links of Map-keyed sums (generated graphs)', () => {
  let merged = 0;
  for (let seed = 1; seed <= 300; seed++) {
    const n = 2 + (seed % 60);
    const { docs, edges } = generated(n, seed);
    const want = reference(docs, OPTIONS, edges);
    const got = groupStories(docs, OPTIONS, edges);
    assert.deepEqual(got.groupOf, want.groupOf, `seed ${seed}`);
    assert.deepEqual(got.links, want.links, `seed ${seed}`);
    merged += n - new Set(got.groupOf).size;
  }
  assert.ok(merged > 1000, `the generated graphs merge (${merged} merges)`);
  for (const seed of [1001, 1002]) {
    const { docs, edges } = generated(3000, seed);
    assert.deepEqual(groupStories(docs, OPTIONS, edges), reference(docs, OPTIONS, edges), `seed ${seed}`);
  }
});

test('link sums: rows stay sorted and symmetric through merges; absent pairs sum to 0', () => {
  // Docs 0-1-2 linked in a chain, 3 alone; clusters are the docs.
  const edges: Edges = {
    start: Int32Array.from([0, 1, 3, 4, 4]),
    to: Int32Array.from([1, 0, 2, 1]),
    sim: Float64Array.from([0.5, 0.5, 0.25, 0.25]),
    quote: new Uint8Array(4),
  };
  const docs = [0, 1, 2, 3].map((group) => ({ day: null, group }));
  const sums = new LinkSums(edges, new Clusters(docs));
  assert.equal(sums.get(0, 1), 0.5);
  assert.equal(sums.get(0, 2), 0);
  assert.equal(sums.get(3, 0), 0);
  sums.merge(1, 2);
  const row = (a: number) => {
    const out: [number, number][] = [];
    sums.forEach(a, (b, s) => out.push([b, s]));
    return out;
  };
  assert.deepEqual(row(1), [[0, 0.5]]);
  assert.deepEqual(row(0), [[1, 0.5]]);
  assert.deepEqual(row(2), []);
  sums.merge(0, 1);
  assert.deepEqual(row(0), []);
});
