// The story grouping's clusters in typed arrays: who is in each and the median of their dates. A Map of
// a JS array of members per cluster, and another of its sorted days, held ~300 bytes an article while
// groups merged on a first run (the window is the whole batch: each singleton's array has room for
// 17); here a doc costs 32 bytes. A cluster is keyed by its lowest member (the grouping merges into
// the lower key); its members form a list through `next` (in index order at the start, a retiring
// cluster's appended on a merge), its dated members a second list through `nextDated`, sorted by day,
// so a merge's median is read as a merge of two sorted lists read it.
export interface ClusterDoc {
  day: number | null;
  group: number;
}

export class Clusters {
  /** Per doc, its cluster's key (kept up to date for every member through merges). */
  readonly clusterOf: Int32Array;
  /** Per cluster key, its member count. */
  private readonly count: Int32Array;
  /** Per doc, the next member of its cluster (-1 at the end); per cluster key, its last member. */
  private readonly next: Int32Array;
  private readonly last: Int32Array;
  /** Per doc, the next dated member in day order (-1 at the end); per cluster key, the first dated
   * member, how many are dated, and the member whose day is the median (the one at index count >> 1
   * of the sorted days, as a sorted list of days read it). */
  private readonly nextDated: Int32Array;
  private readonly firstDated: Int32Array;
  private readonly dated: Int32Array;
  private readonly median: Int32Array;

  /** Docs with equal `group` start in one cluster, keyed by the first of them. */
  constructor(private readonly docs: readonly ClusterDoc[]) {
    const n = docs.length;
    this.clusterOf = new Int32Array(n);
    this.count = new Int32Array(n);
    this.next = new Int32Array(n).fill(-1);
    this.last = new Int32Array(n);
    this.nextDated = new Int32Array(n).fill(-1);
    this.firstDated = new Int32Array(n).fill(-1);
    this.dated = new Int32Array(n);
    this.median = new Int32Array(n).fill(-1);
    const start = new Map<number, number>();
    let shared = false;
    for (let i = 0; i < n; i++) {
      const g = docs[i].group;
      const c = start.get(g) ?? i;
      if (c === i) {
        start.set(g, i);
        this.last[i] = i;
      } else {
        this.next[this.last[c]] = i;
        this.last[c] = i;
        shared = true;
      }
      this.clusterOf[i] = c;
      this.count[c]++;
    }
    start.clear();
    for (let c = 0; c < n; c++) {
      if (this.clusterOf[c] !== c) continue;
      if (!shared) {
        // A singleton: its day, if it has one, is its median.
        if (docs[c].day !== null) [this.firstDated[c], this.dated[c], this.median[c]] = [c, 1, c];
        continue;
      }
      const ms: number[] = [];
      for (let m = c; m >= 0; m = this.next[m]) if (docs[m].day !== null) ms.push(m);
      ms.sort((x, y) => docs[x].day! - docs[y].day!);
      for (let k = 0; k + 1 < ms.length; k++) this.nextDated[ms[k]] = ms[k + 1];
      this.firstDated[c] = ms.length ? ms[0] : -1;
      this.dated[c] = ms.length;
      this.median[c] = ms.length ? ms[ms.length >> 1] : -1;
    }
  }

  get length(): number {
    return this.docs.length;
  }

  /** Whether doc c is a cluster's key. */
  isKey(c: number): boolean {
    return this.clusterOf[c] === c;
  }

  size(c: number): number {
    return this.count[c];
  }

  /** Calls f for each member of cluster c, in list order. */
  forEachMember(c: number, f: (m: number) => void): void {
    for (let m = c; m >= 0; m = this.next[m]) f(m);
  }

  /** Whether both clusters have dated members and their median days lie more than `days` apart. */
  farApart(a: number, b: number, days: number): boolean {
    return this.dated[a] > 0 && this.dated[b] > 0 && Math.abs(this.docs[this.median[a]].day! - this.docs[this.median[b]].day!) > days;
  }

  /** Cluster `gone` joins `keep` (keep < gone): its members are appended, its dated members merged in
   * by day (the lower list's first on ties, as a merge of sorted lists took them), and the median
   * found on the way. */
  merge(keep: number, gone: number): void {
    for (let m = gone; m >= 0; m = this.next[m]) this.clusterOf[m] = keep;
    this.next[this.last[keep]] = gone;
    this.last[keep] = this.last[gone];
    this.count[keep] += this.count[gone];
    this.count[gone] = 0;
    const total = this.dated[keep] + this.dated[gone];
    const at = total >> 1;
    const { docs, nextDated } = this;
    let x = this.firstDated[keep];
    let y = this.firstDated[gone];
    let tail = -1;
    let mid = -1;
    for (let k = 0; x >= 0 || y >= 0; k++) {
      let m: number;
      if (y < 0 || (x >= 0 && docs[x].day! <= docs[y].day!)) {
        m = x;
        x = nextDated[x];
      } else {
        m = y;
        y = nextDated[y];
      }
      if (tail < 0) this.firstDated[keep] = m;
      else nextDated[tail] = m;
      tail = m;
      if (k === at) mid = m;
    }
    if (tail >= 0) nextDated[tail] = -1;
    this.dated[keep] = total;
    this.median[keep] = mid;
    this.dated[gone] = 0;
    this.firstDated[gone] = -1;
    this.median[gone] = -1;
  }
}
