// The grouping's merge heap (corpus/heap.ts) in typed arrays pops in exactly the order the heap of
// objects it replaced did, ties and stale duplicates included: the grouping depends on that order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MaxHeap, type Entry } from '../pipeline/corpus/heap.js';

/** The object heap as it was, for reference. */
class ObjectHeap {
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

test('the typed heap pops what the object heap popped, in the same order, ties and repeats included', () => {
  let seed = 11;
  const r = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (const spread of [3, 50, 1e6]) {
    const [typed, ref] = [new MaxHeap(), new ObjectHeap()];
    for (let step = 0; step < 20000; step++) {
      if (r() < 0.6) {
        // Few distinct scores and pairs: many ties on s, on (s, a) and on (s, a, b) with other versions.
        const e = { s: Math.floor(r() * spread) / spread, a: Math.floor(r() * 40), b: Math.floor(r() * 40), va: Math.floor(r() * 5), vb: Math.floor(r() * 5) };
        typed.push({ ...e });
        ref.push(e);
      } else assert.deepEqual(typed.pop(), ref.pop());
    }
    for (let e = ref.pop(); e; e = ref.pop()) assert.deepEqual(typed.pop(), e);
    assert.equal(typed.pop(), undefined);
    assert.equal(typed.length, 0);
  }
});
