// attribution/source-words.ts `phraseAt` tries only the cue phrases whose first word is the one it
// reads (issue 14, CPU): pinned against trying each phrase in turn (phraseAtEach), with the project's
// vocabulary and invented ones (phrases sharing a first word, longest first; an empty phrase), at every
// place of generated word lists and outside them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { phraseAt, phraseAtEach } from '../pipeline/stages/quotes/attribution/source-words.js';
import { vocabOf } from '../pipeline/stages/quotes/index.js';
import type { Vocab } from '../pipeline/stages/quotes/vocab.js';
import { words } from '../pipeline/stages/quotes/words.js';
import { projectConfig } from './helpers.js';

const v = vocabOf(await projectConfig());
const phrases = (xs: string[]) => xs.map((x) => x.toLowerCase().split(/\s+/)).sort((a, b) => b.length - a.length);
const vocabs: Vocab[] = [
  v,
  { ...v, phrases: phrases(['according to', 'according to the words of', 'in the words of', 'in a statement', 'as told to']) },
  { ...v, phrases: [[], ['according', 'to']] },
  { ...v, phrases: [] },
];

/** What a call gives: its number, or that it threw. */
const outcome = (f: () => number) => {
  try {
    return f();
  } catch (e) {
    return `threw ${(e as Error).name}`;
  }
};

test('phraseAt: table', () => {
  const ws = words('Lamm said, according to the words of Ana Ruiz. According To her, in a statement');
  const at = (i: number) => phraseAt(ws, i, vocabs[1]);
  assert.equal(at(3), 5);
  assert.equal(at(10), 2);
  assert.equal(at(14), 3);
  assert.equal(at(0), 0);
  assert.equal(at(ws.length), 0);
  assert.equal(phraseAt(ws, 3, vocabs[2]), 0);
  assert.equal(phraseAt(ws, 3, vocabs[3]), 0);
});

test('phraseAt answers as each phrase tried in turn', () => {
  const bit = fc.constantFrom('according', 'According', 'to', 'To.', 'the', 'words', 'of', 'in', 'a', 'statement', 'as', 'told', 'said', ',', 'Ana', 'ACCORDING', 'in\u2019s', '\u00c9cole');
  fc.assert(
    fc.property(fc.array(bit, { maxLength: 14 }), fc.integer({ min: 0, max: 3 }), (parts, vi) => {
      const ws = words(parts.join(' '));
      const vv = vocabs[vi];
      for (let i = -1; i <= ws.length + 1; i++) assert.deepEqual(outcome(() => phraseAt(ws, i, vv)), outcome(() => phraseAtEach(ws, i, vv.phrases)), `${parts.join(' ')} @${i}`);
    }),
    { numRuns: 5000, seed: 3718 },
  );
});
