// A window's distinct term counts, coded 0, 1, 2, ... in the order first seen (VectorBuilder, stories.ts:
// a handful of them, sums of small per-occurrence weights). Keyed by each count's float32 bits in an
// open-addressed typed table. A Map keyed by the counts as read from their Float32Array (doubles, most
// of them not small integers) was asked twice a term of the window, ~15% of the vectors' CPU on 16k
// bench dumps. Keys compare as the Map's did (SameValueZero): -0 is 0, every NaN one NaN.

const NAN_BITS = 0x7fc00000;

export class CountCodes {
  private keys = new Uint32Array(64);
  private vals = new Int32Array(64).fill(-1);
  /** The count each code stands for (a -0 seen first stands as 0, as a Map key would). */
  readonly values: number[] = [];

  get size(): number {
    return this.values.length;
  }

  /** The bits of each count of `counts`, to hand to `code` with it. */
  static bitsOf(counts: Float32Array): Uint32Array {
    return new Uint32Array(counts.buffer, counts.byteOffset, counts.length);
  }

  /** The code of count `value` (whose float32 bits are `bits`), a new one when unseen. */
  code(value: number, bits: number): number {
    const key = value === 0 ? 0 : value !== value ? NAN_BITS : bits;
    const mask = this.keys.length - 1;
    let i = hash(key) & mask;
    while (this.vals[i] >= 0) {
      if (this.keys[i] === key) return this.vals[i];
      i = (i + 1) & mask;
    }
    this.keys[i] = key;
    this.vals[i] = this.values.length;
    this.values.push(value === 0 ? 0 : value);
    if (this.values.length * 2 > this.keys.length) this.grow();
    return this.values.length - 1;
  }

  private grow(): void {
    const [keys, vals] = [this.keys, this.vals];
    this.keys = new Uint32Array(keys.length * 2);
    this.vals = new Int32Array(keys.length * 2).fill(-1);
    const mask = this.keys.length - 1;
    for (let s = 0; s < keys.length; s++) {
      if (vals[s] < 0) continue;
      let i = hash(keys[s]) & mask;
      while (this.vals[i] >= 0) i = (i + 1) & mask;
      this.keys[i] = keys[s];
      this.vals[i] = vals[s];
    }
  }
}

/** Float bits spread over the low bits (a float's low mantissa bits are mostly zero). */
function hash(k: number): number {
  return Math.imul(k ^ (k >>> 16), 0x45d9f3b) >>> 7;
}
