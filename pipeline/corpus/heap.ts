// A binary max-heap of candidate merges for the story grouping, with a fixed tie order so that
// identical input always merges in the same order (byte-stable output).

export interface Entry {
  s: number;
  a: number;
  b: number;
  va: number;
  vb: number;
}

/** Binary max-heap on score; ties go to the lower pair so merges happen in a fixed order. */
export class MaxHeap {
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
