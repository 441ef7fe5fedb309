// What the date's confidence model reads of the stamp chosen (stages/date/score.ts dateFeatures): how it
// is labelled ("Published", "Updated"), whether a byline stands beside it or the title above it, and
// whether the page labels any date "Published". Invented pages; npm run train fits the weights.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { page, runDump } from './helpers.js';

const body = [
  'The council met on Tuesday and agreed the budget after a long debate about fares, routes and the winter timetable for the island crossings.',
  '',
  'Members said the plan would be reviewed again in the autumn, once the first months of the new fares had been counted.',
];
const story = (...meta: string[]) => page('Harbor council approves the new ferry budget', '', ...meta, '', ...body);

const cases: { name: string; text: string; day?: string; want: Record<string, number> }[] = [
  {
    name: 'an update stamp alone: updated, and no date on the page is labelled Published',
    text: story('Updated March 2, 2026'),
    day: '2026-03-02',
    want: { updated: 1, label: 0, page_labelled: 0, byline: 0, listed: 0 },
  },
  {
    name: 'a Published stamp beside an Updated one: the published day, labelled',
    text: story('Published March 1, 2026 | Updated March 2, 2026'),
    day: '2026-03-01',
    want: { label: 1, updated: 0, page_labelled: 1 },
  },
  {
    name: 'a bylined stamp under the title: byline and headline, no label',
    text: story('By Jane Roe · March 1, 2026'),
    day: '2026-03-01',
    want: { byline: 1, headline: 1, label: 0, updated: 0, page_labelled: 0 },
  },
  {
    name: 'an update stamp on a page that labels another date Published: page_labelled',
    text: story('Updated March 2, 2026', '', 'Posted: March 1, 2026'),
    day: '2026-03-01',
    want: { label: 1, page_labelled: 1, updated: 0 },
  },
];

for (const c of cases)
  test(`date features: ${c.name}`, async () => {
    const file = await runDump(c.text);
    const d = file.data.date;
    assert.equal(d?.value.slice(0, 10), c.day);
    for (const [k, v] of Object.entries(c.want)) assert.equal(d?.features?.[k], v, k);
  });

test('date features: no date, no features', async () => {
  const file = await runDump(story('The ferry runs twice a day.'));
  assert.equal(file.data.date, undefined);
});
