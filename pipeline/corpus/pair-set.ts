import { fmix32 } from './fingerprint.js';

/** Unordered pairs of docs, each kept once, in the order first added, in typed arrays: the pairs
 * of docs sharing a quote. A Map keyed by pair held ~80 bytes a pair and stops at V8's 2^24 entries
 * (the 1M-dump bench window passed it: RangeError); this holds 20 bytes a pair at most (an
 * open-addressing table of list indexes, at most half full, and the pairs as first met) and has no
 * such cap. Pair (i, j) and (j, i) are the same pair; the orientation first added is the one kept. */
export class PairSet {
  private ai: Int32Array = new Int32Array(1024);
  private aj: Int32Array = new Int32Array(1024);
  /** Slot -> list index + 1 (0: empty). */
  private table: Int32Array = new Int32Array(2048);
  size = 0;

  i(x: number): number {
    return this.ai[x];
  }
  j(x: number): number {
    return this.aj[x];
  }

  /** Adds the pair unless it is in; true when it was new. */
  add(i: number, j: number): boolean {
    const s = this.slotOf(i, j);
    if (s >= 0) return false;
    if (this.size === this.ai.length) {
      this.ai = grow(this.ai);
      this.aj = grow(this.aj);
    }
    this.ai[this.size] = i;
    this.aj[this.size] = j;
    this.size++;
    if (this.size * 2 > this.table.length) this.rehash(this.table.length * 2);
    else this.table[-s - 1] = this.size; // the free slot the probe found: the table has not changed since
    return true;
  }

  /** The pair's place in the order added, or -1. */
  indexOf(i: number, j: number): number {
    const s = this.slotOf(i, j);
    return s >= 0 ? this.table[s] - 1 : -1;
  }

  /** The slot holding the pair (>= 0), or -(free slot) - 1 where it would go. */
  private slotOf(i: number, j: number): number {
    const [a, b] = i < j ? [i, j] : [j, i];
    const mask = this.table.length - 1;
    for (let s = hash(a, b) & mask; ; s = (s + 1) & mask) {
      const x = this.table[s] - 1;
      if (x < 0) return -s - 1;
      const [xi, xj] = [this.ai[x], this.aj[x]];
      if ((xi === a && xj === b) || (xi === b && xj === a)) return s;
    }
  }

  private rehash(slots: number): void {
    this.table = new Int32Array(slots);
    const mask = slots - 1;
    for (let x = 0; x < this.size; x++) {
      const [i, j] = [this.ai[x], this.aj[x]];
      let s = (i < j ? hash(i, j) : hash(j, i)) & mask;
      while (this.table[s]) s = (s + 1) & mask;
      this.table[s] = x + 1;
    }
  }
}

/** murmur3's finalizer over both ends: doc indexes are dense small integers, which a plain sum or
 * xor would cluster into runs of neighbouring slots. */
function hash(a: number, b: number): number {
  return fmix32(Math.imul(a, 0x9e3779b1) ^ b);
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
