// attribution/source-words.ts `phraseAt` tries only the cue phrases whose first word is the one it
// reads (issue 14, CPU): pinned against trying each phrase in turn (phraseAtEach), with the project's
// vocabulary and invented ones (phrases sharing a first word, longest first; an empty phrase), at every
// place of generated word lists and outside them. And attribution/opening-verb.ts, which asks whether the
// word is a speech verb before whether it opens its sentence (both only read): the same answers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { invertedVerb, openingVerb, opensSentence } from '../pipeline/stages/quotes/attribution/opening-verb.js';
import { attributionOf, phraseAt, phraseAtEach, rightSource } from '../pipeline/stages/quotes/attribution/source-words.js';
import { vocabOf } from '../pipeline/stages/quotes/index.js';
import type { Vocab } from '../pipeline/stages/quotes/vocab.js';
import { isPunct, words, type Word } from '../pipeline/stages/quotes/words.js';
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

/** attribution/opening-verb.ts as it read before: the sentence opening asked first, then the verb. */
const oldOpeningVerb = ({ text, ws }: { text: string; ws: Word[] }, k: number, vv: Vocab) => {
  if (!opensSentence(ws, k, vv) || !invertedVerb(ws, k, vv)) return undefined;
  const src = rightSource(ws, k + 1, vv);
  let e = src.length;
  while (e > 0 && isPunct(src[e - 1])) e--;
  return e ? attributionOf(text, ws[k].bare, src.slice(0, e)) : undefined;
};

test('openingVerb, the verb asked first, answers as the sentence opening asked first', () => {
  const cases: [string, boolean][] = [
    ['Said Ana Ruiz, who grew up here,', true],
    ['But, said Lamm,', true],
    ['In other words, explained Ana Ruiz:', true],
    ['In other words, explained the moderator Ana Ruiz:', false],
    ['The mayor said Ana Ruiz', false],
    ['Said he', false],
  ];
  for (const [t, found] of cases) {
    const ws = words(t);
    const k = ws.findIndex((w) => v.verbs.has(w.lower));
    assert.equal(!!openingVerb({ text: t, ws }, k, v), found, t);
    assert.deepEqual(openingVerb({ text: t, ws }, k, v), oldOpeningVerb({ text: t, ws }, k, v), t);
  }
  const bit = fc.constantFrom('Said', 'said', 'SAID', 'told', 'But', 'and', 'In', 'other', 'words', ',', ':', 'Ana', 'Ruiz', 'he', 'the', 'moderator', 'who', 'Lamm.', '\u2014');
  fc.assert(
    fc.property(fc.array(bit, { maxLength: 12 }), (parts) => {
      const t = parts.join(' ');
      const ws = words(t);
      for (let k = 0; k < ws.length; k++) assert.deepEqual(openingVerb({ text: t, ws }, k, v), oldOpeningVerb({ text: t, ws }, k, v), `${t} @${k}`);
    }),
    { numRuns: 5000, seed: 3720 },
  );
});
