// Issue 12 check 5 (ten kill -9, then a run: feeds equal a clean run's) found feed pages that never
// caught up: a run killed after the corpus stage committed to the store, before it wrote the feeds,
// left pages no later run rewrote (the store already held the change). The state a kill leaves is made
// here without a kill: the store and records of a run over more dumps, the feeds of a run over fewer.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { owing, readPending } from '../pipeline/run/feed-journal.js';
import { fixturePath, runPipeline, snapshot, tempDir } from './helpers.js';

const corpusDir = fixturePath('corpus', 'articles');
const names = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
function inputOf(ns: string[]): string {
  const dir = tempDir('copydesk-in-');
  for (const n of ns) cpSync(path.join(corpusDir, n), path.join(dir, n));
  return dir;
}

for (const [name, entry] of [
  ['before it said what it changed', '{"all":true,"changed":[],"outlets":[]}\n'],
  ['with an entry cut short by the kill', '{"all":fal'],
] as const) {
  test(`feeds owed by a run killed after the store committed, ${name}, are written by the next run`, async () => {
    const all = inputOf(names);
    const clean = tempDir();
    await runPipeline(all, clean);
    assert.equal(existsSync(path.join(clean, 'state', 'feeds-pending.json')), false, 'a finished run owes nothing');

    // The killed run's output: the store and records of the run over all ten, the feeds of a run over five.
    const fewer = tempDir();
    await runPipeline(inputOf(names.slice(0, 5)), fewer);
    const killed = tempDir();
    cpSync(clean, killed, { recursive: true });
    rmSync(path.join(killed, 'feeds'), { recursive: true });
    cpSync(path.join(fewer, 'feeds'), path.join(killed, 'feeds'), { recursive: true });
    writeFileSync(path.join(killed, 'state', 'feeds-pending.json'), entry);

    await runPipeline(all, killed);
    assert.deepEqual(snapshot(path.join(killed, 'feeds')), snapshot(path.join(clean, 'feeds')));
    assert.equal(existsSync(path.join(killed, 'state', 'feeds-pending.json')), false);
  });
}

test('feeds named by a killed run after its corpus stage are owed by name, joined with the next run\'s', async () => {
  const out = tempDir();
  mkdirSync(path.join(out, 'state'));
  writeFileSync(path.join(out, 'state', 'feeds-pending.json'), '{"all":false,"changed":["story-b","story-a"],"outlets":["Coast Daily"]}\n');
  const earlier = await readPending(out);
  assert.deepEqual(earlier, { all: false, changed: ['story-b', 'story-a'], outlets: ['Coast Daily'] });
  assert.deepEqual(owing(earlier, { all: false, changed: ['story-c', 'story-a'], outlets: ['Bay Herald'] }), { all: false, changed: ['story-a', 'story-b', 'story-c'], outlets: ['Bay Herald', 'Coast Daily'] });
  assert.equal((await readPending(tempDir())), null);
});
