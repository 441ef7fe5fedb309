// Which changes of the story settings re-group the open stories: those that change the groups, not those
// that change what a run holds (spill_links) or keeps open (active_days). A store written when spill_links
// was stored with the grouping settings is read as the same grouping.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCorpus } from '../pipeline/corpus/index.js';
import { featureSettings, sameGrouping } from '../pipeline/corpus/features.js';
import { SqliteStore } from '../pipeline/corpus/sqlite-store.js';
import { corpusFixtures as fixtures, corpusInput as input, projectConfig } from './helpers.js';

const DAY1 = '2025-03-01T06:00:00.000Z';
const DAY2 = '2025-03-02T06:00:00.000Z';

test('grouping settings: the same groups whatever spill_links, active_days or key order say; another bar is another grouping', async () => {
  const cfg = (await projectConfig()).corpus;
  const now = featureSettings(cfg).grouping;
  const s = JSON.parse(now) as Record<string, unknown>;
  const cases: [string, Record<string, unknown> | string, boolean][] = [
    ['as written now', s, true],
    ['with spill_links, as stored by the version that added it', { ...s, spill_links: 4_000_000 }, true],
    ['another spill_links', { ...s, spill_links: 12 }, true],
    ['another active_days', { ...s, active_days: 3 }, true],
    ['keys in another order', Object.fromEntries(Object.entries(s).reverse()), true],
    // Negatives.
    ['another similarity bar', { ...s, similarity: (s.similarity as number) + 0.1 }, false],
    ['a grouping key missing', { ...s, max_links: undefined }, false],
    ['a key of a later version', { ...s, new_bar: 1 }, false],
    ['not JSON', '{"similarity":', false],
  ];
  for (const [name, previous, same] of cases) assert.equal(sameGrouping(typeof previous === 'string' ? previous : JSON.stringify(previous), now), same, name);
});

test('grouping settings: a run after a change of spill_links re-groups nothing; after a change of a bar it says it re-groups', async () => {
  const cfg = (await projectConfig()).corpus;
  const articles = fixtures.map((f) => input(f.name, f));
  const store = new SqliteStore(':memory:');
  await runCorpus(articles.slice(0, -1), store, cfg, DAY1);
  const last = articles.slice(-1);
  const spill = await runCorpus(last, store, { ...cfg, stories: { ...cfg.stories, spill_links: 3 } }, DAY2);
  assert.ok(!spill.notes.some((n) => n.ruleId === 'settings-changed'), 'spill_links is no grouping setting');
  const bar = await runCorpus([], store, { ...cfg, stories: { ...cfg.stories, spill_links: 3, similarity: cfg.stories.similarity + 0.05 } }, DAY2);
  assert.ok(bar.notes.some((n) => n.ruleId === 'settings-changed' && /grouping/.test(n.reason)), 'a change of a bar is reported');
  await store.close();
});
