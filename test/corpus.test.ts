import assert from 'node:assert/strict';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { perturb } from './perturb.js';
import { runCorpus } from '../pipeline/corpus/index.js';
import { parseJsonl } from '../pipeline/corpus/migrate-jsonl.js';
import { SqliteStore } from '../pipeline/corpus/sqlite-store.js';
import { run } from '../pipeline/run/run.js';
import { corpusFixture as fixture, corpusFixtures as fixtures, corpusInput as input, fixturePath, projectConfig, tempDir } from './helpers.js';

const DAY1 = '2025-03-01T06:00:00.000Z';
const DAY2 = '2025-03-02T06:00:00.000Z';
const DAY3 = '2025-03-03T06:00:00.000Z';
const all = () => fixtures.map((f) => input(f.name, f));

test('corpus: running twice over the same input changes no assignment and no byte of state', async () => {
  const cfg = await projectConfig();
  const file = path.join(tempDir('copydesk-store-'), 'corpus.sqlite');
  const s1 = new SqliteStore(file);
  const r1 = await runCorpus(all(), s1, cfg.corpus, DAY1);
  await s1.close();
  const bytes1 = readFileSync(file);
  const s2 = new SqliteStore(file);
  const r2 = await runCorpus(all(), s2, cfg.corpus, DAY2);
  await s2.close();
  assert.deepEqual(r2.assignments, r1.assignments);
  assert.deepEqual(r2.changed, [], 'no story item is made anew');
  assert.ok(readFileSync(file).equals(bytes1), 'the store file is byte-identical');
  assert.equal(r2.moved.size, 0);
});

test('corpus: a later run adds its articles to the stories of earlier runs and keeps every id', async () => {
  const cfg = await projectConfig();
  const first = ['fire-ohio-wire', 'quake-chile-wire', 'quake-peru-wire', 'rehab-hale-wire', 'rehab-quinlan-wire'];
  const store = new SqliteStore(':memory:');
  const r1 = await runCorpus(all().filter((x) => first.includes(x.id)), store, cfg.corpus, DAY1);
  const later = all().filter((x) => !first.includes(x.id));
  const copy = input('ohio-repost', { headline: null, body: perturb(fixture('fire-ohio-wire').text, 'reposted', 7) });
  const r2 = await runCorpus([...later, copy], store, cfg.corpus, DAY2);
  const story = (id: string) => r2.assignments.get(id)?.story ?? r1.assignments.get(id)!.story;
  for (const [a, b] of [['quake-peru-local', 'quake-peru-wire'], ['quake-chile-local', 'quake-chile-wire'], ['rehab-quinlan-mag', 'rehab-quinlan-wire'], ['rehab-hale-blog', 'rehab-hale-wire']])
    assert.equal(story(a), r1.assignments.get(b)!.story, `${a} joins the story of ${b}`);
  assert.ok(![...r1.assignments.values()].some((a) => a.story === story('fire-tennessee-wire')), 'a new event founds a new story');
  assert.deepEqual(r2.assignments.get('ohio-repost'), { story: r1.assignments.get('fire-ohio-wire')!.story, duplicate_of: 'fire-ohio-wire' });
  assert.equal(r2.moved.size, 0, 'no article of the first run changed story');
});

test('corpus: when two stories merge, the older id survives and the other is retired, never reused', async () => {
  const cfg = await projectConfig();
  const strict = { ...cfg.corpus, stories: { ...cfg.corpus.stories, similarity: 1, attach_similarity: 1, quote_similarity: 1 } };
  const store = new SqliteStore(':memory:');
  const others = ['quake-peru-local', 'quake-chile-local', 'rehab-quinlan-mag', 'rehab-hale-blog'];
  const r1 = await runCorpus(all().filter((x) => !others.includes(x.id)), store, strict, DAY1);
  const r2 = await runCorpus([input('quake-peru-local', fixture('quake-peru-local'))], store, strict, DAY2);
  const older = r1.assignments.get('quake-peru-wire')!.story;
  const younger = r2.assignments.get('quake-peru-local')!.story;
  assert.notEqual(older, younger);
  // The default settings see one story: the merge keeps the id founded first.
  const r3 = await runCorpus([], store, cfg.corpus, DAY3);
  assert.deepEqual([...r3.moved], [['quake-peru-local', older]]);
  assert.equal((await store.articles(['quake-peru-local'])).get('quake-peru-local')!.story, older);
  const retired = (await store.stories([younger])).get(younger)!;
  assert.equal(retired.status, 'merged');
  assert.equal(retired.merged_into, older);
  assert.deepEqual((await store.stories([older])).get(older)!.absorbed, [younger]);
  assert.deepEqual((await store.members([older])).map((a) => a.id).sort(), ['quake-peru-local', 'quake-peru-wire']);
  assert.deepEqual(r3.changed.sort(), [older, younger].sort(), 'the survivor and the tombstone get new items');
  const r4 = await runCorpus([input('late', { headline: 'Unrelated', body: 'A choir sang in the town hall on Friday evening before a small crowd of neighbours and friends.' })], store, cfg.corpus, DAY3);
  assert.ok(![older, younger].includes(r4.assignments.get('late')!.story));
});

test('corpus: an old state file of another version is refused, naming the line', () => {
  assert.throws(() => parseJsonl('{"state":"copydesk-corpus","version":1}\n'), /line 1/);
  assert.throws(() => parseJsonl('{"state":"copydesk-corpus","version":2}\nnot json\n'), /line 2/);
});

test('corpus: the whole pipeline run twice changes no byte of records, feeds or state; a new dump keeps old ids', async () => {
  const config = await projectConfig();
  const work = tempDir('copydesk-corpus-');
  try {
    const inDir = path.join(work, 'in');
    const outDir = path.join(work, 'out');
    cpSync(fixturePath('corpus', 'articles'), inDir, { recursive: true });
    rmSync(path.join(inDir, 'quake-chile-local.txt'));
    const snapshot = () => {
      const files = new Map<string, string>();
      const walk = (d: string) => {
        for (const e of readdirSync(d, { withFileTypes: true })) {
          const p = path.join(d, e.name);
          if (e.isDirectory()) walk(p);
          else if (!['report.json', 'report.html', 'report-inputs.jsonl'].includes(e.name)) files.set(path.relative(outDir, p), readFileSync(p, 'utf8'));
        }
      };
      walk(outDir);
      return files;
    };
    const opts = { config, input: inDir, output: outDir, concurrency: 2 };
    await run({ ...opts, now: () => new Date(DAY1) });
    const once = snapshot();
    await run({ ...opts, now: () => new Date(DAY2) });
    assert.deepEqual(snapshot(), once);

    writeFileSync(path.join(inDir, 'quake-chile-local.txt'), fixture('quake-chile-local').text);
    await run({ ...opts, now: () => new Date(DAY3) });
    const after = snapshot();
    for (const [file, text] of once) if (file.startsWith('records')) assert.equal(after.get(file), text, `${file} unchanged`);
    const feed = JSON.parse(after.get(path.join('feeds', 'all.json'))!) as { items: { id: string; date_modified?: string; _copydesk: { versions: unknown[] } }[] };
    const grown = feed.items.filter((i) => i.date_modified);
    assert.equal(grown.length, 1, 'only the story that gained an article is re-emitted');
    assert.equal(grown[0].date_modified, DAY3);
    assert.equal(grown[0]._copydesk.versions.length, 2);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('corpus: a story quiet for longer than active_days is closed; a later report founds a new story', async () => {
  const cfg = await projectConfig();
  const first = all().filter((x) => !['quake-peru-local', 'quake-chile-local', 'rehab-quinlan-mag', 'rehab-hale-blog'].includes(x.id));
  const later = input('quake-peru-local', fixture('quake-peru-local'));
  const outcome = async (when: string) => {
    const store = new SqliteStore(':memory:');
    const r1 = await runCorpus(first, store, cfg.corpus, DAY1);
    const r2 = await runCorpus([later], store, cfg.corpus, when);
    return r2.assignments.get('quake-peru-local')!.story === r1.assignments.get('quake-peru-wire')!.story;
  };
  assert.equal(await outcome(DAY2), true, 'next day: joins');
  assert.equal(await outcome(new Date(Date.parse(DAY1) + (cfg.corpus.stories.active_days + 1) * 864e5).toISOString()), false, 'after the window: a new story');
});

test('corpus: articles of closed stories keep only their duplicate fingerprints in the state', async () => {
  const cfg = await projectConfig();
  const store = new SqliteStore(':memory:');
  await runCorpus([input('quake-peru-wire', fixture('quake-peru-wire'))], store, cfg.corpus, DAY1);
  const terms = async () => (await store.articles(['quake-peru-wire'])).get('quake-peru-wire')!.terms;
  assert.ok((await terms())!.ids.length > 0);
  const later = new Date(Date.parse(DAY1) + (cfg.corpus.stories.active_days + 1) * 864e5).toISOString();
  const r = await runCorpus([input('copy', { headline: null, body: perturb(fixture('quake-peru-wire').text, 'edited', 3) })], store, cfg.corpus, later);
  assert.equal(await terms(), null);
  assert.equal(r.assignments.get('copy')!.duplicate_of, 'quake-peru-wire', 'an archived article still catches its copies');
  assert.equal(r.assignments.get('copy')!.story, (await store.articles(['quake-peru-wire'])).get('quake-peru-wire')!.story);
});

test('corpus: an edited article alone in its story keeps that story, and its story stays live', async () => {
  const cfg = await projectConfig();
  const store = new SqliteStore(':memory:');
  const r1 = await runCorpus([input('quake-peru-wire', fixture('quake-peru-wire'))], store, cfg.corpus, DAY1);
  const before = r1.assignments.get('quake-peru-wire')!.story;
  // The same dump again with a correction: another text under the same id, decided anew.
  const edited = { ...fixture('quake-peru-wire'), body: `${fixture('quake-peru-wire').body}\n\nCorrection: an earlier version misstated the depth of the quake.` };
  const r2 = await runCorpus([input('quake-peru-wire', edited)], store, cfg.corpus, DAY2);
  assert.equal(r2.assignments.get('quake-peru-wire')!.story, before);
  assert.equal((await store.stories([before])).get(before)!.status, 'live');
});
