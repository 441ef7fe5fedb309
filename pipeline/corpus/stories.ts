// Story grouping by average-link agglomeration: two groups merge while the mean similarity over all
// their article pairs is high enough, so one stray link cannot chain two stories together (as single
// link would). Similarity is the cosine of TF-IDF term vectors (terms.ts), raised to
// `quote_similarity` for a shared distinctive quote. Small groups (stragglers, briefs) may attach to
// their best match at the lower `attach_similarity`. Groups whose median dates lie more than
// `max_days_apart` apart merge only at `far_similarity` (a follow-up of the very same story, not a
// look-alike event a year later). Docs that start in one group stay together; the corpus stage
// starts every doc of the stories a run touches on its own, so the grouping does not depend on
// the order the articles arrived in (index.ts).
import { CountCodes } from './count-codes.js';
import { fmix32 } from './fingerprint.js';
import { Clusters } from './clusters.js';
import { EdgeBuilder, wholeChunk, type EdgeChunk, type EdgeRows } from './edge-rows.js';
import { LinkSums } from './link-sums.js';
import { MergeQueue } from './merge-queue.js';
import { PairSet } from './pair-set.js';
import type { KnownSims } from './sim-memo.js';
import { phase } from './phases.js';
import type { TermVector } from './store.js';

export interface StoryOptions {
  similarity: number;
  attach_similarity: number;
  small_story: number;
  quote_similarity: number;
  max_days_apart: number;
  active_days: number;
  far_similarity: number;
  /** Terms found in more than this share of the articles carry no story signal and are skipped. */
  max_term_share: number;
  /** Terms per article (heaviest first) through which candidate pairs are found. */
  key_terms: number;
  /** Candidate pairs share at least this many key terms. */
  min_shared_keys: number;
  /** A term in more articles than this is no key term (it would pair too many articles). */
  max_key_docs: number;
  /** Pair similarities below this are dropped (counted as 0 in group averages). */
  min_link: number;
  /** Links kept per article, strongest first: a link stays when it is among either end's strongest. */
  max_links: number;
  /** Candidates whose cosine an article computes, most promising first (all when absent). */
  max_candidates?: number;
  /** Links a first run holds in memory at most (edge-rows.ts); more wait in the store's staging area. */
  spill_links?: number;
}

export interface StoryDoc {
  terms: TermVector;
  /** Hashed keys of distinctive quotes (uint32). */
  quotes: ArrayLike<number> & Iterable<number>;
  /** Days since the epoch, when the date is known. */
  day: number | null;
  /** Initial group (e.g. the story of an earlier run); docs with equal groups start together. */
  group: number;
}

export interface StoryLink {
  /** The most similar other member, preferring older ones (lower index). */
  cause: number;
  similarity: number;
  quote: boolean;
}

export interface StoryGroups {
  /** Per doc, its final group: the lowest doc index in it. */
  groupOf: number[];
  /** Per doc in a group of two or more, the member it matched. */
  links: (StoryLink | undefined)[];
}

/** Every doc's links, in compressed rows: doc i's are at `start[i]` up to `start[i + 1]`, in the order
 * they were found (the order group sums add up in, so the grouping is the same to the last bit).
 * Typed arrays: 13 bytes a link, where a Map of objects per doc took about 80. */
export interface Edges {
  start: Int32Array;
  to: Int32Array;
  sim: Float64Array;
  quote: Uint8Array;
}

/** Groups the docs; `edges` (by default every pair's similarity) may be computed by the caller. */
export function groupStories(docs: readonly StoryDoc[], o: StoryOptions, edges: Edges = similarities(docs, o)): StoryGroups {
  // Clusters keyed by their lowest member index, in typed lists (clusters.ts).
  const clusters = new Clusters(docs);
  const groupOf = mergeGroups(clusters, new LinkSums(edges, clusters), o);
  const links: (StoryLink | undefined)[] = new Array(docs.length);
  bestLinks(groupOf, wholeChunk(edges), links);
  return { groupOf, links };
}

/** groupStories() over links read a chunk at a time (edge-rows.ts: a large window's, kept in the
 * store's staging area), twice: for the link sums, and for each doc's best link once groups are final.
 * Every doc starts in a group of its own (as the corpus stage's docs do). */
export async function groupStoriesFrom(docs: readonly StoryDoc[], o: StoryOptions, rows: EdgeRows): Promise<StoryGroups> {
  const clusters = new Clusters(docs);
  let sums: LinkSums | null = LinkSums.forSingletons(clusters, rows.links);
  await rows.each((c) => sums!.addSingletons(c));
  const groupOf = mergeGroups(clusters, sums, o);
  // The sums are done with before the links are read again.
  sums = null;
  const links: (StoryLink | undefined)[] = new Array(docs.length);
  await rows.each((c) => bestLinks(groupOf, c, links));
  return { groupOf, links };
}

/** Merges the clusters, best pair first, while a pair's score reaches the bar; each doc's final group. */
function mergeGroups(clusters: Clusters, sums: LinkSums, o: StoryOptions): number[] {
  const n = clusters.length;

  // Per cluster its best pair with a higher one (merge-queue.ts): the pairs merge in the order a heap
  // of every pair popped them, highest score first (ties to the lower pair).
  const queue = new MergeQueue(n);
  const score = (a: number, b: number, sum: number) => {
    const sa = clusters.size(a);
    const sb = clusters.size(b);
    const avg = sum / (sa * sb);
    // Far apart in time: only a follow-up reporting the very same story (strong similarity) joins.
    if (clusters.farApart(a, b, o.max_days_apart)) return avg >= o.far_similarity ? avg : -1;
    // A small group is judged at the attach threshold: the bonus lifts it to the join scale.
    return Math.min(sa, sb) <= o.small_story ? avg + (o.similarity - o.attach_similarity) : avg;
  };
  // Cluster a's best pair with a higher cluster: its sum read on a's side (a pair's score reads the
  // lower cluster's side, as it always has), highest score first, ties to the lower partner.
  const rescan = (a: number) => {
    let best = -1;
    let top = 0;
    sums.forEach(a, (b, sum) => {
      if (b <= a) return;
      const s = score(a, b, sum);
      if (s >= o.similarity && (best < 0 || s > top)) [best, top] = [b, s];
    });
    queue.set(a, best, top);
  };
  for (let a = 0; a < n; a++) if (clusters.isKey(a)) rescan(a);
  phase('merges queued');
  for (let keep = queue.top(); keep >= 0; keep = queue.top()) {
    // Merge into the cluster with the lower key; the partner's key retires.
    const gone = queue.partner(keep);
    clusters.merge(keep, gone);
    sums.merge(keep, gone);
    queue.set(gone, -1, 0);
    rescan(keep);
    // Only pairs with keep changed (and those with gone are gone): a lower neighbour whose best was
    // keep or gone looks again; another keeps its best unless its pair with keep now beats it. A
    // neighbour between keep and gone loses its pair with gone (keep's pairs are keep's).
    sums.forEach(keep, (c) => {
      if (c > gone) return;
      const p = queue.partner(c);
      if (c > keep) {
        if (p === gone) rescan(c);
        return;
      }
      if (p === keep || p === gone) return rescan(c);
      const s = score(c, keep, sums.get(c, keep));
      if (s >= o.similarity && (p < 0 || s > queue.score(c) || (s === queue.score(c) && keep < p))) queue.set(c, keep, s);
    });
  }

  phase('groups merged');
  return Array.from(clusters.clusterOf);
}

/** Each doc of the chunk in a group of two or more: the member it matched (older ones first, then the
 * most similar, ties to the first found). */
function bestLinks(groupOf: readonly number[], c: EdgeChunk, links: (StoryLink | undefined)[]): void {
  for (let i = c.first; i < c.end; i++) {
    let best: StoryLink | undefined;
    for (let p = c.start[i - c.first]; p < c.start[i - c.first + 1]; p++) {
      const j = c.to[p];
      if (groupOf[j] !== groupOf[i]) continue;
      const sim = c.sim[p];
      const better = !best || (j < i && best.cause > i) || (j < i === best.cause < i && sim > best.similarity);
      if (better) best = { cause: j, similarity: sim, quote: c.quote[p] === 1 };
    }
    links[i] = best;
  }
}

/** A doc's term weights (TF-IDF over the docs at hand, unit length) and its key terms. The weights are
 * not stored: term x's is `weight(v, x)`, read from the window's tables (the count's log factor by a
 * small code, the term's IDF) and the doc's norm, by the very operations that made it, so every bit is
 * the one a stored Float64 had. Silver-dev articles have ~450 terms each: 8 bytes of weight a term was
 * ~3.6 KB an article while the window's links are found, a code is 1 (or 2) bytes. */
export interface Vec {
  ids: Int32Array;
  /** Per term, the code of its count in `tables.lf`. */
  codes: Uint8Array | Uint16Array | Uint32Array;
  norm: number;
  tables: WeightTables;
  /** Its key terms' ids, heaviest first: a view into one array for the window. */
  key: Int32Array;
}

/** Shared by a window's vectors: 1 + log(count) per count code, log IDF per term id. */
export interface WeightTables {
  lf: Float64Array;
  idf: Float64Array;
}

/** Term x's weight in v: (1 + log count) * idf / norm, as termVectors computed it. */
export function weight(v: Vec, x: number): number {
  return (v.tables.lf[v.codes[x]] * v.tables.idf[v.ids[x]]) / v.norm;
}

/** A window's vectors in its few arrays: doc x's codes are `codes` from `from[x]` up to `to[x]`, its
 * ids the same places of chunk `idChunks[chunkOf[x]]`, which starts at place `idBase[chunkOf[x]]`
 * (the chunks the first pass of VectorBuilder filled, not copied into one array: a copy was as many
 * bytes again at the build's peak), its key terms `keys` from `keyFrom[x]` up to `keyTo[x]`, its norm
 * `norms[x]`. A Vec object
 * and three typed-array views a doc were ~350 bytes of heap an article of 32k bench dumps while the
 * links were found (a heap snapshot at 'edges made': 58k Int32Array and 29k Uint8Array views, 29k
 * Vecs); here a doc is 24 bytes. `at(x)` makes doc x's Vec (views of the same numbers) for callers
 * that want one. */
export class Vecs {
  constructor(
    readonly tables: WeightTables,
    readonly idChunks: readonly Int32Array[],
    readonly idBase: Int32Array,
    readonly chunkOf: Uint16Array,
    readonly codes: Uint8Array | Uint16Array | Uint32Array,
    readonly keys: Int32Array,
    readonly from: Int32Array,
    readonly to: Int32Array,
    readonly keyFrom: Int32Array,
    readonly keyTo: Int32Array,
    readonly norms: Float64Array,
  ) {}
  get length(): number {
    return this.norms.length;
  }
  at(x: number): Vec {
    const [a, b, base] = [this.from[x], this.to[x], this.idBase[this.chunkOf[x]]];
    return { ids: this.idChunks[this.chunkOf[x]].subarray(a - base, b - base), codes: this.codes.subarray(a, b), norm: this.norms[x], tables: this.tables, key: this.keys.subarray(this.keyFrom[x], this.keyTo[x]) };
  }
  all(): Vec[] {
    return Array.from({ length: this.length }, (_, x) => this.at(x));
  }
  /** The vectors of docs `xs` (in that order), sharing these arrays. */
  subset(xs: readonly number[]): Vecs {
    const pick = <T extends Int32Array | Uint16Array | Float64Array>(a: T): T => {
      const out = new (a.constructor as new (n: number) => T)(xs.length);
      xs.forEach((x, k) => (out[k] = a[x]));
      return out;
    };
    return new Vecs(this.tables, this.idChunks, this.idBase, pick(this.chunkOf), this.codes, this.keys, pick(this.from), pick(this.to), pick(this.keyFrom), pick(this.keyTo), pick(this.norms));
  }
}

/** Term vectors of the docs, IDF over all of them; key terms are each doc's `key_terms` heaviest,
 * leaving out terms too common to tell stories apart. */
export function termVectors(docs: readonly StoryDoc[], o: StoryOptions): Vecs {
  const b = new VectorBuilder(o);
  for (const d of docs) b.count(d.terms);
  b.counted();
  for (const d of docs) b.vector(d.terms);
  return b.vectors();
}

/** The same vectors from terms read in slices (a window's terms in memory at once were ~3.7 KB an
 * article on silver-like text, more than the vectors): `each` hands every doc's terms to `visit`, in
 * doc order, and is called twice (counts, then vectors), so only a slice is held at a time. */
export async function termVectorsFrom(each: (visit: (t: TermVector) => void) => Promise<void>, o: StoryOptions): Promise<Vecs> {
  const holder: VecsHolder = { vecs: null };
  await termVectorsInto(holder, each, o);
  return holder.vecs!;
}

/** termVectorsFrom(), the vectors put in `holder` rather than returned: no promise's result and no
 * register of the caller's frame holds them, so linksTaking can let them go (a returned
 * Vecs, awaited, stayed live through the edges' making: a heap snapshot showed no drop there). */
export async function termVectorsInto(holder: VecsHolder, each: (visit: (t: TermVector) => void) => Promise<void>, o: StoryOptions): Promise<void> {
  const b = new VectorBuilder(o);
  await each((t) => b.count(t));
  b.counted();
  await each((t) => b.vector(t));
  holder.vecs = b.vectors();
}

/** Builds a window's vectors in two passes over its docs' terms: `count` each (document frequencies,
 * count codes, ids in the order first seen), `counted`, then `vector` each in the same order (the
 * same terms: the second pass reads each doc's ids from the first's). */
class VectorBuilder {
  // Term hashes to dense ids, in the order first seen (a typed table: a Map keys most 32-bit hashes,
  // which are not small integers, as boxed numbers, slowly). The first pass only: its ids are kept,
  // and the table let go before the vectors' arrays are made. Held through the second pass, it was
  // at the stage's peak: 8 bytes a slot, two to four slots a term of the window's vocabulary (~1 GB
  // at polnear-dev x1000, whose copies share no term).
  private ids: TermIds | null = new TermIds();
  // Each doc's ids as the first pass found them, in chunks (their number is not known before the
  // last doc), a doc's in one chunk: the second pass sorts each doc's in place, and the chunks are the
  // vectors' ids. Each chunk twice the one before, up to 64 MB: past the allocator's largest mmap
  // threshold (32 MB), so a large window's chunks go back to the system when let go (chunks of 4 MB
  // stayed in the process's heap, free but resident). Places run on across chunks (a chunk's unused
  // end too), so a doc's place also finds its codes in one array.
  private chunks: Int32Array[] = [];
  private chunkAt = 0;
  private chunkBase = 0;
  private starts: number[] = [];
  // Per doc (the first pass): its chunk and its place.
  private docChunk = new Uint16Array(1024);
  private docFrom = new Int32Array(1024);
  // Document frequencies (the first pass), then whether a term may be a key term (2 <= df <= the
  // cap: a byte a term where its count was 4).
  private df: Int32Array | null = new Int32Array(1024);
  private keyable!: Uint8Array;
  // The distinct counts (a handful: counts are sums of small per-occurrence weights), coded in the
  // order first seen.
  private readonly codeOf = new CountCodes();
  private n = 0;
  // The place after the last doc's ids (the codes' length).
  private total = 0;
  private tables!: WeightTables;
  private maxDf = 0;
  // Typed scratch arrays, reused doc after doc: a window of many docs makes no objects per term.
  private local = new Int32Array(0);
  private w = new Float64Array(0);
  private top = new Int32Array(0);
  private codeByTerm!: Int32Array;
  // Every doc's codes are views into one array for the whole window (its ids into a few chunks),
  // where an array pair per doc was tens of thousands of small ones (and their bookkeeping) whose
  // memory the allocator kept to the end of the run.
  private allCodes!: Uint8Array | Uint16Array | Uint32Array;
  // Key terms too: a JS array of 40 numbers was ~350 bytes of heap a doc.
  private allKeys!: Int32Array;
  private keyOff = 0;
  // Per doc: where its ids (and codes) and key terms end, and its norm.
  private ends!: Int32Array;
  private keyEnds!: Int32Array;
  private norms!: Float64Array;
  private docs = 0;

  constructor(private readonly o: StoryOptions) {}

  count(terms: TermVector): void {
    const m = terms.ids.length;
    if (!this.chunks.length || this.chunkAt + m > this.chunks[this.chunks.length - 1].length) this.newChunk(m);
    if (this.n === this.docFrom.length) [this.docChunk, this.docFrom] = [grown(this.docChunk), grown(this.docFrom)];
    this.docChunk[this.n] = this.chunks.length - 1;
    this.docFrom[this.n] = this.chunkBase + this.chunkAt;
    this.n++;
    this.total = this.chunkBase + this.chunkAt + m;
    const ids = this.ids!;
    const chunk = this.chunks[this.chunks.length - 1];
    for (const t of terms.ids) {
      const id = ids.idOf(t);
      if (id === this.df!.length) this.df = grown(this.df!);
      this.df![id]++;
      chunk[this.chunkAt++] = id;
    }
    const bits = CountCodes.bitsOf(terms.counts);
    for (let x = 0; x < m; x++) this.codeOf.code(terms.counts[x], bits[x]);
  }

  counted(): void {
    const { n, codeOf, o } = this;
    const terms = this.ids!.size;
    this.ids = null;
    const df = this.df!;
    this.df = null;
    const lf = new Float64Array(codeOf.size);
    codeOf.values.forEach((c, code) => (lf[code] = 1 + Math.log(c)));
    const idf = new Float64Array(terms);
    for (let id = 0; id < terms; id++) idf[id] = Math.log((n + 1) / (df[id] + 0.5));
    this.tables = { lf, idf };
    this.maxDf = Math.max(2, Math.min(o.max_key_docs, Math.floor(o.max_term_share * n)));
    this.keyable = new Uint8Array(terms);
    for (let id = 0; id < terms; id++) this.keyable[id] = df[id] >= 2 && df[id] <= this.maxDf ? 1 : 0;
    this.codeByTerm = new Int32Array(terms);
    this.allCodes = lf.length <= 0x100 ? new Uint8Array(this.total) : lf.length <= 0x10000 ? new Uint16Array(this.total) : new Uint32Array(this.total);
    this.allKeys = new Int32Array(n * o.key_terms);
    this.ends = new Int32Array(n);
    this.docFrom = this.docFrom.subarray(0, n);
    this.docChunk = this.docChunk.subarray(0, n);
    this.keyEnds = new Int32Array(n);
    this.norms = new Float64Array(n);
  }

  /** A chunk with room for a doc of m terms. */
  private newChunk(m: number): void {
    const last = this.chunks[this.chunks.length - 1];
    if (last) this.chunkBase += last.length;
    if (this.chunks.length === 0xffff) throw new Error('term vectors: too many id chunks');
    this.chunks.push(new Int32Array(Math.max(m, Math.min(SEEN_MOST, last ? 2 * last.length : SEEN_LEAST))));
    this.starts.push(this.chunkBase);
    this.chunkAt = 0;
  }

  /** The next doc's vector (docs in the order counted). */
  vector(terms: TermVector): void {
    const { keyable, codeOf, codeByTerm, tables, o } = this;
    const { lf, idf } = tables;
    const m = terms.ids.length;
    if (this.local.length < m) [this.local, this.w] = [new Int32Array(m * 2), new Float64Array(m * 2)];
    const { local, w } = this;
    const [d, c] = [this.docs, this.docChunk[this.docs]];
    const place = this.docFrom[d];
    const first = this.chunks[c].subarray(place - this.starts[c], place - this.starts[c] + m);
    const counts = terms.counts;
    const bits = CountCodes.bitsOf(counts);
    let sq = 0;
    for (let x = 0; x < m; x++) {
      const id = first[x];
      const code = codeOf.code(counts[x], bits[x]);
      local[x] = id;
      codeByTerm[id] = code;
      w[x] = lf[code] * idf[id];
      sq += w[x] * w[x];
    }
    const norm = Math.sqrt(sq) || 1;
    // The key_terms heaviest (ties to the lower id), kept sorted in a short list as the terms go by:
    // the same terms in the same order as sorting them all, without sorting every term of every doc.
    // (In a typed list, compared inline: a closure and a JS array spliced were ~40% of this pass.)
    const most = o.key_terms;
    if (this.top.length <= most) this.top = new Int32Array(most + 1);
    const top = this.top;
    let kept = 0;
    for (let x = 0; x < m && most > 0; x++) {
      const id = local[x];
      if (!keyable[id]) continue;
      const wx = w[x];
      if (kept === most) {
        const y = top[kept - 1];
        if (!(wx > w[y] || (wx === w[y] && id < local[y]))) continue;
      }
      let at = kept;
      for (; at > 0; at--) {
        const y = top[at - 1];
        if (!(wx > w[y] || (wx === w[y] && id < local[y]))) break;
        top[at] = y;
      }
      top[at] = x;
      if (kept < most) kept++;
    }
    for (let k = 0; k < kept; k++) this.allKeys[this.keyOff + k] = local[top[k]];
    this.keyOff += kept;
    // By id: a doc's ids are distinct, so sorting them and reading each one's code back from a
    // scatter by id gives what sorting the (id, count) pairs would.
    const sorted = first.sort();
    const codes = this.allCodes.subarray(place, place + m);
    for (let x = 0; x < m; x++) codes[x] = codeByTerm[sorted[x]];
    this.ends[this.docs] = place + m;
    this.keyEnds[this.docs] = this.keyOff;
    this.norms[this.docs++] = norm;
  }

  /** The vectors made (every doc counted has had its `vector`). */
  vectors(): Vecs {
    const n = this.docs;
    const starts = (ends: Int32Array) => {
      const out = new Int32Array(n);
      if (n > 1) out.set(ends.subarray(0, n - 1), 1);
      return out;
    };
    // A window with no docs (counted() was given none).
    if (!this.tables) return new Vecs({ lf: new Float64Array(0), idf: new Float64Array(0) }, [], new Int32Array(0), new Uint16Array(0), new Uint8Array(0), new Int32Array(0), new Int32Array(0), new Int32Array(0), new Int32Array(0), new Int32Array(0), new Float64Array(0));
    const idBase = Int32Array.from(this.starts);
    return new Vecs(this.tables, this.chunks, idBase, this.docChunk.subarray(0, n), this.allCodes, this.allKeys, this.docFrom.subarray(0, n), this.ends.subarray(0, n), starts(this.keyEnds), this.keyEnds.subarray(0, n), this.norms.subarray(0, n));
  }
}

/** A typed array twice as long, its first half `a`. */
function grown<T extends Uint16Array | Int32Array>(a: T): T {
  const out = new (a.constructor as new (n: number) => T)(a.length * 2);
  out.set(a);
  return out;
}

/** Ids VectorBuilder's first pass keeps, in chunks of 256 KB, 512 KB, ... up to 64 MB. */
const SEEN_LEAST = 1 << 16;
const SEEN_MOST = 1 << 24;

/** Uint32 term hashes to ids 0, 1, 2, ... in the order first asked: open addressing in typed arrays. */
class TermIds {
  private keys = new Uint32Array(1 << 12);
  private vals = new Int32Array(1 << 12).fill(-1);
  size = 0;
  /** The id of `t`, a new one when unseen. */
  idOf(t: number): number {
    const at = this.slot(t);
    if (this.vals[at] >= 0) return this.vals[at];
    this.keys[at] = t;
    this.vals[at] = this.size++;
    // Up to three quarters full: a window's vocabulary may be tens of millions of terms (polnear-dev
    // x1000: 35M, 8 bytes a slot), where half full took a table of twice as many slots.
    if (this.size * 4 > this.keys.length * 3) this.grow();
    return this.size - 1;
  }
  /** The id of a term seen before. */
  get(t: number): number {
    return this.vals[this.slot(t)];
  }
  private slot(t: number): number {
    const mask = this.keys.length - 1;
    let i = fmix32(t) & mask;
    while (this.vals[i] >= 0 && this.keys[i] !== t) i = (i + 1) & mask;
    return i;
  }
  private grow(): void {
    const [keys, vals] = [this.keys, this.vals];
    this.keys = new Uint32Array(keys.length * 2);
    this.vals = new Int32Array(keys.length * 2).fill(-1);
    for (let i = 0; i < keys.length; i++) {
      if (vals[i] < 0) continue;
      const at = this.slot(keys[i]);
      this.keys[at] = keys[i];
      this.vals[at] = vals[i];
    }
  }
}

/** Pairwise similarities, sparse: candidate pairs share key terms, so the pairs touched grow with
 * the stories' sizes, not with the square of the corpus; each candidate pair then gets its exact
 * cosine over all terms. Pairs below `min_link` are not kept, nor a pair that is among neither end's
 * `max_links` strongest: on dense news (a window where every article weakly echoes hundreds of
 * others) the links kept, and the memory, stay linear in the docs. Only pairs of a doc in `rows`
 * with a doc in `cols` are looked at (all docs by default; `rows` ascending). */
export function similarities(docs: readonly StoryDoc[], o: StoryOptions, vecs = termVectors(docs, o), rows?: readonly number[], cols?: ReadonlySet<number>, known?: KnownSims): Edges {
  const edges = linksTaking(docs, o, { vecs }, rows, cols, known).whole();
  phase('edges made');
  return edges;
}

/** Term vectors handed to linksTaking, which empties the holder once its pairs are found. */
export interface VecsHolder {
  vecs: Vecs | null;
}

/** The links similarities() finds, not yet built (built whole, or a range of docs at a time:
 * edge-rows.ts; the builder holds the pairs until it is let go), the vectors taken from `holder` and
 * let go (the holder emptied) as soon as the pairs are found: a caller that holds them nowhere else
 * (the corpus stage on a first run) frees them there. The vectors were live through the edges'
 * making, at the stage's peak (the pairs and the edges both held): ~1.3 KB an article of polnear-dev x10. */
export function linksTaking(docs: readonly StoryDoc[], o: StoryOptions, holder: VecsHolder, rows?: readonly number[], cols?: ReadonlySet<number>, known?: KnownSims): EdgeBuilder {
  const n = docs.length;
  const rowList = rows ?? Array.from({ length: n }, (_, i) => i);
  const isRow = new Uint8Array(n);
  for (const i of rowList) isRow[i] = 1;
  const isCol = (j: number) => !cols || cols.has(j);
  // Found in a function of their own, whose scratch (each doc's strongest similarities, the postings:
  // ~0.7 KB an article) is let go before the edges are built.
  const pairs = takePairs(holder, o, n, rowList, isRow, isCol, known);
  // The links kept, then pairs sharing a distinctive quote: a kept link is raised to quote_similarity
  // in its place, a new one goes after the kept ones (the order a map per doc had them in).
  const degree = new Int32Array(n + 1);
  for (let p = 0; p < pairs.length; p++) {
    degree[pairs.i(p)]++;
    degree[pairs.j(p)]++;
  }
  const byQuote = quoteDocs(docs, (i) => isRow[i] === 1 || isCol(i));
  // Pairs sharing a quote, each once, in the order first met; then the kept link of each (one pass
  // over the kept links, looking each up among the quoted pairs: a map of every kept link was
  // the largest thing similarities built on a dense window).
  const sharing = new PairSet();
  for (let q = 0; q < byQuote.quotes; q++) {
    // A quote in more articles than a key term may be in is no story signal (a wire line every outlet
    // carries): its pairs grow as the square of its docs (a 1M window passed V8's 2^24 Map entries).
    if (byQuote.start[q + 1] - byQuote.start[q] > o.max_key_docs) continue;
    // Each doc pairs with the quote's first max_links docs (the oldest), not with all of them: that
    // ties it to their story as well, and the pairs grow with the quote's docs, not their square
    // (the 1M bench, whose quotes recur in hundreds of dumps each, grew the pairs past 6 GB).
    const fan = Math.min(byQuote.start[q + 1], byQuote.start[q] + o.max_links);
    for (let x = byQuote.start[q]; x < byQuote.start[q + 1]; x++)
      for (let y = byQuote.start[q]; y < Math.min(x, fan); y++) {
        const [i, j] = [byQuote.docs[x], byQuote.docs[y]];
        if ((isRow[i] && isCol(j)) || (isRow[j] && isCol(i))) sharing.add(i, j);
      }
  }
  const linkOf = new Int32Array(sharing.size).fill(-1);
  if (sharing.size)
    for (let p = 0; p < pairs.length; p++) {
      const s = sharing.indexOf(pairs.i(p), pairs.j(p));
      if (s >= 0) linkOf[s] = p;
    }
  const quoted = new PairList();
  const raised: number[] = [];
  for (let s = 0; s < sharing.size; s++) {
    const [i, j, p] = [sharing.i(s), sharing.j(s), linkOf[s]];
    if (p >= 0 && pairs.sim(p) >= o.quote_similarity) continue;
    if (p >= 0) raised.push(p);
    else {
      quoted.push(i, j, o.quote_similarity);
      degree[i]++;
      degree[j]++;
    }
  }
  const isRaised = new Uint8Array(pairs.length);
  for (const p of raised) isRaised[p] = 1;
  return new EdgeBuilder(pairs, isRaised, quoted, o.quote_similarity, degree);
}

/** Each quote's docs, as a Map of a list per quote had them: quotes in the order first met (docs in
 * index order, a doc's quotes in its order), each quote's docs ascending (a doc once per time it
 * lists the quote). Quote q's docs are docs[start[q]] up to docs[start[q + 1]]. In typed arrays: the
 * Map held a list per distinct quote with room for 17, ~700 bytes an article of 32k bench dumps
 * (a heap snapshot at 'edges made', the corpus stage's peak there: 23 of 137 MB live). */
export function quoteDocs(docs: readonly StoryDoc[], include: (i: number) => boolean): { quotes: number; start: Int32Array; docs: Int32Array } {
  const ids = new TermIds();
  let total = 0;
  docs.forEach((d, i) => {
    if (include(i)) for (const q of d.quotes) ids.idOf(q >>> 0), total++;
  });
  const start = new Int32Array(ids.size + 1);
  const at = new Int32Array(total);
  let k = 0;
  docs.forEach((d, i) => {
    if (include(i)) for (const q of d.quotes) start[(at[k++] = ids.get(q >>> 0)) + 1]++;
  });
  for (let q = 0; q < ids.size; q++) start[q + 1] += start[q];
  const fill = start.slice(0, ids.size);
  const out = new Int32Array(total);
  k = 0;
  docs.forEach((d, i) => {
    if (include(i)) for (let x = 0; x < d.quotes.length; x++) out[fill[at[k++]]++] = i;
  });
  return { quotes: ids.size, start, docs: out };
}

/** keptPairs() over the holder's vectors, the holder emptied first: the vectors are referenced only
 * from frames that return with the pairs (none of the caller's registers holds them). */
function takePairs(holder: VecsHolder, o: StoryOptions, n: number, rowList: readonly number[], isRow: Uint8Array, isCol: (j: number) => boolean, known?: KnownSims): RowPairs {
  const vecs = holder.vecs!;
  holder.vecs = null;
  return keptPairs(vecs, o, n, rowList, isRow, isCol, known);
}

/** The pairs similarities() keeps, in the order found: each doc of `rowList` against its candidates,
 * a pair kept when it is among either end's max_links strongest. A cosine `known` has is read there,
 * and each one computed is told to it (sim-memo.ts). */
function keptPairs(vecs: Vecs, o: StoryOptions, n: number, rowList: readonly number[], isRow: Uint8Array, isCol: (j: number) => boolean, known?: KnownSims): RowPairs {
  const { idChunks, idBase, chunkOf, keys, from, to, keyFrom, keyTo, norms } = vecs;
  const { idf } = vecs.tables;
  let terms = 0;
  for (let i = 0; i < n; i++) if (to[i] > from[i]) terms = Math.max(terms, idChunks[chunkOf[i]][to[i] - 1 - idBase[chunkOf[i]]] + 1);
  // Each key term's docs, ascending: term t's at post[postStart[t]] up to post[postStart[t + 1]],
  // filled doc by doc (the order a Map of lists had them in). A Map of a list per term held every
  // list with room for 17 (most have one or two docs): ~3.5 KB of heap a doc at the stage's peak.
  const postStart = new Int32Array(terms + 1);
  const inPostings = (i: number) => isRow[i] === 1 || isCol(i);
  for (let i = 0; i < n; i++) if (inPostings(i)) for (let k = keyFrom[i]; k < keyTo[i]; k++) postStart[keys[k] + 1]++;
  for (let t = 0; t < terms; t++) postStart[t + 1] += postStart[t];
  const post = new Int32Array(postStart[terms]);
  // Filled by moving each term's start up to its end, then back one place.
  for (let i = 0; i < n; i++) if (inPostings(i)) for (let k = keyFrom[i]; k < keyTo[i]; k++) post[postStart[keys[k]]++] = i;
  postStart.copyWithin(1, 0, terms);
  postStart[0] = 0;
  // Pairs found, in the order found (typed, so a dense window costs bytes per pair, not objects),
  // and each doc's strongest max_links similarities so far (a min-heap per doc).
  const pairs = new RowPairs(n);
  const best = new TopSims(n, o.max_links);
  // Count shared key terms first (cheap), and compute cosines only where enough are shared: against
  // row i's weights, found by term id through a bitset (the same products, summed in the same order,
  // as a merge of the two sorted vectors, without its branches).
  const shared = new Int32Array(n);
  // Per candidate, the key terms' part of its cosine as far as row i can tell (i's weight of the
  // term times the term's IDF, over the candidate's norm: its count's factor is not at hand):
  // which candidates to compute when there are more than max_candidates.
  const est = new Float64Array(n);
  const cap = new CandidateCap(o.max_candidates ?? Infinity);
  const touched: number[] = [];
  // Which terms row i has, one bit each: a window's terms fit the bitset in the fastest cache, and
  // most terms of a candidate are not the row's. Row i's weights are in `rowW` in its term order
  // (ascending ids), and `first` has, per 32-bit word of the bitset, the place of the row's first
  // term in it: term t's weight is the one after as many as the word has bits below t's. A weight
  // per term of the window (an array as long as its vocabulary, scattered into) was ~0.3 KB an
  // article of polnear-dev x100, whose copies share no term.
  const has = new Int32Array((terms >>> 5) + 1);
  const first = new Int32Array(has.length);
  let rowW = new Float64Array(256);
  // From this index up every doc is a row (the corpus stage's rows are all docs, or the window's
  // newest): a row there pairs only with lower indices, and posting lists are ascending, so its
  // count stops at its own index, skipping just the pairs the test below would skip.
  let rowsFrom = n;
  while (rowsFrom > 0 && isRow[rowsFrom - 1]) rowsFrom--;
  const { lf } = vecs.tables;
  const codes = vecs.codes;
  for (const i of rowList) {
    const normI = norms[i];
    // Row i's weights, each as weight() reads it: (1 + log count) * idf / norm.
    if (rowW.length < to[i] - from[i]) rowW = new Float64Array((to[i] - from[i]) * 2);
    const rowIds = idChunks[chunkOf[i]];
    const rowBase = idBase[chunkOf[i]];
    for (let x = from[i]; x < to[i]; x++) {
      const id = rowIds[x - rowBase];
      const y = x - from[i];
      rowW[y] = (lf[codes[x]] * idf[id]) / normI;
      if (has[id >>> 5] === 0) first[id >>> 5] = y;
      has[id >>> 5] |= 1 << (id & 31);
    }
    const stop = i >= rowsFrom;
    for (let k = keyFrom[i]; k < keyTo[i]; k++) {
      const t = keys[k];
      const bit = 1 << (t & 31);
      const wt = rowW[first[t >>> 5] + bitCount(has[t >>> 5] & (bit - 1))];
      // The estimate's numerator, the same product for every candidate of the term.
      const part = wt * idf[t];
      for (let p = postStart[t], end = postStart[t + 1]; p < end; p++) {
        const j = post[p];
        if (stop && j >= i) break;
        // A pair of two rows is counted once, from its higher index.
        if (j === i || !isCol(j) || (isRow[j] && j > i)) continue;
        if (shared[j]++ === 0) touched.push(j);
        est[j] += part / norms[j];
      }
    }
    cap.choose(touched, shared, est, o.min_shared_keys);
    for (const j of touched) {
      if (shared[j] >= o.min_shared_keys && cap.takes(est[j])) {
        let sim = known ? known.get(i, j) : NaN;
        if (sim !== sim) {
          sim = dotRow(rowW, first, has, vecs, j);
          known?.put(i, j, sim);
        }
        if (sim >= o.min_link) {
          // Full: first drop the pairs neither end can keep any more (a doc's k-th best only rises),
          // so the list holds about the links kept, not every pair above min_link (on dense news
          // those grow with the square of the window: 4M pairs, 64 MB, at 16k bench dumps).
          if (pairs.full()) pairs.makeRoom((a, b, s) => best.mayKeep(a, s) || best.mayKeep(b, s));
          pairs.push(i, j, sim);
          best.offer(i, sim);
          best.offer(j, sim);
        }
      }
      shared[j] = 0;
      est[j] = 0;
    }
    touched.length = 0;
    for (let x = from[i]; x < to[i]; x++) has[rowIds[x - rowBase] >>> 5] = 0;
  }
  phase('pairs found');
  // The list down to the pairs kept (in their order): what follows holds no pair it drops. A pair is
  // kept by a doc when it is at least the doc's k-th highest (ties at the k-th are all kept).
  const bar = best.bars(pairs);
  pairs.makeRoom((a, b, s) => s >= bar[a] || s >= bar[b]);
  return pairs;
}

/** Which of a row's candidates get their cosine computed: all when they are at most `most`, else the
 * `most` with the highest estimates (ties in the order met). A common term's posting list grows with
 * the window, and so did the candidates an article shared two key terms with: 184 an article at 8k
 * bench dumps, ~4x that at 32k, each an exact cosine over ~450 terms (the stage's CPU grew with the
 * square of the batch). The links kept are an article's max_links strongest, so a bounded list of its
 * most promising candidates finds them; an article with no more candidates than the bound (every one
 * on the five corpora: at most 131) is compared with all of them, as before. */
export class CandidateCap {
  private scratch = new Float64Array(256);
  private bar = -Infinity;
  private ties = 0;
  constructor(readonly most: number) {}

  /** Sets the bar for this row's candidates: `touched` with `shared` at least `min`, estimates `est`. */
  choose(touched: readonly number[], shared: Int32Array, est: Float64Array, min: number): void {
    this.bar = -Infinity;
    this.ties = Infinity;
    let c = 0;
    for (const j of touched) if (shared[j] >= min) c++;
    if (c <= this.most) return;
    if (this.scratch.length < c) this.scratch = new Float64Array(c * 2);
    const xs = this.scratch.subarray(0, c);
    c = 0;
    for (const j of touched) if (shared[j] >= min) xs[c++] = est[j];
    xs.sort();
    // The most-th highest is the bar: all above it are taken, and as many equal to it as there is room.
    this.bar = xs[c - this.most];
    let above = 0;
    for (let x = c - 1; x >= 0 && xs[x] > this.bar; x--) above++;
    this.ties = this.most - above;
  }

  /** Whether the next candidate (in the order met) with estimate `e` is computed. */
  takes(e: number): boolean {
    if (e > this.bar) return true;
    if (e < this.bar || this.ties <= 0) return false;
    this.ties--;
    return true;
  }
}

/** A list of (i, j, similarity) in typed chunks of CHUNK pairs: it grows a chunk at a time, with no
 * copy, and after a pass that drops pairs it keeps a quarter of room (each pass is paid for by a
 * third as many pushes) and lets go of the chunks it no longer needs. One array per field, doubled
 * when a pass left it over half full, held 2.1 KB an article of 8k bench dumps at its largest (2^20
 * pairs for ~46 kept an article) and briefly three times the pairs while it grew. */
export class PairList {
  private ci: Int32Array[] = [];
  private cj: Int32Array[] = [];
  private cs: Float64Array[] = [];
  length = 0;
  /** Room for this many pairs. */
  get capacity(): number {
    return this.ci.length * CHUNK;
  }
  full(): boolean {
    return this.length === this.capacity;
  }
  i(p: number): number {
    return this.ci[p >>> CHUNK_BITS][p & CHUNK_MASK];
  }
  j(p: number): number {
    return this.cj[p >>> CHUNK_BITS][p & CHUNK_MASK];
  }
  sim(p: number): number {
    return this.cs[p >>> CHUNK_BITS][p & CHUNK_MASK];
  }
  /** Keeps the pairs `keep` accepts, in their order, with a quarter of room after them. */
  makeRoom(keep: (i: number, j: number, sim: number) => boolean): void {
    let n = 0;
    for (let c = 0; c < this.ci.length; c++) {
      const [ci, cj, cs] = [this.ci[c], this.cj[c], this.cs[c]];
      const m = Math.min(CHUNK, this.length - c * CHUNK);
      for (let x = 0; x < m; x++) {
        if (!keep(ci[x], cj[x], cs[x])) continue;
        const [d, y] = [n >>> CHUNK_BITS, n & CHUNK_MASK];
        this.ci[d][y] = ci[x];
        this.cj[d][y] = cj[x];
        this.cs[d][y] = cs[x];
        n++;
      }
    }
    this.length = n;
    const chunks = Math.ceil((n + (n >> 2) + 1) / CHUNK);
    while (this.ci.length > chunks) [this.ci.pop(), this.cj.pop(), this.cs.pop()];
    while (this.ci.length < chunks) this.addChunk();
  }
  push(i: number, j: number, sim: number) {
    if (this.full()) this.addChunk();
    const [c, x] = [this.length >>> CHUNK_BITS, this.length & CHUNK_MASK];
    this.ci[c][x] = i;
    this.cj[c][x] = j;
    this.cs[c][x] = sim;
    this.length++;
  }
  private addChunk() {
    this.ci.push(new Int32Array(CHUNK));
    this.cj.push(new Int32Array(CHUNK));
    this.cs.push(new Float64Array(CHUNK));
  }
}

/** Pairs as a PairList reads them, for what reads either. */
export interface Pairs {
  readonly length: number;
  i(p: number): number;
  j(p: number): number;
  sim(p: number): number;
}

/** A PairList whose pairs are pushed row by row (no pair's i less than the one's before), with no i
 * stored a pair: each row's count of pairs is, and i(p) is read by a cursor moving through the rows,
 * in order (as every reader here reads: one reading back from an earlier pair starts the rows over).
 * The i of each pair was 4 of its 16 bytes, ~0.2 KB an article of polnear-dev x10 at the search's
 * peak, where the pairs are most of what is added. */
export class RowPairs implements Pairs {
  private cj: Int32Array[] = [];
  private cs: Float64Array[] = [];
  private readonly count: Int32Array;
  private last = 0;
  // The cursor: row `row`'s pairs are `rowFrom` up to `rowTo` (rowFrom Infinity: start over).
  private row = 0;
  private rowFrom = Infinity;
  private rowTo = 0;
  length = 0;
  /** For pairs of rows 0 up to n. */
  constructor(n: number) {
    this.count = new Int32Array(n);
  }
  get capacity(): number {
    return this.cj.length * CHUNK;
  }
  full(): boolean {
    return this.length === this.capacity;
  }
  i(p: number): number {
    if (p < this.rowFrom) [this.row, this.rowFrom, this.rowTo] = [0, 0, this.count[0]];
    while (p >= this.rowTo) {
      this.rowFrom = this.rowTo;
      this.rowTo += this.count[++this.row];
    }
    return this.row;
  }
  j(p: number): number {
    return this.cj[p >>> CHUNK_BITS][p & CHUNK_MASK];
  }
  sim(p: number): number {
    return this.cs[p >>> CHUNK_BITS][p & CHUNK_MASK];
  }
  /** Keeps the pairs `keep` accepts, in their order, with a quarter of room after them. */
  makeRoom(keep: (i: number, j: number, sim: number) => boolean): void {
    let [n, p] = [0, 0];
    for (let i = 0; i < this.count.length; i++) {
      const had = this.count[i];
      let kept = 0;
      for (let x = 0; x < had; x++, p++) {
        const [j, sim] = [this.j(p), this.sim(p)];
        if (!keep(i, j, sim)) continue;
        this.cj[n >>> CHUNK_BITS][n & CHUNK_MASK] = j;
        this.cs[n >>> CHUNK_BITS][n & CHUNK_MASK] = sim;
        n++;
        kept++;
      }
      this.count[i] = kept;
    }
    this.length = n;
    this.rowFrom = Infinity;
    const chunks = Math.ceil((n + (n >> 2) + 1) / CHUNK);
    while (this.cj.length > chunks) [this.cj.pop(), this.cs.pop()];
    while (this.cj.length < chunks) {
      this.cj.push(new Int32Array(CHUNK));
      this.cs.push(new Float64Array(CHUNK));
    }
  }
  push(i: number, j: number, sim: number) {
    if (i < this.last) throw new Error(`RowPairs: row ${i} pushed after row ${this.last}`);
    if (this.full()) {
      this.cj.push(new Int32Array(CHUNK));
      this.cs.push(new Float64Array(CHUNK));
    }
    this.cj[this.length >>> CHUNK_BITS][this.length & CHUNK_MASK] = j;
    this.cs[this.length >>> CHUNK_BITS][this.length & CHUNK_MASK] = sim;
    this.length++;
    this.count[i]++;
    this.last = i;
    this.rowFrom = Infinity;
  }
}

const CHUNK_BITS = 14;
const CHUNK = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK - 1;

/** Per doc, the `k` highest similarities offered (a min-heap each), each by its 16-bit rank
 * (simRank): a Float64 a slot was 0.51 KB an article of polnear-dev x10 through the whole search
 * for pairs, 2 bytes are 0.13. The rank keeps the order (a <= b gives rank a <= rank b), so the heap
 * holds exactly the ranks of the exact top k, and its least is the k-th highest's rank. `mayKeep`
 * tests against that, a superset of what the exact test keeps (what the search prunes with: it only
 * drops pairs no end can keep); `bars` finds each doc's exact k-th highest from the pairs left,
 * which hold every pair of its exact top k. */
export class TopSims {
  private readonly heap: Uint16Array;
  private readonly size: Int32Array;
  constructor(n: number, private readonly k: number) {
    this.heap = new Uint16Array(n * k);
    this.size = new Int32Array(n);
  }
  offer(d: number, similarity: number) {
    const sim = simRank(similarity);
    const k = this.k;
    const h = this.heap;
    const base = d * k;
    let n = this.size[d];
    if (n < k) {
      // Sift up.
      let x = n;
      this.size[d] = ++n;
      while (x > 0) {
        const p = (x - 1) >> 1;
        if (h[base + p] <= sim) break;
        h[base + x] = h[base + p];
        x = p;
      }
      h[base + x] = sim;
      return;
    }
    // Equal ranks: replacing the least by an equal one leaves the heap as it is.
    if (sim <= h[base]) return;
    // Replace the minimum and sift down.
    let x = 0;
    for (;;) {
      const l = 2 * x + 1;
      if (l >= k) break;
      const r = l + 1;
      const c = r < k && h[base + r] < h[base + l] ? r : l;
      if (h[base + c] >= sim) break;
      h[base + x] = h[base + c];
      x = c;
    }
    h[base + x] = sim;
  }
  /** Whether d might keep a pair of similarity `sim`: true whenever the exact test would be. */
  mayKeep(d: number, sim: number): boolean {
    return this.size[d] < this.k || simRank(sim) >= this.heap[d * this.k];
  }
  /** Each doc's exact k-th highest similarity (-Infinity for a doc offered fewer than k), from
   * `pairs`, which hold every pair of each doc's top k (no pair mayKeep accepts was dropped). A
   * pair ranked above the least is in the top k; of those ranked the same, the top k holds the
   * highest k - (those above): the k-th highest is the least of them. */
  bars(pairs: Pairs): Float64Array {
    const { k, size } = this;
    const n = size.length;
    // Above every rank for a doc offered fewer than k.
    const least = new Int32Array(n);
    for (let d = 0; d < n; d++) least[d] = size[d] < k ? 0x10000 : this.heap[d * k];
    const above = new Int32Array(n);
    const tieStart = new Int32Array(n + 1);
    const each = (visit: (d: number, sim: number) => void) => {
      for (let p = 0; p < pairs.length; p++) {
        const sim = pairs.sim(p);
        visit(pairs.i(p), sim);
        visit(pairs.j(p), sim);
      }
    };
    each((d, sim) => {
      const f = simRank(sim);
      if (f > least[d]) above[d]++;
      else if (f === least[d]) tieStart[d + 1]++;
    });
    for (let d = 0; d < n; d++) tieStart[d + 1] += tieStart[d];
    const ties = new Float64Array(tieStart[n]);
    const fill = tieStart.slice(0, n);
    each((d, sim) => {
      if (simRank(sim) === least[d]) ties[fill[d]++] = sim;
    });
    const bar = new Float64Array(n).fill(-Infinity);
    for (let d = 0; d < n; d++) {
      if (size[d] < k) continue;
      const mine = ties.subarray(tieStart[d], tieStart[d + 1]).sort();
      bar[d] = mine[mine.length - (k - above[d])];
    }
    return bar;
  }
}

/** A similarity's rank in 16 bits, 0 up to 65535 over 0 up to 1: in the order of the similarities
 * (floor of a product by a positive constant never goes down as the similarity goes up). */
function simRank(sim: number): number {
  return sim <= 0 ? 0 : sim >= 1 ? 0xffff : Math.floor(sim * 0xffff);
}

/** The dot product of a row's weights (`rowW`, found through `first` and `has` as keptPairs lays
 * them out) and doc b's vector: terms the row lacks add nothing (as an exact 0 would), and only the
 * row's own terms' weights are read. */
function dotRow(rowW: Float64Array, first: Int32Array, has: Int32Array, vecs: Vecs, b: number): number {
  const { codes } = vecs;
  const ids = vecs.idChunks[vecs.chunkOf[b]];
  const base = vecs.idBase[vecs.chunkOf[b]];
  const norm = vecs.norms[b];
  const { lf, idf } = vecs.tables;
  let s = 0;
  // (The bound read once: read through `vecs` each time round, it was a third of this loop's time.)
  for (let y = vecs.from[b], end = vecs.to[b]; y < end; y++) {
    const id = ids[y - base];
    const word = has[id >>> 5];
    const bit = 1 << (id & 31);
    if ((word & bit) === 0) continue;
    const w = rowW[first[id >>> 5] + bitCount(word & (bit - 1))];
    if (w !== 0) s += w * ((lf[codes[y]] * idf[id]) / norm);
  }
  return s;
}

/** The number of bits set in a 32-bit word. */
function bitCount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
