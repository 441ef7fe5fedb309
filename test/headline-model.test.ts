import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rankTitles, type TitleCandidate } from '../pipeline/stages/headline/candidates.js';
import { FEATURES, capsShare, shapeCues } from '../pipeline/stages/headline/features.js';
import type { JudgedParagraph } from '../pipeline/types.js';
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
  // A short title right over its dek (a longer line in sentence case) heads it; a kicker over a title does not.
  { name: 'a short title right over a sentence-case dek heads it', cands: [cand('The ferry will run every hour from the spring, the port said.', 1, 2), cand('Ferry timetable doubles', 2, 1.8)], margin: 0.5, want: 'Ferry timetable doubles' },
  { name: 'negative: a short kicker right over a Title-Case title', cands: [cand('Harbour Board Approves Plan For Hourly Ferries', 1, 2), cand('Island Transport', 2, 1.8)], margin: 0.5, want: 'Harbour Board Approves Plan For Hourly Ferries' },
  { name: 'negative: a short label two lines over a sentence-case title', cands: [cand('Harbour board approves a plan for hourly ferries to the islands', 1, 2), cand('Island Transport', 3, 1.8)], margin: 0.5, want: 'Harbour board approves a plan for hourly ferries to the islands' },
  { name: 'negative: a short line over a shorter one', cands: [cand('Ferries double', 1, 2), cand('Island ferry timetable news', 2, 1.8)], margin: 0.5, want: 'Ferries double' },
  // An exact tie goes to the upper line (a title over its dek), in either order of the input.
  { name: 'an exact tie: the title over its dek wins', cands: [cand('Harbour bosses spill the beans on delays and cancelled sailings', 1, 2), cand('The five things ferry operators would rather you did not know', 2, 2)], margin: null, want: 'The five things ferry operators would rather you did not know' },
  { name: 'an exact tie, listed the other way: the upper line still wins', cands: [cand('The five things ferry operators would rather you did not know', 2, 2), cand('Harbour bosses spill the beans on delays and cancelled sailings', 1, 2)], margin: null, want: 'The five things ferry operators would rather you did not know' },
  { name: 'negative: no tie, the lower line scores more and wins', cands: [cand('Harbour bosses spill the beans on delays and cancelled sailings', 1, 2.01), cand('The five things ferry operators would rather you did not know', 2, 2)], margin: null, want: 'Harbour bosses spill the beans on delays and cancelled sailings' },
];

for (const r of rows) test(`rankTitles: ${r.name}`, () => assert.equal(rankTitles(r.cands, r.margin)[0].text, r.want));

test('rankTitles ranks by a score the caller gives (fitting weighs other weights)', () => {
  const cands = [cand('First candidate title here', 1, 2), cand('Second candidate title here', 2, 1)];
  assert.equal(rankTitles(cands, null, (c) => -c.score)[0].text, 'Second candidate title here');
});

// Shapes of lines that are never titles, read off the line alone (features.ts shapeCues). Invented lines.
const para = (text: string) => ({ text, lines: [{ text, start: 0, end: text.length }], kind: 'short', words: text.split(/\s+/).length, chromeLines: new Set<number>(), repeated: false, echoed: false, sharedDocs: 0, boilerplateShaped: false }) as unknown as JudgedParagraph;
const shapeRows: { cue: 'creditEnd' | 'chromeVerb' | 'bio'; text: string; want: 0 | 1 }[] = [
  { cue: 'creditEnd', text: 'Volunteers clear the harbour after the storm. (Jane Doe)', want: 1 },
  { cue: 'creditEnd', text: 'The mayor opens the new bridge on Monday. Photo / Example Wire', want: 1 },
  { cue: 'creditEnd', text: 'Flooded fields near the river. EXA-WIRE/Jane Doe', want: 1 },
  { cue: 'creditEnd', text: 'Jane Doe (Northtown Rovers)', want: 1 },
  { cue: 'creditEnd', text: 'Council approves budget after long debate (Update)', want: 0 },
  { cue: 'creditEnd', text: 'Record of the week: ‘Night Train / Early Light’', want: 0 },
  { cue: 'creditEnd', text: 'Why the harbour keeps flooding every spring', want: 0 },
  { cue: 'chromeVerb', text: 'Log in to save your favourite stories', want: 1 },
  { cue: 'chromeVerb', text: 'Help us build a better local paper', want: 1 },
  { cue: 'chromeVerb', text: 'Try our mortgage calculator today', want: 1 },
  { cue: 'chromeVerb', text: 'Keep your garden green through a dry summer', want: 0 },
  { cue: 'chromeVerb', text: 'Shoppers return to the high street', want: 0 },
  { cue: 'bio', text: 'I write about trains, towns and the people in between', want: 1 },
  { cue: 'bio', text: 'Staff reporter covering city hall and the courts', want: 1 },
  { cue: 'bio', text: 'Columnist writing from a small coastal town', want: 1 },
  { cue: 'bio', text: 'Reporter wins award for flood coverage', want: 0 },
  { cue: 'bio', text: 'Is the city ready for the next storm?', want: 0 },
];
for (const r of shapeRows) {
  test(`shapeCues ${r.cue} ${r.want ? 'fires' : 'stays off'}: ${r.text}`, () => assert.equal(shapeCues(para(r.text), false, 1)[r.cue], r.want));
}

// Title Case or sentence case, read off the longer words (rankTitles tells a dek from a title by it).
const capsRows: { text: string; want: number }[] = [
  { text: 'Harbour Board Approves Plan For Hourly Ferries', want: 1 },
  { text: 'Harbour board approves plan for hourly ferries', want: 1 / 6 },
  { text: 'A big day at sea', want: 0 },
  { text: '', want: 0 },
];
for (const r of capsRows) test(`capsShare: ${r.text || '(empty)'}`, () => assert.equal(capsShare(r.text), r.want));
