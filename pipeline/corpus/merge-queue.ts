// The story grouping's next merge: per cluster its best pair with a higher cluster, and the clusters in
// an indexed max-heap on that pair's score (ties to the lower cluster). The highest is the pair a heap
// of every pair (heap.ts: score, then the lower cluster, then the higher one) would pop next, with its
// stale entries skipped: a cluster's best is its pair of highest score, ties to the lower partner, and
// only pairs whose clusters merged change. The heap of every pair held each pair above the threshold
// (and, until popped, every stale one): 393 bytes an article of 32k bench dumps while groups merged;
// this holds 20 bytes a cluster.
export class MergeQueue {
  /** Per cluster: its best pair's score and partner (-1: none), and its place in the heap (-1: none). */
  private readonly s: Float64Array;
  private readonly b: Int32Array;
  private readonly pos: Int32Array;
  private readonly heap: Int32Array;
  private n = 0;

  constructor(clusters: number) {
    this.s = new Float64Array(clusters);
    this.b = new Int32Array(clusters).fill(-1);
    this.pos = new Int32Array(clusters).fill(-1);
    this.heap = new Int32Array(clusters);
  }

  /** The cluster whose best pair merges next, or -1. */
  top(): number {
    return this.n ? this.heap[0] : -1;
  }

  /** Cluster c's best partner (-1: none) and that pair's score. */
  partner(c: number): number {
    return this.b[c];
  }
  score(c: number): number {
    return this.s[c];
  }

  /** Cluster c's best pair is now (c, b) at score s; b = -1: it has none. */
  set(c: number, b: number, s: number): void {
    const at = this.pos[c];
    this.b[c] = b;
    this.s[c] = s;
    if (b < 0) {
      if (at >= 0) this.remove(at);
      return;
    }
    if (at < 0) {
      this.heap[this.n] = c;
      this.pos[c] = this.n++;
      this.up(this.n - 1);
    } else if (!this.up(at)) this.down(at);
  }

  /** Cluster x sorts above cluster y. */
  private above(x: number, y: number): boolean {
    return this.s[x] > this.s[y] || (this.s[x] === this.s[y] && x < y);
  }

  private put(at: number, c: number): void {
    this.heap[at] = c;
    this.pos[c] = at;
  }

  private remove(at: number): void {
    const c = this.heap[at];
    this.pos[c] = -1;
    const last = --this.n;
    if (at === last) return;
    this.put(at, this.heap[last]);
    if (!this.up(at)) this.down(at);
  }

  /** Moves slot i up to its place; whether it moved. */
  private up(i: number): boolean {
    const c = this.heap[i];
    const from = i;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.above(c, this.heap[p])) break;
      this.put(i, this.heap[p]);
      i = p;
    }
    this.put(i, c);
    return i !== from;
  }

  private down(i: number): void {
    const c = this.heap[i];
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.n) break;
      const r = l + 1;
      const m = r < this.n && this.above(this.heap[r], this.heap[l]) ? r : l;
      if (!this.above(this.heap[m], c)) break;
      this.put(i, this.heap[m]);
      i = m;
    }
    this.put(i, c);
  }
}
