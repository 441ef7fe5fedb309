// What the corpus stages remember between runs: every article seen (its fingerprints, story and
// original) and every story (members, canonical, the hash of the feed item last emitted and when it
// last changed). The stages take a StateStore; the run layer decides where it lives (output/state/).

export interface StoredArticle {
  id: string;
  /** Hash of the normalized body: equal hashes are exact copies. */
  textHash: string;
  /** Hashed word shingles of the body, for near-duplicate checks against later runs. */
  shingles: number[];
  /** Weighted terms of title and lead, for story similarity. */
  terms: Record<string, number>;
  /** Distinctive quotes, normalized. */
  quotes: string[];
  date: string | null;
  story: string;
  duplicate_of: string | null;
  /** Run in which the article was first seen (ISO time); earlier articles are originals. */
  first_seen: string;
}

export interface StoredStory {
  id: string;
  members: string[];
  /** Hash of the feed item as last emitted; a change moves `date_modified`. */
  item_hash: string;
  date_modified: string | null;
  /** A story merged into another keeps its id reserved here, never reused. */
  merged_into?: string;
}

export interface CorpusSnapshot {
  version: 1;
  articles: Record<string, StoredArticle>;
  stories: Record<string, StoredStory>;
}

export interface StateStore {
  getArticle(id: string): StoredArticle | undefined;
  putArticle(a: StoredArticle): void;
  articles(): Iterable<StoredArticle>;
  getStory(id: string): StoredStory | undefined;
  putStory(s: StoredStory): void;
  stories(): Iterable<StoredStory>;
}

/** A StateStore over an in-memory snapshot (what the run layer loads from and saves to disk). */
export class MemoryStateStore implements StateStore {
  private a: Map<string, StoredArticle>;
  private s: Map<string, StoredStory>;
  constructor(snapshot?: CorpusSnapshot) {
    this.a = new Map(Object.entries(snapshot?.articles ?? {}));
    this.s = new Map(Object.entries(snapshot?.stories ?? {}));
  }
  getArticle(id: string) { return this.a.get(id); }
  putArticle(x: StoredArticle) { this.a.set(x.id, x); }
  articles() { return this.a.values(); }
  getStory(id: string) { return this.s.get(id); }
  putStory(x: StoredStory) { this.s.set(x.id, x); }
  stories() { return this.s.values(); }
  /** Sorted by id so the saved file is byte-stable across identical runs. */
  snapshot(): CorpusSnapshot {
    const sort = <T>(m: Map<string, T>) => Object.fromEntries([...m.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
    return { version: 1, articles: sort(this.a), stories: sort(this.s) };
  }
}
