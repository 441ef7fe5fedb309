// What the run's own process was made to do with less CPU, each against the form it replaced: new story ids
// asked of the store in slices (corpus/index.ts newStoryIds), an empty store's lookup of near fingerprints,
// the story items and renders staged a few hundred at a time, and outlet slugs with transliteration loaded on first use.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { lshLayout, newStoryIds, runCorpus } from '../pipeline/corpus/index.js';
import { features } from '../pipeline/corpus/features.js';
import { SqliteStore } from '../pipeline/corpus/sqlite-store.js';
import type { CorpusStore, StoredArticle, StoredStory } from '../pipeline/corpus/store.js';
import { baseSlug, OutletSlugs } from '../pipeline/write/slugs.js';
import { corpusInput as input, projectConfig } from './helpers.js';

const base = (id: string) => 'story-' + createHash('sha256').update(id).digest('hex').slice(0, 12);

/** The ids the replaced loop gave: one read of the store per candidate id. */
async function oneByOne(groups: StoredArticle[][], keeps: (string | null)[], store: Pick<CorpusStore, 'stories'>): Promise<string[]> {
  const ids = keeps.slice() as string[];
  const taken = new Set(keeps.filter(Boolean) as string[]);
  for (let g = 0; g < groups.length; g++) {
    if (ids[g]) continue;
    for (let n = 1; ; n++) {
      const id = n === 1 ? base(groups[g][0].id) : `${base(groups[g][0].id)}-${n}`;
      if (taken.has(id) || (await store.stories([id])).size) continue;
      ids[g] = id;
      taken.add(id);
      break;
    }
  }
  return ids;
}

/** A store that knows only which story ids exist, and counts its reads. */
function storiesOnly(stored: string[]) {
  const have = new Set(stored);
  const store = {
    reads: 0,
    async stories(ids: readonly string[]) {
      store.reads++;
      return new Map(ids.filter((id) => have.has(id)).map((id) => [id, { id } as StoredStory]));
    },
  };
  return store;
}

const group = (id: string) => [{ id } as StoredArticle];

/** A text of invented words of its own (seeded), so that no two are copies or one story. */
function inventedText(seed: number): string {
  let x = (seed + 1) * 2654435761;
  const next = () => ((x = Math.imul(x ^ (x >>> 15), 2246822519) >>> 0) % 9973) / 9973;
  const syllables = ['ka', 'lo', 'mi', 'ter', 'vun', 'sa', 'pre', 'dol', 'qui', 'zen', 'ar', 'bo'];
  const word = () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => syllables[Math.floor(next() * syllables.length)]).join('');
  const sentence = () => Array.from({ length: 8 + Math.floor(next() * 6) }, word).join(' ') + '.';
  return Array.from({ length: 3 }, () => Array.from({ length: 3 }, sentence).join(' ')).join('\n\n');
}

test('newStoryIds: the same ids as one read a candidate, in a read per slice when no first choice is stored', async () => {
  // reads: at most this many reads of the store (one for the first choices, one per suffixed id tried).
  const cases: { name: string; founders: string[]; keeps: (string | null)[]; stored: string[]; reads: number }[] = [
    { name: 'none stored', founders: ['a', 'b', 'c'], keeps: [null, null, null], stored: [], reads: 1 },
    { name: 'kept ids pass through', founders: ['a', 'b', 'c'], keeps: ['story-kept', null, 'story-other'], stored: ['story-kept', 'story-other'], reads: 1 },
    { name: 'a first choice stored takes -2', founders: ['a', 'b'], keeps: [null, null], stored: [base('a')], reads: 2 },
    { name: '-2 stored too takes -3', founders: ['a', 'b'], keeps: [null, null], stored: [base('a'), `${base('a')}-2`], reads: 3 },
    { name: 'a kept id equal to a first choice', founders: ['x', 'a'], keeps: [base('a'), null], stored: [], reads: 2 },
    { name: 'no groups', founders: [], keeps: [], stored: ['story-1'], reads: 0 },
  ];
  for (const c of cases) {
    const groups = c.founders.map(group);
    const [now, was] = [storiesOnly(c.stored), storiesOnly(c.stored)];
    assert.deepEqual(await newStoryIds(groups, c.keeps, now as unknown as CorpusStore), await oneByOne(groups, c.keeps, was), c.name);
    assert.ok(now.reads <= c.reads, `${c.name}: ${now.reads} reads`);
  }
  // Many groups: one read per thousand, not one each.
  const many = Array.from({ length: 2500 }, (_, i) => group(`f${i}`));
  const store = storiesOnly([]);
  await newStoryIds(many, many.map(() => null), store as unknown as CorpusStore);
  assert.equal(store.reads, 3);
});

test('fingerprintsNear: an empty store finds nothing, and still asks for its band layout first', async () => {
  const cfg = (await projectConfig()).corpus;
  const probe = features(input('e1', { headline: null, body: 'Invented words about a harbour crane and its night shift. '.repeat(8) }), cfg);
  const store = new SqliteStore(':memory:');
  await assert.rejects(store.fingerprintsNear(['e1'], [probe]), /no layout yet/);
  await store.index(lshLayout(cfg));
  assert.deepEqual(await store.fingerprintsNear(['e1'], [probe]), []);
  // Once stored, the same probe finds it.
  await runCorpus([input('e1', { headline: null, body: 'Invented words about a harbour crane and its night shift. '.repeat(8) })], store, cfg, '2026-01-02T00:00:00Z');
  assert.deepEqual((await store.fingerprintsNear(['e1'], [probe])).map((r) => r.id), ['e1']);
  await store.close();
});

test('corpus stage: story items and renders staged in batches give the same feed items as before', async () => {
  const cfg = (await projectConfig()).corpus;
  const { describeStory } = await import('../pipeline/write/feeds.js');
  // Enough stories for several describe slices; the items are what the store keeps per story.
  const inputs = Array.from({ length: 60 }, (_, i) => input(`s${String(i).padStart(2, '0')}`, { headline: `Invented headline ${i}`, body: inventedText(i) }));
  const store = new SqliteStore(':memory:');
  const r = await runCorpus(inputs, store, cfg, '2026-01-02T00:00:00Z', describeStory);
  assert.ok(r.changed.length > 1);
  const items = await store.storyItems(0, 1000);
  assert.equal(items.length, r.changed.length);
  for (const it of items) {
    const item = JSON.parse(it) as { id: string; content_html?: string };
    assert.match(item.id, /^story-/);
    assert.ok(item.content_html?.startsWith('<p>'));
  }
  // Renders of every described canonical are kept for later runs.
  const ids = inputs.map((x) => x.id);
  const { RENDER_VERSION } = await import('../pipeline/write/feed-item.js');
  assert.ok((await store.renders(ids, RENDER_VERSION)).size >= r.changed.length);
  await store.close();
});

test('OutletSlugs: transliteration loaded on first use gives the slugs it gave', () => {
  const cases: [string, string][] = [
    ['Новая газета', 'novaya-gazeta'],
    ['人民日报', 'ren-min-ri-bao'],
    ['The Daily Example', 'the-daily-example'],
    ['', 'outlet'],
    ['***', 'outlet'],
  ];
  for (const [name, want] of cases) assert.equal(baseSlug(name), want, name);
  const slugs = new OutletSlugs();
  assert.equal(slugs.slugFor('The Daily Example'), 'the-daily-example');
  assert.match(slugs.slugFor('the daily example'), /^the-daily-example-[0-9a-f]{6}$/);
});

test('outlet feeds: items made with the renders the store keeps are those made by rendering every body', async () => {
  const cfg = (await projectConfig()).corpus;
  const { buildFeeds, describeStory } = await import('../pipeline/write/feeds.js');
  const bodies = [
    'Plain invented paragraph about a ferry timetable.\n\nA second paragraph & more.',
    'An *emphasised* invented line with `code` and <b onclick="x">bold</b>.\n\n- a list\n- of items',
    '# A heading\n\nText after it, with a [link](https://example.com) and &amp; an entity.',
    '\n\n   \n\nOnly blank paragraphs before this invented one.',
  ];
  const inputs = Array.from({ length: 24 }, (_, i) => ({
    ...input(`o${String(i).padStart(2, '0')}`, { headline: i % 3 ? `Invented outlet headline ${i}` : null, body: `${bodies[i % bodies.length]}\n\nInvented detail ${i} on matter ${i % 5}.` }),
    outlet: i % 2 ? 'Example Outlet' : 'Other Example',
  }));
  const store = new SqliteStore(':memory:');
  const r = await runCorpus(inputs, store, cfg, '2026-01-02T00:00:00Z', describeStory);
  const outlets = new Set(['Example Outlet', 'Other Example']);
  const opts = { title: 'Invented feeds', page_size: 100 };
  // Some articles have a kept render (their story's canonical), some not.
  const kept = await store.renders(inputs.map((x) => x.id), (await import('../pipeline/write/feed-item.js')).RENDER_VERSION);
  assert.ok(kept.size > 0 && kept.size < inputs.length, `${kept.size} kept`);
  const withRenders = await buildFeeds(store, r.changed, outlets, opts);
  // The same store with no render kept: every body rendered anew.
  const bare = Object.create(store) as SqliteStore;
  bare.renders = async () => new Map();
  const rendered = await buildFeeds(bare, r.changed, outlets, opts);
  assert.deepEqual(Object.keys(withRenders).sort(), Object.keys(rendered).sort());
  assert.ok(Object.keys(rendered).filter((k) => k.startsWith('outlets/')).length === 2);
  for (const k of Object.keys(rendered)) assert.equal(withRenders[k], rendered[k], k);
  await store.close();
});
