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

test('key batch: the taker is told once each batch is all handed over, after its last key', () => {
  const cases: { name: string; most: number; adds: number[][]; flushes: number; want: string[] }[] = [
    { name: 'one flush', most: 100, adds: [[3, 1, 2]], flushes: 1, want: ['1', '2', '3', 'end'] },
    { name: 'an empty flush ends too', most: 100, adds: [], flushes: 1, want: ['end'] },
    { name: 'a full batch ends before the rest', most: 2, adds: [[5, 4], [9]], flushes: 1, want: ['4', '5', 'end', '9', 'end'] },
    { name: 'no flush, no end', most: 100, adds: [[1]], flushes: 0, want: [] },
  ];
  for (const c of cases) {
    const got: string[] = [];
    const batch = new KeyBatch((k) => got.push(String(k)), c.most, () => got.push('end'));
    for (const keys of c.adds) batch.add(0, keys);
    for (let i = 0; i < c.flushes; i++) batch.flush();
    assert.deepEqual(got, c.want, c.name);
  }
});
