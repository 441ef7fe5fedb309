// Cosines the corpus stage computed once, read again instead of computed anew. A run onto a stored
// window finds its links twice: this run's articles against the whole window (to learn which stories
// they touch), then every pair of the part it re-groups (those articles and the touched stories'),
// over the same term vectors. The second pass computed again most of its new articles' cosines (on 1k
// bench dumps onto 16k, 169k of its 456k, each an exact dot product over ~220 terms): kept here from
// the first pass, it reads them. A cosine read is the very number the dot product gave, so the links
// are the same to the bit. Bounded: past `most` cosines, more are not kept (and are computed again).

import { fmix32 } from './fingerprint.js';

/** Where keptPairs (stories.ts) asks for a pair's cosine before computing it, and tells it after. */
export interface KnownSims {
  /** The cosine of docs i and j (i the row) when known, else NaN. */
  get(i: number, j: number): number;
  put(i: number, j: number, sim: number): void;
}

/** Cosines by pair, in an open-addressed typed table (a pair's two indices and its cosine). */
export class SimMemo implements KnownSims {
  private is = new Int32Array(1 << 12).fill(-1);
  private js = new Int32Array(1 << 12);
  private sims = new Float64Array(1 << 12);
  size = 0;

  /** `most`: cosines kept at most (16 bytes each, twice that in table). */
  constructor(private readonly most: number) {}

  get(i: number, j: number): number {
    if (this.size === 0) return NaN;
    const mask = this.is.length - 1;
    for (let s = slot(i, j) & mask; this.is[s] >= 0; s = (s + 1) & mask) if (this.is[s] === i && this.js[s] === j) return this.sims[s];
    return NaN;
  }

  put(i: number, j: number, sim: number): void {
    if (this.size >= this.most) return;
    if ((this.size + 1) * 2 > this.is.length) this.grow();
    const mask = this.is.length - 1;
    let s = slot(i, j) & mask;
    for (; this.is[s] >= 0; s = (s + 1) & mask) if (this.is[s] === i && this.js[s] === j) return;
    this.is[s] = i;
    this.js[s] = j;
    this.sims[s] = sim;
    this.size++;
  }

  /** The memo read from a subset of its docs (doc x there is doc at[x] here); what it is told is not kept. */
  over(at: ArrayLike<number>): KnownSims {
    return { get: (x, y) => this.get(at[x], at[y]), put: () => undefined };
  }

  private grow(): void {
    const [is, js, sims] = [this.is, this.js, this.sims];
    this.is = new Int32Array(is.length * 2).fill(-1);
    this.js = new Int32Array(is.length * 2);
    this.sims = new Float64Array(is.length * 2);
    const mask = this.is.length - 1;
    for (let k = 0; k < is.length; k++) {
      if (is[k] < 0) continue;
      let s = slot(is[k], js[k]) & mask;
      while (this.is[s] >= 0) s = (s + 1) & mask;
      this.is[s] = is[k];
      this.js[s] = js[k];
      this.sims[s] = sims[k];
    }
  }
}

/** A pair's hash: its two indices mixed (murmur3's finalizer, fingerprint.ts, over the combination). */
const slot = (i: number, j: number): number => fmix32(Math.imul(i, 0x9e3779b1) ^ j);
