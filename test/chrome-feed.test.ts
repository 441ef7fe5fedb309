// A feed's items (chrome/feed.ts): a paragraph of prose closed by its age, on its last line or on the line
// right under it ("Politics / 5 h ago"), is an item of a list of other stories or of comments, and goes; the
// age line alone, a byline line carrying the article's age, and prose that says how long ago something
// happened stay. Invented fixtures.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAgeStamp } from '../pipeline/stages/chrome/feed.js';
import { batchOf, flat, page, PROSE, runArticle, w3m } from './helpers.js';

const stamps: [string, boolean][] = [
  ['5 h ago', true],
  ['Politics / 5 h ago', true],
  ['• 2 hours ago', true],
  ['12m ago', true],
  ['By Jane Roe | 3 days ago', true],
  ['1 week ago', true],
  // negatives
  ['The council met two days ago.', false],
  ['Three years ago', false],
  ['ago', false],
  ['5 hours', false],
  ['The plan was announced 5 days ago', false],
];
for (const [line, want] of stamps) test(`chrome feed: isAgeStamp ${JSON.stringify(line)} -> ${want}`, () => assert.equal(isAgeStamp(line), want));

const TITLE = 'Council votes to expand the bus network north';
const ARTICLE = w3m([TITLE, '', PROSE[0], '', PROSE[1], '', PROSE[2], ''].join('\n'), 100);
// A teaser's excerpt reads as prose.
const TEASER = 'Workers at the harbour began clearing the damaged pier on Sunday morning after the storm passed, officials said.';
const TEASER2 = 'The school board delayed its vote on the new term dates until next month after parents asked for more time.';

const cases: { name: string; middle: string[]; kept: string[]; dropped: string[] }[] = [
  {
    name: 'items whose age stands on the line right under their excerpt',
    middle: [w3m(TEASER, 100), 'Local / 5 h ago', '', 'Harbour clean-up begins', '', w3m(TEASER2, 100), 'Education / 7 h ago', ''],
    kept: [PROSE[0], PROSE[4]],
    dropped: ['clearing the damaged pier', 'new term dates'],
  },
  {
    name: 'negative: an age line after a blank line is no part of the paragraph over it',
    middle: [w3m(PROSE[3], 100), '', '5 h ago', ''],
    kept: ['campaigned on improving public transport'],
    dropped: [],
  },
  {
    name: 'negative: prose that says how long ago something happened stays',
    middle: [w3m('The agency first proposed the northern routes 5 years ago, and the council rejected them twice before this week.', 100), ''],
    kept: ['first proposed the northern routes 5 years ago'],
    dropped: [],
  },
];

for (const c of cases) {
  test(`chrome feed: ${c.name}`, async () => {
    const dump = page(ARTICLE, ...c.middle, w3m([PROSE[4], ''].join('\n'), 100));
    const file = await runArticle(dump, batchOf([dump]));
    const body = flat(file.data.body);
    for (const k of c.kept) assert.ok(body.includes(flat(k)), `kept: ${k}\n--- body ---\n${body}`);
    for (const d of c.dropped) assert.ok(!body.includes(d), `dropped: ${d}\n--- body ---\n${body}`);
  });
}

test('chrome feed: a byline line carrying the article\'s age stays with the article', async () => {
  const dump = page(TITLE, '', 'By Jane Roe | 3 hours ago', '', w3m([PROSE[0], '', PROSE[1], '', PROSE[2], ''].join('\n'), 100));
  const file = await runArticle(dump, batchOf([dump]));
  assert.equal(file.data.headline?.value, TITLE);
  assert.ok(flat(file.data.body).includes(flat(PROSE[0])));
});

test('chrome feed: a "Most read" list of items over the article does not open it', async () => {
  const items = [TEASER, TEASER2, TEASER.replace('harbour', 'marina'), TEASER2.replace('school', 'library')].flatMap((t, k) => [w3m(t, 100), `Local / ${k + 2} h ago`, '', `Teaser title number ${k + 1} here`, '']);
  const dump = page('Most read', '', ...items, TITLE, '', w3m([PROSE[0], '', PROSE[1], ''].join('\n'), 100));
  const file = await runArticle(dump, batchOf([dump]));
  assert.equal(file.data.headline?.value, TITLE);
  const body = flat(file.data.body);
  assert.ok(!body.includes('damaged pier') && body.includes(flat(PROSE[0])), body);
});

test('chrome feed: an item inside the article goes, and its removal says why', async () => {
  const dump = page(ARTICLE, w3m(TEASER, 100), 'Local / 5 h ago', '', w3m([PROSE[3], '', PROSE[4], ''].join('\n'), 100));
  const file = await runArticle(dump, batchOf([dump]));
  const m = file.messages.find((x) => x.ruleId === 'chrome-feed-item');
  assert.ok(m && /its "5 hours ago" stamp/u.test(m.reason) && m.line !== undefined && m.line > 1, file.messages.map((x) => `${x.ruleId}: ${x.reason}`).join('\n'));
});
