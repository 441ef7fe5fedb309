// Credit lines under photos and charts (chrome/caption.ts isCredit, rules.yaml credit_patterns) and the
// caption standing right over one (classify.ts captionsOverCredits). Invented fixtures.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchOf, flat, PROSE, runArticle, w3m } from './helpers.js';
import { isCredit } from '../pipeline/stages/chrome/caption.js';

const MENU = ['• Home', '• World', '• Politics', '• Business', '• Sport', '• Opinion'].join('\n');
/** A page: menu, title, two paragraphs of prose, the middle blocks (each its own lines, a blank line after), three more. */
const article = (middle: string[], after: string[] = []) =>
  w3m(['Skip to main content', '', MENU, '', 'Council votes to expand the bus network north', '', PROSE[0], '', PROSE[1], '', ...middle.flatMap((m) => [m, '']), PROSE[2], '', PROSE[3], '', PROSE[4], '', ...after.flatMap((m) => [m, ''])].join('\n'), 100);

const MORE = [
  'The northern routes will run every twelve minutes at the busiest hours, and every half hour late in the evening, the agency said.',
  'Drivers for the new routes will be hired over the winter, and the first of them will start training at the depot in February.',
];
const CAPTION = 'Riders wait for the northbound bus at the depot on Tuesday morning.';
const ALT = 'A line of people beside a green bus.';

const credits: { name: string; line: string; credit: boolean }[] = [
  { name: 'a bracketed credit alone', line: '(Jane Doe / The Example Ledger)', credit: true },
  { name: 'a bracketed agency credit alone, no spaces', line: '(Example Photo/Jane Doe)', credit: true },
  { name: 'a full name and a source, no spaces', line: 'Jane Doe/Example Agency', credit: true },
  { name: 'a source in capitals and a full name', line: 'EXA/Jane Doe', credit: true },
  { name: 'a platform and a full name', line: 'Instagram/Jane Doe', credit: true },
  { name: 'a caption with its credit glued on', line: 'Riders wait at the depot.Jane Doe/Example Agency', credit: true },
  { name: 'a caption with one word of credit glued on', line: 'Riders wait at the depot.Doe/Instagram', credit: true },
  { name: 'no credit: a long paragraph of prose with a caption and credit glued to its end', line: 'The mains under the avenue are a century old, and every winter the frost moves the ground around them, the engineer said, and the city has no money to replace them before the next freeze.Jane Doe/Example Agency', credit: false },
  { name: 'no credit: and/or in a sentence', line: 'Riders can pay by card and/or cash from Monday.', credit: false },
  { name: 'no credit: a date with slashes', line: '12/13/2023', credit: false },
  { name: 'no credit: one word and one word', line: 'Downtown/Midtown', credit: false },
  { name: 'no credit: a sentence with a spaced fraction', line: 'The fare rose by 1/4 this year.', credit: false },
];
for (const c of credits) {
  test(`credit line: ${c.name}`, () => assert.equal(isCredit(c.line), c.credit, c.line));
}

const cases: { name: string; dump: string; kept: string[]; dropped: string[] }[] = [
  {
    name: 'a caption right over its bracketed credit goes with it',
    dump: article([`${CAPTION}\n(Jane Doe / The Example Ledger)`]),
    kept: [PROSE[1], PROSE[2]],
    dropped: ['Riders wait for the northbound bus', 'Jane Doe'],
  },
  {
    name: 'alt text, caption and credit in one block all go',
    dump: article([`${ALT}\n${CAPTION}\nEXA/Jane Doe`]),
    kept: [PROSE[1], PROSE[2]],
    dropped: ['A line of people', 'Riders wait for the northbound bus', 'Jane Doe'],
  },
  {
    name: 'a "Courtesy of" credit takes its caption',
    dump: article([`${CAPTION}\nCourtesy of the Valley Transit Authority`]),
    kept: [PROSE[2]],
    dropped: ['Riders wait for the northbound bus', 'Courtesy of'],
  },
  {
    name: 'a chart source takes the chart description over it',
    dump: article(['A line chart of weekly riders on the northern routes since 2019.\nSource: Valley Transit Authority.']),
    kept: [PROSE[2]],
    dropped: ['A line chart of weekly riders', 'Source:'],
  },
  {
    name: 'a "Photographer:" credit goes',
    dump: article([`${CAPTION}\nPhotographer: Jane Doe/Example Agency`]),
    kept: [PROSE[2]],
    dropped: ['Riders wait for the northbound bus', 'Photographer'],
  },
  {
    name: 'a credit with a blank line over it takes nothing more',
    dump: article([CAPTION, 'Jane Doe/Example Agency']),
    kept: [CAPTION, PROSE[2]],
    dropped: ['Example Agency'],
  },
  {
    name: 'a short title over a credit is no caption (a list of looks)',
    dump: article(['Model Seven\nJane Doe/Example Agency']),
    kept: ['Model Seven', PROSE[2]],
    dropped: ['Example Agency'],
  },
  {
    name: 'a page with no blank lines between paragraphs loses no prose over a credit',
    dump: article([`${MORE[0]}\n${MORE[1]}\n${CAPTION}\n(Jane Doe / The Example Ledger)`]),
    kept: [MORE[0], MORE[1], CAPTION],
    dropped: [],
  },
  {
    name: 'prose that opens with "Courtesy" and goes on as a sentence is the article',
    dump: article(['Courtesy of the new timetable, riders in the north will wait half as long for a bus in the evening, the agency said.']),
    kept: ['Courtesy of the new timetable', PROSE[2]],
    dropped: [],
  },
];

for (const c of cases) {
  test(`chrome credit lines: ${c.name}`, async () => {
    const file = await runArticle(c.dump, batchOf([c.dump]));
    const body = flat(file.data.body);
    for (const k of c.kept) assert.ok(body.includes(flat(k)), `kept: ${k}\n--- body ---\n${body}`);
    for (const d of c.dropped) assert.ok(!body.includes(d), `dropped: ${d}\n--- body ---\n${body}`);
  });
}

// A credit pattern credits something printed above it: a dump whose first line opens "Sources:" (a wire
// headline's convention: "Sources: <claim>") keeps that line as its title.
test('chrome credit lines: a first line opening "Sources:" is the title, not a credit', async () => {
  const title = 'Sources: Valley rivals weigh a trade for their goalie';
  const dump = [title, '', PROSE[0], '', PROSE[1], '', PROSE[2]].join('\n');
  const file = await runArticle(dump, batchOf([dump]));
  assert.equal(file.data.headline?.value, title);
});
