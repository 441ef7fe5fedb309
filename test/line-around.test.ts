// lineAround (text/lines.ts): the line around a span, as the outlet refusals read a name's neighbours.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineAround } from '../pipeline/text/lines.js';

test('lineAround: what stands before and after a span on its line, and the line whole; first and last lines too', () => {
  const text = 'Harbor Ledger\nRead the Harbor Ledger today\nlast Harbor';
  const cases: [number, number, { before: string; after: string; line: string }][] = [
    [0, 13, { before: '', after: '', line: 'Harbor Ledger' }],
    [23, 36, { before: 'Read the ', after: ' today', line: 'Read the Harbor Ledger today' }],
    [48, 54, { before: 'last ', after: '', line: 'last Harbor' }],
  ];
  for (const [start, end, want] of cases) assert.deepEqual(lineAround(text, start, end), want);
});
