import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCorpus, type CorpusInput } from '../pipeline/corpus/index.js';
import { SqliteStore } from '../pipeline/corpus/sqlite-store.js';
import { corpusFixture as fixture, corpusFixtures as fixtures, corpusInput as input, projectConfig } from './helpers.js';

const NOW = '2025-03-01T06:00:00.000Z';

/** The partition as sorted lists of ids. */
function partition(assignments: Map<string, { story: string }>): string[][] {
  const by = new Map<string, string[]>();
  for (const [id, a] of assignments) by.set(a.story, [...(by.get(a.story) ?? []), id]);
  return [...by.values()].map((ids) => ids.sort()).sort((x, y) => x[0].localeCompare(y[0]));
}

test('stories: two outlets on one event group together; look-alike events (two quakes, two rehab stays) stay apart', async () => {
  const cfg = await projectConfig();
  const r = await runCorpus(fixtures.map((f) => input(f.name, f)), new SqliteStore(':memory:'), cfg.corpus, NOW);
  assert.deepEqual(partition(r.assignments), [
    ['fire-ohio-wire'],
    ['fire-tennessee-wire'],
    ['quake-chile-local', 'quake-chile-wire'],
    ['quake-peru-local', 'quake-peru-wire'],
    ['rehab-hale-blog', 'rehab-hale-wire'],
    ['rehab-quinlan-mag', 'rehab-quinlan-wire'],
  ]);
});

test('stories: every member says why it joined, naming a member of the same story', async () => {
  const cfg = await projectConfig();
  const r = await runCorpus(fixtures.map((f) => input(f.name, f)), new SqliteStore(':memory:'), cfg.corpus, NOW);
  for (const [id, a] of r.assignments) {
    const notes = r.notes.filter((n) => n.id === id && n.ruleId.startsWith('story'));
    assert.equal(notes.length, 1, id);
    const n = notes[0];
    if (n.ruleId === 'story-join') assert.equal(r.assignments.get(n.cause!)!.story, a.story, `${id} joined through ${n.cause}`);
    else assert.match(n.reason, new RegExp(a.story));
  }
  assert.equal(r.notes.filter((n) => n.ruleId === 'story-new').length, 6, 'one founder per story');
});

test('stories: a shared distinctive quote ties a rewrite to its story; a short common phrase does not', async () => {
  const cfg = await projectConfig();
  const quote = 'We felt the floor lift and then everything started to swing, nobody wanted to go back inside';
  const rewrite: CorpusInput = {
    id: 'rewrite',
    headline: 'Night of fear in the mountains',
    body: `Vendors slept in the open after the shaking. "${quote}," one mother told reporters. Officials counted losses.`,
    date: null,
    quotes: [{ text: quote }],
  };
  const shortQuote: CorpusInput = { ...rewrite, id: 'short-quote', quotes: [{ text: 'no one has died' }] };
  const base = (q: { text: string }[]) => ({ ...input('peru', fixture('quake-peru-wire')), quotes: q });
  const tied = await runCorpus([base([{ text: quote }]), rewrite, input('chile', fixture('quake-chile-wire'))], new SqliteStore(':memory:'), cfg.corpus, NOW);
  assert.equal(tied.assignments.get('rewrite')!.story, tied.assignments.get('peru')!.story);
  assert.match(tied.notes.find((n) => n.id === 'rewrite')!.reason, /quote/);
  const apart = await runCorpus([base([{ text: 'no one has died' }]), shortQuote, input('chile', fixture('quake-chile-wire'))], new SqliteStore(':memory:'), cfg.corpus, NOW);
  assert.notEqual(apart.assignments.get('short-quote')!.story, apart.assignments.get('peru')!.story);
});

test('stories: reports far apart in time join only at far_similarity', async () => {
  const cfg = await projectConfig();
  // The other fixtures are the background that makes term weights meaningful.
  const background = fixtures.filter((f) => !f.name.startsWith('quake-peru')).map((f) => input(f.name, f));
  const pair = (d1: string | null, d2: string) => [input('a', fixture('quake-peru-wire'), d1), input('b', fixture('quake-peru-local'), d2), ...background];
  const story = (r: Awaited<ReturnType<typeof runCorpus>>) => (r.assignments.get('a')!.story === r.assignments.get('b')!.story ? 1 : 2);
  const strict = { ...cfg.corpus, stories: { ...cfg.corpus.stories, far_similarity: 1 } };
  assert.equal(story(await runCorpus(pair('2024-05-07', '2024-05-08'), new SqliteStore(':memory:'), strict, NOW)), 1, 'a day apart: one story');
  assert.equal(story(await runCorpus(pair('2022-05-07', '2024-05-08'), new SqliteStore(':memory:'), strict, NOW)), 2, 'two years apart: two stories');
  assert.equal(story(await runCorpus(pair(null, '2024-05-08'), new SqliteStore(':memory:'), strict, NOW)), 1, 'an undated report is not kept apart');
});
