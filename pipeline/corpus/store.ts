// What the corpus stages remember between runs, and the one interface through which they reach it.
// The stages read in a few batch queries (the fingerprints near this run's, the open stories' terms,
// the members of the stories a run touched) and write one change set, applied in one transaction:
// a store over the network (Postgres, Redis) implements the same calls with as many round trips.
// SqliteStore (sqlite-store.ts) is the embedded implementation the run layer uses.
import type { ArticleRecord } from '../record/record.js';
import type { LshLayout } from './lsh.js';

/** The compact corpus features of an article: all the corpus stages keep of it. */
export interface ArticleFeatures {
  id: string;
  /** Hash of the normalized words: equal hashes are exact copies. */
  textHash: string;
  /** MinHash signature (uint32 minima) and its count of distinct shingles. */
  signature: Uint32Array;
  shingles: number;
  /** Briefs only: MinHash signature over word pairs, and its count of distinct pairs (else 0). */
  briefSignature: Uint32Array | null;
  briefShingles: number;
  /** Hashed distinct headline words (stopwords left out), sorted. */
  headline: Uint32Array;
  /** Story terms: hashed term ids, ascending, and their weighted counts. Null once archived. */
  terms: TermVector | null;
  /** Hashed keys of distinctive quotes, ascending. */
  quotes: Uint32Array;
  date: string | null;
}

export interface TermVector {
  ids: Uint32Array;
  counts: Float32Array;
}

/** What a feed item shows of an article: its record's fields (but its story and original) and its body. */
export type ArticleItem = Omit<ArticleRecord, 'story' | 'duplicate_of'> & { body: string };

/** An item to stage as its JSON (an ArticleItem's), with the two fields the staging area keeps apart. */
export interface StagedItem {
  id: string;
  outlet: string | null;
  json: string;
}

export interface StoredArticle extends ArticleFeatures {
  story: string;
  duplicate_of: string | null;
  /** Run in which the article was first seen (ISO time); earlier articles are originals. */
  first_seen: string;
  /** Order of arrival, for feed paging (ascending, never reused). */
  seq: number;
}

export type StoryStatus = 'live' | 'merged';

export interface StoredStory {
  id: string;
  /** Run that founded the story; when stories merge, the earliest founded keeps its id. */
  created: string;
  /** Latest run in which an article joined: stories idle for `active_days` leave the working set. */
  last_seen: string;
  status: StoryStatus;
  /** Retired stories: the story their articles went to. */
  merged_into: string | null;
  /** Live stories: the ids they absorbed (retired into this one), ascending. */
  absorbed: string[];
  /** A story split off another: the story its first articles came from. */
  split_from: string | null;
  /** Order of founding, for feed paging (ascending, never reused). */
  seq: number;
  /** The feed item as last emitted (JSON) and its hash; a change moves `date_modified`. */
  item: string;
  item_hash: string;
  date_modified: string | null;
  /** Run whose change this item last announced (the changes feed lists those of the latest run). */
  changed: string;
}

/** Everything one run changes, applied atomically. */
export interface ChangeSet {
  articles: StoredArticle[];
  /** Items of changed articles; an article absent here takes its staged item (CorpusStore.stage). */
  items: Map<string, ArticleItem>;
  /** Stories whose `item` is '' take their staged item (CorpusStore.stageStories), or keep the one stored. */
  stories: StoredStory[];
  /** Articles whose story changed without any other change (members of merged or split stories). */
  moves: Map<string, string>;
  /** Stories idle since before this time: their articles keep only their fingerprints. */
  archiveBefore: string | null;
  /** Articles whose features the store takes from its staging area (CorpusStore.stageFeatures): their
   * rows here carry the verdicts (story, original, seq, first_seen), not the feature arrays. */
  stagedFeatures?: ReadonlySet<string>;
}

/** A stored fingerprint, oldest first, for the duplicate check. */
export type DedupeRow = Pick<StoredArticle, 'id' | 'textHash' | 'signature' | 'shingles' | 'briefSignature' | 'briefShingles' | 'headline' | 'duplicate_of' | 'first_seen' | 'date' | 'story' | 'seq'>;

export interface CorpusStore {
  /** Checks the settings that stored features depend on; returns the previous ones when they differ. */
  settings(current: Record<string, string>): Promise<Record<string, string | undefined>>;
  /** Every stored fingerprint (a change of settings makes them anew; the duplicate check reads only
   * those near its own: fingerprintsNear). */
  fingerprints(): Promise<DedupeRow[]>;
  /** Keeps an index of every stored signature's LSH band keys (lsh.ts bandKeys) under `layout`; one
   * kept under another layout, or none (an older store), is built anew from the stored signatures. */
  index(layout: LshLayout): Promise<void>;
  /** The stored fingerprints the duplicate check of `probes` (this run's articles) needs, as a scan
   * of every one would find them: the rows of `ids`, every row that shares a text hash or a band key
   * with a probe (whole buckets, under the layout given to `index`), and the originals of the copies
   * among those. */
  fingerprintsNear(ids: readonly string[], probes: readonly Pick<ArticleFeatures, 'textHash' | 'signature' | 'briefSignature' | 'briefShingles'>[]): Promise<DedupeRow[]>;
  /** Stored articles by id (absent ids are left out). */
  articles(ids: readonly string[]): Promise<Map<string, StoredArticle>>;
  /** The originals of the stories active since `horizon`, with their terms and quotes; their
   * fingerprints (signature, brief signature, headline) are left out, given empty. */
  openOriginals(horizon: string): Promise<StoredArticle[]>;
  /** Every member (originals and copies) of the given stories. `features: false` leaves every array
   * out (given empty): the corpus stage asks only which story each member is in, its original and when
   * it was first seen. */
  members(stories: readonly string[], o?: { features?: boolean }): Promise<StoredArticle[]>;
  /** Stories by id (absent ids are left out). `items: false` leaves each one's feed item out (given as
   * ''): a page's worth of items is megabytes, and the 1M run's feeds held every story's only for its seq. */
  stories(ids: readonly string[], o?: { items?: boolean }): Promise<Map<string, StoredStory>>;
  /** Items of the given articles, for feed items. */
  items(ids: readonly string[]): Promise<Map<string, ArticleItem>>;
  /** A run's staging area: items of this run's articles wait here (on disk, not in memory) from the
   * moment they are processed until their records are written; cleared by `clearStaged`. `apply`
   * takes an article's item from here when the change set carries none. */
  stage(items: readonly ArticleItem[]): Promise<void>;
  /** stage(), each item given as its JSON (made where the article was processed: run/task-wire.ts). */
  stageJson(items: readonly StagedItem[]): Promise<void>;
  staged(ids: readonly string[]): Promise<Map<string, ArticleItem>>;
  /** This run's articles' compact corpus features, waiting in the staging area from the moment each
   * is processed until the corpus stage reads them back (cleared by `clearStaged`). */
  stageFeatures(features: readonly ArticleFeatures[]): Promise<void>;
  /** With `terms: false`, without their terms (null): the corpus stage reads a staged article's terms
   * apart (stagedTerms), a slice at a time, when it makes the window's term vectors. */
  stagedFeatures(ids: readonly string[], o?: { terms?: boolean }): Promise<Map<string, ArticleFeatures>>;
  /** The story terms of staged articles (absent ids, and articles with none, are left out). */
  stagedTerms(ids: readonly string[]): Promise<Map<string, TermVector>>;
  /** Stories' feed items (JSON) as the corpus stage describes them, waiting for `apply` in the same
   * staging area: a first run describes every story, and the change set keeps none of their items.
   * `apply` takes them (and clears them). */
  stageStories(items: readonly { id: string; item: string }[]): Promise<void>;
  /** Renders of articles kept under `version` (absent ids are left out); an article whose item
   * `apply` writes anew loses its render. */
  renders(ids: readonly string[], version: string): Promise<Map<string, string>>;
  /** Renders made this run, kept by `apply` (after the items it writes). */
  stageRenders(version: string, renders: readonly { id: string; rendered: string }[]): Promise<void>;
  /** Scratch of the corpus stage kept out of memory while it runs (a large window's story links,
   * edge-rows.ts): numbered chunks of bytes in the staging area, read back in any order and as often as
   * needed, until `clearChunks` (or `clearStaged`). */
  stageChunk(index: number, bytes: Uint8Array): Promise<void>;
  stagedChunk(index: number): Promise<Uint8Array>;
  clearChunks(): Promise<void>;
  clearStaged(): Promise<void>;
  /** The next free article and story sequence numbers. */
  nextSeq(): Promise<{ article: number; story: number }>;
  /** Feed items (JSON) of the stories with seq in [from, to), newest first. */
  storyItems(from: number, to: number): Promise<string[]>;
  /** Feed items of the stories changed in run `changed`, newest first, a page at a time: at most
   * `limit` of those with seq below `before` (a run that changed a million stories is never all read). */
  changedItems(changed: string, before: number, limit: number): Promise<{ seq: number; item: string }[]>;
  latestChange(): Promise<string | null>;
  /** The newest `limit` articles of an outlet (by arrival), with their story and original. */
  outletArticles(outlet: string, limit: number): Promise<(ArticleItem & { story: string; duplicate_of: string | null })[]>;
  /** Outbox for a CMS push: live and retired stories whose item differs from the one last delivered. */
  undelivered(limit: number): Promise<{ story: string; item: string; item_hash: string }[]>;
  markDelivered(story: string, itemHash: string, when: string): Promise<void>;
  apply(changes: ChangeSet): Promise<void>;
  close(): Promise<void>;
}
