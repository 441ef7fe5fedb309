// The article pool keeps a few dumps in flight on each process (pool.ts IN_FLIGHT): each answer must
// still reach the dump it belongs to, and a dump stopped by its budget must not take the dumps queued
// behind it on the same process down with it.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { ArticleItem } from '../pipeline/corpus/store.js';
import type { Dump } from '../pipeline/read/discover.js';
import { articleRunner } from '../pipeline/run/pool.js';
import { projectConfig, tempDir } from './helpers.js';

const noBatch = { lineDocCounts: new Map<string, number>(), docs: 0 };

/** Dumps of distinct one-paragraph stories, each saying its own number, as files in a folder. */
function storyDumps(n: number): Dump[] {
  const dir = tempDir('copydesk-pool-');
  return Array.from({ length: n }, (_, i) => {
    const rel = `story-${i}.txt`;
    const words = ['harbor', 'orchard', 'bridge', 'library', 'ferry', 'council', 'market', 'tunnel'];
    const text = `Item ${i} on the ${words[i % words.length]}\n\nThe ${words[i % words.length]} board met on Tuesday and voted ${i} to one to approve the plan, which now goes to the county for a final review next month.\n`;
    writeFileSync(path.join(dir, rel), text);
    return { abs: path.join(dir, rel), rel, kind: 'txt' };
  });
}

async function runnerWith(threads: number, budget: Partial<{ dump_seconds: number; dump_seconds_per_mb: number; dump_memory_mb: number }> = {}) {
  const base = await projectConfig();
  return articleRunner({ ...base, run: { ...base.run, workers: threads, ...budget } }, 0, noBatch);
}

test('many dumps at once over two processes: each answer is its own dump\'s, in pass 1 and pass 2', async () => {
  const dumps = storyDumps(40);
  const runner = await runnerWith(2);
  try {
    const results = await Promise.all(dumps.map((d) => runner.run(d)));
    results.forEach((r, i) => {
      assert.ok(r.ok, `dump ${i} failed`);
      const item = r.ok && (JSON.parse(r.item) as ArticleItem);
      assert.equal(item && item.source.path, dumps[i].rel);
      assert.match(item ? item.body : '', new RegExp(`voted ${i} to one`));
    });
    // Pass 1's keys: the same dump asked twice gives the same hashes; two different dumps do not.
    const keys = await Promise.all([...dumps, ...dumps].map((d) => runner.keys(d)));
    for (let i = 0; i < dumps.length; i++) assert.deepEqual(keys[i], keys[i + dumps.length]);
    assert.notDeepEqual(keys[0], keys[1]);
  } finally {
    await runner.close();
  }
});

test('a dump stopped by its budget fails alone: the dumps queued behind it in its process are answered', async () => {
  const dir = tempDir('copydesk-pool-');
  // Over a 64 MB process (run.dump_memory_mb), as budget.test.ts makes it: a stop that does not hang on timing.
  writeFileSync(path.join(dir, 'big.txt'), Array.from({ length: 100_000 }, (_, i) => `Paragraph ${i} of a very long page.`).join('\n\n'));
  const hostile: Dump = { abs: path.join(dir, 'big.txt'), rel: 'big.txt', kind: 'txt' };
  const good = storyDumps(4);
  // One process: the good dumps wait behind the hostile one on it.
  const runner = await runnerWith(1, { dump_memory_mb: 64, dump_seconds: 60, dump_seconds_per_mb: 60 });
  try {
    const [bad, ...rest] = await Promise.all([hostile, ...good].map((d) => runner.run(d)));
    assert.equal(bad.ok, false);
    assert.equal(!bad.ok && bad.rule, 'over-budget');
    rest.forEach((r, i) => {
      assert.ok(r.ok, `good dump ${i}: ${!r.ok && r.reason}`);
      assert.equal(r.ok && (JSON.parse(r.item) as ArticleItem).source.path, good[i].rel);
    });
  } finally {
    await runner.close();
  }
});

test('negative: with nothing stopped, no dump is run twice or lost (as many answers as dumps, all ok)', async () => {
  const dumps = storyDumps(9);
  const runner = await runnerWith(1);
  try {
    const results = await Promise.all(dumps.map((d) => runner.run(d)));
    assert.equal(results.length, 9);
    assert.deepEqual(results.map((r) => r.ok && (JSON.parse(r.item) as ArticleItem).source.path), dumps.map((d) => d.rel));
  } finally {
    await runner.close();
  }
});
