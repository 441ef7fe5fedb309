// The corpus store in SQLite (better-sqlite3): one file, transactions that survive a killed run (a
// run's change set lands whole or not at all), indexes for what the corpus stages ask (a story's
// members, the open stories, an outlet's newest articles). The schema carries its version; each
// migration lifts it one step, inside a transaction.
import Database from 'better-sqlite3';
import { KeyBatch } from './key-batch.js';
import { bandKeys, type LshLayout } from './lsh.js';
import type { ArticleFeatures, ArticleItem, ChangeSet, CorpusStore, DedupeRow, StagedItem, StoredArticle, StoredStory, TermVector } from './store.js';

/** Schema steps; SCHEMA[i] lifts version i to i + 1. Append only: a shipped step never changes. */
export const SCHEMA: readonly string[] = [
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE articles (
     id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, first_seen TEXT NOT NULL, date TEXT,
     text_hash TEXT NOT NULL, shingles INTEGER NOT NULL, signature BLOB NOT NULL,
     brief_shingles INTEGER NOT NULL, brief_signature BLOB, headline BLOB NOT NULL,
     terms BLOB, quotes BLOB NOT NULL, story TEXT NOT NULL, duplicate_of TEXT,
     outlet TEXT, item TEXT NOT NULL);
   CREATE INDEX articles_story ON articles (story);
   CREATE INDEX articles_original ON articles (duplicate_of) WHERE duplicate_of IS NOT NULL;
   CREATE INDEX articles_outlet ON articles (outlet, seq) WHERE outlet IS NOT NULL;
   CREATE TABLE stories (
     id TEXT PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, created TEXT NOT NULL, last_seen TEXT NOT NULL,
     status TEXT NOT NULL, merged_into TEXT, absorbed TEXT NOT NULL, split_from TEXT,
     item TEXT NOT NULL, item_hash TEXT NOT NULL, date_modified TEXT, changed TEXT NOT NULL);
   CREATE INDEX stories_open ON stories (last_seen) WHERE status = 'live';
   CREATE INDEX stories_changed ON stories (changed, seq);
   -- The push to a CMS: per story, the item hash last delivered.
   CREATE TABLE outbox (story TEXT PRIMARY KEY, item_hash TEXT NOT NULL, delivered TEXT NOT NULL);`,
  // Feed items' rendered bodies by article, under the renderer's version: an unchanged article is not
  // rendered again each time its story changes.
  `CREATE TABLE renders (id TEXT PRIMARY KEY, version TEXT NOT NULL, rendered TEXT NOT NULL);`,
  // The duplicate check's lookups: articles by text hash, and an LSH band index (band key -> article
  // seq) so a run reads the stored fingerprints that share a bucket with its own, not every one ever
  // stored. The index is filled under the layout kept in meta ('lsh'); a store lifted from schema 2
  // has none yet, and the first run that names its layout (SqliteStore.index) builds it.
  `CREATE INDEX articles_text ON articles (text_hash);
   CREATE TABLE bands (key INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (key, seq)) WITHOUT ROWID;`,
];
export const SCHEMA_VERSION = SCHEMA.length;

/** Where a blob read from SQLite is copied to (the driver's Buffer is its own, and not aligned). */
type Copy = (b: Buffer) => { buf: ArrayBuffer; at: number };
/** An ArrayBuffer of its own. */
const own: Copy = (b) => ({ buf: (b.buffer as ArrayBuffer).slice(b.byteOffset, b.byteOffset + b.byteLength), at: 0 });
const pad4 = (n: number) => (n + 3) & ~3;
/** The blobs of many rows read at once, copied into one ArrayBuffer (each at a 4-byte boundary): the
 * rows' arrays are views of one allocation, where an ArrayBuffer each (five a row, tens of thousands
 * on a first run's window) cost their bookkeeping too and left the allocator's heap fragmented to
 * the end of the run. The rows of one read are used, and let go, together. */
type Blobs = Pick<ArticleRow, 'signature' | 'brief_signature' | 'headline' | 'terms' | 'quotes'>;
const ALL_BLOBS = ['signature', 'brief_signature', 'headline', 'terms', 'quotes'] as const;
function slab(rows: readonly Partial<Blobs>[], cols: readonly (keyof Blobs)[] = ALL_BLOBS): Copy {
  let size = 0;
  for (const r of rows) for (const c of cols) if (r[c]) size += pad4(r[c]!.byteLength);
  const buf = new ArrayBuffer(size);
  const bytes = new Uint8Array(buf);
  let off = 0;
  return (b) => {
    const at = off;
    bytes.set(b, at);
    off += pad4(b.byteLength);
    return { buf, at };
  };
}
/** What a column read as NULL gives (a column left out of a read: openOriginals, members' bare rows). */
const NONE = new Uint32Array(0);
const u32 = (b: Buffer | null, copy: Copy = own): Uint32Array => {
  if (!b) return NONE;
  const { buf, at } = copy(b);
  return new Uint32Array(buf, at, b.byteLength / 4);
};
// An article stored anew keeps its outlet and item when the change set gives none ('').
const ARTICLE_UPSERT = `ON CONFLICT (id) DO UPDATE SET date = excluded.date, text_hash = excluded.text_hash, shingles = excluded.shingles, signature = excluded.signature,
           brief_shingles = excluded.brief_shingles, brief_signature = excluded.brief_signature, headline = excluded.headline, terms = excluded.terms,
           quotes = excluded.quotes, story = excluded.story, duplicate_of = excluded.duplicate_of,
           outlet = CASE WHEN excluded.item = '' THEN articles.outlet ELSE excluded.outlet END,
           item = CASE WHEN excluded.item = '' THEN articles.item ELSE excluded.item END`;

/** Band keys put by one statement: a statement run a key (an article has 64-96) was most of what
 * putting them cost, the call into the driver and its binding more than SQLite's insert. */
const KEYS_AT_ONCE = 64;

/** An article's item: the one the change set gives (@item, its JSON), else the one staged for it, else ''
 * (the row keeps its stored item: ARTICLE_UPSERT). */
const ITEM = `coalesce(@item, (SELECT s.item FROM run.staged s WHERE s.id = @id), '')`;

const blob = (a: Uint32Array | Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

function termsBlob(t: TermVector | null): Buffer | null {
  return t ? Buffer.concat([blob(t.ids), blob(t.counts)]) : null;
}
function termsOf(b: Buffer | null, copy: Copy = own): TermVector | null {
  if (!b) return null;
  const n = b.byteLength / 8;
  const { buf, at } = copy(b);
  return { ids: new Uint32Array(buf, at, n), counts: new Float32Array(buf, at + n * 4, n) };
}

interface ArticleRow {
  id: string; seq: number; first_seen: string; date: string | null; text_hash: string; shingles: number; signature: Buffer;
  brief_shingles: number; brief_signature: Buffer | null; headline: Buffer; terms: Buffer | null; quotes: Buffer; story: string; duplicate_of: string | null;
}
interface StoryRow extends Omit<StoredStory, 'absorbed'> { absorbed: string }

/** `copyTerms`: where the terms go (a slab of their own lets the corpus stage free them apart). */
const article = (r: ArticleRow, copy: Copy = own, copyTerms: Copy = copy): StoredArticle => ({
  id: r.id, seq: r.seq, first_seen: r.first_seen, date: r.date, textHash: r.text_hash, shingles: r.shingles, signature: u32(r.signature, copy),
  briefShingles: r.brief_shingles, briefSignature: r.brief_signature ? u32(r.brief_signature, copy) : null, headline: u32(r.headline, copy),
  terms: termsOf(r.terms, copyTerms), quotes: u32(r.quotes, copy), story: r.story, duplicate_of: r.duplicate_of,
});
/** Rows read at once, their arrays in one slab. */
const articles = (rows: ArticleRow[]): StoredArticle[] => {
  const copy = slab(rows);
  return rows.map((r) => article(r, copy));
};
type FeatureRow = Omit<ArticleRow, 'seq' | 'first_seen' | 'story' | 'duplicate_of'>;
/** `copyTerms`: where the terms go (a slab of their own lets the corpus stage free them apart). */
const featuresOf = (r: FeatureRow, copy: Copy, copyTerms: Copy = copy): ArticleFeatures => ({
  id: r.id, date: r.date, textHash: r.text_hash, shingles: r.shingles, signature: u32(r.signature, copy), briefShingles: r.brief_shingles,
  briefSignature: r.brief_signature ? u32(r.brief_signature, copy) : null, headline: u32(r.headline, copy), terms: termsOf(r.terms, copyTerms), quotes: u32(r.quotes, copy),
});
const story = (r: StoryRow): StoredStory => ({ ...r, absorbed: JSON.parse(r.absorbed) });
const DEDUPE = 'id, seq, first_seen, date, text_hash, shingles, signature, brief_shingles, brief_signature, headline, NULL AS terms, quotes, story, duplicate_of';
/** A row's verdicts only, its arrays left out (read as empty): what the corpus stage asks of a story's members. */
const VERDICTS = 'id, seq, first_seen, date, text_hash, shingles, NULL AS signature, brief_shingles, NULL AS brief_signature, NULL AS headline, NULL AS terms, NULL AS quotes, story, duplicate_of';
/** What the story window reads of an open original: its terms and quotes, not its fingerprints (the
 * duplicate check reads those of the articles near this run's: fingerprintsNear). Three blobs fewer a
 * row, of every open original, every run. */
const WINDOW = 'a.id, a.seq, a.first_seen, a.date, a.text_hash, a.shingles, NULL AS signature, a.brief_shingles, NULL AS brief_signature, NULL AS headline, a.terms, a.quotes, a.story, a.duplicate_of';
/** Ids, hashes and keys a lookup sends per query (json_each): bounded, however large the run. */
const CHUNK = 20_000;
const FEATURES = 'id, seq, first_seen, date, text_hash, shingles, signature, brief_shingles, brief_signature, headline, terms, quotes, story, duplicate_of';
const IN = (col: string) => `${col} IN (SELECT value FROM json_each(?))`;

export class StoreError extends Error {}

export class SqliteStore implements CorpusStore {
  private readonly db: Database.Database;
  private readonly q;
  /** The band index's layout: undefined until looked up, null when the store has none yet. */
  private layout: LshLayout | null | undefined;

  /** Opens (or creates) the store at `file` (':memory:' for tests), migrating an older schema. */
  constructor(file: string) {
    try {
      this.db = new Database(file);
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = FULL');
      this.migrate();
      // The staging area is a temporary database beside the store (on disk, gone at close): staging
      // a run's items never changes a byte of the store file itself.
      this.db.exec(
        "ATTACH DATABASE '' AS run; CREATE TABLE run.staged (id TEXT PRIMARY KEY, item TEXT NOT NULL, outlet TEXT); CREATE TABLE run.staged_stories (id TEXT PRIMARY KEY, item TEXT NOT NULL); " +
          'CREATE TABLE run.staged_renders (id TEXT PRIMARY KEY, version TEXT NOT NULL, rendered TEXT NOT NULL); ' +
          'CREATE TABLE run.staged_features (id TEXT PRIMARY KEY, date TEXT, text_hash TEXT NOT NULL, shingles INTEGER NOT NULL, signature BLOB NOT NULL, ' +
          'brief_shingles INTEGER NOT NULL, brief_signature BLOB, headline BLOB NOT NULL, terms BLOB, quotes BLOB NOT NULL); ' +
          'CREATE TABLE run.staged_chunks (k INTEGER PRIMARY KEY, bytes BLOB NOT NULL)',
      );
    } catch (e) {
      if (e instanceof StoreError) throw e;
      throw new StoreError(`${file}: not a readable corpus store (${(e as Error).message})`);
    }
    const db = this.db;
    this.q = {
      getMeta: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
      setMeta: db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
      fingerprints: db.prepare<[], ArticleRow>(`SELECT ${DEDUPE} FROM articles`),
      seqsById: db.prepare<[string], { seq: number }>(`SELECT seq FROM articles WHERE ${IN('id')}`),
      seqsByHash: db.prepare<[string], { seq: number }>(`SELECT seq FROM articles WHERE ${IN('text_hash')}`),
      seqsByKey: db.prepare<[string], { seq: number }>(`SELECT DISTINCT seq FROM bands WHERE ${IN('key')}`),
      dedupeBySeq: db.prepare<[string], ArticleRow>(`SELECT ${DEDUPE} FROM articles WHERE ${IN('seq')}`),
      dedupeById: db.prepare<[string], ArticleRow>(`SELECT ${DEDUPE} FROM articles WHERE ${IN('id')}`),
      keyed: db.prepare<[string], { seq: number; signature: Buffer; brief_signature: Buffer | null; brief_shingles: number }>(
        'SELECT seq, signature, brief_signature, brief_shingles FROM articles WHERE id = ?',
      ),
      keyedAfter: db.prepare<[number], { seq: number; signature: Buffer; brief_signature: Buffer | null; brief_shingles: number }>(
        'SELECT seq, signature, brief_signature, brief_shingles FROM articles WHERE seq > ? ORDER BY seq LIMIT 1000',
      ),
      putKey: db.prepare('INSERT OR IGNORE INTO bands (key, seq) VALUES (?, ?)'),
      putKeys: db.prepare(`INSERT OR IGNORE INTO bands (key, seq) VALUES ${Array(KEYS_AT_ONCE).fill('(?, ?)').join(', ')}`),
      dropKey: db.prepare('DELETE FROM bands WHERE key = ? AND seq = ?'),
      clearKeys: db.prepare('DELETE FROM bands'),
      stageFeature: db.prepare(
        `INSERT OR REPLACE INTO run.staged_features (id, date, text_hash, shingles, signature, brief_shingles, brief_signature, headline, terms, quotes)
         VALUES (@id, @date, @text_hash, @shingles, @signature, @brief_shingles, @brief_signature, @headline, @terms, @quotes)`,
      ),
      stagedFeatures: db.prepare<[string], FeatureRow>(`SELECT * FROM run.staged_features WHERE ${IN('id')}`),
      stagedFeaturesNoTerms: db.prepare<[string], FeatureRow>(
        `SELECT id, date, text_hash, shingles, signature, brief_shingles, brief_signature, headline, NULL AS terms, quotes FROM run.staged_features WHERE ${IN('id')}`,
      ),
      stagedTerms: db.prepare<[string], Pick<FeatureRow, 'id' | 'terms'>>(`SELECT id, terms FROM run.staged_features WHERE ${IN('id')}`),
      clearStagedFeatures: db.prepare('DELETE FROM run.staged_features'),
      articles: db.prepare<[string], ArticleRow>(`SELECT ${FEATURES} FROM articles WHERE ${IN('id')}`),
      openOriginals: db.prepare<[string], ArticleRow>(
        `SELECT ${WINDOW} FROM stories s JOIN articles a ON a.story = s.id
         WHERE s.status = 'live' AND s.last_seen >= ? AND a.duplicate_of IS NULL AND a.terms IS NOT NULL`,
      ),
      members: db.prepare<[string], ArticleRow>(`SELECT ${FEATURES} FROM articles WHERE ${IN('story')}`),
      membersBare: db.prepare<[string], ArticleRow>(`SELECT ${VERDICTS} FROM articles WHERE ${IN('story')}`),
      stories: db.prepare<[string], StoryRow>(`SELECT * FROM stories WHERE ${IN('id')}`),
      storiesBare: db.prepare<[string], StoryRow>(
        `SELECT id, seq, created, last_seen, status, merged_into, absorbed, split_from, '' AS item, item_hash, date_modified, changed FROM stories WHERE ${IN('id')}`,
      ),
      items: db.prepare<[string], { id: string; item: string }>(`SELECT id, item FROM articles WHERE ${IN('id')}`),
      anyArticle: db.prepare<[], { one: number }>('SELECT 1 AS one FROM articles LIMIT 1'),
      maxSeq: db.prepare<[], { a: number | null; s: number | null }>('SELECT (SELECT max(seq) FROM articles) AS a, (SELECT max(seq) FROM stories) AS s'),
      storyItems: db.prepare<[number, number], { item: string }>('SELECT item FROM stories WHERE seq >= ? AND seq < ? ORDER BY seq DESC'),
      changedItems: db.prepare<[string, number, number], { seq: number; item: string }>('SELECT seq, item FROM stories WHERE changed = ? AND seq < ? ORDER BY seq DESC LIMIT ?'),
      latestChange: db.prepare<[], { c: string | null }>('SELECT max(changed) AS c FROM stories'),
      outlet: db.prepare<[string, number], { id: string; item: string; story: string; duplicate_of: string | null }>(
        'SELECT id, item, story, duplicate_of FROM articles WHERE outlet = ? ORDER BY seq DESC LIMIT ?',
      ),
      undelivered: db.prepare<[number], { story: string; item: string; item_hash: string }>(
        'SELECT s.id AS story, s.item, s.item_hash FROM stories s LEFT JOIN outbox o ON o.story = s.id WHERE o.item_hash IS NOT s.item_hash ORDER BY s.seq LIMIT ?',
      ),
      delivered: db.prepare('INSERT INTO outbox (story, item_hash, delivered) VALUES (?, ?, ?) ON CONFLICT (story) DO UPDATE SET item_hash = excluded.item_hash, delivered = excluded.delivered'),
      putArticle: db.prepare(
        `INSERT INTO articles (id, seq, first_seen, date, text_hash, shingles, signature, brief_shingles, brief_signature, headline, terms, quotes, story, duplicate_of, outlet, item)
         VALUES (@id, @seq, @first_seen, @date, @text_hash, @shingles, @signature, @brief_shingles, @brief_signature, @headline, @terms, @quotes, @story, @duplicate_of, @outlet, ${ITEM})
         ${ARTICLE_UPSERT}`,
      ),
      // The same, the feature arrays copied inside SQLite from the staging area (none passes through JS).
      putStagedArticle: db.prepare(
        `INSERT INTO articles (id, seq, first_seen, date, text_hash, shingles, signature, brief_shingles, brief_signature, headline, terms, quotes, story, duplicate_of, outlet, item)
         SELECT @id, @seq, @first_seen, @date, @text_hash, @shingles, f.signature, @brief_shingles, f.brief_signature, f.headline, f.terms, f.quotes, @story, @duplicate_of, @outlet, ${ITEM}
         FROM run.staged_features f WHERE f.id = @id
         ${ARTICLE_UPSERT}`,
      ),
      stagedSignature: db.prepare<[string], { signature: Buffer; brief_signature: Buffer | null; brief_shingles: number }>(
        'SELECT signature, brief_signature, brief_shingles FROM run.staged_features WHERE id = ?',
      ),
      move: db.prepare('UPDATE articles SET story = ? WHERE id = ?'),
      stage: db.prepare('INSERT OR REPLACE INTO run.staged (id, item, outlet) VALUES (?, ?, ?)'),
      staged: db.prepare<[string], { id: string; item: string }>(`SELECT id, item FROM run.staged WHERE ${IN('id')}`),
      stagedOutlet: db.prepare<[string], { outlet: string | null }>('SELECT outlet FROM run.staged WHERE id = ?'),
      clearStaged: db.prepare('DELETE FROM run.staged'),
      stageStory: db.prepare('INSERT OR REPLACE INTO run.staged_stories (id, item) VALUES (?, ?)'),
      stagedStory: db.prepare<[string], { item: string }>('SELECT item FROM run.staged_stories WHERE id = ?'),
      clearStagedStories: db.prepare('DELETE FROM run.staged_stories'),
      renders: db.prepare<[string, string], { id: string; rendered: string }>(`SELECT id, rendered FROM renders WHERE ${IN('id')} AND version = ?`),
      stageRender: db.prepare('INSERT OR REPLACE INTO run.staged_renders (id, version, rendered) VALUES (?, ?, ?)'),
      dropRender: db.prepare('DELETE FROM renders WHERE id = ?'),
      keepRenders: db.prepare('INSERT OR REPLACE INTO renders (id, version, rendered) SELECT id, version, rendered FROM run.staged_renders'),
      clearStagedRenders: db.prepare('DELETE FROM run.staged_renders'),
      stageChunk: db.prepare('INSERT OR REPLACE INTO run.staged_chunks (k, bytes) VALUES (?, ?)'),
      stagedChunk: db.prepare<[number], { bytes: Buffer }>('SELECT bytes FROM run.staged_chunks WHERE k = ?'),
      clearChunks: db.prepare('DELETE FROM run.staged_chunks'),
      archiveRenders: db.prepare(
        `DELETE FROM renders WHERE id IN (SELECT id FROM articles WHERE terms IS NOT NULL AND story IN (SELECT id FROM stories WHERE status = 'live' AND last_seen < ?))`,
      ),
      putStory: db.prepare(
        `INSERT INTO stories (id, seq, created, last_seen, status, merged_into, absorbed, split_from, item, item_hash, date_modified, changed)
         VALUES (@id, @seq, @created, @last_seen, @status, @merged_into, @absorbed, @split_from, @item, @item_hash, @date_modified, @changed)
         ON CONFLICT (id) DO UPDATE SET last_seen = excluded.last_seen, status = excluded.status, merged_into = excluded.merged_into, absorbed = excluded.absorbed,
           split_from = excluded.split_from, item = CASE WHEN excluded.item = '' THEN stories.item ELSE excluded.item END, item_hash = excluded.item_hash,
           date_modified = excluded.date_modified, changed = excluded.changed`,
      ),
      archive: db.prepare(
        `UPDATE articles SET terms = NULL WHERE terms IS NOT NULL AND story IN (SELECT id FROM stories WHERE status = 'live' AND last_seen < ?)`,
      ),
    };
  }

  private migrate(): void {
    const has = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
    let version = has ? Number((this.db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value: string } | undefined)?.value ?? 0) : 0;
    if (version > SCHEMA_VERSION) throw new StoreError(`the corpus store has schema ${version}, newer than this copydesk's ${SCHEMA_VERSION}; run a newer copydesk`);
    for (; version < SCHEMA_VERSION; version++) {
      const step = SCHEMA[version];
      const next = version + 1;
      this.db.transaction(() => {
        this.db.exec(step);
        this.db.prepare("INSERT INTO meta (key, value) VALUES ('schema', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(String(next));
      })();
    }
  }

  async settings(current: Record<string, string>) {
    const previous: Record<string, string | undefined> = {};
    const changed = Object.entries(current).filter(([k, v]) => {
      previous[k] = this.q.getMeta.get(`settings.${k}`)?.value;
      return previous[k] !== v;
    });
    if (changed.length) this.db.transaction(() => changed.forEach(([k, v]) => this.q.setMeta.run(`settings.${k}`, v)))();
    return previous;
  }

  async fingerprints(): Promise<DedupeRow[]> {
    return articles(this.q.fingerprints.all());
  }
  async index(layout: LshLayout): Promise<void> {
    const want = JSON.stringify(layout);
    if (this.q.getMeta.get('lsh')?.value === want) {
      this.layout = layout;
      return;
    }
    // Another layout (or none yet: a store lifted from schema 2): every stored signature is keyed
    // anew, once, in one transaction.
    this.db.transaction(() => {
      this.q.clearKeys.run();
      const batch = this.keyBatch();
      // A page of rows at a time (a statement being read cannot write).
      for (let after = -1, page = this.q.keyedAfter.all(after); page.length; after = page[page.length - 1].seq, page = this.q.keyedAfter.all(after))
        for (const r of page) batch.add(r.seq, keysOfRow(r, layout));
      batch.flush();
      this.q.setMeta.run('lsh', want);
    })();
    this.layout = layout;
  }

  async fingerprintsNear(ids: readonly string[], probes: readonly Pick<ArticleFeatures, 'textHash' | 'signature' | 'briefSignature' | 'briefShingles'>[]): Promise<DedupeRow[]> {
    const layout = this.indexed();
    // A store with no article yet (a newsroom's first run) holds nothing near: the lookups, and the band keys
    // of every probe made for them, would find nothing.
    if (!this.q.anyArticle.get()) return [];
    const seqs = new Set<number>();
    const add = (rows: { seq: number }[]) => rows.forEach((r) => seqs.add(r.seq));
    for (let i = 0; i < ids.length; i += CHUNK) add(this.q.seqsById.all(JSON.stringify(ids.slice(i, i + CHUNK))));
    const hashes = [...new Set(probes.map((p) => p.textHash))];
    for (let i = 0; i < hashes.length; i += CHUNK) add(this.q.seqsByHash.all(JSON.stringify(hashes.slice(i, i + CHUNK))));
    let keys: number[] = [];
    const lookUp = () => {
      add(this.q.seqsByKey.all(JSON.stringify(keys)));
      keys = [];
    };
    for (const p of probes) {
      for (const k of bandKeys(p, layout)) keys.push(k);
      if (keys.length >= CHUNK) lookUp();
    }
    if (keys.length) lookUp();
    const all = [...seqs].sort((a, b) => a - b);
    const out: DedupeRow[] = [];
    for (let i = 0; i < all.length; i += CHUNK) for (const r of articles(this.q.dedupeBySeq.all(JSON.stringify(all.slice(i, i + CHUNK))))) out.push(r);
    // Copies point at their original (never at another copy): the check needs it to follow them.
    const have = new Set(out.map((r) => r.id));
    const originals = [...new Set(out.flatMap((r) => (r.duplicate_of && !have.has(r.duplicate_of) ? [r.duplicate_of] : [])))];
    for (let i = 0; i < originals.length; i += CHUNK) for (const r of articles(this.q.dedupeById.all(JSON.stringify(originals.slice(i, i + CHUNK))))) out.push(r);
    return out;
  }

  /** The layout the band index is kept under: the one named this session, or the one in meta. */
  private indexed(): LshLayout {
    if (this.layout === undefined) {
      const kept = this.q.getMeta.get('lsh')?.value;
      this.layout = kept ? (JSON.parse(kept) as LshLayout) : null;
    }
    if (!this.layout) throw new StoreError('the band index has no layout yet: call index(layout) before fingerprintsNear');
    return this.layout;
  }

  /** New band keys, put sorted (key-batch.ts), KEYS_AT_ONCE a statement and the rest one by one. */
  private keyBatch(): KeyBatch {
    const rows: number[] = [];
    const put = (k: number, seq: number) => {
      if (rows.push(k, seq) < 2 * KEYS_AT_ONCE) return;
      this.q.putKeys.run(rows);
      rows.length = 0;
    };
    const rest = () => {
      for (let i = 0; i < rows.length; i += 2) this.q.putKey.run(rows[i], rows[i + 1]);
      rows.length = 0;
    };
    return new KeyBatch(put, undefined, rest);
  }

  async stageFeatures(features: readonly ArticleFeatures[]) {
    this.db.transaction(() => {
      for (const f of features)
        this.q.stageFeature.run({
          id: f.id, date: f.date, text_hash: f.textHash, shingles: f.shingles, signature: blob(f.signature), brief_shingles: f.briefShingles,
          brief_signature: f.briefSignature ? blob(f.briefSignature) : null, headline: blob(f.headline), terms: termsBlob(f.terms), quotes: blob(f.quotes),
        });
    })();
  }
  async stagedFeatures(ids: readonly string[], o: { terms?: boolean } = {}) {
    const rows = (o.terms === false ? this.q.stagedFeaturesNoTerms : this.q.stagedFeatures).all(JSON.stringify(ids));
    // The terms in a slab apart from the other arrays: the corpus stage is done with them once it has
    // the window's term vectors, long before it is done with the signatures (and they are most of the bytes).
    const copy = slab(rows, ['signature', 'brief_signature', 'headline', 'quotes']);
    const copyTerms = slab(rows, ['terms']);
    // Each with the very id string it was asked by, which the caller holds (the run layer, through
    // the corpus stage): the one read back was a second copy of every id, ~144 B an article.
    const asked = new Map(ids.map((id) => [id, id]));
    for (const r of rows) r.id = asked.get(r.id) ?? r.id;
    return new Map(rows.map((r) => [r.id, featuresOf(r, copy, copyTerms)]));
  }
  async stagedTerms(ids: readonly string[]) {
    const rows = this.q.stagedTerms.all(JSON.stringify(ids));
    const copy = slab(rows, ['terms']);
    return new Map(rows.flatMap((r) => (r.terms ? [[r.id, termsOf(r.terms, copy)!] as const] : [])));
  }

  async articles(ids: readonly string[]) {
    return new Map(this.q.articles.all(JSON.stringify(ids)).map((r) => [r.id, article(r)]));
  }
  async openOriginals(horizon: string) {
    // The terms in one slab, let go together once the window's vectors are made (the corpus stage
    // empties every window row's terms then); the quotes (a few bytes a row) in another, which lives
    // as long as a row of a touched story does. An ArrayBuffer a blob was tens of thousands of copies.
    const rows = this.q.openOriginals.all(horizon);
    const terms = slab(rows, ['terms']);
    const quotes = slab(rows, ['quotes']);
    return rows.map((r) => article(r, quotes, terms));
  }
  async members(stories: readonly string[], o: { features?: boolean } = {}) {
    return articles((o.features === false ? this.q.membersBare : this.q.members).all(JSON.stringify(stories)));
  }
  async stories(ids: readonly string[], o: { items?: boolean } = {}) {
    const q = o.items === false ? this.q.storiesBare : this.q.stories;
    return new Map(q.all(JSON.stringify(ids)).map((r) => [r.id, story(r)]));
  }
  async items(ids: readonly string[]) {
    return new Map(this.q.items.all(JSON.stringify(ids)).map((r) => [r.id, JSON.parse(r.item) as ArticleItem]));
  }
  async stage(items: readonly ArticleItem[]) {
    await this.stageJson(items.map((i) => ({ id: i.id, outlet: i.outlet ?? null, json: JSON.stringify(i) })));
  }
  async stageJson(items: readonly StagedItem[]) {
    this.db.transaction(() => items.forEach((i) => this.q.stage.run(i.id, i.json, i.outlet)))();
  }
  async staged(ids: readonly string[]) {
    return new Map(this.q.staged.all(JSON.stringify(ids)).map((r) => [r.id, JSON.parse(r.item) as ArticleItem]));
  }
  async stageStories(items: readonly { id: string; item: string }[]) {
    this.db.transaction(() => items.forEach((i) => this.q.stageStory.run(i.id, i.item)))();
  }
  async renders(ids: readonly string[], version: string) {
    return new Map(this.q.renders.all(JSON.stringify(ids), version).map((r) => [r.id, r.rendered]));
  }
  async stageRenders(version: string, renders: readonly { id: string; rendered: string }[]) {
    this.db.transaction(() => renders.forEach((r) => this.q.stageRender.run(r.id, version, r.rendered)))();
  }
  async stageChunk(index: number, bytes: Uint8Array) {
    this.q.stageChunk.run(index, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }
  async stagedChunk(index: number) {
    const row = this.q.stagedChunk.get(index);
    if (!row) throw new StoreError(`chunk ${index} is not in the staging area`);
    return row.bytes;
  }
  async clearChunks() {
    this.q.clearChunks.run();
  }
  async clearStaged() {
    this.q.clearChunks.run();
    this.q.clearStaged.run();
    this.q.clearStagedStories.run();
    this.q.clearStagedRenders.run();
    this.q.clearStagedFeatures.run();
  }
  async nextSeq() {
    const m = this.q.maxSeq.get()!;
    return { article: (m.a ?? -1) + 1, story: (m.s ?? -1) + 1 };
  }
  async storyItems(from: number, to: number) {
    return this.q.storyItems.all(from, to).map((r) => r.item);
  }
  async changedItems(changed: string, before: number, limit: number) {
    return this.q.changedItems.all(changed, before, limit);
  }
  async latestChange() {
    return this.q.latestChange.get()?.c ?? null;
  }
  async outletArticles(outlet: string, limit: number) {
    return this.q.outlet.all(outlet, limit).map((r) => ({ ...(JSON.parse(r.item) as ArticleItem), id: r.id, story: r.story, duplicate_of: r.duplicate_of }));
  }
  async undelivered(limit: number) {
    return this.q.undelivered.all(limit);
  }
  async markDelivered(storyId: string, itemHash: string, when: string) {
    this.q.delivered.run(storyId, itemHash, when);
  }

  async apply(c: ChangeSet): Promise<void> {
    // The band index follows the signatures: an article stored anew drops the keys of the one it replaces.
    if (this.layout === undefined) this.layout = this.q.getMeta.get('lsh') ? this.indexed() : null;
    const layout = this.layout;
    this.db.transaction(() => {
      // Old keys go as each article comes; new ones are put together, sorted, after the articles.
      const batch = this.keyBatch();
      for (const a of c.articles) {
        // Features staged for it: its row carries the verdicts, SQLite copies the arrays.
        const staged = c.stagedFeatures?.has(a.id) ? this.q.stagedSignature.get(a.id) : undefined;
        if (c.stagedFeatures?.has(a.id) && !staged) throw new StoreError(`the change set names ${a.id} as staged, but its features are not in the staging area`);
        if (layout) {
          const old = this.q.keyed.get(a.id);
          if (old) for (const k of keysOfRow(old, layout)) this.q.dropKey.run(k, old.seq);
          batch.add(old?.seq ?? a.seq, staged ? keysOfRow(staged, layout) : bandKeys(a, layout));
        }
        // An item given, or else the staged one: its outlet from the staging row's own column, its
        // JSON copied inside SQLite (ITEM), never read back and parsed here for the outlet alone.
        const given = c.items.get(a.id);
        const stagedRow = given ? undefined : this.q.stagedOutlet.get(a.id);
        const verdicts = {
          id: a.id, seq: a.seq, first_seen: a.first_seen, date: a.date, text_hash: a.textHash, shingles: a.shingles, brief_shingles: a.briefShingles,
          story: a.story, duplicate_of: a.duplicate_of, outlet: (given ? given.outlet : stagedRow?.outlet) ?? null, item: given ? JSON.stringify(given) : null,
        };
        if (staged) this.q.putStagedArticle.run(verdicts);
        else this.q.putArticle.run({ ...verdicts, signature: blob(a.signature), brief_signature: a.briefSignature ? blob(a.briefSignature) : null, headline: blob(a.headline), terms: termsBlob(a.terms), quotes: blob(a.quotes) });
        // A render of the item this replaces is stale.
        if (given || stagedRow) this.q.dropRender.run(a.id);
      }
      batch.flush();
      this.q.keepRenders.run();
      this.q.clearStagedRenders.run();
      for (const [id, s] of c.moves) this.q.move.run(s, id);
      for (const s of c.stories) {
        const item = s.item || (this.q.stagedStory.get(s.id)?.item ?? '');
        this.q.putStory.run({ ...s, item, absorbed: JSON.stringify(s.absorbed) });
      }
      // Staged story items are this change set's: none outlives it.
      this.q.clearStagedStories.run();
      // Archiving touches only rows that still hold terms: an unchanged rerun writes nothing.
      if (c.archiveBefore) {
        this.q.archiveRenders.run(c.archiveBefore);
        this.q.archive.run(c.archiveBefore);
      }
    })();
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

function keysOfRow(r: { signature: Buffer; brief_signature: Buffer | null; brief_shingles: number }, layout: LshLayout): number[] {
  return bandKeys({ signature: u32(r.signature), briefSignature: r.brief_signature ? u32(r.brief_signature) : null, briefShingles: r.brief_shingles }, layout);
}
