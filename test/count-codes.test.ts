// CountCodes (corpus/count-codes.ts): a window's distinct term counts coded in the order first seen,
// keys comparing as a Map's (SameValueZero) did: -0 is 0, every NaN one NaN, other bits apart.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CountCodes } from '../pipeline/corpus/count-codes.js';

function codes(values: number[]): { codes: number[]; values: number[] } {
  const c = new CountCodes();
  const f = Float32Array.from(values);
  const bits = CountCodes.bitsOf(f);
  return { codes: Array.from(f, (v, x) => c.code(v, bits[x])), values: c.values };
}

const CASES: { name: string; in: number[]; codes: number[]; values: number[] }[] = [
  { name: 'first seen first', in: [2, 1, 2, 5, 1], codes: [0, 1, 0, 2, 1], values: [2, 1, 5] },
  { name: 'fractions apart from their neighbours', in: [0.5, 0.25, 0.5, 1.5], codes: [0, 1, 0, 2], values: [0.5, 0.25, 1.5] },
  { name: '-0 is 0 (and stands as 0)', in: [-0, 0, 3], codes: [0, 0, 1], values: [0, 3] },
  { name: 'NaN is one count', in: [NaN, 1, NaN], codes: [0, 1, 0], values: [NaN, 1] },
];

for (const c of CASES)
  test(`CountCodes: ${c.name}`, () => {
    const got = codes(c.in);
    assert.deepEqual(got.codes, c.codes);
    assert.deepEqual(got.values, c.values);
    assert.ok(!Object.is(got.values[0], -0));
  });

test('CountCodes: thousands of distinct counts, as a Map numbers them', () => {
  const values = Array.from({ length: 5000 }, (_, i) => Math.fround(1 + (i % 2500) / 7));
  const map = new Map<number, number>();
  for (const v of values) if (!map.has(v)) map.set(v, map.size);
  const got = codes(values);
  assert.deepEqual(got.codes, values.map((v) => map.get(v)));
  assert.equal(got.values.length, map.size);
});

test('CountCodes.bitsOf: a view of a Float32Array that starts inside its buffer', () => {
  const buf = new ArrayBuffer(16);
  const f = new Float32Array(buf, 8, 2);
  f.set([1, 2]);
  assert.deepEqual(Array.from(CountCodes.bitsOf(f)), [0x3f800000, 0x40000000]);
});
