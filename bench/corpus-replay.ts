// The corpus stages alone, replayed from the store of an earlier run: every stored article's features
// and item go through corpusStage again, into a fresh store, as one batch and then (optionally) a
// second batch from another store on top. Times and peak memory of the corpus stages only, without
// the per-article chain: for finding where the corpus stages' cost grows with the batch or history.
// Usage: node dist/bench/corpus-replay.js OUT.sqlite FIRST.sqlite [SECOND.sqlite]
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { loadConfig } from '../pipeline/registry.js';
import { corpusStage, type CorpusArticle } from '../pipeline/corpus/index.js';
import { SqliteStore } from '../pipeline/corpus/sqlite-store.js';
import type { ArticleItem } from '../pipeline/corpus/store.js';
import { describeStory } from '../pipeline/write/feeds.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [out, ...sources] = process.argv.slice(2);
const cfg = (await loadConfig(path.join(root, 'config'))).corpus;


async function batch(file: string): Promise<CorpusArticle[]> {
  const s = new SqliteStore(file);
  const ids = (new Database(file, { readonly: true }).prepare('SELECT id FROM articles ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  const arts = await s.articles(ids);
  const items = await s.items(ids);
  await s.close();
  return ids.map((id) => {
    const { story: _s, duplicate_of: _d, first_seen: _f, seq: _q, ...features } = arts.get(id)!;
    return { features, item: items.get(id) as ArticleItem };
  });
}

rmSync(out, { force: true });
const store = new SqliteStore(out);
let day = Date.parse('2026-01-01T00:00:00Z');
for (const src of sources) {
  const inputs = await batch(src);
  await store.clearStaged();
  for (let i = 0; i < inputs.length; i += 256) await store.stage(inputs.slice(i, i + 256).map((x) => x.item!));
  for (const x of inputs) delete x.item;
  const t = performance.now();
  const c0 = process.cpuUsage();
  const r = await corpusStage(inputs, store, cfg, new Date(day).toISOString(), describeStory);
  const c = process.cpuUsage(c0);
  console.log(`${path.basename(path.dirname(path.dirname(src)))}: ${inputs.length} articles, ${((performance.now() - t) / 1000).toFixed(1)} s wall, ${((c.user + c.system) / 1e6).toFixed(1)} s CPU, ${r.changed.length} stories changed, ${r.moved.size} moved, rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
  day += 864e5;
}
await store.close();
