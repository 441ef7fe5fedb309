// A dump's time budget comes from its size, asked of the file system once per place in the batch: pass 2 reads pass 1's.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { DumpBudgets, fileMb } from '../pipeline/run/pool.js';
import { tempDir } from './helpers.js';

const dump = (name: string) => ({ abs: `/in/${name}`, rel: name, kind: 'txt' as const });
const budget = { seconds: 20, secondsPerMb: 10 };

// [size in MB (undefined: the stat failed), the budget in seconds]
const sizes: [number | undefined, number][] = [
  [0.004, 20],
  [1, 20],
  [1.26, 22.6],
  [3, 40],
  [undefined, 20],
];

for (const [mb, want] of sizes)
  test(`dump budgets: ${mb} MB is ${want} s, asked once for pass 1 and pass 2`, async () => {
    const asked: string[] = [];
    const b = new DumpBudgets(budget, 3, async (abs) => (asked.push(abs), mb ?? 0));
    assert.equal(await b.seconds(dump('a.txt'), 1), want);
    assert.equal(await b.seconds(dump('a.txt'), 1), want);
    assert.deepEqual(asked, ['/in/a.txt']);
  });

test('dump budgets: a dump without a place in the batch is asked each time (negatives)', async () => {
  const asked: string[] = [];
  const b = new DumpBudgets(budget, 2, async (abs) => (asked.push(abs), 2));
  for (const n of [undefined, -1, 2, 7, 0.5, Number.NaN]) {
    assert.equal(await b.seconds(dump('b.txt'), n), 30);
    assert.equal(await b.seconds(dump('b.txt'), n), 30);
  }
  assert.equal(asked.length, 12);
  // each place its own dump's budget
  const c = new DumpBudgets(budget, 2, async (abs) => (abs.endsWith('big.txt') ? 5 : 0.1));
  assert.equal(await c.seconds(dump('big.txt'), 0), 60);
  assert.equal(await c.seconds(dump('small.txt'), 1), 20);
  assert.equal(await c.seconds(dump('big.txt'), 0), 60);
});

test('dump budgets: an empty batch keeps nothing', async () => {
  let asked = 0;
  const b = new DumpBudgets(budget, 0, async () => (asked++, 1.5));
  assert.equal(await b.seconds(dump('c.txt'), 0), 25);
  assert.equal(await b.seconds(dump('c.txt'), 0), 25);
  assert.equal(asked, 2);
});

// fileMb (a synchronous stat) against the promise stat it replaced: the same MB for each file, 0 where it cannot be stat'ed.
test('dump budgets: fileMb gives what the promise stat gave, 0 for a missing path, a folder\'s own size for a folder', async () => {
  const dir = tempDir('copydesk-budget-');
  const files: [string, number][] = [['empty.txt', 0], ['small.txt', 1234], ['big.txt', 2_500_000]];
  for (const [name, bytes] of files) writeFileSync(path.join(dir, name), Buffer.alloc(bytes, 97));
  const old = (abs: string) => stat(abs).then((s) => s.size / 1e6, () => 0);
  for (const abs of [...files.map(([n]) => path.join(dir, n)), path.join(dir, 'missing.txt'), path.join(dir, 'empty.txt', 'below'), dir]) assert.equal(fileMb(abs), await old(abs), abs);
  assert.equal(fileMb(path.join(dir, 'big.txt')), 2.5);
  assert.equal(fileMb(path.join(dir, 'missing.txt')), 0);
  const b = new DumpBudgets(budget, 1);
  assert.equal(await b.seconds({ abs: path.join(dir, 'big.txt'), rel: 'big.txt', kind: 'txt' }, 0), 35);
  assert.equal(await new DumpBudgets(budget, 1).seconds({ abs: path.join(dir, 'missing.txt'), rel: 'missing.txt', kind: 'txt' }, 0), 20);
});
