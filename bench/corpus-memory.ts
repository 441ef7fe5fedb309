// The corpus stage's memory as a run pays it: the articles of an earlier run's store are staged (items
// and features) into a fresh store, read back a slice at a time as run.ts reads them, and go through
// corpusStage as one first-run batch. Prints the retained size of the features the run layer holds,
// and the peak resident memory before and after the stage, so builds can be compared per article.
// `--copies K` makes K disjoint copies of every article (ids, text hashes, signatures, term and quote
// hashes salted per copy: copies share nothing, so each repeats the batch's stories apart), to see the
// stage's growth past the sizes a store at hand has, without the per-article chain.
// `--phases` prints the live heap (after a full collection) at each phase of the stage (corpus/phases.ts),
// and what it adds per article over the features held: which of the window's structures grows.
// `--snapshot PHASE` writes a heap snapshot (v8.writeHeapSnapshot, into the current folder) when the stage
// reaches that phase: what holds the memory there, by constructor and retainer.
// Usage: node --expose-gc dist/bench/corpus-memory.js OUT.sqlite SOURCE.sqlite [--copies K] [--phases] [--snapshot PHASE]
import { rmSync } from 'node:fs';
import { writeHeapSnapshot } from 'node:v8';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { loadConfig } from '../pipeline/registry.js';
import { corpusStage, type CorpusArticle } from '../pipeline/corpus/index.js';
import { onPhase } from '../pipeline/corpus/phases.js';
import { fmix32 } from '../pipeline/corpus/fingerprint.js';
import { SqliteStore } from '../pipeline/corpus/sqlite-store.js';
import type { ArticleFeatures, ArticleItem } from '../pipeline/corpus/store.js';
import { describeStory } from '../pipeline/write/feeds.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const copies = args.includes('--copies') ? Number(args[args.indexOf('--copies') + 1]) : 1;
const snapshotAt = args.includes('--snapshot') ? args[args.indexOf('--snapshot') + 1] : null;
const [out, source] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--copies' && args[i - 1] !== '--snapshot');
const cfg = (await loadConfig(path.join(root, 'config'))).corpus;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = (b: number) => (b / 1e6).toFixed(0);
const cpuSince = (c: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1e6;
};
const maxRss = () => process.resourceUsage().maxRSS * 1024;

const salt = (a: Uint32Array, c: number) => (c ? a.map((v) => fmix32(v ^ Math.imul(c, 0x9e3779b9)) >>> 0) : a);
/** Copy `c` of a feature set: nothing in it equals anything of another copy. */
function copyOf(f: ArticleFeatures, c: number): ArticleFeatures {
  if (!c) return f;
  const ids = f.terms ? salt(f.terms.ids, c) : null;
  const order = ids ? Array.from(ids.keys()).sort((x, y) => ids[x] - ids[y]) : [];
  return {
    ...f,
    id: `${f.id}~${c}`,
    textHash: `${f.textHash}~${c}`,
    signature: salt(f.signature, c),
    briefSignature: f.briefSignature ? salt(f.briefSignature, c) : null,
    headline: salt(f.headline, c).sort(),
    terms: f.terms && ids ? { ids: Uint32Array.from(order, (x) => ids[x]), counts: Float32Array.from(order, (x) => f.terms!.counts[x]) } : null,
    quotes: salt(f.quotes, c).sort(),
  };
}

rmSync(out, { force: true });
const src = new SqliteStore(source);
const srcIds = (new Database(source, { readonly: true }).prepare('SELECT id FROM articles ORDER BY id').all() as { id: string }[]).map((r) => r.id);
const store = new SqliteStore(out);
await store.clearStaged();
const ids: string[] = [];
for (let i = 0; i < srcIds.length; i += 256) {
  const slice = srcIds.slice(i, i + 256);
  const [arts, items] = [await src.articles(slice), await src.items(slice)];
  for (let c = 0; c < copies; c++) {
    const feats = slice.map((id) => {
      const { story: _s, duplicate_of: _d, first_seen: _f, seq: _q, ...f } = arts.get(id)!;
      return copyOf(f, c);
    });
    await store.stageFeatures(feats);
    await store.stage(slice.map((id, k) => ({ ...(items.get(id) as ArticleItem), id: feats[k].id })));
    for (const f of feats) ids.push(f.id);
  }
}
await src.close();
ids.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

gc();
const h0 = process.memoryUsage();
const rss0 = maxRss();
// As run.ts: the features read back a slice at a time, every one held through the stage.
let articles: CorpusArticle[] = [];
for (let i = 0; i < ids.length; i += 1000) {
  const slice = ids.slice(i, i + 1000);
  const features = await store.stagedFeatures(slice, { terms: false });
  for (const id of slice) articles.push({ features: features.get(id)!, staged: true });
}
gc();
const h1 = process.memoryUsage();
const held = h1.heapUsed + h1.arrayBuffers - h0.heapUsed - h0.arrayBuffers;
// Each phase: the live heap (and array buffers) after a full collection, and what it adds per article
// since the phase before.
let before = 0;
let last = performance.now();
let lastCpu = process.cpuUsage();
if (args.includes('--phases') || snapshotAt)
  onPhase((name) => {
    if (name === snapshotAt) console.log(`  heap snapshot at ${name}: ${writeHeapSnapshot()}`);
    if (!args.includes('--phases')) return;
    // Twice: array buffers let go by the first collection are freed by the second (one collection left
    // up to 16 MB of them counted, 2 KB an article of an 8k batch, from run to run).
    gc();
    gc();
    const m = process.memoryUsage();
    const live = m.heapUsed + m.arrayBuffers;
    console.log(`  ${name.padEnd(18)} live ${mb(live).padStart(5)} MB (${before ? `${live >= before ? '+' : ''}${((live - before) / ids.length).toFixed(0)} B an article since the last phase` : 'first phase'}), RSS now ${mb(process.memoryUsage.rss())} MB (max ${mb(maxRss())}), ${((performance.now() - last) / 1000).toFixed(1)} s (${cpuSince(lastCpu).toFixed(1)} CPU-s) since the last`);
    before = live;
    last = performance.now();
    lastCpu = process.cpuUsage();
  });
const c0 = process.cpuUsage();
const t = performance.now();
const r = await corpusStage(articles, store, cfg, '2026-01-01T00:00:00.000Z', describeStory);
articles = [];
onPhase(null);
const c = process.cpuUsage(c0);
const rss1 = maxRss();
gc();
const h2 = process.memoryUsage();
const kept = h2.heapUsed + h2.arrayBuffers - h0.heapUsed - h0.arrayBuffers;
console.log(
  `${ids.length} articles (${copies} x ${srcIds.length}): features held ${mb(held)} MB (${(held / ids.length).toFixed(0)} B an article); ` +
    `corpus stage ${((performance.now() - t) / 1000).toFixed(1)} s wall, ${((c.user + c.system) / 1e6).toFixed(1)} CPU-s; max RSS ${mb(rss0)} -> ${mb(rss1)} MB ` +
    `(+${((rss1 - rss0) / ids.length).toFixed(0)} B an article); after it, live ${mb(kept)} MB (assignments etc.); ${r.changed.length} stories changed, ${r.notes.length} notes`,
);
await store.close();
