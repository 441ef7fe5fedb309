// The story links of a window, built a range of docs at a time, and kept out of memory when there are
// many. The 1M bench's first run held every link twice through the grouping: once as the edges (13
// bytes a link, read again for each doc's best link once groups are final) and once as the link sums
// the merges work on (12 bytes an entry): 3.8 GB of the stage's 4.6 GB resident at 1M dumps. Past
// `spill_links` the edges go to the store's staging area in chunks of docs as they are built, the
// sums are made from those chunks in doc order, and the best links read them once more: what the
// merges hold is then the sums alone.
import type { CorpusStore } from './store.js';
import type { Edges, Pairs } from './stories.js';

/** The links of docs `first` up to `end` (rows in doc order): doc i's are at `start[i - first]` up to
 * `start[i - first + 1]` of the chunk's arrays, in the order they were found. A chunk from 0 to n is
 * the whole Edges. */
export interface EdgeChunk {
  first: number;
  end: number;
  start: Int32Array;
  to: Int32Array;
  sim: Float64Array;
  quote: Uint8Array;
}

/** A window's links, read a chunk at a time in doc order (as often as needed). */
export interface EdgeRows {
  readonly docs: number;
  readonly links: number;
  each(visit: (c: EdgeChunk) => void): Promise<void>;
}

/** The whole Edges as one chunk. */
export function wholeChunk(e: Edges): EdgeChunk {
  return { first: 0, end: e.start.length - 1, ...e };
}

/** Links of a window from its kept pairs (each linking both ends) and the pairs only a shared quote
 * links, in that order per doc: as similarities() has always ordered them (the order group sums add up
 * in, so the grouping is the same to the last bit). Holds the pairs until it is let go. */
export class EdgeBuilder {
  /** Per doc, where its links start among all the window's (n + 1 entries). */
  readonly start: Int32Array;

  constructor(
    private readonly pairs: Pairs,
    /** Per kept pair: 1 when a shared quote raised it to `quoteSim` (it is then a quote link). */
    private readonly raised: Uint8Array,
    private readonly quoted: Pairs,
    private readonly quoteSim: number,
    degree: Int32Array,
  ) {
    const n = degree.length - 1;
    this.start = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) this.start[i + 1] = this.start[i] + degree[i];
  }

  get docs(): number {
    return this.start.length - 1;
  }

  get links(): number {
    return this.start[this.docs];
  }

  /** The links of docs first up to end: every pair is read once per chunk, its ends inside put. */
  chunk(first: number, end: number): EdgeChunk {
    const base = this.start[first];
    const m = this.start[end] - base;
    const start = this.start.slice(first, end + 1);
    for (let x = 0; x < start.length; x++) start[x] -= base;
    // Laid out as encodeChunk() writes it: a chunk staged is its own bytes, not a copy.
    const c = laidOut(new Uint8Array(chunkBytes(end - first, m)), first, end, m);
    c.start.set(start);
    const fill = start.subarray(0, end - first);
    const put = (i: number, j: number, sim: number, quote: number) => {
      if (i < first || i >= end) return;
      const at = fill[i - first]++;
      c.to[at] = j;
      c.sim[at] = sim;
      c.quote[at] = quote;
    };
    const { pairs, quoted, raised } = this;
    for (let p = 0; p < pairs.length; p++) {
      const [i, j] = [pairs.i(p), pairs.j(p)];
      const [sim, quote] = raised[p] ? [this.quoteSim, 1] : [pairs.sim(p), 0];
      put(i, j, sim, quote);
      put(j, i, sim, quote);
    }
    for (let p = 0; p < quoted.length; p++) {
      put(quoted.i(p), quoted.j(p), quoted.sim(p), 1);
      put(quoted.j(p), quoted.i(p), quoted.sim(p), 1);
    }
    return c;
  }

  /** The whole window's Edges. */
  whole(): Edges {
    const { start, to, sim, quote } = this.chunk(0, this.docs);
    return { start, to, sim, quote };
  }

  /** Chunks of consecutive docs, each of at most `most` links (or one doc, when a doc has more). */
  *chunks(most: number): Generator<EdgeChunk> {
    const n = this.docs;
    for (let first = 0; first < n; ) {
      let end = first + 1;
      while (end < n && this.start[end + 1] - this.start[first] <= most) end++;
      yield this.chunk(first, end);
      first = end;
    }
  }
}

/** A chunk's bytes, for a store's staging area: header (first, end, links, 0), then the similarities
 * (8-byte aligned), the targets, the row starts and the quote flags. */
function chunkBytes(rows: number, m: number): number {
  return 16 + 8 * m + 4 * m + 4 * (rows + 1) + m;
}

/** A chunk whose arrays are views of `b` (its byte offset a multiple of 8), laid out as chunkBytes() says. */
function laidOut(b: Uint8Array, first: number, end: number, m: number): EdgeChunk {
  const rows = end - first;
  const at = b.byteOffset;
  new Int32Array(b.buffer, at, 4).set([first, end, m, 0]);
  return {
    first,
    end,
    sim: new Float64Array(b.buffer, at + 16, m),
    to: new Int32Array(b.buffer, at + 16 + 8 * m, m),
    start: new Int32Array(b.buffer, at + 16 + 12 * m, rows + 1),
    quote: new Uint8Array(b.buffer, at + 16 + 12 * m + 4 * (rows + 1), m),
  };
}

/** The chunk as bytes: a builder's chunk is laid out so already (its own bytes are given), another is copied. */
export function encodeChunk(c: EdgeChunk): Uint8Array {
  const m = c.to.length;
  const size = chunkBytes(c.end - c.first, m);
  const own = c.sim.byteOffset >= 16 ? new Uint8Array(c.sim.buffer, c.sim.byteOffset - 16, size) : null;
  if (own && c.to.buffer === own.buffer && c.to.byteOffset === c.sim.byteOffset + 8 * m && c.quote.buffer === own.buffer && c.quote.byteOffset === own.byteOffset + size - m && c.start.buffer === own.buffer) return own;
  const out = laidOut(new Uint8Array(size), c.first, c.end, m);
  out.sim.set(c.sim);
  out.to.set(c.to);
  out.start.set(c.start);
  out.quote.set(c.quote);
  return new Uint8Array(out.sim.buffer);
}

/** The chunk encodeChunk wrote: views of the bytes a store gives back when they are 8-byte aligned
 * (a large Buffer is its own allocation), else of a copy. */
export function decodeChunk(bytes: Uint8Array): EdgeChunk {
  let b = bytes;
  if (b.byteOffset % 8) {
    b = new Uint8Array(bytes.length);
    b.set(bytes);
  }
  const [first, end, m] = new Int32Array(b.buffer, b.byteOffset, 3);
  return laidOut(b, first, end, m);
}

/** The builder's links into the store's staging area, `most` links a chunk; read back from there. The
 * caller lets the builder (and with it the pairs) go once this returns. */
export async function stageEdges(store: CorpusStore, built: EdgeBuilder, most: number): Promise<EdgeRows> {
  await store.clearChunks();
  let k = 0;
  for (const c of built.chunks(most)) await store.stageChunk(k++, encodeChunk(c));
  const chunks = k;
  return {
    docs: built.docs,
    links: built.links,
    async each(visit) {
      for (let i = 0; i < chunks; i++) visit(decodeChunk(await store.stagedChunk(i)));
    },
  };
}
