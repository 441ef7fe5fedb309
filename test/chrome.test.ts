import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchOf, flat, PROSE, runArticle, w3m } from './helpers.js';

const MENU = ['• Home', '• World', '• Politics', '• Business', '• Sport', '• Opinion'].join('\n');
const article = (...middle: string[]) => w3m(['Skip to main content', '', MENU, '', 'Council votes to expand the bus network north', '', PROSE[0], '', PROSE[1], '', ...middle, PROSE[2], '', PROSE[3], '', PROSE[4], ''].join('\n'));

const PLEA = 'With the vote only weeks away, careful local reporting matters more than ever, and we count on readers like you to keep every story open to the whole valley.';

const DUTCH = [
  'Dinsdagavond stemde een ruime meerderheid van de gemeenteraad voor uitbreiding van het busnetwerk richting de noordelijke wijken, waar inwoners al jaren klagen over slechte verbindingen.',
  'Volgens wethouder Jansen kunnen eerste nieuwe lijnen volgend voorjaar rijden; vervoerder zoekt daarvoor tientallen extra chauffeurs en bestelt nieuwe elektrische bussen.',
];

const NEXT_TEASER = 'In other news, the state parks department said on Monday that it would close three campgrounds for repairs this summer after storms damaged roads and water lines.';

const cases: { name: string; dump: string; others?: string[]; kept: string[]; dropped: string[] }[] = [
  {
    name: 'a menu before the article is chrome',
    dump: article(),
    kept: [PROSE[0], PROSE[4]],
    dropped: ['• Politics', 'Skip to main content'],
  },
  {
    name: 'a short quote line inside the article is not a menu',
    dump: article('“We will not back down.”', ''),
    kept: ['“We will not back down.”', PROSE[2]],
    dropped: ['• World'],
  },
  {
    name: 'a Related list after the article is chrome',
    dump: article() + ['Related stories', '', '• Mayor unveils new budget plan', '• Transit agency hires forty drivers', '• Bridge repairs to start in May', '', '© 2024 The Daily Example. All rights reserved.', ''].join('\n'),
    kept: [PROSE[4]],
    dropped: ['Related stories', 'Mayor unveils new budget plan', 'All rights reserved'],
  },
  {
    name: 'the next story printed under its own title and byline ends the article',
    dump: article() + ['Parks department to close three campgrounds for repairs', '', 'By Dana Whitfield', '', NEXT_TEASER, '', PLEA, ''].join('\n'),
    kept: [PROSE[4]],
    dropped: ['close three campgrounds', 'Dana Whitfield', 'In other news'],
  },
  {
    name: 'a subhead with prose under it, no byline, stays inside the article',
    dump: article('What happens next for riders', '', NEXT_TEASER, ''),
    kept: ['What happens next for riders', NEXT_TEASER, PROSE[4]],
    dropped: [],
  },
  {
    name: 'an embedded post signed with a handle and a date is no next article',
    dump: article('Buses at last, and about time too', '', '— Valley Riders (@valleyriders) May 3, 2024', ''),
    kept: [PROSE[2], PROSE[4]],
    dropped: [],
  },
  {
    name: 'a teaser under a related-article header is the box, and the article goes on under it',
    dump: article('Related article', '', 'Transit agency hires forty drivers', '', 'By Dana Whitfield', ''),
    kept: [PROSE[2], PROSE[4]],
    dropped: ['forty drivers'],
  },
  {
    name: 'a related box inside the article goes, the prose after it stays',
    dump: article('Related:', '', 'Transit agency hires forty drivers', '', 'Bridge repairs to start in May', ''),
    kept: [PROSE[2], PROSE[3]],
    dropped: ['Related:', 'forty drivers'],
  },
  {
    name: 'a prose paragraph that repeats in two dumps is not chrome (the same wire story)',
    dump: article(),
    others: [article()],
    kept: [PROSE[0], PROSE[1], PROSE[4]],
    dropped: ['• Business'],
  },
  {
    name: 'a short line in many dumps of the batch is boilerplate, even inside the article',
    dump: article('Sign in to read our newsletter', ''),
    others: ['a\nSign in to read our newsletter', 'b\nSign in to read our newsletter', 'c\nSign in to read our newsletter'],
    kept: [PROSE[2]],
    dropped: ['Sign in to read our newsletter'],
  },
  {
    name: 'a plea that other dumps of the batch also carry is not the article, though it reads like prose',
    dump: article() + ['Support our newsroom', '', PLEA, ''].join('\n'),
    others: [['Another story entirely', '', PLEA, ''].join('\n')],
    kept: [PROSE[4]],
    dropped: ['Support our newsroom', 'With the vote only weeks away'],
  },
  {
    name: 'a plea for money under a "Support <outlet>" header ends the article, though it reads like prose and no other dump carries it',
    dump: article() + ['Support the Valley Ledger', '', PLEA, '', 'Give as little as five dollars a month and help keep every story free for the whole valley to read.', ''].join('\n'),
    kept: [PROSE[4]],
    dropped: ['Support the Valley Ledger', 'With the vote only weeks away', 'five dollars'],
  },
  {
    name: 'a subhead that opens with "Support" inside the article is no plea',
    dump: article('Support and maintenance', '', NEXT_TEASER, ''),
    kept: ['Support and maintenance', NEXT_TEASER, PROSE[4]],
    dropped: [],
  },
  {
    name: 'an author bio set apart at the end is not the article',
    dump: article() + ['By Jane Smith', '', 'Jane Smith is a transport reporter at the Example. She has covered city hall, the state legislature and the courts for more than a decade.', ''].join('\n'),
    kept: [PROSE[4]],
    dropped: ['Jane Smith is a transport reporter'],
  },
  {
    name: 'a one-line item with no prose keeps its line',
    dump: 'The parliament election is over in Turkmenistan.\n',
    kept: ['The parliament election is over in Turkmenistan.'],
    dropped: [],
  },
  {
    name: 'a page in a language the function-word list does not know still has its prose found',
    dump: w3m(['• Nieuws', '• Sport', '• Weer', '', 'Gemeenteraad kiest voor nieuwe buslijnen naar het noorden', '', DUTCH[0], '', DUTCH[1], '', '© 2024 Voorbeeld Media', ''].join('\n')),
    kept: [DUTCH[0], DUTCH[1]],
    dropped: ['• Sport', 'Voorbeeld Media'],
  },
  {
    name: 'readers’ comments after the article are chrome',
    dump: article() + ['3 Comments', '', 'jim_k December 21, 2023 at 1:24 pm', '', 'This is the worst idea the council has had in years, and everyone who lives up north knows it will never work as planned.', ''].join('\n'),
    kept: [PROSE[4]],
    dropped: ['3 Comments', 'worst idea'],
  },
  {
    name: 'a blog comment section headed "N thoughts on" ends the article, though the comments read like prose',
    dump: article() + ['2 thoughts on “Council votes to expand the bus network north”', '', '• Pat Doe says:', '', 'This is the worst idea the council has had in years, and everyone who lives up north knows it will never work as planned.', ''].join('\n'),
    kept: [PROSE[4]],
    dropped: ['2 thoughts on', 'worst idea'],
  },
  {
    name: 'a tag line ends the article: the teasers after it are not the article',
    dump: article() + ['Tags: transit, council, buses', '', NEXT_TEASER, ''].join('\n'),
    kept: [PROSE[4]],
    dropped: ['Tags: transit', 'campgrounds'],
  },
  {
    name: 'an author box opened by a headshot line ends the article',
    dump: article() + ['Headshot of Jane Smith', '', 'Jane Smith', '', 'Jane Smith has covered transport for the Example for twelve years and before that wrote about schools and the courts for papers across the state.', ''].join('\n'),
    kept: [PROSE[4]],
    dropped: ['Headshot of', 'covered transport'],
  },
  {
    name: 'a prose paragraph that opens with "Sources" or "Tags" is not an end marker',
    dump: article('Sources close to the council said the vote had been expected for weeks, after the transit agency agreed to pay for the first year of service.', ''),
    kept: ['Sources close to the council', PROSE[2], PROSE[4]],
    dropped: ['• Politics'],
  },
];

// Two versions of one story: the editor touched a word in the middle of each early paragraph, and the
// closing paragraphs are the same in both. The shared closing paragraphs are still the story.
const TAIL = [
  'Residents of the northern suburbs who attended the meeting said they had waited years for better service and planned to hold the council to its promise of routes running by next spring.',
  'The council will review the cost of the expansion again in the autumn, when the transit agency is due to report on how many drivers it has been able to hire for the new routes.',
];
const edited = (p: string) => p.replace(/ (on|of|the) /u, ' $1 the ');
const version = (paras: string[]) => ['Council votes to expand the bus network north', '', ...paras.flatMap((p) => [p, '']), ...TAIL.flatMap((p) => [p, ''])].join('\n');
const NEXT = [
  'In other news, the state parks department said on Monday that it would close three campgrounds for repairs this summer after storms damaged roads and water lines across the region.',
  'Campers who booked sites at the affected parks will be offered refunds or places at other campgrounds, a spokesman for the department said, adding that the work should be done by August.',
];
// A listicle numbers its points: the long numbered paragraphs closing the article are the article; a
// "•" teaser with a long caption after it is still not.
const POINTS = [
  '1.  Despite the council vote, the transit agency still has to find forty drivers before any new route can open, and it has struggled to hire all year.',
  '2.  The cost estimate does not include the new depot the northern routes will need, which the agency says could add ten million dollars.',
];
const TEASER = '• NORTH CITY, JUNE 3: Commuters wait for a bus at the downtown terminal during the morning rush, as the agency tests new timetables for the coming summer season.';
cases.push(
  {
    name: 'numbered points of full sentences closing the article are the article',
    dump: version(PROSE.slice(0, 3)).split(TAIL[0])[0] + ['Two reasons for caution:', '', ...POINTS.flatMap((p) => [p, ''])].join('\n'),
    kept: [PROSE[2], POINTS[0].slice(4), POINTS[1].slice(4)],
    dropped: [],
  },
  {
    name: 'a long captioned teaser after the article is still not the article',
    dump: version(PROSE.slice(0, 3)).split(TAIL[0])[0] + ['More stories', '', TEASER, '', 'Mayor opens new library branch', ''].join('\n'),
    kept: [PROSE[2]],
    dropped: ['Commuters wait for a bus', 'new library branch'],
  },
  {
    name: 'paragraphs shared with an edited version of the same story are the story',
    dump: version(PROSE),
    others: [version(PROSE.map(edited))],
    kept: [PROSE[0], TAIL[0], TAIL[1]],
    dropped: [],
  },
  {
    name: 'the next story of an endless page, found in another dump, is still not the article',
    dump: [version(PROSE.slice(0, 4)).split(TAIL[0])[0], 'Next story', '', ...NEXT.flatMap((p) => [p, ''])].join('\n'),
    others: [['Parks close for repairs', '', ...NEXT.flatMap((p) => [p, ''])].join('\n')],
    kept: [PROSE[0], PROSE[3]],
    dropped: ['campgrounds for repairs', 'offered refunds'],
  },
);

// A brief that five sites carry, each in its own page furniture: the same title, the same short sentences.
const BRIEF = ['Ferry service resumes after storm', '', 'Ferries between the two islands ran again on Sunday after three days of storms kept every boat in port.', '', 'The first boat left at seven in the morning.', '', 'Extra crossings run until Tuesday.', ''];
const site = (name: string) => [`${name} Home`, '', `• ${name} News`, `• ${name} Sport`, '', ...BRIEF, `About ${name}`, ''].join('\n');
const SITES = ['Harbor Times', 'Island Post', 'Coast Daily', 'Bay Herald', 'Shore Gazette'];
// Four different stories from one site, each closed by the same sign-off.
const SIGNOFF = 'Follow Jane Roe on the social network for more stories like this one.';
const signed = (i: number) => article().replace(PROSE[4], `${PROSE[i]}\n\n${SIGNOFF}`);

cases.push(
  {
    name: 'short sentences five dumps of one story share are the story, in every one of them',
    dump: site(SITES[0]),
    others: SITES.slice(1).map(site),
    kept: ['Ferries between the two islands', 'The first boat left at seven in the morning.', 'Extra crossings run until Tuesday.'],
    dropped: ['Harbor Times News'],
  },
  {
    name: 'a sentence many different stories carry after their article is boilerplate',
    dump: signed(0),
    others: [signed(1), signed(2), signed(3)],
    kept: [PROSE[0]],
    dropped: [SIGNOFF],
  },
);

test('chrome: the syndicated brief keeps its headline on every site', async () => {
  const batch = batchOf(SITES.map(site));
  for (const name of SITES) {
    const file = await runArticle(site(name), batch);
    assert.equal(file.data.headline?.value, 'Ferry service resumes after storm', name);
  }
});

test('chrome: every removal is a placed message, and the dump counts its removals per rule', async () => {
  const file = await runArticle(article());
  const removals = file.messages.filter((m) => m.source === 'copydesk-chrome' || m.source === 'copydesk-body');
  assert.ok(removals.length > 0);
  for (const m of removals) assert.ok(m.line && m.ruleId, `${m.reason} has a line and a rule`);
  const counted = Object.fromEntries(Object.entries(file.data.removed ?? {}));
  // "Skip to main content", six menu items and the title: eight paragraphs, one message.
  assert.deepEqual(counted, { 'chrome-outside-article': 8 });
  assert.equal(removals.length, 1);
});

for (const c of cases) {
  test(`chrome: ${c.name}`, async () => {
    const file = await runArticle(c.dump, batchOf([c.dump, ...(c.others ?? [])]));
    const body = flat(file.data.body);
    for (const k of c.kept) assert.ok(body.includes(k), `kept: ${k}\n--- body ---\n${body}`);
    for (const d of c.dropped) assert.ok(!body.includes(d), `dropped: ${d}\n--- body ---\n${body}`);
  });
}

test('chrome: each dropped block is reported with the rule that dropped it', async () => {
  const file = await runArticle(article());
  const rules = new Set(file.messages.filter((m) => m.source === 'copydesk-chrome').map((m) => m.ruleId));
  assert.ok(rules.has('chrome-outside-article'), [...rules].join(', '));
});
