// The story grouping's link sums between clusters: per cluster a row of (neighbour, sum of the links
// between the two), sorted by neighbour, in one typed arena. A Map per cluster held every sum as a
// boxed number and made a new one per addition: on a first run of 16k bench dumps that was most of
// the grouping's +230 MB of heap. The sums here are added in the order the Maps added them (a
// cluster's rows from its members in index order, each member's links in their order; on a merge,
// the retiring cluster's sums onto the keeper's and onto each neighbour's), so every sum, and the
// grouping, is the same to the last bit.
import type { Clusters } from './clusters.js';
import type { EdgeChunk } from './edge-rows.js';
import type { Edges } from './stories.js';

export class LinkSums {
  private nb: Int32Array;
  private val: Float64Array;
  /** Per cluster: where its row starts in the arena, its length and the room it has. */
  private readonly off: Int32Array;
  private readonly len: Int32Array;
  private readonly cap: Int32Array;
  private end = 0;
  // Scratch for a merged row.
  private sNb = new Int32Array(64);
  private sVal = new Float64Array(64);

  /** Sums of `edges` between the clusters as they start (each keyed by its lowest member, its members
   * listed in index order). */
  constructor(edges: Edges, clusters: Clusters);
  /** Rows to come (addSingletons), `links` of them in all. */
  constructor(links: number, clusters: Clusters);
  constructor(edges: Edges | number, clusters: Clusters) {
    const n = clusters.clusterOf.length;
    this.off = new Int32Array(n);
    this.len = new Int32Array(n);
    this.cap = new Int32Array(n);
    // A sixteenth of room past the singletons' rows: merges free entries (links inside a cluster, the
    // retired row: the rows only ever shrink), and compact() reuses them in place before it ever grows
    // the arena. (A quarter was ~200 bytes an article of 32k bench dumps, held through the merges.)
    const links = typeof edges === 'number' ? edges : edges.to.length;
    this.nb = new Int32Array(Math.max(1024, links + (links >> 4)));
    this.val = new Float64Array(this.nb.length);
    if (typeof edges === 'number') return;
    for (let c = 0; c < n; c++) {
      if (!clusters.isKey(c)) continue;
      // The cluster's links to other clusters, in the order the Maps saw them.
      let m = 0;
      clusters.forEachMember(c, (i) => {
        for (let p = edges.start[i]; p < edges.start[i + 1]; p++) {
          const b = clusters.clusterOf[edges.to[p]];
          if (b !== c) m = this.raw(m, b, edges.sim[p]);
        }
      });
      this.row(c, m);
    }
  }

  /** Sums for clusters that are each one doc (every doc in a group of its own), their rows to be added
   * in doc order, a chunk at a time (addSingletons): `links` of them in all. */
  static forSingletons(clusters: Clusters, links: number): LinkSums {
    for (let c = 0; c < clusters.length; c++) if (!clusters.isKey(c) || clusters.size(c) !== 1) throw new Error('link sums by chunks need every doc in a cluster of its own');
    return new LinkSums(links, clusters);
  }

  /** The rows of the chunk's docs, the next in doc order: each the sums the constructor makes of them. */
  addSingletons(chunk: EdgeChunk): void {
    for (let c = chunk.first; c < chunk.end; c++) {
      let m = 0;
      for (let p = chunk.start[c - chunk.first]; p < chunk.start[c - chunk.first + 1]; p++) if (chunk.to[p] !== c) m = this.raw(m, chunk.to[p], chunk.sim[p]);
      this.row(c, m);
    }
  }

  // A cluster's links as met (before row() sums them by neighbour).
  private rawTo = new Int32Array(64);
  private rawSim = new Float64Array(64);
  private order = new Int32Array(64);

  private raw(m: number, b: number, sim: number): number {
    if (m === this.rawTo.length) [this.rawTo, this.rawSim] = [grow(this.rawTo, m * 2), grow(this.rawSim, m * 2)];
    this.rawTo[m] = b;
    this.rawSim[m] = sim;
    return m + 1;
  }

  /** Cluster c's row from its m raw links: by neighbour, ties in the order seen (each sum adds its
   * links in that order), placed at the arena's end with exact room (only a keeper's row ever grows,
   * and it moves when it does). */
  private row(c: number, m: number): void {
    const { rawTo, rawSim } = this;
    if (this.order.length < m) this.order = new Int32Array(m * 2);
    for (let x = 0; x < m; x++) this.order[x] = x;
    const by = this.order.subarray(0, m).sort((x, y) => rawTo[x] - rawTo[y] || x - y);
    let k = 0;
    for (let x = 0; x < m; x++) {
      const b = rawTo[by[x]];
      if (k > 0 && this.sNb[k - 1] === b) this.sVal[k - 1] += rawSim[by[x]];
      else this.scratch(k++, b, rawSim[by[x]]);
    }
    this.place(c, k, k);
  }

  private scratch(k: number, b: number, v: number): void {
    if (k === this.sNb.length) [this.sNb, this.sVal] = [grow(this.sNb, k * 2), grow(this.sVal, k * 2)];
    this.sNb[k] = b;
    // 0 + v, as a missing Map entry was read: the same number.
    this.sVal[k] = v;
  }

  /** Puts the scratch row (k entries) as cluster c's row: in place when it fits, else at the end
   * with `room` entries of room. */
  private place(c: number, k: number, room = k + (k >> 1)): void {
    if (k > this.cap[c]) {
      if (this.end + room > this.nb.length) this.compact(room, c);
      this.off[c] = this.end;
      this.cap[c] = room;
      this.end += room;
    }
    this.nb.set(this.sNb.subarray(0, k), this.off[c]);
    this.val.set(this.sVal.subarray(0, k), this.off[c]);
    this.len[c] = k;
  }

  /** Rows slid down to the start of the arena in place, without their room (only a keeper's row grows,
   * and it moves when it does), leaving room for `need` more; cluster `skip`'s row is about to be
   * replaced. The arena grows (to an eighth more than it needs) only when less than a sixteenth of it
   * would be free (each compaction is then paid for by that many entries appended): a fresh arena of
   * twice the live rows at every compaction held 2 KB an article of 8k bench dumps, and the old and new
   * arenas were both live while it copied (3x the links). */
  private compact(need: number, skip: number): void {
    const n = this.len.length;
    this.cap[skip] = 0;
    this.len[skip] = 0;
    // Rows in the order they lie, each moved to the lowest free place (never up).
    let rows = 0;
    for (let c = 0; c < n; c++) if (this.cap[c] > 0) rows++;
    // Keyed offset * 2^bits + cluster: exact while the arena is under 2^(53 - bits) entries.
    const scale = 2 ** Math.max(1, Math.ceil(Math.log2(n + 1)));
    const order = new Float64Array(rows);
    rows = 0;
    for (let c = 0; c < n; c++) if (this.cap[c] > 0) order[rows++] = this.off[c] * scale + c;
    order.sort();
    let at = 0;
    for (let r = 0; r < rows; r++) {
      const c = order[r] % scale;
      const [o, k] = [this.off[c], this.len[c]];
      if (o !== at) {
        this.nb.copyWithin(at, o, o + k);
        this.val.copyWithin(at, o, o + k);
      }
      this.off[c] = at;
      this.cap[c] = k;
      at += k;
    }
    this.end = at;
    const want = at + need;
    if (want + (want >> 4) > this.nb.length) {
      const size = Math.max(1024, want + (want >> 3));
      [this.nb, this.val] = [grow(this.nb, size), grow(this.val, size)];
    }
  }

  /** The sum of links between clusters a and b (0 when none), as a's row has it. */
  get(a: number, b: number): number {
    const at = this.find(a, b);
    return at >= 0 ? this.val[at] : 0;
  }

  /** Calls f for each neighbour of a with a's sum, in neighbour order. */
  forEach(a: number, f: (b: number, sum: number) => void): void {
    const o = this.off[a];
    const n = this.len[a];
    for (let x = 0; x < n; x++) f(this.nb[o + x], this.val[o + x]);
  }

  /** Cluster `gone` merges into `keep`: keep's sum with each neighbour c gains gone's, and so does
   * c's sum with keep (the same number the Maps added: gone's side of the pair); gone retires. */
  merge(keep: number, gone: number): void {
    const [ko, kn, go, gn] = [this.off[keep], this.len[keep], this.off[gone], this.len[gone]];
    // Gone's sums onto each neighbour's row first (rows other than keep's and gone's).
    for (let x = 0; x < gn; x++) {
      const c = this.nb[go + x];
      if (c !== keep) this.moveInRow(c, gone, keep, this.val[go + x]);
    }
    // Keep's new row: both rows merged by neighbour, without keep and gone.
    let k = 0;
    let x = 0;
    let y = 0;
    while (x < kn || y < gn) {
      const a = x < kn ? this.nb[ko + x] : 0x7fffffff;
      const b = y < gn ? this.nb[go + y] : 0x7fffffff;
      if (a < b) {
        if (a !== gone) this.scratch(k++, a, this.val[ko + x]);
        x++;
      } else if (b < a) {
        if (b !== keep) this.scratch(k++, b, this.val[go + y]);
        y++;
      } else {
        this.scratch(k++, a, this.val[ko + x] + this.val[go + y]);
        x++;
        y++;
      }
    }
    this.place(keep, k);
    this.len[gone] = 0;
    this.cap[gone] = 0;
  }

  /** In c's row: `gone`'s entry leaves, and `keep`'s gains s (or is made with s). keep < gone. */
  private moveInRow(c: number, gone: number, keep: number, s: number): void {
    const g = this.find(c, gone);
    const at = this.lowerBound(c, keep);
    const o = this.off[c];
    if (at < o + this.len[c] && this.nb[at] === keep) {
      this.val[at] += s;
      this.nb.copyWithin(g, g + 1, o + this.len[c]);
      this.val.copyWithin(g, g + 1, o + this.len[c]);
      this.len[c]--;
    } else {
      // keep sorts before gone: the entries between shift up one into gone's place.
      this.nb.copyWithin(at + 1, at, g);
      this.val.copyWithin(at + 1, at, g);
      this.nb[at] = keep;
      this.val[at] = s;
    }
  }

  private find(a: number, b: number): number {
    const at = this.lowerBound(a, b);
    return at < this.off[a] + this.len[a] && this.nb[at] === b ? at : -1;
  }

  private lowerBound(a: number, b: number): number {
    let lo = this.off[a];
    let hi = lo + this.len[a];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.nb[mid] < b) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function grow<T extends Int32Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
