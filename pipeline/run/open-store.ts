// Opens the corpus store under output/state/ for a run (the corpus engineer's; kept apart from run.ts).
// A state of an earlier version (state/corpus.jsonl) is moved into the store once, its feed items
// made from the records on disk, and the old file is renamed `corpus.jsonl.migrated`.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { migrateJsonl } from '../corpus/migrate-jsonl.js';
import { SqliteStore, StoreError } from '../corpus/sqlite-store.js';
import type { ArticleItem } from '../corpus/store.js';
import { inside } from '../write/atomic.js';
import { describeStory } from '../write/feeds.js';
import { readRecords } from '../write/records.js';

export class StateError extends Error {}

export async function openStore(output: string, now: string): Promise<SqliteStore> {
  await mkdir(inside(output, 'state'), { recursive: true });
  const file = inside(output, 'state', 'corpus.sqlite');
  const jsonl = inside(output, 'state', 'corpus.jsonl');
  const fresh = !existsSync(file);
  let store: SqliteStore;
  try {
    store = new SqliteStore(file);
  } catch (e) {
    throw new StateError(`${(e as StoreError).message}; move it away to start the corpus afresh`);
  }
  if (fresh && existsSync(jsonl)) {
    const { records } = await readRecords(output);
    const items = new Map<string, ArticleItem>(
      [...records].map(([id, { record: { story: _s, duplicate_of: _d, ...fields }, body }]) => [id, { ...fields, body }]),
    );
    try {
      await migrateJsonl(await readFile(jsonl, 'utf8'), items, store, describeStory, now);
    } catch (e) {
      await store.close();
      throw new StateError(`the state file ${jsonl} is unreadable (${(e as Error).message}); move it away to start the corpus afresh`);
    }
    await rename(jsonl, jsonl + '.migrated');
  }
  return store;
}
