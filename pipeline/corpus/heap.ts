// A binary max-heap of candidate merges for the story grouping, with a fixed tie order so that
// identical input always merges in the same order (byte-stable output). Entries live in typed
// arrays, 24 bytes each: the grouping of a large window pushes millions (stale ones stay until
// popped), and as objects they were most of the corpus stage's peak (16k bench dumps: RSS 552 ->
// 830 MB while grouping).

export interface Entry {
  s: number;
  a: number;
  b: number;
  va: number;
  vb: number;
}

/** Binary max-heap on score; ties go to the lower pair so merges happen in a fixed order. */
export class MaxHeap {
  private s = new Float64Array(1024);
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  private va = new Int32Array(1024);
  private vb = new Int32Array(1024);
  private n = 0;

  get length(): number {
    return this.n;
  }

  /** Slot x sorts above slot y. */
  private above(x: number, y: number): boolean {
    const { s, a, b } = this;
    return s[x] > s[y] || (s[x] === s[y] && (a[x] < a[y] || (a[x] === a[y] && b[x] < b[y])));
  }

  private swap(x: number, y: number): void {
    const { s, a, b, va, vb } = this;
    [s[x], s[y]] = [s[y], s[x]];
    [a[x], a[y]] = [a[y], a[x]];
    [b[x], b[y]] = [b[y], b[x]];
    [va[x], va[y]] = [va[y], va[x]];
    [vb[x], vb[y]] = [vb[y], vb[x]];
  }

  private grow(): void {
    const twice = <T extends Float64Array | Int32Array>(t: T): T => {
      const out = new (t.constructor as new (n: number) => T)(t.length * 2);
      out.set(t);
      return out;
    };
    [this.s, this.a, this.b, this.va, this.vb] = [twice(this.s), twice(this.a), twice(this.b), twice(this.va), twice(this.vb)];
  }

  push(e: Entry): void {
    if (this.n === this.s.length) this.grow();
    const at = this.n++;
    [this.s[at], this.a[at], this.b[at], this.va[at], this.vb[at]] = [e.s, e.a, e.b, e.va, e.vb];
    for (let i = at; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!this.above(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  pop(): Entry | undefined {
    if (!this.n) return undefined;
    const top: Entry = { s: this.s[0], a: this.a[0], b: this.b[0], va: this.va[0], vb: this.vb[0] };
    const last = --this.n;
    if (last > 0) {
      [this.s[0], this.a[0], this.b[0], this.va[0], this.vb[0]] = [this.s[last], this.a[last], this.b[last], this.va[last], this.vb[last]];
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < last && this.above(l, m)) m = l;
        if (r < last && this.above(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}
