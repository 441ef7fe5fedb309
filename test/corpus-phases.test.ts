// The corpus stage's phase hook (corpus/phases.ts): told each phase once, in the stage's order, so a
// bench can weigh what each of the window's structures holds; unset, the stage's outcome is the same.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCorpus } from '../pipeline/corpus/index.js';
import { onPhase } from '../pipeline/corpus/phases.js';
import { SqliteStore } from '../pipeline/corpus/sqlite-store.js';
import { corpusInput as input, projectConfig } from './helpers.js';

const NOW = '2025-03-01T06:00:00.000Z';
const body = (place: string, n: number) =>
  Array.from({ length: n }, (_, i) => `The ferry between ${place} and the islands stopped for repairs on pier ${i}, the operator said on Tuesday, and passengers waited on the quay for hours.`).join('\n\n');

test('the corpus stage passes its phases in order, once each, and the hook changes nothing', async () => {
  const cfg = (await projectConfig()).corpus;
  const batch = () => [input('ferry-a', { headline: 'Ferry stops', body: body('Port Alder', 6) }), input('ferry-b', { headline: 'Ferry halted', body: body('Port Alder', 6) }), input('bridge-c', { headline: 'Bridge shut', body: body('Greywater', 4).replace(/ferry/gi, 'bridge') })];
  const seen: string[] = [];
  onPhase((name) => seen.push(name));
  let hooked;
  try {
    hooked = await runCorpus(batch(), new SqliteStore(':memory:'), cfg, NOW);
  } finally {
    onPhase(null);
  }
  assert.deepEqual(seen, ['stored read', 'duplicates found', 'window docs made', 'term vectors made', 'pairs found', 'edges made', 'links made', 'merges queued', 'groups merged', 'grouping made', 'window grouped', 'stories described', 'applied']);
  const plain = await runCorpus(batch(), new SqliteStore(':memory:'), cfg, NOW);
  assert.deepEqual([...hooked.assignments], [...plain.assignments]);
  assert.deepEqual(hooked.notes, plain.notes);
  assert.equal(seen.length, 13, 'cleared: the second stage told nobody');
});
