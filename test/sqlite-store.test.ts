// The SQLite corpus store's own contracts: staged story items.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SqliteStore } from '../pipeline/corpus/sqlite-store.js';
import type { ChangeSet, StoredStory } from '../pipeline/corpus/store.js';

const WHEN = '2025-03-01T06:00:00.000Z';
const story = (id: string, seq: number, item: string): StoredStory => ({
  id, created: WHEN, last_seen: WHEN, status: 'live', merged_into: null, absorbed: [], split_from: null, seq, item, item_hash: `h-${item}`, date_modified: null, changed: WHEN,
});
const changes = (stories: StoredStory[]): ChangeSet => ({ articles: [], items: new Map(), stories, moves: new Map(), archiveBefore: null });
const itemOf = async (s: SqliteStore, id: string) => (await s.stories([id])).get(id)?.item;

test('store: a story whose item is left empty takes its staged item; with none staged it keeps the stored one', async () => {
  const s = new SqliteStore(':memory:');
  await s.apply(changes([story('a', 0, '{"v":1}'), story('b', 1, '{"v":1}')]));
  await s.stageStories([{ id: 'a', item: '{"v":2}' }]);
  await s.apply(changes([story('a', 0, ''), story('b', 1, '')]));
  assert.equal(await itemOf(s, 'a'), '{"v":2}', 'staged item taken');
  assert.equal(await itemOf(s, 'b'), '{"v":1}', 'nothing staged: the stored item stays');
  // A staged item serves one change set only.
  await s.apply(changes([story('b', 1, '')]));
  await s.stageStories([{ id: 'c', item: '{"v":3}' }]);
  await s.clearStaged();
  await s.apply(changes([story('a', 0, ''), story('c', 2, '')]));
  assert.equal(await itemOf(s, 'a'), '{"v":2}');
  assert.equal(await itemOf(s, 'c'), '', 'a cleared staging area gives no item');
  // An item in the change set wins over a staged one.
  await s.stageStories([{ id: 'a', item: '{"v":4}' }]);
  await s.apply(changes([story('a', 0, '{"v":5}')]));
  assert.equal(await itemOf(s, 'a'), '{"v":5}');
  await s.close();
});
