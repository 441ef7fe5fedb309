import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PairSet } from '../pipeline/corpus/pair-set.js';

test('PairSet keeps each unordered pair once, in the order first added, with its first orientation', () => {
  const s = new PairSet();
  assert.equal(s.add(5, 2), true);
  assert.equal(s.add(2, 5), false);
  assert.equal(s.add(1, 9), true);
  assert.equal(s.add(5, 2), false);
  assert.equal(s.size, 2);
  assert.deepEqual([s.i(0), s.j(0), s.i(1), s.j(1)], [5, 2, 1, 9]);
  assert.equal(s.indexOf(2, 5), 0);
  assert.equal(s.indexOf(9, 1), 1);
  assert.equal(s.indexOf(1, 2), -1);
  assert.equal(s.indexOf(5, 5), -1);
});

test('PairSet agrees with a Map of pair keys over many pairs and regrowths', () => {
  const s = new PairSet();
  const ref = new Map<string, number>();
  let seed = 7;
  const rnd = (m: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % m);
  for (let k = 0; k < 60_000; k++) {
    const [i, j] = [rnd(400), rnd(400)];
    if (i === j) continue;
    const key = i < j ? `${i},${j}` : `${j},${i}`;
    const isNew = !ref.has(key);
    if (isNew) ref.set(key, ref.size);
    assert.equal(s.add(i, j), isNew);
  }
  assert.equal(s.size, ref.size);
  for (const [key, at] of ref) {
    const [i, j] = key.split(',').map(Number);
    assert.equal(s.indexOf(j, i), at);
    assert.equal(Math.min(s.i(at), s.j(at)), i);
  }
});
