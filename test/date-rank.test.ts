// The date ranker's parts: every date of a page with the cues the rules score and where it stands on the
// page (the rules' pick marked), and the stage's choice by a model (an invented one here; npm run train
// fits the shipped one, and ships none while it loses on a site fold).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { VFile } from 'vfile';
import date, { dateCandidatesOf } from '../pipeline/stages/date.js';
import type { Ranker } from '../pipeline/stages/confidence/rank.js';
import { emptyBatch } from '../pipeline/stages/options.js';
import { page, projectConfig, runDump } from './helpers.js';

const model = (weights: Record<string, number>, threshold: number, keep_rule: number): Ranker => {
  const names = Object.keys(weights);
  return { keep_rule, model: { trusted: [], features: names, mean: names.map(() => 0), scale: names.map(() => 1), weights: names.map((n) => weights[n]), bias: 0, threshold } };
};

const dateOf = (file: VFile) => file.data.date;

const story = page(
  'Tuesday, March 3, 2026',
  '',
  'Harbor council approves the new ferry budget',
  '',
  'Updated March 2, 2026',
  '',
  'The council met on Tuesday and agreed the budget after a long debate about fares, routes and the winter timetable for the island crossings.',
  '',
  'Members said the plan would be reviewed again in the autumn, once the first months of the new fares had been counted.',
  '',
  // The story runs on, so that the teaser below stands far from the headline.
  ...Array.from({ length: 26 }, (_, k) => [`Paragraph ${k + 1} of the report goes on about the crossings, the boats and what the riders said at the meeting.`, '']).flat(),
  'More stories',
  '',
  'Dock repairs begin next week',
  'February 27, 2026',
);

test('candidates: each date with its cues and place, the rules pick marked', async () => {
  const file = await runDump(story);
  const { rule, cands } = dateCandidatesOf(file, { config: await projectConfig(), batch: emptyBatch() });
  const at = (day: string) => cands.find((c) => c.names[0] === day);
  const stamp = at('2026-03-02');
  assert.ok(stamp, 'the update stamp is a candidate');
  assert.equal(stamp.features.updated, 1);
  assert.equal(stamp.features.label, 0, 'an update stamp is no Published label');
  const masthead = at('2026-03-03');
  assert.equal(masthead?.features.weekday, 1, "a masthead's weekday is seen");
  assert.equal(masthead?.features.newest, 1);
  assert.equal(masthead?.features.above_headline, 1, 'it stands above the headline');
  const teaser = at('2026-02-27');
  assert.equal(teaser?.features.oldest, 1);
  assert.equal(teaser?.features.above_headline, 0);
  assert.deepEqual(cands.filter((c) => c.rule).map((c) => c.names), rule ? [rule] : [], 'the rules pick is marked, once');
  // Page-level cues are the same on every candidate.
  assert.equal(new Set(cands.map((c) => c.features.page_updated)).size, 1);
  assert.equal(cands[0].features.page_labelled, 0, 'no date is labelled Published');
});

test('the stage: no ranker keeps the rules pick; a ranker may choose another day or none, and says why', async () => {
  const options = { config: await projectConfig(), batch: emptyBatch() };
  const cases: [string, Ranker | null, string | undefined, string | undefined][] = [
    ['rules alone: the update stamp dates the story', null, '2026-03-02', undefined],
    ['a ranker that trusts the rules keeps their pick', model({ rule_day: 5 }, 0.5, 0.5), '2026-03-02', undefined],
    ['a ranker that prefers the masthead date chooses it', model({ rule_day: -5, weekday: 5 }, 0.5, 0.9), '2026-03-03', undefined],
    ['a ranker that trusts no update stamp gives none', model({ updated: -5, rule_day: 1 }, 0.9, 0.9), undefined, 'date-unsure'],
  ];
  for (const [what, ranker, want, rule] of cases) {
    const file = await runDump(story);
    delete file.data.date;
    file.messages.length = 0;
    date(options, ranker)(undefined as never, file);
    const got = dateOf(file);
    assert.equal(got?.value.slice(0, 10), want, what);
    assert.equal(file.messages.some((m) => m.ruleId === 'date-unsure'), rule === 'date-unsure', what);
    if (got && ranker) assert.equal(typeof got.features?.rank_p, 'number', `${what}: the chance rides with the value`);
  }
});
