// Generated link graphs for the grouping's tests: a few dense stories, stray links between them,
// ties, docs that start together, undated docs, far-apart dates.
import type { Edges, StoryDoc } from '../pipeline/corpus/stories.js';
import { prng as rng } from './perturb.js';

/** A link graph of n docs: a few dense stories, stray links between them, sims from a short list
 * (ties) or arbitrary; some docs start together; some undated, some a few years apart. */
export function generated(n: number, seed: number): { docs: StoryDoc[]; edges: Edges } {
  const r = rng(seed);
  const stories = Math.max(1, Math.floor(n / 6));
  const storyOf = Array.from({ length: n }, () => Math.floor(r() * stories));
  const rows: { to: number; sim: number; quote: number }[][] = Array.from({ length: n }, () => []);
  const seen = new Set<number>();
  const tied = [0.05, 0.1, 0.15, 0.2, 0.3, 0.6];
  for (let x = 0; x < n * 4; x++) {
    const i = Math.floor(r() * n);
    const j = Math.floor(r() * n);
    if (i === j || seen.has(i * n + j)) continue;
    seen.add(i * n + j).add(j * n + i);
    const same = storyOf[i] === storyOf[j];
    if (!same && r() < 0.6) continue;
    const sim = r() < 0.3 ? tied[Math.floor(r() * tied.length)] : (same ? 0.15 : 0.02) + r() * (same ? 0.5 : 0.2);
    const quote = sim === 0.6 ? 1 : 0;
    rows[i].push({ to: j, sim, quote });
    rows[j].push({ to: i, sim, quote });
  }
  const start = new Int32Array(n + 1);
  rows.forEach((row, i) => (start[i + 1] = start[i] + row.length));
  const edges: Edges = { start, to: new Int32Array(start[n]), sim: new Float64Array(start[n]), quote: new Uint8Array(start[n]) };
  rows.flat().forEach((e, p) => {
    edges.to[p] = e.to;
    edges.sim[p] = e.sim;
    edges.quote[p] = e.quote;
  });
  const docs = Array.from({ length: n }, (_, i): StoryDoc => ({
    terms: { ids: new Uint32Array(0), counts: new Float32Array(0) },
    quotes: new Uint32Array(0),
    day: r() < 0.15 ? null : 20000 + Math.floor(r() * 60) + (r() < 0.1 ? 800 : 0),
    group: r() < 0.2 ? Math.floor(r() * 5) + n : i,
  }));
  return { docs, edges };
}

