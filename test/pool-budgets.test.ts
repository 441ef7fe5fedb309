// A dump's time budget comes from its size, asked of the file system once per place in the batch: pass 2 reads pass 1's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DumpBudgets } from '../pipeline/run/pool.js';

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
