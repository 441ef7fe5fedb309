// Pass 1's line counts by 64-bit key hash (run/line-table.ts): the same counts a Map of the key
// strings gives, before and after pruning and after crossing to another thread.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keyHashes, LineTable, type LineTableData } from '../pipeline/run/line-table.js';

function rng(seed: number) {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

test('a line table counts what a Map of the keys counts, pruned and revived alike', () => {
  const r = rng(7);
  const vocab = ['Home', 'Sign in', 'Share this', 'Read more', 'Ünïcödé ✓ line', '\u0001first words', '\u0002last words', '', 'a', 'A'];
  const map = new Map<string, number>();
  const table = new LineTable(4);
  for (let d = 0; d < 3000; d++) {
    const keys = new Set<string>();
    for (let k = 0; k < 12; k++) keys.add(r() < 0.4 ? vocab[Math.floor(r() * vocab.length)] : `line ${Math.floor(r() * 20000)} of prose`);
    for (const k of keys) map.set(k, (map.get(k) ?? 0) + 1);
    table.addHashes(keyHashes([...keys]));
  }
  assert.equal(table.size, map.size);
  for (const [k, n] of map) assert.equal(table.get(k), n, k);
  // Keys never counted: absent, as a Map says.
  for (const k of ['never seen', 'line 20001 of prose', 'home', ' Home']) assert.equal(table.get(k), map.get(k));
  const pruned = table.pruned(2);
  const revived = LineTable.revive(structuredClone(pruned.data()) as LineTableData);
  for (const [k, n] of map) {
    assert.equal(pruned.get(k), n >= 2 ? n : undefined, k);
    assert.equal(revived.get(k), n >= 2 ? n : undefined, k);
  }
  assert.equal(pruned.size, [...map.values()].filter((n) => n >= 2).length);
});
