import assert from 'node:assert/strict';
import { test } from 'node:test';
import { touchedStories } from '../pipeline/corpus/index.js';
import type { StoredArticle } from '../pipeline/corpus/store.js';
import type { Edges } from '../pipeline/corpus/stories.js';

/** A window of older articles in the stories named, then `fresh` new ones; links as [new, old, sim]. */
function touched(stories: string[], fresh: number, links: [number, number, number][], bar = 0.1): string[] {
  const window = [...stories, ...Array.from({ length: fresh }, () => '')].map((story, i) => ({ id: `a${i}`, story }) as StoredArticle);
  const n = window.length;
  const rows: [number, number, number][] = links.flatMap(([i, j, sim]) => [[i, j, sim], [j, i, sim]] as [number, number, number][]);
  const start = new Int32Array(n + 1);
  for (const [i] of rows) start[i + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const edges: Edges = { start, to: new Int32Array(rows.length), sim: new Float64Array(rows.length), quote: new Uint8Array(rows.length) };
  const fill = start.slice(0, n);
  for (const [i, j, sim] of rows) {
    edges.to[fill[i]] = j;
    edges.sim[fill[i]++] = sim;
  }
  return [...touchedStories(window, stories.length, edges, bar)].sort();
}

const five = ['s', 's', 's', 's', 's'];
const cases: { name: string; stories: string[]; fresh: number; links: [number, number, number][]; want: string[] }[] = [
  { name: 'a lone article linked at the bar', stories: ['s'], fresh: 1, links: [[1, 0, 0.1]], want: ['s'] },
  { name: 'a lone article linked below the bar', stories: ['s'], fresh: 1, links: [[1, 0, 0.09]], want: [] },
  { name: 'one strong link into a story of five (mean 0.06)', stories: five, fresh: 1, links: [[5, 0, 0.3]], want: [] },
  { name: 'links into a story of five with a mean at the bar', stories: five, fresh: 1, links: [[5, 0, 0.2], [5, 1, 0.2], [5, 2, 0.1]], want: ['s'] },
  { name: 'two new articles each below the bar do not add up', stories: five, fresh: 2, links: [[5, 0, 0.3], [6, 1, 0.3]], want: [] },
  { name: 'links among new articles open nothing', stories: ['s'], fresh: 2, links: [[2, 1, 0.9]], want: [] },
  { name: 'each story is judged by its own size', stories: ['s', 's', 't'], fresh: 1, links: [[3, 0, 0.15], [3, 2, 0.15]], want: ['t'] },
];

for (const c of cases)
  test(`touched stories: ${c.name}`, () => {
    assert.deepEqual(touched(c.stories, c.fresh, c.links), c.want);
  });
