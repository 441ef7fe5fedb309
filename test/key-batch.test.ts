// KeyBatch (corpus/key-batch.ts): band keys handed over sorted by key (then seq), every one once,
// a full batch as soon as it fills, the rest on flush.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KeyBatch } from '../pipeline/corpus/key-batch.js';

test('key batch: every key handed over once, by key then seq, full batches as they fill', () => {
  const got: [number, number][][] = [[]];
  const batch = new KeyBatch((k, s) => got[got.length - 1].push([k, s]), 5);
  batch.add(7, [3 * 2 ** 32 + 9, 12, 5]);
  assert.equal(got[0].length, 0, 'not full yet');
  batch.add(2, [12, 2 ** 32]);
  // Five keys: handed over, sorted.
  assert.deepEqual(got[0], [[5, 7], [12, 2], [12, 7], [2 ** 32, 2], [3 * 2 ** 32 + 9, 7]]);
  got.push([]);
  batch.add(4, [40, 1]);
  batch.flush();
  assert.deepEqual(got[1], [[1, 4], [40, 4]]);
  got.push([]);
  batch.flush();
  assert.deepEqual(got[2], [], 'an empty batch hands over nothing');
});

test('key batch: grows past its first arrays and keeps every key', () => {
  const got: number[] = [];
  const batch = new KeyBatch((k) => got.push(k));
  const keys = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 5003);
  batch.add(1, keys);
  batch.flush();
  assert.deepEqual(got, keys.slice().sort((a, b) => a - b));
});
