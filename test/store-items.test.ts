// The store's article items through apply (sqlite-store.ts): an item the change set gives, else the one
// staged for the article (copied inside SQLite, its outlet from the staging row), else none, which keeps
// the item and outlet stored; and the band keys apply puts, many a statement. Invented articles only.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { corpusArticle, lshLayout } from '../pipeline/corpus/index.js';
import { bandKeys } from '../pipeline/corpus/lsh.js';
import { SqliteStore } from '../pipeline/corpus/sqlite-store.js';
import type { ArticleItem, ChangeSet, StoredArticle } from '../pipeline/corpus/store.js';
import { projectConfig, tempDir } from './helpers.js';

const NOW = '2025-05-01T06:00:00.000Z';

test('store items: given, else staged, else kept; the outlet column follows the item', async () => {
  const cfg = (await projectConfig()).corpus;
  const made = (id: string, outlet: string | null, words: string) =>
    corpusArticle({ id, headline: `Headline ${id}`, date: '2025-05-01', outlet, body: `${words} and the county planners met again on Monday.`, quotes: [] }, cfg);
  const row = (m: ReturnType<typeof made>, seq: number): StoredArticle => ({ ...m.features, story: `s-${m.features.id}`, duplicate_of: null, first_seen: NOW, seq });
  const apply = (store: SqliteStore, rows: StoredArticle[], items: Map<string, ArticleItem>) =>
    store.apply({ articles: rows, items, stories: [], moves: new Map(), archiveBefore: null } satisfies ChangeSet);
  const cases: { name: string; outlet: string | null; given?: boolean; staged?: boolean; stored?: boolean; want: 'given' | 'staged' | 'stored' }[] = [
    { name: 'given only', outlet: 'Given Times', given: true, want: 'given' },
    { name: 'staged only', outlet: 'Staged Post', staged: true, want: 'staged' },
    { name: 'staged, no outlet', outlet: null, staged: true, want: 'staged' },
    { name: 'given wins over staged', outlet: 'Given Times', given: true, staged: true, want: 'given' },
    { name: 'neither: the stored item and outlet stay', outlet: 'Old Herald', stored: true, want: 'stored' },
  ];
  for (const c of cases) {
    const store = new SqliteStore(':memory:');
    const old = made('a1', 'Old Herald', 'Old words');
    if (c.stored) await apply(store, [row(old, 0)], new Map([['a1', old.item!]]));
    const givenItem = made('a1', c.outlet, 'Given words').item!;
    const stagedItem = made('a1', c.given ? 'Staged Post' : c.outlet, 'Staged words').item!;
    if (c.staged) await store.stage([stagedItem]);
    await apply(store, [row(made('a1', c.outlet, 'Any words'), 0)], c.given ? new Map([['a1', givenItem]]) : new Map());
    const want = { given: givenItem, staged: stagedItem, stored: old.item! }[c.want];
    assert.deepEqual((await store.items(['a1'])).get('a1'), want, c.name);
    const outlet = want.outlet;
    if (outlet) assert.deepEqual((await store.outletArticles(outlet, 5)).map((a) => a.id), ['a1'], `${c.name}: outlet column`);
    for (const other of ['Given Times', 'Staged Post', 'Old Herald'].filter((o) => o !== outlet))
      assert.deepEqual(await store.outletArticles(other, 5), [], `${c.name}: not under ${other}`);
    await store.close();
  }
});

test('store band index: every band key of every article stored once, whatever the count over a statement\'s rows', async () => {
  const cfg = (await projectConfig()).corpus;
  const layout = lshLayout(cfg);
  for (const n of [1, 2, 3, 7]) {
    const dir = tempDir();
    const store = new SqliteStore(path.join(dir, 'c.sqlite'));
    await store.index(layout);
    // The last article a copy of the first: the same keys under another seq.
    const made = Array.from({ length: n }, (_, i) =>
      corpusArticle({ id: `b${i}`, headline: `H${i}`, date: '2025-05-01', body: `Body ${i === n - 1 && n > 1 ? 0 : i} of the harbour board plan, ${i === n - 1 && n > 1 ? 0 : i * 37} times over.`, quotes: [] }, cfg),
    );
    const rows: StoredArticle[] = made.map((m, seq) => ({ ...m.features, story: `s${seq}`, duplicate_of: null, first_seen: NOW, seq }));
    await store.apply({ articles: rows, items: new Map(made.map((m) => [m.features.id, m.item!])), stories: [], moves: new Map(), archiveBefore: null });
    await store.close();
    const want = [...new Set(rows.flatMap((r) => bandKeys(r, layout).map((k) => `${k}/${r.seq}`)))].sort();
    const db = new Database(path.join(dir, 'c.sqlite'), { readonly: true });
    const got = (db.prepare('SELECT key, seq FROM bands').all() as { key: number; seq: number }[]).map((r) => `${r.key}/${r.seq}`).sort();
    db.close();
    assert.ok(want.length > 64 * n - 64, `${n}: keys enough to fill statements`);
    assert.deepEqual(got, want, `${n} articles`);
  }
});
