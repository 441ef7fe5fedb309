// What the corpus stages remember between runs: every article seen (its compact fingerprints, story
// and original) and every story (members, when it was founded, the hash of the feed item last
// emitted and when that changed; a merged story stays as a tombstone so its id is never reused).
// The stages take a StateStore; the run layer decides where it lives (output/state/). On disk it is
// JSON Lines, one article or story a line, sorted by id: byte-stable across identical runs, and
// streamable line by line rather than one giant JSON value.

export interface StoredArticle {
  id: string;
  /** Hash of the normalized body: equal hashes are exact copies. */
  textHash: string;
  /** MinHash signature (little-endian uint32 minima, base64), for near copies in later runs. */
  signature: string;
  /** Distinct shingles in the body. */
  shingles: number;
  /** Briefs only: MinHash signature over word pairs (base64), and its count of distinct pairs. */
  brief_signature?: string;
  brief_shingles?: number;
  /** Hashed distinct headline words (stopwords left out), sorted. */
  headline: number[];
  /** Weighted terms of headline and body, for story similarity. */
  terms: Record<string, number>;
  /** Hashed keys of distinctive quotes. */
  quotes: number[];
  date: string | null;
  story: string;
  duplicate_of: string | null;
  /** Run in which the article was first seen (ISO time); earlier articles are originals. */
  first_seen: string;
}

export interface StoredStory {
  id: string;
  members: string[];
  /** Run that founded the story; when stories merge, the earliest founded keeps its id. */
  created: string;
  /** Hash of the feed item as last emitted; a change moves `date_modified`. */
  item_hash: string;
  date_modified: string | null;
  /** A story merged into another keeps its id reserved here, never reused. */
  merged_into?: string;
}

export interface StateStore {
  getArticle(id: string): StoredArticle | undefined;
  putArticle(a: StoredArticle): void;
  articles(): Iterable<StoredArticle>;
  getStory(id: string): StoredStory | undefined;
  putStory(s: StoredStory): void;
  stories(): Iterable<StoredStory>;
}

export const STATE_VERSION = 2;

const byKey = <T>(m: Map<string, T>) => [...m.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, v]) => v);

/** A StateStore in memory: what the run layer loads from and saves to disk. */
export class MemoryStateStore implements StateStore {
  private a = new Map<string, StoredArticle>();
  private s = new Map<string, StoredStory>();
  getArticle(id: string) { return this.a.get(id); }
  putArticle(x: StoredArticle) { this.a.set(x.id, x); }
  articles() { return this.a.values(); }
  getStory(id: string) { return this.s.get(id); }
  putStory(x: StoredStory) { this.s.set(x.id, x); }
  stories() { return this.s.values(); }

  /** JSON Lines: a version line, then stories, then articles, each sorted by id. */
  serialize(): string {
    const lines = [JSON.stringify({ state: 'copydesk-corpus', version: STATE_VERSION })];
    for (const s of byKey(this.s)) lines.push(JSON.stringify({ story: s }));
    for (const a of byKey(this.a)) lines.push(JSON.stringify({ article: a }));
    return lines.join('\n') + '\n';
  }

  /** Throws on a state written by another version or a broken line, naming the line. */
  static parse(text: string): MemoryStateStore {
    const store = new MemoryStateStore();
    const lines = text.split('\n').filter((l) => l.trim());
    lines.forEach((line, i) => {
      let v: { state?: string; version?: number; story?: StoredStory; article?: StoredArticle };
      try {
        v = JSON.parse(line);
      } catch (e) {
        throw new Error(`line ${i + 1} is not JSON (${(e as Error).message})`);
      }
      if (i === 0) {
        if (v.state !== 'copydesk-corpus' || v.version !== STATE_VERSION) throw new Error(`line 1: not a corpus state of version ${STATE_VERSION}`);
      } else if (v.story) store.putStory(v.story);
      else if (v.article) store.putArticle(v.article);
      else throw new Error(`line ${i + 1} holds neither a story nor an article`);
    });
    return store;
  }
}
