// The feed writers' memory as a first run pays it, replayed on a finished run's output: every story
// counts as changed and every outlet as touched (as in the run that filled the store), and feedFiles()
// writes all.json, every all/ page, changes.json with its pages and the outlet feeds into OUT/feeds,
// with the run's own slug map. The 1M run sampled 4.8 GB once while its feeds were written (under a
// 6,000 MB heap limit); this says what that step holds under node's own limit, without the 2-hour run.
// Prints the files and bytes written, CPU, wall, and max RSS; `--sample S` also prints RSS every S seconds.
// Usage: node dist/bench/feeds-memory.js OUT RUN_OUTPUT [--sample S]   (RUN_OUTPUT/state/corpus.sqlite is only read)
import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { loadConfig } from '../pipeline/registry.js';
import { SqliteStore } from '../pipeline/corpus/sqlite-store.js';
import { feedFiles } from '../pipeline/write/feeds.js';
import { inside, writeAtomicPieces } from '../pipeline/write/atomic.js';
import { loadSlugs } from '../pipeline/run/slug-state.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const sample = args.includes('--sample') ? Number(args[args.indexOf('--sample') + 1]) : 0;
const [out, run] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--sample');
const file = path.join(run, 'state', 'corpus.sqlite');
const mb = (b: number) => (b / 1e6).toFixed(0);
const maxRss = () => process.resourceUsage().maxRSS * 1024;

const db = new Database(file, { readonly: true });
const changed = (db.prepare('SELECT id FROM stories').all() as { id: string }[]).map((r) => r.id);
const outlets = new Set((db.prepare('SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL').all() as { outlet: string }[]).map((r) => r.outlet));
db.close();
const feeds = (await loadConfig(path.join(root, 'config'))).run.feeds;
const slugs = await loadSlugs(run);
const store = new SqliteStore(file);
rmSync(out, { recursive: true, force: true });
console.log(`${changed.length} stories, ${outlets.size} outlets; max RSS before ${mb(maxRss())} MB`);

const t0 = performance.now();
const c0 = process.cpuUsage();
const t = sample ? setInterval(() => console.log(`  ${((performance.now() - t0) / 1000).toFixed(0)} s: RSS ${mb(process.memoryUsage().rss)} MB, heap ${mb(process.memoryUsage().heapUsed)} MB`), sample * 1000) : null;
let files = 0;
let bytes = 0;
for await (const [rel, pieces] of feedFiles(store, changed, outlets, feeds, slugs)) {
  const target = inside(out, 'feeds', ...rel.split('/'));
  await writeAtomicPieces(target, pieces);
  files++;
  bytes += statSync(target).size;
}
if (t) clearInterval(t);
await store.close();
const cpu = process.cpuUsage(c0);
console.log(`feeds: ${files} files, ${mb(bytes)} MB in ${((performance.now() - t0) / 1000).toFixed(0)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(0)} CPU-s; max RSS ${mb(maxRss())} MB`);
