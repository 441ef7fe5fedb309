// Where the article ends (chrome/region.ts closeRegion, rules.yaml): the header of the recommendations under
// an article ("Read this next", "More for you", "You might also like", "Latest news"), a page's end mark
// ("End of article") and the navigation label of the writer's box close it, though teasers under them read
// like prose; a writer's bio by first name and trade set apart at the end is not the article's, nor is an
// author box (the writer's name, then a bio of up to three paragraphs opening "Name is a ... writer"); a short line
// that leads into what the page set under the last paragraph ("How the riders took it:") is. Invented pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { batchOf, flat, PROSE, runArticle, w3m } from './helpers.js';

const MENU = ['• Home', '• World', '• Politics', '• Business', '• Sport', '• Opinion'].join('\n');
const TITLE = 'Council votes to expand the bus network north';
const page = (after: string[], before: string[] = []) =>
  w3m(['Skip to main content', '', MENU, '', TITLE, '', 'By Jane Roe', '', ...before.flatMap((m) => [m, '']), ...PROSE.slice(0, 5).flatMap((p) => [p, '']), ...after.flatMap((m) => [m, '']), '• About us', '• Contact'].join('\n'), 80);

// Another story's teaser: a title and two paragraphs of prose.
const TEASER = [
  'Harbour ferry to run later on summer weekends',
  'The harbour ferry will run until midnight on Fridays and Saturdays from June, the port authority said on Monday, after a trial last year drew more riders than it had expected.',
  'The authority said the later sailings would be paid for out of the fares of the busiest routes, and that it would look again at the timetable at the end of the season.',
];
const BIO = 'Jane is a freelance writer and editor who has covered transport and city hall for the valley papers since 2015, and she lives a short walk from the northern line.';
const PERSON = 'Maria is a nurse who rides the northern line home after her night shifts, and she said she had waited four years for a bus that runs after ten.';
const BOX_BIO = [
  'Jane Roe is the Valley Example’s senior transit writer. She has ridden every bus route in the valley at least once and keeps a spreadsheet of the late ones.',
  'Before she joined the paper in 2019, she covered city hall for a radio station in the state capital and taught a night class in local history at the college.',
];
const RETIRED = [
  'Tom Poe is a retired reporter who has ridden the northern line to the harbour every morning for thirty years, and he said the new buses would change his days.',
  'He said he would take the first bus on the first morning, as he did when the line opened, and that he would write down how late it was.',
];
const LEAD_IN = 'How riders on the northern line took the news:';
const CALL = 'Watch the full council debate on the transit vote here:';

const cases: { name: string; dump: string; kept: string[]; dropped: string[] }[] = [
  {
    name: '"Read this next" under the article closes it: the teaser under it goes',
    dump: page(['Read this next', ...TEASER]),
    kept: [PROSE[0], PROSE[4]],
    dropped: ['Read this next', 'Harbour ferry', 'midnight on Fridays'],
  },
  {
    name: '"More for you" closes it too',
    dump: page(['MORE FOR YOU', ...TEASER]),
    kept: [PROSE[4]],
    dropped: ['midnight on Fridays', 'end of the season'],
  },
  {
    name: '"You might also like:" and "Latest news" close it',
    dump: page(['You might also like:', ...TEASER, 'Latest news', TEASER[2]]),
    kept: [PROSE[4]],
    dropped: ['midnight on Fridays'],
  },
  {
    name: 'an "End of article" mark closes it',
    dump: page(['End of Article', ...TEASER]),
    kept: [PROSE[4]],
    dropped: ['midnight on Fridays'],
  },
  {
    name: 'a reader’s comment under its dated header closes it',
    dump: page(['• Sam Doe on March 3, 2024 at 4:47 pm said:', 'Will the northern buses run on public holidays as well, and will the late bus stop at the hospital on the way back into town?']),
    kept: [PROSE[4]],
    dropped: ['Sam Doe', 'public holidays'],
  },
  {
    name: 'prose whose wrapped line ends "... on ... 2019 ... said" is the article',
    dump: page(['Riders who took the first bus on the northern line in the 2019 trial said unsurprisingly that the buses ran late, and that they would wait for the timetable before they gave up the car.']),
    kept: [PROSE[4], 'Riders who took the first bus', 'gave up the car'],
    dropped: [],
  },
  {
    name: 'a header above the article, before any of its prose, does not close it',
    dump: page([], ['Latest news']),
    kept: [PROSE[0], PROSE[4]],
    dropped: [],
  },
  {
    name: 'prose that opens with the same words is the article',
    dump: page(['Read this next week’s timetable before you travel, the agency said, because the northern stops will move twice before the first new bus runs in the spring.']),
    kept: [PROSE[4], 'northern stops will move twice'],
    dropped: [],
  },
  {
    name: 'a bio by first name and trade set apart at the end goes',
    dump: page(['Jane Roe', BIO]),
    kept: [PROSE[4]],
    dropped: ['freelance writer and editor'],
  },
  {
    name: 'a closing paragraph about a person of another trade stays',
    dump: page(['Riders', PERSON]),
    kept: [PROSE[4], 'rides the northern line home'],
    dropped: [],
  },
  {
    name: 'an author box at the end, the writer’s name over a bio of two paragraphs, goes whole',
    dump: page(['Jane Roe', 'Senior Transit Writer', ...BOX_BIO]),
    kept: [PROSE[4]],
    dropped: ['spreadsheet of the late ones', 'night class in local history'],
  },
  {
    name: 'closing paragraphs about a retired reporter, no name printed over them, stay',
    dump: page(['The first bus', ...RETIRED]),
    kept: [PROSE[4], 'retired reporter', 'write down how late'],
    dropped: [],
  },
  {
    name: 'a page of one paragraph is its article (no paragraph above it to hold a name)',
    dump: w3m(BOX_BIO[0], 80),
    kept: ['spreadsheet of the late ones'],
    dropped: [],
  },
  {
    name: 'a line that leads into what the page set under the last paragraph stays',
    dump: page([LEAD_IN]),
    kept: [PROSE[4], LEAD_IN],
    dropped: [],
  },
  {
    name: 'a call to watch elsewhere is no lead-in: it goes',
    dump: page([CALL]),
    kept: [PROSE[4]],
    dropped: ['full council debate'],
  },
];

for (const c of cases) {
  test(`chrome article end: ${c.name}`, async () => {
    const file = await runArticle(c.dump, batchOf([c.dump]));
    const body = flat(file.data.body);
    for (const k of c.kept) assert.ok(body.includes(k), `kept: ${k}\n--- body ---\n${body}`);
    for (const d of c.dropped) assert.ok(!body.includes(d), `dropped: ${d}\n--- body ---\n${body}`);
  });
}
