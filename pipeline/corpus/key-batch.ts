// Band keys for the store's band index (sqlite-store.ts), gathered and handed over sorted by key.
// Put one article at a time, an article's 64-96 keys each landed on a random page of the index's
// B-tree, and once the index outgrew SQLite's page cache nearly every insert read a page back: on a
// first run of 32k bench dumps putting the keys took ~10x what it took at 8k. Sorted, a batch walks
// the tree in order. A batch holds at most `most` keys (16 bytes each), so its memory is bounded.
export class KeyBatch {
  private keys = new Float64Array(1024);
  private seqs = new Float64Array(1024);
  private n = 0;

  /** `end`: told once a batch is all handed over (a taker that gathers keys puts its rest then). */
  constructor(
    private readonly put: (key: number, seq: number) => void,
    private readonly most = 1 << 20,
    private readonly end?: () => void,
  ) {}

  /** Adds the keys of the article numbered `seq`; hands a full batch over. */
  add(seq: number, keys: readonly number[]): void {
    for (const k of keys) {
      if (this.n === this.keys.length) {
        const [keys2, seqs2] = [new Float64Array(this.n * 2), new Float64Array(this.n * 2)];
        keys2.set(this.keys);
        seqs2.set(this.seqs);
        [this.keys, this.seqs] = [keys2, seqs2];
      }
      this.keys[this.n] = k;
      this.seqs[this.n++] = seq;
    }
    if (this.n >= this.most) this.flush();
  }

  /** Hands every key gathered to `put`, by key, then by seq. */
  flush(): void {
    const { keys, seqs, n } = this;
    const order = new Uint32Array(n);
    for (let x = 0; x < n; x++) order[x] = x;
    order.sort((a, b) => keys[a] - keys[b] || seqs[a] - seqs[b]);
    for (let x = 0; x < n; x++) this.put(keys[order[x]], seqs[order[x]]);
    this.n = 0;
    this.end?.();
  }
}
