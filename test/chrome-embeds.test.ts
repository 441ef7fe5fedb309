// Posts a page embeds from a social network (chrome/rules.yaml embed_patterns): the sign-off the embed code
// prints under the post ("— Name (@handle) Date") and, when the dump sets the post off indented and it carries
// its media or a link, the post's indented paragraphs over it are chrome; the article around them stays. Invented fixtures.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchOf, flat, PROSE, runArticle, w3m } from './helpers.js';

const MENU = ['• Home', '• World', '• Politics', '• Business', '• Sport', '• Opinion'].join('\n');
/** A page: menu, title, two paragraphs of prose, the middle lines as given (indentation kept), three more. */
const article = (middle: string[]) =>
  [w3m(['Skip to main content', '', MENU, '', 'Council votes to expand the bus network north', '', PROSE[0], '', PROSE[1], ''].join('\n'), 100), ...middle, '', w3m([PROSE[2], '', PROSE[3], '', PROSE[4], ''].join('\n'), 100)].join('\n');

const POST = ['    Night buses are back on the north line from Monday, and the first one leaves the depot at', '    half past eleven. pic.example/abc123'];
const POST2 = ['    We asked for this for three years and the council finally listened to the riders who wrote in.', '    https://x.example/r/9q'];
const WORDS = ['    We asked for this for three years and the council finally listened to the riders who wrote in.'];

const cases: { name: string; middle: string[]; kept: string[]; dropped: string[] }[] = [
  {
    name: 'an indented post over its sign-off',
    middle: [...POST, '', '    — Example Transit (@exampletransit) March 3, 2024'],
    kept: [PROSE[1], PROSE[2]],
    dropped: ['Night buses are back', 'exampletransit'],
  },
  {
    name: 'two posts in a row: each one up to the previous sign-off',
    middle: [...POST, '', '    — Example Transit (@exampletransit) March 3, 2024', '', ...POST2, '', '    — Jane Roe (@janeroe_rides) 4 March 2024'],
    kept: [PROSE[1], PROSE[2]],
    dropped: ['Night buses are back', 'finally listened', 'janeroe_rides'],
  },
  {
    name: 'a post with two paragraphs',
    middle: [...POST, '', ...POST2, '', '    — Example Transit (@exampletransit) Mar. 3, 2024'],
    kept: [PROSE[1], PROSE[2]],
    dropped: ['Night buses are back', 'finally listened'],
  },
  {
    name: 'unindented: the sign-off goes, the paragraph over it stays (where the post begins is not told)',
    middle: ['The council said the night buses would be back on the north line from Monday, riders were told.', '', '— Example Transit (@exampletransit) March 3, 2024'],
    kept: [PROSE[1], PROSE[2], 'riders were told'],
    dropped: ['exampletransit'],
  },
  {
    name: 'the sign-off stops at the article: unindented prose over the indented post stays',
    middle: ['The transit agency announced the change on social media late on Sunday night, riders said.', '', ...POST, '', '    — Example Transit (@exampletransit) March 3, 2024'],
    kept: [PROSE[1], 'riders said', PROSE[2]],
    dropped: ['Night buses are back'],
  },
  {
    name: 'an article the dump indents whole: only the sign-off goes (the indented run over it is no post)',
    middle: ['    The transit agency announced the change on social media late on Sunday night, and riders who', '    had waited years for the service welcomed it in their hundreds within the hour, the agency said.', '', '    Drivers for the new night routes have been hired and trained, and the agency said the buses would', '    run every thirty minutes until two in the morning, seven days a week, from the start of next month.', '', '    Night buses are back on the north line from Monday. pic.example/abc123', '', '    — Example Transit (@exampletransit) March 3, 2024'],
    kept: ['riders who had waited', 'every thirty minutes', 'Night buses are back', PROSE[2]],
    dropped: ['exampletransit'],
  },

  {
    name: 'a post of words alone, no media or link: a quotation the article makes, only the sign-off goes',
    middle: [...WORDS, '', '    — Jane Roe (@janeroe_rides) March 3, 2024'],
    kept: [PROSE[1], 'finally listened', PROSE[2]],
    dropped: ['janeroe_rides'],
  },
  {
    name: 'negative: an indented block quote with no sign-off stays',
    middle: [...WORDS, '', '    The letter was signed by forty riders of the north line and sent to every council member.'],
    kept: [PROSE[1], 'finally listened', 'forty riders', PROSE[2]],
    dropped: [],
  },
  {
    name: 'negative: an attribution dash with no handle stays',
    middle: [...WORDS, '', '    — Jane Roe, a rider on the north line, in a letter to the council'],
    kept: ['finally listened', 'in a letter to the council', PROSE[2]],
    dropped: [],
  },
  {
    name: 'negative: a handle named in prose stays',
    middle: ['The agency, which posts as @exampletransit, said that the night buses would run again from Monday.'],
    kept: ['posts as @exampletransit', PROSE[2]],
    dropped: [],
  },
];

for (const c of cases) {
  test(`chrome embeds: ${c.name}`, async () => {
    const dump = article(c.middle);
    const file = await runArticle(dump, batchOf([dump]));
    const body = flat(file.data.body);
    for (const k of c.kept) assert.ok(body.includes(flat(k)), `kept: ${k}\n--- body ---\n${body}`);
    for (const d of c.dropped) assert.ok(!body.includes(d), `dropped: ${d}\n--- body ---\n${body}`);
  });
}

test('chrome embeds: each removal carries its reason', async () => {
  const dump = article([...POST, '', '    — Example Transit (@exampletransit) March 3, 2024']);
  const file = await runArticle(dump, batchOf([dump]));
  assert.ok(file.messages.some((m) => m.ruleId === 'chrome-embed' && /embedded from a social network/u.test(m.reason)), file.messages.map((m) => `${m.ruleId}: ${m.reason}`).join('\n'));
});
