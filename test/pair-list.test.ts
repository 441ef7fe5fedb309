// PairList (corpus/stories.ts): pairs in typed chunks, kept in the order pushed through every pass
// that drops some, with a quarter of room after a pass and no chunk more than that needs; RowPairs, the
// same for pairs pushed row by row.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PairList, RowPairs } from '../pipeline/corpus/stories.js';

const all = (l: PairList | RowPairs) => Array.from({ length: l.length }, (_, p) => [l.i(p), l.j(p), l.sim(p)]);

test('pair list: pushes across many chunks read back in order', () => {
  const l = new PairList();
  const want: number[][] = [];
  for (let p = 0; p < 40_000; p++) {
    l.push(p, p * 3, p / 7);
    want.push([p, p * 3, p / 7]);
  }
  assert.equal(l.length, 40_000);
  assert.ok(l.capacity >= 40_000 && l.capacity < 40_000 + (1 << 14) + 1);
  assert.deepEqual(all(l), want);
});

test('pair list: a pass keeps the accepted pairs in order, leaves a quarter of room and lets go of the rest', () => {
  const l = new PairList();
  for (let p = 0; p < 100_000; p++) l.push(p, p + 1, (p % 10) / 10);
  l.makeRoom((i, _j, sim) => sim >= 0.9 || i % 1000 === 0);
  const want = Array.from({ length: 100_000 }, (_, p) => [p, p + 1, (p % 10) / 10]).filter(([i, , s]) => s >= 0.9 || i % 1000 === 0);
  assert.deepEqual(all(l), want);
  assert.ok(l.capacity >= l.length * 1.25, `${l.capacity} for ${l.length}`);
  assert.ok(l.capacity <= l.length * 1.25 + (1 << 14) + 1, `${l.capacity} for ${l.length}: spare chunks let go`);
  // Full again after the room is used, and pushes go on after another pass.
  while (!l.full()) l.push(-1, -1, 0);
  l.makeRoom((i) => i >= 0);
  l.push(7, 8, 0.5);
  assert.deepEqual(all(l), [...want, [7, 8, 0.5]]);
  // A pass that keeps nothing leaves an empty list with room.
  l.makeRoom(() => false);
  assert.equal(l.length, 0);
  assert.equal(l.full(), false);
});

// RowPairs: the same list for pairs pushed row by row, each row's count kept instead of every i.
test('row pairs: read back as a PairList of the same pushes, through passes and rows with none', () => {
  const [rows, list] = [new RowPairs(20_000), new PairList()];
  const both = (i: number, j: number, sim: number) => [rows, list].forEach((l) => l.push(i, j, sim));
  // Rows 0, 3, 6, ...: one row in three has no pairs; the rest have 0 to 40.
  for (let i = 0; i < 20_000; i += 3) for (let x = 0; x < (i * 7) % 41; x++) both(i, x, ((i + x) % 10) / 10);
  const keep = (i: number, j: number, sim: number) => sim >= 0.7 || (i + j) % 13 === 0;
  [rows, list].forEach((l) => l.makeRoom(keep));
  assert.ok(list.length > 1 << 14, 'more than a chunk');
  assert.deepEqual(all(rows), all(list));
  // Read twice (the cursor starts over), then pushes go on from the last row.
  assert.deepEqual(all(rows), all(list));
  both(19_999, 1, 0.5);
  assert.deepEqual(all(rows), all(list));
  assert.ok(rows.capacity >= rows.length);
});

test('row pairs: a row pushed after a later one is refused', () => {
  const l = new RowPairs(10);
  l.push(4, 1, 0.5);
  l.push(4, 2, 0.5);
  assert.throws(() => l.push(3, 1, 0.5), /row 3 pushed after row 4/);
});
