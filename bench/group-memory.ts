// The story grouping alone, over every article with terms in a store (as a first run over that batch
// would group them): what groupStories costs in memory and CPU, and a digest of its answer, so two
// builds can be compared on the same store (equal digests: the same groups and links, to the bit).
// Usage: node --expose-gc dist/bench/group-memory.js STORE.sqlite
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../pipeline/registry.js';
import { SqliteStore } from '../pipeline/corpus/sqlite-store.js';
import { groupStories, similarities, termVectors, type StoryDoc } from '../pipeline/corpus/stories.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cfg = (await loadConfig(path.join(root, 'config'))).corpus.stories;
const store = new SqliteStore(process.argv[2]);
const rows = await store.openOriginals('0000');
await store.close();
rows.sort((a, b) => a.seq - b.seq);
const docs: StoryDoc[] = rows.map((a, i) => {
  const day = a.date ? Math.floor(Date.parse(a.date.slice(0, 10)) / 864e5) : NaN;
  return { terms: a.terms!, quotes: a.quotes, day: Number.isNaN(day) ? null : day, group: i };
});
const edges = similarities(docs, cfg, termVectors(docs, cfg));
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const mb = (b: number) => (b / 1e6).toFixed(0);
const before = process.memoryUsage();
const rssBefore = process.resourceUsage().maxRSS * 1024;
const c0 = process.cpuUsage();
const g = groupStories(docs, cfg, edges);
const c = process.cpuUsage(c0);
const after = process.memoryUsage();
const rssAfter = process.resourceUsage().maxRSS * 1024;
const h = createHash('sha256');
h.update(Int32Array.from(g.groupOf));
for (const l of g.links) h.update(l ? `${l.cause} ${l.similarity} ${l.quote};` : '-;');
console.log(
  `${docs.length} docs, ${edges.to.length} links, ${new Set(g.groupOf).size} groups: grouping ${((c.user + c.system) / 1e6).toFixed(2)} CPU-s; ` +
    `max RSS ${mb(rssBefore)} -> ${mb(rssAfter)} MB, heap used ${mb(before.heapUsed)} -> ${mb(after.heapUsed)} MB (garbage included), ` +
    `heap total ${mb(before.heapTotal)} -> ${mb(after.heapTotal)} MB; digest ${h.digest('hex').slice(0, 16)}`,
);
