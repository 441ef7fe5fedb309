// CompactJson (write/compact-json.ts): a stored JSON.stringify text laid out as JSON.stringify(value,
// null, 2) lays it out, without parsing it, to the character; a text with whitespace between tokens
// is parsed and laid out instead (the same result); jsonListPiecesAsync takes either form of an entry.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { CompactJson, laidOut } from '../pipeline/write/compact-json.js';
import { jsonListPiecesAsync } from '../pipeline/write/json-pieces.js';

const pretty = (v: unknown, base: number) => JSON.stringify(v, null, 2).replace(/\n/g, '\n' + ' '.repeat(base));

const VALUES: { name: string; value: unknown }[] = [
  { name: 'a flat object', value: { id: 'story-1', title: 'Mill reopens', n: 3 } },
  { name: 'empty object and list, nested', value: { a: {}, b: [], c: [{}, []], d: { e: { f: [] } } } },
  { name: 'strings holding structure', value: { 'k:{': 'a, b: [c] {d}', quote: 'say "yes", \\ no', nl: 'one\ntwo\tthree' } },
  { name: 'escapes, separators and lone surrogates', value: { s: '\u2028\u2029 \ud800 \udc00 \u0001 é 😀' } },
  { name: 'numbers, booleans, null', value: [0, -1, 1.5e-7, 1e21, 123456789.125, true, false, null] },
  { name: 'a lone string', value: 'just text' },
  { name: 'a deep list', value: [[[[[[['deep']]]]]]] },
];

for (const v of VALUES)
  test(`laidOut: ${v.name}, as JSON.stringify lays out the value`, () => {
    for (const base of [0, 4, 40]) assert.equal(laidOut(JSON.stringify(v.value), base), pretty(v.value, base));
  });

test('laidOut: any JSON value, at any indent (fast-check)', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 12 }), (v, base) => laidOut(JSON.stringify(v), base) === pretty(v, base)),
    { seed: 20261207, numRuns: 2000 },
  );
});

test('laidOut: a text with whitespace between tokens is parsed, and comes out the same', () => {
  assert.equal(laidOut('{ "a": [1, 2],\n "b": {} }', 4), pretty({ a: [1, 2], b: {} }, 4));
  assert.equal(laidOut('[ ]', 0), '[]');
});

test('jsonListPiecesAsync: CompactJson entries join to the same text as the values', async () => {
  const values = VALUES.map((v) => v.value);
  const join = async (list: unknown[]) => {
    let s = '';
    for await (const p of jsonListPiecesAsync({ version: 'v' }, 'items', list)) s += p;
    return s;
  };
  assert.equal(await join(values.map((v) => new CompactJson(JSON.stringify(v)))), JSON.stringify({ version: 'v', items: values }, null, 2));
  assert.equal(await join(values.map((v, i) => (i % 2 ? new CompactJson(JSON.stringify(v)) : v))), JSON.stringify({ version: 'v', items: values }, null, 2));
});
