// Pass 1's line counts in typed arrays, keyed by a 64-bit hash of each key. A Map of the key
// strings held every distinct line of the batch until pruning (~5-14 KB a dump: 5 GB and more at a
// million dumps, most of it lines seen once); here a key costs 12 bytes of a table at most half
// full, and the pruned table goes to each article process as three typed arrays. Two different lines
// share a count only if their 64-bit hashes collide: about n^2 / 2^65 for n distinct lines (1e-9
// at 300k lines, 1e-4 at 50M), and then one line reads as seen in one more dump than it was.
import type { LineCounts } from '../types.js';

/** Two 32-bit halves of a 64-bit hash of `s`'s UTF-16 code units (cyrb53's mixing, all 64 bits kept). */
export function hash64(s: string, out: Uint32Array, at: number): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  out[at] = h1 >>> 0;
  out[at + 1] = h2 >>> 0;
}

/** The hashes of `keys`, two words each: what an article process hands back for a dump in pass 1. */
export function keyHashes(keys: readonly string[]): Uint32Array {
  const out = new Uint32Array(keys.length * 2);
  for (let i = 0; i < keys.length; i++) hash64(keys[i], out, i * 2);
  return out;
}

/** What crosses to an article process (V8's serializer keeps the arrays, not the class). */
export interface LineTableData {
  hi: Uint32Array;
  lo: Uint32Array;
  counts: Uint32Array;
  size: number;
}

/** Counts by 64-bit key hash: open addressing, linear probing, a count of 0 marks a free slot. */
export class LineTable implements LineCounts {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private counts: Uint32Array;
  size = 0;
  private readonly probe = new Uint32Array(2);

  constructor(capacity = 1 << 12, data?: LineTableData) {
    if (data) {
      ({ hi: this.hi, lo: this.lo, counts: this.counts, size: this.size } = data);
      return;
    }
    let cap = 16;
    while (cap < capacity * 2) cap *= 2;
    [this.hi, this.lo, this.counts] = [new Uint32Array(cap), new Uint32Array(cap), new Uint32Array(cap)];
  }

  /** A table sent to another process, as a table again. */
  static revive(data: LineTableData): LineTable {
    return new LineTable(0, data);
  }

  data(): LineTableData {
    return { hi: this.hi, lo: this.lo, counts: this.counts, size: this.size };
  }

  get(key: string): number | undefined {
    hash64(key, this.probe, 0);
    const n = this.counts[this.slot(this.probe[0], this.probe[1])];
    return n === 0 ? undefined : n;
  }

  /** The count of the key whose hash is `hi`, `lo` (hash64), 0 when not counted: what get gives that key. */
  countOf(hi: number, lo: number): number {
    return this.counts[this.slot(hi, lo)];
  }

  /** One dump's distinct keys (as keyHashes gives them) each counted once more. */
  addHashes(h: Uint32Array): void {
    for (let x = 0; x < h.length; x += 2) {
      const at = this.slot(h[x], h[x + 1]);
      if (this.counts[at] === 0) {
        this.hi[at] = h[x];
        this.lo[at] = h[x + 1];
        this.size++;
      }
      this.counts[at]++;
      if (this.size * 2 > this.counts.length) this.rehash(this.counts.length * 2, 1);
    }
  }

  /** The keys counted at least `min` times, in a table sized for them. */
  pruned(min: number): LineTable {
    let kept = 0;
    for (let i = 0; i < this.counts.length; i++) if (this.counts[i] >= min) kept++;
    const out = new LineTable(kept);
    out.copyFrom(this.data(), min);
    return out;
  }

  private slot(hi: number, lo: number): number {
    const mask = this.counts.length - 1;
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    while (this.counts[i] !== 0 && (this.hi[i] !== hi || this.lo[i] !== lo)) i = (i + 1) & mask;
    return i;
  }

  private rehash(cap: number, min: number): void {
    const old = { hi: this.hi, lo: this.lo, counts: this.counts };
    [this.hi, this.lo, this.counts] = [new Uint32Array(cap), new Uint32Array(cap), new Uint32Array(cap)];
    this.size = 0;
    this.copyFrom(old, min);
  }

  private copyFrom(from: { hi: Uint32Array; lo: Uint32Array; counts: Uint32Array }, min: number): void {
    for (let i = 0; i < from.counts.length; i++) {
      if (from.counts[i] < min) continue;
      const at = this.slot(from.hi[i], from.lo[i]);
      this.hi[at] = from.hi[i];
      this.lo[at] = from.lo[i];
      this.counts[at] = from.counts[i];
      this.size++;
    }
  }
}
