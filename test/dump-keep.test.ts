// Pass 2 takes what pass 1 read of a dump (its decoded text) from the article process that kept it
// (run/dump-keep.ts), instead of reading and decoding it again. Taken only when the file is as
// pass 1 read it, only once, only within the budget; and a dump taken so gives the record a dump read
// afresh gives.
import assert from 'node:assert/strict';
import { readFileSync, utimesSync, writeFileSync, rmSync, renameSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { dumpTree } from '../pipeline/article/parse.js';
import type { ArticleItem } from '../pipeline/corpus/store.js';
import type { Dump } from '../pipeline/read/discover.js';
import { ArticleTasks } from '../pipeline/run/article-task.js';
import { BatchCounter } from '../pipeline/run/batch-counts.js';
import { DumpKeep, entryBytes, keepBytes, RACY_MS } from '../pipeline/run/dump-keep.js';
import { keyHashes, LineTable } from '../pipeline/run/line-table.js';
import { articleRunner } from '../pipeline/run/pool.js';
import { readDump } from '../pipeline/run/read-dump.js';
import { emptyBatch } from '../pipeline/stages/options.js';
import { fixturePath, projectConfig, tempDir } from './helpers.js';

const MAX = 5_000_000;
// The stores below take files written a moment ago (racyMs 0); the rule that keeps no file changed within a
// tick of the file system's clock before pass 1's stat (RACY_MS) has its own table.

/** A dump file of invented text, `i` making it its own. */
function writeDump(dir: string, i: number, extra = ''): Dump {
  const rel = `keep-${i}.txt`;
  const text = `Ferry service ${i} resumes\n\nBy Ada Quill\n\nThe ferry board voted ${i} to two on Monday to restore the evening crossing, which had been cut in the spring.${extra}\n\nRiders said the later boats would help.\n`;
  writeFileSync(path.join(dir, rel), text);
  return { abs: path.join(dir, rel), rel, kind: 'txt' };
}

/** Pass 1 as an article process does it: read, count the keys (into `table`, when given), offer what it
 * read and found. */
async function pass1(keep: DumpKeep, counter: BatchCounter, d: Dump, table?: LineTable): Promise<boolean> {
  const read = await readDump(d, MAX);
  const { keys, ...judged } = counter.read(read.file, true);
  table?.addHashes(keyHashes(keys));
  return keep.offer(d.rel, read, judged);
}

const plain = (r: Awaited<ReturnType<ArticleTasks['run']>>) => {
  assert.ok(r.ok, !r.ok ? r.reason : '');
  const { timings: _t, kept: _k, ...rest } = r;
  return rest;
};

test('a kept dump is taken as a fresh read gives it: same text, data and parse, no messages, and only once', async () => {
  const counter = new BatchCounter((await projectConfig()).chrome);
  const dir = tempDir('copydesk-keep-');
  const d = writeDump(dir, 1);
  const keep = new DumpKeep(keepBytes(512), 0);
  assert.equal(await pass1(keep, counter, d), true);
  const kept = keep.take(d.rel, d.abs);
  assert.ok(kept);
  const fresh = await readDump(d, MAX);
  assert.equal(String(kept.file.value), String(fresh.file.value));
  assert.deepEqual({ ...kept.file.data }, { ...fresh.file.data });
  assert.deepEqual(dumpTree(kept.file), dumpTree(fresh.file));
  assert.equal(kept.file.messages.length, 0);
  assert.equal(kept.sha256, fresh.sha256);
  assert.equal(keep.bytes, 0, 'taken, the entry is let go');
  assert.equal(keep.take(d.rel, d.abs), undefined, 'a dump is taken once');
});

test("what pass 1 found of the page (its base, its lines' hashes) is kept with it, counted in its bytes, and taken with it", async () => {
  const counter = new BatchCounter((await projectConfig()).chrome);
  const dir = tempDir('copydesk-keep-');
  const d = writeDump(dir, 10);
  const read = await readDump(d, MAX);
  const { keys: _keys, ...judged } = counter.read(read.file, true);
  assert.ok(judged.base.length > 1 && judged.lines && judged.lines[0] === String(read.file.value).split('\n').length);
  const keep = new DumpKeep(keepBytes(512), 0);
  assert.ok(keep.offer(d.rel, read, judged));
  assert.ok(keep.bytes > entryBytes(read) + judged.base.byteLength + judged.lines.byteLength, 'its arrays are counted');
  assert.equal(keep.bytes, entryBytes(read, judged));
  const kept = keep.take(d.rel, d.abs);
  assert.equal(kept?.judged, judged);
  // Without it, a dump is kept as before and taken without it.
  const plain = new DumpKeep(keepBytes(512), 0);
  assert.ok(plain.offer(d.rel, await readDump(d, MAX)));
  assert.equal(plain.take(d.rel, d.abs)?.judged, undefined);
});

// [what happens between the passes, whether pass 2 takes the kept dump]
const between: [string, (d: Dump) => void, boolean][] = [
  ['nothing', () => {}, true],
  ['the bytes changed (same length)', (d) => writeFileSync(d.abs, readFileSync(d.abs, 'utf8').replace('Monday', 'Friday')), false],
  ['the bytes changed (longer)', (d) => writeFileSync(d.abs, readFileSync(d.abs, 'utf8') + 'More.\n'), false],
  ['only the modification time changed', (d) => utimesSync(d.abs, new Date('2020-01-01'), new Date('2020-01-01')), false],
  ['another file renamed over it', (d) => (writeFileSync(d.abs + '.new', readFileSync(d.abs)), renameSync(d.abs + '.new', d.abs)), false],
  ['the file is gone', (d) => rmSync(d.abs), false],
];

for (const [what, change, taken] of between)
  test(`between the passes ${what}: ${taken ? 'taken' : 'read again'}`, async () => {
    const counter = new BatchCounter((await projectConfig()).chrome);
    const dir = tempDir('copydesk-keep-');
    const d = writeDump(dir, 2);
    const keep = new DumpKeep(keepBytes(512), 0);
    assert.equal(await pass1(keep, counter, d), true);
    // Past a tick of the file system's clock, so a change shows in the file's times (those within one are
    // never kept: the next test).
    await sleep(50);
    change(d);
    assert.equal(!!(keep.take(d.rel, d.abs)), taken);
    assert.equal(keep.bytes, 0, 'taken or not, the entry is let go');
  });

// [how long before pass 1's stat the file last changed, whether it is kept]
const racy: [string, number, boolean][] = [
  ['just now', 0, false],
  ['a little under the coarsest tick', RACY_MS - 1, false],
  ['the coarsest tick ago', RACY_MS, true],
  ['an hour ago', 3_600_000, true],
];

for (const [when, ago, kept] of racy)
  test(`a file changed ${when} before pass 1's stat is ${kept ? '' : 'not '}kept (a change within its clock's tick would not show)`, async () => {
    const dir = tempDir('copydesk-keep-');
    const d = writeDump(dir, 9);
    const read = await readDump(d, MAX);
    const changed = Math.max(read.stamp.ctimeMs, read.stamp.mtimeMs);
    const keep = new DumpKeep(keepBytes(512));
    assert.equal(keep.offer(d.rel, { ...read, stamp: { ...read.stamp, seenMs: changed + ago } }), kept);
  });

test('keep-first within the budget: a dump that does not fit is not kept, a later smaller one still is', async () => {
  const counter = new BatchCounter((await projectConfig()).chrome);
  const dir = tempDir('copydesk-keep-');
  const small = [writeDump(dir, 3), writeDump(dir, 4)];
  const big = writeDump(dir, 5, ' And more.'.repeat(2000));
  const sizeOf = async (d: Dump) => {
    const read = await readDump(d, MAX);
    const { keys: _keys, ...judged } = counter.read(read.file, true);
    return entryBytes(read, judged);
  };
  // Room for both small dumps, not for the big one besides.
  const keep = new DumpKeep((await sizeOf(small[0])) + (await sizeOf(small[1])) + 16, 0);
  assert.equal(await pass1(keep, counter, small[0]), true);
  assert.equal(await pass1(keep, counter, big), false);
  assert.equal(await pass1(keep, counter, small[1]), true);
  assert.equal(keep.take(big.rel, big.abs), undefined);
  assert.ok(keep.take(small[1].rel, small[1].abs));
  // Nothing fits a budget of 0: every dump is read twice.
  const none = new DumpKeep(0, 0);
  assert.equal(await pass1(none, counter, small[0]), false);
  assert.equal(none.take(small[0].rel, small[0].abs), undefined);
});

test('a restarted process keeps nothing: a fresh store misses', async () => {
  const counter = new BatchCounter((await projectConfig()).chrome);
  const dir = tempDir('copydesk-keep-');
  const d = writeDump(dir, 6);
  await pass1(new DumpKeep(keepBytes(512), 0), counter, d);
  assert.equal(new DumpKeep(keepBytes(512), 0).take(d.rel, d.abs), undefined);
});

test('the record of a kept dump is the record of the dump read again, field for field and message for message', async () => {
  const config = await projectConfig();
  const counter = new BatchCounter(config.chrome);
  const names = ['harbor-wire.txt'];
  const dir = tempDir('copydesk-keep-');
  const dumps: Dump[] = [...names.map((n) => ({ abs: fixturePath('articles', n), rel: n, kind: 'txt' as const })), writeDump(dir, 7), { ...writeDump(dir, 8), kind: 'txt' as const }];
  // The batch as a run counts it (a line table), so pass 2 reads each line's count by what pass 1 kept.
  const keep = new DumpKeep(keepBytes(512), 0);
  const table = new LineTable();
  for (const d of dumps) assert.equal(await pass1(keep, counter, d, table), true, d.rel);
  const tasks = new ArticleTasks({ config, batch: { lineDocCounts: table.pruned(2), docs: dumps.length } }, MAX);
  for (const d of dumps) {
    const hit = await tasks.run(d, keep.take(d.rel, d.abs));
    const miss = await tasks.run(d);
    assert.equal(hit.ok && hit.kept, true, d.rel);
    assert.equal(miss.ok && miss.kept, false, d.rel);
    assert.deepEqual(plain(hit), plain(miss), d.rel);
  }
});

test('over processes: pass 2 takes what pass 1 kept, reads a changed dump again (its new bytes, its new hash), and a killed process is a plain miss', async () => {
  const base = await projectConfig();
  const dir = tempDir('copydesk-keep-');
  const dumps = Array.from({ length: 12 }, (_, i) => writeDump(dir, 100 + i));
  const runner = articleRunner({ ...base, run: { ...base.run, workers: 2 } }, dumps.length);
  try {
    // The files are older than a tick of the file system's clock when pass 1 reads them (as a batch's are).
    await sleep(RACY_MS + 100);
    // Both processes started before pass 1, so each takes some of its dumps (on a loaded machine the one that
    // starts first may otherwise take them all, and the one killed below would be the only one keeping any).
    const slots = (runner as unknown as { slots: { ready: boolean; child: { kill(s: string): void } }[] }).slots;
    while (!slots.every((s) => s.ready)) await sleep(20);
    const keys = await Promise.all(dumps.map((d, n) => runner.keys(d, n)));
    assert.ok(keys.every((k) => k && k.length > 0));
    runner.setBatch(emptyBatch());
    writeFileSync(dumps[3].abs, readFileSync(dumps[3].abs, 'utf8').replace('evening', 'morning'));
    // Kept by the first process and not by the other, or read again: every dump is one of the three.
    // One process ended between the passes (as a crash or a stop over budget ends one): its replacement keeps nothing.
    slots[1].child.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 300));
    const results = await Promise.all(dumps.map((d, n) => runner.run(d, n)));
    results.forEach((r, n) => assert.ok(r.ok, `dump ${n}: ${!r.ok && r.reason}`));
    const ok = results.filter((r) => r.ok);
    assert.ok(ok.some((r) => r.kept), 'the live process\'s dumps are taken');
    assert.ok(ok.some((r) => !r.kept), 'the killed process\'s dumps are read again');
    const changed = ok[3];
    assert.equal(changed.kept, false);
    const item = changed.ok && (JSON.parse(changed.item) as ArticleItem);
    assert.match(item ? item.body : '', /morning crossing/);
    assert.equal(item && item.source.sha256, (await readDump(dumps[3], MAX)).sha256);
  } finally {
    await runner.close();
  }
});
