// The SQLite corpus store's own contracts: staged story items, kept renders, the schema's migrations.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { runCorpus, type ArticleRenders, type DescribeStory, type StoryMember } from '../pipeline/corpus/index.js';
import { SCHEMA, SCHEMA_VERSION, SqliteStore } from '../pipeline/corpus/sqlite-store.js';
import type { ChangeSet, StoredStory } from '../pipeline/corpus/store.js';
import { describeStory } from '../pipeline/write/feeds.js';
import { corpusFixture, corpusFixtures, corpusInput, projectConfig, tempDir } from './helpers.js';

const WHEN = '2025-03-01T06:00:00.000Z';
const DAY2 = '2025-03-02T06:00:00.000Z';
const DAY3 = '2025-03-03T06:00:00.000Z';
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

test('store: stories without their items give every other field the same, and the item as empty', async () => {
  const s = new SqliteStore(':memory:');
  await s.apply(changes([{ ...story('a', 0, '{"v":1}'), absorbed: ['x', 'y'], merged_into: null, split_from: 'z' }, story('b', 1, '{"v":2}')]));
  const whole = await s.stories(['a', 'b', 'gone']);
  const bare = await s.stories(['a', 'b', 'gone'], { items: false });
  assert.deepEqual([...bare.keys()].sort(), ['a', 'b'], 'absent ids left out either way');
  for (const id of ['a', 'b']) assert.deepEqual(bare.get(id), { ...whole.get(id)!, item: '' });
  assert.deepEqual(bare.get('a')!.absorbed, ['x', 'y']);
  await s.close();
});

test('store: a store of schema 1 is lifted to the current schema, its rows kept, and renders work after', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'corpus.sqlite');
  const old = new Database(file);
  old.exec(SCHEMA[0]);
  old.prepare("INSERT INTO meta (key, value) VALUES ('schema', '1')").run();
  old.prepare(
    "INSERT INTO stories (id, seq, created, last_seen, status, merged_into, absorbed, split_from, item, item_hash, date_modified, changed) VALUES ('s', 0, ?, ?, 'live', NULL, '[]', NULL, '{\"v\":1}', 'h', NULL, ?)",
  ).run(WHEN, WHEN, WHEN);
  old.close();
  const s = new SqliteStore(file);
  assert.equal(await itemOf(s, 's'), '{"v":1}');
  assert.deepEqual([...(await s.renders(['a'], 'v1'))], []);
  await s.stageRenders('v1', [{ id: 'a', rendered: 'r' }]);
  await s.apply(changes([]));
  assert.deepEqual([...(await s.renders(['a'], 'v1'))], [['a', 'r']]);
  assert.deepEqual([...(await s.renders(['a'], 'v2'))], [], 'another version is no render');
  await s.close();
  const check = new Database(file, { readonly: true });
  assert.equal((check.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value: string }).value, String(SCHEMA_VERSION));
  assert.equal(SCHEMA_VERSION, 3);
  check.close();
  // Opening again runs no step twice.
  await new SqliteStore(file).close();
  rmSync(dir, { recursive: true, force: true });
});

test('store: renders are kept for unchanged articles only; feed items equal those rendered afresh', async () => {
  const cfg = await projectConfig();
  const made: string[] = [];
  const cached: DescribeStory = Object.assign(
    (st: StoredStory, ms: StoryMember[], r?: ArticleRenders) => describeStory(st, ms, r && { get: r.get, put: (id: string, x: string) => (made.push(id), r.put(id, x)) }),
    { renderVersion: describeStory.renderVersion },
  );
  const afresh: DescribeStory = (st, ms) => describeStory(st, ms);
  const [a, b] = [new SqliteStore(':memory:'), new SqliteStore(':memory:')];
  const all = corpusFixtures.map((f) => corpusInput(f.name, f));
  const latecomer = 'quake-peru-local';
  const day1 = all.filter((x) => x.id !== latecomer);
  const items = async (s: SqliteStore) => [...(await s.stories((await s.storyItems(0, 1e9)).map((i) => (JSON.parse(i) as { id: string }).id))).values()].map((x) => x.item).sort();
  const r1 = await runCorpus(day1, a, cfg.corpus, WHEN, cached);
  await runCorpus(day1, b, cfg.corpus, WHEN, afresh);
  assert.equal(made.length, new Set([...r1.assignments.values()].map((x) => x.story)).size, 'first run: one render a story (its canonical)');
  assert.deepEqual(await items(a), await items(b));
  // A newcomer joins a story: that story's canonical is not rendered again, unless the newcomer is it.
  made.length = 0;
  const r2 = await runCorpus([corpusInput(latecomer, corpusFixture(latecomer))], a, cfg.corpus, DAY2, cached);
  await runCorpus([corpusInput(latecomer, corpusFixture(latecomer))], b, cfg.corpus, DAY2, afresh);
  assert.ok(r2.changed.length >= 1);
  assert.ok(made.every((id) => id === latecomer), `renders made: ${made}`);
  assert.deepEqual(await items(a), await items(b));
  // A canonical article with a new text is rendered anew, never served its old render.
  const story = JSON.parse((await a.stories([r2.assignments.get(latecomer)!.story])).get(r2.assignments.get(latecomer)!.story)!.item) as { _copydesk: { canonical: string } };
  const canon = story._copydesk.canonical;
  const edited = { ...corpusInput(canon, corpusFixture(canon)), body: corpusFixture(canon).body + '\n\nA closing line the desk added later about the road reopening.' };
  made.length = 0;
  await runCorpus([edited], a, cfg.corpus, DAY3, cached);
  await runCorpus([edited], b, cfg.corpus, DAY3, afresh);
  assert.deepEqual(made, [canon]);
  assert.deepEqual(await items(a), await items(b));
  assert.match((await items(a)).join('\n'), /road reopening/);
});
