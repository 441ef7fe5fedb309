import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rankTitles, type TitleCandidate } from '../pipeline/stages/headline/candidates.js';
import { FEATURES } from '../pipeline/stages/headline/features.js';
import model from '../pipeline/stages/headline/model.json' with { type: 'json' };

const cand = (text: string, distance: number, score: number, overlap = 0.5): TitleCandidate => ({ text, start: 0, end: 0, distance, score, overlap, features: [] });

test('every weight of the shipped headline model names a cue the stage computes', () => {
  for (const k of Object.keys(model.weights)) assert.ok((FEATURES as readonly string[]).includes(k), `unknown cue ${k}`);
});

const rows: { name: string; cands: TitleCandidate[]; margin: number | null; want: string }[] = [
  { name: 'the best score wins without the header rule', cands: [cand('A dek that sums the story up in other words', 1, 2), cand('Council votes to expand the bus network north', 3, 1.8)], margin: null, want: 'A dek that sums the story up in other words' },
  { name: 'a title above the best, scoring within the margin, heads its header', cands: [cand('A dek that sums the story up in other words', 1, 2), cand('Council votes to expand the bus network north', 3, 1.8)], margin: 0.5, want: 'Council votes to expand the bus network north' },
  { name: 'negative: too far below the best score', cands: [cand('A dek that sums the story up in other words', 1, 2), cand('Council votes to expand the bus network north', 3, 1)], margin: 0.5, want: 'A dek that sums the story up in other words' },
  { name: 'negative: a sentence above is a caption, not a title', cands: [cand('A dek that sums the story up in other words', 1, 2), cand('A bus waits at the terminal on a grey morning.', 3, 1.9)], margin: 0.5, want: 'A dek that sums the story up in other words' },
  { name: 'negative: too short to head a header', cands: [cand('A dek that sums the story up in other words', 1, 2), cand('Transport news', 3, 1.9)], margin: 0.5, want: 'A dek that sums the story up in other words' },
];

for (const r of rows) test(`rankTitles: ${r.name}`, () => assert.equal(rankTitles(r.cands, r.margin)[0].text, r.want));

test('rankTitles ranks by a score the caller gives (fitting weighs other weights)', () => {
  const cands = [cand('First candidate title here', 1, 2), cand('Second candidate title here', 2, 1)];
  assert.equal(rankTitles(cands, null, (c) => -c.score)[0].text, 'Second candidate title here');
});
