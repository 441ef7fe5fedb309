// A lede is never a title (candidates.ts withoutLedes, headline.ts rankedTitles): the title is the best of the
// other candidates; a line beyond the header's span (cue `far`) or under the article's first paragraph (cue
// `below`) that scores below a lede is a menu, another story's teaser or a sentence of the story, no title.
// Invented lines.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isLede } from '../pipeline/stages/headline.js';
import { rankTitles, withoutLedes, type TitleCandidate } from '../pipeline/stages/headline/candidates.js';
import { FEATURES } from '../pipeline/stages/headline/features.js';
import { PROSE, runArticle } from './helpers.js';

const cand = (text: string, distance: number, score: number, far = 0): TitleCandidate => {
  const features = FEATURES.map(() => 0);
  features[FEATURES.indexOf('far')] = far;
  features[FEATURES.indexOf('below')] = +(distance < 0);
  return { text, start: 0, end: 0, distance, score, overlap: 0.5, features };
};
const LEDE = 'The harbour council agreed on Tuesday night to double the ferry timetable from the spring, after a long debate about the cost to the town.';
const lede = (c: TitleCandidate) => isLede(c.text, 16);

const rows: { name: string; cands: TitleCandidate[]; want: string | undefined }[] = [
  { name: 'the title over a lede that scores more', cands: [cand(LEDE, 0, 2), cand('Ferry timetable doubles from spring', 3, 1.5)], want: 'Ferry timetable doubles from spring' },
  { name: 'a title under a lede, scoring above it', cands: [cand(LEDE, 0, 0.2), cand('Ferry timetable doubles from spring', -1, 0.5)], want: 'Ferry timetable doubles from spring' },
  { name: 'negative: a line under a lede, scoring below it, is the story\'s own', cands: [cand(LEDE, 0, 2), cand('The mayor welcomed the vote.', -1, 0.5)], want: undefined },
  { name: 'a lede alone: no title', cands: [cand(LEDE, 0, 2)], want: undefined },
  // Negatives: a far line under a lede's score is a teaser; a far line above it, or with no lede, still counts.
  { name: 'negative: a far line scoring below the lede', cands: [cand(LEDE, 0, 1), cand('Privacy and cookie settings for readers', 60, -0.5, 40)], want: undefined },
  { name: 'a far line scoring above the lede', cands: [cand(LEDE, 0, 1), cand('Ferry timetable doubles from spring', 60, 1.5, 40)], want: 'Ferry timetable doubles from spring' },
  { name: 'a far line and no lede', cands: [cand('Ferry timetable doubles from spring', 60, -0.5, 40)], want: 'Ferry timetable doubles from spring' },
  { name: 'negative: a short sentence is no lede and stays', cands: [cand('Push inside the council to expand the bus network.', 0, 2), cand('Ferry timetable doubles from spring', 3, 1.5)], want: 'Push inside the council to expand the bus network.' },
];
for (const r of rows) test(`withoutLedes: ${r.name}`, () => assert.equal(rankTitles(withoutLedes(r.cands, lede), null)[0]?.text, r.want));

test('headline: a dump that opens with its lede keeps no title', async () => {
  const file = await runArticle([LEDE, '', PROSE[0], '', PROSE[1], ''].join('\n'));
  assert.equal(file.data.headline, undefined);
});
