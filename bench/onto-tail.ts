// The main process's part of a nightly run onto a stored history, without the article processes: the
// articles of NEW.sqlite (a run's store, their features and items as that run staged them) staged into
// a copy of BASE (an output folder), then the corpus stage, the records of earlier runs that moved,
// and the feeds, each part's CPU of this thread measured apart. Prints a digest of what came out
// (assignments, moves, changed stories, notes, feed files) so two builds can be checked for the same.
// The pipeline's code is BUILD's (a checkout with its own dist/; default this one), so two builds compare
// with one harness: alternate them, as ratios in one sitting.
// Usage: node dist/bench/onto-tail.js BASE NEW.sqlite WORK [NOW] [BUILD]
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import type * as Corpus from '../pipeline/corpus/index.js';
import type * as Sqlite from '../pipeline/corpus/sqlite-store.js';
import type * as Registry from '../pipeline/registry.js';
import type * as Feeds from '../pipeline/write/feeds.js';
import type * as Records from '../pipeline/write/records.js';
import type * as Slugs from '../pipeline/run/slug-state.js';
import type * as Compiler from '../pipeline/run/compiler.js';
import type * as Phases from '../pipeline/corpus/phases.js';

const [base, fresh, work, nowArg, buildArg] = process.argv.slice(2);
if (!base || !fresh || !work) throw new Error('usage: onto-tail.js BASE NEW.sqlite WORK [NOW] [BUILD]');
const root = path.resolve(buildArg ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '../..'));
const from = <T>(file: string): Promise<T> => import(pathToFileURL(path.join(root, 'dist/pipeline', file)).href) as Promise<T>;
const { corpusStage } = await from<typeof Corpus>('corpus/index.js');
type CorpusArticle = Corpus.CorpusArticle;
const { SqliteStore } = await from<typeof Sqlite>('corpus/sqlite-store.js');
const { loadConfig } = await from<typeof Registry>('registry.js');
const { feedFiles, describeStory } = await from<typeof Feeds>('write/feeds.js');
const { loadRecord, writeRecord } = await from<typeof Records>('write/records.js');
const { loadSlugs } = await from<typeof Slugs>('run/slug-state.js');
// Compiled as the run's own process compiles (pool.ts tunes it before its corpus stage).
(await from<typeof Compiler>('run/compiler.js')).tuneCompiler();
// TAIL_PHASES=1: the corpus stage's CPU between its phases (phases.ts) too.
const { onPhase } = await from<typeof Phases>('corpus/phases.js');
const config = await loadConfig(path.join(root, 'config'));
const now = nowArg ?? new Date().toISOString();

rmSync(work, { recursive: true, force: true });
// BASE '-': onto an empty output.
if (base === '-') mkdirSync(path.join(work, 'state'), { recursive: true });
else cpSync(base, work, { recursive: true });
const src = new SqliteStore(fresh);
const ids = (new Database(fresh, { readonly: true }).prepare('SELECT id FROM articles ORDER BY id').all() as { id: string }[]).map((r) => r.id);
const arts = await src.articles(ids);
const items = await src.items(ids);
await src.close();

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const spent: Record<string, number> = {};
const timed = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
  const t0 = cpu();
  const r = await f();
  spent[name] = (spent[name] ?? 0) + cpu() - t0;
  return r;
};

const store = await timed('open', async () => new SqliteStore(path.join(work, 'state', 'corpus.sqlite')));
await timed('stage', async () => {
  await store.clearStaged();
  await store.stage(ids.map((id) => items.get(id)!));
  await store.stageFeatures(ids.map((id) => {
    const { story: _s, duplicate_of: _d, first_seen: _f, seq: _q, ...features } = arts.get(id)!;
    return features;
  }));
});
const phases: string[] = [];
let mark = cpu();
if (process.env.TAIL_PHASES) onPhase((name) => {
  const t = cpu();
  phases.push(`${name} ${(t - mark).toFixed(2)}`);
  mark = t;
});
const corpus = await timed('corpus', async () => {
  mark = cpu();
  const articles: CorpusArticle[] = [];
  for (let i = 0; i < ids.length; i += 1000) {
    const slice = ids.slice(i, i + 1000);
    const features = await store.stagedFeatures(slice, { terms: false });
    for (const id of slice) articles.push({ features: features.get(id)!, staged: true });
  }
  return corpusStage(articles, store, config.corpus, now, describeStory);
});
// As the build's run layer moves them: through write/move-record.js where it has one.
const mover = await from<{ moveRecord?: (o: string, id: string, story: string, item: unknown) => Promise<unknown> }>('write/move-record.js').catch(() => ({ moveRecord: undefined }));
await timed('moved', async () => {
  const moved = [...corpus.moved].filter(([id]) => !corpus.assignments.has(id));
  for (let i = 0; i < moved.length; i += 32) {
    const slice = moved.slice(i, i + 32);
    const items = mover.moveRecord ? await store.items(slice.map(([id]) => id)) : null;
    for (const [id, story] of slice) {
      if (mover.moveRecord) await mover.moveRecord(work, id, story, items!.get(id));
      else {
        const { stored: r } = await loadRecord(work, id);
        if (r && r.record.story !== story) await writeRecord(work, { ...r.record, story }, r.body);
      }
    }
  }
});
const feedHash = createHash('sha256');
let files = 0;
await timed('feeds', async () => {
  const slugs = await loadSlugs(work);
  for await (const [rel, pieces] of feedFiles(store, corpus.changed, corpus.outlets, config.run.feeds, slugs, false)) {
    feedHash.update(rel + '\n');
    for await (const p of pieces) feedHash.update(p);
    files++;
  }
});
await timed('close', () => store.close());

// The records of earlier runs as they now stand (those moved are among them).
const recordHash = createHash('sha256');
for (const [id] of [...corpus.moved].sort()) recordHash.update(readFileSync(path.join(work, 'records', `${id}.md`)));
const digest = createHash('sha256')
  .update(JSON.stringify([...corpus.assignments].sort()))
  .update(JSON.stringify([...corpus.moved].sort()))
  .update(JSON.stringify([...corpus.changed].sort()))
  .update(JSON.stringify([...corpus.outlets].sort()))
  .update(JSON.stringify(corpus.notes))
  .digest('hex')
  .slice(0, 16);
if (phases.length) console.log(phases.join(', '));
const total = Object.values(spent).reduce((a, b) => a + b, 0);
console.log(
  `${Object.entries(spent).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}; total ${total.toFixed(2)} CPU-s | ${corpus.assignments.size} articles, ${corpus.changed.length} stories changed, ${corpus.moved.size} moved, ${files} feed files | corpus ${digest} feeds ${feedHash.digest('hex').slice(0, 16)} moved records ${recordHash.digest('hex').slice(0, 16)}`,
);
