// Stories across nightly runs, as the CMS sees them: a merge keeps the older id and lists the one it
// absorbed, the absorbed id stays as a tombstone, everything that changed is in changes.json with
// date_modified, an unchanged rerun changes nothing; pages stay bounded; arrival order does not
// change the stories; an old JSONL state moves into the store.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import { corpusArticle, runCorpus } from '../pipeline/corpus/index.js';
import { migrateJsonl } from '../pipeline/corpus/migrate-jsonl.js';
import { SqliteStore } from '../pipeline/corpus/sqlite-store.js';
import { buildFeeds, describeStory, type FeedFiles } from '../pipeline/write/feeds.js';
import { corpusFixture as fixture, corpusFixtures as fixtures, corpusInput as input, projectConfig } from './helpers.js';

const require = createRequire(import.meta.url);
const Ajv = AjvModule as unknown as typeof AjvModule.default;
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateFeed = ajv.compile(require('jsonfeed-schema/schema-v1.1.json'));

const DAY1 = '2025-03-01T06:00:00.000Z';
const DAY2 = '2025-03-02T06:00:00.000Z';
const DAY3 = '2025-03-03T06:00:00.000Z';
const all = () => fixtures.map((f) => input(f.name, f));
const feedOpts = { title: 'Test', feed_url_base: 'https://cms.example/feeds/' };

interface Item {
  id: string;
  title: string;
  date_modified?: string;
  _copydesk: { status: string; absorbed?: string[]; merged_into?: string; split_from?: string; versions?: { id: string }[] };
}
const items = (files: FeedFiles, name: string) => (JSON.parse(files[name]) as { items: Item[] }).items;

function valid(files: FeedFiles) {
  for (const [name, text] of Object.entries(files)) assert.equal(validateFeed(JSON.parse(text)), true, `${name}: ${JSON.stringify(validateFeed.errors)}`);
}

test('story changes: a merge keeps the older id, retires the other as a tombstone, and both reach changes.json', async () => {
  const cfg = await projectConfig();
  const strict = { ...cfg.corpus, stories: { ...cfg.corpus.stories, similarity: 1, attach_similarity: 1, quote_similarity: 1 } };
  const store = new SqliteStore(':memory:');
  const others = ['quake-peru-local', 'quake-chile-local', 'rehab-quinlan-mag', 'rehab-hale-blog'];
  const r1 = await runCorpus(all().filter((x) => !others.includes(x.id)), store, strict, DAY1, describeStory);
  const r2 = await runCorpus([input('quake-peru-local', fixture('quake-peru-local'))], store, strict, DAY2, describeStory);
  const older = r1.assignments.get('quake-peru-wire')!.story;
  const younger = r2.assignments.get('quake-peru-local')!.story;
  assert.notEqual(older, younger);
  const f2 = await buildFeeds(store, r2.changed, r2.outlets, feedOpts);
  assert.deepEqual(items(f2, 'changes.json').map((i) => i.id), [younger]);

  // The default settings see one story.
  const r3 = await runCorpus([], store, cfg.corpus, DAY3, describeStory);
  const f3 = await buildFeeds(store, r3.changed, r3.outlets, feedOpts);
  valid(f3);
  const changes = items(f3, 'changes.json');
  assert.deepEqual(changes.map((i) => i.id).sort(), [older, younger].sort());
  for (const i of changes) assert.equal(i.date_modified, DAY3, `${i.id} carries the run's date_modified`);
  const survivor = items(f3, 'all.json').find((i) => i.id === older)!;
  assert.deepEqual(survivor._copydesk.absorbed, [younger]);
  assert.deepEqual(survivor._copydesk.versions!.map((v) => v.id).sort(), ['quake-peru-local', 'quake-peru-wire']);
  const tomb = items(f3, 'all.json').find((i) => i.id === younger)!;
  assert.deepEqual({ status: tomb._copydesk.status, merged_into: tomb._copydesk.merged_into }, { status: 'merged', merged_into: older });
  assert.match(tomb.title, new RegExp(older));

  // An unchanged rerun: no story item made anew, no changes.json written, all.json the same bytes.
  const seen = all().filter((x) => !others.includes(x.id) || x.id === 'quake-peru-local');
  const r4 = await runCorpus(seen, store, cfg.corpus, DAY3, describeStory);
  assert.deepEqual(r4.changed, []);
  assert.equal(r4.moved.size, 0);
  const f4 = await buildFeeds(store, r4.changed, r4.outlets, feedOpts);
  assert.equal(f4['changes.json'], undefined);
  assert.equal(f4['all.json'], f3['all.json']);
});

test('story changes: all.json holds the newest page_size stories and links older pages; every story is on one page', async () => {
  const cfg = await projectConfig();
  const store = new SqliteStore(':memory:');
  const r = await runCorpus(all(), store, cfg.corpus, DAY1, describeStory);
  const files = await buildFeeds(store, r.changed, r.outlets, { ...feedOpts, page_size: 2 });
  valid(files);
  const stories = new Set([...r.assignments.values()].map((a) => a.story));
  assert.equal(items(files, 'all.json').length, 2);
  const pages = Object.keys(files).filter((f) => f.startsWith('all/'));
  assert.deepEqual(pages.sort(), ['all/page-0.json', 'all/page-1.json', 'all/page-2.json']);
  assert.deepEqual(new Set(pages.flatMap((p) => items(files, p).map((i) => i.id))), stories);
  const first = JSON.parse(files['all.json']) as { next_url?: string; _copydesk?: { next: string } };
  assert.equal(first._copydesk!.next, 'all/page-1.json');
  assert.equal(first.next_url, 'https://cms.example/feeds/all/page-1.json');
  assert.equal((JSON.parse(files['all/page-0.json']) as { next_url?: string }).next_url, undefined, 'the oldest page links nothing');
});

test('story changes: the same articles in five nightly runs, in any order, give the stories of one run', async () => {
  const cfg = await projectConfig();
  const partition = (a: Map<string, { story: string }>) => {
    const by = new Map<string, string[]>();
    for (const [id, x] of a) by.set(x.story, [...(by.get(x.story) ?? []), id]);
    return [...by.values()].map((ids) => ids.sort().join(' ')).sort();
  };
  const once = await runCorpus(all(), new SqliteStore(':memory:'), cfg.corpus, DAY1);
  for (const order of [all(), all().reverse(), [...all().filter((_, i) => i % 2), ...all().filter((_, i) => i % 2 === 0)]]) {
    const store = new SqliteStore(':memory:');
    const assigned = new Map<string, { story: string }>();
    for (let n = 0; n < 5; n++) {
      const r = await runCorpus(order.filter((_, i) => i % 5 === n), store, cfg.corpus, new Date(Date.parse(DAY1) + n * 864e5).toISOString());
      for (const [id, a] of r.assignments) assigned.set(id, a);
      for (const [id, s] of r.moved) assigned.set(id, { story: s });
    }
    assert.deepEqual(partition(assigned), partition(once.assignments));
  }
});

test('story changes: a state of the JSONL version moves into the store with its ids and verdicts', async () => {
  const cfg = await projectConfig();
  const arts = all().map((x) => corpusArticle(x, cfg.corpus));
  const b64 = (a: Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
  const termsOf = (x: (typeof arts)[number]) => Object.fromEntries(Array.from(x.features.terms!.ids, (id, i) => [`t${id}`, x.features.terms!.counts[i]]));
  const story = (id: string) => (id.startsWith('quake-peru') ? 'story-peru' : `story-${id}`);
  const lines = [
    JSON.stringify({ state: 'copydesk-corpus', version: 2 }),
    JSON.stringify({ story: { id: 'story-gone', members: [], created: DAY1, item_hash: '', date_modified: null, merged_into: 'story-peru' } }),
    ...[...new Set(arts.map((x) => story(x.features.id)))].map((id) => JSON.stringify({ story: { id, members: [], created: DAY1, item_hash: 'x', date_modified: null } })),
    ...arts.map((x) =>
      JSON.stringify({
        article: {
          id: x.features.id, textHash: x.features.textHash, signature: b64(x.features.signature), shingles: x.features.shingles, headline: [...x.features.headline],
          terms: termsOf(x), quotes: [], date: null, story: story(x.features.id), duplicate_of: null, first_seen: DAY1,
        },
      }),
    ),
  ];
  const store = new SqliteStore(':memory:');
  const counts = await migrateJsonl(lines.join('\n') + '\n', new Map(arts.map((x) => [x.features.id, x.item!])), store, describeStory, DAY2);
  assert.deepEqual(counts, { articles: arts.length, stories: 10 });
  const r = await runCorpus(all(), store, cfg.corpus, DAY2, describeStory);
  assert.deepEqual(r.changed, [], 'the migrated articles are known: nothing to redo');
  assert.equal(r.assignments.get('quake-peru-local')!.story, 'story-peru');
  const gone = (await store.stories(['story-gone'])).get('story-gone')!;
  assert.deepEqual([gone.status, gone.merged_into], ['merged', 'story-peru']);
  assert.deepEqual((await store.stories(['story-peru'])).get('story-peru')!.absorbed, ['story-gone']);
});

test('story changes: a change of the fingerprint settings is detected and stored fingerprints are made anew', async () => {
  const cfg = await projectConfig();
  const store = new SqliteStore(':memory:');
  await runCorpus(all(), store, cfg.corpus, DAY1);
  const other = { ...cfg.corpus, dedupe: { ...cfg.corpus.dedupe, shingle: cfg.corpus.dedupe.shingle + 1 } };
  const copy = input('peru-copy', { headline: null, body: fixture('quake-peru-wire').body + '\n\nShare this article' });
  const r = await runCorpus([copy], store, other, DAY2);
  assert.ok(r.notes.some((n) => n.ruleId === 'settings-changed'), 'the change is reported');
  assert.equal(r.assignments.get('peru-copy')!.duplicate_of, 'quake-peru-wire', 'old and new fingerprints compare');
});

test('story changes: each feed file is JSON.stringify(feed, null, 2) and a newline, made an item at a time', async () => {
  const cfg = await projectConfig();
  const store = new SqliteStore(':memory:');
  // Two invented outlets, so outlet feeds are written too.
  const r = await runCorpus(all().map((x, i) => ({ ...x, outlet: i % 2 ? 'Harbour Evening Post' : 'Valley Courier' })), store, cfg.corpus, DAY1, describeStory);
  const files = await buildFeeds(store, r.changed, r.outlets, { ...feedOpts, page_size: 2 });
  assert.equal(Object.keys(files).filter((f) => f.startsWith('outlets/')).length, 2);
  for (const [name, text] of Object.entries(files)) assert.equal(text, JSON.stringify(JSON.parse(text), null, 2) + '\n', name);
  const { feedFiles } = await import('../pipeline/write/feeds.js');
  for await (const [name, pieces] of feedFiles(store, r.changed, r.outlets, { ...feedOpts, page_size: 2 })) {
    const parts: string[] = [];
    for await (const p of pieces) parts.push(p);
    const n = (JSON.parse(files[name]) as { items: unknown[] }).items.length;
    // The opening with the first item, one piece per further item, the close, the newline.
    assert.equal(parts.length, n ? n + 2 : 2, name);
    assert.equal(parts.join(''), files[name]);
  }
});
